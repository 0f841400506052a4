/** The in-memory annotation store behind useAnnotations, and the viewer's local view state. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createMemoryAnnotationStore } from '../../lib/annotations/store';
import { loadViewState, saveViewState, viewStateKey } from '../../lib/annotations/view-state';
import { ReviewDeskDb } from '../../lib/store/db';
import { APP_ID, FILE_HASH } from './support';

const draft = {
  kind: 'highlight' as const,
  page: 0,
  rects: [[1, 2, 3, 4] as [number, number, number, number]],
  quote: { exact: '成员单位', prefix: '', suffix: '' },
  position: { start: 0, end: 4 },
  color: '#ffd54f',
  tags: [],
  comment: '',
};

describe('createMemoryAnnotationStore', () => {
  it('creates, updates, tombstones and notifies', () => {
    const store = createMemoryAnnotationStore('王老师');
    let calls = 0;
    const off = store.subscribe(() => calls++);
    const a = store.create({ applicationId: APP_ID, fileHash: FILE_HASH }, draft);
    expect(a.author).toBe('王老师');
    const list = store.list(APP_ID);
    expect(list).toHaveLength(1);
    // Snapshots stay the same object until something changes (React's external store needs it).
    expect(store.list(APP_ID)).toBe(list);
    store.update(a.id, { comment: '需核对', tags: ['资格'] });
    expect(store.list(APP_ID)[0]).toMatchObject({ comment: '需核对', tags: ['资格'] });
    expect(store.list(APP_ID)[0]!.updatedAt).toBeGreaterThan(a.updatedAt);
    store.remove(a.id);
    expect(store.list(APP_ID)).toEqual([]);
    store.update(a.id, { comment: 'after delete' });
    expect(calls).toBe(3);
    off();
    store.create({ applicationId: APP_ID, fileHash: FILE_HASH }, draft);
    expect(calls).toBe(3);
  });

  it('links and unlinks evidence once per target', () => {
    const store = createMemoryAnnotationStore('');
    const a = store.create({ applicationId: APP_ID, fileHash: FILE_HASH }, draft);
    store.link(a.id, { kind: 'fact', id: 'memberUnitCount', label: '成员单位数' });
    store.link(a.id, { kind: 'fact', id: 'memberUnitCount' });
    store.link('nope', { kind: 'fact', id: 'x' });
    expect(store.evidence(APP_ID)).toEqual([
      { annotationId: a.id, kind: 'fact', id: 'memberUnitCount', label: '成员单位数' },
    ]);
    store.unlink(a.id, { kind: 'fact', id: 'memberUnitCount' });
    expect(store.evidence(APP_ID)).toEqual([]);
  });
});

describe('view state', () => {
  it('round-trips page, zoom and rotations under viewer:<hash>, and ignores bad values', async () => {
    const db = new ReviewDeskDb(`view-state-${Math.random()}`);
    expect(await loadViewState(db, FILE_HASH)).toBeNull();
    await saveViewState(db, FILE_HASH, { page: 11, zoom: 1.5, rotations: { '3': 90 } });
    expect(await loadViewState(db, FILE_HASH)).toEqual({
      page: 11,
      zoom: 1.5,
      rotations: { '3': 90 },
    });
    await db.settings.put({ key: viewStateKey(FILE_HASH), value: { page: -1, zoom: 'huge' } });
    expect(await loadViewState(db, FILE_HASH)).toBeNull();
    db.close();
  });
});
