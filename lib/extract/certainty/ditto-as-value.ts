/**
 * A ditto mark proposed as a value: 同上 / 〃 / 同左 left as it stands because there was nothing
 * to repeat (the first row under a header, an empty cell above: lib/pdf/structure/ditto-marks.ts).
 * Whatever the value is, it is not the mark: the reviewer reads it from the rows around.
 */
import { isDittoMark } from '../../pdf/structure/ditto-marks';
import type { CertaintyCheck } from '.';

/** Every string a value holds (text, list items, a person's or a unit's fields), bounded. */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (out.length > 2000 || depth > 3) return out;
  if (typeof value === 'string') out.push(value.slice(0, 40));
  else if (Array.isArray(value)) for (const v of value) strings(v, out, depth + 1);
  else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) strings(v, out, depth + 1);
  }
  return out;
}

export const dittoAsValue: CertaintyCheck = {
  name: 'ditto-as-value',
  check(_id, fact) {
    return strings(fact.value).some(isDittoMark) ? 'dittoAsValue' : undefined;
  },
};
