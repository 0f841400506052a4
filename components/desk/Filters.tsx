/** Filters over the matrix (title, flag, decision, eligibility, reviews, withdrawn) and sorting by a criterion. */
import { useTranslation } from 'react-i18next';
import type { DeskFilter, DeskSort, FlagKind } from '@/lib/reconcile';
import { decisionVerdicts } from '@/lib/reconcile';
import { useDesk } from './DeskContext';

const FLAG_KINDS: readonly FlagKind[] = [
  'divergent',
  'criterionDivergent',
  'eligibilityDiffers',
  'factDisputed',
  'reviewMissing',
  'conflictOfInterest',
  'overQuota',
  'duplicatePerson',
];

export function Filters({
  filter,
  onFilter,
  sort,
  onSort,
  shown,
}: {
  filter: DeskFilter;
  onFilter: (f: DeskFilter) => void;
  sort: DeskSort;
  onSort: (s: DeskSort) => void;
  shown: number;
}) {
  const { t } = useTranslation('desk');
  const { pack, criteria, text, model } = useDesk();
  const set = (patch: Partial<DeskFilter>) => onFilter({ ...filter, ...patch });
  const criterionSort = sort.key.startsWith('criterion:') ? sort.key : '';
  return (
    <fieldset className="desk-filters desk-no-print" data-testid="desk-filters">
      <legend className="visually-hidden">{t('filters.label')}</legend>
      <input
        type="search"
        value={filter.text ?? ''}
        placeholder={t('filters.text')}
        aria-label={t('filters.text')}
        onChange={(e) => set({ text: e.target.value })}
      />
      <label>
        <span>{t('filters.flag')}</span>
        <select
          value={filter.flag ?? 'all'}
          data-testid="filter-flag"
          onChange={(e) => set({ flag: e.target.value as DeskFilter['flag'] })}
        >
          <option value="all">{t('filters.flagAll')}</option>
          <option value="any">{t('filters.flagAny')}</option>
          <option value="none">{t('filters.flagNone')}</option>
          {FLAG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`flagKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.decision')}</span>
        <select
          value={filter.decision ?? 'all'}
          onChange={(e) => set({ decision: e.target.value })}
        >
          <option value="all">{t('filters.decisionAll')}</option>
          <option value="none">{t('filters.decisionNone')}</option>
          <option value="decided">{t('filters.decisionDecided')}</option>
          {decisionVerdicts(pack).map((v) => (
            <option key={v.id} value={v.id}>
              {text(v.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.eligible')}</span>
        <select
          value={filter.eligible ?? 'all'}
          onChange={(e) => set({ eligible: e.target.value as DeskFilter['eligible'] })}
        >
          {(['all', 'yes', 'no', 'unknown'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`filters.eligible${v[0]!.toUpperCase()}${v.slice(1)}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.reviews')}</span>
        <select
          value={filter.reviews ?? 'all'}
          onChange={(e) => set({ reviews: e.target.value as DeskFilter['reviews'] })}
        >
          {(['all', 'complete', 'missing', 'returned'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`filters.reviews${v[0]!.toUpperCase()}${v.slice(1)}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.withdrawn')}</span>
        <select
          value={filter.withdrawn ?? 'hide'}
          onChange={(e) => set({ withdrawn: e.target.value as DeskFilter['withdrawn'] })}
        >
          {(['hide', 'show', 'only'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`filters.withdrawn${v[0]!.toUpperCase()}${v.slice(1)}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.sortCriterion')}</span>
        <select
          value={criterionSort}
          onChange={(e) =>
            onSort(
              e.target.value
                ? { key: e.target.value as DeskSort['key'], descending: true }
                : { key: 'rank', descending: false },
            )
          }
        >
          <option value="">{t('filters.sortCriterionNone')}</option>
          {criteria.map((c) => (
            <option key={c.id} value={`criterion:${c.id}`}>
              {text(c.title)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted" data-testid="desk-shown">
        {t('filters.shown', { shown, total: model.result.applications.length })}
      </span>
    </fieldset>
  );
}
