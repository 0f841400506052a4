/**
 * The rows of the chair's desk: a reconcile result's applications filtered and sorted by any of
 * their figures (rank, statistics, flags, decision, eligibility, a reviewer's total or a
 * criterion's mean). Pure, so 500 rows sort in the same way in a test as on screen. A figure that
 * does not apply (null) sorts last in either direction; equal rows keep the ranking's order.
 */
import type { ApplicationResult } from './application';
import type { FlagKind } from './flags';
import type { ReconcileResult } from './reconcile';

export const STAT_COLUMNS = [
  'n',
  'mean',
  'median',
  'trimmedMean',
  'sd',
  'range',
  'normalizedMean',
] as const;
export type StatColumn = (typeof STAT_COLUMNS)[number];

export type SortKey =
  | 'rank'
  | 'title'
  | StatColumn
  | 'flags'
  | 'decision'
  | 'eligible'
  | `reviewer:${string}`
  | `criterion:${string}`;

export interface DeskSort {
  key: SortKey;
  descending: boolean;
}

export interface DeskFilter {
  /** Part of the title, case-insensitive. */
  text?: string;
  /** `any`: at least one flag; `none`: no flag; or one kind. */
  flag?: 'all' | 'any' | 'none' | FlagKind;
  /** `none`: not decided yet; `decided`: any decision; or one verdict id. */
  decision?: 'all' | 'none' | 'decided' | string;
  /** Panel eligibility (P1). */
  eligible?: 'all' | 'yes' | 'no' | 'unknown';
  /** Reviews: every expected review submitted, one missing, or one returned. */
  reviews?: 'all' | 'complete' | 'missing' | 'returned';
  /** Withdrawn applications are hidden unless asked for. */
  withdrawn?: 'hide' | 'show' | 'only';
}

type Value = number | string | null;

export function sortValue(app: ApplicationResult, key: SortKey): Value {
  switch (key) {
    case 'rank':
      return app.rank;
    case 'title':
      return app.title;
    case 'n':
      return app.stats.n;
    case 'normalizedMean':
      return app.normalizedMean;
    case 'mean':
    case 'median':
    case 'trimmedMean':
    case 'sd':
    case 'range':
      return app.stats[key];
    case 'flags':
      return app.flags.length;
    case 'decision':
      return app.decision?.decision ?? null;
    case 'eligible':
      return app.eligibility.eligible === null ? null : app.eligibility.eligible ? 1 : 0;
  }
  if (key.startsWith('reviewer:')) {
    const id = key.slice('reviewer:'.length);
    return app.reviews.find((r) => r.reviewer === id)?.total ?? null;
  }
  if (key.startsWith('criterion:'))
    return app.criteria[key.slice('criterion:'.length)]?.mean ?? null;
  return null;
}

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

function matches(app: ApplicationResult, filter: DeskFilter): boolean {
  const withdrawn = filter.withdrawn ?? 'hide';
  if (withdrawn === 'hide' && app.withdrawn) return false;
  if (withdrawn === 'only' && !app.withdrawn) return false;
  const text = filter.text?.trim().toLowerCase();
  if (text && !app.title.toLowerCase().includes(text)) return false;
  const flag = filter.flag ?? 'all';
  if (flag === 'any' && app.flags.length === 0) return false;
  if (flag === 'none' && app.flags.length > 0) return false;
  if (
    flag !== 'all' &&
    flag !== 'any' &&
    flag !== 'none' &&
    !app.flags.some((f) => f.kind === flag)
  )
    return false;
  const decision = filter.decision ?? 'all';
  if (decision === 'none' && app.decision) return false;
  if (decision === 'decided' && !app.decision) return false;
  if (!['all', 'none', 'decided'].includes(decision) && app.decision?.decision !== decision)
    return false;
  const eligible = filter.eligible ?? 'all';
  const e = app.eligibility.eligible;
  if (eligible === 'yes' && e !== true) return false;
  if (eligible === 'no' && e !== false) return false;
  if (eligible === 'unknown' && e !== null) return false;
  const reviews = filter.reviews ?? 'all';
  const missing = app.flags.some((f) => f.kind === 'reviewMissing');
  if (reviews === 'complete' && missing) return false;
  if (reviews === 'missing' && !missing) return false;
  if (reviews === 'returned' && !app.reviews.some((r) => r.returned)) return false;
  return true;
}

/** The applications to show, filtered, then sorted (nulls last, ties in ranking order). */
export function deskRows(
  result: ReconcileResult,
  sort: DeskSort = { key: 'rank', descending: false },
  filter: DeskFilter = {},
): ApplicationResult[] {
  const byId = new Map(result.applications.map((a) => [a.id, a]));
  const ordered = result.ranking.map((id) => byId.get(id)!).filter((a) => matches(a, filter));
  const position = new Map(ordered.map((a, i) => [a.id, i]));
  const values = new Map(ordered.map((a) => [a.id, sortValue(a, sort.key)]));
  return ordered.sort((a, b) => {
    const x = values.get(a.id) ?? null;
    const y = values.get(b.id) ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = compareValues(x, y);
      if (c !== 0) return sort.descending ? -c : c;
    }
    return position.get(a.id)! - position.get(b.id)!;
  });
}
