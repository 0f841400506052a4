/**
 * This device's unread marks for a panel's threads (local view state in the workspace's
 * database, never in the panel document), live across tabs.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PanelId } from '@/lib/ids';
import type { ThreadView } from '@/lib/panel/panel';
import { markThreadRead, type ThreadReads, watchThreadReads } from '@/lib/workspace/thread-reads';
import { getWorkspace } from '../hooks/useWorkspace';

export function useThreadReads(panel: PanelId): {
  reads: ThreadReads;
  markRead: (thread: ThreadView) => void;
} {
  const [reads, setReads] = useState<ThreadReads>({});
  useEffect(() => watchThreadReads(getWorkspace().db, panel, setReads), [panel]);
  const markRead = useCallback(
    (thread: ThreadView) => void markThreadRead(getWorkspace().db, panel, thread).catch(() => {}),
    [panel],
  );
  return { reads, markRead };
}
