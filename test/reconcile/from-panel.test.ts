/**
 * SPEC I1, I2 over a real panel: the input built through the Panel's public API, read by a
 * read-only viewer from a full `.rdsync` without any member identity. Reviews written by members
 * on their own replicas, exchanged as signed files, like the demo does.
 */
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../lib/crypto/bytes';
import type { ApplicationId, CriterionId, FactId } from '../../lib/ids';
import { createPanel } from '../../lib/panel/create';
import { fromPanel, openRdsyncReadOnly, reconcile } from '../../lib/reconcile';
import { builtinPack, type RubricPack } from '../../lib/rubric';
import { joinFromInvitation } from '../../lib/sync/join';
import { exportRdsync, importRdsync, stateAfter } from '../../lib/sync/rdsync';

const base = builtinPack('liaoning-2022-community');
/** Liaoning's criteria with weights (20, 20, 20, 20, 10, 10): weighted totals differ from sums. */
const WEIGHTS: Record<string, number> = {
  organisation: 20,
  practice: 20,
  cases: 20,
  feasibility: 20,
  outreach: 10,
  support: 10,
};
const pack: RubricPack = {
  ...base,
  scoring: {
    ...base.scoring,
    total: { ...base.scoring.total, method: 'weighted' },
    sections: base.scoring.sections.map((s) => ({
      ...s,
      criteria: s.criteria.map((c) => ({ ...c, weight: WEIGHTS[c.id] })),
    })),
  },
};
const FULL = {
  organisation: 15,
  practice: 20,
  cases: 12,
  feasibility: 16,
  outreach: 9,
  support: 5,
};

async function panelWithReviews() {
  const { panel: chair, invitations } = await createPanel({
    name: '测试评审组',
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: '组长' },
    members: [
      { name: '甲', unit: '甲大学', role: 'reviewer' },
      { name: '乙', unit: '某中学', role: 'reviewer' },
      { name: '丙', role: 'reviewer' },
    ],
  });
  const app = chair.addApplication({
    title: '某共同体',
    applicantUnit: '某中学',
    recommendingBody: '大连市教育局',
  });
  const write = async (
    index: number,
    scores: Record<string, number>,
    start: string,
    submit: boolean,
  ) => {
    const initial = toBase64(await exportRdsync(chair, { kind: 'full' }));
    const { panel } = await joinFromInvitation({ ...invitations[index]!, initial });
    panel.batch(() => {
      for (const [c, v] of Object.entries(scores)) panel.setScore(app, c as CriterionId, v);
      panel.setFact(app, 'practiceStart' as FactId, { state: 'accepted', value: start });
      panel.setFact(app, 'leadUnit' as FactId, { state: 'accepted', value: '某中学' });
    });
    if (submit) await panel.submitReview(app);
    await importRdsync(chair, await exportRdsync(panel, { kind: 'full' }));
    panel.destroy();
  };
  await write(0, FULL, '2019-03', true);
  await write(1, { ...FULL, practice: 25, support: 10 }, '2019-09', true);
  await write(2, FULL, '2019-03', false);
  return { chair, app: app as ApplicationId };
}

describe('fromPanel over a read-only viewer of a full .rdsync', () => {
  it('I1, I2: builds the input from the public API; totals are the pack’s weighted totals', async () => {
    const { chair, app } = await panelWithReviews();
    const file = await exportRdsync(chair, { kind: 'full' });
    const { panel, close } = await openRdsyncReadOnly(file);
    try {
      const input = fromPanel(panel);
      expect(input.pack.scoring.total.method).toBe('weighted');
      expect(input.applications).toEqual([
        { id: app, title: '某共同体', recommendingBody: '大连市教育局' },
      ]);
      // Members added together are ordered by their random ids: compare without order.
      expect(input.members.map((m) => [m.name, m.role]).sort()).toEqual(
        [
          ['丙', 'reviewer'],
          ['乙', 'reviewer'],
          ['甲', 'reviewer'],
          ['组长', 'chair'],
        ].sort(),
      );
      const byName = new Map(input.members.map((m) => [m.id, m.name]));
      const figures = Object.fromEntries(
        input.reviews.map((r) => [byName.get(r.reviewer), [r.status, r.figures?.total ?? null]]),
      );
      // 甲: 20+16+16+16+6+5 = 79 weighted (raw sum 77); 乙: 20+20+16+16+6+10 = 88.
      // 丙's draft is sealed: no figures for anyone but its author.
      expect(figures).toEqual({
        组长: ['draft', null],
        甲: ['submitted', 79],
        乙: ['submitted', 88],
        丙: ['draft', null],
      });

      const result = reconcile(input);
      const a = result.applications[0]!;
      expect(a.stats).toMatchObject({ n: 2, mean: 83.5, range: 9 });
      const kinds = a.flags.map((f) => f.kind);
      expect(kinds).toContain('factDisputed');
      expect(kinds).toContain('reviewMissing');
      expect(kinds).toContain('conflictOfInterest');
      expect(a.flags.find((f) => f.kind === 'reviewMissing')!.reviewers).toEqual([
        input.members.find((m) => m.name === '丙')!.id,
      ]);
      // The viewer cannot write: it is nobody in this panel.
      expect(() => panel.setScore(app, 'practice' as CriterionId, 1)).toThrow();
    } finally {
      close();
      chair.destroy();
    }
  }, 120_000);

  it('refuses a file that holds changes but not the whole panel', async () => {
    const { chair } = await panelWithReviews();
    const full = await exportRdsync(chair, { kind: 'full' });
    chair.addApplication({ title: '后加的申报', applicantUnit: '', recommendingBody: '' });
    const changes = await exportRdsync(chair, { kind: 'changes', since: stateAfter(full) });
    await expect(openRdsyncReadOnly(changes)).rejects.toMatchObject({
      code: 'reconcile/notFullState',
    });
    await expect(openRdsyncReadOnly(new TextEncoder().encode('nope'))).rejects.toMatchObject({
      code: 'sync/notRdsync',
    });
    chair.destroy();
  }, 120_000);
});
