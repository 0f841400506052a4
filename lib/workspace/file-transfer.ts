/**
 * Application PDFs between devices (SPEC Y4): the panel document only names files by hash, so
 * the bytes travel apart — through the relay (uploaded by whoever has them, downloaded and
 * checked against the hash by whoever lacks them), or by the user picking the same file.
 */
import { ReviewDeskError } from '../errors';
import type { FileHash } from '../ids';
import type { Panel } from '../panel/panel';
import { getFile, hasFile, putFile } from '../store/blobs';
import type { ReviewDeskDb } from '../store/db';
import { fileHash } from '../store/hash';
import { downloadFile, uploadFile } from '../sync/files';
import { relayTokenFor, relayUrlFor } from './relay-token';

async function target(panel: Panel) {
  const relayUrl = relayUrlFor(panel);
  const token = await relayTokenFor(panel);
  return relayUrl && token ? { relayUrl, panelId: panel.id, token } : null;
}

const sharedKey = (panel: Panel, hash: string) => `shared:${panel.id}:${hash}`;

/** Every file of the panel that this device has and has not yet put on the relay. */
export async function shareFiles(
  panel: Panel,
  db: ReviewDeskDb,
): Promise<{ uploaded: number; failed: unknown[] }> {
  const to = await target(panel);
  const result = { uploaded: 0, failed: [] as unknown[] };
  if (!to || panel.me().role === 'observer') return result;
  for (const app of panel.applications()) {
    for (const file of app.files) {
      if ((await db.settings.get(sharedKey(panel, file.hash)))?.value) continue;
      const bytes = await getFile(db, file.hash);
      if (!bytes) continue;
      try {
        await uploadFile(to, bytes);
        await db.settings.put({ key: sharedKey(panel, file.hash), value: true });
        result.uploaded++;
      } catch (error) {
        result.failed.push(error);
      }
    }
  }
  return result;
}

/** Get a missing file from the relay; the bytes are stored only if they match the hash. */
export async function fetchFromRelay(
  panel: Panel,
  db: ReviewDeskDb,
  hash: FileHash,
): Promise<void> {
  if (await hasFile(db, hash)) return;
  const from = await target(panel);
  if (!from) throw new ReviewDeskError('sync/noRelay');
  const bytes = await downloadFile(from, hash);
  await putFile(db, bytes);
}

/** The user picked a file they have: keep it only if it is the very file the panel names. */
export async function supplyFile(
  db: ReviewDeskDb,
  hash: FileHash,
  bytes: Uint8Array,
  name: string,
): Promise<void> {
  if ((await fileHash(bytes)) !== hash) {
    throw new ReviewDeskError('workspace/notTheSameFile', { file: name });
  }
  await putFile(db, bytes);
}
