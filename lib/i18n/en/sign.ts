import type { Messages } from '../shape';
import type { sign as zh } from '../zh-CN/sign';

export const sign: Messages<typeof zh> = {
  opinion: {
    title: { reviewer: 'Expert review opinion', panel: 'Panel review opinion' },
    fields: {
      panel: 'Panel',
      application: 'Application',
      number: 'No.',
      applicant: 'Applicant',
      recommendingBody: 'Recommended by',
      lead: 'Lead',
      call: 'Call',
    },
    outcomes: { pass: 'meets', fail: 'does not meet', unknown: 'to be checked' },
    eligibility: {
      heading: '1. Eligibility',
      overall: 'Eligibility: {{outcome}}',
      none: '(This call sets no eligibility conditions.)',
      rule: 'Condition',
      outcome: 'Finding',
      detail: 'Detail',
      clause: 'Clause',
    },
    scores: {
      heading: '2. Scores',
      criterion: 'Criterion',
      max: 'Max',
      score: 'Score',
      level: 'Level',
      comment: 'Comment',
      total: 'Total',
      reviewer: 'Reviewer',
      reviewerTotal: 'Total',
    },
    comments: { heading: '3. Main comments', none: '(none)' },
    opinion: { heading: '4. Opinion', verdict: 'Verdict: {{verdict}}' },
    signature: {
      title: 'Signature',
      name: 'Signed by',
      role: 'Role',
      unit: 'Unit',
      date: 'Date',
      digital: 'Digital signature',
      digitalText:
        "Signed with the signer's device key, certified by the panel. Check it with review-desk verify, or pdfsig.",
    },
    roles: { chair: 'Panel chair', reviewer: 'Reviewer' },
    files: { heading: 'Application files (SHA-256)', name: 'File' },
    footer: 'Page {{page}} of {{pages}} · {{panel}}',
    reason: 'Review opinion: {{application}}',
  },
  verify: {
    kinds: { opinion: 'review opinion PDF', bundle: 'result bundle' },
    valid: '✓ Valid: {{kind}}',
    invalid: '✗ Not valid: {{kind}}',
    panel: 'Panel: {{name}} (id {{id}})',
    panelUnknown: 'Panel: cannot be established',
    signer: 'Signed by: {{name}} ({{role}}, {{unit}}, member {{member}})',
    signedAt: 'Signed at: {{at}}',
    part: 'Covers: {{part}}',
    parts: {
      result: 'the whole result (chair)',
      review: 'the review of {{application}} ({{member}})',
    },
    roles: {
      chair: 'panel chair',
      reviewer: 'reviewer',
      observer: 'observer',
      unknown: 'unknown role',
    },
    ok: '  ✓ {{text}}',
    fail: '  ✗ {{text}}',
    checks: {
      signature: {
        ok: 'The signature matches the content: nothing was changed',
        fail: 'The signature does not match the content: it was changed after signing, or the signature is damaged',
      },
      wholeFile: {
        ok: 'The signature covers the whole file: nothing was appended after signing',
        fail: '{{bytes}} bytes were appended after signing (e.g. an incremental update); they are not signed',
      },
      oneSignature: {
        ok: 'The file holds exactly one signature',
        fail: 'The file holds {{count}} signatures, or a signature in an unexpected place',
      },
      certBinding: {
        ok: "The signature is bound to the signer's certificate (CAdES)",
        fail: "The signature is not bound to the signer's certificate (no signingCertificateV2)",
      },
      panelCa: {
        ok: 'The panel certificate is valid: self-signed by the chair key, whose hash is the panel id',
        fail: 'The panel certificate is not valid ({{reason}})',
      },
      pinnedCa: {
        ok: 'The panel certificate is the one given',
        fail: 'The panel certificate is not the one given with --ca: this is another panel',
      },
      chain: {
        ok: "The signer's certificate was issued by this panel",
        fail: "The signer's certificate was not issued by this panel ({{reason}})",
      },
      validity: {
        ok: 'The certificate was valid when signing',
        fail: "The signing time is outside the certificate's validity, or missing",
      },
      revocation: {
        ok: 'The signer was a panel member when signing',
        okLater:
          'The signer was removed from the panel at {{at}}, after signing: the signature stands',
        fail: 'The signer had been removed from the panel at {{at}}: signatures from then on do not count',
      },
      crl: {
        ok: 'The revocation list was issued by the panel',
        fail: 'The revocation list cannot be checked (not issued by this panel)',
      },
      bundleShape: { ok: 'The bundle is well formed', fail: 'The bundle is malformed ({{field}})' },
      partCovered: {
        ok: "Every reviewer's review carries their own signature",
        fail: '{{count}} reviews lack their own signature or it does not match',
      },
    },
    reasons: {
      notCa: 'not a CA certificate',
      badSelfSignature: 'bad self-signature',
      panelIdMismatch: 'its key does not hash to the panel id',
      notP256: 'not a P-256 key',
      wrongIssuer: 'issued by someone else',
      badSignature: 'bad certificate signature',
      isCa: "the signer's certificate is a CA",
      otherPanel: 'a certificate of another panel',
      noCertificate: "no signer's certificate in the signature",
      notChair: 'the signer is not the chair',
      otherMember: 'the signer is not the author of this review',
      noCa: 'no panel certificate in the signature',
    },
  },
  cli: {
    verify: {
      summary: 'Verify a signed review opinion PDF or a result bundle',
      usage:
        'Usage: review-desk verify FILE [--ca PANEL-CA.pem] [--crl LIST.crl] [--json]\n  Checks the signature, the chain to the panel CA, that the signer had not been removed when signing, that the content is intact and that nothing was appended after signing.\n  --ca pins the panel certificate; --crl gives a newer revocation list.\n  Exit codes: 0 valid, 1 not valid, 2 unreadable.',
    },
    identity: {
      summary: 'Identity: export or import an identity backup (move it between devices)',
      usage:
        'Usage:\n  review-desk identity export --identity ID_FILE --passphrase P --out BACKUP [--new-passphrase Q] [--certificates CERTS.pem]\n  review-desk identity import BACKUP --passphrase P --out ID_FILE [--new-passphrase Q]\n  review-desk identity show FILE\n  A backup is encrypted with the passphrase (PBKDF2-SHA-256 + AES-256-GCM) and holds the signing key (when exportable), the invitation key, the seal secret, the certificates and the panel facts.',
      exported: 'Wrote the identity backup {{file}} ({{name}}, {{role}}, panel {{panel}})',
      imported: 'Imported the identity into {{file}} ({{name}}, {{role}}, panel {{panel}})',
      newDeviceKey:
        'The backup holds no signing key (the original device could not export it): this device made its own key {{fingerprint}}, which the panel must register before it can sign.',
      show: 'Identity: {{name}} ({{role}}), member {{member}}, panel {{panel}}\n  Key fingerprint: {{fingerprint}}\n  Certificates: {{certificates}}; holds the signing key: {{hasKey}}',
      yes: 'yes',
      no: 'no (the new device makes and registers its own)',
    },
  },
  errors: {
    wrongChairKey:
      'This key is not the chair key of panel {{panel}}; it cannot issue its certificates.',
    badCertificate: 'The certificate cannot be read (not a valid X.509 certificate).',
    badSignatureData: 'The signature data is damaged and cannot be read.',
    badCrl: 'The revocation list cannot be read, or was not issued by this panel.',
    noPlaceholder: 'The signature could not be placed in the PDF (no signature placeholder).',
    signatureTooLarge: 'The signature ({{size}} bytes) is larger than the space reserved for it.',
    notPdf: 'This is not a PDF file.',
    badOpinion: 'The review opinion data is incomplete or wrong ({{field}}).',
    keyCertificateMismatch:
      "The signing key does not match the certificate: this device's key has no such certificate. Register this device with the panel first.",
    unreadable:
      'Cannot read "{{file}}": it is neither a signed review opinion PDF nor a result bundle.',
    backupWrongPassphrase:
      'Wrong passphrase. Check it (case, input method) and try again; nothing was changed.',
    backupDamaged:
      'The identity backup is damaged or was altered and cannot be imported; nothing was changed. Export it again.',
    notBackup: 'This is not a Review Desk identity backup.',
    chairKeyNotBackedUp:
      "The chair key cannot be exported from this device and no backup was kept when the panel was made, so the chair identity cannot be exported. The panel's authority is this key: export from a device that holds a backup.",
    nothingToMove:
      'This identity has neither an exportable signing key nor an invitation key: it cannot be used on another device.',
    missingCertificate:
      "The panel has not yet issued a certificate for this device, so it cannot sign. The chair's device issues one automatically once it sees this device's registration.",
    unsignedPdf: 'This PDF carries no digital signature; there is nothing to verify.',
    notBundle: 'This is not a Review Desk result bundle.',
    bundleSignerMissing: 'No certificate for {{member}}: the result bundle cannot be signed.',
  },
};
