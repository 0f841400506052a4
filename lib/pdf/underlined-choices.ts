/**
 * Options chosen by underlining, not by a tick: a web form (CSS grid, `<u>` on the chosen
 * option), a Word form where the applicant underlined (and often bolded) the option instead of
 * ticking a box: "小学　初中　高中" with a drawn line under "初中". The chosen options become
 * ticked boxes and the others empty ones, as if printed "☐小学 ☑初中 ☐高中", so that the
 * checkbox readers judge the group as any other (and their certainty rules apply).
 *
 * Only where the choice is plain: a group of short words a space apart (on one line, or on lines
 * that start at the same x, a grid of options that wraps), each underline under exactly one
 * word, at least one word underlined and at least one not. A line under a field's value
 * ("项目名称：某某", a colon) or under a heading is no choice. An underline drawn as a ruling
 * would also cut a table cell in two (it looks like a border): those rulings are dropped.
 */
import { groupByBaseline, type LayoutItem } from './layout';
import type { Ruling } from './rulings';
import { WorkBudget } from './work-budget';

/** The underline stands this far under the baseline at most (em): lower is a border. */
const UNDER_EM = 0.3;
/** Words of a choice stand at least this far apart (em: a space)... */
const WORD_GAP_EM = 0.5;
/** ...and a group of them at most this far (a wider gap parts a label from its options). */
const GROUP_GAP_EM = 2.5;
/** Longest option (the wording of a qualification, a piece of it on one line). */
const MAX_WORD = 60;
/** A colon inside a word: a field and its value ("项目名称：某某"), no option. */
const FIELD = /[:：]\s*\S/;
/** A word ending with a colon: the group's label ("学段："), which takes no box. */
const LABEL_END = /[:：]\s*$/;
const OPTION_NUMBER = /^\s*(?:[①-⑳]|[（(]?\d{1,2}[)）.、．])/;
/**
 * Steps of work (a run looked at under an underline, an open block looked at for a group, an
 * underline looked at for a block) a page may take. A form's page takes a few thousand; past
 * this, a hostile page (huge type sizes, 100,000 groups on two lines, thousands of underlines)
 * would take minutes, and is no form of underlined choices: it is read as if it had none.
 */
const WORK_BUDGET = 2_000_000;

interface Word {
  items: number[];
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  text: string;
  underlined: boolean;
}

/**
 * Items holding several words ("小学　初中") split at their spaces, and after a label's colon
 * ("学段：小学"), at equal advance.
 */
function splitAtSpaces(item: LayoutItem): LayoutItem[] {
  if (item.vertical || !/\S\s+\S|[:：]./.test(item.str)) return [item];
  const chars = Array.from(item.str);
  const advance = (item.rect[2] - item.rect[0]) / chars.length;
  const out: LayoutItem[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    const space = i < chars.length && /\s/.test(chars[i]!);
    const colon = i > 0 && i < chars.length && /[:：]/.test(chars[i - 1]!);
    if (i < chars.length && !space && !colon) continue;
    if (colon && !space) {
      if (i > start) out.push(piece(item, chars, start, i, advance));
      start = i;
      continue;
    }
    if (i > start) out.push(piece(item, chars, start, i, advance));
    start = i + 1;
  }
  return out.length > 0 ? out : [item];
}

function piece(
  item: LayoutItem,
  chars: string[],
  start: number,
  end: number,
  advance: number,
): LayoutItem {
  return {
    ...item,
    str: chars.slice(start, end).join(''),
    rect: [
      item.rect[0] + start * advance,
      item.rect[1],
      item.rect[0] + end * advance,
      item.rect[3],
    ],
  };
}

/**
 * The rulings that are underlines: just under some items' baseline, no wider than the text over
 * them. Items sorted by baseline and searched by halving, not every item for every ruling.
 */
