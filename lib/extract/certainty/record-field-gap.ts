/**
 * A field missing between two rows that have it: in a list of records (people, units) read from
 * a table, the row above and the row below both carry a field (unit, type) and the row between
 * does not. A merged cell spans those rows — its text printed once, on one of them — or a cell
 * was lost; either way the middle row's field is most likely the one beside it, and the reader
 * left it out. A form where a record truly has no such field leaves it out at the list's edge
 * as often as in its middle, so only a gap inside the list is doubted.
 */
import type { CertaintyCheck } from '.';

/** Records read, at most; longer lists are not judged. */
const MAX_RECORDS = 500;

function has(record: unknown, key: string): boolean {
  if (!record || typeof record !== 'object') return false;
  const v = (record as Record<string, unknown>)[key];
  return typeof v === 'string' ? v.trim().length > 0 : v !== undefined && v !== null;
}

export const recordFieldGap: CertaintyCheck = {
  name: 'record-field-gap',
  check(_id, fact) {
    const rows = fact.value;
    if (!Array.isArray(rows) || rows.length < 3 || rows.length > MAX_RECORDS) return undefined;
    if (!rows.every((r) => r && typeof r === 'object' && !Array.isArray(r))) return undefined;
    const keys = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r as object)) if (k !== 'name') keys.add(k);
    for (const key of keys) {
      for (let i = 1; i < rows.length - 1; i++) {
        if (!has(rows[i], key) && has(rows[i - 1], key) && has(rows[i + 1], key)) {
          return 'recordFieldGap';
        }
      }
    }
    return undefined;
  },
};
