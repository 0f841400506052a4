/**
 * Read from a Panel as React state. The panel bumps `version()` on every change (local, remote,
 * import); components re-read only then. Writes go through the Panel's own methods.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Panel } from '@/lib/panel/panel';

export function usePanelVersion(panel: Panel): number {
  const subscribe = useCallback(
    (onChange: () => void) => panel.subscribe(() => onChange()),
    [panel],
  );
  return useSyncExternalStore(subscribe, () => panel.version());
}

/** `read(panel)` recomputed when the panel changes; `deps` for other inputs of `read`. */
export function usePanelValue<T>(panel: Panel, read: (panel: Panel) => T, deps: unknown[] = []): T {
  const version = usePanelVersion(panel);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal
  return useMemo(() => read(panel), [panel, version, ...deps]);
}
