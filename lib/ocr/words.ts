/**
 * From recognised lines to words placed on the page, in pixels of the straightened page: each
 * line's characters get an extent (CJK characters are about as wide as the line is high, Latin
 * letters and digits about half), are split into words at wide gaps, spaces and table borders,
 * and checkboxes found in the pixels take the place of whatever the recogniser made of them.
 */
import { type PixelCheckbox, UNSURE_FILL, UNSURE_ROUND } from './checkboxes';
import type { OcrChar, OcrImageResult, OcrLine } from './engine';
import type { PixelRuling } from './image-rulings';

/** A word: characters with their confidences, and its box (pixels, straightened page). */
export interface PixelWord {
  text: string;
  /** Confidence of each character (UTF-16 code units of `text`, so surrogate pairs repeat). */
  confidences: number[];
  /** Corners along the line: start and end of the word, bottom and top of the line. */
  line: OcrLine;
  u0: number;
  u1: number;
  vertical: boolean;
}

export const CHECKED = '☑';
export const UNCHECKED = '☐';

/** What the recogniser writes for an empty box (or a ticked one it half-sees). */
export const BOX_LOOKALIKES: ReadonlySet<string> = new Set(['口', '□', '■', '囗', '☐', '√']);
/**
 * Confidence of a box look-alike the pixels did not confirm, in a line where other boxes were
 * read from the pixels: a box whose state is unknown (its tick may have made it too ragged to be
 * found), so a choice read across it is not proposed as certain.
 */
const BOX_UNREAD = 0.5;
/**
 * 口 read this surely in an empty square is the character (营口, 人口), not a box: a box the
 * recogniser takes for 口 is read less surely, and a ticked box has ink inside.
 */
const SURE_KOU = 0.9;
/**
 * Punctuation read with less confidence than this is taken for noise on the scan and left out.
 * Brackets, quotes and dashes around real text are often read only fairly surely (0.4–0.7), and
 * dropping them broke values such as 《…》 titles, so the general floor is low.
 */
const NOISE_PUNCTUATION = 0.4;
/**
 * Marks a speck of dirt looks like (points, commas, short strokes): a real one is read with high
 * confidence, so these are taken for specks below a higher floor.
 */
