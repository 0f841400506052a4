/**
 * The three kinds of cross-application rule: quota per recommending body, people who may
 * appear in one application only, and reviewers' conflicts of interest. Each reads every
 * application's facts and emits findings; panel.ts runs them and builds the findings.
 */
import { classifyBody } from './classify';
import type { FactTable } from './fact-values';
import { list, msg, type RuleMessage } from './messages';
import type { Finding, Reviewer } from './panel';
import type { Severity } from './schema/common';
import type { PanelRule, QuotaClass } from './schema/panel-rules';
import { normalizePhone, normalizeText, sameText } from './text';

export interface Read {
  id: string;
  table: FactTable;
}

export type Emit = (
  status: Finding['status'],
  applications: string[],
  message: RuleMessage,
  extra?: { severity?: Severity; reviewers?: string[] },
) => void;

function present(read: Read, fact: string): unknown {
  const state = read.table.get(fact);
  return state.state === 'present' ? state.value : undefined;
}

export function quota(
  rule: Extract<PanelRule, { kind: 'quota' }>,
  reads: Read[],
  emit: Emit,
): void {
  const label = reads[0]?.table.def(rule.fact)?.label ?? { zh: rule.fact };
  const missing: string[] = [];
  // Keyed by class and normalised body, so "大连市 教育局" and "大连市教育局" count together.
  const groups = new Map<string, { body: string; ids: string[]; cls?: QuotaClass }>();
  for (const read of reads) {
    const body = present(read, rule.fact);
    if (typeof body !== 'string') {
      missing.push(read.id);
      continue;
    }
    const cls = classifyBody(rule.classes, body);
    const key = `${cls?.id ?? ''}\u0000${normalizeText(body)}`;
    const group = groups.get(key) ?? { body, ids: [], cls };
    group.ids.push(read.id);
    groups.set(key, group);
  }
  for (const { body, ids, cls } of groups.values()) {
    if (!cls) {
      emit('unknown', ids, msg('rubric:findings.unclassified', { body }));
      continue;
    }
    if (ids.length <= cls.limit) continue;
    const params = { body, class: cls.label, count: ids.length, limit: cls.limit };
    emit('fail', ids, msg('rubric:findings.quota', params), {
      severity: cls.severity ?? rule.severity,
    });
  }
  if (missing.length) emit('unknown', missing, msg('rubric:findings.notChecked', { fact: label }));
}

interface Entry {
  app: string;
  name: string;
  unit?: string;
  phone?: string;
}

type SameWhen = Extract<PanelRule, { kind: 'uniquePeople' }>['sameWhen'];

/** true: the same person; false: a namesake; undefined: nothing to tell them apart by. */
function samePerson(a: Entry, b: Entry, sameWhen: SameWhen): boolean | undefined {
  let comparable = false;
  for (const field of sameWhen) {
    const [x, y] = field === 'phone' ? [a.phone, b.phone] : [a.unit, b.unit];
    const norm = field === 'phone' ? normalizePhone : normalizeText;
    if (!x || !y || !norm(x) || !norm(y)) continue;
    comparable = true;
    if (norm(x) === norm(y)) return true;
  }
  return comparable ? false : undefined;
}

