/** A titled group of fields that is itself a place for problems (e.g. a bound's impossible range). */
import type { ReactNode } from 'react';
import type { PathSegment } from '@/lib/rubric';
import { useField } from './EditorContext';
import { FieldProblems } from './FieldShell';

export function Group({
  at,
  legend,
  className,
  children,
}: {
  at: readonly PathSegment[];
  legend: string;
  className?: string;
  children: ReactNode;
}) {
  const f = useField(at);
  const classes = ['group', className ?? '', f.invalid ? 'group-invalid' : ''].filter(Boolean);
  return (
    <fieldset id={f.id} tabIndex={-1} className={classes.join(' ')}>
      <legend>{legend}</legend>
      <FieldProblems id={f.errorId} problems={f.problems} />
      {children}
    </fieldset>
  );
}
