/**
 * A demo panel as a real panel document, for `review-desk demo` (a full-state `.rdsync` per demo
 * panel, the chair's identity file and the panel CA) and tests: the chair (a fictional expert),
 * five demo experts, the applications with their PDFs' hashes when the bytes are at hand, and
 * every expert's submitted and signed review (./reviews).
 */
import { sha256HexOf } from '../crypto/hash';
import { exportIdentityBackup, type IdentityBackup } from '../identity/backup';
import type { MemberIdentity } from '../identity/identity';
import type { ApplicationId, FileHash } from '../ids';
import { createPanel } from '../panel/create';
import type { Panel } from '../panel/panel';
import { builtinPack } from '../rubric';
import { certificateToPem } from '../sign/certificates';
import { exportRdsync } from '../sync/rdsync';
import { DEMO_CHAIR, DEMO_PASSPHRASE, demoReviewers, writeDemoReviews } from './reviews';
import type { DemoPanel } from './types';

/** `files`: `<panel id>/<application path>` → PDF bytes, as generateDemo gives them. */
export async function createDemoPanel(
  demo: DemoPanel,
  files: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<{ panel: Panel; chair: MemberIdentity }> {
  const pack = builtinPack(demo.rubricId);
  // Extractable: the chair's identity is written to a file (the CLI's identity files are).
  const { panel, chair, invitations } = await createPanel({
    name: demo.name,
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: DEMO_CHAIR,
    members: demoReviewers(demo),
    extractable: true,
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
  await writeDemoReviews(panel, chair, invitations, demo, pack, ids);
  return { panel, chair };
}

export interface DemoPanelOutputs {
  /** The panel's full state, as the app's 导出完整备份 writes it. */
  rdsync: Uint8Array;
  /** The chair's identity, passphrase `DEMO_PASSPHRASE`. */
  chairIdentity: IdentityBackup;
  /** The panel CA certificate, PEM. */
  caPem: string;
}

export async function demoPanelOutputs(
  demo: DemoPanel,
  files?: ReadonlyMap<string, Uint8Array>,
): Promise<DemoPanelOutputs> {
  const { panel, chair } = await createDemoPanel(demo, files);
  try {
    const ca = (await panel.panelCa())!;
    const own = (await panel.certificates()).filter((c) => c.member === chair.memberId);
    return {
      rdsync: await exportRdsync(panel, { kind: 'full' }),
      chairIdentity: await exportIdentityBackup(chair, {
        passphrase: DEMO_PASSPHRASE,
        panelName: demo.name,
        unit: DEMO_CHAIR.unit,
        certificates: { ca, member: own.map((c) => c.der) },
      }),
      caPem: certificateToPem(ca),
    };
  } finally {
    panel.destroy();
  }
}

/** The demo panel's full state, as the app's 导出完整备份 writes it. */
export async function demoPanelFile(
  demo: DemoPanel,
  files?: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array> {
  const { panel } = await createDemoPanel(demo, files);
  try {
    return await exportRdsync(panel, { kind: 'full' });
  } finally {
    panel.destroy();
  }
}
