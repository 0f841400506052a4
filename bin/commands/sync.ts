/** `review-desk sync merge A.rdsync B.rdsync… --out C.rdsync` and `review-desk sync inspect FILE`. */
import path from 'node:path';
import * as Y from 'yjs';
import { isReviewDeskError, ReviewDeskError } from '../../lib/errors';
import { inspectRdsync, mergeRdsync } from '../../lib/sync/rdsync';
import { decodeContainer } from '../../lib/sync/rdsync-format';
import { outputFile, readInputFile, writeFileAtomic } from '../cli-io';
import {
  type CliContext,
  type Command,
  EXIT_BAD_INPUT,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';
import { syncMeta } from './lazy-meta';

/** Our own errors pass; anything the decoder throws means the file cannot be decoded. */
async function decoding<T>(file: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isReviewDeskError(error)) throw error;
    throw new ReviewDeskError('cliInput/rdsyncUndecodable', { file }, { cause: error });
  }
}

async function merge(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } });
  const outArg = requireOption(values.out, 'out');
  if (positionals.length === 0) throw new ReviewDeskError('cliInput/noRdsync');
  const out = await outputFile(ctx.cwd, outArg, 'merged.rdsync');
  const bytes: Uint8Array[] = [];
  const panels = new Set<string>();
  for (const file of positionals) {
    const b = await readInputFile(ctx.cwd, file);
    for (const part of await decoding(file, () => decodeContainer(b))) {
      panels.add(part.header.panel);
      // Merging keeps parts as they are; one whose payload is not an update helps nobody.
      await decoding(file, () => Y.decodeUpdate(part.payload));
    }
    bytes.push(b);
  }
  if (panels.size > 1) throw new ReviewDeskError('sync/mixedPanels');
  const merged = await decoding(positionals.join(', '), () => mergeRdsync(bytes));
  await writeFileAtomic(out, merged, { display: outArg });
  ctx.out(
    ctx.t('sync:cli.merged', {
      files: bytes.length,
      parts: decodeContainer(merged).length,
      out: path.relative(ctx.cwd, out) || out,
    }),
  );
  return EXIT_OK;
}

async function inspect(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  const file = positionals[0];
  if (!file) throw new ReviewDeskError('cliInput/noRdsync');
  const b = await readInputFile(ctx.cwd, file);
  const summary = await decoding(file, () => inspectRdsync(b));
  ctx.out(ctx.t('sync:cli.inspectPanel', { panel: summary.panel }));
  summary.parts.forEach((p, i) => {
    ctx.out(
      ctx.t('sync:cli.inspectPart', {
        index: i + 1,
        author: p.authorName,
        authorId: p.author,
        kind: ctx.t(`sync:cli.kinds.${p.kind}`),
        created: new Date(p.created).toISOString(),
        size: p.payloadSize,
      }),
    );
    const counts = Object.entries(p.counts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `${k}=${n}`)
      .join(', ');
    ctx.out(ctx.t('sync:cli.inspectCounts', { counts: counts || '-' }));
  });
  return EXIT_OK;
}

export const syncCommand: Command = {
  ...syncMeta,
  async run(ctx, argv) {
    const [sub, ...rest] = argv;
    if (sub === 'merge') return merge(ctx, rest);
    if (sub === 'inspect') return inspect(ctx, rest);
    ctx.err(ctx.t('sync:cli.usage'));
    return EXIT_BAD_INPUT;
  },
};
