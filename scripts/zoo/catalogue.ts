/**
 * The form zoo: which application, in which layout, by which producer. Layouts are combinations
 * of the Variant knobs (lib/forms/variant.ts), chosen so every knob value and each of issue 11's
 * six layout classes appears for every call, across five producers. Deterministic: the same
 * zoo on every machine.
 */

import { BASE_VARIANT, MARK_STYLES, type Variant } from '../../lib/forms/variant';
import type { Producer } from './producers';

export type Call = 'liaoning' | 'yueyang' | 'mingshi';

/** Issue 11's layout classes. */
export type LayoutClass =
  | 'outcomeTable'
  | 'multilineGrid'
  | 'borderlessWrapped'
  | 'roleSections'
  | 'memberUnits'
  | 'quotedRequirement';

export interface ZooEntry {
  name: string;
  call: Call;
  seed: number;
  producer: Producer;
  variant: Variant;
  /** A role with nobody (its table has no rows). */
  emptyRole?: boolean;
  /** Years stated instead of a start date (辽宁). */
  statedYears?: number;
  members?: number;
}

const PRODUCERS: Producer[] = ['pdf-lib', 'docx', 'odt', 'chromium', 'weasyprint'];
const FIELDS: Variant['fields'][] = ['table2', 'table4', 'lines', 'below'];
const MARKS = Object.values(MARK_STYLES);
const NUMERALS: Variant['numerals'][] = ['arabic', 'chinese', 'fullwidth'];
const DATES: Variant['dates'][] = ['chinese', 'dot', 'cnNumerals', 'fullwidth'];
const ROLES: Variant['roles'][] = ['column', 'merged', 'sections'];
const UNITS: Variant['units'][] = ['table', 'tableWithLead', 'prose', 'countOnly'];
const GRIDS: Variant['grid'][] = ['inline', 'multiline', 'cells'];

/** The i-th layout: each knob cycles with its own period, so combinations vary. */
function variantFor(i: number): Variant {
  return {
    ...BASE_VARIANT,
    fields: FIELDS[i % 4]!,
    wording: i % 3,
    order: i % 5 === 3 ? i : 0,
    borders: i % 4 !== 2,
    wrap: i % 3 === 2,
    marks: MARKS[i % MARKS.length]!,
    numerals: NUMERALS[i % 3]!,
    dates: DATES[(i + 1) % 4]!,
    lists: i % 2 === 0 ? 'table' : 'prose',
    roles: ROLES[(i + 2) % 3]!,
    units: UNITS[i % 4]!,
    outcomes: i % 2 === 1 ? 'table' : 'prose',
    grid: GRIDS[(i + 1) % 3]!,
    quote: i % 3 === 1,
    long: i % 7 === 6,
    pageNumbers: i % 2 === 0,
  };
}

export const CALLS: Call[] = ['liaoning', 'yueyang', 'mingshi'];
const PER_CALL = 15;

export const ZOO: ZooEntry[] = CALLS.flatMap((call, c) =>
  Array.from({ length: PER_CALL }, (_, k): ZooEntry => {
    const i = k + 5 * c;
    const producer = PRODUCERS[(k + c) % PRODUCERS.length]!;
    const variant = variantFor(i);
    return {
      name: `${call.slice(0, 2)}-${String(k + 1).padStart(2, '0')}-${producer}`,
      call,
      seed: 100 + i,
      producer,
      variant,
      emptyRole: call === 'mingshi' && k % 5 === 4,
      statedYears: call === 'liaoning' && k % 6 === 5 ? 2 + (k % 2) : undefined,
      members: variant.long ? 22 : undefined,
    };
  }),
);

/** The classes a zoo entry exercises (for the per-class check). */
export function classesOf(e: ZooEntry): LayoutClass[] {
  const v = e.variant;
  const out: LayoutClass[] = [];
  if (v.outcomes === 'table' && e.call !== 'yueyang') out.push('outcomeTable');
  if (v.grid === 'multiline' && e.call !== 'liaoning') out.push('multilineGrid');
  if (!v.borders && v.wrap) out.push('borderlessWrapped');
  if (v.roles === 'sections') out.push('roleSections');
  if (e.call !== 'yueyang' && v.units !== 'table') out.push('memberUnits');
  if (v.quote) out.push('quotedRequirement');
  return out;
}