const SPECK_MARKS = /^[.·,，、'‘’`´:;：；_~-]$/;
const NOISE_SPECK_MARK = 0.7;

function isNoise(c: OcrChar): boolean {
  if (SPECK_MARKS.test(c.c)) return c.p < NOISE_SPECK_MARK;
  return (
    c.p < NOISE_PUNCTUATION && /^[\p{P}\p{S}]$/u.test(c.c) && c.c !== CHECKED && c.c !== UNCHECKED
  );
}

/**
 * Specks of dirt read as punctuation: unsure punctuation anywhere, and any punctuation not read
 * surely inside a run of digits (a telephone number has no full stop in it).
 *
 * Dropping an unsure mark is a guess (real 、 and ， are read at 0.4–0.5 on poor scans, and
 * dropping one joins what it separated, such as two titles), so the characters beside it keep at
 * most the confidence that nothing was there: a value read across or up to the spot is not
 * proposed as certain.
 */
function withoutSpecks(chars: OcrChar[]): OcrChar[] {
  const kept: OcrChar[] = [];
  let dropped = 0; // the most likely mark dropped since the last kept character
  for (const [i, c] of chars.entries()) {
    const inNumber = /^\d$/.test(chars[i - 1]?.c ?? '') && /^\d$/.test(chars[i + 1]?.c ?? '');
    if (inNumber && c.p < SURE_CHARACTER && /^[\p{P}\p{S}]$/u.test(c.c)) continue;
    if (isNoise(c)) {
      dropped = Math.max(dropped, c.p);
      continue;
    }
    if (dropped > 0) {
      lowerLast(kept, 1 - dropped);
      kept.push({ ...c, p: Math.min(c.p, 1 - dropped) });
    } else kept.push(c);
    dropped = 0;
  }
  // A mark dropped at the end of the line (a 、 after 》 before the line wraps) counts too.
  if (dropped > 0) lowerLast(kept, 1 - dropped);
  return kept;
}

function lowerLast(chars: OcrChar[], p: number): void {
  const last = chars[chars.length - 1];
  if (last) chars[chars.length - 1] = { ...last, p: Math.min(last.p, p) };
}

/**
 * A tick written in brackets, "（√）", often comes out as a letter v: alone between brackets it
 * is the tick the form means.
 */
function ticksInBrackets(chars: OcrChar[]): OcrChar[] {
  return chars.map((c, i) => {
    if (!/^[vVνｖＶ✓✔]$/.test(c.c)) return c;
    const open = chars[i - 1]?.c;
    const close = chars[i + 1]?.c;
    if ((open === '（' || open === '(') && (close === '）' || close === ')'))
      return { ...c, c: '√' };
    return c;
  });
}

/**
 * Ink between empty brackets "（）" as wide as this share of the line box is a mark the recogniser
 * skipped: the brackets' own strokes are under a fifth (0.1–0.2 on held-out scans), a tick
 * written in them 0.6–0.7, and as little as 0.38 on a 150 dpi scan (held-out v9).
 */
const MARK_IN_BRACKETS = 0.3;
/**
 * Such a mark is most likely the tick the form asks for, but it was not read (it may be a skipped
 * 一 of （一）): written as a tick that is not sure, so the choice is proposed for checking.
 */
const UNREAD_TICK = 0.6;

/**
 * A tick in brackets the recogniser read nothing from ("七上（）" where the scan shows 七上（√）):
 * the ink between the brackets says a mark is there, so a tick is written, not sure (a choice read
 * without it came out empty, and the tick's option was lost).
 */
function unreadTicksInBrackets(line: OcrLine, chars: OcrChar[]): OcrChar[] {
  const ink = line.ink;
  if (!ink || line.vertical) return chars;
  const em = line.box.height;
  const out: OcrChar[] = [];
  for (let i = 0; i < chars.length; i++) {
    const open = chars[i]!;
    out.push(open);
    const close = chars[i + 1];
    if (!close || !/^[（(]$/.test(open.c) || !/^[）)]$/.test(close.c)) continue;
    const from = (open.u0 + open.u1) / 2;
    const to = (close.u0 + close.u1) / 2;
    for (let k = 0; k < ink.length; k += 2) {
      const r0 = Math.max(ink[k]!, from);
      const r1 = Math.min(ink[k + 1]!, to);
      if (ink[k + 1]! - ink[k]! < MARK_IN_BRACKETS * em || r1 <= r0) continue;
      out.push({ c: '√', p: UNREAD_TICK, u0: r0, u1: r1 });
      break;
    }
  }
  return out;
}

const CHINESE_NUMERAL = /^[〇零一二三四五六七八九十百千万]$/;
const ZERO_LOOKALIKE = /^[OoＯｏ0０○]$/;

/**
 * The Chinese zero 〇 read as a Latin O or a digit 0 between Chinese numerals (二O一九年 for
 * 二〇一九年): no date or number written in Chinese numerals holds a Latin letter or a digit,
 * so the run between two numerals is 〇, read as surely as its glyph was.
 */
function chineseZeros(chars: OcrChar[]): OcrChar[] {
  const out = chars.slice();
  for (let i = 1; i < out.length; i++) {
    if (!ZERO_LOOKALIKE.test(out[i]!.c) || !CHINESE_NUMERAL.test(out[i - 1]!.c)) continue;
    let end = i;
    while (end < out.length && ZERO_LOOKALIKE.test(out[end]!.c)) end++;
    if (end >= out.length || !CHINESE_NUMERAL.test(out[end]!.c)) continue;
    for (let k = i; k < end; k++) out[k] = { ...out[k]!, c: '〇' };
  }
  return out;
}

/** What a 〇 is read as besides a Latin O: a box the pixels found in its ring, or 口. */
const ZERO_AS_BOX = new RegExp(`^[${CHECKED}${UNCHECKED}口□]$`);
/** A box mark taken for 〇 by its place alone: the likelier reading, not a sure one. */
const BOX_AS_ZERO = 0.6;

/**
 * A year in Chinese numerals whose 〇 was read as a box or a circle (二☑二☑年, 二〇二○年: the
 * box finder takes its ring for a box, the recogniser reads ○): between two Chinese numerals, or
 * as the fourth digit of a year before 年, such a mark is 〇. Run after the boxes are placed.
 */
function yearZeros(chars: OcrChar[]): OcrChar[] {
  const out = chars.slice();
  const numeral = (c: OcrChar | undefined) => !!c && CHINESE_NUMERAL.test(c.c);
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    const box = ZERO_AS_BOX.test(c.c);
    if (!box && !ZERO_LOOKALIKE.test(c.c)) continue;
    if (!numeral(out[i - 1])) continue;
    let run = 0;
    while (i - 1 - run >= 0 && numeral(out[i - 1 - run])) run++;
    const next = out[i + 1]?.c;
    const inNumber = numeral(out[i + 1]) || (next === '年' && run === 3);
    if (!inNumber) continue;
    out[i] = { ...c, c: '〇', p: box ? Math.min(c.p, BOX_AS_ZERO) : c.p };
  }
  return out;
}

/** A character a Chinese number's 十 can stand after: a numeral, or 第 (第十四中学). */
const BEFORE_SHI = /^[一二三四五六七八九第]$/;
/** What can follow 十 in a number: a numeral, or a counter or date word (二十年, 三十人, 十月). */
const AFTER_SHI = /^[一二三四五六七八九年月日个所人名条项届期级中小位]$/;

/**
 * 十 read as a plus inside a word (岳阳市第+四中学, 二+年): the same cross. Between 第 or a
 * numeral and a numeral or a counter a plus sign means nothing, so it is 十 — the likelier
 * reading, not a sure one. A plus after anything else (互联网+, 1+1) stays. Letter-spaced runs,
 * where the + is a box of its own, are joined in spaced-glyphs.ts.
 */
