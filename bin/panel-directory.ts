/**
 * The panel directory on disk (format: lib/panel-directory/format): reading it back for
 * `panel add-applications`, the files in it as the intake's store, and the passphrase that opens
 * the chair's identity, from the option, a file, the environment or the terminal.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import * as Y from 'yjs';
import { ReviewDeskError } from '../lib/errors';
import { type ExtractionResult, extractFromPdf } from '../lib/extract';
import { importIdentity } from '../lib/identity/identity';
import type { FileHash } from '../lib/ids';
import { Panel } from '../lib/panel/panel';
import {
  CHAIR_IDENTITY_FILE,
  PANEL_FILE,
  type PanelSummary,
  parsePanelSummary,
  STATE_FILE,
  storedFileName,
} from '../lib/panel-directory/format';
import { parseRubricPack, type RubricPack } from '../lib/rubric';
import { fileHash } from '../lib/store/hash';
import { importRdsync } from '../lib/sync/rdsync';
import type { ExtractionStore, FileStore } from '../lib/workspace/stores';
import { readInputFile, writeFileAtomic } from './cli-io';
import type { CliContext } from './cli-kit';

export const PASSPHRASE_ENV = 'REVIEW_DESK_PASSPHRASE';

/** `--passphrase`, else `--passphrase-file`, else $REVIEW_DESK_PASSPHRASE, else ask on a terminal. */
export async function passphrase(
  ctx: CliContext,
  values: { passphrase?: string; 'passphrase-file'?: string },
  promptKey: string,
): Promise<string> {
  if (values.passphrase !== undefined) return values.passphrase;
  if (values['passphrase-file'] !== undefined) {
    const bytes = await readInputFile(ctx.cwd, values['passphrase-file']);
    return new TextDecoder().decode(bytes).replace(/\r?\n$/, '');
  }
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new ReviewDeskError('cliInput/passphraseNeeded');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(ctx.t(promptKey));
  } finally {
    rl.close();
  }
}

async function readJson(ctx: CliContext, file: string): Promise<unknown> {
  const bytes = await readInputFile(ctx.cwd, file);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new ReviewDeskError('cliInput/notPanelFile', { file }, { cause: error });
  }
}

export interface OpenedDirectory {
  dir: string;
  summary: PanelSummary;
  panel: Panel;
  pack: RubricPack;
}

/** Open a panel directory as its chair: identity, full state, rubric. */
export async function openPanelDirectory(
  ctx: CliContext,
  dirArg: string,
  values: { passphrase?: string; 'passphrase-file'?: string },
): Promise<OpenedDirectory> {
  const dir = path.resolve(ctx.cwd, dirArg);
  for (const name of [PANEL_FILE, CHAIR_IDENTITY_FILE, STATE_FILE]) {
    if (!existsSync(path.join(dir, name))) {
      throw new ReviewDeskError('cliInput/notPanelDirectory', { dir: dirArg, file: name });
    }
  }
  const summary = parsePanelSummary(await readJson(ctx, path.join(dirArg, PANEL_FILE)));
  if (!summary)
    throw new ReviewDeskError('cliInput/notPanelFile', { file: path.join(dirArg, PANEL_FILE) });
  const identityFile = await readJson(ctx, path.join(dirArg, CHAIR_IDENTITY_FILE));
  const secret = await passphrase(ctx, values, 'cliInput:passphrasePrompt');
  const identity = await importIdentity(identityFile, secret, { extractable: true });
  if (identity.panelId !== summary.panelId || identity.role !== 'chair') {
    throw new ReviewDeskError('panel/badIdentityFile');
  }
  const panel = new Panel(new Y.Doc(), identity);
  await importRdsync(panel, await readInputFile(ctx.cwd, path.join(dirArg, STATE_FILE)));
  // The chair writes (add-applications): its signing session must exist before the first write.
  await panel.ensureDevice();
  const parsed = parseRubricPack(panel.rubric());
  if (!parsed.ok) throw new ReviewDeskError('workspace/badRubric');
  return { dir, summary, panel, pack: parsed.pack };
}

/** The directory's files/ as the intake's file store, and facts read from them (cached). */
export function directoryStores(dir: string): {
  files: Pick<FileStore, 'put' | 'get'>;
  extraction: ExtractionStore;
} {
  const cache = new Map<string, ExtractionResult>();
  const files = {
    async put(bytes: Uint8Array) {
      const hash = await fileHash(bytes);
      const target = path.join(dir, storedFileName(hash));
      const added = !existsSync(target);
      if (added) await writeFileAtomic(target, bytes);
      return { hash, added };
    },
    async get(hash: FileHash) {
      const target = path.join(dir, storedFileName(hash));
      if (!existsSync(target)) return undefined;
      return new Uint8Array(await readFile(target));
    },
  };
  return {
    files,
    extraction: {
      async extract(pack, file, options = {}) {
        const key = `${pack.id}:${pack.revision}:${file.hash}`;
        const cached = cache.get(key);
        if (cached) return cached;
        const bytes = await files.get(file.hash);
        if (!bytes) throw new ReviewDeskError('viewer/fileMissing', { file: file.name });
        const result = await extractFromPdf(bytes, {
          fileName: file.name,
          pack,
          ...(options.password ? { password: options.password } : {}),
        });
        cache.set(key, result);
        return result;
      },
    },
  };
}
