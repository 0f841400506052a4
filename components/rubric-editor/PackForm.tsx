/** The form tab: every part of the pack, one section each, in the order of the pack format. */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { CallEditor } from './CallEditor';
import { useField } from './EditorContext';
import { FactsEditor } from './FactsEditor';
import { FieldProblems } from './FieldShell';
import { GeneralEditor } from './GeneralEditor';
import { OpinionEditor, SummaryEditor } from './OutputsEditor';
import { PanelRulesEditor } from './PanelRulesEditor';
import { RulesEditor } from './RulesEditor';
import { ScoringEditor } from './ScoringEditor';

/**
 * Each section, and the path it is the place for (problems of the part as a whole, such as an
 * unknown key typed in the JSON tab); list sections are their list's place already.
 */
export const SECTIONS = [
  ['general', GeneralEditor, []],
  ['call', CallEditor, ['call']],
  ['facts', FactsEditor, null],
  ['rules', RulesEditor, null],
  ['panelRules', PanelRulesEditor, null],
  ['scoring', ScoringEditor, ['scoring']],
  ['opinion', OpinionEditor, ['opinion']],
  ['summary', SummaryEditor, ['summary']],
] as const;

function SectionProblems({ at }: { at: readonly PathSegment[] }) {
  const f = useField(at);
  return (
    <div id={f.id} tabIndex={-1}>
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}

export const sectionId = (name: string) => `rubric-section-${name}`;

export function PackForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('rubricEditor');
  return (
    <fieldset className="pack-form" disabled={readOnly}>
      {SECTIONS.map(([name, Editor, at]) => (
        <section key={name} className="pack-section" aria-labelledby={sectionId(name)}>
          <h2 id={sectionId(name)} tabIndex={-1}>
            {t(`sections.${name}`)}
          </h2>
          {at ? <SectionProblems at={at} /> : null}
          <Editor />
        </section>
      ))}
    </fieldset>
  );
}

export function SectionNav() {
  const { t } = useTranslation('rubricEditor');
  return (
    <nav aria-label={t('editor.sectionsLabel')} className="section-nav">
      <ul>
        {SECTIONS.map(([name]) => (
          <li key={name}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const heading = document.getElementById(sectionId(name));
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus();
              }}
            >
              {t(`sections.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
