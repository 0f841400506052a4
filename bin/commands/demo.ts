/**
 * `review-desk demo --out DIR`: write the demo panels' PDFs, `demo.json` describing them, and each
 * demo panel with its experts' submitted reviews as a full-state `DIR/<rubric-id>.rdsync`.
 */
import path from 'node:path';
import { generateDemo } from '../../lib/demo';
import { demoPanelFile } from '../../lib/demo/panel';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { outputDirectory, writeAll } from '../cli-io';
import { type Command, EXIT_OK, parseCommandArgs, requireOption } from '../cli-kit';

/** `backups: false` (the PWA build) leaves out the `.rdsync` files: the app makes its own panels. */
export async function writeDemo(
  outDir: string,
  opts: { backups?: boolean } = {},
): Promise<{ files: number; panels: number }> {
  const { manifest, files } = await generateDemo(await loadCjkFont(), await loadFontSubsetter());
  const writes: { path: string; data: Uint8Array | string }[] = [
    ...[...files].map(([name, bytes]) => ({ path: path.join(outDir, name), data: bytes })),
    { path: path.join(outDir, 'demo.json'), data: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
  if (opts.backups !== false) {
    for (const panel of manifest.panels) {
      writes.push({
        path: path.join(outDir, `${panel.rubricId}.rdsync`),
        data: await demoPanelFile(panel, files),
      });
    }
  }
  await writeAll(writes);
  return { files: files.size, panels: opts.backups === false ? 0 : manifest.panels.length };
}

export const demoCommand: Command = {
  name: 'demo',
  summaryKey: 'cli:demo.summary',
  usageKey: 'cli:demo.usage',
  async run(ctx, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' } }, false);
    const out = await outputDirectory(ctx.cwd, requireOption(values.out, 'out'));
    const { files, panels } = await writeDemo(out);
    ctx.out(ctx.t('cli:demo.done', { count: files, panels, dir: out }));
    return EXIT_OK;
  },
};
