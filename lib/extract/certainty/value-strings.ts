/**
 * Every string a value holds — a text, a list's items, a person's or a unit's fields — bounded in
 * number, depth and length, so a hostile document cannot make a check slow.
 */
import { MAX_TEXT } from './value-text';

/** At most this many strings are read from one value. */
const MAX_STRINGS = 2000;

export function valueStrings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (out.length >= MAX_STRINGS || depth > 3) return out;
  if (typeof value === 'string') out.push(value.slice(0, MAX_TEXT));
  else if (Array.isArray(value)) {
    for (const v of value.slice(0, MAX_STRINGS)) valueStrings(v, out, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) valueStrings(v, out, depth + 1);
  }
  return out;
}
