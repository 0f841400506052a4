/** The active panel: the one last opened while it is still joined, else the newest real panel. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ApplicationId, PanelId } from '../../lib/ids';
import { ReviewDeskDb } from '../../lib/store/db';
import {
  activePanel,
  setActivePanel,
  setSidePanelApplication,
  sidePanelApplication,
} from '../../lib/workspace/active-panel';

const id = (s: string) => s as PanelId;

describe('active panel', () => {
  it('falls back to the newest panel that is not a demo, and follows what was opened', async () => {
    const db = new ReviewDeskDb(`active-${Math.random()}`);
    expect(await activePanel(db)).toBeNull();
    await db.panels.bulkPut([
      { id: id('demo'), name: '示例', demo: true, joinedAt: 3 },
      { id: id('old'), name: '旧', demo: false, joinedAt: 1 },
      { id: id('new'), name: '新', demo: false, joinedAt: 2 },
    ]);
    expect(await activePanel(db)).toBe('new');
    await setActivePanel(db, id('demo'));
    expect(await activePanel(db)).toBe('demo');
    // Removed meanwhile: not offered any more.
    await db.panels.delete(id('demo'));
    expect(await activePanel(db)).toBe('new');
  });

  it('remembers the side panel application per panel', async () => {
    const db = new ReviewDeskDb(`active-${Math.random()}`);
    expect(await sidePanelApplication(db, id('p'))).toBeNull();
    await setSidePanelApplication(db, id('p'), 'a1' as ApplicationId);
    expect(await sidePanelApplication(db, id('p'))).toBe('a1');
    expect(await sidePanelApplication(db, id('q'))).toBeNull();
  });
});