function underlinesOf(rulings: Ruling[], items: LayoutItem[], budget: WorkBudget): Ruling[] | null {
  const flat = items.filter((i) => !i.vertical).sort((a, b) => a.baseline - b.baseline);
  let maxSize = 0;
  for (const i of flat) maxSize = Math.max(maxSize, i.size);
  const firstAtOrAbove = (y: number) => {
    let lo = 0;
    let hi = flat.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (flat[mid]!.baseline < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: Ruling[] = [];
  for (const r of rulings) {
    if (!r.horizontal) continue;
    let x0 = Infinity;
    let x1 = -Infinity;
    let size = 0;
    const top = r.at + UNDER_EM * maxSize;
    for (let k = firstAtOrAbove(r.at - 0.05 * maxSize); k < flat.length; k++) {
      const i = flat[k]!;
      if (i.baseline > top) break;
      if (!budget.spend()) return null;
      const under = r.at <= i.baseline + 0.05 * i.size && r.at >= i.baseline - UNDER_EM * i.size;
      if (!under || Math.min(i.rect[2], r.to) - Math.max(i.rect[0], r.from) <= 0) continue;
      x0 = Math.min(x0, i.rect[0]);
      x1 = Math.max(x1, i.rect[2]);
      size = Math.max(size, i.size);
    }
    if (size > 0 && r.from >= x0 - 0.3 * size && r.to <= x1 + 0.3 * size) out.push(r);
  }
  return out;
}

function wallBetween(a: number, b: number, y: number, walls: Ruling[]): boolean {
  return walls.some((w) => w.at > a && w.at < b && w.from <= y && w.to >= y);
}

/** A line's words, in groups parted by a wide gap or a cell wall. */
function groupsOf(line: number[], items: LayoutItem[], walls: Ruling[]): Word[][] {
  const groups: Word[][] = [];
  let word: Word | undefined;
  for (const i of line) {
    const item = items[i]!;
    const gap = word ? item.rect[0] - word.x1 : Infinity;
    const y = item.baseline + 0.3 * item.size;
    const walled = word ? wallBetween(word.x1 - 1, item.rect[0] + 1, y, walls) : true;
    // A label's colon ends a word ("学段：" before "小学"), whatever the gap.
    if (word && !walled && gap < WORD_GAP_EM * item.size && !LABEL_END.test(word.text)) {
      word.items.push(i);
      word.x1 = Math.max(word.x1, item.rect[2]);
      word.text += item.str;
      continue;
    }
    word = {
      items: [i],
      x0: item.rect[0],
      x1: item.rect[2],
      baseline: item.baseline,
      size: item.size,
      text: item.str,
      underlined: false,
    };
    const group = groups.at(-1);
    if (group && !walled && gap <= GROUP_GAP_EM * item.size) group.push(word);
    else groups.push([word]);
  }
  return groups;
}

/** Is a rule drawn across x between the two baselines (a table row's border, not an underline)? */
function ruledBetween(upper: Word, lower: Word, floors: Ruling[]): boolean {
  const x = lower.x0 + 0.5 * lower.size;
  return floors.some(
    (r) =>
      r.at > lower.baseline + 0.5 * lower.size &&
      r.at < upper.baseline - 0.1 * upper.size &&
      r.from <= x &&
      r.to >= x,
  );
}

/**
 * Groups on lines below one another, starting at the same x: one wrapped group of options. Not
 * across a rule drawn between the lines: the cells of a table's column, one under another, are no
 * group of options (a whole row inserted with underlined text, a tracked change, chooses nothing).
 */
function blocksOf(lines: Word[][][], floors: Ruling[], budget: WorkBudget): Word[][][] | null {
  const blocks: Word[][][] = [];
  let open: { block: Word[][]; last: Word[] }[] = [];
  for (const groups of lines) {
    // Lines come top to bottom: a block whose last line stands far above can grow no more (and
    // the list stays short on a page of a thousand lines).
    const here = groups[0]?.[0];
    if (!budget.spend(open.length)) return null;
    if (here)
      open = open.filter(({ last }) => last[0]!.baseline - here.baseline <= 2.2 * here.size);
    for (const group of groups) {
      const first = group[0]!;
      if (!budget.spend(open.length + 1)) return null;
      const next = open.find(({ last }) => {
        const above = last[0]!;
        return (
          Math.abs(above.x0 - first.x0) <= 1.5 &&
          above.baseline - first.baseline > 0 &&
          above.baseline - first.baseline <= 2.2 * first.size &&
          Math.abs(above.size - first.size) <= 0.1 * first.size &&
          budget.spend(floors.length) &&
          !ruledBetween(above, first, floors)
        );
      });
      if (next) {
        next.block.push(group);
        next.last = group;
      } else {
        const block = [group];
        blocks.push(block);
        open.push({ block, last: group });
      }
    }
  }
  return blocks;
}

/** Boxes for the options of underlined choice groups; underline rulings left out. */
export function withUnderlinedChoices(
  input: LayoutItem[],
  rulings: Ruling[],
): { items: LayoutItem[]; rulings: Ruling[] } {
  const budget = new WorkBudget(WORK_BUDGET);
  const none = { items: input, rulings };
  const underlines = underlinesOf(rulings, input, budget);
  if (!underlines || underlines.length === 0) return none;
  const walls = rulings.filter((r) => !r.horizontal);
  const items = input.flatMap(splitAtSpaces);
  const lines = groupByBaseline(
    items.map((_, i) => i),
    items,
  ).map((line) => groupsOf(line, items, walls));
  const marks: LayoutItem[] = [];
  const drawnUnder = new Set(underlines);
  const floors = rulings.filter((r) => r.horizontal && !drawnUnder.has(r));
  const blocks = blocksOf(lines, floors, budget);
  if (!blocks) return none;
  for (const block of blocks) {
    if (!budget.spend(underlines.length)) return none;
    const words = block.flat();
    let ambiguous = false;
    for (const u of underlines) {
      const under = words.filter(
        (w) =>
          u.at <= w.baseline + 0.05 * w.size &&
          u.at >= w.baseline - UNDER_EM * w.size &&
          Math.min(w.x1, u.to) - Math.max(w.x0, u.from) > 0,
      );
      if (under.length === 0) continue;
      // One underline, one word, most of it: a line under several words chooses none of them.
      const [w] = under;
      if (
        under.length > 1 ||
        Math.min(w!.x1, u.to) - Math.max(w!.x0, u.from) < 0.8 * (w!.x1 - w!.x0)
      )
        ambiguous = true;
      else w!.underlined = true;
    }
    if (ambiguous || words.length < 2 || words.length > 40) continue;
    if (words.some((w) => FIELD.test(w.text) || Array.from(w.text).length > MAX_WORD)) continue;
    // One label at most, opening the group: "联系人：张三　电话：…" is two fields, no choice.
    const labels = words.filter((w) => LABEL_END.test(w.text));
    if (labels.length > 1 || (labels.length === 1 && labels[0] !== words[0])) continue;
    // A word opening a wrapped line, after a line that ran to the group's right edge, is the
    // rest of the option before it (underlined as it is): it takes no box of its own, unless
    // it opens with an option's number ("⑤").
    let right = -Infinity;
    for (const w of words) right = Math.max(right, w.x1);
    const options = block.flatMap((group, g) => {
      const before = block[g - 1]?.at(-1);
      const head = group[0]!;
      const wraps =
        before &&
        before.x1 >= right - 2 * before.size &&
        before.underlined === head.underlined &&
        !OPTION_NUMBER.test(head.text);
      return (wraps ? group.slice(1) : group).filter((w) => !LABEL_END.test(w.text));
    });
    const chosen = options.filter((w) => w.underlined).length;
    if (chosen === 0 || chosen === options.length) continue;
    for (const w of options) {
      const first = items[w.items[0]!]!;
      const s = w.size;
      marks.push({
        str: w.underlined ? '☑' : '☐',
        rect: [w.x0 - 0.55 * s, first.rect[1], w.x0 - 0.05 * s, first.rect[3]],
        baseline: w.baseline,
        size: s,
        vertical: false,
      });
    }
  }
  return {
    items: marks.length > 0 ? [...items, ...marks] : input,
    rulings: rulings.filter((r) => !drawnUnder.has(r)),
  };
}
