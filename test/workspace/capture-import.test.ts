/**
 * Captured links into a panel (fake-indexeddb, real PDFs): one application per group titled from
 * its form, failures listed with their reason while the rest is kept, a file the panel already has
 * recognised by its bytes, files added to an existing application, and a reviewer refused.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { FetchedFile } from '../../lib/capture/fetched-file';
import { groupLinks } from '../../lib/capture/group';
import { type CandidateLink, linkFileName } from '../../lib/capture/links';
import { isReviewDeskError, ReviewDeskError } from '../../lib/errors';
import { builtinPack } from '../../lib/rubric';
import { ReviewDeskDb } from '../../lib/store/db';
import { importCaptured } from '../../lib/workspace/capture-import';
import { createInvitation } from '../../lib/workspace/invitations';
import { Workspace } from '../../lib/workspace/workspace';

const pdf = (name: string) => new Uint8Array(readFileSync(`test/fixtures/extract/${name}.pdf`));
const PACK = builtinPack('liaoning-2022-community');
const made: Workspace[] = [];
afterAll(async () => {
  for (const ws of made) await ws.closeAll();
});

function device(): Workspace {
  const id = Math.random().toString(36).slice(2);
  const ws = new Workspace(new ReviewDeskDb(`cap-${id}`), { databaseName: `cap-docs-${id}` });
  made.push(ws);
  return ws;
}

function link(url: string, text: string, rowKey: string | null): CandidateLink {
  const row = rowKey ? { key: rowKey, cells: [rowKey, `${rowKey}号申报`], headers: [] } : null;
  const base = { url, text, title: '', download: '', type: '', frameId: 0, row, order: 0 };
  return { ...base, kind: 'pdf', fileName: linkFileName(base) };
}

/** A portal: what each address answers. */
function portal(files: Record<string, FetchedFile | Error>) {
  return async (l: CandidateLink): Promise<FetchedFile> => {
    const answer = files[l.url];
    if (!answer) throw new ReviewDeskError('extension/http', { status: 404, name: l.fileName });
    if (answer instanceof Error) throw answer;
    return answer;
  };
}
const asPdf = (bytes: Uint8Array, disposition = ''): FetchedFile => ({
  bytes,
  contentType: 'application/octet-stream',
  disposition,
});

