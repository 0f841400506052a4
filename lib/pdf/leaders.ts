/**
 * Dot leaders between a label and its value, as a contents page joins a title to its page number:
 * a tab stop with a dotted leader ("项目名称.............甲市某某共同体") or leaders typed by hand
 * ("姓名……张三", "联盟名称：．．．．．．乙县某某联盟", "3．案例··········某某案例"). The run of
 * leader characters parts two cells like a colon or a wide gap, and is part of neither: the run
 * cut into label and value items, the leaders dropped, the value opening a cell of its own. A
 * run with nothing after it (a blank to sign on) leaves the label alone.
 */
import type { LayoutCell, LayoutItem, LayoutLine } from './layout';

/** Leader characters and their weight in dots (an ellipsis is three). */
const WEIGHT: Record<string, number> = {
  '.': 1,
  '·': 1,
  '．': 1,
  '・': 1,
  '･': 1,
  '‧': 1,
  '∙': 1,
  '⋅': 1,
  '‥': 2,
  '…': 3,
  '⋯': 3,
};
/** Dots enough for a leader: two typed ellipses (……), six dots; fewer is punctuation. */
const MIN_DOTS = 6;
/** What may stand before a leader: a label, perhaps numbered ("3．案例"), not a sentence. */
const MAX_LABEL = 24;
/** A list number and the short word naming the item before a leader ("3．案例", "（2）成员校"). */
const LISTED =
  /^([（(]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])\s*[)）.．、]?\s*)(\p{Script=Han}{1,4})$/u;
/** A field's label, numbered as some forms number their fields ("1．姓名……张三"): no list item. */
const FIELD_END =
  /(?:名称|全称|姓名|名字|单位|学校|学科|职称|职务|电话|手机|时间|日期|年月|部门|类别|方向|学段|人数|数量|地址|邮箱|性别|年龄)$/;
/** Longer runs are paragraphs, looked at no further (and a bound on the work). */
const MAX_RUN = 2000;

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2026\u22ef\u2025]/u;

const isLeader = (c: string) => WEIGHT[c] !== undefined;

