/**
 * Install the demo workspace on first start: read demo.json and the application PDFs from the
 * app's own origin (precached for offline use), keep the bytes in the file store, and create the
 * two demo panels as real panels (this device's user is their chair), labelled 示例 and removable,
 * with five demo experts' submitted reviews (lib/demo/reviews), so the chair's desk has content.
 */
import { z } from 'zod';
import { DEMO_CHAIR, demoReviewers, writeDemoReviews } from '../demo/reviews';
import type { DemoPanel } from '../demo/types';
import { ReviewDeskError } from '../errors';
import type { ApplicationId } from '../ids';
import { builtinPack, isBuiltinPackId } from '../rubric';
import { putFile } from '../store/blobs';
import type { Workspace } from './workspace';

const DEMO_INSTALLED = 'demo-installed';
/** The demo panels of an earlier document format are replaced once (README changelog). */
const DEMO_FORMAT = 'demo-format';
const CURRENT_DEMO_FORMAT = 2;

/** The part of demo.json the app relies on, checked before anything is stored. */
const ManifestSchema = z.object({
  version: z.literal(1),
  panels: z.array(
    z.object({
      id: z.string(),
      rubricId: z.string(),
      name: z.string().min(1),
      applications: z.array(
        z.object({
          id: z.string(),
          title: z.string().min(1),
          applicantUnit: z.string(),
          recommendingBody: z.string(),
          fileName: z.string().min(1),
          path: z.string().regex(/^[\w.-]+$/),
          facts: z.record(z.string(), z.unknown()),
          flaw: z.string().optional(),
        }),
      ),
    }),
  ),
});

export type FetchBytes = (path: string) => Promise<Uint8Array>;

export { DEMO_CHAIR };

export async function isDemoInstalled(workspace: Workspace): Promise<boolean> {
  return (await workspace.db.settings.get(DEMO_INSTALLED))?.value === true;
}

/** Installs the demo once; after the user removes it, it stays removed. */
export async function installDemo(
  workspace: Workspace,
  fetchBytes: FetchBytes,
  onProgress?: (done: number, total: number) => void,
): Promise<boolean> {
  const format = (await workspace.db.settings.get(DEMO_FORMAT))?.value;
  if (format !== CURRENT_DEMO_FORMAT && (await isDemoInstalled(workspace))) {
    // Demo panels stored in format 1 cannot be opened: put the current ones in their place, unless
    // the user had removed the demo.
    const old = await workspace.db.panels.filter((p) => p.demo).toArray();
    if (old.length > 0) await workspace.db.settings.put({ key: DEMO_INSTALLED, value: false });
  }
  await workspace.db.settings.put({ key: DEMO_FORMAT, value: CURRENT_DEMO_FORMAT });
  if (await isDemoInstalled(workspace)) return false;
  // A previous install that was cut short (tab closed) left some demo panels: start over.
  for (const stale of await workspace.db.panels.filter((p) => p.demo).toArray()) {
    await workspace.removePanel(stale.id);
  }
  const raw = JSON.parse(new TextDecoder().decode(await fetchBytes('demo.json')));
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw new ReviewDeskError('workspace/badDemo');
  const total = parsed.data.panels.reduce((n, p) => n + p.applications.length, 0);
  let done = 0;
  for (const demo of parsed.data.panels) {
    if (!isBuiltinPackId(demo.rubricId)) throw new ReviewDeskError('workspace/badDemo');
    // The manifest was checked above; its facts are what the demo experts confirm.
    const demoPanel = demo as unknown as DemoPanel;
    const pack = builtinPack(demo.rubricId);
    const { panel, persistence, invitations } = await workspace.createPanel({
      name: demo.name,
      pack,
      chair: DEMO_CHAIR,
      members: demoReviewers(demoPanel),
      demo: true,
    });
    const ids = new Map<string, ApplicationId>();
    for (const app of demo.applications) {
      const bytes = await fetchBytes(`${demo.id}/${app.path}`);
      const { hash } = await putFile(workspace.db, bytes);
      // Not one batch: the panel sees a new application only once its write is done.
      const id = panel.addApplication({
        title: app.title,
        applicantUnit: app.applicantUnit,
        recommendingBody: app.recommendingBody,
      });
      panel.addFile(id, { hash, name: app.fileName, size: bytes.byteLength });
      ids.set(app.id, id);
      onProgress?.(++done, total);
    }
    await writeDemoReviews(panel, invitations, demoPanel, pack, ids);
    await persistence.saved();
  }
  await workspace.db.settings.put({ key: DEMO_INSTALLED, value: true });
  return true;
}
