/**
 * Text inputs: one line or several, and a list of strings written one per line. A list keeps
 * what is being typed (a trailing empty line, say) and writes only the cleaned list to the draft.
 */
import { useEffect, useState } from 'react';
import type { PathSegment } from '@/lib/rubric';
import { asArray, asString, useField } from './EditorContext';
import { describedBy, FieldShell } from './FieldShell';

interface TextFieldProps {
  at: readonly PathSegment[];
  label: string;
  optional?: boolean;
  multiline?: boolean;
  help?: string;
  wide?: boolean;
}

export function TextField({ at, label, optional, multiline, help, wide }: TextFieldProps) {
  const f = useField(at);
  const props = {
    id: f.id,
    value: asString(f.value),
    onChange: (e: { target: { value: string } }) =>
      f.set(optional && e.target.value === '' ? undefined : e.target.value),
    ...describedBy(f.id, f.errorId, help, f.invalid),
  };
  return (
    <FieldShell {...f} label={label} optional={optional} help={help} wide={wide || multiline}>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </FieldShell>
  );
}

/**
 * Local text that follows the draft when the draft changes elsewhere (the JSON tab, discard),
 * but not while it only differs by what `parse` cleans away.
 */
export function useLocalText<T>(
  value: unknown,
  format: (v: unknown) => string,
  parse: (s: string) => T,
) {
  const [text, setText] = useState(() => format(value));
  useEffect(() => {
    setText((current) =>
      JSON.stringify(parse(current)) === JSON.stringify(value) ? current : format(value),
    );
  }, [value, format, parse]);
  return [text, setText] as const;
}

const linesOf = (value: unknown) => asArray(value).map(asString).join('\n');

export function LinesField({ at, label, optional, help }: Omit<TextFieldProps, 'multiline'>) {
  const f = useField(at);
  const parse = optional ? parseOptionalLines : parseLines;
  const [text, setText] = useLocalText(f.value, linesOf, parse);
  return (
    <FieldShell {...f} label={label} optional={optional} help={help} wide>
      <textarea
        id={f.id}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          f.set(parse(e.target.value));
        }}
        {...describedBy(f.id, f.errorId, help, f.invalid)}
      />
    </FieldShell>
  );
}

function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function parseOptionalLines(text: string): string[] | undefined {
  const lines = parseLines(text);
  return lines.length > 0 ? lines : undefined;
}
