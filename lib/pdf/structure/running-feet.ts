/**
 * Running feet: a line at the foot of its page that another page's foot repeats (a summary of
 * the application, "项目名称 … 牵头单位 …", with or without "第 1 页／共 2 页" beside it). It is
 * the margin's, not a line of the form: read as one, it glues onto the last value of the page
 * above it (a stamp line's empty 日期： took "某某联盟 某某学校" as the applicant's unit).
 */

/** Page marks inside a line ("第 1 页／共 2 页", "1/2", "- 3 -"), which differ from page to page. */
const PAGE_MARKS =
  /第\s*[\d一二三四五六七八九十]+\s*页\s*(?:[,，/／]?\s*共\s*[\d一二三四五六七八九十]+\s*页)?|(?<!\d)\d{1,3}\s*[/／]\s*\d{1,3}(?!\d)|[-—]\s*\d{1,3}\s*[-—]|page\s*\d+(?:\s*of\s*\d+)?/gi;

/** The lines of a page's foot compared. */
const FOOT_LINES = 2;
/** Shorter texts (a lone mark, a signature's 日期) are too common to call running. */
const MIN_CHARS = 4;

/** What a foot line says beside its page marks, without white space. */
export function footKey(text: string): string {
  return text.replace(PAGE_MARKS, '').replace(/[\s|｜]+/g, '');
}

/** How low on its page a foot line stands: in the bottom part of this share of the page. */
export const FOOT_SHARE = 0.15;

/**
 * Per page (in the order given), the indexes of its lines that are a running foot: among its
 * last FOOT_LINES lines, outside tables and low on the page (`low`), saying what a foot line of
 * another page says.
 */
export function runningFeet(
  pages: { lines: { text: string; table: number; low: boolean }[] }[],
): Set<number>[] {
  const feet = pages.map((p) =>
    p.lines
      .map((l, i) => ({ i, key: footKey(l.text), table: l.table < 0 && l.low ? -1 : 0 }))
      // A page number alone under the foot is furniture, not one of the lines compared.
      .filter((l) => l.key !== '')
      .slice(-FOOT_LINES)
      .filter((l) => l.table < 0 && l.key.length >= MIN_CHARS && l.key.length <= 200),
  );
  const pagesOf = new Map<string, Set<number>>();
  feet.forEach((lines, p) => {
    for (const l of lines) {
      const set = pagesOf.get(l.key) ?? new Set<number>();
      set.add(p);
      pagesOf.set(l.key, set);
    }
  });
  return feet.map(
    (lines) => new Set(lines.filter((l) => (pagesOf.get(l.key)?.size ?? 0) >= 2).map((l) => l.i)),
  );
}
