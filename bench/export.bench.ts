/**
 * `export.summary` and `sign.opinion` (`npm run bench -- export`):
 * - `export.summary`: 汇总表 (XLSX and CSV) plus the panel report PDF for 200 applications and 20
 *   members (target < 3 s);
 * - `sign.opinion`: one signed opinion PDF, typeset with its font subset, signed (PAdES) and
 *   checked (target < 500 ms).
 * Neither has another implementation to run beside it, so the baseline is the target (ratio < 1
 * meets it). Fonts are loaded and the subsetter compiled once before timing (an app does that once
 * per session); each figure is the median of several runs after a warm-up.
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
import { emit, median, QUICK, runsOr, say, timeRuns } from './lib/record';

setPlatform(nodePlatform);
const APPS = Number(process.env.BENCH_APPS ?? (QUICK ? 20 : 200));
const RUNS = runsOr(5);

const fonts = await loadPdfFonts();
const key = await generateSigningKey(false);
const members: MemberSpec[] = Array.from({ length: 20 }, (_, i) => ({
  id: i === 0 ? 'chair' : `r${i}`,
  name: `专家${i + 1}`,
  role: i === 0 ? 'chair' : 'reviewer',
  unit: `第${i + 1}中学`,
}));
const results = sampleResults({ panelId: panelIdFromChairKey(key.publicJwk), apps: APPS, members });
let sizes = '';
const summary = await timeRuns(
  async () => {
    const xlsx = await writeSummaryXlsx(results);
    const csv = writeSummaryCsv(results);
    const report = await writeReportPdf(results, fonts);
    sizes = `XLSX ${xlsx.length} B, CSV ${csv.length} B, report PDF ${report.length} B`;
  },
  { runs: RUNS },
);
say(`export.summary: ${sizes}`);
emit({
  name: 'export.summary',
  unit: 'ms',
  value: median(summary),
  baseline: 'target',
  baselineValue: 3000,
  n: RUNS,
  target: '< 3000 ms',
  note: `汇总表 XLSX + CSV and the panel report PDF, ${APPS} applications × ${members.length} members; ${sizes}`,
});

const panel = await makePanel();
const opinion = sampleOpinion(panel);
const signer = signerOf(panel, panel.reviewers[0]!);
const sign = await timeRuns(() => signOpinion({ opinion, fonts, signer }), { runs: RUNS });
emit({
  name: 'sign.opinion',
  unit: 'ms',
  value: median(sign),
  baseline: 'target',
  baselineValue: 500,
  n: RUNS,
  target: '< 500 ms',
  note: 'one opinion PDF typeset with its font subset, PAdES-signed and checked',
});
