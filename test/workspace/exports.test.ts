/**
 * The app's export commands (lib/workspace/exports.ts, issue 10): the chair's whole export from
 * a workspace reports its progress in order and its opinions and bundle verify; a member's own opinion
 * waits for its review to be submitted, then verifies; a panel with no identity on this device is
 * a clear error.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FontAssets } from '../../lib/export/fonts';
import type { CriterionId, PanelId } from '../../lib/ids';
import { allCriteria, builtinPack } from '../../lib/rubric';
import { verifyFile } from '../../lib/sign/verify';
import { ReviewDeskDb } from '../../lib/store/db';
import {
  type ExportProgress,
  exportOwnOpinion,
  exportPanel,
  hasOwnCertificate,
} from '../../lib/workspace/exports';
import { Workspace } from '../../lib/workspace/workspace';
import { testFonts } from '../sign/fixtures';

const pack = builtinPack('yueyang-2023-alliance');
let fonts: FontAssets;
let ws: Workspace;

async function code(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return 'none';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

beforeAll(async () => {
  fonts = await testFonts();
  ws = new Workspace(new ReviewDeskDb(`exports-${Math.random()}`), {
    databaseName: `exports-docs-${Math.random()}`,
  });
});

afterAll(async () => {
  await ws?.closeAll();
});

describe('the app’s exports', { timeout: 300_000 }, () => {
  it('exports every file with progress; opinions and bundle verify; own opinion after submitting', async () => {
    const { panel } = await ws.createPanel({
      name: '岳阳评审组',
      pack,
      chair: { name: '王组长', unit: '某教科院' },
      escrowPassphrase: '组长口令',
    });
    const ids = ['甲联盟', '乙联盟'].map((title) =>
      panel.addApplication({ title, applicantUnit: '某中学', recommendingBody: '' }),
    );
    const [first] = ids as [(typeof ids)[number]];
    panel.batch(() => {
      for (const c of allCriteria(pack.scoring))
        panel.setScore(first, c.id as CriterionId, c.max - 3);
    });

    expect(await hasOwnCertificate(ws, panel.id)).toBe(true);
    expect(
      await code(() =>
        exportOwnOpinion(ws, panel.id, first, { language: 'zh-CN', fonts: async () => fonts }),
      ),
    ).toBe('sign/reviewNotSubmitted');
    await panel.submitReview(first);
    const own = await exportOwnOpinion(ws, panel.id, first, {
      language: 'zh-CN',
      fonts: async () => fonts,
    });
    expect(own.fileName).toMatch(/甲联盟\.pdf$/);
    const ownReport = await verifyFile(own.pdf);
    expect(ownReport.valid).toBe(true);

    const seen: ExportProgress[] = [];
    const result = await exportPanel(ws, panel.id, {
      language: 'zh-CN',
      fonts: async () => fonts,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.map((p) => p.phase).filter((p, i, all) => all[i - 1] !== p)).toEqual([
      'fonts',
      'reading',
      'files',
    ]);
    const files = seen.filter((p) => p.phase === 'files');
    expect(files.at(-1)).toEqual({ phase: 'files', done: files[0]!.total, total: files[0]!.total });
    expect(files.map((p) => p.done)).toEqual(files.map((_, i) => i + 1));
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['汇总表.xlsx', '汇总表.csv', 'report.pdf', 'bundle.json']),
    );
    // A panel opinion is made for an application with a counted review or a decision: 乙 has neither.
    const opinions = result.files.filter((f) => f.path.startsWith('opinions/'));
    expect(opinions.map((f) => f.path)).toEqual([expect.stringMatching(/甲联盟\.pdf$/)]);
    // …and the chair is told which one was left out, and why.
    expect(result.withoutOpinion).toEqual([
      { application: ids[1], number: '2', title: '乙联盟', reason: 'noDecisionNoReview' },
    ]);
    for (const f of [...opinions, result.files.find((f) => f.path === 'bundle.json')!]) {
      expect((await verifyFile(f.bytes)).valid).toBe(true);
    }
  });

  it('a panel with no identity on this device is a clear error', async () => {
    const missing = 'p0000000000000000000000000000000000' as PanelId;
    expect(
      await code(() => exportPanel(ws, missing, { language: 'en', fonts: async () => fonts })),
    ).toBe('workspace/noIdentity');
  });
});
