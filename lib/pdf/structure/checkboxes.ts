/**
 * Checkbox groups: options printed each with a box, the chosen ones carrying a mark (☑ ■ √ ✓
 * ✔ ☒ ▣ ●), before or after the option's text, or in brackets ("小学（√）", an empty "( )").
 * Which side the marks sit on is decided per group from the geometry of the text: a mark pairs
 * with the option it touches, not with the one a space away; when every option has a mark on
 * both sides, the side the group starts with wins. A group can run over several lines (a grid
 * of grade volumes whose label stands beside its first line only). A group written without any
 * box lists only what was chosen ("学段：初中").
 */
import type { DocRow, DocumentLayout } from './document';
import { cleanLabel } from './key-values';

// Private-use code points are Word's Wingdings boxes (þ checked, ¨ empty) as pdf.js reads them.
export const CHECKED = '☑☒▣■√✓✔✗✘●◉◆⊠⊗⬛\uf0fe\uf0fd\uf0fb\uf052';
export const UNCHECKED = '□☐○◯◇▢◻⬜\uf0a8\uf06f\uf0a3';
/**
 * A letter x in square brackets ticks too: "[x]", "[X]", "[×]" is how a form typed as plain text
 * (a spreadsheet cell, a Markdown or e-mailed form) ticks its "[ ]" boxes.
 */
const CROSSES = 'xX×';
/**
 * The ideographic zero 〇 typed as an empty circle ("〇小学 ●初中"), not inside a number written
 * in Chinese numerals (二〇二二年, 一〇一中学).
 */
const HOLLOW = '(?<![〇零一二三四五六七八九十百\\d])〇(?![〇零一二三四五六七八九十百年月日号\\d])';
/**
 * A box, or brackets holding a mark or nothing: "（√）", "( )", "【√】", "【】", "[x]", "[ ]";
 * or a yes/no in brackets after each option ("智慧德育（否） 智慧体育（是）"), how a form asks
 * for the choice when its template has no boxes.
 */
export const MARK = new RegExp(
  // One run of spaces each side of the mark: `\s*[√]?\s*` tried every split of a long run.
  `[${CHECKED}${UNCHECKED}]|${HOLLOW}|[（(]\\s*(?:[${CHECKED}是否]\\s*)?[）)]|【\\s*(?:[${CHECKED}]\\s*)?】|[[［]\\s*(?:[${CHECKED}${CROSSES}]\\s*)?[\\]］]`,
  'g',
);

/**
 * An option answered with a pair of brackets, one after 是 and one after 否 ("智慧德育：是（√）否（ ）",
 * a self-check's style): one mark, ticked when the 是 bracket holds the tick and the 否 one not.
 */
const YES_NO = new RegExp(
  `[:：]?\\s*是\\s*[（(]\\s*([${CHECKED}${CROSSES}]?)\\s*[）)]\\s*否\\s*[（(]\\s*([${CHECKED}${CROSSES}]?)\\s*[）)]`,
  'y',
);

/** The text with each yes/no pair as one box after its option: "（√）" when it says yes, else "（ ）". */
export function yesNoAsBoxes(text: string): string {
  if (!text.includes('否')) return text;
  const all = new RegExp(YES_NO.source, 'g');
  return text.replace(all, (_, yes: string, no: string) =>
    yes !== '' && no === '' ? '（√）' : '（ ）',
  );
}

/** Does a mark (a box, or brackets with what they hold) say yes? */
export function isCheckedMark(mark: string): boolean {
  if ([...mark].some((c) => CHECKED.includes(c) || c === '是')) return true;
  return /^[[［]/.test(mark) && [...mark].some((c) => CROSSES.includes(c));
}

/** An option and the wordings that mean it (its value first). */
export interface OptionMatcher {
  value: string;
  patterns: RegExp[];
}

interface Token {
  kind: 'mark' | 'option';
  checked?: boolean;
  option?: string;
  start: number;
  end: number;
  /** Whitespace separates it from the token before. */
  spaced: boolean;
}

/** The longest option wording starting at `i`. */
function optionAt(text: string, i: number, options: OptionMatcher[]) {
  let best: { value: string; length: number } | undefined;
  for (const o of options) {
    for (const re of o.patterns) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m.index === i && m[0].length > 0 && m[0].length > (best?.length ?? 0)) {
        best = { value: o.value, length: m[0].length };
      }
    }
  }
  return best;
}

