/**
 * The certificate agent of an open panel (lib/sign SPEC C1–C2, R2; panel SPEC K1–K3): on the
 * chair's device it issues a certificate for every device key a member registers (and makes the
 * panel CA and the chair's own certificate if an older panel lacks them); on a reviewer's device
 * it signs each of the member's submitted reviews once the device holds its certificate. It
 * listens to the panel's changes, so it runs whenever a registration or a certificate arrives —
 * by the relay, a `.rdsync` file or this device's own writes — and never from inside the view.
 */

import { reviewPartOf, samePart } from '../export/review-part';
import type { MemberIdentity } from '../identity/identity';
import { canReview } from '../identity/role';
import type { MemberId } from '../ids';
import type { Panel } from '../panel/panel';
import { panelPack } from '../reconcile';
import type { RubricPack } from '../rubric';
import { signReviewPart } from '../sign/bundle';
import { createPanelCa, issueMemberCertificate } from '../sign/certificates';

/** Runs on one panel one at a time, so two callers never issue or sign the same thing twice. */
const queues = new WeakMap<Panel, Promise<unknown>>();

function serial<T>(panel: Panel, job: () => Promise<T>): Promise<T> {
  const before = queues.get(panel) ?? Promise.resolve();
  const next = before.then(job, job);
  queues.set(
    panel,
    next.catch(() => undefined),
  );
  return next;
}

/** The chair issues what is missing; returns how many certificates it wrote. */
export function issueCertificates(panel: Panel, chair: MemberIdentity): Promise<number> {
  return serial(panel, () => issueMissing(panel, chair));
}

async function issueMissing(panel: Panel, chair: MemberIdentity): Promise<number> {
  const meta = panel.meta();
  if (chair.role !== 'chair' || meta?.chair !== chair.memberId || !panel.canWrite()) return 0;
  let ca = await panel.panelCa();
  if (!ca) {
    ca = await createPanelCa(chair.signing, { id: panel.id, name: meta.name });
    await panel.putPanelCa(ca);
  }
  const wanted: { member: MemberId; key: MemberIdentity['signing']['publicJwk'] }[] = [];
  if (!panel.hasCertificate(chair.memberId, chair.signing.fingerprint)) {
    wanted.push({ member: chair.memberId, key: chair.signing.publicJwk });
  }
  for (const reg of panel.deviceRegistrations()) {
    const member = panel.member(reg.member);
    if (!member || member.removed || panel.hasCertificate(reg.member, reg.fingerprint)) continue;
    wanted.push({ member: reg.member, key: reg.key });
  }
  if (wanted.length === 0) return 0;
  const ders: Uint8Array[] = [];
  for (const w of wanted) {
    const member = panel.member(w.member)!;
    ders.push(
      await issueMemberCertificate({
        ca,
        chairKey: chair.signing,
        member: { id: member.id, name: member.name, role: member.role, unit: member.unit },
        deviceKey: w.key,
      }),
    );
  }
  await panel.putCertificates(ders);
  return ders.length;
}

/**
 * A member signs their submitted reviews that carry no signature, or one over an older
 * submission (a returned review submitted again). Returns how many it signed.
 */
export function signOwnReviews(
  panel: Panel,
  identity: MemberIdentity,
  pack?: RubricPack,
): Promise<number> {
  return serial(panel, () => signUnsigned(panel, identity, pack ?? panelPack(panel)));
}

async function signUnsigned(
  panel: Panel,
  identity: MemberIdentity,
  pack: RubricPack,
): Promise<number> {
  const me = panel.member(identity.memberId);
  if (!me || me.removed || !canReview(me.role) || !panel.canWrite()) return 0;
  const [ca, certificate] = await Promise.all([
    panel.panelCa(),
    panel.certificateFor(identity.memberId, identity.signing.fingerprint),
  ]);
  if (!ca || !certificate) return 0;
  let signed = 0;
  for (const app of panel.applications()) {
    const stored = panel.reviewSignature(app.id, identity.memberId);
    const review = panel.myReview(app.id);
    if (review.status !== 'submitted') continue;
    // A submission's values are fixed by its manifest: same submission, same part.
    if (stored && stored.part.submittedAt === review.submittedAt) continue;
    const part = reviewPartOf(panel, pack, app.id, identity.memberId);
    if (!part || (stored && samePart(stored.part, part))) continue;
    const cms = await signReviewPart(part, {
      privateKey: identity.signing.privateKey,
      certificate: certificate.der,
      chain: [ca],
    });
    await panel.putReviewSignature(app.id, { v: 1, part, cms });
    signed++;
  }
  return signed;
}

export interface CertificateAgent {
  /** Resolves once no run is going and none is due (tests, the export screen). */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Run `issueCertificates` (chair) and `signOwnReviews` (anyone who reviews) now and after every
 * change of the panel, one run at a time; a change during a run schedules one more. A failure is
 * handed to `onError` and the agent keeps listening: the next change tries again.
 */
export function watchCertificates(
  panel: Panel,
  identity: MemberIdentity,
  opts: { onError?: (error: unknown) => void; delayMs?: number } = {},
): CertificateAgent {
  const onError = opts.onError ?? (() => undefined);
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await panel.settled();
          if (stopped) return;
          if (identity.role === 'chair') await issueCertificates(panel, identity);
          if (panel.rubric() !== null) await signOwnReviews(panel, identity);
        } catch (error) {
          onError(error);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  // Changes come in bursts (typing, a sync): one run after the burst. Its own writes change the
  // panel too; the run they cause finds nothing left to do.
  const unsubscribe = panel.subscribe(() => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, opts.delayMs ?? 250);
  });
  void run();
  return {
    async settled() {
      while (running || timer) {
        if (timer) {
          clearTimeout(timer);
          timer = null;
          void run();
        }
        await running;
      }
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      unsubscribe();
    },
  };
}
