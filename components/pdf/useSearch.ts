/**
 * Search in the document: every page's text is read in the background on first use; hits are
 * found in folded text (全角/半角, radicals, case and spacing ignored) and update as pages come in.
 */
import { useEffect, useMemo, useState } from 'react';
import { PageTextIndex, type TextHit } from '@/lib/annotations/text-search';
import type { PdfTextSource } from './text-source';

export interface SearchState {
  query: string;
  hits: TextHit[];
  current: number;
  /** Pages searched so far, out of all. */
  progress: { done: number; total: number };
}

const MAX_HITS = 5000;

export function useSearch(source: PdfTextSource | null) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [tick, setTick] = useState(0);
  const index = useMemo(
    () => (source ? new PageTextIndex((p) => source.texts[p]) : null),
    [source],
  );

  useEffect(() => {
    if (!source || !query) return;
    const unsubscribe = source.subscribe(() => setTick((n) => n + 1));
    void source.indexAll();
    return unsubscribe;
  }, [source, query]);

  const hits = useMemo(() => {
    void tick;
    if (!source || !index || !query.trim()) return [];
    return index.search(query, source.texts.keys(), MAX_HITS);
  }, [source, index, query, tick]);

  const state: SearchState = {
    query,
    hits,
    current: hits.length ? Math.min(current, hits.length - 1) : 0,
    progress: source?.progress ?? { done: 0, total: 0 },
  };
  const step = (delta: number) => {
    if (!hits.length) return;
    setCurrent((c) => (c + delta + hits.length) % hits.length);
  };
  const search = (q: string) => {
    setQuery(q);
    setCurrent(0);
  };
  return { state, setQuery: search, next: () => step(1), previous: () => step(-1) };
}
