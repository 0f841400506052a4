/** The active panel (lib/workspace/active-panel) as live React state, shared by every page. */
import type { PanelId } from '@/lib/ids';
import { useStores, useWatched } from '../workspace/WorkspaceContext';

/** `undefined` while loading, `null` when this device has no panel. */
export function useActivePanelId(): PanelId | null | undefined {
  const { active } = useStores();
  return useWatched(active.watch, [active]).value;
}
