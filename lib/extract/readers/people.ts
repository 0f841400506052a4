/**
 * People by role, for every people fact of the pack at once (a table holds several roles). Role
 * names are the facts' labels in the pack. Read from people tables first (people-tables.ts),
 * then from fields (person-fields.ts: "项目负责人 | 张三 | 职务 | …"), then from role lines in
 * sentences (person-prose.ts), then from appointments in prose (person-clauses.ts), then from
 * one person per role label (person-labelled.ts: "核心成员3：" over "张三/数学/…"), then from cards
 * of labelled fields under a role's heading (person-cards.ts: "1.姓名：张三单位：某校…"), then from
 * one record a line (person-lines.ts: "张三 ｜ 某校 ｜ 教师", "张三（某校，教师）"), then from people
 * side by side (person-grid.ts: a table on its side, cards headed by the name), then from bullet
 * lists (person-bullets.ts: "● 张三　某校　一级教师", a name's details on the deeper line). Where two of
 * them name the same people, the fuller reading wins; the list proposed is then certain only by
 * its structure (people-structure.ts).
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import { cleanLabel } from '../../pdf/structure/key-values';
import type { FactDef } from '../../rubric';
import { hintsOf, type ReadContext } from './context';
import { peopleFromOneCell } from './one-cell-lists';
import { PERSON_HEADERS } from './people-headers';
import { byStructure, doubtful, missingFields, statedCounts } from './people-structure';
import { peopleFromTables } from './people-tables';
import { peopleFromBullets } from './person-bullets';
import { peopleFromCards } from './person-cards';
import { peopleFromClauses } from './person-clauses';
import { peopleFromFields } from './person-fields';
import { peopleFromGrid } from './person-grid';
import { peopleFromLabels } from './person-labelled';
import { peopleFromLines } from './person-lines';
import { sameDot } from './person-parts';
import { plausiblePeople } from './person-plausible';
import { peopleFromProse } from './person-prose';
import { peopleFromSpacedRows } from './person-spaced';
import type { Role } from './roles';

const fieldsOf = (people: Person[]) => people.reduce((n, p) => n + Object.keys(p).length, 0);
const sameNames = (a: Person[], b: Person[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i]!.name);

const confidence = (f: ExtractedFact) => f.confidence ?? 1;

/** Does a reading naming other people hold more fields than the one proposed, as surely? */
function fuller(fact: ExtractedFact, best: ExtractedFact): boolean {
  const [people, proposed] = [fact.value as Person[], best.value as Person[]];
  return (
    !sameNames(people, proposed) &&
    people.length >= proposed.length &&
    fieldsOf(people) > fieldsOf(proposed) &&
    confidence(fact) >= confidence(best)
  );
}

/**
 * One person named twice in a role's list (a host's card of fields and the roster's row for
 * them): one record, the fields of both, when no field says otherwise. Records that disagree
 * stay apart, and the list is then uncertain: which one holds is for the reviewer.
 */
export function mergeSameNames(people: Person[]): { people: Person[]; conflict: boolean } {
  const out: Person[] = [];
  let conflict = false;
  for (const p of people) {
    const at = out.findIndex((q) => q.name === p.name);
    if (at < 0) {
      out.push(p);
      continue;
    }
    const q = out[at]!;
    const clash = (Object.keys(p) as (keyof Person)[]).some(
      (k) => q[k] !== undefined && p[k] !== undefined && q[k] !== p[k],
    );
    if (clash) {
      conflict = true;
      out.push(p);
    } else out[at] = { ...q, ...p };
  }
  return { people: out, conflict };
}

/** Each person with the fields the same person has in `other` and lacks here, if none clash. */
export function fillFrom(people: Person[], other: Person[]): Person[] {
  return people.map((p, i) => {
    const o = other[i]!;
    const clash = (Object.keys(o) as (keyof Person)[]).some(
      (k) => p[k] !== undefined && p[k] !== o[k],
    );
    return clash ? p : { ...o, ...p };
  });
}

function merged(fact: ExtractedFact): ExtractedFact {
  const { people, conflict } = mergeSameNames(fact.value as Person[]);
  if (!conflict && people.length === (fact.value as Person[]).length) return fact;
  const read = { ...fact, value: people };
  return conflict ? doubtful(read) : read;
}

/** Does a row of the form name a person's columns: 姓名 and two fields more? */
function showsPersonColumns(doc: ReadContext['doc']): boolean {
  return doc.rows.some((row) => {
    const fields = new Set(
      row.cells.flatMap((c) => {
        const label = cleanLabel(c.text).replace(/\s+/g, '');
        return PERSON_HEADERS.filter(([, re]) => re.test(label)).map(([f]) => f);
      }),
    );
    return fields.has('name') && fields.size >= 3;
  });
}

/** A column label standing as a value ("单位名称", "学校类型"): another table's header row. */
const LABEL_VALUE = /^(?:单位名称|学校名称|学校类型|单位类型|所在地区|所在区域|地区|类型)$/;
const isLabel = (v: string) =>
  LABEL_VALUE.test(v) || PERSON_HEADERS.some(([, re]) => re.test(v.replace(/\s+/g, '')));

