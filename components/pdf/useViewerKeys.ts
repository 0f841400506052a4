/** Keyboard navigation for the viewer (documented in the toolbar's help, Toolbar KEYS). */
import { type KeyboardEvent, useCallback, useRef } from 'react';

export interface KeyActions {
  nextPage(): void;
  previousPage(): void;
  firstPage(): void;
  lastPage(): void;
  scrollBy(dy: number): void;
  openSearch(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitWidth(): void;
  rotate(): void;
  highlight(): void;
  escape(): void;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(
    el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)),
  );
}

/** A stable key handler that always runs the latest actions. */
export function useViewerKeys(latest: KeyActions) {
  const ref = useRef(latest);
  ref.current = latest;
  return useCallback((e: KeyboardEvent) => {
    const actions = ref.current;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      actions.openSearch();
      return;
    }
    if (isEditable(e.target) || e.altKey || mod) return;
    const run = (action: () => void) => {
      e.preventDefault();
      action();
    };
    switch (e.key) {
      case 'PageDown':
      case 'ArrowRight':
        return run(actions.nextPage);
      case 'PageUp':
      case 'ArrowLeft':
        return run(actions.previousPage);
      case 'Home':
        return run(actions.firstPage);
      case 'End':
        return run(actions.lastPage);
      case 'ArrowDown':
        return run(() => actions.scrollBy(60));
      case 'ArrowUp':
        return run(() => actions.scrollBy(-60));
      case '+':
      case '=':
        return run(actions.zoomIn);
      case '-':
      case '_':
        return run(actions.zoomOut);
      case '0':
        return run(actions.fitWidth);
      case 'r':
      case 'R':
        return run(actions.rotate);
      case 'h':
      case 'H':
        return run(actions.highlight);
      case 'Escape':
        return run(actions.escape);
    }
  }, []);
}
