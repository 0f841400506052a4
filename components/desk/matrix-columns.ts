/**
 * The matrix's columns: fixed ones (rank, title, statistics, flags, eligibility, decision) and one
 * per reviewer, with their widths. Every row uses the same CSS grid template, so header, rows
 * and criterion rows line up however far the grid scrolls.
 */
import type { SortKey, StatColumn } from '@/lib/reconcile';

export const HEADER_HEIGHT = 38;
export const ROW_HEIGHT = 40;
export const CRITERION_ROW_HEIGHT = 28;

export const STAT_KEYS: readonly StatColumn[] = [
  'n',
  'mean',
  'median',
  'trimmedMean',
  'sd',
  'range',
  'normalizedMean',
];

/**
 * Headers wrap onto two lines: these fit a Chinese header of up to five characters on one line
 * (去高低平均 and 标准化平均 were cut by a pixel at 4.25rem).
 */
const STAT_WIDTHS: Record<StatColumn, string> = {
  n: '3.25rem',
  mean: '3.75rem',
  median: '4rem',
  trimmedMean: '4.5rem',
  sd: '4rem',
  range: '3.5rem',
  normalizedMean: '4.5rem',
};

export interface FixedColumn {
  key: 'expand' | 'rank' | 'title' | StatColumn | 'flags' | 'eligible' | 'decision';
  width: string;
  sort?: SortKey;
}

export const FIXED_COLUMNS: readonly FixedColumn[] = [
  { key: 'expand', width: '2rem' },
  { key: 'rank', width: '3.5rem', sort: 'rank' },
  { key: 'title', width: '14rem', sort: 'title' },
  ...STAT_KEYS.map((key) => ({ key, width: STAT_WIDTHS[key], sort: key })),
  { key: 'flags', width: '11.5rem', sort: 'flags' },
  { key: 'eligible', width: '3.5rem', sort: 'eligible' },
  { key: 'decision', width: '4.75rem', sort: 'decision' },
];

export const REVIEWER_WIDTH = '5.25rem';

export function gridTemplate(reviewers: number): string {
  return [
    ...FIXED_COLUMNS.map((c) => c.width),
    ...Array.from({ length: reviewers }, () => REVIEWER_WIDTH),
  ].join(' ');
}
