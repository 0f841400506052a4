/** The CLI commands over lib/: panel create, joining from its invitations, sync merge and inspect. */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../bin/cli';
import { importIdentity } from '../../lib/identity/identity';
import type { CriterionId } from '../../lib/ids';
import { builtinPack } from '../../lib/rubric';
import { joinFromInvitation } from '../../lib/sync/join';
import { exportRdsync, importRdsync, inspectRdsync } from '../../lib/sync/rdsync';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => {
    out += s;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => {
    err += s;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(['--lang', 'en', ...args]), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

describe('CLI panel and sync', () => {
  it('panel create → invitations join → sync merge and inspect', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-cli-'));
    const rubric = path.join(dir, 'pack.json');
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(
        rubric,
        JSON.stringify({ ...builtinPack('yueyang-2023-alliance'), id: 'pack-x' }),
      ),
    );
    const out = path.join(dir, 'panel');
    const created = await cli(
      'panel',
      'create',
      '--rubric',
      rubric,
      '--name',
      '评审组',
      '--chair',
      '张',
      '--reviewers',
      '李,王',
      '--observers',
      '赵',
      '--out',
      out,
      '--passphrase',
      'pw',
    );
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('invitations/李.json');
    const summary = JSON.parse(readFileSync(path.join(out, 'panel.json'), 'utf8'));
    expect(summary).toMatchObject({ name: '评审组', rubricId: 'pack-x', relayUrl: null });
    const again = await cli(
      'panel',
      'create',
      '--rubric',
      rubric,
      '--name',
      'x',
      '--chair',
      'y',
      '--out',
      out,
      '--passphrase',
      'pw',
    );
    expect(again.code).toBe(2);
    expect(again.err).toContain('already holds panel files');

    const li = await joinFromInvitation(
      JSON.parse(readFileSync(path.join(out, 'invitations', '李.json'), 'utf8')),
    );
    const wang = await joinFromInvitation(
      JSON.parse(readFileSync(path.join(out, 'invitations', '王.json'), 'utf8')),
    );
    expect(li.panel.meta()?.name).toBe('评审组');
    const chairFile = JSON.parse(readFileSync(path.join(out, 'chair.identity.json'), 'utf8'));
    const chairIdentity = await importIdentity(chairFile, 'pw');
    expect(chairIdentity.panelId).toBe(summary.panelId);

    // The chair (here: li's replica gets an application from the chair by file) …
    const { Panel } = await import('../../lib/panel/panel');
    const Y = await import('yjs');
    const chair = new Panel(new Y.Doc(), chairIdentity);
    await importRdsync(chair, readFileSync(path.join(out, 'panel.rdsync')));
    await chair.ensureDevice();
    const app = chair.addApplication({ title: '申报', applicantUnit: '', recommendingBody: '' });
    const fromChair = await exportRdsync(chair, { kind: 'full' });
    await importRdsync(li.panel, fromChair);
    await importRdsync(wang.panel, fromChair);
    li.panel.setScore(app, 'c1' as CriterionId, 7);
    wang.panel.setScore(app, 'c1' as CriterionId, 5);
    const files = [path.join(dir, 'li.rdsync'), path.join(dir, 'wang.rdsync')];
    const fs = await import('node:fs/promises');
    await fs.writeFile(files[0]!, await exportRdsync(li.panel, { kind: 'changes' }));
    await fs.writeFile(files[1]!, await exportRdsync(wang.panel, { kind: 'changes' }));
    const merged = path.join(dir, 'merged.rdsync');
    const m = await cli('sync', 'merge', ...files, files[0]!, '--out', merged);
    expect(m.code, m.err).toBe(0);
    expect(m.out).toContain('2 signed parts');
    const inspected = await cli('sync', 'inspect', merged);
    expect(inspected.out).toContain(summary.panelId);
    expect(inspected.out).toContain('李');
    expect((await inspectRdsync(readFileSync(merged))).parts.map((p) => p.counts.sealed)).toEqual([
      1, 1,
    ]);
    await importRdsync(chair, readFileSync(merged));
    expect(chair.progress(app).filter((p) => p.filled.scores.length === 1)).toHaveLength(2);

    const bad = await cli('sync', 'inspect', rubric);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not a Review Desk sync file');
  });
});