function plusAsShi(chars: OcrChar[]): OcrChar[] {
  return chars.map((c, i) =>
    /^[+＋]$/.test(c.c) &&
    BEFORE_SHI.test(chars[i - 1]?.c ?? '') &&
    AFTER_SHI.test(chars[i + 1]?.c ?? '')
      ? { ...c, c: '十', p: Math.min(c.p, PLUS_AS_SHI) }
      : c,
  );
}

/** A plus read where the policy term 互联网+ stands: the likelier reading, not a sure one. */
const PLUS_AS_SHI = 0.6;

/**
 * 互联网+ (the policy term, "Internet plus") read 互联网十: the recogniser takes the plus sign
 * for 十, the same cross. No number follows 互联网, so a 十 right after it is the plus, not sure.
 */
function internetPlus(chars: OcrChar[]): OcrChar[] {
  return chars.map((c, i) =>
    c.c === '十' &&
    chars
      .slice(Math.max(0, i - 3), i)
      .map((x) => x.c)
      .join('') === '互联网'
      ? { ...c, c: '+', p: Math.min(c.p, PLUS_AS_SHI) }
      : c,
  );
}

const DASH = /^[—\-－―‒–]$/;
/** A dash read where 一 may stand: the choice is the likelier one, not a sure one. */
const DASH_AS_YI = 0.6;

/**
 * 一 read as a dash (—级教师, 教师/-级教师): a single dash right before a Han character, not
 * after a digit or a Latin letter (2019-2022, A-级) nor beside another dash (——), is most likely
 * 一, the same stroke. Written as 一, not sure, so a value holding it is proposed for checking.
 */
function dashesAsYi(chars: OcrChar[]): OcrChar[] {
  return chars.map((c, i) => {
    if (!DASH.test(c.c)) return c;
    const before = chars[i - 1]?.c ?? '';
    const after = chars[i + 1]?.c ?? '';
    if (!/^\p{Script=Han}$/u.test(after) || DASH.test(before) || /^[0-9A-Za-z]$/.test(before))
      return c;
    return { ...c, c: '一', p: Math.min(c.p, DASH_AS_YI) };
  });
}

/**
 * Mail domains common on Chinese forms: before one of them, a letter that stands where the @ of
 * an address goes is that @ misread (yy2940483a163.com).
 */
const MAIL_DOMAIN =
  /^(?:163|126|qq|vip\.qq|139|188|yeah|sina|sohu|aliyun|foxmail|gmail|hotmail|outlook|live|icloud|yahoo)\.(?:com|cn|net)(?:\.cn)?$/i;
/** The longest MAIL_DOMAIN matches (vip.qq.com.cn, hotmail.com.cn…). */
const LONGEST_MAIL_DOMAIN = 20;
/** What the recogniser reads an @ as. */
const AT_LOOKALIKE = /^[aoeQ©®&]$/;
const ADDRESS_CHAR = /^[A-Za-z0-9._+-]$/;
/** An @ read from its place, not its glyph: the likelier reading, not a sure one. */
const AT_GUESSED = 0.6;

/**
 * The @ of an e-mail address read as a letter (yy8587613o163.com, 2940483a163.com): in a run of
 * address characters with no @, a letter read where one is usual, right before a common mail
 * domain and after the address's own characters, is that @, not sure.
 */
function mailAts(chars: OcrChar[]): OcrChar[] {
  const out = chars.slice();
  let i = 0;
  while (i < out.length) {
    if (!ADDRESS_CHAR.test(out[i]!.c) && out[i]!.c !== '@') {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && (ADDRESS_CHAR.test(out[end]!.c) || out[end]!.c === '@')) end++;
    const run = out.slice(i, end).map((c) => c.c);
    // A web address (www.data163.com) has no @.
    if (!run.includes('@') && !/^www\./i.test(run.join(''))) {
      // The domain is what follows the @ to the run's end: only its last few places can hold it.
      for (let k = Math.max(1, run.length - 1 - LONGEST_MAIL_DOMAIN); k < run.length - 1; k++) {
        if (!AT_LOOKALIKE.test(run[k]!) || !MAIL_DOMAIN.test(run.slice(k + 1).join(''))) continue;
        const at = out[i + k]!;
        out[i + k] = { ...at, c: '@', p: Math.min(at.p, AT_GUESSED) };
        break;
      }
    }
    i = end;
  }
  return out;
}

/** A character the recogniser is surer of than this, and not a look-alike, is a character. */
const SURE_CHARACTER = 0.85;

function isWide(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x2190 && code <= 0x27bf);
}

/**
 * Move a word's edges onto the ink: its start to where the first ink run under its first
 * character begins, its end to where the last one under its last character ends.
 */
