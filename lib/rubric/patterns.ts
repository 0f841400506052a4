/**
 * Value patterns in a pack's reading hints are regular expressions with two placeholders, so a
 * pack author need not spell out how Chinese forms write numbers and dates:
 * - `{number}`: 12, 12.5, 十二, 二百四十, 两, 伍 (full-width digits are ASCII after normalisation);
 * - `{month}`: a year and month, 2019年9月, 二〇一九年九月, 2019.09, 2019-9.
 */

/** One number in digits or Chinese numerals. */
export const NUMBER_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|[〇零一壹二贰貳两兩俩倆三叁叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬]+)';

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';

/**
 * Between a date's numbers: a dot, a slash or a hyphen, also a typographic one (LaTeX and word
 * processors set "2016-05" with U+2010/U+2011, an en dash or a minus sign) or a full-width one
 * (typed in full-width mode, "２０１９．０９", "２０１９／９": normalisation keeps ．／－).
 */
export const DATE_SEPARATOR = '[.\\-/\u2010\u2011\u2012\u2013\u2212．／－]';

/** A year and month: 2019年9月, 二〇一九年九月, 2019.09, 2019-9, 2019/09 (groups: year, month). */
export const YEAR_MONTH_PATTERN = `${YEAR}\\s*(?:年\\s*${MONTH}\\s*月|${DATE_SEPARATOR}\\s*${MONTH}(?!\\d))`;

// Inside a pack pattern the month's groups would shift the pack's own: none are captured.
const MONTH_NO_GROUPS = YEAR_MONTH_PATTERN.replace(/\((?!\?)/g, '(?:');

/** A pack pattern with its placeholders written out. */
export function expandPattern(pattern: string): string {
  return pattern.replaceAll('{number}', NUMBER_PATTERN).replaceAll('{month}', MONTH_NO_GROUPS);
}
