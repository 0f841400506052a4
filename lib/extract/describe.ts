/**
 * Proposed facts as one line of text each, in the user's language: for the CLI's readable table
 * and for lists in the app. Values themselves are data (names, units as written in the file);
 * only the words around them are translated.
 */
import { visibleLength } from '../rubric/text';

type Translate = (key: string, params?: Record<string, unknown>) => string;

interface PersonLike {
  name: string;
  unit?: string;
  title?: string;
  duty?: string;
  phone?: string;
  subject?: string;
  region?: string;
  type?: string;
}

function person(p: PersonLike, sep: string): string {
  const details = [p.unit, p.region, p.type, p.duty, p.title, p.phone].filter(Boolean).join(sep);
  return details ? `${p.name}（${details}）` : p.name;
}

/**
 * One line for a fact's value. Unknown shapes fall back to JSON, never to nothing. `option`
 * names a choice's option as the pack labels it (a code such as backboneTeacher reads as words).
 */
export function describeFactValue(
  id: string,
  value: unknown,
  t: Translate,
  option: (value: string) => string = (v) => v,
): string {
  const sep = t('extract:values.separator');
  if (id === 'projectName' && typeof value === 'string') {
    return `${value}${t('extract:values.characters', { count: visibleLength(value) })}`;
  }
  if (id === 'practiceYears' && typeof value === 'number') {
    return t('extract:values.years', { years: Number(value.toFixed(2)) });
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([, on]) => typeof on === 'boolean')) {
      return entries
        .map(([k, on]) => `${option(k)}：${t(on ? 'extract:values.yes' : 'extract:values.no')}`)
        .join(sep);
    }
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('extract:values.none');
    const isPeople = value.every((v) => v && typeof v === 'object' && 'name' in v);
    const items = value.map((v) =>
      typeof v === 'string'
        ? option(v)
        : isPeople
          ? person(v as PersonLike, sep)
          : JSON.stringify(v),
    );
    const key = ['host', 'counselors', 'advisors', 'coreMembers', 'resourceReviewers'].includes(id)
      ? 'extract:values.people'
      : 'extract:values.items';
    return value.length > 1 || key === 'extract:values.people'
      ? `${t(key, { count: value.length })}${items.join(sep)}`
      : items.join(sep);
  }
  if (typeof value === 'string') return option(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

/**
 * Sentences saying why structural checks doubt a value (its `doubts` codes), in the user's
 * language; a code this version has no sentence for (a newer file) reads as the general one.
 */
export function describeDoubts(
  codes: readonly string[] | undefined,
  t: Translate,
  has: (key: string) => boolean,
): string[] {
  // Cached proposals are read back without a schema: anything but a list of strings says nothing.
  const list = Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [];
  const sentences = list.map((code) => {
    const key = `extract:doubt.${code}`;
    return /^[A-Za-z][\w-]{0,40}$/.test(code) && has(key) ? t(key) : t('extract:doubt.other');
  });
  return [...new Set(sentences)];
}
