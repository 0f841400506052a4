/**
 * Intake of application files on a real panel (fake-indexeddb, pdf.js in Node): bad files never
 * become applications and are listed with the reason while the good files of the same drop are
 * kept; a locked form is kept under its file name; a second copy of a form (other bytes, same
 * content) is found as a likely duplicate before it is added.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { isReviewDeskError } from '../../lib/errors';
import { builtinPack } from '../../lib/rubric';
import { ReviewDeskDb } from '../../lib/store/db';
import { findDuplicates } from '../../lib/workspace/duplicates';
import { commitImport, prepareImport, titleFromUnlockedForm } from '../../lib/workspace/import';
import { planImport } from '../../lib/workspace/import-plan';
import { Workspace } from '../../lib/workspace/workspace';

const FX = path.resolve('test/fixtures');
const form = new Uint8Array(readFileSync(path.join(FX, 'extract/ym-list-pdflib.pdf')));
const other = new Uint8Array(readFileSync(path.join(FX, 'extract/ym-form-docx.pdf')));
const locked = new Uint8Array(readFileSync(path.join(FX, 'pdf/encrypted-zh-password.pdf')));
const pack = builtinPack('yueyang-2023-alliance');
const made: Workspace[] = [];

afterAll(async () => {
  for (const ws of made) await ws.closeAll();
});

async function chairPanel() {
  const ws = new Workspace(new ReviewDeskDb(`intake-${Math.random()}`), {
    databaseName: `intake-docs-${Math.random()}`,
  });
  made.push(ws);
  const { panel } = await ws.createPanel({ name: '测试组', pack, chair: { name: '王组长' } });
  return { ws, panel };
}

type Dropped = { path: string; size: number; bytes: Uint8Array };
const drop = (entries: [string, Uint8Array][]): Dropped[] =>
  entries.map(([p, bytes]) => ({ path: p, size: bytes.byteLength, bytes }));
const read = async (f: Dropped) => f.bytes;

describe('intake', () => {
  it('refuses a renamed text file and a truncated PDF, keeping the good files of the drop', async () => {
    const { ws, panel } = await chairPanel();
    const text = new TextEncoder().encode('这不是 PDF，只是一段文字。\n'.repeat(20));
    const files = drop([
      ['申报书.pdf', form],
      ['说明.pdf', text],
      ['截断.pdf', form.slice(0, Math.floor(form.length / 2))],
      ['联盟乙/申报书.pdf', other],
      ['联盟乙/附件-截断.pdf', other.slice(0, 4000)],
    ]);
    const prepared = await prepareImport(panel, ws.stores, planImport(files), read, { pack });
    const rejected = Object.fromEntries(
      prepared.rejected.map((r) => [r.path, isReviewDeskError(r.error) ? r.error.code : '?']),
    );
    expect(rejected).toEqual({
      '说明.pdf': 'pdf/notPdf',
      '截断.pdf': 'pdf/corrupt',
      '联盟乙/附件-截断.pdf': 'pdf/corrupt',
    });
    const outcome = commitImport(panel, prepared);
    expect(outcome.applications).toBe(2);
    const apps = panel.applications();
    expect(apps.map((a) => a.files.map((f) => f.name)).sort()).toEqual([
      ['申报书.pdf'],
      ['申报书.pdf'],
    ]);
    // Refused bytes are never stored.
    const textHash = await import('../../lib/store/hash').then((m) => m.fileHash(text));
    expect(await ws.stores.files.get(textHash)).toBeUndefined();
  });

  it('adds no application for a folder whose files are all bad', async () => {
    const { ws, panel } = await chairPanel();
    const junk = new TextEncoder().encode('<html>404</html>');
    const prepared = await prepareImport(
      panel,
      ws.stores,
      planImport(drop([['坏/a.pdf', junk]])),
      read,
      { pack },
    );
    expect(prepared.applications).toEqual([]);
    expect(commitImport(panel, prepared).applications).toBe(0);
    expect(panel.applications()).toEqual([]);
  });

  it('keeps a locked form under its file name, then takes the title from it once read', async () => {
    const { ws, panel } = await chairPanel();
    const prepared = await prepareImport(
      panel,
      ws.stores,
      planImport(drop([['encrypted-user.pdf', locked]])),
      read,
      { pack },
    );
    expect(prepared.rejected).toEqual([]);
    expect(prepared.applications[0]).toMatchObject({ title: 'encrypted-user', locked: true });
    expect(commitImport(panel, prepared).locked).toEqual(['encrypted-user']);
    const app = panel.applications()[0]!;
    const facts = { projectName: { value: '某联盟' }, leadUnit: { value: '某校' } };
    expect(titleFromUnlockedForm(app, facts)).toEqual({
      title: '某联盟',
      applicantUnit: '某校',
      recommendingBody: '',
    });
    // A title someone already set (or read) is left alone.
    expect(titleFromUnlockedForm({ ...app, title: '已改名' }, facts)).toBeNull();
  });

  it('finds a second copy of a form with other bytes as a likely duplicate', async () => {
    const { ws, panel } = await chairPanel();
    const first = await prepareImport(panel, ws.stores, planImport(drop([['a.pdf', form]])), read, {
      pack,
    });
    commitImport(panel, first);
    const copy = await (await PDFDocument.load(form)).save({ useObjectStreams: true });
    expect(Buffer.from(copy).equals(Buffer.from(form))).toBe(false);
    const second = await prepareImport(
      panel,
      ws.stores,
      planImport(
        drop([
          ['副本.pdf', copy],
          ['另一份.pdf', other],
          ['a-again.pdf', form],
        ]),
      ),
      read,
      { pack },
    );
    const byFile = Object.fromEntries(
      second.applications.map((a) => [a.files[0]!.name, a.duplicates.map((d) => d.reason)]),
    );
    expect(byFile['副本.pdf']).toEqual(['sameFacts']);
    expect(byFile['a-again.pdf']).toContain('sameFile');
    expect(byFile['另一份.pdf']).toEqual([]);
    // The chair declines the copies: only the other application is added.
    const skip = new Set(
      second.applications.flatMap((a, i) => (a.duplicates.length > 0 ? [i] : [])),
    );
    expect(commitImport(panel, second, skip).applications).toBe(1);
    expect(panel.applications()).toHaveLength(2);
  });
});

describe('findDuplicates', () => {
  const base = { title: '甲联盟', applicantUnit: '甲校', hashes: [] };
  const facts = {
    projectName: '甲联盟',
    leadUnit: '甲校',
    stages: ['小学'],
    annualResourceTarget: 200,
  };

  it('needs the same project and agreement on every fact both forms state', () => {
    const existing = [{ ...base, id: 'a1', facts }];
    expect(findDuplicates({ ...base, facts: { ...facts } }, existing)).toEqual([
      { id: 'a1', title: '甲联盟', reason: 'sameFacts', facts: 4 },
    ]);
    // One fact differs: a different application (or a corrected one), not a copy.
    expect(
      findDuplicates({ ...base, facts: { ...facts, annualResourceTarget: 150 } }, existing),
    ).toEqual([]);
    // Full-width and spacing differences are the same text.
    expect(
      findDuplicates({ ...base, facts: { ...facts, projectName: '甲 联盟 ' } }, existing),
    ).toHaveLength(1);
  });

  it('does not call two forms the same on a name alone', () => {
    const existing = [{ ...base, id: 'a1', facts: { projectName: '甲联盟' } }];
    expect(findDuplicates({ ...base, facts: { projectName: '甲联盟' } }, existing)).toEqual([]);
  });

  it('compares titles and applicants when a form cannot be read here', () => {
    expect(findDuplicates(base, [{ ...base, id: 'a1' }])).toEqual([
      { id: 'a1', title: '甲联盟', reason: 'sameTitle' },
    ]);
    expect(findDuplicates({ ...base, applicantUnit: '' }, [{ ...base, id: 'a1' }])).toEqual([]);
  });
});
