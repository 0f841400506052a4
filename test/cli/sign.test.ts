/**
 * The CLI side of issue 10, run as a user would: `verify` (exit 0 valid, 1 not valid, 2
 * unreadable; Chinese by default, English on request), `identity export|import|show` from the
 * identity `panel create` writes to a second "device", and `export` up to the part still to wire.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importIdentityBackup } from '../../lib/identity/backup';
import {
  certificateToPem,
  createPanelCa,
  issueMemberCertificate,
} from '../../lib/sign/certificates';
import { signOpinion } from '../../lib/sign/sign-opinion';
import { makePanel, sampleOpinion, signerOf, T0, testFonts } from '../sign/fixtures';
import { tmpDir, writeTmp } from '../sign/pdf-tools';
import { runCli } from './support';

let dir: string;
let signed: string;
let ca: string;

beforeAll(async () => {
  dir = tmpDir('rd-cli-sign-');
  const panel = await makePanel();
  const pdf = (
    await signOpinion({
      opinion: sampleOpinion(panel),
      fonts: await testFonts(),
      signer: signerOf(panel, panel.reviewers[0]!),
      signedAt: T0 + 60_000,
    })
  ).pdf;
  signed = writeTmp(dir, 'opinion.pdf', pdf);
  ca = writeTmp(dir, 'ca.pem', certificateToPem(panel.ca));
  const flipped = pdf.slice();
  flipped[Math.floor(pdf.length / 3)]! ^= 0x04;
  writeTmp(dir, 'flipped.pdf', flipped);
  writeTmp(
    dir,
    'appended.pdf',
    new Uint8Array([...pdf, ...new TextEncoder().encode('\n% more\n')]),
  );
  writeTmp(dir, 'junk.bin', new Uint8Array([0, 1, 2, 3]));
  const other = await makePanel('另一个评审组');
  writeTmp(dir, 'other-ca.pem', certificateToPem(other.ca));
}, 60_000);

// Each CLI run starts a fresh tsx process: slow on a busy 2-core machine, so generous timeouts.
describe('review-desk verify', { timeout: 180_000 }, () => {
  it('a valid opinion: exit 0 and a report in Chinese', () => {
    const r = runCli(['verify', signed]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ 有效：评审意见 PDF');
    expect(r.stdout).toContain('签名人：李晓梅');
    expect(runCli(['verify', signed, '--ca', ca]).code).toBe(0);
  });

  it('--lang en and --json', () => {
    const en = runCli(['verify', signed, '--lang', 'en']);
    expect(en.stdout).toContain('✓ Valid: review opinion PDF');
    const json = JSON.parse(runCli(['verify', signed, '--json']).stdout);
    expect(json).toMatchObject({ kind: 'opinion', valid: true });
  });

  it('a flipped byte, appended bytes, another panel pinned: exit 1 with the reason', () => {
    const flipped = runCli(['verify', path.join(dir, 'flipped.pdf')]);
    expect(flipped.code).toBe(1);
    expect(flipped.stdout).toContain('✗ 签名与内容不符');
    const appended = runCli(['verify', path.join(dir, 'appended.pdf')]);
    expect(appended.code).toBe(1);
    expect(appended.stdout).toContain('签署后文件末尾被追加了');
    const pinned = runCli(['verify', signed, '--ca', path.join(dir, 'other-ca.pem')]);
    expect(pinned.code).toBe(1);
    expect(pinned.stdout).toContain('另一个评审组');
  });

  it('an unreadable file: exit 2 with a sentence; no file: usage, exit 2', () => {
    const junk = runCli(['verify', path.join(dir, 'junk.bin')]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('无法读取文件');
    expect(junk.stderr).not.toContain('    at ');
    expect(runCli(['verify']).code).toBe(2);
  });
});

describe('review-desk identity', { timeout: 180_000 }, () => {
  it('export → import on a second device → sign an opinion there → verify passes', async () => {
    const out = tmpDir('rd-cli-id-');
    const created = runCli([
      'panel',
      'create',
      '--rubric',
      'yueyang-2023-alliance',
      '--name',
      '评审组',
      '--chair',
      '王老师',
      '--reviewers',
      '李老师',
      '--out',
      out,
      '--passphrase',
      'pw',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const backup = path.join(out, 'backup.identity');
    const exported = runCli([
      'identity',
      'export',
      '--identity',
      path.join(out, 'chair.identity.json'),
      '--passphrase',
      'pw',
      '--new-passphrase',
      '新口令',
      '--out',
      backup,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('王老师');
    const shown = runCli(['identity', 'show', backup]);
    expect(shown.stdout).toContain('组长');

    const second = path.join(out, 'second-device.identity');
    const wrong = runCli(['identity', 'import', backup, '--passphrase', 'pw', '--out', second]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('口令不对');
    expect(existsSync(second)).toBe(false);
    const imported = runCli([
      'identity',
      'import',
      backup,
      '--passphrase',
      '新口令',
      '--out',
      second,
    ]);
    expect(imported.code, imported.stderr).toBe(0);

    const { identity } = await importIdentityBackup(
      JSON.parse(readFileSync(second, 'utf8')),
      '新口令',
    );
    const panelCa = await createPanelCa(identity.signing, { id: identity.panelId, name: '评审组' });
    const cert = await issueMemberCertificate({
      ca: panelCa,
      chairKey: identity.signing,
      member: { id: identity.memberId, name: identity.name, role: 'chair', unit: '' },
      deviceKey: identity.signing.publicJwk,
    });
    const pdf = await signOpinion({
      opinion: sampleOpinion(
        { id: identity.panelId, name: '评审组' },
        { info: { id: identity.memberId, name: identity.name, role: 'chair', unit: '' } },
      ),
      fonts: await testFonts(),
      signer: { privateKey: identity.signing.privateKey, certificate: cert, chain: [panelCa] },
    });
    const file = writeTmp(out, 'chair-opinion.pdf', pdf.pdf);
    const verified = runCli(['verify', file]);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('王老师');
  });

  it('a damaged backup: exit 2, says damaged, writes nothing', () => {
    const out = tmpDir('rd-cli-id-');
    const bad = writeTmp(
      out,
      'bad.identity',
      JSON.stringify({ kind: 'review-desk-identity', v: 2 }),
    );
    const r = runCli([
      'identity',
      'import',
      bad,
      '--passphrase',
      'x',
      '--out',
      path.join(out, 'x.identity'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已损坏');
    expect(existsSync(path.join(out, 'x.identity'))).toBe(false);
  });
});

describe('review-desk export', { timeout: 180_000 }, () => {
  it('names a missing option; reading the panel is the part still to wire, and nothing is written', () => {
    expect(runCli(['export', '--panel', 'x.rdsync']).stderr).toContain('--identity');
    const out = tmpDir('rd-cli-export-');
    runCli([
      'panel',
      'create',
      '--rubric',
      'yueyang-2023-alliance',
      '--name',
      '评审组',
      '--chair',
      '王老师',
      '--out',
      out,
      '--passphrase',
      'pw',
    ]);
    const r = runCli([
      'export',
      '--panel',
      path.join(out, 'panel.rdsync'),
      '--identity',
      path.join(out, 'chair.identity.json'),
      '--passphrase',
      'pw',
      '--out',
      path.join(out, 'export'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('还没有保存评审组证书');
    expect(existsSync(path.join(out, 'export'))).toBe(false);
  });
});
