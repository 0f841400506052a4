/**
 * Sync by file from the app (SPEC Y3): export "my changes since the last exchange" or a full
 * backup as a `.rdsync` file to hand over, and import any number of them, one result per file.
 * A refused file changes nothing (lib/sync checks it whole before applying) and does not stop
 * the files after it.
 */
import type { MemberId } from '../ids';
import { internalsOf, type Panel } from '../panel/panel';
import type { PanelPersistence } from '../panel/persistence';
import { exportChangesSinceLastExport, exportRdsync, importRdsync } from '../sync/rdsync';
import { safeFileName } from './invite';

export interface RdsyncFile {
  fileName: string;
  bytes: Uint8Array;
}

function stamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
}

function fileNameFor(panel: Panel, kind: 'changes' | 'backup', at = new Date()): string {
  const panelName = safeFileName(panel.meta()?.name ?? '', panel.id);
  const me = safeFileName(panel.me().name, internalsOf(panel).identity.memberId);
  return `${panelName}-${me}-${kind}-${stamp(at)}.rdsync`;
}

/** Everything this device has that its previous export did not carry (all of it the first time). */
export async function exportMyChanges(
  panel: Panel,
  persistence: Pick<PanelPersistence, 'getState' | 'setState'>,
): Promise<RdsyncFile> {
  const bytes = await exportChangesSinceLastExport(panel, persistence);
  return { fileName: fileNameFor(panel, 'changes'), bytes };
}

/** The whole panel as this device holds it: a backup, and a way to bring a new device up to date. */
export async function exportBackup(panel: Panel): Promise<RdsyncFile> {
  const bytes = await exportRdsync(panel, { kind: 'full' });
  return { fileName: fileNameFor(panel, 'backup'), bytes };
}

export type ImportLine =
  | {
      file: string;
      kind: 'added';
      added: number;
      /** Authors by name (from the panel's member list), for the result line. */
      authors: string[];
      /** Part of it waits for another file to be imported first. */
      waiting: boolean;
    }
  | { file: string; kind: 'alreadyKnown'; authors: string[] }
  | { file: string; kind: 'refused'; error: unknown };

export interface IncomingRdsync {
  name: string;
  read(): Promise<Uint8Array>;
}

export async function importRdsyncFiles(
  panel: Panel,
  files: readonly IncomingRdsync[],
): Promise<ImportLine[]> {
  const lines: ImportLine[] = [];
  const nameOf = (id: MemberId) => panel.member(id)?.name ?? id;
  for (const file of files) {
    try {
      const result = await importRdsync(panel, await file.read());
      const authors = result.authors.map(nameOf);
      lines.push(
        result.alreadyKnown
          ? { file: file.name, kind: 'alreadyKnown', authors }
          : {
              file: file.name,
              kind: 'added',
              added: result.added,
              authors,
              waiting: result.waiting,
            },
      );
    } catch (error) {
      lines.push({ file: file.name, kind: 'refused', error });
    }
  }
  return lines;
}
