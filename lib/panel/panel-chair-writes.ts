/**
 * The chair's signed writes (SPEC D5–D7): the genesis transaction (meta and members), members
 * added and removed, settings, and decisions, each signed with the chair key the panel id names.
 */
import { sign } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import type { ApplicationId, MemberId } from '../ids';
import { type Entry, signedPayload } from './entry';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireChair } from './panel-guards';
import { append, baseEntry, writeSigned } from './panel-log';
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
  const s = chairSigner(ctx);
  requireApp(ctx, app);
  const decision: Decision = {
    decision: input.decision,
    rank: input.rank ?? null,
    note: input.note ?? '',
    by: ctx.identity.memberId,
    at: Date.now(),
  };
  await writeSigned(ctx, keys.decision(app), decision, s.key, s.fp);
}

/** The first transaction of a new panel (create.ts): signed meta and members, all at once. */
export async function writeGenesis(
  ctx: PanelContext,
  panelMeta: PanelMeta,
  members: Member[],
): Promise<void> {
  if (ctx.identity.role !== 'chair' || meta(ctx)) throw new ReviewDeskError('panel/chairOnly');
  const { privateKey, fingerprint } = ctx.identity.signing;
  const records: [string, unknown][] = [
    [keys.meta(), panelMeta],
    ...members.map((m) => [keys.member(m.id), m] as [string, unknown]),
  ];
  const entries: Entry[] = [];
  for (const [key, value] of records) {
    const base = { ...baseEntry(ctx, key), v: value };
    entries.push({
      ...base,
      sig: await sign(privateKey, signedPayload(ctx.id, base)),
      sk: fingerprint,
    });
  }
  append(ctx, ...entries);
  await ctx.view.settled();
}

export async function putMember(ctx: PanelContext, record: Member): Promise<void> {
  const s = chairSigner(ctx);
  await writeSigned(ctx, keys.member(record.id), record, s.key, s.fp);
}

export async function removeMember(ctx: PanelContext, id: MemberId): Promise<void> {
  const s = chairSigner(ctx);
  const m = member(ctx, id);
  if (!m) throw new ReviewDeskError('panel/unknownMember', { id });
  if (m.role === 'chair') throw new ReviewDeskError('panel/cannotRemoveChair');
  await writeSigned(ctx, keys.member(id), { ...m, removed: true }, s.key, s.fp);
}

export async function updateSettings(
  ctx: PanelContext,
  patch: Partial<PanelSettings>,
): Promise<void> {
  const s = chairSigner(ctx);
  const current = meta(ctx)!;
  await writeSigned(
    ctx,
    keys.meta(),
    { ...current, settings: { ...current.settings, ...patch } },
    s.key,
    s.fp,
  );
}
