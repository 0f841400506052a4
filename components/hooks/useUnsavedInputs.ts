/**
 * Inputs holding text that is not written yet (a score typed but not committed with Enter, Tab
 * or by leaving the box). The save indicator must not say "saved" while one exists: the crash
 * suite found it did, and a tab killed then lost the typed score it had just called saved.
 */
import { useEffect, useId, useSyncExternalStore } from 'react';

const unsaved = new Set<string>();
const listeners = new Set<() => void>();

function changed() {
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Register this input as unsaved while `dirty` is true (and forget it when it unmounts). */
export function useUnsavedInput(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    unsaved.add(id);
    changed();
    return () => {
      unsaved.delete(id);
      changed();
    };
  }, [id, dirty]);
}

/** How many inputs on this page hold unsaved text. */
export function useUnsavedCount(): number {
  return useSyncExternalStore(subscribe, () => unsaved.size);
}
