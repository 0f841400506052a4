/**
 * A number input that never loses what was typed: text that is not a number goes into the draft
 * as text, so validation shows the problem at this field instead of the edit vanishing.
 */
import type { PathSegment } from '@/lib/rubric';
import { useField } from './EditorContext';
import { describedBy, FieldShell } from './FieldShell';
import { useLocalText } from './TextFields';

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

const formatNumber = (value: unknown) =>
  value === undefined || value === null ? '' : String(value);

export function NumberField({
  at,
  label,
  optional,
  help,
}: {
  at: readonly PathSegment[];
  label: string;
  optional?: boolean;
  help?: string;
}) {
  const f = useField(at);
  const [text, setText] = useLocalText(f.value, formatNumber, parseNumber);
  return (
    <FieldShell {...f} label={label} optional={optional} help={help}>
      <input
        id={f.id}
        type="text"
        inputMode="decimal"
        className="number-input"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          f.set(parseNumber(e.target.value));
        }}
        {...describedBy(f.id, f.errorId, help, f.invalid)}
      />
    </FieldShell>
  );
}
