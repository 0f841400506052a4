/**
 * Checking one detached CMS signature against the panel (SPEC V2–V5): the bytes, the binding to
 * the signer's certificate, the panel CA (self-signed, its key hashing to the panel id, or the CA
 * the verifier pinned), the chain from the signer to it, the certificate's validity at signing
 * time and whether the signer had been removed from the panel by then.
 */
import { ReviewDeskError } from '../errors';
import {
  type CertificateFacts,
  certificateFacts,
  checkMemberCertificate,
  checkPanelCa,
} from './certificates';
import { checkDetached } from './cms';
import {
  mergeRevocations,
  type RevocationList,
  readPanelCrl,
  revocationStatus,
} from './revocation';
import type { Check, SignerReport } from './verify-report';

export interface Trust {
  /** The panel CA the verifier expects (pins the panel); else the one carried in the file. */
  ca?: Uint8Array;
  /** Newer revocation lists than those carried in the file. */
  crls?: Uint8Array[];
}

export interface SignatureCheck {
  signer: Omit<SignerReport, 'part'>;
  panel: { id: string; name: string } | null;
  /** The CA the chain was checked against (null when none could be found). */
  ca: Uint8Array | null;
}

async function findCa(
  carried: Uint8Array[],
  fixed: Uint8Array | undefined,
): Promise<Uint8Array | null> {
  if (fixed) return fixed;
  for (const der of carried) {
    try {
      if ((await certificateFacts(der)).isCa) return der;
    } catch {
      // An unreadable extra certificate is ignored: the chain check names what is missing.
    }
  }
  return null;
}

/**
 * `signedAt` is the time the file states (a PDF's /M, covered by its signature); when null the
 * CMS signingTime attribute is used. `ca` is a CA the file fixes for all its signatures (a
 * bundle's); the verifier's own pin (`trust.ca`) wins over it and over the CA a CMS carries.
 */
export async function checkSignature(
  cms: Uint8Array,
  content: Uint8Array,
  opts: { signedAt: number | null; trust: Trust; ca?: Uint8Array },
): Promise<SignatureCheck> {
  const checks: Check[] = [];
  const cmsCheck = await checkDetached(cms, content);
  checks.push({ id: 'signature', ok: cmsCheck.signatureValid });
  checks.push({ id: 'certBinding', ok: cmsCheck.signingCertificateBound });
  const signedAt = opts.signedAt ?? cmsCheck.signingTime;
  let facts: CertificateFacts | null = null;
  if (cmsCheck.signer) {
    try {
      facts = await certificateFacts(cmsCheck.signer);
    } catch (error) {
      if (!(error instanceof ReviewDeskError)) throw error;
    }
  }
  const caDer = await findCa(cmsCheck.certificates, opts.trust.ca ?? opts.ca);
  let panel: SignatureCheck['panel'] = null;
  if (!caDer) {
    checks.push({ id: 'panelCa', ok: false, params: { reason: 'noCa' } });
  } else {
    const ca = await checkPanelCa(caDer);
    checks.push(
      ca.ok
        ? { id: 'panelCa', ok: true }
        : { id: 'panelCa', ok: false, params: { reason: ca.reason } },
    );
    if (ca.ok) panel = { id: ca.panelId, name: ca.panelName };
  }
  if (!cmsCheck.signer || !facts) {
    checks.push({ id: 'chain', ok: false, params: { reason: 'noCertificate' } });
  } else if (caDer) {
    const chain = await checkMemberCertificate(cmsCheck.signer, caDer);
    // With a pin, a broken chain is reported once, as "another panel": that is what it means.
    if (opts.trust.ca) checks.push({ id: 'pinnedCa', ok: chain.ok });
    if (!opts.trust.ca || chain.ok) {
      checks.push(
        chain.ok
          ? { id: 'chain', ok: true }
          : { id: 'chain', ok: false, params: { reason: chain.reason } },
      );
    }
  }
  const inValidity =
    signedAt !== null &&
    facts !== null &&
    signedAt >= facts.notBefore &&
    signedAt <= facts.notAfter;
  checks.push({ id: 'validity', ok: inValidity });
  if (caDer && cmsCheck.signer) {
    const lists: RevocationList[] = [];
    let crlsOk = true;
    for (const crl of [...cmsCheck.crls, ...(opts.trust.crls ?? [])]) {
      try {
        lists.push(await readPanelCrl(crl, caDer));
      } catch {
        crlsOk = false;
      }
    }
    if (!crlsOk) checks.push({ id: 'crl', ok: false });
    const status = await revocationStatus(
      cmsCheck.signer,
      mergeRevocations(lists),
      signedAt ?? Date.now(),
    );
    if (!status.revoked) checks.push({ id: 'revocation', ok: true });
    else if (status.beforeSigning)
      checks.push({ id: 'revocation', ok: false, params: { at: status.at } });
    else checks.push({ id: 'revocation', ok: true, variant: 'okLater', params: { at: status.at } });
  }
  return {
    signer: {
      name: facts?.subjectName ?? null,
      memberId: facts?.memberId ?? null,
      role: facts?.role ?? null,
      unit: facts?.unit ?? null,
      signedAt,
      certificateSerial: facts?.serial ?? null,
      checks,
    },
    panel,
    ca: caDer,
  };
}
