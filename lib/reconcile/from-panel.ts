/**
 * The reconcile input from a Panel, through its public API only (applications, members, reviews,
 * decisions, panel facts, rubric): what the chair's desk and `review-desk report` both call. A
 * review this viewer may not read (a draft, SPEC S3 of the panel) carries no figures. With a
 * SummaryCache, a review's summary is computed again only when its values changed (the desk
 * recomputes on every change of the panel).
 */
import { ReviewDeskError } from '../errors';
import { canReview } from '../identity/role';
import type { Panel } from '../panel/panel';
import { parseRubricPack, type RubricPack, summarizeReview } from '../rubric';
import { type ReconcileInput, type ReconcileReview, reviewFigures } from './input';
import type { SummaryCache } from './summary-cache';

/** The panel's rubric pack, parsed and validated; a ReviewDeskError when it cannot be read. */
export function panelPack(panel: Panel): RubricPack {
  const parsed = parseRubricPack(panel.rubric());
  if (!parsed.ok) throw new ReviewDeskError('reconcile/badRubric');
  return parsed.pack;
}

export interface FromPanelOptions {
  /** Reuse review summaries across calls (the desk keeps one per open panel). */
  cache?: SummaryCache;
}

export function fromPanel(
  panel: Panel,
  pack: RubricPack = panelPack(panel),
  options: FromPanelOptions = {},
): ReconcileInput {
  const { cache } = options;
  const applications = panel.applications();
  const members = panel.members();
  // The reviewers of every application: what panel.progress() lists, read once per review.
  const reviewers = members.filter((m) => !m.removed && canReview(m.role));
  const reviews: ReconcileReview[] = [];
  const pairs: [string, string][] = [];
  const panelFacts: Record<string, Record<string, unknown>> = {};
  for (const app of applications) {
    for (const m of reviewers) {
      const review = panel.review(app.id, m.id);
      const readable = review.status === 'submitted' && review.visible;
      if (readable) pairs.push([app.id, m.id]);
      const summary = readable
        ? cache
          ? cache.get(pack, app.id, m.id, review.values)
          : summarizeReview(pack, review.values)
        : null;
      reviews.push({
        application: app.id,
        reviewer: m.id,
        status: review.status,
        ...(review.returned ? { returned: true } : {}),
        ...(summary ? { figures: reviewFigures(summary) } : {}),
      });
    }
    const settled = Object.values(panel.panelFacts(app.id));
    if (settled.length > 0) {
      panelFacts[app.id] = Object.fromEntries(settled.map((f) => [f.fact, f.value]));
    }
  }
  cache?.retain(pairs);
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
      ...(a.withdrawn ? { withdrawn: true } : {}),
    })),
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.unit ? { unit: m.unit } : {}),
      role: m.role,
      removed: m.removed,
    })),
    reviews,
    decisions,
    panelFacts,
  };
}
