/**
 * Export benchmark (`npm run bench:export`), one JSON line per measure:
 * - `export.summary+report`: 汇总表 (XLSX and CSV) plus the panel report PDF for 200 applications
 *   and 20 members (target < 3 s);
 * - `sign.opinion`: one signed opinion PDF, typeset with its font subset, signed and checked
 *   (target < 500 ms).
 * Fonts are loaded and the subsetter compiled once before timing (an app does that once per
 * session); each measure is the median of several warm runs, all runs listed.
 */
import { generateSigningKey } from '../lib/crypto/ecdsa';
import { writeReportPdf } from '../lib/export/report-pdf';
import { writeSummaryCsv } from '../lib/export/summary-csv';
import { writeSummaryXlsx } from '../lib/export/summary-xlsx';
import { panelIdFromChairKey } from '../lib/identity/panel-id';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { loadPdfFonts } from '../lib/platform/node-assets';
import { signOpinion } from '../lib/sign/sign-opinion';
import { type MemberSpec, sampleResults } from '../test/export/fixtures';
import { makePanel, sampleOpinion, signerOf } from '../test/sign/fixtures';

setPlatform(nodePlatform);
const APPS = Number(process.env.BENCH_APPS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function measure(name: string, target: number, extra: object, fn: () => Promise<unknown>) {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    runs.push(Math.round(performance.now() - t));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    JSON.stringify({
      bench: name,
      ...extra,
      median_ms: median,
      runs_ms: runs,
      target_ms: target,
      ok: median < target,
    }),
  );
}

const fonts = await loadPdfFonts();
const key = await generateSigningKey(false);
const members: MemberSpec[] = Array.from({ length: 20 }, (_, i) => ({
  id: i === 0 ? 'chair' : `r${i}`,
  name: `专家${i + 1}`,
  role: i === 0 ? 'chair' : 'reviewer',
  unit: `第${i + 1}中学`,
}));
const results = sampleResults({ panelId: panelIdFromChairKey(key.publicJwk), apps: APPS, members });
let sizes = {};
await measure('export.summary+report', 3000, { apps: APPS, members: members.length }, async () => {
  const [xlsx, csv, report] = [
    await writeSummaryXlsx(results),
    writeSummaryCsv(results),
    await writeReportPdf(results, fonts),
  ];
  sizes = { xlsx_bytes: xlsx.length, csv_bytes: csv.length, report_bytes: report.length };
});
console.log(JSON.stringify({ bench: 'export.sizes', apps: APPS, ...sizes }));

const panel = await makePanel();
const opinion = sampleOpinion(panel);
const signer = signerOf(panel, panel.reviewers[0]!);
await measure('sign.opinion', 500, {}, () => signOpinion({ opinion, fonts, signer }));