function onInk(line: OcrLine, a: number, b: number, first: Span, last: Span): [number, number] {
  const ink = line.ink;
  if (!ink || ink.length === 0) return [a, b];
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < ink.length; k += 2) {
    const r0 = ink[k]!;
    const r1 = ink[k + 1]!;
    if (r1 > first.a && r0 < first.b)
      start = Math.min(start, Math.max(r0, first.a - 0.25 * (first.b - first.a)));
    if (r1 > last.a && r0 < last.b)
      end = Math.max(end, Math.min(r1, last.b + 0.25 * (last.b - last.a)));
  }
  return [Number.isFinite(start) ? start : a, Number.isFinite(end) && end > start ? end : b];
}

type Span = { c: OcrChar; a: number; b: number };

/** Confidence given to a character next to ink nothing was read from. */
const BESIDE_UNREAD = 0.5;
/**
 * Ink between two characters narrower than this share of the line height (and than 3 pixels) is
 * taken for a speck; anything wider, such as a 、 or a ， (about a fifth of a character), is a mark.
 */
const MARK_WIDTH = 0.12;
/** Ink at a line's end this much under characters' extents was read (see flagUnreadInk). */
const UNREAD_EDGE_COVER = 0.5;

/**
 * Ink the recogniser read nothing from (a faint 一 before 级教师, a stroke it skipped) means the
 * reading may be missing a character: the nearest character's confidence drops, so a value
 * read from there is never proposed as certain. Between two characters even a small mark counts
 * (a 、 the recogniser skipped joins two titles into one, 《甲》《乙》): both neighbours drop, since
 * a value may end or begin at either. Specks of a pixel or two are left alone.
 */
function flagUnreadInk(line: OcrLine, spans: Span[], em: number): Span[] {
  const ink = line.ink;
  if (!ink || spans.length === 0) return spans;
  const out = spans.slice();
  const lower = (i: number) => {
    const s = out[i]!;
    out[i] = { ...s, c: { ...s.c, p: Math.min(s.c.p, BESIDE_UNREAD) } };
  };
  const markWidth = Math.max(3, MARK_WIDTH * em);
  for (let k = 0; k < ink.length; k += 2) {
    const r0 = ink[k]!;
    const r1 = ink[k + 1]!;
    if (r1 - r0 < markWidth) continue;
    // Between characters, ink read is ink under a character; what sticks out by a mark's width
    // beyond both neighbours (a ticked box, a 、 touching the 》 before it) was not read. The
    // neighbours are those whose centres stand either side of the ink's: where the recogniser
    // places a character can be a few pixels off its glyph, so the one after a skipped glyph
    // (鲅 of 鲅鱼圈, read 鱼圈) may reach into the skipped glyph's ink.
    const middle = (r0 + r1) / 2;
    const after = out.findIndex((s) => (s.a + s.b) / 2 >= middle);
    if (after > 0) {
      const before = out[after - 1]!;
      if (Math.min(r1, out[after]!.a) - Math.max(r0, before.b) < markWidth) continue;
      // Between characters: a mark or a character the recogniser skipped.
      lower(after - 1);
      lower(after);
      continue;
    }
    // Before the first character or after the last: ink mostly outside every character's extent
    // was not read. Mostly, not wholly: a character's extent is estimated from the line's height,
    // which the detector pads, so the one beside a skipped glyph (月 of 郗月娥, read 月娥) reaches
    // into that glyph's ink.
    let covered = 0;
    for (const s of out) covered += Math.max(0, Math.min(s.b, r1 + 2) - Math.max(s.a, r0 - 2));
    if (covered >= UNREAD_EDGE_COVER * (r1 - r0 + 4)) continue;
    if (r1 - r0 < 0.25 * em) continue;
    let nearest = 0;
    for (let i = 1; i < out.length; i++) {
      const d = (s: Span) => Math.min(Math.abs(s.a - r1), Math.abs(s.b - r0));
      if (d(out[i]!) < d(out[nearest]!)) nearest = i;
    }
    lower(nearest);
  }
  return out;
}

/**
 * A narrow glyph (a digit, a lowercase letter other than m and w) is at most about half a line
 * height wide (0.56 at the 99th percentile of single glyphs on held-out scans): ink this wide
 * under one of them holds more than one glyph.
 */
const NARROW = /^[0-9a-lnov-z]$/;
const TWO_NARROW = 0.6;

/**
 * A run of ink under one narrow character but as wide as two: the recogniser's decoding merges a
 * glyph read twice in a row (yy7243180@ read y7243180@), so a doubled letter or digit may be
 * missing there. That character is not sure.
 */
