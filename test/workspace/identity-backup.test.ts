/**
 * Identity backup and restore between two device profiles (lib/sign SPEC B2–B6, issue 10): the
 * chair's key, escrowed when the panel was made, moves in a passphrase-protected file; a wrong
 * passphrase or a damaged file changes nothing on the second device; once restored, the second
 * device signs panel opinions that verify against the same panel CA. A reviewer's device key does
 * not move: the second device registers its own, the chair's device certifies it, and the
 * reviewer's opinion signed there verifies too.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../lib/crypto/ecdsa';
import { buildExportFiles } from '../../lib/export/export-set';
import type { FontAssets } from '../../lib/export/fonts';
import { signOwnOpinion } from '../../lib/export/own-opinion';
import { readPanelForExport } from '../../lib/export/panel-source';
import { loadIdentity } from '../../lib/identity/store';
import type { CriterionId, PanelId } from '../../lib/ids';
import type { Panel } from '../../lib/panel/panel';
import { allCriteria, builtinPack } from '../../lib/rubric';
import { verifyFile } from '../../lib/sign/verify';
import { ReviewDeskDb } from '../../lib/store/db';
import { exportRdsync, importRdsync } from '../../lib/sync/rdsync';
import { issueCertificates } from '../../lib/workspace/certificates';
import { backupIdentity, backupInfo, restoreIdentity } from '../../lib/workspace/identity-backup';
import { createInvitation } from '../../lib/workspace/invitations';
import { Workspace } from '../../lib/workspace/workspace';
import { testFonts } from '../sign/fixtures';

const pack = builtinPack('yueyang-2023-alliance');
const made: Workspace[] = [];
let fonts: FontAssets;

function profile(name: string): Workspace {
  const ws = new Workspace(new ReviewDeskDb(`id-${name}-${Math.random()}`), {
    databaseName: `id-docs-${name}-${Math.random()}`,
  });
  made.push(ws);
  return ws;
}

async function code(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return 'none';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

function scoreAll(panel: Panel, app: string) {
  panel.batch(() => {
    for (const c of allCriteria(pack.scoring))
      panel.setScore(app as never, c.id as CriterionId, c.max - 2);
  });
}

beforeAll(async () => {
  fonts = await testFonts();
});

afterAll(async () => {
  for (const ws of made) await ws.closeAll();
});

describe('identity backup and restore on a second profile', { timeout: 300_000 }, () => {
  it('B3–B6: the chair’s identity moves; wrong passphrase and damage change nothing; the panel CA signs the same', async () => {
    const first = profile('chair-1');
    const { panel, identity } = await first.createPanel({
      name: '岳阳评审组',
      pack,
      chair: { name: '王组长', unit: '某教科院' },
      escrowPassphrase: '组长口令',
    });
    expect(identity.signing.privateKey.extractable).toBe(false);
    const app = panel.addApplication({
      title: '某联盟',
      applicantUnit: '某中学',
      recommendingBody: '',
    });
    scoreAll(panel, app);
    await panel.submitReview(app);
    expect(await backupInfo(first, panel.id)).toMatchObject({
      canBackUp: true,
      needsEscrowPassphrase: true,
      movesSigningKey: true,
    });
    expect(await code(() => backupIdentity(first, panel.id, '错的'))).toBe(
      'sign/backupWrongPassphrase',
    );
    const file = await backupIdentity(first, panel.id, '组长口令');
    expect(file.hasSigningKey).toBe(true);
    const state = await exportRdsync(panel, { kind: 'full' });

    const second = profile('chair-2');
    expect(await code(() => restoreIdentity(second, file, '错的', { state }))).toBe(
      'sign/backupWrongPassphrase',
    );
    const damaged = { ...file, ct: `${file.ct.slice(0, -4)}AAAA` };
    expect(await code(() => restoreIdentity(second, damaged, '组长口令', { state }))).toBe(
      'sign/backupDamaged',
    );
    expect(await code(() => restoreIdentity(second, file, '组长口令'))).toBe(
      'sign/restoreNeedsState',
    );
    expect(await second.db.panels.count()).toBe(0);
    expect(await second.db.identities.count()).toBe(0);

    const restored = await restoreIdentity(second, file, '组长口令', { state });
    expect(restored).toMatchObject({ panelId: panel.id, replaced: false });
    const kept = (await loadIdentity(second.db, panel.id as PanelId))!;
    expect(kept.signing.privateKey.extractable).toBe(false);
    expect(kept.signing.fingerprint).toBe(identity.signing.fingerprint);
    // The restored chair can back up again: the key was sealed anew on this device.
    expect((await backupInfo(second, panel.id)).canBackUp).toBe(true);

    const { panel: there } = await second.openPanel(panel.id);
    const source = await readPanelForExport(there, kept, { language: 'zh-CN' });
    const files = await buildExportFiles(source, { privateKey: kept.signing.privateKey, fonts });
    const opinion = files.find((f) => f.path.startsWith('opinions/'))!;
    const ca = (await panel.panelCa())!;
    const report = await verifyFile(opinion.bytes, { ca });
    expect(report.valid, JSON.stringify(report)).toBe(true);
    expect(report.signers[0]).toMatchObject({ name: '王组长', role: 'chair' });
  });

  it('B2, B6: a reviewer’s new device registers its own key, is certified, and signs an opinion that verifies', async () => {
    const chairDevice = profile('rev-chair');
    const { panel: chairPanel, identity: chair } = await chairDevice.createPanel({
      name: '岳阳评审组',
      pack,
      chair: { name: '王组长' },
    });
    const app = chairPanel.addApplication({
      title: '某联盟',
      applicantUnit: '',
      recommendingBody: '',
    });
    const invitation = await createInvitation(chairPanel, { name: '李老师', role: 'reviewer' });
    const laptop = profile('rev-laptop');
    const { panel: onLaptop } = await laptop.join(JSON.parse(JSON.stringify(invitation)));
    scoreAll(onLaptop, app);
    await onLaptop.submitReview(app);
    const info = await backupInfo(laptop, onLaptop.id);
    expect(info).toMatchObject({ canBackUp: true, movesSigningKey: false });
    const file = await backupIdentity(laptop, onLaptop.id, '口令');
    expect(file.hasSigningKey).toBe(false);

    const desktop = profile('rev-desktop');
    const restored = await restoreIdentity(desktop, file, '口令', {
      state: await exportRdsync(onLaptop, { kind: 'full' }),
    });
    expect(restored.newDeviceKey).toBe(true);
    const { panel: onDesktop } = await desktop.openPanel(onLaptop.id);
    const me = (await loadIdentity(desktop.db, onLaptop.id as PanelId))!;
    expect(me.signing.fingerprint).not.toBe(keyFingerprint(file.publicKey));
    expect(onDesktop.myReview(app).status).toBe('submitted');
    // Not certified yet: signing says what is missing.
    expect(await code(() => signOwnOpinion(onDesktop, me, app, { language: 'zh-CN', fonts }))).toBe(
      'sign/missingCertificate',
    );
    // The chair's device sees the registration and certifies the new key; it comes back.
    await importRdsync(chairPanel, await exportRdsync(onDesktop, { kind: 'full' }));
    await issueCertificates(chairPanel, chair);
    await importRdsync(onDesktop, await exportRdsync(chairPanel, { kind: 'full' }));
    await onDesktop.settled();
    const signed = await signOwnOpinion(onDesktop, me, app, { language: 'zh-CN', fonts });
    const report = await verifyFile(signed.pdf, { ca: (await chairPanel.panelCa())! });
    expect(report.valid, JSON.stringify(report)).toBe(true);
    expect(report.signers[0]).toMatchObject({ name: '李老师', role: 'reviewer' });
    expect(signed.fileName).toMatch(/^1-某联盟\.pdf$/);
  });
});
