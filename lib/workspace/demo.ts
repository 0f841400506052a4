/**
 * Install the demo workspace on first start: read demo.json and the application PDFs from the
 * app's own origin (precached for offline use), keep the bytes in the file store, and list the
 * panels as demo panels (labelled 示例, removable).
 */
import { z } from 'zod';
import type { DemoManifest, DemoPanel } from '../demo/types';
import { ReviewDeskError } from '../errors';
import type { FileHash, PanelId } from '../ids';
import { putFile } from '../store/blobs';
import type { ReviewDeskDb } from '../store/db';

const DEMO_INSTALLED = 'demo-installed';
const panelContentKey = (id: string) => `panel-content:${id}`;

/** The part of demo.json the app relies on, checked before anything is stored. */
const ManifestSchema = z.object({
  version: z.literal(1),
  panels: z.array(
    z.object({
      id: z.string(),
      rubricId: z.string(),
      name: z.string(),
      applications: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          applicantUnit: z.string(),
          recommendingBody: z.string(),
          fileName: z.string(),
          path: z.string().regex(/^[\w.-]+$/),
          facts: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
  ),
});

export interface WorkspaceApplication {
  id: string;
  title: string;
  applicantUnit: string;
  recommendingBody: string;
  files: { hash: FileHash; name: string; size: number }[];
}

export interface WorkspacePanelContent {
  id: PanelId;
  name: string;
  rubricId: string;
  applications: WorkspaceApplication[];
}

export type FetchBytes = (path: string) => Promise<Uint8Array>;

export async function isDemoInstalled(db: ReviewDeskDb): Promise<boolean> {
  return (await db.settings.get(DEMO_INSTALLED))?.value === true;
}

async function installPanel(db: ReviewDeskDb, panel: DemoPanel, fetchBytes: FetchBytes) {
  const applications: WorkspaceApplication[] = [];
  for (const app of panel.applications) {
    const bytes = await fetchBytes(`${panel.id}/${app.path}`);
    const { hash } = await putFile(db, bytes);
    applications.push({
      id: app.id,
      title: app.title,
      applicantUnit: app.applicantUnit,
      recommendingBody: app.recommendingBody,
      files: [{ hash, name: app.fileName, size: bytes.byteLength }],
    });
  }
  const content: WorkspacePanelContent = {
    id: panel.id as PanelId,
    name: panel.name,
    rubricId: panel.rubricId,
    applications,
  };
  await db.transaction('rw', db.panels, db.settings, async () => {
    await db.settings.put({ key: panelContentKey(panel.id), value: content });
    await db.panels.put({ id: content.id, name: panel.name, demo: true, joinedAt: Date.now() });
  });
}

/** Installs the demo once; after the user removes it, it stays removed. */
export async function installDemo(db: ReviewDeskDb, fetchBytes: FetchBytes): Promise<boolean> {
  if (await isDemoInstalled(db)) return false;
  const raw = JSON.parse(new TextDecoder().decode(await fetchBytes('demo.json')));
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw new ReviewDeskError('workspace/badDemo');
  const manifest = parsed.data as DemoManifest;
  for (const panel of manifest.panels) await installPanel(db, panel, fetchBytes);
  await db.settings.put({ key: DEMO_INSTALLED, value: true });
  return true;
}

export async function panelContent(
  db: ReviewDeskDb,
  id: string,
): Promise<WorkspacePanelContent | undefined> {
  return (await db.settings.get(panelContentKey(id)))?.value as WorkspacePanelContent | undefined;
}

export async function removePanel(db: ReviewDeskDb, id: PanelId): Promise<void> {
  await db.transaction('rw', db.panels, db.settings, async () => {
    await db.panels.delete(id);
    await db.settings.delete(panelContentKey(id));
  });
}
