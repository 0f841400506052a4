/** A field's frame: its label, optional help, and the problems anchored at it (as text). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '@/lib/rubric';
import { problemAtField } from './problem-text';

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const { i18n } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems" id={id}>
      {problems.map((p) => (
        <li key={`${p.path}:${p.code}:${JSON.stringify(p.params)}`}>{problemAtField(i18n, p)}</li>
      ))}
    </ul>
  );
}

export interface ShellProps {
  id: string;
  errorId: string;
  label: string;
  optional?: boolean | undefined;
  help?: string | undefined;
  problems: readonly Problem[];
  wide?: boolean | undefined;
  children: ReactNode;
}

/** Label above, control, help, then problems; `describedBy` ties help and problems to the control. */
export function FieldShell({
  id,
  errorId,
  label,
  optional,
  help,
  problems,
  wide,
  children,
}: ShellProps) {
  const { t } = useTranslation('rubricEditor');
  const classes = ['field', wide ? 'field-wide' : '', problems.length > 0 ? 'field-invalid' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted">{t('optional')}</span> : null}
      </label>
      {children}
      {help ? (
        <p className="field-help" id={`${id}:help`}>
          {help}
        </p>
      ) : null}
      <FieldProblems id={errorId} problems={problems} />
    </div>
  );
}

/** aria attributes a control needs so its help and problems are read with it. */
export function describedBy(
  id: string,
  errorId: string,
  help: string | undefined,
  invalid: boolean,
) {
  const ids = [help ? `${id}:help` : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid || undefined,
    'aria-describedby': ids || undefined,
  };
}
