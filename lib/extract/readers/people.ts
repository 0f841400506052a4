/**
 * People by role, for every people fact of the pack at once (a table holds several roles). Role
 * names are the facts' labels in the pack. Read from people tables first (people-tables.ts),
 * then from fields (person-fields.ts: "项目负责人 | 张三 | 职务 | …"), then from role lines in
 * sentences (person-prose.ts), then from appointments in prose (person-clauses.ts). Where two of them name the same people, the fuller reading wins.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { FactDef } from '../../rubric';
import { hintsOf, type ReadContext } from './context';
import { peopleFromTables } from './people-tables';
import { peopleFromClauses } from './person-clauses';
import { peopleFromFields } from './person-fields';
import { peopleFromProse } from './person-prose';
import type { Role } from './roles';

const fieldsOf = (people: Person[]) => people.reduce((n, p) => n + Object.keys(p).length, 0);
const sameNames = (a: Person[], b: Person[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i]!.name);

/** All people facts of the pack, read together. */
export function readPeople(ctx: ReadContext, defs: FactDef[]): Record<string, ExtractedFact> {
  const roles: Role[] = defs.map((d) => ({ id: d.id, words: hintsOf(d).labels }));
  const readings = [
    peopleFromTables(ctx, roles),
    peopleFromFields(ctx, roles),
    peopleFromProse(ctx, roles),
    peopleFromClauses(ctx, roles),
  ];
  const out: Record<string, ExtractedFact> = {};
  for (const def of defs) {
    let best: ExtractedFact | undefined;
    for (const reading of readings) {
      const fact = reading.get(def.id);
      if (!fact) continue;
      const people = fact.value as Person[];
      if (!best) best = fact;
      else if (
        sameNames(best.value as Person[], people) &&
        fieldsOf(people) > fieldsOf(best.value as Person[])
      ) {
        best = fact;
      }
    }
    if (best) out[def.id] = best;
  }
  return out;
}
