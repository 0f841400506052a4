/**
 * The viewer's remembered page, zoom and rotations for a file (local settings, lib/annotations/
 * view-state, through the store its host hands the viewer): read once when the file opens, saved
 * a moment after the reader stops changing it. Without a store the viewer starts at the top and
 * remembers nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_VIEW_STATE, type ViewState } from '@/lib/annotations/view-state';
import type { FileHash } from '@/lib/ids';
import type { ViewStateStore } from '@/lib/workspace/stores';

const SAVE_DELAY_MS = 400;

export function useViewState(hash: FileHash, store?: ViewStateStore) {
  const [initial, setInitial] = useState<ViewState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<ViewState | null>(null);

  useEffect(() => {
    let cancelled = false;
    setInitial(null);
    (store ? store.load(hash) : Promise.resolve(null))
      .catch(() => null)
      .then((s) => !cancelled && setInitial(s ?? DEFAULT_VIEW_STATE));
    return () => {
      cancelled = true;
    };
  }, [store, hash]);

  // Flush what is pending when the file changes or the viewer closes.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current) void store?.save(hash, pending.current).catch(() => {});
      pending.current = null;
    },
    [store, hash],
  );

  const save = (state: ViewState) => {
    pending.current = state;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = null;
      void store?.save(hash, state).catch(() => {});
    }, SAVE_DELAY_MS);
  };

  return { initial, save };
}
