/**
 * Two pages of one device with the same panel open (an app tab and the extension's side panel):
 * two Workspaces over the same local databases in one process, linked by page-peers. What one
 * writes shows in the other at once, and both pages' writes survive a compaction of the shared
 * log by either page.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApplicationId, CriterionId } from '../../lib/ids';
import { builtinPack } from '../../lib/rubric';
import { ReviewDeskDb } from '../../lib/store/db';
import { linkPages, pageChannelName } from '../../lib/workspace/page-peers';
import { Workspace } from '../../lib/workspace/workspace';

const made: Workspace[] = [];
afterEach(async () => {
  for (const ws of made.splice(0)) await ws.closeAll();
});

/** A device: its two databases. A page: a Workspace over them. */
function device() {
  const suffix = Math.random().toString(36).slice(2);
  return { db: `pages-${suffix}`, docs: `pages-docs-${suffix}` };
}

function page(on: { db: string; docs: string }, linked = true): Workspace {
  const ws = new Workspace(new ReviewDeskDb(on.db), { databaseName: on.docs, linkPages: linked });
  made.push(ws);
  return ws;
}

async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const CRITERION = 'composition' as CriterionId;

async function panelOnTwoPages(linked = true) {
  const on = device();
  const appPage = page(on, linked);
  const { panel, persistence } = await appPage.createPanel({
    name: '两页评审组',
    pack: builtinPack('yueyang-2023-alliance'),
    chair: { name: '王组长' },
  });
  const app = panel.addApplication({ title: '某联盟', applicantUnit: '', recommendingBody: '' });
  await persistence.saved();
  const sidePage = page(on, linked);
  const side = await sidePage.openPanel(panel.id);
  return { on, appPage, sidePage, app, panel, side };
}

describe('page peers', () => {
  it('a score typed on one page shows on the other without a reload, both ways', async () => {
    const { app, panel, side } = await panelOnTwoPages();
    side.panel.setScore(app, CRITERION, 12);
    await eventually(() => panel.myReview(app).values.scores[CRITERION] === 12);
    panel.setComment(app, CRITERION, '团队结构合理');
    await eventually(() => side.panel.myReview(app).values.comments[CRITERION] === '团队结构合理');
  });

  it('a page that opens later gets what the open pages hold but have not stored yet', async () => {
    const { on, app, panel } = await panelOnTwoPages();
    panel.setScore(app, CRITERION, 9);
    // Opened in the same turn: the score is in the app page's memory, not yet on disk.
    const late = await page(on).openPanel(panel.id);
    await eventually(() => late.panel.myReview(app).values.scores[CRITERION] === 9);
  });

  it('writes of both pages survive when one page compacts the shared log', async () => {
    const { on, app, panel, side, appPage, sidePage } = await panelOnTwoPages();
    side.panel.setScore(app, CRITERION, 14);
    await side.persistence.saved();
    // More than 200 batches from the app page: its persistence compacts the log into its state.
    for (let i = 0; i < 205; i++) {
      panel.setOpinion(app, `意见 ${i}`);
      await (await appPage.openPanel(panel.id)).persistence.saved();
    }
    await appPage.closeAll();
    await sidePage.closeAll();
    const reopened = await page(on).openPanel(panel.id);
    const review = reopened.panel.myReview(app);
    expect(review.values.scores[CRITERION]).toBe(14);
    expect(review.values.opinion).toBe('意见 204');
  });

  it('ignores malformed messages and changes nothing', async () => {
    const { on, app, panel } = await panelOnTwoPages();
    const before = panel.canonicalState();
    const peers = linkPages(panel, `${pageChannelName(on.docs, panel.id)}-probe`);
    const intruder = new BroadcastChannel(`${pageChannelName(on.docs, panel.id)}-probe`);
    intruder.postMessage({ t: 'update', from: 'x', update: 'not bytes' });
    intruder.postMessage({
      t: 'update',
      from: '0123456789abcdef',
      update: new Uint8Array([9, 9, 9]),
    });
    intruder.postMessage('hello');
    await eventually(() => peers.rejected() === 3);
    intruder.close();
    peers.close();
    expect(panel.canonicalState()).toEqual(before);
    expect(panel.application(app as ApplicationId)?.title).toBe('某联盟');
  });

  it('unlinked pages (what the app did before) do not see each other until a reload', async () => {
    const { app, panel, side } = await panelOnTwoPages(false);
    side.panel.setScore(app, CRITERION, 7);
    await side.persistence.saved();
    await new Promise((r) => setTimeout(r, 100));
    expect(panel.myReview(app).values.scores[CRITERION]).toBeUndefined();
  });
});
