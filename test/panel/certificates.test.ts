/**
 * Panel SPEC K1–K4: the panel CA and member certificates are the chair's alone and are believed
 * only after their checks; review signatures are the author's alone; the chair's device certifies
 * each registered device (and no removed member's), a reviewer's device signs its submitted
 * reviews once it holds its certificate — by the workspace's agent, reacting to changes.
 */
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../lib/crypto/bytes';
import { generateSigningKey } from '../../lib/crypto/ecdsa';
import { isReviewDeskError } from '../../lib/errors';
import { reviewPartOf } from '../../lib/export/review-part';
import { panelIdFromChairKey } from '../../lib/identity/panel-id';
import type { CriterionId } from '../../lib/ids';
import { createPanel } from '../../lib/panel/create';
import { keys } from '../../lib/panel/keys';
import { docOf } from '../../lib/panel/panel';
import { builtinPack } from '../../lib/rubric';
import { signedBytesOf } from '../../lib/sign/bundle';
import { checkPanelCa, createPanelCa, issueMemberCertificate } from '../../lib/sign/certificates';
import { checkDetached } from '../../lib/sign/cms';
import { fromBase64Std } from '../../lib/sign/pki';
import {
  issueCertificates,
  signOwnReviews,
  watchCertificates,
} from '../../lib/workspace/certificates';
import { forge, openSession, receive, updateAs } from './forge';
import { join, makePanel, type Replica, syncAll } from './helpers';

const pack = builtinPack('yueyang-2023-alliance');

async function code(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return 'none';
  } catch (error) {
    return isReviewDeskError(error) ? error.code : String(error);
  }
}

/** A panel over a real pack (the helper's rubric is a stub), as the chair's replica. */
async function realPanel(reviewers: number) {
  const created = await createPanel({
    name: '测试评审组',
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: '组长' },
    members: Array.from({ length: reviewers }, (_, i) => ({
      name: `评审${i + 1}`,
      role: 'reviewer' as const,
    })),
    settings: { independentScoring: false },
  });
  const chair: Replica = {
    panel: created.panel,
    doc: docOf(created.panel),
    identity: created.chair,
  };
  const app = chair.panel.addApplication({
    title: '示例申报',
    applicantUnit: '',
    recommendingBody: '',
  });
  return { chair, invitations: created.invitations, app };
}

describe('K1 panel CA, K2 member certificates', () => {
  it('K1: a new panel holds a CA that names it and a chair certificate for the chair key', async () => {
    const { panel, chair } = await makePanel();
    const ca = (await panel.panelCa())!;
    const check = await checkPanelCa(ca);
    expect(check).toMatchObject({ ok: true, panelId: panel.id });
    const certificates = await panel.certificates();
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({
      member: chair.memberId,
      fingerprint: chair.signing.fingerprint,
      facts: { role: 'chair', panelId: panel.id },
    });
  });

  it('K1, K2, D5: only the chair stores them; another panel’s CA is refused', async () => {
    const { chairReplica: chair, invitations } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const otherKey = await generateSigningKey(false);
    const otherCa = await createPanelCa(otherKey, {
      id: panelIdFromChairKey(otherKey.publicJwk),
      name: '另一个评审组',
    });
    expect(await code(() => r.panel.putPanelCa(otherCa))).toBe('panel/chairOnly');
    expect(await code(() => chair.panel.putPanelCa(otherCa))).toBe('sign/wrongChairKey');
    // A reviewer's own, valid session writing chair-only records: written, never counted.
    const session = await openSession(r.identity);
    const selfIssued = await issueMemberCertificate({
      ca: otherCa,
      chairKey: otherKey,
      member: { id: r.identity.memberId, name: 'x', role: 'chair', unit: '' },
      deviceKey: r.identity.signing.publicJwk,
    });
    const element = forge(session, [
      { k: keys.panelCa(), s: 9, v: { v: 1, der: toBase64(otherCa) } },
      {
        k: keys.certificate(r.identity.memberId, r.identity.signing.fingerprint),
        s: 1,
        v: { v: 1, member: r.identity.memberId, der: toBase64(selfIssued), issuedAt: 1 },
      },
    ]);
    receive(chair.doc, updateAs(chair.doc, session.client, [element]));
    await chair.panel.settled();
    expect(await checkPanelCa((await chair.panel.panelCa())!)).toMatchObject({
      ok: true,
      panelId: chair.panel.id,
    });
    expect(chair.panel.hasCertificate(r.identity.memberId, r.identity.signing.fingerprint)).toBe(
      false,
    );
    // The chair refuses to file a certificate that does not chain to the panel CA.
    expect(await code(() => chair.panel.putCertificates([selfIssued]))).toBe('sign/badCertificate');
  });

  it('K2: the chair’s device certifies every registered device, never a removed member’s', async () => {
    const { chairReplica: chair, invitations } = await makePanel({ reviewers: 2 });
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    await chair.panel.removeMember(b.identity.memberId);
    await syncAll(a, b, chair);
    expect(await issueCertificates(chair.panel, chair.identity)).toBe(1);
    expect(await issueCertificates(chair.panel, chair.identity)).toBe(0);
    const certificates = await chair.panel.certificates();
    const ofA = certificates.find((c) => c.member === a.identity.memberId)!;
    expect(ofA).toMatchObject({
      fingerprint: a.identity.signing.fingerprint,
      facts: { role: 'reviewer', memberId: a.identity.memberId },
    });
    expect(certificates.some((c) => c.member === b.identity.memberId)).toBe(false);
    // A reviewer cannot issue: their device is no chair.
    expect(await issueCertificates(a.panel, a.identity)).toBe(0);
  });

  it('K4: a removal records its time', async () => {
    const { chairReplica: chair, invitations } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    await syncAll(a, chair);
    const before = Date.now();
    await chair.panel.removeMember(a.identity.memberId);
    const removed = chair.panel.member(a.identity.memberId)!;
    expect(removed.removed).toBe(true);
    expect(removed.removedAt).toBeGreaterThanOrEqual(before);
  });
});