/** [start, end) of each leader run in the characters: leader characters, spaces between them. */
function leaderRuns(chars: string[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isLeader(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let end = i;
    let dots = 0;
    while (j < chars.length && (isLeader(chars[j]!) || /\s/.test(chars[j]!))) {
      if (isLeader(chars[j]!)) {
        dots += WEIGHT[chars[j]!]!;
        end = j + 1;
      }
      j++;
    }
    // A decimal point or a numbering's dot between figures ("2.5", "1.2.3") is no leader.
    if (dots >= MIN_DOTS) runs.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return runs;
}

/** A label short enough to stand before two typed ellipses ("　姓名……", "3．案例……"). */
const SHORT_LABEL = /^\S{1,12}$/u;

function dotsIn(chars: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += WEIGHT[chars[i]!] ?? 0;
  return n;
}

/** Width estimate of characters: CJK one em, others a little over half. */
function ems(chars: string[]): number {
  let w = 0;
  for (const c of chars) w += /\s/.test(c) ? 0.3 : WIDE.test(c) ? 1 : 0.55;
  return w;
}

/** The item cut at its leader runs into label and value items, the leaders dropped. */
function cutAtLeaders(item: LayoutItem): LayoutItem[] | null {
  const chars = Array.from(item.str);
  const runs = leaderRuns(chars);
  if (runs.length === 0) return null;
  const pieces: { from: number; to: number }[] = [];
  let start = 0;
  for (const [from, to] of runs) {
    const before = chars.slice(start, from).join('').trim();
    // The label before the first leader must be short; a sentence's ellipsis parts nothing. Two
    // typed ellipses (……) may end a phrase too: a leader only after a label's few characters.
    if (pieces.length === 0 && before.length > MAX_LABEL) return null;
    if (pieces.length === 0 && dotsIn(chars, from, to) < 9 && !SHORT_LABEL.test(before))
      return null;
    pieces.push({ from: start, to: from });
    start = to;
  }
  pieces.push({ from: start, to: chars.length });
  const kept = pieces
    .map(({ from, to }) => {
      let a = from;
      let b = to;
      while (a < b && /\s/.test(chars[a]!)) a++;
      while (b > a && /\s/.test(chars[b - 1]!)) b--;
      return { from: a, to: b };
    })
    .filter(({ from, to }) => to > from);
  if (kept.length === 0) return [];
  // "3．案例……某某案例": a list written as leader lines. The word before the leader names what
  // the item is; the item is its number and the value, read as one line of the list.
  const first = kept[0]!;
  const listed =
    kept.length === 2 && first.from === 0
      ? LISTED.exec(chars.slice(first.from, first.to).join(''))
      : null;
  if (listed && !FIELD_END.test(listed[2]!)) {
    const number = Array.from(listed[1]!.trimEnd()).length;
    const value = kept[1]!;
    const str = chars.slice(0, number).join('') + chars.slice(value.from, value.to).join('');
    return [{ ...item, str }];
  }
  // Each piece placed by its characters' widths, scaled to the run when the font is not as
  // assumed; pieces after a leader placed from the run's end (the leader takes what is left).
  const [x0, , x1] = item.rect;
  const em = item.size;
  const total = ems(chars) * em;
  const scale = total > x1 - x0 && total > 0 ? (x1 - x0) / total : 1;
  return kept.map(({ from, to }, k) => {
    const width = ems(chars.slice(from, to)) * em * scale;
    const left = x0 + ems(chars.slice(0, from)) * em * scale;
    const right = x1 - ems(chars.slice(to)) * em * scale;
    const rect: LayoutItem['rect'] =
      k === 0 && from === 0
        ? [x0, item.rect[1], Math.min(x1, x0 + width), item.rect[3]]
        : [Math.max(left, right - width), item.rect[1], Math.max(right, left), item.rect[3]];
    return {
      ...item,
      str: chars.slice(from, to).join(''),
      rect,
      ...(from > 0 ? { opensCell: true, afterLeader: true } : {}),
    };
  });
}

/** Does the run end in a leader, nothing after it? */
function endsInLeader(str: string): boolean {
  const chars = Array.from(str.trimEnd());
  const runs = leaderRuns(chars);
  return runs.length > 0 && runs.at(-1)![1] === chars.length;
}

/** Items of a leader alone (a tab's leader drawn as its own run). */
function leaderOnly(str: string): boolean {
  const chars = Array.from(str.trim());
  if (chars.length === 0 || !chars.every((c) => isLeader(c) || /\s/.test(c))) return false;
  return chars.reduce((n, c) => n + (WEIGHT[c] ?? 0), 0) >= MIN_DOTS;
}

/** The page's items with dot leaders dropped and the runs they joined cut into label and value. */
export function splitAtLeaders(items: LayoutItem[]): LayoutItem[] {
  // Most pages hold no leader: their items as they are.
  if (!items.some((i) => !i.vertical && /[.·．・･‧∙⋅‥…⋯]/.test(i.str))) return items;
  const out: LayoutItem[] = [];
  const afterLeader: LayoutItem[] = [];
  for (const item of items) {
    if (item.vertical || item.str.length > MAX_RUN) {
      out.push(item);
      continue;
    }
    if (leaderOnly(item.str)) {
      afterLeader.push(item);
      continue;
    }
    const cut = cutAtLeaders(item);
    if (cut === null) out.push(item);
    else out.push(...cut);
    // A leader ending the run: what follows it on the line is drawn apart (a tick box, a value).
    if (cut !== null && endsInLeader(item.str)) {
      afterLeader.push({ ...item, rect: [item.rect[2], item.rect[1], item.rect[2], item.rect[3]] });
    }
  }
  if (afterLeader.length === 0) return out;
  // The run right of a leader drawn apart opens a cell: the leader stood between two cells.
  const opened = new Set<LayoutItem>();
  for (const l of afterLeader) {
    let best: LayoutItem | undefined;
    for (const item of out) {
      if (item.vertical || Math.abs(l.baseline - item.baseline) > item.size * 0.3) continue;
      if (item.rect[0] < l.rect[2] - item.size * 0.5 || item.rect[0] - l.rect[2] > item.size * 2)
        continue;
      if (!best || item.rect[0] < best.rect[0]) best = item;
    }
    if (best) opened.add(best);
  }
  return out.map((item) =>
    opened.has(item) ? { ...item, opensCell: true, afterLeader: true } : item,
  );
}

/** A sentence's end: the value stops there, whatever reaches the margin. */
const SENTENCE_END = /[。；;！!？?]$/;
/** A numbered line is an item or a heading of its own, never the rest of a value. */
const NUMBERED = /^[（(]?[一二三四五六七八九十\d]{1,3}\s*[、.．)）]/;
/** Lines a value may wrap over (and a bound on the work). */
const MAX_WRAPS = 12;

function cellText(cell: LayoutCell, items: LayoutItem[]): string {
  return cell.lines.map((l) => l.map((i) => items[i]!.str).join('')).join('');
}

/**
 * A value after a leader that reaches the right margin goes on on the next line, which a word
 * processor starts at the paragraph's left edge, under the label ("联盟名称……某某网络教" over
 * "研联盟"): that line, one piece without a label of its own at the paragraph's line pitch, joins
 * the value's cell as its next visual line.
 */
export function joinLeaderWraps(lines: LayoutLine[], items: LayoutItem[]): LayoutLine[] {
  if (!items.some((i) => i.afterLeader)) return lines;
  const free = lines.filter((l) => l.table < 0 && l.cells.every((c) => !c.ruled));
  const rights = free.map((l) => l.cells.reduce((r, c) => Math.max(r, c.rect[2]), -Infinity));
  const margin = rights.reduce((a, b) => Math.max(a, b), -Infinity);
  // The margin is where two lines or more end (a lone wide line may be a value short of it).
  const size = items.find((i) => i.afterLeader)!.size || 10;
  if (rights.filter((r) => r >= margin - size).length < 2) return lines;
  const taken = new Set<LayoutLine>();
  const out: LayoutLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (taken.has(line)) continue;
    out.push(line);
    const value = line.cells.at(-1);
    if (line.table >= 0 || line.cells.length < 2 || !value || value.ruled) continue;
    // The value's first line holds the run a leader opened (a tick box may stand before it).
    const opener = value.lines[0]?.find((i) => items[i]!.afterLeader);
    if (opener === undefined) continue;
    const em = items[opener]!.size || size;
    const right = line.columnRight ?? margin;
    const labelLeft = line.cells[0]!.rect[0];
    let lastTop = line.top;
    let lastRight = value.rect[2];
    for (let w = 0, j = k + 1; w < MAX_WRAPS && j < lines.length; w++, j++) {
      const next = lines[j]!;
      const piece = next.cells[0];
      if (!piece || next.cells.length !== 1 || next.table >= 0 || piece.ruled) break;
      if (next.pane !== line.pane || next.columnRight !== line.columnRight) break;
      if (SENTENCE_END.test(cellText(value, items).trim())) break;
      const text = cellText(piece, items).trim();
      if (text === '') break;
      // Wrapped: the next line's first word would not have fitted before the margin. Words
      // apart by spaces (options) wrap whole; CJK text wraps at any character.
      const word = /\s/.test(text) ? Array.from(text.split(/\s/)[0]!).slice(0, 8) : [text[0]!];
      if (lastRight + ems(word) * em < right - 0.5 * em) break;
      if (NUMBERED.test(text) || /[:：]/.test(text)) break;
      if (piece.lines.flat().some((i) => items[i]!.afterLeader)) break;
      const underLabel = piece.rect[0] <= labelLeft + em;
      const underValue = Math.abs(piece.rect[0] - value.rect[0]) <= em;
      if (!underLabel && !underValue) break;
      if (lastTop - next.top > 2.5 * em) break;
      value.lines.push(...piece.lines);
      // The cell keeps its left edge, the value's start beside the label.
      value.rect = [
        value.rect[0],
        Math.min(value.rect[1], piece.rect[1]),
        Math.max(value.rect[2], piece.rect[2]),
        Math.max(value.rect[3], piece.rect[3]),
      ];
      line.bottom = Math.min(line.bottom, next.bottom);
      lastTop = next.top;
      lastRight = piece.rect[2];
      taken.add(next);
    }
  }
  return out;
}
