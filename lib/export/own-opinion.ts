/**
 * A member's own 专家评审意见 on an application they submitted, signed on their device with its
 * key and the certificate the chair's device issued for it (lib/sign SPEC P1, C2): what the app's
 * export screen offers a reviewer. The chair's panel opinions come from panel-source.ts instead.
 */

import { canonicalJson } from '../crypto/bytes';
import { sha256HexOf } from '../crypto/hash';
import { ReviewDeskError } from '../errors';
import type { FontAssets } from '../export/fonts';
import { createI18n } from '../i18n';
import type { MemberIdentity } from '../identity/identity';
import type { ApplicationId } from '../ids';
import type { Panel } from '../panel/panel';
import { panelPack } from '../reconcile';
import { signOpinion } from '../sign/sign-opinion';
import { opinionFileName } from './export-set';
import { reviewerOpinion } from './opinion-source';
import { localDay } from './panel-source';

export interface SignedOwnOpinion {
  /** A file name like the chair's export uses: `<number>-<title>.pdf`. */
  fileName: string;
  pdf: Uint8Array;
}

export async function signOwnOpinion(
  panel: Panel,
  identity: MemberIdentity,
  applicationId: ApplicationId,
  opts: { language: 'zh-CN' | 'en'; fonts: FontAssets; now?: number },
): Promise<SignedOwnOpinion> {
  const me = panel.member(identity.memberId);
  const apps = panel.applications().filter((a) => !a.withdrawn);
  const index = apps.findIndex((a) => a.id === applicationId);
  const app = apps[index];
  if (!me || !app) throw new ReviewDeskError('panel/unknownApplication', { id: applicationId });
  const review = panel.myReview(applicationId);
  if (review.status !== 'submitted') throw new ReviewDeskError('sign/reviewNotSubmitted');
  const [ca, certificate] = await Promise.all([
    panel.panelCa(),
    panel.certificateFor(identity.memberId, identity.signing.fingerprint),
  ]);
  if (!ca || !certificate) throw new ReviewDeskError('sign/missingCertificate');
  const now = opts.now ?? Date.now();
  const pack = panelPack(panel);
  const opinion = reviewerOpinion(
    {
      pack,
      i18n: createI18n(opts.language),
      language: opts.language,
      panel: { id: panel.id, name: panel.meta()?.name ?? panel.id },
      rubricSha256: sha256HexOf(canonicalJson(panel.rubric())),
      date: localDay(now),
    },
    app,
    String(index + 1),
    review.values,
    {
      memberId: me.id,
      name: me.name,
      unit: me.unit,
      role: me.role === 'chair' ? 'chair' : 'reviewer',
    },
  );
  const signed = await signOpinion({
    opinion,
    fonts: opts.fonts,
    signer: { privateKey: identity.signing.privateKey, certificate: certificate.der, chain: [ca] },
    signedAt: now,
  });
  const path = opinionFileName(signed.opinion, new Set());
  return { fileName: path.slice(path.lastIndexOf('/') + 1), pdf: signed.pdf };
}
