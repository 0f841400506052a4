/**
 * Applications × reviewers: one row per application (rank, statistics, flags, the panel's
 * eligibility, the decision) and one cell per reviewer (weighted total, verdict, status), each row
 * expanding to its criteria. A table laid out with one CSS grid template per row; rows are
 * virtualised (@tanstack/react-virtual): only the applications in view are in the DOM, each its
 * own `<tbody>`, so 500 applications × 30 reviewers scroll smoothly. Headers sort.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationResult, DeskSort, SortKey, StatColumn } from '@/lib/reconcile';
import { useDesk } from './DeskContext';
import { MatrixRow } from './MatrixRow';
import {
  CRITERION_ROW_HEIGHT,
  FIXED_COLUMNS,
  gridTemplate,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  STAT_KEYS,
} from './matrix-columns';

function SortHeader({
  sortKey,
  label,
  sort,
  onSort,
  className,
}: {
  sortKey: SortKey;
  label: string;
  sort: DeskSort;
  onSort: (key: SortKey) => void;
  className?: string;
}) {
  const { t } = useTranslation('desk');
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={`desk-th ${className ?? ''}`}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      data-sort={sortKey}
    >
      <button
        type="button"
        className="desk-sort"
        title={t('columns.sortBy', { column: label })}
        onClick={() => onSort(sortKey)}
      >
        {label}
        {active && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
      </button>
    </th>
  );
}

export function Matrix({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
}: {
  rows: readonly ApplicationResult[];
  sort: DeskSort;
  onSort: (key: SortKey) => void;
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('desk');
  const { model, criteria } = useDesk();
  const reviewers = model.reviewers;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const scroller = useRef<HTMLDivElement>(null);
  const expandedHeight = ROW_HEIGHT + criteria.length * CRITERION_ROW_HEIGHT;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (expanded.has(rows[i]!.id) ? expandedHeight : ROW_HEIGHT),
    getItemKey: (i) => rows[i]!.id,
    paddingStart: HEADER_HEIGHT,
    overscan: 8,
  });
  // Heights change with expansion and with the rows shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when these change
  useEffect(() => virtualizer.measure(), [expanded, rows, expandedHeight]);
  const template = useMemo(() => gridTemplate(reviewers.length), [reviewers.length]);
  // Stable, so rows that stay in view are not rendered again while scrolling (MatrixRow is memo).
  const toggle = useCallback(
    (id: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  return (
    <div className="desk-matrix" ref={scroller} data-testid="desk-matrix">
      <table
        className="desk-grid"
        aria-rowcount={rows.length + 1}
        aria-colcount={FIXED_COLUMNS.length + reviewers.length}
        style={{ ['--desk-columns' as string]: template, height: virtualizer.getTotalSize() }}
      >
        <thead className="desk-head">
          <tr className="desk-row">
            <td className="desk-th desk-sticky desk-sticky-0" />
            {FIXED_COLUMNS.slice(1).map((c) => (
              <SortHeader
                key={c.key}
                sortKey={c.sort!}
                label={t(`columns.${c.key}`)}
                sort={sort}
                onSort={onSort}
                className={
                  c.key === 'rank'
                    ? 'desk-sticky desk-sticky-1'
                    : c.key === 'title'
                      ? 'desk-sticky desk-sticky-2'
                      : // Flags, eligibility and decision are text: their header sits where the
                        // cells start, not across a wide column at its right edge.
                        STAT_KEYS.includes(c.key as StatColumn)
                        ? 'desk-num'
                        : undefined
                }
              />
            ))}
            {reviewers.map((r) => (
              <SortHeader
                key={r.id}
                sortKey={`reviewer:${r.id}`}
                label={r.name}
                sort={sort}
                onSort={onSort}
                className="desk-num desk-reviewer-head"
              />
            ))}
          </tr>
        </thead>
        {virtualizer.getVirtualItems().map((item) => {
          const app = rows[item.index]!;
          return (
            <MatrixRow
              key={item.key}
              app={app}
              index={item.index}
              top={item.start}
              expanded={expanded.has(app.id)}
              selected={selected === app.id}
              onToggle={toggle}
              onSelect={onSelect}
            />
          );
        })}
      </table>
    </div>
  );
}
