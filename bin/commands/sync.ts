/** `review-desk sync merge A.rdsync B.rdsync… --out C.rdsync` and `review-desk sync inspect FILE`. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ReviewDeskError } from '../../lib/errors';
import { inspectRdsync, mergeRdsync } from '../../lib/sync/rdsync';
import { decodeContainer } from '../../lib/sync/rdsync-format';
import {
  type CliContext,
  type Command,
  EXIT_BAD_INPUT,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';

async function merge(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } });
  const out = path.resolve(ctx.cwd, requireOption(values.out, 'out'));
  if (positionals.length === 0) throw new ReviewDeskError('sync/noFiles');
  const files = await Promise.all(positionals.map((f) => readFile(path.resolve(ctx.cwd, f))));
  const bytes = files.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  const panels = new Set(bytes.flatMap((b) => decodeContainer(b).map((p) => p.header.panel)));
  if (panels.size > 1) throw new ReviewDeskError('sync/mixedPanels');
  const merged = await mergeRdsync(bytes);
  await writeFile(out, merged);
  ctx.out(
    ctx.t('sync:cli.merged', { files: files.length, parts: decodeContainer(merged).length, out }),
  );
  return EXIT_OK;
}

async function inspect(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  const file = positionals[0];
  if (!file) throw new ReviewDeskError('sync/noFiles');
  const b = await readFile(path.resolve(ctx.cwd, file));
  const summary = await inspectRdsync(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
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
  name: 'sync',
  summaryKey: 'sync:cli.summary',
  usageKey: 'sync:cli.usage',
  async run(ctx, argv) {
    const [sub, ...rest] = argv;
    if (sub === 'merge') return merge(ctx, rest);
    if (sub === 'inspect') return inspect(ctx, rest);
    ctx.err(ctx.t('sync:cli.usage'));
    return EXIT_BAD_INPUT;
  },
};
