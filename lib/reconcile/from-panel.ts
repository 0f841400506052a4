/**
 * The reconcile input from a Panel, through its public API only (applications, members, progress,
 * review, decisions, rubric): what the chair's desk and `review-desk report` both call. A review
 * this viewer may not read (a draft, SPEC S3 of the panel) carries no figures.
 */
import { ReviewDeskError } from '../errors';
import type { Panel } from '../panel/panel';
import { parseRubricPack, type RubricPack, summarizeReview } from '../rubric';
import { type ReconcileInput, type ReconcileReview, reviewFigures } from './input';

/** The panel's rubric pack, parsed and validated; a ReviewDeskError when it cannot be read. */
export function panelPack(panel: Panel): RubricPack {
  const parsed = parseRubricPack(panel.rubric());
  if (!parsed.ok) throw new ReviewDeskError('reconcile/badRubric');
  return parsed.pack;
}

export function fromPanel(panel: Panel, pack: RubricPack = panelPack(panel)): ReconcileInput {
  const applications = panel.applications();
  const reviews: ReconcileReview[] = [];
  for (const app of applications) {
    for (const p of panel.progress(app.id)) {
      const review = panel.review(app.id, p.reviewer);
      const readable = review.status === 'submitted' && review.visible;
      reviews.push({
        application: app.id,
        reviewer: p.reviewer,
        status: review.status,
        ...(readable ? { figures: reviewFigures(summarizeReview(pack, review.values)) } : {}),
      });
    }
  }
  const decisions = Object.fromEntries(
    Object.entries(panel.decisions()).map(([app, d]) => [
      app,
      { decision: d.decision, rank: d.rank, note: d.note },
    ]),
  );
  return {
    pack,
    applications: applications.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.recommendingBody ? { recommendingBody: a.recommendingBody } : {}),
    })),
    members: panel.members().map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.unit ? { unit: m.unit } : {}),
      role: m.role,
      removed: m.removed,
    })),
    reviews,
    decisions,
  };
}
