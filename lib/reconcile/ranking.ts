/**
 * Ranking by the statistic the chair chooses (SPEC R3) with the stated tie rule (SPEC R4):
 * the other statistics in a fixed order, then a shared rank (1, 2, 2, 4) in the panel's order.
 * Applications without the chosen figure, and withdrawn ones, are not ranked.
 */
import { RANK_STATISTICS, type RankStatistic } from './input';

export type RankFigures = Record<RankStatistic, number | null>;

export interface Rankable {
  id: string;
  withdrawn: boolean;
  figures: RankFigures;
}

export interface Ranking {
  /** Ranked ids, best first, then the unranked ones in the panel's order. */
  order: string[];
  rank: Map<string, number | null>;
}

const EPSILON = 1e-9;

/** Negative when `a` ranks before `b`; 0 when they tie on every statistic. */
function compare(a: RankFigures, b: RankFigures, keys: readonly RankStatistic[]): number {
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (Math.abs(x - y) > EPSILON) return y - x;
  }
  return 0;
}

export function rankApplications(items: readonly Rankable[], by: RankStatistic): Ranking {
  const keys = [by, ...RANK_STATISTICS.filter((k) => k !== by)];
  const indexed = items.map((item, index) => ({ item, index }));
  const ranked = indexed.filter(({ item }) => !item.withdrawn && item.figures[by] !== null);
  // Stable: the panel's order breaks what the statistics leave equal.
  ranked.sort((a, b) => compare(a.item.figures, b.item.figures, keys) || a.index - b.index);
  const rank = new Map<string, number | null>();
  ranked.forEach(({ item }, i) => {
    const previous = ranked[i - 1];
    const tied = previous && compare(previous.item.figures, item.figures, keys) === 0;
    rank.set(item.id, tied ? rank.get(previous.item.id)! : i + 1);
  });
  const unranked = indexed.filter(({ item }) => !rank.has(item.id));
  for (const { item } of unranked) rank.set(item.id, null);
  return { order: [...ranked, ...unranked].map(({ item }) => item.id), rank };
}
