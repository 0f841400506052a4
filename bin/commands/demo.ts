/**
 * `review-desk demo --out DIR`: write the demo panels' PDFs, `demo.json` describing them, each
 * demo panel with its experts' submitted and signed reviews as a full-state
 * `DIR/<rubric-id>.rdsync`, its chair's identity `DIR/<rubric-id>.chair.identity` (passphrase
 * `demo`) and its CA `DIR/<rubric-id>.ca.pem`, and `README.txt` saying how to export and verify.
 */
import path from 'node:path';
import { generateDemo } from '../../lib/demo';
import { demoPanelOutputs } from '../../lib/demo/panel';
import { DEMO_PASSPHRASE } from '../../lib/demo/reviews';
import { createI18n } from '../../lib/i18n';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { outputDirectory, writeAll } from '../cli-io';
import { type Command, EXIT_OK, parseCommandArgs, requireOption } from '../cli-kit';
import { demoMeta } from './lazy-meta';

/** `backups: false` (the PWA build) leaves out the `.rdsync` files: the app makes its own panels. */
export async function writeDemo(
  outDir: string,
  opts: { backups?: boolean } = {},
): Promise<{ files: number; panels: number }> {
  const { manifest, files } = await generateDemo(await loadCjkFont(), await loadFontSubsetter());
  const writes: { path: string; data: Uint8Array | string; mode?: number }[] = [
    ...[...files].map(([name, bytes]) => ({ path: path.join(outDir, name), data: bytes })),
    { path: path.join(outDir, 'demo.json'), data: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
  if (opts.backups === false) {
    await writeAll(writes);
    return { files: files.size, panels: 0 };
  }
  for (const panel of manifest.panels) {
    const out = await demoPanelOutputs(panel, files);
    const base = path.join(outDir, panel.rubricId);
    writes.push(
      { path: `${base}.rdsync`, data: out.rdsync },
      {
        path: `${base}.chair.identity`,
        data: `${JSON.stringify(out.chairIdentity, null, 2)}\n`,
        mode: 0o600,
      },
      { path: `${base}.ca.pem`, data: out.caPem },
    );
  }
  const readme = (['zh-CN', 'en'] as const).map((language) => {
    const i18n = createI18n(language);
    const t = (key: string, params: Record<string, unknown>) => i18n.t(key, params) as string;
    const lines = [t('export:demoReadme.intro', { passphrase: DEMO_PASSPHRASE })];
    for (const panel of manifest.panels) {
      lines.push(
        t('export:demoReadme.commands', { passphrase: DEMO_PASSPHRASE, rubric: panel.rubricId }),
      );
    }
    return lines.join('\n\n');
  });
  writes.push({ path: path.join(outDir, 'README.txt'), data: `${readme.join('\n\n')}\n` });
  await writeAll(writes);
  return { files: files.size, panels: manifest.panels.length };
}

export const demoCommand: Command = {
  ...demoMeta,
  async run(ctx, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' } }, false);
    const out = await outputDirectory(ctx.cwd, requireOption(values.out, 'out'));
    const { files, panels } = await writeDemo(out);
    ctx.out(ctx.t('cli:demo.done', { count: files, panels, dir: out }));
    return EXIT_OK;
  },
};
