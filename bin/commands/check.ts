/**
 * `review-desk check --rubric ID|FILE.json --facts FACTS.json [--json]`: each application's
 * verdicts under the pack, then the cross-application findings. Failing applications are a
 * result (exit 0); only bad input exits 2.
 *
 * Applications are loaded by `loadApplications`: from a facts file (its shape is
 * lib/facts/facts-file), and from PDF files given as positional arguments (facts extracted from
 * each PDF, id = file name; see extract.ts).
 */
import path from 'node:path';
import { ReviewDeskError } from '../../lib/errors';
import { parseFactsFile } from '../../lib/facts/facts-file';
import type { OcrSummary } from '../../lib/ocr/extraction';
import {
  checkPanel,
  type Evaluation,
  type Finding,
  formatMessage,
  type PanelApplication,
  type PanelCheck,
  pickText,
  type RubricPack,
} from '../../lib/rubric';
import {
  type CliContext,
  type Command,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';
import { extractApplicationsFromFiles } from './extract';
import { checkMeta } from './lazy-meta';
import { printOcrPages } from './ocr-report';
import { readJsonFile, resolvePack } from './rubric';

export interface ApplicationSources {
  /** `--facts FILE.json`: one application's facts, or an array of them each with an `id`. */
  facts?: string;
  /** Positional arguments: PDF files, facts extracted from each (id = file name). */
  files: string[];
  /** The pack PDFs are read for (its deadline, its own facts). */
  pack?: RubricPack;
  /** Read scanned pages by OCR (default); `--no-ocr` turns it off. */
  ocr?: boolean;
  /** Filled with each PDF's OCR report (pages read by OCR, their confidence), by id. */
  ocrReports?: Map<string, OcrSummary>;
}

export async function loadApplications(
  ctx: CliContext,
  sources: ApplicationSources,
): Promise<PanelApplication[]> {
  if (sources.files.length > 0 && sources.pack) {
    // PDFs: facts proposed by extraction; a scanned file has none, so its rules are unknown.
    const fromPdfs = await extractApplicationsFromFiles(
      ctx,
      sources.files,
      sources.pack,
      undefined,
      sources.ocr ?? true,
      (id, result) => {
        if (result.ocr) sources.ocrReports?.set(id, result.ocr);
      },
    );
    const fromFacts = sources.facts
      ? await loadApplications(ctx, { facts: sources.facts, files: [] })
      : [];
    return uniqueIds([...fromFacts, ...fromPdfs]);
  }
  const file = requireOption(sources.facts, 'facts');
  const content = await readJsonFile(ctx, file);
  return parseFactsFile(content, file, path.basename(file, path.extname(file)));
}

function uniqueIds(apps: PanelApplication[]): PanelApplication[] {
  const seen = new Set<string>();
  for (const app of apps) {
    if (seen.has(app.id)) throw new ReviewDeskError('rubric/duplicateApplication', { id: app.id });
    seen.add(app.id);
  }
  return apps;
}

/** Exactly the shape documented for `check --json`. */
export function checkJson(
  ctx: CliContext,
  pack: RubricPack,
  result: PanelCheck,
  ocr?: Map<string, OcrSummary>,
) {
  const text = (m: Parameters<typeof formatMessage>[1]) => formatMessage(ctx.i18n, m);
  return {
    rubric: pack.id,
    applications: result.applications.map(({ id, evaluation }) => ({
      id,
      // Only for PDFs with scanned pages: which were read by OCR, and how surely.
      ...(ocr?.get(id)
        ? { ocr: { pages: ocr.get(id)!.pages, failures: ocr.get(id)!.failures } }
        : {}),
      eligible: evaluation.eligible,
      rules: evaluation.rules.map((r) => ({
        id: r.id,
        status: r.status,
        severity: r.severity,
        clause: { id: r.clause.id, number: r.clause.number, text: r.clause.text },
        message: text(r.message),
      })),
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      status: f.status,
      applications: f.applications,
      message: text(f.message),
    })),
  };
}

function eligibleText(ctx: CliContext, eligible: boolean | null): string {
  const key = eligible === true ? 'yes' : eligible === false ? 'no' : 'unknown';
  return ctx.t(`rubric:cli.check.eligible.${key}`);
}

function printApplication(ctx: CliContext, id: string, evaluation: Evaluation): void {
  const { t } = ctx;
  const verdict = eligibleText(ctx, evaluation.eligible);
  ctx.out(t('rubric:cli.check.application', { id, verdict, ...evaluation.counts }));
  for (const rule of evaluation.rules) {
    const status = t(`rubric:cli.check.status.${rule.status}`);
    const severity = t(`rubric:cli.check.severity.${rule.severity}`);
    const message = formatMessage(ctx.i18n, rule.message);
    ctx.out(`  [${status}] ${rule.id}  ${severity}  ${rule.clause.number}  ${message}`);
    if (rule.status === 'fail' && rule.clause.text) {
      ctx.out(
        `      ${t('rubric:cli.check.clause', { number: rule.clause.number, text: rule.clause.text })}`,
      );
    }
  }
  for (const problem of evaluation.factProblems) {
    ctx.out(`  ! ${formatMessage(ctx.i18n, problem.message)}`);
  }
}

function printFinding(ctx: CliContext, finding: Finding): void {
  const { t } = ctx;
  const status = t(`rubric:cli.check.status.${finding.status}`);
  const severity = t(`rubric:cli.check.severity.${finding.severity}`);
  const message = formatMessage(ctx.i18n, finding.message);
  ctx.out(`  [${status}] ${finding.rule}  ${severity}  ${finding.clause.number}  ${message}`);
  const ids = finding.applications.join(t('rubric:values.separator'));
  ctx.out(`      ${t('rubric:cli.check.involved', { ids })}`);
}

export const checkCommand: Command = {
  ...checkMeta,
  async run(ctx, argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      rubric: { type: 'string' },
      facts: { type: 'string' },
      json: { type: 'boolean' },
      'no-ocr': { type: 'boolean' },
    });
    const pack = await resolvePack(ctx, requireOption(values.rubric, 'rubric'));
    const ocrReports = new Map<string, OcrSummary>();
    const applications = await loadApplications(ctx, {
      facts: values.facts,
      files: positionals,
      pack,
      ocr: !values['no-ocr'],
      ocrReports,
    });
    const result = checkPanel(pack, applications);
    if (values.json) {
      ctx.out(JSON.stringify(checkJson(ctx, pack, result, ocrReports), null, 2));
      return EXIT_OK;
    }
    ctx.out(
      ctx.t('rubric:cli.check.header', {
        id: pack.id,
        title: pickText(pack.title, ctx.i18n.language),
      }),
    );
    for (const { id, evaluation } of result.applications) {
      ctx.out('');
      printApplication(ctx, id, evaluation);
      const ocr = ocrReports.get(id);
      if (ocr) printOcrPages(ctx, { ocr } as Parameters<typeof printOcrPages>[1]);
    }
    ctx.out('');
    if (result.findings.length === 0) ctx.out(ctx.t('rubric:cli.check.noFindings'));
    else {
      ctx.out(ctx.t('rubric:cli.check.findings'));
      for (const finding of result.findings) printFinding(ctx, finding);
    }
    return EXIT_OK;
  },
};
