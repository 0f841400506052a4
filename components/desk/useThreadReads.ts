/**
 * This device's unread marks for a panel's threads (local view state in the workspace's
 * database, never in the panel document), live across tabs. Reached through the workspace's
 * stores like all storage.
 */
import { useCallback } from 'react';
import type { PanelId } from '@/lib/ids';
import type { ThreadView } from '@/lib/panel/panel';
import type { ThreadReads } from '@/lib/workspace/thread-reads';
import { useStores, useWatched } from '../workspace/WorkspaceContext';

const NOTHING_READ: ThreadReads = {};

export function useThreadReads(panel: PanelId): {
  reads: ThreadReads;
  markRead: (thread: ThreadView) => void;
} {
  const { threadReads } = useStores();
  const { value } = useWatched<ThreadReads>(
    (onValue, onError) => threadReads.watch(panel, onValue, onError),
    [threadReads, panel],
  );
  // A mark that cannot be saved only leaves a thread counted as unread: nothing is lost.
  const markRead = useCallback(
    (thread: ThreadView) => void threadReads.markRead(panel, thread).catch(() => {}),
    [threadReads, panel],
  );
  return { reads: value ?? NOTHING_READ, markRead };
}
