/** Eligibility rules: id, severity, the clause cited, title and note, and the test itself. */
import { useTranslation } from 'react-i18next';
import { type LocalText, type PathSegment, pickText } from '@/lib/rubric';
import { ClauseSelect, SelectField } from './ChoiceFields';
import { ConditionEditor } from './ConditionEditor';
import { newRule } from './defaults';
import { asObject, asString } from './EditorContext';
import { ListEditor } from './ListEditor';
import { LocalTextField } from './LocalTextField';
import { TextField } from './TextFields';

/** `id · title` of a rule or other titled item, in the reader's language. */
export function titled(item: unknown, language: string, key = 'title'): string {
  const o = asObject(item);
  const title = asObject(o[key]);
  const text =
    typeof title.zh === 'string' ? pickText(title as unknown as LocalText, language) : '';
  return `${asString(o.id)} · ${text}`;
}

export function RuleHeader({ at }: { at: PathSegment[] }) {
  const { t } = useTranslation('rubricEditor');
  return (
    <>
      <div className="row">
        <TextField at={[...at, 'id']} label={t('rules.id')} />
        <SelectField
          at={[...at, 'severity']}
          label={t('rules.severity')}
          choices={(['hard', 'warning'] as const).map((s) => ({
            value: s,
            label: t(`rules.severities.${s}`),
          }))}
        />
        <ClauseSelect at={[...at, 'clause']} label={t('rules.clause')} />
      </div>
      <LocalTextField at={[...at, 'title']} label={t('rules.title')} />
      <LocalTextField at={[...at, 'note']} label={t('rules.note')} optional multiline />
    </>
  );
}

export function RulesEditor() {
  const { t, i18n } = useTranslation('rubricEditor');
  return (
    <ListEditor
      at={['rules']}
      legend={t('sections.rules')}
      addLabel={t('rules.addRule')}
      newItem={newRule}
      collapsible
      ordered
      summary={(item) => titled(item, i18n.language)}
    >
      {(at) => (
        <>
          <RuleHeader at={at} />
          <fieldset className="group">
            <legend>{t('rules.test')}</legend>
            <ConditionEditor at={[...at, 'test']} />
          </fieldset>
        </>
      )}
    </ListEditor>
  );
}
