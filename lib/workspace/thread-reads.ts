/**
 * Which discussion messages this device has seen, per panel: local view state (like the viewer's
 * page and zoom), kept in the device's Dexie `settings` table under `threads-read:<panel>`, never
 * in the panel document, so reading a thread changes nothing for the other members. A thread's
 * unread messages are those by other members after the last one seen here. Validated on read: a
 * bad value counts as nothing seen.
 */
import { liveQuery } from 'dexie';
import { z } from 'zod';
import type { MemberId, PanelId } from '../ids';
import type { ThreadView } from '../panel/panel';
import type { ReviewDeskDb } from '../store/db';

/** Thread id → the time of the latest message seen (ms). */
export type ThreadReads = Readonly<Record<string, number>>;

const ThreadReadsSchema = z.record(z.string(), z.number().finite());

export const threadReadsKey = (panel: PanelId | string) => `threads-read:${panel}`;

export async function loadThreadReads(db: ReviewDeskDb, panel: PanelId): Promise<ThreadReads> {
  const row = await db.settings.get(threadReadsKey(panel));
  const parsed = ThreadReadsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/** Calls back with the reads now and after every change (other tabs included); returns a stop. */
export function watchThreadReads(
  db: ReviewDeskDb,
  panel: PanelId,
  onValue: (reads: ThreadReads) => void,
  onError?: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => loadThreadReads(db, panel)).subscribe({
    next: onValue,
    error: (error) => onError?.(error),
  });
  return () => subscription.unsubscribe();
}

/** The thread has been read up to its latest message; never moves the mark back. */
export async function markThreadRead(
  db: ReviewDeskDb,
  panel: PanelId,
  thread: ThreadView,
): Promise<void> {
  const latest = thread.messages.reduce((t, m) => Math.max(t, m.at), 0);
  if (latest === 0) return;
  await db.transaction('rw', db.settings, async () => {
    const reads = await loadThreadReads(db, panel);
    if ((reads[thread.id] ?? 0) >= latest) return;
    await db.settings.put({ key: threadReadsKey(panel), value: { ...reads, [thread.id]: latest } });
  });
}

/** Messages by others after the last one this device has seen. */
export function unreadCount(thread: ThreadView, reads: ThreadReads, me: MemberId): number {
  const seen = reads[thread.id] ?? 0;
  let n = 0;
  for (const m of thread.messages) if (m.at > seen && m.author !== me) n++;
  return n;
}
