/**
 * A reviewer's writes to their own review (SPEC D5, S1, S2, S4): one cell per fact, verdict,
 * score, comment, evidence link and opinion, sealed under the reviewer's application key while
 * independent scoring is on, and the submission that reveals the key and fixes what counts.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64, utf8 } from '../crypto/bytes';
import { sealJson } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { AnnotationId, ApplicationId, CriterionId, FactId, RuleId } from '../ids';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireReviewer } from './panel-guards';
import { ensureSession, writePlain, writeSealed } from './panel-log';
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
import { reviewCells, sealingRound, submissionOf } from './reviews';

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
  const round = sealingRound(ctx.view, app, ctx.identity.memberId);
  writeSealed(ctx, key, sealJson(ctx.ring.ownKey(app, round), key, value));
}

/**
 * SPEC S7: an evidence link's register is named by a keyed hash of (target, annotation) under the
 * reviewer's own application key, so the key says nothing about which criterion it supports.
 */
function evidenceTag(ctx: PanelContext, app: ApplicationId, target: string, annotation: string) {
  const mac = hmac(sha256, ctx.ring.ownKey(app), utf8(`rd-evidence-v1\n${target}\n${annotation}`));
  return toBase64(mac.subarray(0, 16));
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
  const tag = evidenceTag(ctx, app, target, annotation);
  writeCell(ctx, app, { type: 'evidence', tag }, { target, annotation, linked: true });
}

/** Unlinking writes `linked: false` to the same register, so history says what was unlinked. */
export function unlinkEvidence(
  ctx: PanelContext,
  app: ApplicationId,
  target: EvidenceTarget,
  annotation: AnnotationId,
): void {
  const tag = evidenceTag(ctx, app, target, annotation);
  writeCell(ctx, app, { type: 'evidence', tag }, { target, annotation, linked: false });
}

/** SPEC S2: reveal the application key and fix the manifest of what counts. */
export async function submitReview(ctx: PanelContext, app: ApplicationId): Promise<void> {
  requireReviewer(ctx);
  requireApp(ctx, app);
  const me = ctx.identity.memberId;
  if (submissionOf(ctx.view, app, me)) throw new ReviewDeskError('panel/reviewSubmitted');
  const own = review(ctx, app, me);
  if (own.unreadable > 0) throw new ReviewDeskError('panel/sealedElsewhere');
  const manifest: Record<string, string> = {};
  for (const v of reviewCells(ctx.view, app, me, null)) manifest[v.entry.k] = v.pos;
  const submission: Submission = {
    at: Date.now(),
    keys: Object.fromEntries(
      Array.from({ length: sealingRound(ctx.view, app, me) + 1 }, (_, r) => [
        ctx.ring.ownKid(app, r),
        toBase64(ctx.ring.ownKey(app, r)),
      ]),
    ),
    manifest,
  };
  await ensureSession(ctx);
  writePlain(ctx, keys.submission(app, me), submission);
}
