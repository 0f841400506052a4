/**
 * Install the demo workspace on first start: read demo.json and the application PDFs from the
 * app's own origin (precached for offline use), keep the bytes in the file store, and create the
 * two demo panels as real panels (this device's user is their chair), labelled 示例 and removable.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import { builtinPack, isBuiltinPackId } from '../rubric';
import { putFile } from '../store/blobs';
import type { Workspace } from './workspace';

const DEMO_INSTALLED = 'demo-installed';

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
        }),
      ),
    }),
  ),
});

export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** The demo chair and the other experts on the demo panels (fictional). */
export const DEMO_CHAIR = { name: '示例专家（组长）', unit: '示例评审中心' };
const DEMO_REVIEWERS = [
  { name: '示例专家乙', unit: '示例师范大学', role: 'reviewer' as const },
  { name: '示例专家丙', unit: '示例教研室', role: 'reviewer' as const },
];

export async function isDemoInstalled(workspace: Workspace): Promise<boolean> {
  return (await workspace.db.settings.get(DEMO_INSTALLED))?.value === true;
}

/** Installs the demo once; after the user removes it, it stays removed. */
export async function installDemo(
  workspace: Workspace,
  fetchBytes: FetchBytes,
  onProgress?: (done: number, total: number) => void,
): Promise<boolean> {
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
    const { panel, persistence } = await workspace.createPanel({
      name: demo.name,
      pack: builtinPack(demo.rubricId),
      chair: DEMO_CHAIR,
      members: DEMO_REVIEWERS,
      demo: true,
    });
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
      onProgress?.(++done, total);
    }
    await persistence.saved();
  }
  await workspace.db.settings.put({ key: DEMO_INSTALLED, value: true });
  return true;
}
