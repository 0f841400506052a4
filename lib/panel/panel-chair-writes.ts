/**
 * The chair's writes that need more than a plain entry (SPEC D5–D7, A5, M3, M4): the genesis
 * (meta and members in the chair session's first batch), member records signed by the chair key so
 * they prove themselves anywhere (relay, `.rdsync` headers), removals with their cut, token epochs,
 * settings and decisions.
 */
import { sign } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import type { ApplicationId, MemberId } from '../ids';
import { entryPayload } from './batch';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireChair } from './panel-guards';
import { batch, ensureSession, writePlain, writeSigned } from './panel-log';
import { member, meta } from './panel-reads';
import type { Decision, DecisionInput } from './records/decision';
import type { Member } from './records/member';
import type { PanelMeta, PanelSettings } from './records/meta';

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
  };
  writePlain(ctx, keys.decision(app), decision);
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
