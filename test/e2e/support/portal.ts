/**
 * A submissions portal on 127.0.0.1, as a city's 教研 platform shows them: a table of
 * applications with their attachments. One attachment needs the session cookie the portal set
 * on its page; one answers with a sign-in page labelled application/pdf; one is already in the
 * demo panel (same bytes); one lives on another origin (localhost) the page may not read.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string) => readFileSync(`test/fixtures/extract/${name}.pdf`);

export interface Portal {
  url: string;
  /** The same server under another origin (localhost instead of 127.0.0.1). */
  otherOrigin: string;
  /** Requests for the cookie-protected file, with whether they carried the cookie. */
  secureHits: boolean[];
  close(): Promise<void>;
}

const COOKIE = 'portal_session=s3cr3t';

export async function startPortal(demoPdf: string): Promise<Portal> {
  const secureHits: boolean[] = [];
  const files: Record<string, Buffer> = {
    '/files/a-form.pdf': fixture('ln-prose-pdflib'),
    '/download.do?id=2': fixture('ln-table-scan'),
    '/secure/b-form.pdf': fixture('ln-table-pdflib'),
    '/files/d-known.pdf': readFileSync(demoPdf),
    '/files/x-remote.pdf': fixture('ln-prose-docx'),
    '/files/e-evidence.pdf': fixture('ln-vertical-docx'),
    '/files/f-viewer.pdf': fixture('ln-table-odt'),
  };
  let port = 0;
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const pdf = (bytes: Buffer, name?: string) => {
      res.writeHead(200, {
        'content-type': 'application/pdf',
        ...(name
          ? { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` }
          : {}),
      });
      res.end(bytes);
    };
    if (path === '/' || path === '/list') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': `${COOKIE}; Path=/; HttpOnly; SameSite=Lax`,
      });
      res.end(listPage(port));
    } else if (path === '/detail') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(detailPage());
    } else if (path === '/secure/b-form.pdf') {
      const ok = (req.headers.cookie ?? '').includes(COOKIE);
      secureHits.push(ok);
      if (!ok) {
        res.writeHead(403, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><p>请先登录</p>');
      } else pdf(files[path]!, '本溪课堂评价实践共同体-申报书.pdf');
    } else if (path === '/files/c-notice.pdf') {
      // A session-expired page, labelled as a PDF: only the bytes tell.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('<!DOCTYPE html><html><body>会话已过期，请重新登录</body></html>');
    } else if (files[path]) {
      pdf(files[path]!);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    secureHits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function listPage(port: number): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某市教研平台 · 申报材料</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:24px;color:#222}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:6px 8px;text-align:left}th{background:#eef3f8}nav a{margin-right:12px}</style></head>
<body><nav><a href="/">首页</a><a href="/news">通知公告</a></nav>
<h1>2022年度教育信息化教学应用实践共同体 · 申报材料</h1>
<table><thead><tr><th>序号</th><th>项目名称</th><th>申报单位</th><th>附件</th></tr></thead><tbody>
<tr><td>1</td><td>大连双师课堂应用共同体</td><td>大连市西岗区启航学校</td>
<td><a href="/files/a-form.pdf">申报书.pdf</a> <a href="/download.do?id=2">汇总表.pdf</a></td></tr>
<tr><td>2</td><td>本溪课堂评价实践共同体</td><td>本溪市和平区光明小学</td>
<td><a href="/secure/b-form.pdf">申报书.pdf</a></td></tr>
<tr><td>3</td><td>锦州智慧课堂共同体</td><td>锦州市第二中学</td>
<td><a href="/files/c-notice.pdf">申报书.pdf</a></td></tr>
<tr><td>4</td><td>示例共同体（已导入）</td><td>示例学校</td>
<td><a href="/files/d-known.pdf">申报书.pdf</a></td></tr>
<tr><td>5</td><td>丹东乡村英语共同体</td><td>丹东市第一中学</td>
<td><a href="http://localhost:${port}/files/x-remote.pdf">申报书.pdf</a></td></tr>
</tbody></table></body></html>`;
}

function detailPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>申报详情</title></head>
<body><h1>大连德育评价应用共同体</h1><p>附件：<a href="/files/e-evidence.pdf">大连德育评价应用共同体申报书</a></p></body></html>`;
}
