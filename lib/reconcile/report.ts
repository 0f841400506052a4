/**
 * The report's public JSON shape (a contract: `review-desk report --json`), from a reconcile
 * result. Messages are rendered in the reader's language; figures are rounded to 4 decimals; a
 * figure that does not apply is null.
 */
import type { RuleMessage } from '../rubric';
import type { DecisionKind } from './input';
import type { ReconcileResult } from './reconcile';

export interface ReportJson {
  panel: { id: string; name: string; rubric: string };
  applications: {
    id: string;
    title: string;
    reviews: {
      reviewer: string;
      status: 'draft' | 'submitted';
      total: number | null;
      scores: Record<string, number>;
    }[];
    stats: {
      mean: number | null;
      median: number | null;
      trimmedMean: number | null;
      sd: number | null;
      range: number | null;
      n: number;
    };
    flags: { kind: string; message: string }[];
    decision: { decision: DecisionKind; rank: number | null; note: string } | null;
  }[];
  reviewers: { id: string; name: string; severity: number | null; n: number }[];
  agreement: {
    icc21: number | null;
    icc2k: number | null;
    alpha: number | null;
    kendallW: number | null;
  };
}

export function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}

export function reportJson(
  result: ReconcileResult,
  panel: ReportJson['panel'],
  render: (message: RuleMessage) => string,
): ReportJson {
  const byId = new Map(result.applications.map((a) => [a.id, a]));
  return {
    panel,
    applications: result.ranking.map((id) => {
      const a = byId.get(id)!;
      return {
        id: a.id,
        title: a.title,
        reviews: a.reviews.map((r) => ({
          reviewer: r.reviewer,
          status: r.status,
          total: round4(r.total),
          scores: Object.fromEntries(Object.entries(r.scores).map(([c, v]) => [c, round4(v)!])),
        })),
        stats: {
          mean: round4(a.stats.mean),
          median: round4(a.stats.median),
          trimmedMean: round4(a.stats.trimmedMean),
          sd: round4(a.stats.sd),
          range: round4(a.stats.range),
          n: a.stats.n,
        },
        flags: a.flags.map((f) => ({ kind: f.kind, message: render(f.message) })),
        decision: a.decision
          ? { decision: a.decision.decision, rank: a.decision.rank, note: a.decision.note }
          : null,
      };
    }),
    reviewers: result.reviewers.map((r) => ({
      id: r.id,
      name: r.name,
      severity: round4(r.severity),
      n: r.n,
    })),
    agreement: {
      icc21: round4(result.agreement.icc21),
      icc2k: round4(result.agreement.icc2k),
      alpha: round4(result.agreement.alpha),
      kendallW: round4(result.agreement.kendallW),
    },
  };
}
