/**
 * lib/workspace/review-progress: the chair sees which criteria a reviewer scored, values only
 * after submission (SPEC S3), and the review's weighted total from summarizeReview — not the raw
 * sum of the cells.
 */
import { describe, expect, it } from 'vitest';
import type { CriterionId } from '../../lib/ids';
import { builtinPack, type RubricPack } from '../../lib/rubric';
import { reviewProgress } from '../../lib/workspace/review-progress';
import { appOf, join, makePanel, syncAll } from '../panel/helpers';

const base = builtinPack('liaoning-2022-community');
const criterion = (id: string, max: number, step: number, weight: number) => ({
  id,
  title: { zh: id },
  max,
  step,
  weight,
  bands: [],
});
/** Three weighted criteria named like the panel helpers' test rubric (c1, c2, c3). */
const pack: RubricPack = {
  ...base,
  scoring: {
    ...base.scoring,
    sections: [
      {
        id: 's',
        title: { zh: '评分' },
        criteria: [
          criterion('c1', 10, 1, 50),
          criterion('c2', 5, 1, 30),
          criterion('c3', 5, 0.5, 20),
        ],
      },
    ],
    total: { method: 'weighted', max: 100, bands: base.scoring.total.bands },
  },
};

describe('reviewProgress', () => {
  it('hides values until submission, then gives the weighted total', async () => {
    const made = await makePanel({ reviewers: 1, observers: 0 });
    const app = appOf(made.app);
    const reviewer = await join(made.invitations[0]!, made.chairReplica.doc);
    await syncAll(made.chairReplica, reviewer);
    const row = () =>
      reviewProgress(made.chairReplica.panel, pack)[0]!.reviewers.find(
        (r) => r.reviewer === reviewer.identity.memberId,
      )!;
    // Nothing written yet: the record says draft, the chair reads 未开始.
    expect(row().status).toBe('draft');
    expect(row().stage).toBe('notStarted');
    reviewer.panel.setScore(app, 'c1' as CriterionId, 7);
    reviewer.panel.setScore(app, 'c3' as CriterionId, 4.5);
    await syncAll(made.chairReplica, reviewer);

    const draft = row();
    expect(draft.status).toBe('draft');
    expect(draft.stage).toBe('draft');
    expect(draft.filled).toBe(2);
    expect(draft.cells.map((c) => c.state)).toEqual(['hidden', 'empty', 'hidden']);
    expect(JSON.stringify(draft)).not.toMatch(/4\.5|"value":7/);
    expect(draft.total).toBeNull();

    reviewer.panel.setScore(app, 'c2' as CriterionId, 3);
    await reviewer.panel.submitReview(app);
    await syncAll(made.chairReplica, reviewer);
    const after = row();
    expect(after.status).toBe('submitted');
    expect(after.stage).toBe('submitted');
    expect(after.cells).toEqual([
      { criterion: 'c1', state: 'value', value: 7 },
      { criterion: 'c2', state: 'value', value: 3 },
      { criterion: 'c3', state: 'value', value: 4.5 },
    ]);
    // 7/10×50 + 3/5×30 + 4.5/5×20 = 35 + 18 + 18; the raw sum would be 14.5.
    expect(after.total).toBe(71);
  });
});
