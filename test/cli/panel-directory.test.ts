/**
 * A panel made with the command line is usable in the app: `panel create` without a terminal
 * takes the passphrase from a file, `panel add-applications` adds PDFs with the app's intake
 * (bad files refused, a second copy skipped), and the app opens the directory with the
 * passphrase: the chair has the panel, its applications and their PDFs, and goes on working.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli';
import type { CriterionId } from '../../lib/ids';
import { readPanelDirectory } from '../../lib/panel-directory/read';
import { ReviewDeskDb } from '../../lib/store/db';
import { Workspace } from '../../lib/workspace/workspace';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'rd-panel-dir-'));
const FX = path.resolve('test/fixtures/extract');
const made: Workspace[] = [];

afterAll(async () => {
  for (const ws of made) await ws.closeAll();
});

async function cli(...args: string[]) {
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

function entries(dir: string, prefix = 'panel'): { path: string; read(): Promise<Uint8Array> }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return entries(full, `${prefix}/${d.name}`);
    return [{ path: `${prefix}/${d.name}`, read: async () => new Uint8Array(readFileSync(full)) }];
  });
}

describe('a panel made with the command line', () => {
  it('gets applications from the CLI and opens in the app for its chair', async () => {
    const dir = path.join(tmp, 'panel');
    const secret = path.join(tmp, 'passphrase.txt');
    writeFileSync(secret, '口令 123\n');
    const created = await cli(
      'panel',
      'create',
      '--rubric',
      'yueyang-2023-alliance',
      '--name',
      '岳阳评审组',
      '--chair',
      '王老师',
      '--reviewers',
      '李老师',
      '--out',
      dir,
      '--passphrase-file',
      secret,
    );
    expect(created.code, created.err).toBe(0);

    const form = path.join(FX, 'ym-list-pdflib.pdf');
    const copy = path.join(tmp, '副本.pdf');
    writeFileSync(copy, await (await PDFDocument.load(readFileSync(form))).save());
    const text = path.join(tmp, '说明.pdf');
    writeFileSync(text, '不是 PDF');
    const added = await cli(
      'panel',
      'add-applications',
      '--panel',
      dir,
      '--passphrase-file',
      secret,
      form,
      path.join(FX, 'ym-form-docx.pdf'),
      copy,
      text,
    );
    // A refused file makes the run exit 2; the good ones are added all the same.
    expect(added.code).toBe(2);
    expect(added.err).toContain('说明.pdf');
    expect(added.out).toMatch(/states the same as .*skipped/);
    expect(added.out).toContain('Added 2 application(s)');
    expect(readdirSync(path.join(dir, 'files'))).toHaveLength(3);

    const ws = new Workspace(new ReviewDeskDb(`cli-dir-${Math.random()}`), {
      databaseName: `cli-dir-docs-${Math.random()}`,
    });
    made.push(ws);
    const contents = await readPanelDirectory(entries(dir));
    expect(contents.summary.name).toBe('岳阳评审组');
    await expect(ws.openPanelDirectory({ ...contents, passphrase: 'wrong' })).rejects.toMatchObject(
      { code: 'panel/wrongPassphrase' },
    );
    const { panel, files } = await ws.openPanelDirectory({ ...contents, passphrase: '口令 123' });
    expect(panel.me()).toMatchObject({ name: '王老师', role: 'chair' });
    const apps = panel.applications();
    expect(apps).toHaveLength(2);
    expect(files).toBe(2);
    for (const app of apps) {
      expect(await ws.stores.files.get(app.files[0]!.hash)).toBeDefined();
    }
    // The chair goes on in the app: adds an application, scores.
    panel.addApplication({ title: '另一联盟', applicantUnit: '某校', recommendingBody: '' });
    panel.setScore(apps[0]!.id, 'composition' as CriterionId, 18);
    expect(panel.myReview(apps[0]!.id).values.scores.composition).toBe(18);
  });

  it('says which file is missing when the folder is not a panel directory', async () => {
    await expect(
      readPanelDirectory([{ path: 'x/readme.txt', read: async () => new Uint8Array() }]),
    ).rejects.toMatchObject({ code: 'panelDirectory/missing', params: { file: 'panel.json' } });
  });
});
