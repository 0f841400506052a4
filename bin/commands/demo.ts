/** `review-desk demo --out DIR`: write the demo panels' PDFs and `demo.json` describing them. */
import path from 'node:path';
import { generateDemo } from '../../lib/demo';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { outputDirectory, writeAll } from '../cli-io';
import { type Command, EXIT_OK, parseCommandArgs, requireOption } from '../cli-kit';

export async function writeDemo(outDir: string): Promise<{ files: number }> {
  const { manifest, files } = await generateDemo(await loadCjkFont(), await loadFontSubsetter());
  await writeAll([
    ...[...files].map(([name, bytes]) => ({ path: path.join(outDir, name), data: bytes })),
    { path: path.join(outDir, 'demo.json'), data: `${JSON.stringify(manifest, null, 2)}\n` },
  ]);
  return { files: files.size };
}

export const demoCommand: Command = {
  name: 'demo',
  summaryKey: 'cli:demo.summary',
  usageKey: 'cli:demo.usage',
  async run(ctx, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' } }, false);
    const out = await outputDirectory(ctx.cwd, requireOption(values.out, 'out'));
    const { files } = await writeDemo(out);
    ctx.out(ctx.t('cli:demo.done', { count: files, dir: out }));
    return EXIT_OK;
  },
};
