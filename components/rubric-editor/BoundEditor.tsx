/** A numeric bound: ≥, ≤ or = one value, or between two (both included, as 以上/以下 are). */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { SelectField } from './ChoiceFields';
import { boundWithOp } from './defaults';
import { asObject, useEditor, useField } from './EditorContext';
import { FieldProblems } from './FieldShell';
import { NumberField } from './NumberField';

const OPS = [
  ['>=', 'gte'],
  ['<=', 'lte'],
  ['==', 'eq'],
  ['between', 'between'],
] as const;

export function BoundEditor({ at }: { at: readonly PathSegment[] }) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const f = useField(at);
  const op = asObject(f.value).op;
  return (
    <fieldset id={f.id} tabIndex={-1} className={f.invalid ? 'bound field-invalid' : 'bound'}>
      <legend>{t('bound.legend')}</legend>
      <div className="row">
        <SelectField
          at={[...at, 'op']}
          label={t('bound.op')}
          choices={OPS.map(([value, key]) => ({ value, label: t(`bound.ops.${key}`) }))}
          onChoose={(next) => api.set(at, boundWithOp(next, f.value))}
        />
        {op === 'between' ? (
          <>
            <NumberField at={[...at, 'min']} label={t('bound.min')} />
            <NumberField at={[...at, 'max']} label={t('bound.max')} />
          </>
        ) : (
          <NumberField at={[...at, 'value']} label={t('bound.value')} />
        )}
      </div>
      <FieldProblems id={f.errorId} problems={f.problems} />
    </fieldset>
  );
}
