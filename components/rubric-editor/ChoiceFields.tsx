/**
 * Choices: a select (a value outside the choices is kept and marked, never dropped), a checkbox,
 * and the selects and checkbox groups that point at the pack's own facts and clauses.
 */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { asArray, asString, useField } from './EditorContext';
import { describedBy, FieldProblems, FieldShell } from './FieldShell';
import { usePackRefs } from './pack-refs';

export interface Choice {
  value: string;
  label: string;
}

interface SelectProps {
  at: readonly PathSegment[];
  label: string;
  choices: readonly Choice[];
  optional?: boolean;
  help?: string;
  /** Instead of storing the chosen value (e.g. a kind that reshapes its object). */
  onChoose?: (value: string) => void;
}

export function SelectField({ at, label, choices, optional, help, onChoose }: SelectProps) {
  const { t } = useTranslation('rubricEditor');
  const f = useField(at);
  const value = asString(f.value);
  const known = choices.some((c) => c.value === value);
  return (
    <FieldShell {...f} label={label} optional={optional} help={help}>
      <select
        id={f.id}
        value={value}
        onChange={(e) => {
          const next = e.target.value;
          if (onChoose) onChoose(next);
          else f.set(optional && next === '' ? undefined : next);
        }}
        {...describedBy(f.id, f.errorId, help, f.invalid)}
      >
        {optional || (!known && value === '') ? <option value="">{t('none')}</option> : null}
        {!known && value !== '' ? (
          <option value={value}>{t('undeclared', { id: value })}</option>
        ) : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckField({
  at,
  label,
  read = (v) => v === true,
  write = (checked) => checked,
}: {
  at: readonly PathSegment[];
  label: string;
  read?: (value: unknown) => boolean;
  write?: (checked: boolean) => unknown;
}) {
  const f = useField(at);
  return (
    <div className={f.invalid ? 'field field-check field-invalid' : 'field field-check'}>
      <label>
        <input
          id={f.id}
          type="checkbox"
          checked={read(f.value)}
          onChange={(e) => f.set(write(e.target.checked))}
          {...describedBy(f.id, f.errorId, undefined, f.invalid)}
        />
        {label}
      </label>
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}

function useFactChoices(types?: readonly string[]): Choice[] {
  const { i18n, t } = useTranslation('rubricEditor');
  const { facts } = usePackRefs(i18n.language);
  return facts
    .filter((fact) => fact.id !== '' && (!types || types.includes(fact.type)))
    .map((fact) => ({
      value: fact.id,
      label: `${fact.id} · ${fact.label} · ${t(`rubric:factTypes.${fact.type}`, { defaultValue: fact.type })}`,
    }));
}

export function FactSelect(props: Omit<SelectProps, 'choices'> & { types?: readonly string[] }) {
  const choices = useFactChoices(props.types);
  return <SelectField {...props} choices={choices} />;
}

export function ClauseSelect(props: Omit<SelectProps, 'choices'>) {
  const { i18n } = useTranslation();
  const { clauses } = usePackRefs(i18n.language);
  const choices = clauses
    .filter((c) => c.id !== '')
    .map((c) => ({ value: c.id, label: `${c.id} · ${c.label}` }));
  return <SelectField {...props} choices={choices} />;
}

/** A set of values (facts, or fixed options) as checkboxes; values not offered stay listed. */
export function ChecksField({
  at,
  label,
  choices,
}: {
  at: readonly PathSegment[];
  label: string;
  choices: readonly Choice[];
}) {
  const { t } = useTranslation('rubricEditor');
  const f = useField(at);
  const chosen = asArray(f.value).map(asString);
  const all = [
    ...choices,
    ...chosen
      .filter((v) => !choices.some((c) => c.value === v))
      .map((v) => ({ value: v, label: t('undeclared', { id: v }) })),
  ];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    f.set(all.map((c) => c.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset id={f.id} tabIndex={-1} className={f.invalid ? 'checks field-invalid' : 'checks'}>
      <legend>{label}</legend>
      {all.map((c) => (
        <label key={c.value}>
          <input
            type="checkbox"
            checked={chosen.includes(c.value)}
            onChange={(e) => toggle(c.value, e.target.checked)}
          />
          {c.label}
        </label>
      ))}
      <FieldProblems id={f.errorId} problems={f.problems} />
    </fieldset>
  );
}

export function FactChecks(props: {
  at: readonly PathSegment[];
  label: string;
  types?: readonly string[];
}) {
  const choices = useFactChoices(props.types);
  return <ChecksField at={props.at} label={props.label} choices={choices} />;
}