function flagDoubledGlyphs(line: OcrLine, spans: Span[], em: number): Span[] {
  const ink = line.ink;
  if (!ink || line.vertical) return spans;
  const out = spans.slice();
  // Characters by their centre along the line, so each wide run finds those under it by halving.
  const centre = (s: Span) => (s.c.u0 + s.c.u1) / 2;
  const order = out.map((_, i) => i).sort((a, b) => centre(out[a]!) - centre(out[b]!));
  const centres = order.map((i) => centre(out[i]!));
  for (let k = 0; k < ink.length; k += 2) {
    const r0 = ink[k]!;
    const r1 = ink[k + 1]!;
    if (r1 - r0 < TWO_NARROW * em) continue;
    const first = firstAtLeast(centres, r0);
    if (first >= centres.length || centres[first]! > r1) continue;
    if (first + 1 < centres.length && centres[first + 1]! <= r1) continue;
    const i = order[first]!;
    const s = out[i]!;
    if (!NARROW.test(s.c.c)) continue;
    out[i] = { ...s, c: { ...s.c, p: Math.min(s.c.p, BESIDE_UNREAD) } };
  }
  return out;
}

/** The first index of an ascending list whose value is at least `x` (the length if none). */
function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The widest pause in the ink between the centres of each character and the next: `pauses[i]`
 * for characters i and i + 1, 0 with no ink or on a vertical line. Ink runs stand in order along
 * the line and do not overlap, so each pair looks only at the runs between its two centres.
 */
function inkPauses(line: OcrLine, chars: readonly OcrChar[]): number[] {
  const pauses = new Array<number>(Math.max(0, chars.length - 1)).fill(0);
  const ink = line.ink;
  if (!ink || line.vertical) return pauses;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    const from = (a.u0 + a.u1) / 2;
    const to = (b.u0 + b.u1) / 2;
    // The first run ending after `from` (run ends ascend with the runs).
    let lo = 0;
    let hi = ink.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ink[2 * mid + 1]! <= from) lo = mid + 1;
      else hi = mid;
    }
    let widest = 0;
    let lastEnd: number | null = null;
    for (let k = 2 * lo; k < ink.length && ink[k]! < to; k += 2) {
      if (lastEnd !== null) widest = Math.max(widest, ink[k]! - lastEnd);
      lastEnd = ink[k + 1]!;
    }
    pauses[i] = widest;
  }
  return pauses;
}

/** Between two letters of one word the ink pauses for a few pixels; a word space is wider. */
const WORD_SPACE = 0.3;

/**
 * Two Latin letters read with no space between them, with a pause in the ink between them as
 * wide as a word space (App Inventor read AppInventor): the recogniser did not write the space,
 * so where one word ends is not sure. Both letters lose their confidence. Digits are left alone:
 * justified lines stretch the spacing inside numbers (2 018年).
 */
function flagUnwrittenSpaces(
  line: OcrLine,
  spans: Span[],
  em: number,
  pauses: readonly number[],
): Span[] {
  if (!line.ink || line.vertical) return spans;
  const out = spans.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!.c;
    const b = out[i + 1]!.c;
    if (!/^[A-Za-z]$/.test(a.c) || !/^[A-Za-z]$/.test(b.c)) continue;
    if (pauses[i]! < WORD_SPACE * em) continue;
    for (const j of [i, i + 1]) {
      const s = out[j]!;
      out[j] = { ...s, c: { ...s.c, p: Math.min(s.c.p, BESIDE_UNREAD) } };
    }
  }
  return out;
}

/** Each character's extent along its line: centred on where it was seen, as wide as its kind. */
function extents(line: OcrLine): Span[] {
  const em = line.vertical ? line.box.width : line.box.height;
  const length = line.vertical ? line.box.height : line.box.width;
  const out = line.chars.map((c) => {
    const centre = (c.u0 + c.u1) / 2;
    const half = (isWide(c.c) ? 0.95 : 0.5) * em * 0.5;
    return { c, a: centre - half, b: centre + half };
  });
  // Neighbours do not overlap, and nothing sticks out of the line.
  for (let i = 0; i < out.length; i++) {
    const cur = out[i]!;
    const next = out[i + 1];
    if (next && cur.b > next.a) {
      const mid = ((cur.c.u0 + cur.c.u1) / 2 + (next.c.u0 + next.c.u1) / 2) / 2;
      cur.b = Math.min(cur.b, mid);
      next.a = Math.max(next.a, mid);
    }
    cur.a = Math.max(0, cur.a);
    cur.b = Math.min(length, cur.b);
  }
  return out;
}

/** A point at (u along the line, v across it from its centre) in page pixels. */
export function linePoint(line: OcrLine, u: number, v: number): [number, number] {
  const { box } = line;
  const ux = Math.cos(box.angle);
  const uy = Math.sin(box.angle);
  if (line.vertical) {
    // Reading runs down the box's height axis; u from the top, v to the right.
    const du = u - box.height / 2;
    return [box.cx + v * ux - du * uy, box.cy + v * uy + du * ux];
  }
  const du = u - box.width / 2;
  return [box.cx + du * ux - v * uy, box.cy + du * uy + v * ux];
}

