/**
 * A reviewer's writes to their own review (SPEC D5, S1, S2, S4): one cell per fact, verdict,
 * score, comment, evidence link and opinion, sealed under the reviewer's application key while
 * independent scoring is on, and the signed submission that reveals the key and fixes what counts.
 */
import { toBase64 } from '../crypto/bytes';
import { sealJson } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { AnnotationId, ApplicationId, CriterionId, FactId, RuleId } from '../ids';
import { versionHash } from './entry';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { ensureDevice } from './panel-device';
import { requireApp, requireReviewer } from './panel-guards';
import { append, baseEntry, writePlain, writeSigned } from './panel-log';
import { meta } from './panel-reads';
import { review } from './panel-review-reads';
import {
  type CellField,
  cellValueSchema,
  type EvidenceTarget,
  type FactConfirmation,
  type VerdictOverride,
} from './records/review-cell';
import type { Submission } from './records/submission';
import { reviewCells, submissionOf } from './reviews';

function writeCell(ctx: PanelContext, app: ApplicationId, field: CellField, value: unknown) {
  requireReviewer(ctx);
  requireApp(ctx, app);
  if (submissionOf(ctx.view, app, ctx.identity.memberId)) {
    throw new ReviewDeskError('panel/reviewSubmitted');
  }
  if (value !== null && !cellValueSchema(field).safeParse(value).success) {
    throw new ReviewDeskError('panel/invalidValue', { field: field.type });
  }
  const key = keys.cell(app, ctx.identity.memberId, field);
  const sealed = (meta(ctx)?.settings.independentScoring ?? true) && value !== null;
  if (!sealed) return writePlain(ctx, key, value);
  append(ctx, { ...baseEntry(ctx, key), x: sealJson(ctx.ring.ownKey(app), key, value) });
}

export function setScore(
  ctx: PanelContext,
  app: ApplicationId,
  criterion: CriterionId,
  score: number | null,
): void {
  writeCell(ctx, app, { type: 'score', criterion }, score);
}

export function setComment(
  ctx: PanelContext,
  app: ApplicationId,
  criterion: CriterionId | null,
  text: string,
): void {
  writeCell(ctx, app, { type: 'comment', criterion }, text === '' ? null : text);
}

export function setFact(
  ctx: PanelContext,
  app: ApplicationId,
  fact: FactId,
  confirmation: FactConfirmation | null,
): void {
  writeCell(ctx, app, { type: 'fact', fact }, confirmation);
}

export function setVerdict(
  ctx: PanelContext,
  app: ApplicationId,
  rule: RuleId,
  override: VerdictOverride | null,
): void {
  writeCell(ctx, app, { type: 'verdict', rule }, override);
}

export function setOpinion(ctx: PanelContext, app: ApplicationId, text: string): void {
  writeCell(ctx, app, { type: 'opinion' }, text === '' ? null : text);
}

export function linkEvidence(
  ctx: PanelContext,
  app: ApplicationId,
  target: EvidenceTarget,
  annotation: AnnotationId,
): void {
  writeCell(ctx, app, { type: 'evidence', target, annotation }, true);
}

/** Unlinking clears the cell: one register per (target, annotation), history kept. */
export function unlinkEvidence(
  ctx: PanelContext,
  app: ApplicationId,
  target: EvidenceTarget,
  annotation: AnnotationId,
): void {
  writeCell(ctx, app, { type: 'evidence', target, annotation }, null);
}

/** SPEC S2: reveal the application key and sign the manifest of what counts. */
export async function submitReview(ctx: PanelContext, app: ApplicationId): Promise<void> {
  requireReviewer(ctx);
  requireApp(ctx, app);
  const me = ctx.identity.memberId;
  if (submissionOf(ctx.view, app, me)) throw new ReviewDeskError('panel/reviewSubmitted');
  const own = review(ctx, app, me);
  if (own.unreadable > 0) throw new ReviewDeskError('panel/sealedElsewhere');
  const manifest: Record<string, string> = {};
  for (const v of reviewCells(ctx.view, app, me, null)) manifest[v.entry.k] = versionHash(v);
  const submission: Submission = {
    at: Date.now(),
    keys: { [ctx.ring.ownKid(app)]: toBase64(ctx.ring.ownKey(app)) },
    manifest,
  };
  await ensureDevice(ctx);
  await writeSigned(
    ctx,
    keys.submission(app, me),
    submission,
    ctx.identity.signing.privateKey,
    ctx.identity.signing.fingerprint,
  );
}
