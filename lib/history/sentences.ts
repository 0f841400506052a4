/**
 * An application's history as sentences a reviewer reads ("李老师 把「实践基础与成效」从 18 改为
 * 20"), one per change, grouped by day, newest first. Input is `panel.history(app)`; names come
 * from the pack (criteria, facts, rules) and the members, values are shown as text (fact values
 * with their option labels), never as JSON. A version that changed nothing (the same value written
 * twice) is not a change and is left out. Pure: the words come from the caller's `t`
 * (namespace `history`), the clock from `now`.
 */
import { describeFact } from '../facts/display';
import type { HistoryItem } from '../panel/history';
import { type FactDef, findCriterion, pickText, type RubricPack } from '../rubric';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface HistorySentence {
  /** Stable key for lists. */
  key: string;
  text: string;
  at: number;
  by: string;
  /** A concurrent edit elsewhere won: this value is not the current one. */
  overwritten: boolean;
}

export interface HistoryDay {
  /** `today`, `yesterday`, or the date, in words. */
  label: string;
  entries: HistorySentence[];
}

export interface HistoryContext {
  pack: RubricPack;
  language: string;
  names: ReadonlyMap<string, string>;
  t: Translate;
  now?: Date;
  /** Longest quoted text (comments, opinions) before it is cut with …. */
  quoteLength?: number;
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
}

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

function factSentence(
  c: HistoryContext,
  who: string,
  id: string,
  value: unknown,
  old: unknown,
): string {
  const { t, pack, language } = c;
  const def: FactDef | undefined = pack.facts.find((f) => f.id === id);
  const fact = def ? pickText(def.label, language) : id;
  if (value === null || value === undefined) return t('fact.cleared', { who, fact });
  const confirmation = asRecord(value);
  const shown = def ? describeFact(def, confirmation.value, language, 4).text : '';
  switch (confirmation.state) {
    case 'accepted':
      return t('fact.accepted', { who, fact, value: shown || t('none') });
    case 'corrected': {
      const before = asRecord(old);
      const from =
        def && before.value !== undefined ? describeFact(def, before.value, language, 4).text : '';
      return from
        ? t('fact.correctedFrom', { who, fact, from, value: shown || t('none') })
        : t('fact.corrected', { who, fact, value: shown || t('none') });
    }
    default:
      return t('fact.unknown', { who, fact });
  }
}

function cellSentence(c: HistoryContext, item: HistoryItem, who: string): string {
  const { t, pack, language } = c;
  if (item.field.kind !== 'cell') return '';
  const field = item.field.field;
  const max = c.quoteLength ?? 40;
  const criterion = (id: string | null) => {
    if (id === null) return t('overall');
    const found = findCriterion(pack.scoring, id);
    return found ? pickText(found.title, language) : id;
  };
  if (!item.readable) {
    return t('sealed', { who, what: cellName(c, field) });
  }
  const value = item.new;
  const old = item.old;
  switch (field.type) {
    case 'score': {
      const name = criterion(field.criterion);
      if (value === null || value === undefined)
        return t('score.cleared', { who, criterion: name });
      if (typeof old === 'number')
        return t('score.changed', { who, criterion: name, from: old, to: value });
      return t('score.set', { who, criterion: name, value });
    }
    case 'comment': {
      const name = criterion(field.criterion);
      if (!value) return t('comment.cleared', { who, criterion: name });
      const text = cut(String(value), max);
      return old
        ? t('comment.changed', { who, criterion: name, text })
        : t('comment.set', { who, criterion: name, text });
    }
    case 'fact':
      return factSentence(c, who, field.fact, value, old);
    case 'verdict': {
      const rule = pack.rules.find((r) => r.id === field.rule);
      const name = rule ? pickText(rule.title, language) : field.rule;
      const override = asRecord(value);
      if (value === null || override.verdict === null || override.verdict === undefined)
        return t('verdict.cleared', { who, rule: name });
      return t('verdict.set', {
        who,
        rule: name,
        verdict: t(`verdicts.${String(override.verdict)}`),
        note: cut(String(override.note ?? ''), max),
      });
    }
    case 'evidence': {
      // The link's target is in its (sealed) value, not in its key (lib/panel SPEC S7).
      const link = asRecord(value);
      const [kind, id = ''] = String(link.target ?? ':').split(':');
      const target =
        kind === 'criterion'
          ? criterion(id)
          : pickText(pack.facts.find((f) => f.id === id)?.label, language) || id;
      return link.linked === true
        ? t('evidence.linked', { who, target })
        : t('evidence.unlinked', { who, target });
    }
    case 'opinion':
      return value
        ? t('opinion.changed', { who, text: cut(String(value), max) })
        : t('opinion.cleared', { who });
  }
}