function lineBounds(line: OcrLine): { x0: number; y0: number; x1: number; y1: number } {
  const half = (line.vertical ? line.box.width : line.box.height) / 2;
  const length = line.vertical ? line.box.height : line.box.width;
  const pts = [linePoint(line, 0, -half), linePoint(line, length, half)];
  return {
    x0: Math.min(pts[0]![0], pts[1]![0]),
    y0: Math.min(pts[0]![1], pts[1]![1]),
    x1: Math.max(pts[0]![0], pts[1]![0]),
    y1: Math.max(pts[0]![1], pts[1]![1]),
  };
}

/** The position along a horizontal line of a page x (lines are straight after deskewing). */
function alongLine(line: OcrLine, x: number): number {
  return (x - line.box.cx) / Math.cos(line.box.angle) + line.box.width / 2;
}

/** A solid square (■): findCheckboxes gives it a fill of 1, an outlined box has its border. */
const isFilledSquare = (box: PixelCheckbox) => box.fill >= 1 && !box.tick;

/** What the recogniser makes of a tick it half-sees (√ read as v or V, or as a box). */
const TICK_LOOKALIKES = /^[√✓✔vVｖＶν口□囗☐]$/;
/** A tick found by its shape alone: sure enough to read a choice from. */
const TICK_SHAPE = 0.9;

/**
 * A Han character other than a look-alike, read fairly surely where a box was found (屈 at 0.7:
 * its 尸 is a square with strokes inside): a box only in a row of boxes, as 口 read surely.
 */
const FAIRLY_SURE_HAN = 0.5;
const readAsHan = (c: OcrChar) =>
  c.p >= FAIRLY_SURE_HAN && !BOX_LOOKALIKES.has(c.c) && /^\p{Script=Han}$/u.test(c.c);

/** What the recogniser reads a round mark as: a ring, a zero, an O, a dot. */
const ROUND_LOOKALIKES = /^[○〇◯◎◉●•·。Oo0０ＯｏQ口□]$/;
/** Numerals a 〇 stands among (二〇二三年, 1０). */
const NUMERAL = /^[0-9０-９一二三四五六七八九十〇零]$/;

/** How sure we are of a box's state: far from the tick threshold is sure. */
function checkboxConfidence(box: PixelCheckbox): number {
  const [low, high] = box.round ? UNSURE_ROUND : UNSURE_FILL;
  return box.fill > low && box.fill < high ? 0.6 : 0.99;
}

/**
 * Put each checkbox into the line it stands in (replacing what the recogniser read there), or on
 * a line of its own. A candidate where the recogniser is sure of a real character (国, 回 in a
 * name) is dropped: it is a character that looks like a box.
 */
