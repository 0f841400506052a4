/**
 * Every problem of the pack as a sentence with its JSON path; each is a button that takes the
 * reader to the field where it is shown.
 */
import { useTranslation } from 'react-i18next';
import type { Problem } from '@/lib/rubric';
import { problemSentence } from './problem-text';

export function ProblemList({
  problems,
  onPick,
  title,
}: {
  problems: readonly Problem[];
  onPick?: (problem: Problem) => void;
  title: string;
}) {
  const { t, i18n } = useTranslation('rubricEditor');
  return (
    <section className="problem-list" aria-label={title}>
      <h2>{title}</h2>
      {problems.length === 0 ? <p className="muted">{t('editor.problemsNone')}</p> : null}
      <ol>
        {problems.map((p) => (
          <li key={`${p.path}:${p.code}:${JSON.stringify(p.params)}`}>
            {onPick ? (
              <button type="button" className="problem-link" onClick={() => onPick(p)}>
                {problemSentence(i18n, p)}
              </button>
            ) : (
              problemSentence(i18n, p)
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
