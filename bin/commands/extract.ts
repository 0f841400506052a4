/**
 * `review-desk extract FILE.pdf [--rubric ID|PACK.json] [--password PW] [--json] [--explain] [--no-ocr]`:
 * the facts an application PDF states, each with its page and quoted evidence and a confidence.
 * `--json` prints one object `{file, sha256, pages, pagesWithText, pagesWithoutText, facts, ocr}`
 * (facts not found are absent; each fact `{value, evidence, confidence, source}`); otherwise a
 * readable table, with `--explain` naming the structure each value came from (table, checkbox
 * grid, key–value pair, sentence, list, section). Bad input (missing, damaged, encrypted file)
 * exits 2 with one localised sentence naming the file.
 *
 * Also `extractApplicationsFromFiles`, which `check` uses to evaluate PDFs directly.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReviewDeskError } from '../../lib/errors';
import { type ExtractionResult, extractFromPdf, isUncertain } from '../../lib/extract';
import { describeDoubts, describeFactValue } from '../../lib/extract/describe';
import { STANDARD_FACT_IDS } from '../../lib/facts/standard';
import { isCjk } from '../../lib/pdf/normalize';
import { builtinPacks, type PanelApplication, pickText, type RubricPack } from '../../lib/rubric';
import { type CliContext, type Command, EXIT_OK, parseCommandArgs } from '../cli-kit';
import { cliOcrOptions, knownNames, ocrFactNote, pagesNotRead, printOcrPages } from './ocr-report';
import { resolvePack } from './rubric';

async function readPdfFile(ctx: CliContext, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path.resolve(ctx.cwd, file)));
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ReviewDeskError('extract/unreadable', { file, detail }, { cause: error });
  }
}

export async function extractFile(
  ctx: CliContext,
  file: string,
  options: { pack?: RubricPack; password?: string; ocr?: boolean; known?: string[] } = {},
): Promise<ExtractionResult> {
  const bytes = await readPdfFile(ctx, file);
  const ocr = cliOcrOptions(ctx, options.ocr ?? true, options.known);
  return extractFromPdf(bytes, {
    fileName: path.basename(file),
    password: options.password,
    pack: options.pack,
    ...(ocr ? { ocr } : {}),
  });
}

/**
 * Applications for `check`, one per PDF: id = file name, facts = the proposed values. A scanned
 * file yields no facts, so its rules are unknown (eligible null), never guessed.
 */
export async function extractApplicationsFromFiles(
  ctx: CliContext,
  paths: string[],
  pack: RubricPack,
  password?: string,
  ocr = true,
  onResult?: (id: string, result: ExtractionResult) => void,
): Promise<PanelApplication[]> {
  const apps: PanelApplication[] = [];
  const results: ExtractionResult[] = [];
  for (const file of paths) {
    // Names stated in the applications read so far help read unsure names on scans.
    const known = knownNames(results);
    const result = await extractFile(ctx, file, { pack, password, ocr, known });
    results.push(result);
    onResult?.(path.basename(file), result);
    const facts = Object.fromEntries(Object.entries(result.facts).map(([id, f]) => [id, f.value]));
    apps.push({ id: path.basename(file), facts });
  }
  return apps;
}

/** Columns a string takes in a terminal: CJK characters are two wide. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += isCjk(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\t/g, ' ');
}

function printTable(
  ctx: CliContext,
  result: ExtractionResult,
  pack: RubricPack | undefined,
  explain: boolean,
) {
  const { t } = ctx;
  ctx.out(
    t('extract:cli.header', {
      file: result.file,
      pages: result.pages,
      withText: result.pagesWithText,
    }),
  );
  ctx.out(t('extract:cli.sha256', { sha256: result.sha256 }));
  ctx.out('');
  const label = (id: string) => {
    const own = pack?.facts.find((f) => f.id === id);
    if ((STANDARD_FACT_IDS as string[]).includes(id)) return t(`extract:facts.${id}`);
    return own ? pickText(own.label, ctx.i18n.language) : id;
  };
  const ids = [
    ...STANDARD_FACT_IDS,
    ...(pack?.facts
      .map((f) => f.id)
      .filter((id) => !(STANDARD_FACT_IDS as string[]).includes(id)) ?? []),
  ];
  const found = ids.filter((id) => result.facts[id]);
  const column = Math.max(0, ...found.map((id) => width(label(id)))) + 2;
  const lang = ctx.i18n.language;
  for (const id of found) {
    const fact = result.facts[id]!;
    // Without a pack, the standard facts read as the built-in packs declare them.
    const def = (pack ? [pack] : builtinPacks()).flatMap((p) => p.facts).find((f) => f.id === id);
    const option = (v: string) => {
      const o = def?.options?.find((x) => x.value === v);
      return o?.label ? pickText(o.label, lang) : v;
    };
    ctx.out(
      `${pad(label(id), column)}${describeFactValue(id, fact.value, t, option)}${ocrFactNote(ctx, result, id)}`,
    );
    const percent = Math.round((fact.confidence ?? 1) * 100);
    const notes = [
      t(isUncertain(fact) ? 'extract:cli.uncertain' : 'extract:cli.confidence', { percent }),
      ...(explain && fact.source
        ? [t('extract:cli.source', { source: t(`extract:cli.sources.${fact.source}`) })]
        : []),
    ];
    ctx.out(`${' '.repeat(column)}${notes.join(t('extract:values.separator'))}`);
    for (const doubt of describeDoubts(fact.doubts, t, (k) => ctx.i18n.exists(k))) {
      ctx.out(`${' '.repeat(column)}${doubt}`);
    }
    for (const e of fact.evidence) {
      ctx.out(
        `${' '.repeat(column)}${t('extract:cli.evidence', { page: e.page, quote: oneLine(e.quote) })}`,
      );
    }
  }
  if (found.length === 0) ctx.out(t('extract:cli.nothing'));
  const relevant = pack ? pack.facts.map((f) => f.id) : STANDARD_FACT_IDS;
  const missing = relevant.filter(
    (id) => !result.facts[id] && !pack?.facts.find((f) => f.id === id)?.derive,
  );
  if (missing.length > 0) {
    ctx.out('');
    ctx.out(
      t('extract:cli.notFound', { facts: missing.map(label).join(t('extract:values.separator')) }),
    );
  }
  printOcrPages(ctx, result);
  for (const page of pagesNotRead(result)) ctx.out(t('pdf:page.noText', { page }));
  for (const { page } of result.unreadablePages ?? []) ctx.out(t('pdf:page.unreadable', { page }));
}

export const extractCommand: Command = {
  name: 'extract',
  summaryKey: 'extract:cli.summary',
  usageKey: 'extract:cli.usage',
  async run(ctx, argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      rubric: { type: 'string' },
      password: { type: 'string' },
      json: { type: 'boolean' },
      explain: { type: 'boolean' },
      'no-ocr': { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new ReviewDeskError('extract/noFile');
    const pack = values.rubric ? await resolvePack(ctx, values.rubric) : undefined;
    const result = await extractFile(ctx, positionals[0]!, {
      pack,
      password: values.password,
      ocr: !values['no-ocr'],
    });
    if (values.json) ctx.out(JSON.stringify(result, null, 2));
    else printTable(ctx, result, pack, values.explain ?? false);
    return EXIT_OK;
  },
};