function placeCheckboxes(
  lines: OcrLine[],
  boxes: PixelCheckbox[],
  read: readonly OcrLine[] = lines,
): { lines: OcrLine[]; accepted: PixelCheckbox[] } {
  const out = lines.map((l) => ({ ...l, chars: l.chars.slice() }));
  // How surely the recogniser read each character, before a dropped speck beside it lowered that
  // (4.建设 with an unsure . dropped): a character it read surely is no box, whatever stands beside.
  const readAs = new Map<OcrChar, number>();
  lines.forEach((line, i) => {
    const own = read[i]?.chars ?? [];
    for (const c of line.chars) {
      const same = own.find((r) => r.c === c.c && r.u0 === c.u0 && r.u1 === c.u1);
      readAs.set(c, Math.max(c.p, same?.p ?? 0));
    }
  });
  const surely = (c: OcrChar) => readAs.get(c) ?? c.p;
  type Decision = {
    box: PixelCheckbox;
    line?: OcrLine;
    a: number;
    b: number;
    inside: OcrChar[];
    /** Nothing was read before it on its line. */
    opens?: boolean;
  };
  const sure: Decision[] = [];
  /** Read surely as 口 (ticked or not), or as another Han character fairly surely: a box only
   * where the line has other boxes (a row of options). */
  const kou: Decision[] = [];
  for (const box of boxes) {
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.y0 + box.y1) / 2;
    const size = Math.max(box.x1 - box.x0, box.y1 - box.y0);
    const line = out.find((l) => {
      if (l.vertical) return false;
      const b = lineBounds(l);
      return cy > b.y0 && cy < b.y1 && cx > b.x0 - size && cx < b.x1 + size;
    });
    if (!line) {
      // A tick's shape alone, on no line of text: a stroke of a signature, a seal's remnant.
      if (!box.tick) sure.push({ box, a: 0, b: 0, inside: [] });
      continue;
    }
    const a = alongLine(line, box.x0);
    const b = alongLine(line, box.x1);
    const inside = line.chars.filter((c) => {
      const centre = (c.u0 + c.u1) / 2;
      return centre >= a - 0.15 * size && centre <= b + 0.15 * size;
    });
    if (box.round) {
      // What the recogniser makes of a ring (〇, O, 0) or a dot; any other character is read there.
      if (inside.some((c) => !ROUND_LOOKALIKES.test(c.c) && surely(c) >= FAIRLY_SURE_HAN)) continue;
    } else if (inside.some((c) => surely(c) >= SURE_CHARACTER && !BOX_LOOKALIKES.has(c.c)))
      continue;
    // A tick's shape where a character was read is a stroke of that character (乚 of 也).
    if (box.tick && inside.some((c) => !TICK_LOOKALIKES.test(c.c))) continue;
    // Inside a number or a Latin word it is a 0 or an O, not a box.
    const before = line.chars.filter((c) => (c.u0 + c.u1) / 2 < a - 0.15 * size).at(-1);
    const after = line.chars.find((c) => (c.u0 + c.u1) / 2 > b + 0.15 * size);
    if (before && after && /^[0-9A-Za-z]$/.test(before.c) && /^[0-9A-Za-z]$/.test(after.c))
      continue;
    // Beside a numeral a ring is a zero (二〇二三年), not a mark.
    if (box.round && [before, after].some((c) => c && NUMERAL.test(c.c))) continue;
    const decision = { box, line, a, b, inside, opens: !before };
    if (inside.some((c) => (c.c === '口' && c.p >= SURE_KOU) || readAsHan(c))) kou.push(decision);
    else sure.push(decision);
  }
  // A filled square opening its line, the only mark on its row of the page, is a bullet (■ 类别：
  // …), not a box ticked by filling it: those stand beside an option, or in a row of boxes (whose
  // options the reading may have cut into lines of their own).
  const middle = (b: PixelCheckbox) => (b.y0 + b.y1) / 2;
  const onRow = (d: Decision, y: number) => Math.abs(y - middle(d.box)) < (d.box.y1 - d.box.y0) / 2;
  const alone = (d: Decision) =>
    !sure.some((o) => o !== d && onRow(d, middle(o.box))) &&
    // Boxes the pixels missed but the recogniser read (口三下) make a row of boxes as well.
    !out.some(
      (l) => !l.vertical && onRow(d, l.box.cy) && l.chars.some((c) => BOX_LOOKALIKES.has(c.c)),
    );
  const bullet = (d: Decision) => isFilledSquare(d.box) && d.opens && alone(d);
  // A round mark is an option's mark only in a row of them with an empty one among them: alone
  // it is a 〇 or a dot, and a row of discs alone is a list's bullets (● 报告 ● 指南).
  const inRoundRow = (d: Decision) => {
    const row = sure.filter((o) => o.box.round && onRow(d, middle(o.box)));
    return row.length >= 2 && row.some((o) => !o.box.ticked);
  };
  sure.splice(0, sure.length, ...sure.filter((d) => !bullet(d) && (!d.box.round || inRoundRow(d))));
  const withBoxes = new Set(sure.map((d) => d.line));
  const taken = [...sure, ...kou.filter((d) => withBoxes.has(d.line))];
  for (const { box, line, a, b, inside } of taken) {
    const size = Math.max(box.x1 - box.x0, box.y1 - box.y0);
    const mark: OcrChar = {
      c: box.tick ? '√' : box.ticked ? CHECKED : UNCHECKED,
      p: box.tick ? TICK_SHAPE : checkboxConfidence(box),
      u0: 0,
      u1: 0,
    };
    if (!line) {
      out.push({
        box: {
          cx: (box.x0 + box.x1) / 2,
          cy: (box.y0 + box.y1) / 2,
          width: size,
          height: size,
          angle: 0,
        },
        vertical: false,
        chars: [{ ...mark, u0: size * 0.3, u1: size * 0.7 }],
      });
      continue;
    }
    line.chars = line.chars.filter((c) => !inside.includes(c));
    const centre = (a + b) / 2;
    const at = line.chars.findIndex((c) => (c.u0 + c.u1) / 2 > centre);
    const placed = { ...mark, u0: centre - 0.2 * size, u1: centre + 0.2 * size };
    if (at < 0) line.chars.push(placed);
    else line.chars.splice(at, 0, placed);
  }
  // A row of boxes with a look-alike left in it: a box the pixels could not confirm (口 is what
  // the recogniser makes of a box, empty or ticked alike). A √ it read is a tick it saw: that
  // keeps its own confidence.
  for (const line of new Set(taken.map((d) => d.line))) {
    if (!line) continue;
    line.chars = line.chars.map((c) =>
      BOX_LOOKALIKES.has(c.c) && c.c !== UNCHECKED && c.c !== '√'
        ? { ...c, p: Math.min(c.p, BOX_UNREAD) }
        : c,
    );
  }
  return { lines: out, accepted: taken.map((d) => d.box) };
}

/**
 * Words of a page (lines split at spaces, wide gaps and vertical table borders), and the
 * checkboxes that were taken as boxes.
 */