export function uniquePeople(
  rule: Extract<PanelRule, { kind: 'uniquePeople' }>,
  reads: Read[],
  emit: Emit,
): void {
  const order = new Map(reads.map((r, i) => [r.id, i]));
  const sortIds = (ids: Iterable<string>) =>
    [...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!);
  const byName = new Map<string, Entry[]>();
  const unchecked: string[] = [];
  for (const read of reads) {
    for (const fact of rule.facts) {
      const people = present(read, fact);
      if (!Array.isArray(people)) {
        unchecked.push(read.id);
        continue;
      }
      for (const p of people) {
        if (typeof p?.name !== 'string' || !normalizeText(p.name)) continue;
        const entry: Entry = { app: read.id, name: p.name, unit: p.unit, phone: p.phone };
        const key = normalizeText(p.name);
        byName.set(key, [...(byName.get(key) ?? []), entry]);
      }
    }
  }
  for (const entries of byName.values()) {
    // Union-find over the entries of one name: same person when name and unit or phone agree.
    const parent = entries.map((_, i) => i);
    const root = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r]!;
      return r;
    };
    const undecided = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        if (entries[i]!.app === entries[j]!.app) continue;
        const same = samePerson(entries[i]!, entries[j]!, rule.sameWhen);
        if (same) parent[root(i)] = root(j);
        else if (same === undefined) undecided.add(`${i}:${j}`);
      }
    }
    const clusters = new Map<number, Entry[]>();
    entries.forEach((e, i) => {
      clusters.set(root(i), [...(clusters.get(root(i)) ?? []), e]);
    });
    for (const cluster of clusters.values()) {
      const apps = sortIds(cluster.map((e) => e.app));
      if (apps.length < 2) continue;
      const units = [...new Set(cluster.map((e) => e.unit).filter((u): u is string => !!u))];
      const params = { name: cluster[0]!.name, units: list(units), count: apps.length };
      emit('fail', apps, msg('rubric:findings.duplicatePerson', params));
    }
    const maybe = [...undecided]
      .map((pair) => pair.split(':').map(Number) as [number, number])
      .filter(([i, j]) => root(i) !== root(j));
    if (maybe.length) {
      const apps = sortIds(maybe.flatMap(([i, j]) => [entries[i]!.app, entries[j]!.app]));
      emit('unknown', apps, msg('rubric:findings.maybeSamePerson', { name: entries[0]!.name }));
    }
  }
  if (unchecked.length) {
    const facts = list(rule.facts.map((f) => reads[0]?.table.def(f)?.label ?? f));
    emit('unknown', sortIds(unchecked), msg('rubric:findings.notChecked', { fact: facts }));
  }
}

/** Every unit an application names in `facts`: text facts, unit lists, people's units. */
function unitsOf(read: Read, facts: readonly string[]): string[] | undefined {
  const units: string[] = [];
  let any = false;
  for (const fact of facts) {
    const value = present(read, fact);
    if (value === undefined) continue;
    any = true;
    const type = read.table.def(fact)?.type;
    if (typeof value === 'string') units.push(value);
    else if (Array.isArray(value)) {
      const field = type === 'units' ? 'name' : 'unit';
      for (const item of value) if (typeof item?.[field] === 'string') units.push(item[field]);
    }
  }
  return any ? units : undefined;
}

export function conflicts(
  rule: Extract<PanelRule, { kind: 'conflictOfInterest' }>,
  reads: Read[],
  reviewers: readonly Reviewer[],
  emit: Emit,
): void {
  if (reviewers.length === 0) return;
  const units = reads.map((read) => ({ id: read.id, units: unitsOf(read, rule.facts) }));
  for (const reviewer of reviewers) {
    const name = String(reviewer.name ?? reviewer.id);
    if (typeof reviewer.unit !== 'string' || !normalizeText(reviewer.unit)) {
      emit(
        'unknown',
        reads.map((r) => r.id),
        msg('rubric:findings.reviewerNoUnit', { reviewer: name }),
        {
          reviewers: [String(reviewer.id)],
        },
      );
      continue;
    }
    const unit = reviewer.unit;
    const hit = units.filter((a) => a.units?.some((u) => sameText(u, unit))).map((a) => a.id);
    if (hit.length) {
      const params = { reviewer: name, unit, count: hit.length };
      emit('fail', hit, msg('rubric:findings.conflict', params), {
        reviewers: [String(reviewer.id)],
      });
    }
  }
  const unchecked = units.filter((a) => a.units === undefined).map((a) => a.id);
  if (unchecked.length) {
    const facts = list(rule.facts.map((f) => reads[0]?.table.def(f)?.label ?? f));
    emit('unknown', unchecked, msg('rubric:findings.notChecked', { fact: facts }));
  }
}
