/**
 * The verification report (SPEC V1–V6): what `review-desk verify` and the app show for a file.
 * Checks are ids with parameters, never sentences; `reportLines` words them through i18n in the
 * reader's language. A file is valid only when every check of every signature passed.
 */
export type CheckId =
  | 'signature'
  | 'wholeFile'
  | 'oneSignature'
  | 'certBinding'
  | 'panelCa'
  | 'pinnedCa'
  | 'chain'
  | 'validity'
  | 'revocation'
  | 'crl'
  | 'bundleShape'
  | 'partCovered';

export interface Check {
  id: CheckId;
  ok: boolean;
  /** A variant of the sentence (`okLater` for a revocation after signing). */
  variant?: string;
  params?: Record<string, string | number>;
}

export interface SignerReport {
  /** What the signature covers: an opinion PDF, the whole result, or one review of a bundle. */
  part:
    | { kind: 'opinion' }
    | { kind: 'result' }
    | { kind: 'review'; application: string; member: string };
  name: string | null;
  memberId: string | null;
  role: string | null;
  unit: string | null;
  signedAt: number | null;
  certificateSerial: string | null;
  checks: Check[];
}

export interface VerifyReport {
  kind: 'opinion' | 'bundle';
  valid: boolean;
  panel: { id: string; name: string } | null;
  /** Checks about the file as a whole (appended bytes, bundle shape). */
  checks: Check[];
  signers: SignerReport[];
}

export function finishReport(report: Omit<VerifyReport, 'valid'>): VerifyReport {
  const valid =
    report.signers.length > 0 &&
    report.checks.every((c) => c.ok) &&
    report.signers.every((s) => s.checks.every((c) => c.ok));
  return { ...report, valid };
}

type T = (key: string, params?: Record<string, unknown>) => string;

function formatTime(at: number | null, language: string): string {
  if (at === null) return '—';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
  return language.startsWith('en') ? text : text.replace(' UTC', '（UTC）');
}

function checkLine(c: Check, t: T, language: string): string {
  const params: Record<string, unknown> = { ...c.params };
  if (typeof params.at === 'number') params.at = formatTime(params.at, language);
  if (typeof params.reason === 'string') params.reason = t(`sign:verify.reasons.${params.reason}`);
  const sentence = t(`sign:verify.checks.${c.id}.${c.variant ?? (c.ok ? 'ok' : 'fail')}`, params);
  return t(c.ok ? 'sign:verify.ok' : 'sign:verify.fail', { text: sentence });
}

/** The report as lines of text, as the CLI prints it and the app shows it. */
export function reportLines(report: VerifyReport, t: T, language: string): string[] {
  const kind = t(`sign:verify.kinds.${report.kind}`);
  const lines = [t(report.valid ? 'sign:verify.valid' : 'sign:verify.invalid', { kind })];
  lines.push(
    report.panel
      ? t('sign:verify.panel', { name: report.panel.name, id: report.panel.id })
      : t('sign:verify.panelUnknown'),
  );
  for (const c of report.checks) lines.push(checkLine(c, t, language));
  for (const s of report.signers) {
    lines.push('');
    if (s.part.kind !== 'opinion') {
      const part =
        s.part.kind === 'result'
          ? t('sign:verify.parts.result')
          : t('sign:verify.parts.review', {
              application: s.part.application,
              member: s.part.member,
            });
      lines.push(t('sign:verify.part', { part }));
    }
    const role = ['chair', 'reviewer', 'observer'].includes(s.role ?? '') ? s.role! : 'unknown';
    lines.push(
      t('sign:verify.signer', {
        name: s.name ?? '—',
        role: t(`sign:verify.roles.${role}`),
        unit: s.unit || '—',
        member: s.memberId ?? '—',
      }),
    );
    lines.push(t('sign:verify.signedAt', { at: formatTime(s.signedAt, language) }));
    for (const c of s.checks) lines.push(checkLine(c, t, language));
  }
  return lines;
}
