/**
 * `review-desk demo --out DIR`: write the demo panels' PDFs, `demo.json` describing them, and each
 * demo panel with its experts' submitted reviews as a full-state `DIR/<rubric-id>.rdsync`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateDemo } from '../../lib/demo';
import { demoPanelFile } from '../../lib/demo/panel';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { type Command, EXIT_OK, parseCommandArgs, requireOption } from '../cli-kit';

/** `backups: false` (the PWA build) leaves out the `.rdsync` files: the app makes its own panels. */
export async function writeDemo(
  outDir: string,
  opts: { backups?: boolean } = {},
): Promise<{ files: number; panels: number }> {
  const { manifest, files } = await generateDemo(await loadCjkFont(), await loadFontSubsetter());
  for (const [name, bytes] of files) {
    const target = path.join(outDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  await writeFile(path.join(outDir, 'demo.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (opts.backups === false) return { files: files.size, panels: 0 };
  for (const panel of manifest.panels) {
    await writeFile(
      path.join(outDir, `${panel.rubricId}.rdsync`),
      await demoPanelFile(panel, files),
    );
  }
  return { files: files.size, panels: manifest.panels.length };
}

export const demoCommand: Command = {
  name: 'demo',
  summaryKey: 'cli:demo.summary',
  usageKey: 'cli:demo.usage',
  async run(ctx, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' } }, false);
    const out = path.resolve(ctx.cwd, requireOption(values.out, 'out'));
    const { files, panels } = await writeDemo(out);
    ctx.out(ctx.t('cli:demo.done', { count: files, panels, dir: out }));
    return EXIT_OK;
  },
};
