/**
 * What a page's own text says about how it was read: the number it prints (第2页 共4页), and
 * whether its text came out backwards (a page stored upside down and read in the wrong frame:
 * "页4共页1第", "日01月09年2016", "、某某案例4"). The printed number read forwards is the
 * page order's (structure/page-order.ts printedPageNumber: the page's running head or foot);
 * what this module adds is the backwards reading, from the page's whole text (running headers
 * and footers included, which the document's rows leave out), bounded in lines and line length,
 * and remembered per page.
 */
import { printedPageNumber } from '../../pdf/structure/page-order';
import type { PageText } from '../../pdf/text';

/** Lines of a page read at most, and characters of a line. */
const MAX_LINES = 400;
const MAX_LINE = 300;

/** A printed page number read backwards, on a line of its own: 页4共页2第, 页2第. */
const BACKWARD_NUMBER = /^(?:页\d{1,3}共[,，/]?)?页(\d{1,3})第(?:页\d{1,3}共)?$/u;

/** Signs of text read forwards and backwards, weighed one against the other. */
const FORWARD_SIGNS = [/\d{4}年\d{1,2}月\d{1,2}日/u, /^\d{1,2}[、.．]\S{2,}/u];
const BACKWARD_SIGNS = [/日\d{1,2}月\d{1,2}年\d{4}/u, /^[、.．]\S{2,}\D\d{1,2}$/u];

interface PageSigns {
  /** The page number the page prints (forwards or backwards), when it prints exactly one. */
  printed?: number;
  /** Whether its text reads backwards. */
  backwards: boolean;
}

const cache = new WeakMap<PageText, PageSigns>();

function lines(page: PageText): string[] {
  return page.text
    .slice(0, MAX_LINES * MAX_LINE)
    .split('\n')
    .slice(0, MAX_LINES)
    .map((l) => l.slice(0, MAX_LINE).replace(/\s+/g, ''))
    .filter((l) => l.length > 0);
}

export function pageSigns(page: PageText): PageSigns {
  const known = cache.get(page);
  if (known) return known;
  const forwardNumber = printedPageNumber(page)?.n;
  const numbers = new Set<number>(forwardNumber === undefined ? [] : [forwardNumber]);
  let forward = 0;
  let backward = 0;
  let backwardNumbers = 0;
  for (const line of lines(page)) {
    const b = BACKWARD_NUMBER.exec(line);
    if (b) {
      numbers.add(Number(b[1]));
      backwardNumbers++;
    }
    if (FORWARD_SIGNS.some((s) => s.test(line))) forward++;
    if (BACKWARD_SIGNS.some((s) => s.test(line))) backward++;
  }
  const forwardNumbers = forwardNumber === undefined ? 0 : 1;
  const signs: PageSigns = {
    ...(numbers.size === 1 ? { printed: [...numbers][0]! } : {}),
    // A backwards page number is sign enough; other signs must come twice and outweigh their
    // forward counterparts.
    backwards:
      (backwardNumbers > 0 && backwardNumbers > forwardNumbers) ||
      (backward >= 2 && backward > forward),
  };
  cache.set(page, signs);
  return signs;
}
