/**
 * `review-desk rubric validate FILE.json` and `review-desk rubric show ID|FILE.json [--json]`.
 * Also the pack and JSON loading that `check` shares: a pack is a built-in id or a JSON file,
 * and an invalid file is reported problem by problem with its JSON path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReviewDeskError } from '../../lib/errors';
import {
  allCriteria,
  BUILTIN_PACK_IDS,
  builtinPack,
  formatMessage,
  isBuiltinPackId,
  PACK_FORMAT_VERSION,
  type ParseResult,
  parseRubricPack,
  pickText,
  problemMessage,
  type RubricPack,
} from '../../lib/rubric';
import { type CliContext, type Command, EXIT_INVALID, EXIT_OK, parseCommandArgs } from '../cli-kit';

/** A JSON file's content; unreadable or not JSON is bad input (exit 2). */
export async function readJsonFile(ctx: CliContext, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ReviewDeskError('rubric/unreadable', { file, detail }, { cause: error });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReviewDeskError('rubric/notJson', { file, detail }, { cause: error });
  }
}

function printProblems(ctx: CliContext, write: (text: string) => void, result: ParseResult) {
  if (result.ok) return;
  for (const p of result.problems) write(`  ${formatMessage(ctx.i18n, problemMessage(p))}`);
}

/** A built-in pack by id, or a pack JSON file; an invalid file lists its problems on stderr. */
export async function resolvePack(ctx: CliContext, ref: string): Promise<RubricPack> {
  if (isBuiltinPackId(ref)) return builtinPack(ref);
  if (!ref.toLowerCase().endsWith('.json') && !ref.includes('/') && !ref.includes(path.sep)) {
    throw new ReviewDeskError('rubric/unknownPack', { id: ref, ids: BUILTIN_PACK_IDS.join(', ') });
  }
  const result = parseRubricPack(await readJsonFile(ctx, ref));
  if (!result.ok) {
    ctx.err(ctx.t('rubric:cli.rubric.invalid', { file: ref, count: result.problems.length }));
    printProblems(ctx, ctx.err, result);
    throw new ReviewDeskError('rubric/badPack', { file: ref, count: result.problems.length });
  }
  return result.pack;
}

async function validate(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    throw new ReviewDeskError('cli/badArguments', { detail: 'validate FILE.json' });
  }
  const result = parseRubricPack(await readJsonFile(ctx, file));
  if (!result.ok) {
    ctx.out(ctx.t('rubric:cli.rubric.invalid', { file, count: result.problems.length }));
    printProblems(ctx, ctx.out, result);
    return EXIT_INVALID;
  }
  const { pack } = result;
  ctx.out(
    ctx.t('rubric:cli.rubric.valid', {
      file,
      id: pack.id,
      facts: pack.facts.length,
      rules: pack.rules.length + pack.panelRules.length,
      criteria: allCriteria(pack.scoring).length,
    }),
  );
  if (result.migratedFrom !== undefined) {
    ctx.out(
      ctx.t('rubric:cli.rubric.migrated', { from: result.migratedFrom, to: PACK_FORMAT_VERSION }),
    );
  }
  return EXIT_OK;
}

function describe(ctx: CliContext, pack: RubricPack): string {
  const lang = ctx.i18n.language;
  const t = ctx.t;
  const lines = [`${pack.id}  ${pickText(pack.title, lang)}`];
  if (pack.description) lines.push(pickText(pack.description, lang));
  const { title, issuer, noticeDate, deadline } = pack.call;
  lines.push('', t('rubric:cli.rubric.call', { title, issuer, noticeDate, deadline }));
  lines.push(t('rubric:cli.rubric.clauses'));
  for (const c of pack.call.clauses) lines.push(`  ${c.id}  ${c.number}  ${c.text}`);
  lines.push(t('rubric:cli.rubric.facts'));
  for (const f of pack.facts) lines.push(`  ${f.id}  ${f.type}  ${pickText(f.label, lang)}`);
  lines.push(t('rubric:cli.rubric.rules'));
  const severity = (s: string) => t(`rubric:cli.check.severity.${s}`);
  for (const r of pack.rules) {
    lines.push(`  ${r.id}  ${severity(r.severity)}  ${r.clause}  ${pickText(r.title, lang)}`);
  }
  lines.push(t('rubric:cli.rubric.panelRules'));
  for (const r of pack.panelRules) {
    lines.push(`  ${r.id}  ${severity(r.severity)}  ${r.clause}  ${pickText(r.title, lang)}`);
  }
  const method = t(`rubric:cli.rubric.methods.${pack.scoring.total.method}`);
  lines.push(t('rubric:cli.rubric.scoring', { max: pack.scoring.total.max, method }));
  for (const section of pack.scoring.sections) {
    lines.push(`  ${pickText(section.title, lang)}`);
    for (const c of section.criteria) {
      const title = pickText(c.title, lang);
      lines.push(`    ${t('rubric:cli.rubric.criterion', { id: c.id, title, max: c.max })}`);
    }
  }
  lines.push(t('rubric:cli.rubric.summaryTable'));
  lines.push(`  ${pack.summary.columns.map((c) => pickText(c.label, lang)).join(' | ')}`);
  return lines.join('\n');
}

async function show(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  const ref = positionals[0];
  if (!ref || positionals.length > 1) {
    throw new ReviewDeskError('cli/badArguments', { detail: 'show ID|FILE.json' });
  }
  const pack = await resolvePack(ctx, ref);
  ctx.out(values.json ? JSON.stringify(pack, null, 2) : describe(ctx, pack));
  return EXIT_OK;
}

export const rubricCommand: Command = {
  name: 'rubric',
  summaryKey: 'rubric:cli.rubric.summary',
  usageKey: 'rubric:cli.rubric.usage',
  subcommands: [
    { name: 'validate', usageKey: 'cliInput:usage.rubricValidate' },
    { name: 'show', usageKey: 'cliInput:usage.rubricShow' },
  ],
  async run(ctx, argv) {
    const [sub, ...rest] = argv;
    if (sub === undefined) throw new ReviewDeskError('rubric/missingSubcommand');
    if (sub === 'validate') return validate(ctx, rest);
    if (sub === 'show') return show(ctx, rest);
    throw new ReviewDeskError('rubric/unknownSubcommand', { sub });
  },
};
