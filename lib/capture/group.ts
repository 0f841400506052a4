/**
 * How captured links become applications, by a rule the user picks and can adjust:
 * - `row`: the links of one table row (or list item) are one application, named from the row;
 * - `text`: each link's text names its application; links with the same name go together;
 * - `fileName`: a pattern over the file name picks the part that names the application
 *   (`大连一中-申报书.pdf` and `大连一中-汇总表.pdf` → `大连一中`).
 * Pure: every link lands in exactly one group, groups keep the page's order.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import { type CandidateLink, collapse } from './links';
import type { PageRow } from './page-scan';

export const DEFAULT_FILE_PATTERN = '^([^-_—－\\s（(]+)';

export const groupRuleSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('row') }),
  z.object({ by: z.literal('text') }),
  z.object({ by: z.literal('fileName'), pattern: z.string().max(200) }),
]);
export type GroupRule = z.infer<typeof groupRuleSchema>;

export type GroupableLink = Pick<CandidateLink, 'url' | 'text' | 'fileName' | 'row'>;

export interface LinkGroup<L extends GroupableLink = CandidateLink> {
  key: string;
  title: string;
  links: L[];
}

const MAX_TITLE = 300;
/** Cells that never name an application: sequence numbers, dates, sizes, action words. */
const SEQUENCE = /^[\s\d.、:：()（）#№-]*$/;
const DATE = /^\d{4}\s*[-/.年]\s*\d{1,2}/;
const SIZE = /^\d+(\.\d+)?\s*(B|KB|MB|GB|K|M)$/i;
const GENERIC =
  /^(下载|查看|预览|附件|打开|详情|点击下载|点击查看|下载附件|附件下载|download|view|open|preview|pdf)$/i;
const NAME_HEADER = /(名称|标题|题目|项目|课题|联盟|共同体|name|title)/i;

function stem(fileName: string): string {
  return fileName.replace(/\.pdf$/i, '').trim();
}

function clampTitle(title: string): string {
  return collapse(title).slice(0, MAX_TITLE).trim();
}

function meaningful(text: string): boolean {
  const t = collapse(text);
  return t.length > 0 && !SEQUENCE.test(t) && !DATE.test(t) && !SIZE.test(t) && !GENERIC.test(t);
}

/** The cell that names a row: under a name-like header if there is one, else the first telling cell. */
export function rowTitle(row: PageRow, linkTexts: string[]): string | null {
  const links = linkTexts.map(collapse).filter(Boolean);
  const cells = row.cells.map((cell, i) => {
    let rest = collapse(cell);
    for (const link of links) rest = rest.split(link).join(' ');
    return { text: collapse(cell), rest: collapse(rest), header: collapse(row.headers[i] ?? '') };
  });
  // A cell that holds only the links themselves (the attachments column) names nothing.
  const telling = cells.filter((c) => meaningful(c.rest) && meaningful(c.text));
  const named = telling.find((c) => NAME_HEADER.test(c.header));
  const pick = named ?? telling[0];
  return pick ? clampTitle(pick.text) : null;
}

/** A link's own name: its text without the extension, or its file name when the text says nothing. */
export function linkTitle(link: GroupableLink): string {
  const text = collapse(link.text).replace(/\.pdf$/i, '');
  if (meaningful(text)) return clampTitle(text);
  return clampTitle(stem(link.fileName)) || clampTitle(link.fileName);
}

export function compilePattern(pattern: string): RegExp {
  if (pattern.length > 200) throw new ReviewDeskError('extension/badPattern', { pattern: '' });
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new ReviewDeskError('extension/badPattern', { pattern }, { cause: error });
  }
}

function fileNameKey(link: GroupableLink, pattern: RegExp): string {
  const name = stem(link.fileName);
  const match = pattern.exec(name);
  const picked = collapse(match?.[1] ?? match?.[0] ?? '');
  return picked || name || link.fileName;
}

/** Throws `capture/badPattern` for a file-name pattern that is not a valid regular expression. */
export function groupLinks<L extends GroupableLink>(links: L[], rule: GroupRule): LinkGroup<L>[] {
  const pattern = rule.by === 'fileName' ? compilePattern(rule.pattern) : null;
  const rowLinks = new Map<string, L[]>();
  if (rule.by === 'row') {
    for (const link of links) {
      if (link.row) rowLinks.set(link.row.key, [...(rowLinks.get(link.row.key) ?? []), link]);
    }
  }
  const groups = new Map<string, LinkGroup<L>>();
  for (const link of links) {
    let key: string;
    let title: string;
    if (rule.by === 'row') {
      if (link.row) {
        key = `row:${link.row.key}`;
        const texts = (rowLinks.get(link.row.key) ?? []).map((l) => l.text);
        title = rowTitle(link.row, texts) ?? linkTitle(link);
      } else {
        key = `link:${link.url}`;
        title = linkTitle(link);
      }
    } else if (rule.by === 'text') {
      title = linkTitle(link);
      key = `text:${title}`;
    } else {
      title = clampTitle(fileNameKey(link, pattern!)) || linkTitle(link);
      key = `name:${title}`;
    }
    const group = groups.get(key);
    if (group) group.links.push(link);
    else groups.set(key, { key, title: title || linkTitle(link), links: [link] });
  }
  return [...groups.values()];
}
