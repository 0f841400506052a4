/**
 * The chair's writes that need more than a plain entry (SPEC D5–D7, A5, M3, M4): the genesis
 * (meta and members in the chair session's first batch), member records signed by the chair key so
 * they prove themselves anywhere (relay, `.rdsync` headers), removals with their cut, token epochs,
 * settings and decisions.
 */
import { sign } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import type { ApplicationId, FactId, MemberId } from '../ids';
import { entryPayload } from './batch';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireChair } from './panel-guards';
import { batch, ensureSession, writePlain, writeSigned } from './panel-log';
import { member, meta } from './panel-reads';
import type { Decision, DecisionInput } from './records/decision';
import type { Member } from './records/member';
import type { PanelMeta, PanelSettings } from './records/meta';
import type { PanelFact } from './records/panel-fact';
import type { ReviewReturn } from './records/review-return';
import { submissionOf } from './reviews';

function chairSigner(ctx: PanelContext) {
  requireChair(ctx);
  return { key: ctx.identity.signing.privateKey, fp: ctx.identity.signing.fingerprint };
}

export async function decide(
  ctx: PanelContext,
  app: ApplicationId,
  input: DecisionInput,
): Promise<void> {
  requireChair(ctx);
  requireApp(ctx, app);
  await ensureSession(ctx);
  const decision: Decision = {
    decision: input.decision,
    rank: input.rank ?? null,
    note: input.note ?? '',
    by: ctx.identity.memberId,
    at: Date.now(),
    ...(input.scores ? { scores: input.scores } : {}),
    ...(input.reasons ? { reasons: input.reasons } : {}),
    ...(input.opinion !== undefined ? { opinion: input.opinion } : {}),
  };
  writePlain(ctx, keys.decision(app), decision);
}

/** The chair settles a fact the reviewers confirmed differently: the agreed value and why. */
export async function settleFact(
  ctx: PanelContext,
  app: ApplicationId,
  fact: FactId,
  value: unknown,
  reason: string,
): Promise<void> {
  requireChair(ctx);
  requireApp(ctx, app);
  await ensureSession(ctx);
  const record: PanelFact = { fact, value, reason, by: ctx.identity.memberId, at: Date.now() };
  writePlain(ctx, keys.panelFact(app, fact), record);
}

/**
 * SPEC S8: the chair returns a submitted review with a reason; the submission stops counting and
 * the reviewer may edit and submit again. Both submissions stay in the history.
 */
export async function returnReview(
  ctx: PanelContext,
  app: ApplicationId,
  reviewer: MemberId,
  reason: string,
): Promise<void> {
  requireChair(ctx);
  requireApp(ctx, app);
  await ensureSession(ctx);
  const submission = ctx.view.winner(keys.submission(app, reviewer));
  if (!submission || !submissionOf(ctx.view, app, reviewer)) {
    throw new ReviewDeskError('panel/notSubmitted');
  }
  const record: ReviewReturn = {
    submission: submission.pos,
    reason,
    by: ctx.identity.memberId,
    at: Date.now(),
  };
  writePlain(ctx, keys.reviewReturn(app, reviewer), record);
}

/** The first batch of a new panel (create.ts): meta and the signed member records, at once. */
export async function writeGenesis(
  ctx: PanelContext,
  panelMeta: PanelMeta,
  members: Member[],
): Promise<void> {
  if (ctx.identity.role !== 'chair' || meta(ctx)) throw new ReviewDeskError('panel/chairOnly');
  await ensureSession(ctx);
  const { privateKey, fingerprint } = ctx.identity.signing;
  const signed = await Promise.all(
    members.map(async (m) => {
      const k = keys.member(m.id);
      return { k, v: m, sig: await sign(privateKey, entryPayload(ctx.id, { k, s: 1, v: m })) };
    }),
  );
  batch(ctx, () => {
    writePlain(ctx, keys.meta(), panelMeta);
    for (const m of signed) {
      ctx.pending!.push({ k: m.k, s: 1, v: m.v, sig: m.sig, sk: fingerprint });
    }
  });
  await ctx.view.settled();
}

export async function putMember(ctx: PanelContext, record: Member): Promise<void> {
  const s = chairSigner(ctx);
  await writeSigned(ctx, keys.member(record.id), record, s.key, s.fp);
}

/**
 * SPEC M4: a removal carries the cut of the member's writing sessions as this device has them;
 * what the member writes beyond it never counts, on any replica.
 */
export async function removeMember(ctx: PanelContext, id: MemberId): Promise<void> {
  const s = chairSigner(ctx);
  const m = member(ctx, id);
  if (!m) throw new ReviewDeskError('panel/unknownMember', { id });
  if (m.role === 'chair') throw new ReviewDeskError('panel/cannotRemoveChair');
  const cut = ctx.view.sessionsOf(id);
  await writeSigned(ctx, keys.member(id), { ...m, removed: true, cut }, s.key, s.fp);
}

/** SPEC M3: raise a member's token epoch; tokens issued before are refused by relays. */
export async function raiseTokenEpoch(ctx: PanelContext, id: MemberId): Promise<number> {
  const s = chairSigner(ctx);
  const m = member(ctx, id);
  if (!m) throw new ReviewDeskError('panel/unknownMember', { id });
  const epoch = (m.epoch ?? 0) + 1;
  await writeSigned(ctx, keys.member(id), { ...m, epoch }, s.key, s.fp);
  return epoch;
}

export async function updateSettings(
  ctx: PanelContext,
  patch: Partial<PanelSettings>,
): Promise<void> {
  requireChair(ctx);
  await ensureSession(ctx);
  const current = meta(ctx)!;
  writePlain(ctx, keys.meta(), { ...current, settings: { ...current.settings, ...patch } });
}
