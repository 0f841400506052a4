/**
 * `review-desk export --panel FILE.rdsync --identity ID_FILE --passphrase P --out DIR`: the
 * panel's 汇总表 (XLSX, CSV), report, chair-signed opinions and signed result bundle. Opens the
 * panel from the file with the chair's identity, reads it into an ExportSource
 * (lib/export/panel-source.ts: the part still to wire) and writes what buildExportFiles makes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { ReviewDeskError } from '../../lib/errors';
import { buildExportFiles } from '../../lib/export/export-set';
import { readPanelForExport } from '../../lib/export/panel-source';
import { importIdentityBackup } from '../../lib/identity/backup';
import { Panel } from '../../lib/panel/panel';
import { loadPdfFonts } from '../../lib/platform/node-assets';
import { importRdsync } from '../../lib/sync/rdsync';
import { type CliContext, EXIT_OK, parseCommandArgs, requireOption } from '../cli-kit';

export async function runExport(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      panel: { type: 'string' },
      identity: { type: 'string' },
      passphrase: { type: 'string' },
      out: { type: 'string' },
    },
    false,
  );
  const panelFile = path.resolve(ctx.cwd, requireOption(values.panel, 'panel'));
  const identityFile = path.resolve(ctx.cwd, requireOption(values.identity, 'identity'));
  const passphrase = requireOption(values.passphrase, 'passphrase');
  const out = path.resolve(ctx.cwd, requireOption(values.out, 'out'));
  let identityJson: unknown;
  try {
    identityJson = JSON.parse(await readFile(identityFile, 'utf8'));
  } catch (error) {
    throw new ReviewDeskError('sign/notBackup', {}, { cause: error });
  }
  const { identity } = await importIdentityBackup(identityJson, passphrase, {
    extractable: true,
  });
  if (identity.role !== 'chair') throw new ReviewDeskError('export/notChair');
  const bytes = await readFile(panelFile);
  const panel = new Panel(new Y.Doc(), identity);
  await importRdsync(panel, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  await panel.settled();
  const language = ctx.i18n.language === 'en' ? 'en' : 'zh-CN';
  const source = await readPanelForExport(panel, identity, { language });
  const files = await buildExportFiles(source, {
    privateKey: identity.signing.privateKey,
    fonts: await loadPdfFonts(),
  });
  for (const file of files) {
    const target = path.join(out, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
    ctx.out(ctx.t('export:cli.written', { file: file.path }));
  }
  const opinions = files.filter((f) => f.path.startsWith('opinions/')).length;
  ctx.out(ctx.t('export:cli.done', { dir: out, opinions }));
  return EXIT_OK;
}
