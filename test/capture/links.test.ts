/** Which links of a portal page are offered for capture, under which name, once each. */
import { describe, expect, it } from 'vitest';
import { candidateLinks, linkFileName, linkKind, safeFileName } from '../../lib/capture/links';
import { mergeFrames, type PageLink } from '../../lib/capture/page-scan';

function link(url: string, text = '', extra: Partial<PageLink> = {}): PageLink {
  return {
    url,
    text,
    title: '',
    download: '',
    type: '',
    frameId: 0,
    row: null,
    order: 0,
    ...extra,
  };
}

describe('link kinds', () => {
  it('calls a link a PDF by its address, download name, type or text', () => {
    expect(linkKind(link('https://p.example/files/申报书.pdf'))).toBe('pdf');
    expect(linkKind(link('https://p.example/f?id=3', '', { download: 'a.PDF' }))).toBe('pdf');
    expect(linkKind(link('https://p.example/f?id=3', '', { type: 'application/pdf' }))).toBe('pdf');
    expect(linkKind(link('https://p.example/f?id=3', '推荐表.pdf'))).toBe('pdf');
    expect(linkKind(link('https://p.example/get?name=%E8%A1%A8.pdf'))).toBe('pdf');
  });

  it('offers download endpoints as maybe, and leaves out navigation and other file types', () => {
    expect(linkKind(link('https://p.example/download.do?fileId=9', '下载'))).toBe('maybe');
    expect(linkKind(link('https://p.example/view?id=9', '附件'))).toBe('maybe');
    expect(linkKind(link('https://p.example/news/1.html', '通知公告'))).toBe('other');
    expect(linkKind(link('https://p.example/files/汇总表.xlsx', '汇总表'))).toBe('other');
    expect(linkKind(link('https://p.example/', '首页'))).toBe('other');
  });
});

describe('file names', () => {
  it('prefers the download name, then a .pdf text, then the address', () => {
    expect(linkFileName(link('https://p.example/x', '下载', { download: '大连一中' }))).toBe(
      '大连一中.pdf',
    );
    expect(linkFileName(link('https://p.example/x?id=1', '申报书.pdf'))).toBe('申报书.pdf');
    expect(linkFileName(link('https://p.example/a/%E7%94%B3%E6%8A%A5.pdf', '查看'))).toBe(
      '申报.pdf',
    );
    expect(linkFileName(link('https://p.example/download.do?id=1', '某联盟申报材料'))).toBe(
      '某联盟申报材料.pdf',
    );
  });

  it('never keeps a path separator or a control character', () => {
    expect(safeFileName('../a/b\\c\u0001.pdf')).toBe('.. a b c .pdf');
    expect(safeFileName(`${'长'.repeat(400)}.pdf`).length).toBe(200);
    expect(safeFileName(`${'长'.repeat(400)}.pdf`).endsWith('.pdf')).toBe(true);
  });
});

describe('candidates', () => {
  it('lists each address once, keeping the more telling text and the page order', () => {
    const links = [
      link('https://p.example/a.pdf', '', { order: 0 }),
      link('https://p.example/nav', '首页', { order: 1 }),
      link('https://p.example/b.pdf', '乙联盟申报书', { order: 2 }),
      link('https://p.example/a.pdf#page=2', '甲联盟申报书', { order: 3 }),
    ];
    const out = candidateLinks(links);
    expect(out.map((l) => [l.url, l.text])).toEqual([
      ['https://p.example/a.pdf', '甲联盟申报书'],
      ['https://p.example/b.pdf', '乙联盟申报书'],
    ]);
    expect(out.every((l) => l.kind === 'pdf')).toBe(true);
  });
});

describe('frames', () => {
  it('merges frames in order, keeps rows apart per frame, and drops a frame that lies', () => {
    const row = { key: 'r1', cells: ['甲'], headers: [] };
    const frame = (url: string) => ({
      url: 'https://p.example/',
      title: '门户',
      contentType: 'text/html',
      links: [{ url, text: 't', title: '', download: '', type: '', row }],
    });
    const scan = mergeFrames([
      { frameId: 7, result: frame('https://p.example/b.pdf') },
      { frameId: 0, result: frame('https://p.example/a.pdf') },
      { frameId: 9, result: { links: [{ url: 'javascript:alert(1)' }] } },
      { frameId: 8, result: frame('javascript:alert(1)') },
    ]);
    expect(scan.links.map((l) => [l.url, l.frameId, l.row?.key, l.order])).toEqual([
      ['https://p.example/a.pdf', 0, '0:r1', 0],
      ['https://p.example/b.pdf', 7, '7:r1', 1],
    ]);
    expect(scan.title).toBe('门户');
    expect(scan.isPdf).toBe(false);
  });
});
