/**
 * Narrow windows and phones (the same breakpoint as the stylesheets' `max-width: 56rem`): one
 * column, a switch between the PDF and the form.
 */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 56rem)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}
