/**
 * One eligibility test as a form, for each kind the engine knows; all-of / any-of / not nest
 * other tests. Changing the kind keeps the fact, and a combinator wraps the test it replaces.
 */
import { useTranslation } from 'react-i18next';
import { CONDITION_KINDS, type PathSegment } from '@/lib/rubric';
import { BoundEditor } from './BoundEditor';
import { CheckField, FactSelect, SelectField } from './ChoiceFields';
import { conditionOfKind } from './defaults';
import { asObject, asString, useEditor, useField, useValue } from './EditorContext';
import { FieldProblems } from './FieldShell';
import { ListEditor } from './ListEditor';
import { LinesField, TextField } from './TextFields';

const NUMBER_TYPES = ['integer', 'number'];
const LIST_TYPES = ['names', 'units', 'people'];

/** A test that is its own place for problems (a rule's test, the inside of a not). */
export function ConditionEditor({ at }: { at: readonly PathSegment[] }) {
  const f = useField(at);
  return (
    <div id={f.id} tabIndex={-1} className={f.invalid ? 'condition field-invalid' : 'condition'}>
      <FieldProblems id={f.errorId} problems={f.problems} />
      <ConditionFields at={at} />
    </div>
  );
}

/** The test's fields alone: in an all-of / any-of list, the list item is the test's place. */
function ConditionFields({ at }: { at: readonly PathSegment[] }) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const c = asObject(useValue(at));
  return (
    <>
      <SelectField
        at={[...at, 'kind']}
        label={t('conditions.kind')}
        choices={CONDITION_KINDS.map((k) => ({ value: k, label: t(`conditions.kinds.${k}`) }))}
        onChoose={(next) => api.set(at, conditionOfKind(next, api.get(at)))}
      />
      <ConditionBody at={at} kind={asString(c.kind)} condition={c} />
    </>
  );
}

function ConditionBody({
  at,
  kind,
  condition,
}: {
  at: readonly PathSegment[];
  kind: string;
  condition: Record<string, unknown>;
}) {
  const { t } = useTranslation('rubricEditor');
  const fact = <FactSelect at={[...at, 'fact']} label={t('conditions.fact')} />;
  switch (kind) {
    case 'compare':
      return (
        <div className="row">
          <FactSelect at={[...at, 'fact']} label={t('conditions.fact')} types={NUMBER_TYPES} />
          <BoundEditor at={[...at, 'bound']} />
        </div>
      );
    case 'length':
      return (
        <div className="row">
          <FactSelect at={[...at, 'fact']} label={t('conditions.fact')} types={['text', 'enum']} />
          <BoundEditor at={[...at, 'bound']} />
        </div>
      );
    case 'count':
      return (
        <div className="row">
          <FactSelect at={[...at, 'fact']} label={t('conditions.fact')} types={LIST_TYPES} />
          <BoundEditor at={[...at, 'bound']} />
          <FactSelect
            at={[...at, 'exclude']}
            label={t('conditions.exclude')}
            types={['text']}
            optional
          />
        </div>
      );
    case 'oneOf':
      return (
        <div className="row">
          {fact}
          <LinesField at={[...at, 'options']} label={t('conditions.options')} />
          <CheckField
            at={[...at, 'complete']}
            label={t('conditions.complete')}
            read={(v) => v !== false}
            write={(checked) => (checked ? undefined : false)}
          />
        </div>
      );
    case 'date':
      return <DateCondition at={at} than={asString(condition.than)} />;
    case 'exists':
      return fact;
    case 'flag':
      return (
        <div className="row">
          <FactSelect
            at={[...at, 'fact']}
            label={t('conditions.fact')}
            types={['boolean', 'flags']}
          />
          <TextField at={[...at, 'key']} label={t('conditions.key')} optional />
          <CheckField
            at={[...at, 'expected']}
            label={t('conditions.expected')}
            read={(v) => v !== false}
            write={(checked) => (checked ? undefined : false)}
          />
        </div>
      );
    case 'allOf':
    case 'anyOf':
      return (
        <ListEditor
          at={[...at, 'of']}
          legend={t('conditions.children')}
          addLabel={t('conditions.addChild')}
          newItem={() => ({ kind: 'exists', fact: '' })}
          summary={(item, i) =>
            `${i + 1}. ${t(`conditions.kinds.${asString(asObject(item).kind)}`, { defaultValue: '?' })}`
          }
        >
          {(childAt) => (
            <div className="condition">
              <ConditionFields at={childAt} />
            </div>
          )}
        </ListEditor>
      );
    case 'not':
      return (
        <div className="nested">
          <p className="muted">{t('conditions.inner')}</p>
          <ConditionEditor at={[...at, 'of']} />
        </div>
      );
    default:
      return null;
  }
}

function DateCondition({ at, than }: { at: readonly PathSegment[]; than: string }) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const isDeadline = than === 'deadline';
  return (
    <div className="row">
      <FactSelect at={[...at, 'fact']} label={t('conditions.fact')} types={['date', 'month']} />
      <SelectField
        at={[...at, 'op']}
        label={t('conditions.op')}
        choices={(['before', 'onOrBefore', 'after', 'onOrAfter'] as const).map((op) => ({
          value: op,
          label: t(`conditions.ops.${op}`),
        }))}
      />
      <div className="field field-check">
        <label>
          <input
            type="checkbox"
            checked={isDeadline}
            onChange={(e) => api.set([...at, 'than'], e.target.checked ? 'deadline' : '')}
          />
          {t('conditions.thanDeadline')}
        </label>
      </div>
      {isDeadline ? null : <TextField at={[...at, 'than']} label={t('conditions.thanDay')} />}
    </div>
  );
}
