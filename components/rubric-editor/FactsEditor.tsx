/**
 * Facts: the typed values read from an application, with labels, unit, options, extraction hints
 * and, for years of practice, how the value is derived from a start month.
 */
import { useTranslation } from 'react-i18next';
import {
  FACT_TYPES,
  type LocalText,
  type PathSegment,
  pickText,
  STANDARD_FACT_TYPES,
} from '@/lib/rubric';
import { FactSelect, SelectField } from './ChoiceFields';
import { newFact, newOption } from './defaults';
import { asObject, asString, useEditor, useField } from './EditorContext';
import { ListEditor } from './ListEditor';
import { LocalTextField } from './LocalTextField';
import { LinesField, TextField } from './TextFields';

const OPTION_TYPES = ['enum', 'names', 'flags'];

export function FactsEditor() {
  const { t, i18n } = useTranslation('rubricEditor');
  return (
    <ListEditor
      at={['facts']}
      legend={t('sections.facts')}
      addLabel={t('facts.addFact')}
      newItem={newFact}
      collapsible
      summary={(item) => {
        const f = asObject(item);
        const label = asObject(f.label);
        const text =
          typeof label.zh === 'string'
            ? pickText(label as unknown as LocalText, i18n.language)
            : '';
        return `${asString(f.id)} · ${text} · ${t(`rubric:factTypes.${asString(f.type)}`, { defaultValue: asString(f.type) })}`;
      }}
    >
      {(at, item) => <FactEditor at={at} fact={asObject(item)} />}
    </ListEditor>
  );
}

function FactEditor({ at, fact }: { at: PathSegment[]; fact: Record<string, unknown> }) {
  const { t } = useTranslation('rubricEditor');
  const type = asString(fact.type);
  const standard = Object.hasOwn(STANDARD_FACT_TYPES, asString(fact.id));
  return (
    <>
      <div className="row">
        <TextField
          at={[...at, 'id']}
          label={t('facts.id')}
          help={standard ? t('facts.standard') : undefined}
        />
        <SelectField
          at={[...at, 'type']}
          label={t('facts.type')}
          choices={FACT_TYPES.map((ft) => ({ value: ft, label: t(`rubric:factTypes.${ft}`) }))}
        />
      </div>
      <LocalTextField at={[...at, 'label']} label={t('facts.label')} />
      <LocalTextField at={[...at, 'unit']} label={t('facts.unit')} optional />
      <LocalTextField
        at={[...at, 'description']}
        label={t('facts.description')}
        optional
        multiline
      />
      {OPTION_TYPES.includes(type) || fact.options !== undefined ? (
        <ListEditor
          at={[...at, 'options']}
          legend={t('facts.options')}
          addLabel={t('facts.addOption')}
          newItem={newOption}
          ordered
        >
          {(optionAt) => (
            <>
              <TextField at={[...optionAt, 'value']} label={t('facts.optionValue')} />
              <LocalTextField at={[...optionAt, 'label']} label={t('facts.optionLabel')} optional />
            </>
          )}
        </ListEditor>
      ) : null}
      <LinesField at={[...at, 'hints', 'keywords']} label={t('facts.keywords')} optional />
      <LinesField at={[...at, 'hints', 'patterns']} label={t('facts.patterns')} optional />
      <Derivation at={at} derive={fact.derive} />
    </>
  );
}

function Derivation({ at, derive }: { at: PathSegment[]; derive: unknown }) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const f = useField([...at, 'derive']);
  return (
    <div id={f.id} tabIndex={-1} className="row">
      <div className="field field-check">
        <label>
          <input
            type="checkbox"
            checked={derive !== undefined}
            onChange={(e) =>
              api.set(
                [...at, 'derive'],
                e.target.checked ? { kind: 'yearsSince', from: 'practiceStart' } : undefined,
              )
            }
          />
          {t('facts.derive')}
        </label>
      </div>
      {derive !== undefined ? (
        <FactSelect
          at={[...at, 'derive', 'from']}
          label={t('facts.deriveFrom')}
          types={['month', 'date']}
        />
      ) : null}
    </div>
  );
}
