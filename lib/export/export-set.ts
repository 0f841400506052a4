/**
 * Everything a panel hands out, as named files (what `review-desk export` and the app's export
 * write): 汇总表.xlsx and .csv, report.pdf, one chair-signed opinion per application, the signed
 * result bundle and the panel CA. Input is plain data (`ExportSource`), built from the panel and
 * the reconcile summary by `readPanelForExport`; output is bytes, so it runs anywhere.
 */

import { safeFileName } from '../file-name';
import { createResultBundle } from '../sign/bundle';
import { certificateToPem } from '../sign/certificates';
import type { CmsSigner } from '../sign/cms';
import { signOpinion } from '../sign/sign-opinion';
import type { FontAssets } from './fonts';
import type { Opinion } from './opinion-model';
import { writeReportPdf } from './report-pdf';
import { type PanelResults, parseResults } from './results-model';
import { writeSummaryCsv } from './summary-csv';
import { writeSummaryXlsx } from './summary-xlsx';

export interface ExportSource {
  results: PanelResults;
  /** The panel's opinion per application, to be signed by the chair (`kind: 'panel'`). */
  opinions: Opinion[];
  /** DER: the panel CA, the chair's own certificate, every member certificate, the CRL. */
  ca: Uint8Array;
  chairCertificate: Uint8Array;
  memberCertificates: { member: string; der: Uint8Array }[];
  crl: Uint8Array | null;
  /** Reviewers' own signatures over their reviews, as the panel stores them. */
  reviewSignatures: { application: string; member: string; cms: string }[];
  /** Applications with no opinion to sign (no decision, no counted review), for the chair to see. */
  withoutOpinion?: OmittedOpinion[];
}

export interface OmittedOpinion {
  application: string;
  number: string;
  title: string;
  reason: 'noDecisionNoReview';
}

export interface ExportFile {
  /** Relative path, `/` separated. */
  path: string;
  bytes: Uint8Array;
}

export const EXPORT_NAMES = {
  xlsx: '汇总表.xlsx',
  csv: '汇总表.csv',
  report: 'report.pdf',
  bundle: 'bundle.json',
  ca: 'panel-ca.pem',
  opinions: 'opinions',
} as const;

export { safeFileName } from '../file-name';

export function opinionFileName(o: Opinion, taken: Set<string>): string {
  const base = safeFileName(
    o.application.number ? `${o.application.number}-${o.application.title}` : o.application.title,
  );
  let name = `${base}.pdf`;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}.pdf`;
  taken.add(name);
  return `${EXPORT_NAMES.opinions}/${name}`;
}

export async function buildExportFiles(
  source: ExportSource,
  opts: {
    privateKey: CryptoKey;
    fonts: FontAssets;
    signedAt?: number;
    /** Awaited, so a screen can let the browser paint the progress between files. */
    onProgress?: (done: number, total: number) => unknown;
  },
): Promise<ExportFile[]> {
  const results = parseResults(source.results);
  const signedAt = opts.signedAt ?? Date.now();
  const signer: CmsSigner = {
    privateKey: opts.privateKey,
    certificate: source.chairCertificate,
    chain: [source.ca],
    crls: source.crl ? [source.crl] : [],
  };
  const total = 4 + source.opinions.length;
  let done = 0;
  const step = async () => {
    await opts.onProgress?.(++done, total);
  };
  const files: ExportFile[] = [];
  files.push({ path: EXPORT_NAMES.xlsx, bytes: await writeSummaryXlsx(results) });
  files.push({ path: EXPORT_NAMES.csv, bytes: writeSummaryCsv(results) });
  await step();
  files.push({ path: EXPORT_NAMES.report, bytes: await writeReportPdf(results, opts.fonts) });
  await step();
  const taken = new Set<string>();
  for (const opinion of source.opinions) {
    const signed = await signOpinion({ opinion, fonts: opts.fonts, signer, signedAt });
    files.push({ path: opinionFileName(signed.opinion, taken), bytes: signed.pdf });
    await step();
  }
  const bundle = await createResultBundle({
    results,
    ca: source.ca,
    memberCertificates: source.memberCertificates,
    crl: source.crl,
    reviewSignatures: source.reviewSignatures,
    chair: signer,
    signedAt,
  });
  files.push({
    path: EXPORT_NAMES.bundle,
    bytes: new TextEncoder().encode(`${JSON.stringify(bundle, null, 2)}\n`),
  });
  await step();
  files.push({
    path: EXPORT_NAMES.ca,
    bytes: new TextEncoder().encode(certificateToPem(source.ca)),
  });
  await step();
  return files;
}
