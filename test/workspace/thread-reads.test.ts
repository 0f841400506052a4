/** Unread discussion messages: local to the device, per panel, never moved back, never in the CRDT. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ApplicationId, MemberId, PanelId } from '../../lib/ids';
import type { ThreadView } from '../../lib/panel/panel';
import type { MessageId } from '../../lib/panel/records/message';
import type { ThreadId } from '../../lib/panel/records/thread';
import { ReviewDeskDb } from '../../lib/store/db';
import {
  loadThreadReads,
  markThreadRead,
  threadReadsKey,
  unreadCount,
  watchThreadReads,
} from '../../lib/workspace/thread-reads';

const ME = 'me' as MemberId;
const OTHER = 'other' as MemberId;
const PANEL = 'p1' as PanelId;

function thread(id: string, messages: [MemberId, number][]): ThreadView {
  return {
    id: id as ThreadId,
    applicationId: 'a1' as ApplicationId,
    title: '讨论',
    subject: null,
    createdBy: OTHER,
    createdAt: 1,
    messages: messages.map(([author, at], i) => ({
      id: `g${i}` as MessageId,
      threadId: id as ThreadId,
      author,
      text: '意见',
      at,
      deleted: false,
    })),
  };
}

describe('thread reads', () => {
  it('counts others’ messages after the last one seen; marking read clears them', async () => {
    const db = new ReviewDeskDb(`reads-${Math.random()}`);
    const t = thread('t1', [
      [OTHER, 10],
      [ME, 20],
      [OTHER, 30],
    ]);
    expect(unreadCount(t, await loadThreadReads(db, PANEL), ME)).toBe(2);
    await markThreadRead(db, PANEL, t);
    expect(await loadThreadReads(db, PANEL)).toEqual({ t1: 30 });
    expect(unreadCount(t, await loadThreadReads(db, PANEL), ME)).toBe(0);
    // A newer message arrives: one unread; an older mark never replaces a newer one.
    const later = thread('t1', [
      ...t.messages.map((m) => [m.author, m.at] as [MemberId, number]),
      [OTHER, 40],
    ]);
    expect(unreadCount(later, await loadThreadReads(db, PANEL), ME)).toBe(1);
    await markThreadRead(db, PANEL, thread('t1', [[OTHER, 5]]));
    expect(await loadThreadReads(db, PANEL)).toEqual({ t1: 30 });
    // Another panel's reads are its own.
    expect(await loadThreadReads(db, 'p2' as PanelId)).toEqual({});
  });

  it('a damaged stored value counts as nothing read', async () => {
    const db = new ReviewDeskDb(`reads-${Math.random()}`);
    await db.settings.put({ key: threadReadsKey(PANEL), value: { t1: 'soon' } });
    expect(await loadThreadReads(db, PANEL)).toEqual({});
  });

  it('watchers hear of a change', async () => {
    const db = new ReviewDeskDb(`reads-${Math.random()}`);
    const seen: unknown[] = [];
    const stop = watchThreadReads(db, PANEL, (reads) => seen.push(reads));
    await expect.poll(() => seen.length).toBe(1);
    await markThreadRead(db, PANEL, thread('t9', [[OTHER, 7]]));
    await expect.poll(() => seen.at(-1)).toEqual({ t9: 7 });
    stop();
  });
});
