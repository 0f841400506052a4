/**
 * People as the layout readers that piece records together gather them (person-grid: side by
 * side; person-lines: one to a line): each record's fields set the same way, a word a wrap cut
 * marked unsure, and per role one fact — certain only when nothing read was unsure.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { Evidence } from '../../pdf/structure/document';
import type { Field } from './people-headers';
import { splitDutyTitle } from './person-parts';

/**
 * A value with a space inside a Latin word's letters ("Scr atch"): a narrow cell or a wrap cut
 * a word, or two words stand there ("App Inventor"). Which one is for the reviewer.
 */
export const hasCutWord = (p: Person) =>
  Object.values(p).some((v) => /[A-Za-z] [A-Za-z]/.test(String(v)));

/** A field's value set on a record read by labels (a role, or a column no field, sets nothing). */
export function setField(person: Partial<Person>, field: Field | 'other', value: string): void {
  if (field === 'dutyTitle') Object.assign(person, splitDutyTitle(value));
  else if (field === 'phone') person.phone = value.replace(/[\s-]+/g, '');
  else if (field !== 'role' && field !== 'other') person[field] = value;
}

/** People read for a role by a layout reader, and what the form says of the role. */
export interface Gathered {
  people: Person[];
  /** Pieces read unsure (a word cut, a bracket never closed…). */
  unsure: number;
  evidence: Evidence[];
  /** The form says the role has nobody ("暂无", "（空缺）" under its heading). */
  nobody?: boolean;
}

/**
 * Per role, people as a layout reader gathers them, then as facts: a list read without a doubt
 * at 0.8, else 0.55; a role with nobody read is a fact (an empty list) only when the form says so.
 */
export function gathering() {
  const found = new Map<string, Gathered>();
  return {
    entry(id: string): Gathered {
      const e = found.get(id) ?? { people: [], unsure: 0, evidence: [] };
      found.set(id, e);
      return e;
    },
    facts(): Map<string, ExtractedFact> {
      const out = new Map<string, ExtractedFact>();
      for (const [id, { people, unsure, evidence, nobody }] of found) {
        if (people.length === 0 && !nobody) continue;
        const confidence = unsure === 0 ? 0.8 : 0.55;
        out.set(id, { value: people, evidence, confidence, source: 'list' });
      }
      return out;
    },
  };
}
