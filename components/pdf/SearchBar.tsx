/** Search in the document: query, hit count, next/previous (Enter, Shift+Enter). */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchState } from './useSearch';

export const SearchBar = forwardRef<
  HTMLInputElement,
  {
    state: SearchState;
    onQuery(query: string): void;
    onNext(): void;
    onPrevious(): void;
    onClose(): void;
  }
>(function SearchBar({ state, onQuery, onNext, onPrevious, onClose }, ref) {
  const { t } = useTranslation('viewer');
  const searching = state.query && state.progress.done < state.progress.total;
  return (
    <search className="pdf-search" data-testid="pdf-search">
      <input
        ref={ref}
        type="search"
        value={state.query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) onPrevious();
            else onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="pdf-search-count" data-testid="pdf-search-count" aria-live="polite">
        {state.query
          ? t('search.count', {
              current: state.hits.length ? state.current + 1 : 0,
              total: state.hits.length,
            })
          : ''}
        {searching ? ` ${t('search.progress', state.progress)}` : ''}
      </span>
      <button type="button" onClick={onPrevious} disabled={!state.hits.length}>
        {t('search.previous')}
      </button>
      <button type="button" onClick={onNext} disabled={!state.hits.length}>
        {t('search.next')}
      </button>
      <button type="button" onClick={onClose} aria-label={t('search.close')}>
        ×
      </button>
    </search>
  );
});
