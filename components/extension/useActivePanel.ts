/** The active panel (lib/workspace/active-panel) as live React state, shared by every page. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PanelId } from '@/lib/ids';
import { getDb } from '@/lib/store/db';
import { activePanel } from '@/lib/workspace/active-panel';

/** `undefined` while loading, `null` when this device has no panel. */
export function useActivePanelId(): PanelId | null | undefined {
  return useLiveQuery(() => activePanel(getDb()), []);
}