describe('importCaptured', () => {
  it('makes one application per group, keeps successes, lists failures and known files', async () => {
    const ws = device();
    const { panel } = await ws.createPanel({
      name: '辽宁评审组',
      pack: PACK,
      chair: { name: '组长' },
    });
    const existing = panel.addApplication({
      title: '已有申报',
      applicantUnit: '',
      recommendingBody: '',
    });
    const known = pdf('ln-table-odt');
    const { putFile } = await import('../../lib/store/blobs');
    const { hash } = await putFile(ws.db, known);
    panel.addFile(existing, { hash, name: '已有.pdf', size: known.byteLength });

    const links = [
      link('https://p.example/1/form.pdf', '申报书.pdf', '1'),
      link('https://p.example/1/extra.pdf', '汇总表.pdf', '1'),
      link('https://p.example/2/form.pdf', '申报书.pdf', '2'),
      link('https://p.example/3/login.pdf', '申报书.pdf', '3'),
      link('https://p.example/4/same.pdf', '申报书.pdf', '4'),
      link('https://p.example/5/gone.pdf', '申报书.pdf', '5'),
    ];
    const fetchLink = portal({
      'https://p.example/1/form.pdf': asPdf(
        pdf('ln-prose-pdflib'),
        "attachment; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E4%B9%A6-%E5%A4%A7%E8%BF%9E.pdf",
      ),
      'https://p.example/1/extra.pdf': asPdf(pdf('ln-table-scan')),
      'https://p.example/2/form.pdf': asPdf(pdf('ln-table-pdflib')),
      'https://p.example/3/login.pdf': {
        bytes: new TextEncoder().encode('<html><body>登录已过期</body></html>'),
        contentType: 'application/pdf',
        disposition: '',
      },
      'https://p.example/4/same.pdf': asPdf(known),
    });
    const progress: number[] = [];
    const outcome = await importCaptured(
      panel,
      ws.stores,
      groupLinks(links, { by: 'row' }),
      fetchLink,
      {
        pack: PACK,
        onProgress: (p) => progress.push(p.done),
      },
    );

    expect(outcome.applications.map((a) => [a.title, a.files])).toEqual([
      ['大连双师课堂应用共同体', 2],
      ['本溪课堂评价实践共同体', 1],
    ]);
    const first = panel.application(outcome.applications[0]!.applicationId)!;
    // The server's name (Content-Disposition) wins over the link's.
    expect(first.files.map((f) => f.name).sort()).toEqual(['汇总表.pdf', '申报书-大连.pdf'].sort());
    expect(first.applicantUnit).toBe('大连市西岗区启航学校');
    expect(outcome.known).toEqual([
      expect.objectContaining({ applicationId: existing, title: '已有申报' }),
    ]);
    expect(
      outcome.failed.map((f) => [f.link.url, isReviewDeskError(f.error) && f.error.code]),
    ).toEqual([
      ['https://p.example/3/login.pdf', 'extension/htmlNotPdf'],
      ['https://p.example/5/gone.pdf', 'extension/http'],
    ]);
    // Nothing added for the failed and the known rows; the panel has exactly 3 applications.
    expect(panel.applications()).toHaveLength(3);
    expect(progress.at(-1)).toBe(6);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('adds the files to a chosen application instead, once each', async () => {
    const ws = device();
    const { panel } = await ws.createPanel({
      name: '辽宁评审组',
      pack: PACK,
      chair: { name: '组长' },
    });
    const app = panel.addApplication({
      title: '某共同体',
      applicantUnit: '',
      recommendingBody: '',
    });
    const links = [
      link('https://p.example/a.pdf', '证明材料', null),
      link('https://p.example/b.pdf', '证明材料', null),
    ];
    const same = asPdf(pdf('ln-prose-docx'));
    const outcome = await importCaptured(
      panel,
      ws.stores,
      groupLinks(links, { by: 'text' }),
      portal({ 'https://p.example/a.pdf': same, 'https://p.example/b.pdf': same }),
      { attachTo: app },
    );
    expect(outcome.applications).toEqual([
      { key: expect.any(String), applicationId: app, title: '某共同体', files: 1 },
    ]);
    expect(panel.application(app)?.files).toHaveLength(1);
  });

  it('tells a reviewer that only the chair adds applications, and still recognises known files', async () => {
    const chairDevice = device();
    const { panel } = await chairDevice.createPanel({
      name: '辽宁评审组',
      pack: PACK,
      chair: { name: '组长' },
    });
    const app = panel.addApplication({
      title: '已有申报',
      applicantUnit: '',
      recommendingBody: '',
    });
    const bytes = pdf('ln-vertical-docx');
    const { fileHash } = await import('../../lib/store/hash');
    panel.addFile(app, { hash: await fileHash(bytes), name: 'a.pdf', size: bytes.byteLength });
    const invitation = await createInvitation(panel, { name: '李专家', role: 'reviewer' });
    const reviewer = device();
    const joined = await reviewer.join(JSON.parse(JSON.stringify(invitation)));
    const links = [
      link('https://p.example/a.pdf', 'a', '1'),
      link('https://p.example/b.pdf', 'b', '2'),
    ];
    const outcome = await importCaptured(
      joined.panel,
      reviewer.stores,
      groupLinks(links, { by: 'row' }),
      portal({
        'https://p.example/a.pdf': asPdf(bytes),
        'https://p.example/b.pdf': asPdf(pdf('ln-prose-docx')),
      }),
    );
    expect(outcome.known.map((k) => k.applicationId)).toEqual([app]);
    expect(outcome.failed.map((f) => isReviewDeskError(f.error) && f.error.code)).toEqual([
      'extension/notChair',
    ]);
    expect(joined.panel.applications()).toHaveLength(1);
  });
});