/**
 * A reading without the records that are another table's header row read as a person (its
 * values the labels 单位名称, 学校类型…): no one is named there.
 */
export function withoutHeaderRows(fact: ExtractedFact): ExtractedFact {
  const people = fact.value as Person[];
  const kept = people.filter((p) => {
    const values = Object.entries(p)
      .filter(([k]) => k !== 'name')
      .map(([, v]) => String(v));
    return values.length < 2 || values.filter(isLabel).length * 2 <= values.length;
  });
  return kept.length === people.length || kept.length === 0 ? fact : { ...fact, value: kept };
}

/** An empty list proposed for checking: a role's table there but not read. */
const unreadTable = (f: ExtractedFact) => (f.value as Person[]).length === 0 && confidence(f) < 0.6;

/**
 * A reading of borderless rows naming more people than the one proposed, which is uncertain,
 * or the same people with more fields and surely: the other structures read those rows run
 * together.
 */
const surer = (f: ExtractedFact, best: ExtractedFact) => {
  const [people, proposed] = [f.value as Person[], best.value as Person[]];
  if (confidence(best) >= 0.6) return false;
  if (people.length > proposed.length) return true;
  return (
    confidence(f) >= 0.6 && sameNames(people, proposed) && fieldsOf(people) > fieldsOf(proposed)
  );
};

/** All people facts of the pack, read together. */
export function readPeople(ctx: ReadContext, defs: FactDef[]): Record<string, ExtractedFact> {
  const roles: Role[] = defs.map((d) => ({ id: d.id, words: hintsOf(d).labels }));
  const readings = [
    peopleFromTables(ctx, roles),
    peopleFromFields(ctx, roles),
    peopleFromProse(ctx, roles),
    peopleFromClauses(ctx, roles),
    peopleFromLabels(ctx, roles),
    peopleFromCards(ctx, roles),
    peopleFromLines(ctx, roles),
    peopleFromGrid(ctx, roles),
    peopleFromBullets(ctx, roles),
    peopleFromOneCell(ctx, roles),
  ];
  // Rows parted by spaces only: read where no other structure gave the role's people.
  const spaced = peopleFromSpacedRows(ctx, roles);
  const counts = statedCounts(ctx.doc, roles);
  const out: Record<string, ExtractedFact> = {};
  for (const def of defs) {
    let best: ExtractedFact | undefined;
    const all: ExtractedFact[] = [];
    for (const reading of readings) {
      const found = reading.get(def.id);
      if (!found) continue;
      const fact = merged(withoutHeaderRows(found));
      all.push(fact);
      const people = fact.value as Person[];
      if (!best) best = fact;
      else if (fuller(fact, best)) {
        // Other people read with more of their fields and no less sure (a table on its side
        // where a field reader took a duty for a name): the fuller reading is proposed; the
        // other still counts against its certainty (byStructure).
        best = fact;
      } else if (sameNames(best.value as Person[], people)) {
        // The same people read from two structures (a team table and a "主持人所在单位：" field):
        // the fuller reading, with what the other adds where they do not disagree.
        const [more, less] =
          fieldsOf(people) > fieldsOf(best.value as Person[]) ? [fact, best] : [best, fact];
        best = { ...more, value: fillFrom(more.value as Person[], less.value as Person[]) };
      }
    }
    const fallback = spaced.get(def.id);
    if (fallback && (!best || unreadTable(best) || surer(fallback, best))) {
      if (best) all.push(best);
      best = fallback;
    }
    if (best && !plausiblePeople(best.value as Person[])) {
      // A record whose fields do not have their shapes was pieced together from the wrong cells.
      best = doubtful(best);
    }
    // Confidence by the structure's evidence: same-shaped records, the stated count, no other
    // structure naming other people, not several people pieced out of a sentence.
    if (best) out[def.id] = byStructure({ best, all, counts: counts.get(def.id) });
  }
  // One middle dot in transcribed names, however the file set it (xelatex prints U+30FB).
  for (const [id, fact] of Object.entries(out)) {
    const people = fact.value as Person[];
    if (people.some((p) => sameDot(p.name) !== p.name))
      out[id] = { ...fact, value: people.map((p) => ({ ...p, name: sameDot(p.name) })) };
  }
  // Names alone where the form shows a person's columns (姓名 | 单位 | 职称 …): the fields were
  // there and not read with the name (a summary row's 项目负责人 cell, a roster read apart).
  if (showsPersonColumns(ctx.doc)) {
    for (const [id, fact] of Object.entries(out)) {
      const people = fact.value as Person[];
      if (people.length > 0 && people.every((p) => Object.keys(p).length === 1))
        out[id] = doubtful(fact);
    }
  }
  const lists = new Map(Object.entries(out).map(([id, f]) => [id, f.value as Person[]]));
  for (const [id, fact] of Object.entries(out)) {
    if (missingFields(id, lists).length > 0) out[id] = doubtful(fact);
  }
  return out;
}
