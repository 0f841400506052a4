/**
 * Which links of a page are submissions to capture. A link is a PDF when its address, its
 * `download` name, its `type` or its text says so; portals also serve files from download
 * endpoints (`download.do?id=3`, `附件下载`) that say nothing about the type: those are offered
 * unticked, and the bytes decide once fetched. Everything else (navigation, Word files) is left out.
 */
import type { PageLink } from './page-scan';

export type LinkKind = 'pdf' | 'maybe' | 'other';

export interface CandidateLink extends PageLink {
  kind: Exclude<LinkKind, 'other'>;
  /** The file name to store it under (before the server names it). */
  fileName: string;
}

const PDF_NAME = /\.pdf$/i;
const OTHER_FILE = /\.(docx?|xlsx?|pptx?|wps|et|zip|rar|7z|png|jpe?g|gif|bmp|txt|csv|html?|ofd)$/i;
const DOWNLOAD_URL =
  /(down|download|attach|attachment|file|files|getfile|fujian|wenjian|fj|preview)/i;
const DOWNLOAD_TEXT = /(下载|附件|材料|申报书|申请书|汇总表|推荐表|download|attachment)/i;
const MAX_NAME = 200;

function lastSegment(url: URL): string {
  const segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A file name with no path separators or control characters, at most MAX_NAME characters. */
export function safeFileName(name: string): string {
  const visible = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '/' || c === '\\' ? ' ' : c))
    .join('');
  const cleaned = visible.replace(/\s+/g, ' ').trim();
  if (cleaned.length <= MAX_NAME) return cleaned;
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function linkKind(link: Pick<PageLink, 'url' | 'text' | 'download' | 'type'>): LinkKind {
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    return 'other';
  }
  const name = lastSegment(url);
  const text = collapse(link.text);
  if (
    PDF_NAME.test(name) ||
    PDF_NAME.test(link.download) ||
    /pdf/i.test(link.type) ||
    PDF_NAME.test(text) ||
    // `?file=申报书.pdf`, `&name=x.pdf`
    [...url.searchParams.values()].some((v) => PDF_NAME.test(v))
  ) {
    return 'pdf';
  }
  if (OTHER_FILE.test(name) || OTHER_FILE.test(link.download) || OTHER_FILE.test(text)) {
    return 'other';
  }
  if (DOWNLOAD_URL.test(url.pathname + url.search) || DOWNLOAD_TEXT.test(text)) return 'maybe';
  return 'other';
}

/** The name a captured file is stored under until the server's own name is known. */
export function linkFileName(link: Pick<PageLink, 'url' | 'text' | 'download' | 'title'>): string {
  if (link.download.trim()) return ensurePdf(safeFileName(link.download));
  const text = collapse(link.text);
  if (PDF_NAME.test(text)) return safeFileName(text);
  let url: URL | null = null;
  try {
    url = new URL(link.url);
  } catch {
    url = null;
  }
  const fromQuery = url && [...url.searchParams.values()].find((v) => PDF_NAME.test(v));
  if (fromQuery) return safeFileName(fromQuery.split(/[\\/]/).pop() ?? fromQuery);
  const segment = url ? lastSegment(url) : '';
  if (PDF_NAME.test(segment)) return safeFileName(segment);
  const label = text || collapse(link.title) || segment || url?.hostname || 'file';
  return ensurePdf(safeFileName(label));
}

function ensurePdf(name: string): string {
  return PDF_NAME.test(name) ? name : safeFileName(`${name}.pdf`);
}

/**
 * The links worth offering, once each: the same address linked twice (an icon and a title) is
 * one file, keeping the more telling text. Document order is kept.
 */
export function candidateLinks(links: PageLink[]): CandidateLink[] {
  const byUrl = new Map<string, CandidateLink>();
  for (const link of links) {
    const kind = linkKind(link);
    if (kind === 'other') continue;
    // The fragment never reaches the server: `a.pdf#page=2` is the file `a.pdf`.
    const key = link.url.replace(/#.*$/, '');
    const candidate: CandidateLink = { ...link, url: key, kind, fileName: linkFileName(link) };
    const seen = byUrl.get(key);
    if (!seen) byUrl.set(key, candidate);
    else if (collapse(link.text).length > collapse(seen.text).length) {
      byUrl.set(key, { ...candidate, order: seen.order, kind: seen.kind === 'pdf' ? 'pdf' : kind });
    } else if (kind === 'pdf' && seen.kind !== 'pdf') {
      byUrl.set(key, { ...seen, kind });
    }
  }
  return [...byUrl.values()].sort((a, b) => a.order - b.order);
}
