/**
 * A large synthetic panel's review figures for reconcile at scale: the benchmark and the desk's
 * scale test read the same one. Deterministic from a seed; each reviewer has a severity, each
 * application a merit, and each score noise around them, so the statistics have work to do.
 */

import type { ReconcileInput, ReconcileReview } from '../reconcile';
import type { Criterion, RubricPack } from '../rubric';
import { builtinPack } from '../rubric';
import { seededRandom } from './names';

export interface SyntheticSize {
  applications: number;
  reviewers: number;
  criteria: number;
  seed: number;
}

/** The Liaoning pack with `criteria` criteria of 5 points each. */
function packWith(criteria: number): RubricPack {
  const base = builtinPack('liaoning-2022-community');
  const list: Criterion[] = Array.from({ length: criteria }, (_, i) => ({
    id: `c${i + 1}`,
    title: { zh: `评分项${i + 1}` },
    max: 5,
    step: 1,
    bands: [],
  }));
  return {
    ...base,
    scoring: { ...base.scoring, sections: [{ id: 's', title: { zh: '评分' }, criteria: list }] },
  };
}

export function syntheticReconcileInput(size: SyntheticSize): ReconcileInput {
  const pack = packWith(size.criteria);
  const next = seededRandom(size.seed);
  const members = Array.from({ length: size.reviewers }, (_, r) => ({
    id: `r${r}`,
    name: `专家${r + 1}`,
    unit: `专家单位${r + 1}`,
    role: 'reviewer' as const,
  }));
  const applications = Array.from({ length: size.applications }, (_, a) => ({
    id: `a${a}`,
    title: `第${a + 1}项申报：网络教研共同体`,
    recommendingBody: `城市${a % 40}教育局`,
  }));
  const severity = members.map(() => (next() - 0.5) * 2);
  const reviews: ReconcileReview[] = [];
  for (const app of applications) {
    const merit = 1.5 + next() * 3;
    for (const [r, m] of members.entries()) {
      const scores: Record<string, number> = {};
      let total = 0;
      for (let c = 0; c < size.criteria; c++) {
        const s = Math.max(0, Math.min(5, Math.round(merit + severity[r]! + (next() - 0.5) * 2)));
        scores[`c${c + 1}`] = s;
        total += s;
      }
      reviews.push({
        application: app.id,
        reviewer: m.id,
        status: 'submitted',
        figures: {
          total,
          scores,
          eligible: next() < 0.97,
          facts: {
            leadUnit: `学校${app.id}`,
            // A rare disagreement on a confirmed fact, so the fact flags are exercised too.
            practiceStart: next() < 0.01 ? '2019-09' : '2019-03',
          },
        },
      });
    }
  }
  return { pack, members, applications, reviews };
}
