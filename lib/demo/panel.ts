/**
 * A demo panel as a real panel document, for `review-desk demo` (a full-state `.rdsync` per demo
 * panel) and tests: the chair (a fictional expert), five demo experts, the applications with their
 * PDFs' hashes when the bytes are at hand, and every expert's submitted review (./reviews).
 */
import { sha256HexOf } from '../crypto/hash';
import type { ApplicationId, FileHash } from '../ids';
import { createPanel } from '../panel/create';
import type { Panel } from '../panel/panel';
import { builtinPack } from '../rubric';
import { exportRdsync } from '../sync/rdsync';
import { DEMO_CHAIR, demoReviewers, writeDemoReviews } from './reviews';
import type { DemoPanel } from './types';

/** `files`: `<panel id>/<application path>` → PDF bytes, as generateDemo gives them. */
export async function createDemoPanel(
  demo: DemoPanel,
  files: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<Panel> {
  const pack = builtinPack(demo.rubricId);
  const { panel, invitations } = await createPanel({
    name: demo.name,
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: DEMO_CHAIR,
    members: demoReviewers(demo),
  });
  const ids = new Map<string, ApplicationId>();
  for (const app of demo.applications) {
    const id = panel.addApplication({
      title: app.title,
      applicantUnit: app.applicantUnit,
      recommendingBody: app.recommendingBody,
    });
    const bytes = files.get(`${demo.id}/${app.path}`);
    if (bytes) {
      panel.addFile(id, {
        hash: sha256HexOf(bytes) as FileHash,
        name: app.fileName,
        size: bytes.byteLength,
      });
    }
    ids.set(app.id, id);
  }
  await writeDemoReviews(panel, invitations, demo, pack, ids);
  return panel;
}

/** The demo panel's full state, as the app's 导出完整备份 writes it. */
export async function demoPanelFile(
  demo: DemoPanel,
  files?: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array> {
  const panel = await createDemoPanel(demo, files);
  try {
    return await exportRdsync(panel, { kind: 'full' });
  } finally {
    panel.destroy();
  }
}
