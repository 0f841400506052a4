/**
 * Dates in packs and facts: `YYYY-MM-DD` (a day) or `YYYY-MM` (a month, e.g. 实践起始时间).
 * A month is the range of its days, so "2022-09 on or before 2022-09-15" is neither surely
 * true nor surely false: the engine reports it as unknown rather than guessing.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export interface DayRange {
  /** Day numbers (days since 1970-01-01): only their order and differences matter. */
  first: number;
  last: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function isValidDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isValidMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The days a date or month covers, or undefined when the text is neither. */
export function dayRange(text: string): DayRange | undefined {
  if (isValidDay(text)) {
    const [y, mo, d] = text.split('-').map(Number) as [number, number, number];
    const n = dayNumber(y, mo, d);
    return { first: n, last: n };
  }
  if (isValidMonth(text)) {
    const [y, mo] = text.split('-').map(Number) as [number, number];
    return { first: dayNumber(y, mo, 1), last: dayNumber(y, mo, daysInMonth(y, mo)) };
  }
  return undefined;
}

/**
 * Whole months elapsed from `start` (a month or a day) to `end` (a day). A month start counts
 * from the month itself and the end day is ignored: 2019-09 → 2022-09-15 is 36 months, and
 * 2020-09 → 2022-09-15 is 24. A day start counts a month only once its day of month is reached.
 */
export function monthsElapsed(start: string, end: string): number | undefined {
  if (!isValidDay(end)) return undefined;
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  if (isValidMonth(start)) {
    const [sy, sm] = start.split('-').map(Number) as [number, number];
    return (ey - sy) * 12 + (em - sm);
  }
  if (isValidDay(start)) {
    const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
    return (ey - sy) * 12 + (em - sm) - (ed < sd ? 1 : 0);
  }
  return undefined;
}