describe('K3 review signatures', () => {
  it('K3: a reviewer signs a submitted review once certified; only the author’s counts', async () => {
    const { chair, invitations, app } = await realPanel(2);
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    const c1 = 'composition' as CriterionId;
    a.panel.setScore(app, c1, 18);
    await a.panel.submitReview(app);
    // Not certified yet: nothing to sign with.
    expect(await signOwnReviews(a.panel, a.identity, pack)).toBe(0);
    await syncAll(a, b, chair);
    await issueCertificates(chair.panel, chair.identity);
    await syncAll(a, b, chair);
    expect(await signOwnReviews(a.panel, a.identity, pack)).toBe(1);
    expect(await signOwnReviews(a.panel, a.identity, pack)).toBe(0);
    await syncAll(a, b, chair);
    const stored = chair.panel.reviewSignature(app, a.identity.memberId)!;
    expect(stored.part).toEqual(reviewPartOf(chair.panel, pack, app, a.identity.memberId));
    const check = await checkDetached(fromBase64Std(stored.cms), signedBytesOf(stored.part));
    expect(check.signatureValid).toBe(true);
    // b writes a signature over a's review under a's key: b's session, never counted.
    const forgedPart = { ...stored.part, total: 100 };
    const session = await openSession(b.identity);
    const element = forge(session, [
      {
        k: keys.reviewSignature(app, a.identity.memberId),
        s: 2,
        v: { v: 1, part: forgedPart, cms: stored.cms },
      },
    ]);
    receive(chair.doc, updateAs(chair.doc, session.client, [element]));
    await chair.panel.settled();
    expect(chair.panel.reviewSignature(app, a.identity.memberId)).toEqual(stored);
    // The API refuses a part of someone else's review, and any part before submission.
    expect(
      await code(() =>
        b.panel.putReviewSignature(app, { v: 1, part: stored.part, cms: stored.cms }),
      ),
    ).toBe('sign/reviewNotSubmitted');
  });

  it('K2, K3: the agent reacts to changes — a registration arriving is certified, a certified submission signed', async () => {
    const { chair, invitations, app } = await realPanel(1);
    const a = await join(invitations[0]!, chair.doc);
    const chairAgent = watchCertificates(chair.panel, chair.identity, { delayMs: 1 });
    const reviewerAgent = watchCertificates(a.panel, a.identity, { delayMs: 1 });
    try {
      a.panel.setScore(app, 'composition' as CriterionId, 17);
      await a.panel.submitReview(app);
      await syncAll(a, chair);
      await chairAgent.settled();
      expect(chair.panel.hasCertificate(a.identity.memberId, a.identity.signing.fingerprint)).toBe(
        true,
      );
      await syncAll(a, chair);
      await reviewerAgent.settled();
      await syncAll(a, chair);
      expect(chair.panel.reviewSignature(app, a.identity.memberId)?.part.member).toBe(
        a.identity.memberId,
      );
    } finally {
      chairAgent.stop();
      reviewerAgent.stop();
    }
  });
});