function cellName(
  c: HistoryContext,
  field: Extract<HistoryItem['field'], { kind: 'cell' }>['field'],
) {
  const { t, pack, language } = c;
  if (field.type === 'score' || field.type === 'comment') {
    if (field.criterion === null) return t('overall');
    const found = findCriterion(pack.scoring, field.criterion);
    return t(`cells.${field.type}`, {
      name: found ? pickText(found.title, language) : field.criterion,
    });
  }
  if (field.type === 'fact') {
    const def = pack.facts.find((f) => f.id === field.fact);
    return t('cells.fact', { name: def ? pickText(def.label, language) : field.fact });
  }
  return t(`cells.${field.type}`, { name: '' });
}

function sentence(c: HistoryContext, item: HistoryItem): string {
  const { t } = c;
  const who = c.names.get(item.by) ?? item.by;
  const value = asRecord(item.new);
  switch (item.field.kind) {
    case 'cell':
      return cellSentence(c, item, who);
    case 'application':
      if (item.new === null) return t('application.removed', { who });
      return item.old === undefined || item.old === null
        ? t('application.added', { who, title: String(value.title ?? '') })
        : t('application.changed', { who, title: String(value.title ?? '') });
    case 'file': {
      const name = String(value.name ?? asRecord(item.old).name ?? item.field.hash.slice(0, 8));
      return item.new === null ? t('file.removed', { who, name }) : t('file.added', { who, name });
    }
    case 'submission':
      return t('submitted', { who });
    case 'annotation': {
      const page = Number(value.page ?? 0) + 1;
      if (item.new === null || value.deleted === true)
        return t('annotation.removed', { who, page });
      return item.old === undefined || item.old === null
        ? t('annotation.added', { who, page })
        : t('annotation.changed', { who, page });
    }
    case 'thread':
      return t('thread', { who, title: cut(String(value.title ?? ''), 40) });
    case 'message':
      return value.deleted === true ? t('messageRemoved', { who }) : t('message', { who });
    case 'decision':
      return t('decision', {
        who,
        decision: t(`decisions.${String(value.decision ?? 'pending')}`, {
          defaultValue: String(value.decision ?? ''),
        }),
      });
    case 'panelFact': {
      const id = item.field.fact;
      const def = c.pack.facts.find((f) => f.id === id);
      const fact = def ? pickText(def.label, c.language) : id;
      return t('panelFact', { who, fact, reason: cut(String(value.reason ?? ''), 80) });
    }
    case 'return':
      return t('returned', {
        who,
        reviewer: c.names.get(item.field.reviewer) ?? item.field.reviewer,
        reason: cut(String(value.reason ?? ''), 80),
      });
  }
}

/** A readable version that holds what the version before it held is not a change. */
function changesNothing(item: HistoryItem): boolean {
  return item.readable && item.old !== undefined && canonical(item.old) === canonical(item.new);
}

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function historySentences(items: readonly HistoryItem[], c: HistoryContext): HistoryDay[] {
  const now = c.now ?? new Date();
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  const dateWords = new Intl.DateTimeFormat(c.language, { dateStyle: 'medium' });
  const days = new Map<string, HistoryDay>();
  // Newest first; versions written in the same millisecond keep their order, reversed.
  const sorted = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !changesNothing(item))
    .sort((a, b) => b.item.at - a.item.at || b.index - a.index)
    .map(({ item }) => item);
  for (const item of sorted) {
    const day = new Date(item.at);
    const key = dayKey(day);
    let group = days.get(key);
    if (!group) {
      const label =
        key === dayKey(now)
          ? c.t('today')
          : key === dayKey(yesterday)
            ? c.t('yesterday')
            : dateWords.format(day);
      group = { label, entries: [] };
      days.set(key, group);
    }
    group.entries.push({
      key: `${item.key}@${item.at}@${item.by}`,
      text: sentence(c, item),
      at: item.at,
      by: item.by,
      overwritten: item.overwritten,
    });
  }
  return [...days.values()];
}