function tokenize(text: string, options: OptionMatcher[]): Token[] {
  const sticky = options.map((o) => ({
    value: o.value,
    patterns: o.patterns.map((p) => new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}y`)),
  }));
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      spaced = true;
      i++;
      continue;
    }
    YES_NO.lastIndex = i;
    const pair = YES_NO.exec(text);
    if (pair) {
      const checked = pair[1] !== '' && pair[2] === '';
      tokens.push({ kind: 'mark', checked, start: i, end: i + pair[0].length, spaced });
      i += pair[0].length;
      spaced = false;
      continue;
    }
    MARK.lastIndex = i;
    const mark = MARK.exec(text);
    if (mark && mark.index === i) {
      const checked = isCheckedMark(mark[0]);
      tokens.push({ kind: 'mark', checked, start: i, end: i + mark[0].length, spaced });
      i += mark[0].length;
      spaced = false;
      continue;
    }
    const option = optionAt(text, i, sticky);
    if (option) {
      tokens.push({
        kind: 'option',
        option: option.value,
        start: i,
        end: i + option.length,
        spaced,
      });
      i += option.length;
    } else {
      // Text that is neither ("④" before its wording): a space before it still separates.
      i++;
      continue;
    }
    spaced = false;
  }
  return tokens;
}

export interface MarkedOptions {
  /** Options chosen, in the order given. */
  chosen: string[];
  /** Options seen with a box (chosen or not). */
  seen: string[];
  /** True when the group had boxes; false when it listed only what was chosen. */
  boxed: boolean;
  /** Pairing was ambiguous (a mark between two options with no space on either side). */
  ambiguous: boolean;
  /**
   * Ticks tied to no option of the pack (a tick beside "其他", beside words the pack does not
   * know, or a second tick beside one option): the grid holds an answer not read.
   */
  untied?: number;
  /** Options named with no box of their own (a bullet taken for a tick, a legend after). */
  unboxed?: number;
}

/** The chosen options of one group's text, or undefined when no option is named. */
export function markedOptions(text: string, options: OptionMatcher[]): MarkedOptions | undefined {
  const tokens = tokenize(text, options);
  const opts = tokens.filter((t) => t.kind === 'option');
  const marks = tokens.filter((t) => t.kind === 'mark');
  const order = (values: Iterable<string>) => {
    const set = new Set(values);
    return options.map((o) => o.value).filter((v) => set.has(v));
  };
  if (opts.length === 0) return undefined;
  if (marks.length === 0) {
    const seen = order(opts.map((t) => t.option!));
    return { chosen: seen, seen, boxed: false, ambiguous: false };
  }
  // Each option's mark: the side the lines open with (every line "□ 选项…", or every line
  // "选项… √"), else the adjacent mark it touches (no space between), else the side of the first
  // token.
  const before = tokens[0]!.kind === 'mark';
  const opening = { mark: 0, option: 0 };
  tokens.forEach((t, k) => {
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const prev = tokens[k - 1];
    if (prev && prev.start >= lineStart) return; // not the line's first token
    if (/^\s*(?:[①-⑳]|\d{1,2}[.、．)）])?\s*$/.test(text.slice(lineStart, t.start))) {
      opening[t.kind]++;
    }
  });
  let touchBefore = 0;
  let touchAfter = 0;
  tokens.forEach((t, k) => {
    if (t.kind !== 'option') return;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (prev?.kind === 'mark' && !t.spaced) touchBefore++;
    if (next?.kind === 'mark' && !next.spaced) touchAfter++;
  });
  // Every mark opening its line ("√ ③主持过…" under unticked "①…" lines): before its option.
  const byLines =
    (opening.mark >= 2 && opening.option === 0) ||
    (opening.mark >= 1 && opening.mark === marks.length)
      ? 'before'
      : opening.option >= 2 && opening.mark === 0
        ? 'after'
        : undefined;
  // A group that opens with a mark ("[x]甲[x]乙[x]其他项") has its marks before the options, one
  // that closes with a mark ("甲(√)乙(√)") after them: a mark at the group's edge has no option
  // on its other side. When marks touch options on both sides alike, that edge decides.
  const opensWithMark = before && text.slice(0, tokens[0]!.start).trim() === '';
  const last = tokens.at(-1)!;
  const closesWithMark = last.kind === 'mark' && text.slice(last.end).trim() === '';
  const edge = opensWithMark === closesWithMark ? undefined : opensWithMark ? 'before' : 'after';
  const side =
    byLines ??
    (touchBefore > touchAfter
      ? 'before'
      : touchAfter > touchBefore
        ? 'after'
        : (edge ?? (before ? 'before' : 'after')));
  const chosen = new Set<string>();
  const seen = new Set<string>();
  let ambiguous = touchBefore > 0 && touchAfter > 0 && touchBefore === touchAfter && side !== edge;
  const tied = new Set<Token>();
  let unboxed = 0;
  tokens.forEach((t, k) => {
    if (t.kind !== 'option') return;
    const neighbour = side === 'before' ? tokens[k - 1] : tokens[k + 1];
    if (neighbour?.kind !== 'mark') {
      ambiguous ||= marks.length >= opts.length;
      // Within the grid's run of marks (text after the last mark is a note or the next field),
      // or beside the only mark there is (a bullet, not a box).
      if (t.start < marks.at(-1)!.start || marks.length === 1) unboxed++;
      return;
    }
    tied.add(neighbour);
    seen.add(t.option!);
    if (neighbour.checked) chosen.add(t.option!);
  });
  const untied = marks.filter((m) => m.checked && !tied.has(m)).length;
  return { chosen: order(chosen), seen: order(seen), boxed: true, ambiguous, untied, unboxed };
}

function optionCount(text: string, options: OptionMatcher[]): number {
  let n = 0;
  for (const o of options)
    if (o.patterns.some((p) => new RegExp(p.source, p.flags.replace(/[gy]/g, '')).test(text))) n++;
  return n;
}

const onlyMarks = (text: string) => text.replace(MARK, '').trim() === '';

export interface CheckboxGroup {
  /** Flow range of the group's text (label excluded). */
  start: number;
  end: number;
  rows: DocRow[];
  marked: MarkedOptions;
  /** Found beside the fact's label (not only as a line naming two of its options). */
  labelled: boolean;
}

/**
 * The checkbox group labelled `label` (or, without a label in sight, the first line naming two
 * options): its text from after the label to the last line that continues it, a continuation
 * being a line that names an option or holds only marks and does not start left of the group.
 */
export function findCheckboxGroup(
  doc: DocumentLayout,
  options: OptionMatcher[],
  label: RegExp | undefined,
  closing?: RegExp,
): CheckboxGroup | undefined {
  // `closing`: the label ending a line, its options listed one per line under it (a Markdown
  // list item that ran on into the label: "‧所属学科：历史学段" over "‧ ■ 小学", "‧ □ 初中").
  const labelsList = (row: DocRow) =>
    closing?.test(row.text.trim()) === true && rowContinues(doc, row, options);
  const candidates = doc.rows.filter((row) => {
    const count = optionCount(row.text, options);
    const labelled = label?.test(row.text) === true && row.text.length <= 200;
    if (labelled) return count >= 1 || rowContinues(doc, row, options);
    return count >= 2 || labelsList(row);
  });
  // A labelled line first: "学段" beside its boxes, not a sentence naming two stages.
  const first =
    candidates.find((r) => label?.test(cleanLabel(r.cells[0]?.text ?? '').slice(0, 12))) ??
    candidates.find((r) => label?.test(r.text)) ??
    candidates.find(labelsList) ??
    candidates[0];
  if (!first) return undefined;
  const listed = !label?.test(first.text) && labelsList(first);
  let start = listed ? first.flowEnd : first.flowStart;
  const labelMatch = label?.exec(first.text);
  if (labelMatch && labelMatch.index < 12) {
    const after = first.text.slice(labelMatch.index + labelMatch[0].length);
    // An instruction in brackets after the label ("（可多选）"), then a colon or a cell border.
    const rest = after.replace(/^\s*[（(][^）)]{0,12}\p{Script=Han}[^）)]{0,12}[）)]/u, '');
    const skip = after.length - rest.replace(/^\s*[:：\t]?\s*/u, '').length;
    start = first.flowStart + labelMatch.index + labelMatch[0].length + Math.max(0, skip);
  }
  const left = (first.cells.find((c) => c.flow >= start) ?? first.cells[0]!).rect[0];
  const rows = [first];
  // The label may stand beside a middle line of the grid (centred in its cell): lines above
  // that name options and start right of the label belong to the group too.
  if (labelMatch && labelMatch.index < 12) {
    const labelRight = first.cells[0]!.rect[2];
    for (let i = first.index - 1; i >= Math.max(0, first.index - 4); i--) {
      const row = doc.rows[i]!;
      const x0 = row.cells[0]?.rect[0] ?? 0;
      if (optionCount(row.text, options) === 0 || x0 < labelRight - 2) break;
      if (label?.test(row.text)) break;
      rows.unshift(row);
      start = row.flowStart;
    }
  }
  let end = first.flowEnd;
  // A list of one option per line runs as long as the options: eighteen grade volumes.
  const reach = Math.max(8, options.length + 2);
  for (const row of doc.rows.slice(first.index + 1, first.index + reach)) {
    const own = optionCount(row.text, options);
    // A line the previous one wraps onto, with boxes of its own: the options it holds are cut
    // by the line breaks ("☐③主" / "持过…课题 ✓④在…获市级" / "一等奖…"), still the group's.
    const wrapped = doc.flow[row.flowStart - 1] !== '\n' && new RegExp(MARK.source).test(row.text);
    if (own === 0 && !onlyMarks(row.text) && !wrapped) break;
    const x0 = row.cells[0]?.rect[0] ?? 0;
    // A line starting left of the group is the next field ("研究类别：□…" under "年级册").
    if (x0 < left - 6 && cleanLabel(row.cells[0]?.text ?? '').search(/[:：]/) >= 0) break;
    if (label?.test(row.cells[0]?.text ?? '') && row !== first) break;
    if (row.page !== first.page && row.table !== first.table) break;
    rows.push(row);
    end = row.flowEnd;
  }
  const text = doc.flow.slice(start, end).replace(/\t/g, ' ');
  const marked = markedOptions(text, options);
  if (!marked) return undefined;
  // Labelled: the label opens the first line, or stands left of the grid on a line among or
  // just after its lines (a label centred beside a grid whose lines it does not share).
  const last = rows.at(-1)!.index;
  const labelled =
    listed ||
    (labelMatch !== null && labelMatch !== undefined) ||
    doc.rows
      .slice(Math.max(0, rows[0]!.index - 1), last + 3)
      .some(
        (r) => label?.test(cleanLabel(r.cells[0]?.text ?? '')) && r.cells[0]!.rect[2] <= left + 2,
      );
  return { start, end, rows, marked, labelled };
}

/**
 * A labelled line whose options are all on the next line(s): a line naming two, or a list of
 * one option per line, each with its box ("学段" over "‧ √ 小学", "‧ □ 初中", a bulleted list).
 */
function rowContinues(doc: DocumentLayout, row: DocRow, options: OptionMatcher[]): boolean {
  const next = doc.rows[row.index + 1];
  if (next === undefined) return false;
  if (optionCount(next.text, options) >= 2) return true;
  const boxed = (r: DocRow | undefined) =>
    r !== undefined && optionCount(r.text, options) === 1 && new RegExp(MARK.source).test(r.text);
  return boxed(next) && boxed(doc.rows[row.index + 2]);
}
