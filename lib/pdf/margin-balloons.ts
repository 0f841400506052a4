/**
 * Balloons of a document printed with its tracked changes shown (Word's "Simple/All Markup",
 * LibreOffice's, LaTeX's marginpar imitations): a framed box in the right margin holding deleted
 * text ("删除的内容: 旧名称", "Deleted: …"), a format change, or a reviewer's comment
 * ("批注 [张1]: …"). The print shows the final state in the body; a balloon's text is the old
 * state or a remark, never a value. Its frame, set beside a table that reaches the margin, would
 * also join that table as extra cells. Both go before anything reads the page.
 *
 * Only a box that is plainly a balloon: its first line opens with a markup word and a colon (or
 * a comment's [author n]), it stands in the right part of the page, and it is closed by four
 * rules. A form's own cell that says "批注" stays.
 */
import type { LayoutItem } from './layout';
import type { Ruling } from './rulings';

/** The words a word processor opens a markup balloon with (Chinese and English Word, WPS)... */
const BALLOON_WORD =
  /^\s*(?:删除的内容|已删除|插入的内容|带格式的|格式的|已移动|批注|注释|Deleted|Inserted|Formatted|Moved|Comment(?:ed)?)/;
/** ...then a colon, or a comment's [author n] and its colon (the line read from its runs). */
const BALLOON_START =
  /^\s*(?:(?:删除的内容|已删除|插入的内容|带格式的|格式的|已移动|Deleted|Inserted|Formatted|Moved)\s*[:：]|(?:批注|注释|Comment(?:ed)?)\s*\[[^\]]{0,40}\]\s*[:：])/;
/** Characters of a line read to judge its opening. */
const OPENING = 40;
/** The balloon's left edge stands in the right part of the page (share of its width). */
const MARGIN_SHARE = 0.6;
/** Rules' ends meet within this much (pt). */
const JOIN = 2;
/** A page with more marker lines than this is no print of tracked changes: left as it is. */
const MAX_BALLOONS = 200;

interface Frame {
  left: number;
  right: number;
  bottom: number;
  top: number;
  rules: Ruling[];
}

/** The four rules closing the smallest box around (x, y), or null. */
function frameAround(x: number, y: number, rulings: Ruling[]): Frame | null {
  const sides = rulings.filter((r) => !r.horizontal && r.from <= y && r.to >= y);
  const lefts = sides.filter((r) => r.at <= x + JOIN).sort((a, b) => b.at - a.at);
  for (const l of lefts.slice(0, 4)) {
    // The right side is as tall as the left one: a box's, not a table's wall beside it.
    const right = sides
      .filter(
        (r) =>
          r.at > x + JOIN && Math.abs(r.from - l.from) <= JOIN && Math.abs(r.to - l.to) <= JOIN,
      )
      .sort((a, b) => a.at - b.at)[0];
    if (!right) continue;
    const edge = (at: number) =>
      rulings.find(
        (r) =>
          r.horizontal &&
          Math.abs(r.at - at) <= JOIN &&
          Math.abs(r.from - l.at) <= JOIN &&
          Math.abs(r.to - right.at) <= JOIN,
      );
    const top = edge(l.to);
    const bottom = edge(l.from);
    if (top && bottom)
      return {
        left: l.at,
        right: right.at,
        bottom: l.from,
        top: l.to,
        rules: [l, right, top, bottom],
      };
  }
  return null;
}

/** The text of the run's line from the run on (runs a word's gap apart at most), cut short. */
function lineFrom(first: LayoutItem, items: LayoutItem[]): string {
  const line = items
    .filter(
      (i) =>
        !i.vertical &&
        Math.abs(i.baseline - first.baseline) <= 0.3 * first.size &&
        i.rect[0] >= first.rect[0] - 0.1 * first.size &&
        i.rect[0] <= first.rect[0] + OPENING * first.size,
    )
    .sort((a, b) => a.rect[0] - b.rect[0]);
  let text = '';
  let end = first.rect[0];
  for (const i of line) {
    if (i.rect[0] - end > 2 * first.size || text.length > OPENING) break;
    text += i.str;
    end = Math.max(end, i.rect[2]);
  }
  return text;
}

/** The page without its markup balloons: their text items and their frames left out. */
export function withoutMarginBalloons(
  items: LayoutItem[],
  rulings: Ruling[],
  pageWidth: number,
): { items: LayoutItem[]; rulings: Ruling[] } {
  const none = { items, rulings };
  if (rulings.length === 0) return none;
  const candidates = items.filter(
    (i) => !i.vertical && i.rect[0] >= MARGIN_SHARE * pageWidth && BALLOON_WORD.test(i.str),
  );
  if (candidates.length === 0 || candidates.length > MAX_BALLOONS) return none;
  const openers = candidates.filter((c) => BALLOON_START.test(lineFrom(c, items)));
  const frames: Frame[] = [];
  for (const o of openers) {
    const frame = frameAround(o.rect[0] + 0.5 * o.size, o.baseline + 0.3 * o.size, rulings);
    if (frame && frame.left >= MARGIN_SHARE * pageWidth - 2 * o.size) frames.push(frame);
  }
  if (frames.length === 0) return none;
  const inside = (i: LayoutItem) => {
    const [cx, cy] = [(i.rect[0] + i.rect[2]) / 2, (i.rect[1] + i.rect[3]) / 2];
    return frames.some((f) => cx > f.left && cx < f.right && cy > f.bottom && cy < f.top);
  };
  const dropped = new Set(frames.flatMap((f) => f.rules));
  return {
    items: items.filter((i) => !inside(i)),
    rulings: rulings.filter((r) => !dropped.has(r)),
  };
}
