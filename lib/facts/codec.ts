/**
 * Fact values as text a reviewer reads and types: one line per list item, fields of a person or
 * unit separated by `|` (or the full-width `｜`). Used by the review form to show a proposal and
 * to parse a correction; the rubric engine validates the parsed value again.
 */
import type { FactType } from '../rubric';

export const FIELD_SEPARATOR = ' | ';
const SPLIT = /\s*[|｜]\s*/;

const PERSON_FIELDS = ['name', 'unit', 'duty', 'title', 'subject', 'phone'] as const;
const UNIT_FIELDS = ['name', 'region', 'type'] as const;

export type ParsedInput =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'empty' | 'number' | 'month' | 'date' | 'option' };

function record(fields: readonly string[], value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value ?? '');
  const r = value as Record<string, unknown>;
  const parts = fields.map((f) => (typeof r[f] === 'string' ? (r[f] as string) : ''));
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(FIELD_SEPARATOR);
}

function parseRecord(fields: readonly string[], line: string): Record<string, string> {
  const parts = line.split(SPLIT);
  const out: Record<string, string> = {};
  fields.forEach((f, i) => {
    const v = parts[i]?.trim();
    if (v) out[f] = v;
  });
  return out;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The value as editable text; lists one item per line. */
export function formatFactValue(type: FactType, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'people':
      return Array.isArray(value) ? value.map((p) => record(PERSON_FIELDS, p)).join('\n') : '';
    case 'units':
      return Array.isArray(value) ? value.map((u) => record(UNIT_FIELDS, u)).join('\n') : '';
    case 'names':
      return Array.isArray(value) ? value.map(String).join('\n') : '';
    case 'flags':
      return typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>)
            .filter(([, on]) => on === true)
            .map(([k]) => k)
            .join('\n')
        : '';
    case 'number':
      return typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value);
    default:
      return String(value);
  }
}

const MONTH = /^(\d{4})[-./年](\d{1,2})月?$/;
const DAY = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/;

/** Parse what a reviewer typed for a fact of this type; `options` are the allowed values. */
export function parseFactInput(type: FactType, text: string, options: string[] = []): ParsedInput {
  const trimmed = text.trim();
  if (!trimmed && type !== 'flags' && type !== 'boolean') return { ok: false, reason: 'empty' };
  switch (type) {
    case 'integer':
    case 'number': {
      // NFKC: full-width digits typed with a Chinese input method (２０) are digits.
      const n = Number(trimmed.normalize('NFKC').replace(/[,，\s]/g, ''));
      if (!Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n))) {
        return { ok: false, reason: 'number' };
      }
      return { ok: true, value: n };
    }
    case 'month': {
      const m = MONTH.exec(trimmed);
      const month = m ? Number(m[2]) : 0;
      if (!m || month < 1 || month > 12) return { ok: false, reason: 'month' };
      return { ok: true, value: `${m[1]}-${String(month).padStart(2, '0')}` };
    }
    case 'date': {
      const m = DAY.exec(trimmed);
      if (!m) return { ok: false, reason: 'date' };
      const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      const d = new Date(`${iso}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
        return { ok: false, reason: 'date' };
      }
      return { ok: true, value: iso };
    }
    case 'enum':
      if (options.length && !options.includes(trimmed)) return { ok: false, reason: 'option' };
      return { ok: true, value: trimmed };
    case 'boolean':
      return { ok: true, value: /^(true|yes|是|有|1|☑|■|√)$/i.test(trimmed) };
    case 'names': {
      const items = lines(trimmed);
      if (options.length && items.some((i) => !options.includes(i)))
        return { ok: false, reason: 'option' };
      return { ok: true, value: items };
    }
    case 'units':
      return { ok: true, value: lines(trimmed).map((l) => parseRecord(UNIT_FIELDS, l)) };
    case 'people':
      return { ok: true, value: lines(trimmed).map((l) => parseRecord(PERSON_FIELDS, l)) };
    case 'flags': {
      const on = new Set(lines(trimmed));
      return { ok: true, value: Object.fromEntries(options.map((o) => [o, on.has(o)])) };
    }
    default:
      return { ok: true, value: trimmed };
  }
}

/** A short summary for a list: its count and the first few items. */
export function summarizeFactValue(type: FactType, value: unknown, max = 3): string {
  if (!Array.isArray(value)) return formatFactValue(type, value).replace(/\n/g, '、');
  const names = value.map((v) =>
    typeof v === 'object' && v !== null ? String((v as { name?: unknown }).name ?? '') : String(v),
  );
  const head = names.slice(0, max).join('、');
  return names.length > max ? `${head}…` : head;
}
