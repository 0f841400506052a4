/** What an import says while it runs and after: a progress bar, result lines, errors. */
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '@/lib/workspace/import';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';

export function ImportFeedback({
  progress,
  lines,
  errors,
}: {
  progress: ImportProgress | null;
  lines: string[];
  errors: unknown[];
}) {
  const { t } = useTranslation('files');
  return (
    <>
      {progress && (
        <Progress
          label={t('importing', {
            done: progress.done,
            total: progress.total,
            name: progress.name,
          })}
          value={progress.done}
          max={progress.total || 1}
        />
      )}
      {lines.length > 0 && (
        <div role="status" data-testid="import-report">
          {lines.map((line) => (
            <p key={line} className="muted">
              {line}
            </p>
          ))}
        </div>
      )}
      {errors.map((error, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: errors of one import, never reordered
        <ErrorNotice key={i} error={error} />
      ))}
    </>
  );
}
