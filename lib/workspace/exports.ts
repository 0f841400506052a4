/**
 * The app's exports, as commands the export screen calls (it never touches identities or keys):
 * the chair's whole export (lib/export/export-set.ts, read from the panel by panel-source.ts) with
 * progress, and a member's own signed opinion. The font comes from the platform (fetched on first
 * use in browsers), so the caller passes a loader.
 */

import { ReviewDeskError } from '../errors';
import { buildExportFiles, type ExportFile, type OmittedOpinion } from '../export/export-set';
import type { FontAssets } from '../export/fonts';
import { type SignedOwnOpinion, signOwnOpinion } from '../export/own-opinion';
import { readPanelForExport } from '../export/panel-source';
import { loadIdentity } from '../identity/store';
import type { ApplicationId, PanelId } from '../ids';
import type { Workspace } from './workspace';

export interface ExportProgress {
  phase: 'fonts' | 'reading' | 'files';
  done: number;
  total: number;
}

export interface PanelExport {
  files: ExportFile[];
  /** Submitted reviews left out of the bundle: their reviewer's device has not signed them yet. */
  unsigned: number;
  /** Applications left out of the opinions, with why. */
  withoutOpinion: OmittedOpinion[];
}

async function identityOf(workspace: Workspace, id: PanelId) {
  const identity = await loadIdentity(workspace.db, id);
  if (!identity) throw new ReviewDeskError('workspace/noIdentity', { panel: id });
  return identity;
}

export async function exportPanel(
  workspace: Workspace,
  id: PanelId,
  opts: {
    language: 'zh-CN' | 'en';
    fonts: () => Promise<FontAssets>;
    /** Awaited between steps: the app lets the browser paint the progress there. */
    onProgress?: (progress: ExportProgress) => unknown;
  },
): Promise<PanelExport> {
  const identity = await identityOf(workspace, id);
  const { panel } = await workspace.openPanel(id);
  await opts.onProgress?.({ phase: 'fonts', done: 0, total: 1 });
  const fonts = await opts.fonts();
  await opts.onProgress?.({ phase: 'reading', done: 0, total: 1 });
  // Certificates the agent is still issuing belong in this export.
  await workspace.certificatesSettled(id);
  const source = await readPanelForExport(panel, identity, { language: opts.language });
  const files = await buildExportFiles(source, {
    privateKey: identity.signing.privateKey,
    fonts,
    onProgress: (done, total) => opts.onProgress?.({ phase: 'files', done, total }),
  });
  return {
    files,
    unsigned: source.results.unsignedReviews?.length ?? 0,
    withoutOpinion: source.withoutOpinion ?? [],
  };
}

/** Whether this device holds a certificate for its key yet (what signing needs). */
export async function hasOwnCertificate(workspace: Workspace, id: PanelId): Promise<boolean> {
  const identity = await identityOf(workspace, id);
  const { panel } = await workspace.openPanel(id);
  await workspace.certificatesSettled(id);
  return (await panel.certificateFor(identity.memberId, identity.signing.fingerprint)) !== null;
}

export async function exportOwnOpinion(
  workspace: Workspace,
  id: PanelId,
  app: ApplicationId,
  opts: { language: 'zh-CN' | 'en'; fonts: () => Promise<FontAssets> },
): Promise<SignedOwnOpinion> {
  const identity = await identityOf(workspace, id);
  const { panel } = await workspace.openPanel(id);
  return signOwnOpinion(panel, identity, app, {
    language: opts.language,
    fonts: await opts.fonts(),
  });
}