export function pageWords(result: OcrImageResult): {
  words: PixelWord[];
  checkboxes: PixelCheckbox[];
} {
  const { lines, accepted } = placeCheckboxes(
    result.lines.map((l) => ({
      ...l,
      chars: unreadTicksInBrackets(
        l,
        ticksInBrackets(
          dashesAsYi(chineseZeros(plusAsShi(internetPlus(mailAts(withoutSpecks(l.chars)))))),
        ),
      ),
    })),
    result.checkboxes,
    result.lines,
  );
  const walls = result.rulings.filter((r) => !r.horizontal);
  const words: PixelWord[] = [];
  for (const placedLine of lines) {
    const line = { ...placedLine, chars: yearZeros(placedLine.chars) };
    const em = line.vertical ? line.box.width : line.box.height;
    const placed = extents(line);
    // Flagging changes confidences only: the characters' places, and so the pauses, stay.
    const pauses = inkPauses(
      line,
      placed.map((s) => s.c),
    );
    const spans = flagUnwrittenSpaces(
      line,
      flagDoubledGlyphs(line, flagUnreadInk(line, placed, em), em),
      em,
      pauses,
    );
    /** The widest ink pause between characters i and i + 1 when both are Han, else 0. */
    const hanPause = (i: number) => (isHanWord(spans[i]!.c, spans[i + 1]!.c) ? pauses[i]! : 0);
    const crossing = line.vertical ? [] : wallsAcross(line, walls);
    let current: typeof spans = [];
    const flush = () => {
      const chars = current.filter((s) => s.c.c.trim() !== '');
      current = [];
      if (chars.length === 0) return;
      const text = chars.map((s) => s.c.c).join('');
      const confidences: number[] = [];
      for (const s of chars) for (let k = 0; k < s.c.c.length; k++) confidences.push(s.c.p);
      const [u0, u1] = onInk(line, chars[0]!.a, chars.at(-1)!.b, chars[0]!, chars.at(-1)!);
      words.push({ text, confidences, line, u0, u1, vertical: line.vertical });
    };
    spans.forEach((span, i) => {
      const previous = current.at(-1);
      const gap = previous ? span.a - previous.b : 0;
      const wall = previous && crossing.some((u) => u > previous.b - 1 && u < span.a + 1);
      // Words of two Han characters or more either side: a letter-spaced label (年  级  册) or
      // a lone option beside its box (口四上) stays whole.
      const spaced =
        previous &&
        i >= 2 &&
        hanPause(i - 2) < HAN_SPACE * em &&
        i + 1 < spans.length &&
        hanPause(i) < HAN_SPACE * em &&
        isHanWord(spans[i - 2]!.c, previous.c) &&
        isHanWord(span.c, spans[i + 1]!.c) &&
        hanPause(i - 1) >= HAN_SPACE * em;
      // Two Latin letters a word space apart in the ink (App Inventor read AppInventor): two
      // words, as the twin's text has them; flagUnwrittenSpaces has made both unsure.
      const latinSpace =
        previous &&
        /^[A-Za-z]$/.test(previous.c.c) &&
        /^[A-Za-z]$/.test(span.c.c) &&
        pauses[i - 1]! >= WORD_SPACE * em;
      if (span.c.c === ' ' || (previous && (gap > 0.8 * em || wall || spaced || latinSpace)))
        flush();
      // A table's border read as a glyph ("[6黑龙江省…" for the row numbered 6): no text.
      if (BORDER_GLYPHS.has(span.c.c) && crossing.some((u) => onBorder(span, u, em))) {
        flush();
        return;
      }
      if (span.c.c !== ' ') current.push(span);
    });
    flush();
  }
  return { words, checkboxes: accepted };
}

/**
 * Between two Han characters set side by side the ink pauses for under 0.15 of the line box; a
 * space between them (columns set apart by spaces, 龙永刚    阜新市…) leaves 0.4 or more. The
 * detector often reads such a row as one line: the words are parted where the twin's text has
 * its spaces, so the layout sees the columns.
 */
const HAN_SPACE = 0.3;
const HAN = /^\p{Script=Han}$/u;

const isHanChar = (c: OcrChar) => HAN.test(c.c) && !BOX_LOOKALIKES.has(c.c);
/** Two Han characters side by side (neither a box look-alike). */
const isHanWord = (a: OcrChar, b: OcrChar) => isHanChar(a) && isHanChar(b);

/** Glyphs a vertical border drawn through a line is read as. */
const BORDER_GLYPHS = new Set(['[', ']', '|', '｜', '丨', '【', '】', '〔', '〕', 'l', 'I']);

/** A glyph's extent holds a border's position (with a little slack for a skewed scan). */
const onBorder = (span: { a: number; b: number }, u: number, em: number) =>
  u >= span.a - 0.15 * em && u <= span.b + 0.15 * em;

/** Positions along a horizontal line where a vertical border crosses it. */
function wallsAcross(line: OcrLine, walls: PixelRuling[]): number[] {
  const b = lineBounds(line);
  const cy = (b.y0 + b.y1) / 2;
  return walls
    .filter((w) => w.from <= cy && w.to >= cy && w.at > b.x0 && w.at < b.x1)
    .map((w) => alongLine(line, w.at));
}
