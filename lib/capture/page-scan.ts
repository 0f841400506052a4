/**
 * What a scan of a web page reports: its links, each with its text and, when it sits in a table
 * row or list item, that row's cells (a portal's list of submissions is nearly always a table).
 * The page is untrusted: the record is validated on receipt, every string bounded, URLs http(s).
 */
import { z } from 'zod';

const text = (max: number) => z.string().max(max);

/** Absolute http(s) URL; anything else (javascript:, data:, mailto:) is not a file to fetch. */
export const httpUrlSchema = z
  .string()
  .max(8000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'not an http(s) URL');

export const pageRowSchema = z.object({
  /** Same key = same row of the same frame. */
  key: text(40),
  cells: z.array(text(500)).max(60),
  /** The header cells of the row's table, aligned with `cells` when the table has them. */
  headers: z.array(text(200)).max(60),
});
export type PageRow = z.infer<typeof pageRowSchema>;

export const pageLinkSchema = z.object({
  url: httpUrlSchema,
  text: text(500),
  /** The `title` attribute, the `download` attribute and the `type` attribute, when present. */
  title: text(500),
  download: text(500),
  type: text(100),
  frameId: z.number().int().nonnegative(),
  row: pageRowSchema.nullable(),
  /** Document order, across frames. */
  order: z.number().int().nonnegative(),
});
export type PageLink = z.infer<typeof pageLinkSchema>;

export const frameScanSchema = z.object({
  url: text(8000),
  title: text(500),
  contentType: text(200),
  links: z.array(pageLinkSchema.omit({ frameId: true, order: true })).max(5000),
});
export type FrameScan = z.infer<typeof frameScanSchema>;

export interface PageScan {
  url: string;
  title: string;
  /** The tab shows a PDF itself (the browser's viewer), not a page of links. */
  isPdf: boolean;
  links: PageLink[];
}

/** Frames scanned one by one (each answers for itself) become one page; bad frames are dropped. */
export function mergeFrames(frames: { frameId: number; result: unknown }[]): PageScan {
  const sorted = [...frames].sort((a, b) => a.frameId - b.frameId);
  const links: PageLink[] = [];
  let top: FrameScan | null = null;
  for (const { frameId, result } of sorted) {
    const parsed = frameScanSchema.safeParse(result);
    if (!parsed.success) continue;
    if (frameId === 0) top = parsed.data;
    for (const link of parsed.data.links) {
      // Row keys are per frame: two frames' "row 3" are different rows.
      const row = link.row ? { ...link.row, key: `${frameId}:${link.row.key}`.slice(0, 40) } : null;
      links.push({ ...link, row, frameId, order: links.length });
    }
  }
  return {
    url: top?.url ?? '',
    title: top?.title ?? '',
    isPdf: top?.contentType === 'application/pdf',
    links,
  };
}
