/**
 * Facts a rubric pack adds beyond the standard ones, read with the pack's extraction hints:
 * each keyword is a field label (label → value, as on forms), each pattern a regular expression
 * over the flowing text. The value is the pattern's named group `value`, else its first group,
 * else the whole match; a match made only of ASCII (an e-mail address, a code) is taken whole,
 * since a label-led pattern always starts with the label's CJK text. Values are converted to the
 * fact's type and dropped when they do not fit it (never guessed).
 */
import type { ExtractedFact } from '../facts/standard';
import { normalize } from '../pdf/normalize';
import type { FactDef } from '../rubric';
import type { FactDocument } from './document';
import { evidenceOf, findField } from './labels';
import { parseCount, parseNumber, parseYearMonth, YEAR_MONTH, yearMonthFrom } from './numerals';

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(normalize(pattern), 'u');
  } catch {
    try {
      return new RegExp(normalize(pattern));
    } catch {
      return undefined; // a pack's bad pattern is the pack validator's business, not a crash
    }
  }
}

const DATE = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/;

/** Convert a raw string to the fact's type; undefined when it does not fit. */
export function convert(def: FactDef, raw: string, groups?: string[]): unknown {
  const text = raw.trim();
  if (!text) return undefined;
  const options = def.options?.map((o) => o.value);
  switch (def.type) {
    case 'text':
      return text;
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
      // units, people and flags need their own finders: no pack-level guesswork.
      return undefined;
  }
}

function byPattern(doc: FactDocument, def: FactDef): ExtractedFact | undefined {
  for (const source of def.hints?.patterns ?? []) {
    const re = compile(source);
    if (!re) continue;
    const m = re.exec(doc.flow);
    if (!m) continue;
    const named = m.groups?.value;
    const asciiOnly = /^[\x20-\x7e]+$/.test(m[0]);
    const raw = named ?? (asciiOnly && def.type === 'text' ? m[0] : (m[1] ?? m[0]));
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const value = convert(def, raw, def.type === 'month' ? groups : undefined);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    return { value, evidence: doc.evidenceForFlow(m.index, m.index + m[0].length) };
  }
  return undefined;
}

function byKeyword(doc: FactDocument, def: FactDef): ExtractedFact | undefined {
  const labels = (def.hints?.keywords ?? []).map((k) => normalize(k).replace(/\s+/g, ''));
  if (labels.length === 0) return undefined;
  const found = findField(doc, labels);
  if (!found) return undefined;
  const value = convert(def, found.value);
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
  return { value, evidence: evidenceOf(doc, found) };
}

/** A pack's own fact, by its hints. */
export function findPackFact(doc: FactDocument, def: FactDef): ExtractedFact | undefined {
  return byKeyword(doc, def) ?? byPattern(doc, def);
}
