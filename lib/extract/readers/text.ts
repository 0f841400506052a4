/**
 * Text values (a project's name, the lead unit, the recommending body, a pack's own fields): the
 * value a form writes beside, below or after one of the fact's labels; else the first match of
 * one of its patterns. A stamp or signature note in a unit's cell ("（盖章）") is not part of
 * the name. Also converts raw text to a pack fact's type (integer, date, boolean…).
 */
import type { ExtractedFact } from '../../facts/standard';
import { cleanValue, findField } from '../../pdf/structure/key-values';
import type { FactDef } from '../../rubric';
import { parseCount, parseNumber, parseYearMonth, YEAR_MONTH, yearMonthFrom } from '../numerals';
import { fromFlow, fromFound, hintsOf, pairConfidence, type ReadContext } from './context';

/** Stamps and signatures written into a unit's cell. */
function withoutStamp(value: string): string {
  return cleanValue(value.replace(/[（(]\s*(盖章|公章|签章|章|签字|签名)\s*[）)]\s*$/, ''));
}

const DATE = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/;

/** Convert a raw string to the fact's type; undefined when it does not fit. */
export function convert(def: FactDef, raw: string, groups?: string[]): unknown {
  const text = raw.trim();
  if (!text) return undefined;
  const options = def.options?.map((o) => o.value);
  switch (def.type) {
    case 'text':
      return withoutStamp(text) || undefined;
    case 'integer':
      return parseCount(text.replace(/[^\d〇零一二两三四五六七八九十百千万]/g, ''));
    case 'number':
      return parseNumber(text.replace(/[^\d.〇零一二两三四五六七八九十百千万]/g, ''));
    case 'month': {
      if (groups && groups.length >= 2) return yearMonthFrom(['', ...groups]);
      const m = new RegExp(YEAR_MONTH).exec(text);
      return m ? yearMonthFrom(m) : parseYearMonth(text);
    }
    case 'date': {
      const m = DATE.exec(text);
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    case 'enum':
      if (!options) return text;
      return options.find((o) => text === o) ?? options.find((o) => text.includes(o));
    case 'boolean':
      return /^(是|有|√|☑|yes|true)$/i.test(text)
        ? true
        : /^(否|无|no|false)$/i.test(text)
          ? false
          : undefined;
    case 'names': {
      const names = text
        .split(/[、，,；;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (options) return names.filter((n) => options.includes(n));
      return names;
    }
    default:
      return undefined;
  }
}

const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);

/** The first pattern match, converted: the group `value`, else the first group, else the match. */
export function byPattern(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  for (const re of hintsOf(def).patterns) {
    const m = re.exec(ctx.doc.flow);
    if (!m) continue;
    const named = m.groups?.value;
    const asciiOnly = /^[\x20-\x7e]+$/.test(m[0]);
    const raw = named ?? (asciiOnly && def.type === 'text' ? m[0] : (m[1] ?? m[0]));
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const value = convert(def, raw, def.type === 'month' && !named ? groups : undefined);
    if (empty(value)) continue;
    return fromFlow(ctx.doc, m.index, m.index + m[0].length, value, 0.75);
  }
  return undefined;
}

/** The value beside one of the fact's labels, converted to its type. */
export function byLabel(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = hintsOf(def).labels;
  if (labels.length === 0) return undefined;
  // Labels are tried most specific first: the pack lists them in that order; then labels
  // qualified or shortened ("主持人所在单位", "实践起始"), then sentences.
  for (const pass of ['exact', 'relaxed', 'prose'] as const) {
    for (const label of labels) {
      const found = findField(ctx.doc, [label], pass === 'prose', pass === 'relaxed');
      if (!found) continue;
      const value = convert(def, found.value);
      if (empty(value)) continue;
      return fromFound(ctx.doc, found, value, pairConfidence(found));
    }
  }
  return undefined;
}

export function readText(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  return byLabel(ctx, def) ?? byPattern(ctx, def);
}
