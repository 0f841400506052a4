/**
 * Making a panel and inviting members. The chair's new key names the panel (SPEC D7); the first
 * transaction writes the signed meta and the members, so every replica starts from the chair's
 * state; the next ones the panel CA and the chair's certificate (SPEC K1, K2). Each invitation carries a fresh invitation key (to register the member's devices) and a
 * relay token, both made here, by the chair, offline.
 */
import * as Y from 'yjs';
import { exportPrivateJwk, generateSigningKey } from '../crypto/ecdsa';
import { createChairIdentity, type MemberIdentity } from '../identity/identity';
import type { Invitation } from '../identity/invitation';
import type { Role } from '../identity/role';
import { signToken } from '../identity/token';
import type { MemberId, PanelId, RubricId } from '../ids';
import { createPanelCa, issueMemberCertificate } from '../sign/certificates';
import { Panel } from './panel';
import { shortId } from './records/common';
import { createMember, type Member } from './records/member';
import { createPanelMeta, type PanelSettings } from './records/meta';

export interface NewMember {
  name: string;
  unit?: string;
  role: Exclude<Role, 'chair'>;
}

export interface CreatePanelInput {
  name: string;
  rubric: { id: string; json: string };
  chair: { name: string; unit?: string };
  members: NewMember[];
  relayUrl?: string | null;
  settings?: Partial<PanelSettings>;
  /** The chair key must be extractable to be written to an identity file (CLI). */
  extractable?: boolean;
  tokenDays?: number;
}

export interface CreatedPanel {
  panel: Panel;
  chair: MemberIdentity;
  invitations: Invitation[];
}

const DAY = 24 * 60 * 60 * 1000;

async function makeInvitation(
  chair: MemberIdentity,
  panelName: string,
  relayUrl: string | null,
  input: NewMember,
  tokenDays: number | undefined,
  now: number,
): Promise<{ member: Member; invitation: Invitation }> {
  const id = shortId<MemberId>('m', 5);
  const invite = await generateSigningKey(true);
  const member = createMember({
    id,
    name: input.name,
    unit: input.unit ?? '',
    role: input.role,
    inviteKey: invite.publicJwk,
    addedAt: now,
  });
  const token = await signToken(chair.signing.privateKey, {
    panel: chair.panelId,
    member: id,
    role: input.role,
    chair: chair.signing.publicJwk,
    iat: now,
    ...(tokenDays ? { exp: now + tokenDays * DAY } : {}),
  });
  const invitation: Invitation = {
    kind: 'review-desk-invitation',
    v: 1,
    panelId: chair.panelId,
    panelName,
    relayUrl,
    member: id,
    name: input.name,
    role: input.role,
    token,
    inviteKey: await exportPrivateJwk(invite.privateKey),
    chairKey: chair.signing.publicJwk,
  };
  return { member, invitation };
}

export async function createPanel(input: CreatePanelInput): Promise<CreatedPanel> {
  const now = Date.now();
  const chairId = shortId<MemberId>('m', 5);
  const chair = await createChairIdentity({
    memberId: chairId,
    name: input.chair.name,
    extractable: input.extractable ?? false,
  });
  const relayUrl = input.relayUrl ?? null;
  chair.relayUrl = relayUrl;
  chair.token = await signToken(chair.signing.privateKey, {
    panel: chair.panelId,
    member: chairId,
    role: 'chair',
    chair: chair.signing.publicJwk,
    iat: now,
    ...(input.tokenDays ? { exp: now + input.tokenDays * DAY } : {}),
  });
  const doc = new Y.Doc();
  const panel = new Panel(doc, chair);
  const meta = createPanelMeta({
    id: chair.panelId as PanelId,
    name: input.name,
    rubricId: input.rubric.id as RubricId,
    rubric: input.rubric.json,
    settings: { relayUrl, ...input.settings },
    chair: chairId,
    chairKey: chair.signing.publicJwk,
    createdAt: now,
  });
  const chairMember = createMember({
    id: chairId,
    name: input.chair.name,
    unit: input.chair.unit ?? '',
    role: 'chair',
    inviteKey: chair.signing.publicJwk,
    addedAt: now,
  });
  const invited = [];
  for (const m of input.members) {
    invited.push(await makeInvitation(chair, input.name, relayUrl, m, input.tokenDays, now));
  }
  await panel.writeGenesis(meta, [chairMember, ...invited.map((i) => i.member)]);
  // lib/sign SPEC C1, C2: the chair key certifies itself as the panel CA and issues the chair's
  // own member certificate; members' certificates follow their devices' registrations.
  const ca = await createPanelCa(chair.signing, { id: chair.panelId, name: input.name }, { now });
  await panel.putPanelCa(ca);
  await panel.putCertificates([
    await issueMemberCertificate({
      ca,
      chairKey: chair.signing,
      member: { id: chairId, name: input.chair.name, role: 'chair', unit: input.chair.unit ?? '' },
      deviceKey: chair.signing.publicJwk,
      now,
    }),
  ]);
  return { panel, chair, invitations: invited.map((i) => i.invitation) };
}

/** The chair adds a member later: a signed member record and an invitation for them. */
export async function inviteMember(
  panel: Panel,
  chair: MemberIdentity,
  input: NewMember,
  tokenDays?: number,
): Promise<Invitation> {
  const meta = panel.meta();
  const { member, invitation } = await makeInvitation(
    chair,
    meta?.name ?? '',
    meta?.settings.relayUrl ?? null,
    input,
    tokenDays,
    Date.now(),
  );
  await panel.putMember(member);
  return invitation;
}
