/**
 * Key–value pairs, the way forms are filled in: the value in the cell to the right of the label
 * (also two or three pairs in one row), in the same cell after a colon ("项目名称：……", cut
 * before a second "单位：…" in the same line), below a label that stands alone or in a row of
 * labels (a header row over a row of values); in prose, after "label：" or "label为". Labels are
 * matched on cleaned cell text (no spaces, no colon, no instructions in brackets), so
 * "项 目 名 称：" and "项目名称(限20字)" match.
 */

import { labelSource, simplified } from '../hant';
import { DASHED_NUMBER_SOURCE, OUTLINE_NUMBER_SOURCE } from '../outline-numbers';
import { ANSWER, answerBelow, isAnswerPrompt } from './answers';
import { BRACKET_OPENS, bracketedPairs, wrappedOnto } from './bracketed-labels';
import { captionOf } from './captions';
import type { DocCell, DocRow, DocumentLayout } from './document';
import { withoutGuidance } from './guidance';
import { cellBesideOffLine } from './off-line-pairs';
import { runOnFields } from './run-on-fields';
import { columnOf, columnWords, isHeaderRow, tablesOf } from './tables';

export interface Found<T = string> {
  value: T;
  /** The cells (label and value) or the flow range the value was read from. */
  cells?: DocCell[];
  flow?: [number, number];
  /** How the pair stands: value beside or below its label, after a colon, or in a sentence. */
  kind?: 'beside' | 'below' | 'inline' | 'prose';
  /** The label as written (without spaces), when found by fieldsLabelled. */
  label?: string;
}

/**
 * A bilingual form's words without the English gloss after the Chinese ("姓名 Name", "电话 Tel.",
 * "II. 项目负责人 Project Lead") or before it ("Project title 项目名称": a word of four letters or
 * more, in lower case at least in part; "QQ或邮箱" keeps its QQ), and without a roman part
 * number before them.
 */
export function withoutGloss(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Han}）)])\s*[A-Za-z][A-Za-z .,&/'’-]*[:：]?\s*$/u, '')
    .replace(
      /^\s*(?=[A-Za-z .,&/'’-]*[a-z])[A-Za-z][A-Za-z .,&/'’-]{3,}[:：]?\s*(?=\p{Script=Han})/u,
      '',
    )
    .replace(/^\s*(?:[IVX]{1,4}|[ivx]{1,4})\s*[.、．]\s*(?=\p{Script=Han})/u, '');
}

/**
 * A label cell as written: without spaces, markers, trailing colon or bracketed instructions,
 * and in simplified characters (所在單位 is 所在单位 to every word list that tells labels).
 */
export function cleanLabel(text: string): string {
  let label = withoutGloss(text)
    .replace(/\s+/g, '')
    .replace(/^[*＊※]+|[*＊※]+$/g, '');
  // "【牵头单位】": a label set off by lenticular or square brackets, as a line of its own.
  label = label.replace(/^[【［〔〖]([^【】［］〔〕〖〗]{1,30})[】］〕〗]$/, '$1');
  // "牵头单位（盖章）：", "年级（册）": colon and bracketed notes, in either order. A label may
  // end in an enumeration comma instead ("应用方向、"), as some forms set them.
  for (let before = ''; before !== label; ) {
    before = label;
    label = label.replace(/[:：、]+$/g, '').replace(/[（(][^（）()]*[）)]$/g, '');
  }
  return simplified(label);
}

/**
 * A question set as a field's label ("（1）共同体名称是什么？", "问题3：推荐单位？", "请填写工作单位。"):
 * the label it asks for, without its number and its question words. Other text is returned as
 * it is.
 */
export function questionLabel(text: string): string {
  const t = text
    .trim()
    .replace(/^(?:问题?\s*\d{1,2}\s*[:：.．、]?|[Qq]\s*\d{1,2}\s*[.．:：、]?)\s*/u, '')
    .replace(new RegExp(`^${FIELD_NUMBER_SOURCE}\\s*`), '');
  // "请列出顾问的情况（共 2 项）。": a note on how many after the question is no part of it.
  const asked =
    /^请(?:填写|写出|列出|注明|说明)(.{2,14}?)(?:的情况)?(?:[（(][^（）()]{1,12}[）)])?[。.]?$/u.exec(
      t,
    );
  if (asked) return asked[1]!;
  if (!/[？?]$/.test(t)) return text;
  return t.replace(
    /(?:分别)?(?:是什么|是哪些|有哪些|是多少|是哪个|是哪一?[年月天]|为何|是|为)?\s*[？?]$/u,
    '',
  );
}

export { ANSWER } from './answers';

/** Trim a value: spaces, wrapping quotes or book-title marks, trailing punctuation. */
export function cleanValue(text: string): string {
  // The template's guidance left in the cell ("（限20字以内）", "（填写全称）") is no part of it.
  let v = withoutGuidance(text)
    .trim()
    .replace(/[。；;，,、]+$/g, '')
    .trim();
  const pairs: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ['《', '》'],
    ['「', '」'],
    ['『', '』'],
    // Blanks filled in brackets (推荐单位：【甲市教育局】): the value is what is inside.
    ['【', '】'],
    ['〔', '〕'],
    ['〖', '〗'],
    ['［', '］'],
  ];
  for (const [open, close] of pairs) {
    if (v.startsWith(open) && v.endsWith(close) && v.length > 2) v = v.slice(1, -1).trim();
  }
  return v;
}

/** Words that head form fields; a "value" made of one of these is an empty field's neighbour. */
const FIELD_WORDS =
  /^(序号|姓名|性别|年龄|学科|专长|学科\/专长|职务|职称|职务\/职称|联系方式|联系电话|电话|手机|所在单位|工作单位|单位|单位名称|角色|类别|项目名称|牵头单位|推荐单位|应用方向|所在地区|单位类型|备注|签字|盖章|年月日)$/;

export function isFieldWord(text: string): boolean {
  return FIELD_WORDS.test(cleanLabel(text));
}

/**
 * Instructions left in an unfilled form: "（填写……）", "请填写", "XXX"; a date's blanks beside a
 * stamp's or signature's label ("申报单位（盖章）    年  月  日": "年月" with the 日 set apart).
 */
function isPlaceholder(text: string): boolean {
  return (
    /^[（(]?(请?填写|填报|如[:：]|示例|例如)/.test(text) ||
    /^[xX×*＊]{2,}$/.test(text) ||
    isDateBlank(text)
  );
}

/** A date's blanks and nothing else ("年 月 日", "____年__月"): where a stamp line's date goes. */
export function isDateBlank(text: string): boolean {
  return /^(?:[\s_＿]*[年月日]){2,3}[\s_＿]*$/.test(text);
}

/** A text field's value holds no checkbox marks: those belong to a choice group. */
const MARKS = /[□■☑☒▣☐√✓✔○●]/;

function acceptable(value: string, marks = false): boolean {
  return (
    value !== '' &&
    !isFieldWord(value) &&
    !isPlaceholder(value) &&
    // "名称是什么？": the rest of a question, not its answer.
    !/[？?]$/.test(value) &&
    // "请作答。": a question's prompt to answer, the answer being below.
    !isAnswerPrompt(value) &&
    (marks || !MARKS.test(value))
  );
}

/**
 * Whose field it is, written before a label: "主持人所在单位", "开展实践起始时间", or at which
 * level of government ("市级推荐单位").
 */
const QUALIFIER =
  '(?:本项目|项目|共同体|联盟|工作室|主持人|负责人|领衔人|申报人|申报|开展|主要|省级|市级|县级|区级)';
/** Generic tails a label may drop: "实践起始" for 实践起始时间. */
const TAIL = /(?:时间|日期|年月|名称)$/;

/**
 * How a cleaned label matches one of `labels`: exactly, or (relaxed) with a qualifier naming
 * whose field it is before it, or without a generic tail (时间, 名称) when four characters or
 * more remain. Short labels (类别, 名称) only match exactly: "研究类别" is not 类别.
 */
export function labelPattern(labels: readonly string[], relaxed = false): RegExp {
  // A label printed in traditional characters (項目名稱) is the same label.
  if (!relaxed) return new RegExp(`^(?:${labels.map((l) => labelSource(l)).join('|')})$`);
  const words = relaxedWords(labels);
  if (words.length === 0) return /^(?!)$/;
  return new RegExp(`^${QUALIFIER}?(?:${words.map((l) => labelSource(l)).join('|')})$`);
}

function relaxedWords(labels: readonly string[]): string[] {
  const long = labels.filter((l) => l.length >= 4);
  const cut = long.filter((l) => l.replace(TAIL, '').length >= 4).map((l) => l.replace(TAIL, ''));
  return [...new Set([...long, ...cut])];
}

/**
 * A list number before a field's label: "2.领衔人所在单位：…", "（三）推选单位：…", and as a
 * 申报书 numbers its fields in prose, "2）申报类别：…" or "①推荐单位：…"; an outline's chapter and
 * item, "1.2 申报类别：…", "（1.1）…", "1-3 …".
 */
const FIELD_NUMBER_SOURCE = `(?:${OUTLINE_NUMBER_SOURCE}|${DASHED_NUMBER_SOURCE}|\\d{1,2}\\s*[.、．]|\\d{1,2}[）)]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])`;
const FIELD_NUMBER = `${FIELD_NUMBER_SOURCE}?`;
/**
 * A bullet before a field's line ("◇ 共同体名称：…", as an outline sets its fields; pandoc's
 * LaTeX lists with a hyphenation point or a middle dot, "‧ 带教青年教师数：15名").
 */
const BULLET = '[●•◆◇▪▸►▶❖➢➤✦‧・·∙◦‣▍▌▎▐█]?';

/**
 * The value of the first field labelled with one of `labels` (in the order the document has).
 * `relaxed` also accepts labels qualified or shortened as labelPattern says; `marks` accepts a
 * value beside or after its label that holds checkbox marks (a free-text field printed as boxes).
 */
export function findField(
  doc: DocumentLayout,
  labels: readonly string[],
  prose = true,
  relaxed = false,
  marks = false,
): Found | undefined {
  const first = fieldsLabelled(doc, labels, relaxed, marks).next();
  if (!first.done) return first.value;
  return prose ? findInProse(doc, labels) : undefined;
}

/** Longer than this, a cell's text is not read as a label (its inline "label：value" still is). */
const LABEL_CELL_MAX = 300;

/**
 * Every field labelled with one of `labels` outside tables of several rows, in document order
 * (findField's first and the others: a cover's summary and the form's own field).
 */
export function* fieldsLabelled(
  doc: DocumentLayout,
  labels: readonly string[],
  relaxed = false,
  marks = false,
): Generator<Found> {
  const whole = labelPattern(labels, relaxed);
  const words = relaxed ? relaxedWords(labels) : labels;
  if (words.length === 0) return;
  const inlineLabels = `${relaxed ? `${QUALIFIER}?` : ''}(?:${words.map(spaced).join('|')})`;
  // "推荐单位（盖章）：…": an instruction in brackets may stand between label and colon.
  const inline = new RegExp(
    `^\\s*${BULLET}\\s*${FIELD_NUMBER}\\s*(?<label>${inlineLabels})\\s*(?:[（(][^（）()]{0,12}[）)])?\\s*[:：]\\s*(?<value>.+)$`,
    's',
  );
  const inTables = tableRows(doc);
  for (const row of doc.rows) {
    // The header and the data rows of a table of several rows hold columns, not fields.
    if (inTables.has(row)) continue;
    for (const [ci, cell] of row.cells.entries()) {
      // "（项目名称）" in small type under the value's line: the label is below its value.
      const caption = captionOf(doc, row, cell);
      const captioned = caption && cleanLabel(caption.label);
      if (caption && captioned && whole.test(captioned)) {
        const value = cleanValue(caption.value.text);
        if (acceptable(value, marks)) {
          yield { value, cells: [cell, caption.value], kind: 'below', label: captioned };
        }
        continue;
      }
      // A cell of a page's length is no label (labels with their bracketed notes are short);
      // cleaning it for every fact asked cost seconds on a hostile 300,000-character line.
      const label =
        cell.text.length > LABEL_CELL_MAX
          ? ''
          : withoutFieldNumber(
              withoutInnerNote(cleanLabel(questionLabel(cell.text)), whole),
              whole,
              cell.text,
            );
      const part = !whole.test(label) ? compoundPart(label, whole) : undefined;
      if (part) {
        // "性别／年龄 | 男／41": the value's part in the label's place.
        const beside = valueBeside(doc, row, ci, marks);
        const parts = beside?.value.split(COMPOUND);
        if (beside && parts?.length === part.of) {
          const value = cleanValue(parts[part.index]!);
          if (acceptable(value, marks)) {
            yield { ...beside, value, label: cleanLabel(label.split(COMPOUND)[part.index]!) };
          }
        }
        continue;
      }
      if (whole.test(label)) {
        // A row of labels over a row of values: the value is below, not beside.
        const found =
          recordValue(doc, row, ci, marks) ??
          underOneRecord(doc, row, ci, marks) ??
          (labelsOverValues(doc, row)
            ? valueBelow(doc, row, ci)
            : (valueBeside(doc, row, ci, marks) ??
              besideOffLine(doc, row, ci, marks) ??
              valueBelow(doc, row, ci, marks)));
        if (found) yield { ...found, label };
        continue;
      }
      const bracketed = bracketedFields(doc, row, cell, inlineLabels, marks);
      if (bracketed.length > 0) {
        yield* bracketed;
        continue;
      }
      const m = inline.exec(cell.text);
      if (m?.groups) {
        const { label: written, value: after } = m.groups as { label: string; value: string };
        const said = written.replace(/\s+/g, '');
        // "姓名：张三 单位：某校" in one cell: the value stops before the next label.
        const raw = after.split('\t')[0]!.replace(NEXT_LABEL, '').replace(RUN_ON_LABEL, '');
        const value = cleanValue(raw);
        if (isAnswerPrompt(value)) {
          // "工作室名称：请作答。": the value is the answer under the question.
          const answer = answerBelow(doc, row);
          const given = answer && cleanValue(answer.value);
          if (answer && given && acceptable(given, marks)) {
            yield { value: given, flow: answer.flow, kind: 'below', label: said };
          }
          continue;
        }
        const wrapped =
          raw === after
            ? (wrappedInGrid(doc, row, ci) ?? wrappedAtEdge(doc, row, cell))
            : undefined;
        if (wrapped && acceptable(value, marks)) {
          yield {
            value: cleanValue(value + wrapped.text),
            cells: [cell, wrapped],
            kind: 'inline',
            label: said,
          };
          continue;
        }
        if (acceptable(value, marks)) {
          const offset = cell.text.length - after.length;
          yield {
            value,
            cells: [cell],
            flow: [cell.flow, cell.flow + offset + raw.trimEnd().length],
            kind: 'inline',
            label: said,
          };
        }
        continue;
      }
      const spacedPair = labelAmongPieces(doc, cell, whole, marks);
      if (spacedPair) yield spacedPair;
    }
  }
  // Fields run together in a paragraph, a label mid-line or across a wrap (run-on-fields.ts).
  for (const field of runOnFields(doc)) {
    if (!whole.test(field.label)) continue;
    const value = cleanValue(field.value);
    if (acceptable(value, marks))
      yield { value, flow: field.flow, kind: 'inline', label: field.label };
  }
}

/**
 * "〖项目名称〗…  〖推荐单位〗…" in a cell: each bracketed label's value, read on into the line the
 * paragraph wraps onto (wrappedOnto). A pair that starts on that next line is read with it.
 */
function bracketedFields(
  doc: DocumentLayout,
  row: DocRow,
  cell: DocCell,
  labels: string,
  marks: boolean,
): Found[] {
  // A pair's label opens in this cell (even when it breaks over the wrap): no bracket, no pair.
  if (!BRACKET_OPENS.test(cell.text)) return [];
  const onto = wrappedOnto(doc, row, cell);
  const text = onto ? cell.text + onto.text : cell.text;
  return bracketedPairs(text, labels).flatMap((pair) => {
    if (pair.at >= cell.text.length) return [];
    const value = cleanValue(pair.value);
    if (!acceptable(value, marks)) return [];
    const past = pair.end - cell.text.length;
    const flow: [number, number] =
      onto && past > 0
        ? [cell.flow + pair.start, onto.flow + past]
        : [cell.flow + pair.start, cell.flow + pair.end];
    const cells = onto && past > 0 ? [cell, onto] : [cell];
    return [{ value, cells, flow, kind: 'inline' as const, label: pair.label }];
  });
}

const pairRows = new WeakMap<DocumentLayout, boolean>();

/**
 * Does the document lay out fields as pairs of cells (a label, its value beside it) on two rows
 * or more? Only there is a "label value" run a pair whose padding the layout lost; one line
 * alone is no form of fields.
 */
function amongPairs(doc: DocumentLayout): boolean {
  let known = pairRows.get(doc);
  if (known === undefined) {
    let pairs = 0;
    for (const row of doc.rows) {
      if (row.cells.length >= 2 && isLabelText(row.cells[0]!.text) && ++pairs >= 2) break;
    }
    known = pairs >= 2;
    pairRows.set(doc, known);
  }
  return known;
}

/** A label spaced off in a cell must be this long at least: short ones are ordinary words. */
const SPACED_LABEL_MIN = 4;
/** Past this many pieces a cell is prose, not pairs run together. */
const MAX_PIECES = 12;

/**
 * A pair whose label and value are parted by a space only, in one cell (a web table printed
 * without borders puts cells a padding apart, narrower than the gap that parts cells): "推选单位
 * 某某中心", or after another field's value, "某某平台 牵头单位 某某小学". The label must be a
 * piece of its own as the file spaces it, the value the pieces after it up to the next piece
 * that reads as a label. Only where the normalised text lost the spaces (beside ideographs).
 */
function labelAmongPieces(
  doc: DocumentLayout,
  cell: DocCell,
  whole: RegExp,
  marks: boolean,
): Found | undefined {
  if (cell.text.length > 200 || !amongPairs(doc)) return undefined;
  const pieces = doc.spacedText(cell.flow, cell.flow + cell.text.length).split(' ');
  if (pieces.length < 2 || pieces.length > MAX_PIECES) return undefined;
  for (let k = 0; k + 1 < pieces.length; k++) {
    const label = withoutInnerNote(cleanLabel(pieces[k]!), whole);
    if (label.length < SPACED_LABEL_MIN || !whole.test(label)) continue;
    const rest: string[] = [];
    for (const piece of pieces.slice(k + 1)) {
      if (rest.length > 0 && isLabelText(piece)) break;
      rest.push(piece);
    }
    // The value as the cell's normalised text has it (no spaces beside ideographs, "某市VR…").
    const labelAt = cell.text.indexOf(pieces[k]!);
    const at = labelAt < 0 ? -1 : cell.text.indexOf(rest[0]!, labelAt + pieces[k]!.length);
    const last = rest.at(-1)!;
    const end = at < 0 ? -1 : cell.text.lastIndexOf(last) + last.length;
    if (at < 0 || end <= at) return undefined;
    const value = cleanValue(cell.text.slice(at, end));
    if (!acceptable(value, marks) || isLabelText(value)) return undefined;
    return {
      value,
      cells: [cell],
      flow: [cell.flow, cell.flow + end],
      kind: 'inline',
      label,
    };
  }
  return undefined;
}

/**
 * A label qualified by a note in brackets inside it ("项目（共同体）名称", "推荐单位（部门）名称"):
 * the label without the note when only that matches. Notes at the end are cleanLabel's.
 */
function withoutInnerNote(label: string, whole: RegExp): string {
  if (whole.test(label) || label.length > 24) return label;
  const bare = label.replace(/[（(][^（）()]{1,8}[）)](?=\p{Script=Han})/gu, '');
  return bare !== label && whole.test(bare) ? bare : label;
}

/**
 * A label cell numbered as its field ("1.1名师工作室名称", "（2）推荐单位"): the label without its
 * number, when that is a label of `whole` and the cell holds no value after a colon; the text as
 * it is otherwise (a value such as "2.5万" keeps its figures).
 */
function withoutFieldNumber(label: string, whole: RegExp, text: string): string {
  // "4.年级册：（以主题为单位…）" holds its value after the colon: read inline, as it was.
  if (whole.test(label) || /[:：]\s*\S/.test(text)) return label;
  const bare = label.replace(new RegExp(`^${FIELD_NUMBER_SOURCE}`), '');
  return bare !== label && whole.test(bare) ? bare : label;
}

/** Between the parts of a compound label and of its value ("性别／年龄 | 男／41"). */
const COMPOUND = /\s*[/／]\s*/;

/**
 * Where a label matching `whole` stands in a compound label of two to four fields joined by a
 * slash ("性别／年龄", "职务/职称"); undefined when the label is not compound or holds no such part.
 */
export function compoundPart(
  label: string,
  whole: RegExp,
): { index: number; of: number } | undefined {
  const parts = label.split(COMPOUND);
  if (parts.length < 2 || parts.length > 4 || parts.some((p) => p.length === 0 || p.length > 8)) {
    return undefined;
  }
  const index = parts.findIndex((p) => whole.test(cleanLabel(p)));
  return index < 0 ? undefined : { index, of: parts.length };
}

/**
 * The rest of a value wrapped in a grid of "label：value" pairs without borders: the value runs
 * up to the next pair of its row, and the next line holds one piece of text only, under the
 * pair's start, with no label of its own ("项目全称：某某共同体的名 | 类别：…" over "称后半").
 */
/** A line opening with a number ("一、", "(2)", "3."): a heading or an item, no value's rest. */
const NUMBERED_LINE = /^[（(]?[一二三四五六七八九十\d]{1,3}\s*[、.．)）]/;

function wrappedInGrid(doc: DocumentLayout, row: DocRow, ci: number): DocCell | undefined {
  const cell = row.cells[ci]!;
  const size = row.size || 10;
  if (cell.ruled) return undefined;
  // The pair beside may stand on its own line, centred between the value's two lines.
  let beside = row.cells[ci + 1];
  let next = doc.rows[row.index + 1];
  if (!beside && next && next.page === row.page && next.cells[0]!.rect[0] >= cell.rect[2]) {
    beside = next.cells[0];
    next = doc.rows[row.index + 2];
  }
  if (!beside || !next || next.page !== row.page || next.table >= 0) return undefined;
  if (next.cells.length !== 1 || /[:：]/.test(next.text)) return undefined;
  // A numbered line after the grid is a heading or an item, not the rest of a value.
  if (NUMBERED_LINE.test(next.text.trim())) return undefined;
  // A wrapped line follows at the paragraph's line pitch, tighter than the grid's rows.
  if (row.top - next.top > 1.75 * size) return undefined;
  const piece = next.cells[0]!;
  const reachesNext = beside.rect[0] - cell.rect[2] <= 2.5 * size;
  const under = Math.abs(piece.rect[0] - cell.rect[0]) <= size && piece.rect[2] <= cell.rect[2];
  return reachesNext && under ? piece : undefined;
}

/**
 * The rest of a value cut by the page's right edge ("▍推选单位：平" over "江县教育体育局"): the
 * paragraph's next line, one piece of text with no label of its own, close under it.
 */
function wrappedAtEdge(doc: DocumentLayout, row: DocRow, cell: DocCell): DocCell | undefined {
  const piece = wrappedOnto(doc, row, cell);
  // wrappedOnto's piece is the first cell of the next row: alone there, it is the whole line.
  const next = doc.rows[row.index + 1];
  if (!piece || !next || next.cells.length !== 1) return undefined;
  if (/[:：【〖〔［]/.test(piece.text) || piece.text.length > 30) return undefined;
  // Words go on (a unit's name); marks or an option's answer ("(√)", "智慧评价（是）") do not.
  if (
    !/\p{Script=Han}{2}/u.test(piece.text) ||
    /[√✓✔☑☒■□☐●○◯]|[（(][是否][）)]/u.test(piece.text)
  ) {
    return undefined;
  }
  if (NUMBERED_LINE.test(piece.text.trim())) return undefined;
  return row.top - next.top <= 1.75 * (row.size || 10) ? piece : undefined;
}

/**
 * A table of one record: a header row of column labels over a single row of values (a summary
 * row, 汇总表). The value of a label is the cell under it.
 */
function recordValue(
  doc: DocumentLayout,
  row: DocRow,
  ci: number,
  marks = false,
): Found | undefined {
  if (!isHeaderRow(row) || row.cells.some((c) => valueLike(c.text))) {
    return undefined;
  }
  const table = tablesOf(doc).find((t) => t.header === row);
  if (table?.body.length !== 1) return undefined;
  const column = table.columns[ci];
  const cell = column && columnOf(table.body[0]!, column);
  if (!cell) return undefined;
  const value = cleanValue(cell.text);
  if (!acceptable(value, marks)) return undefined;
  return { value, cells: [row.cells[ci]!, cell], kind: 'below' };
}

/**
 * The value under a label that heads a column of one record (a summary row, a transposed form),
 * for readers that find the label themselves; undefined when the label's row is no such header.
 */
export function cellUnderLabel(doc: DocumentLayout, row: DocRow, ci: number): Found | undefined {
  return recordValue(doc, row, ci, true) ?? underOneRecord(doc, row, ci, true);
}

/**
 * A transposed form: a ruled table of two rows, the form's labels across the first and the
 * application's values in the one row under them (a spreadsheet of one record, its columns cut
 * across pages into parts of their own, whose labels need not read as column words). A label's
 * value is the cell under it. Labels hold no number or mark; no value reads as a label.
 */
function underOneRecord(
  doc: DocumentLayout,
  row: DocRow,
  ci: number,
  marks = false,
): Found | undefined {
  if (row.table < 0 || row.cells.length < 2) return undefined;
  const below = doc.rows[row.index + 1];
  if (!below || below.table !== row.table || below.page !== row.page) return undefined;
  if (below.cells.length !== row.cells.length) return undefined;
  // Two rows exactly: a header over many rows is a table's, read by the table readers.
  const [before, after] = [doc.rows[row.index - 1], doc.rows[row.index + 2]];
  if (before?.table === row.table || after?.table === row.table) return undefined;
  const aligned = row.cells.every((c, k) => {
    const under = below.cells[k]!;
    return (
      c.ruled &&
      under.ruled &&
      Math.abs(c.rect[0] - under.rect[0]) <= 3 &&
      Math.abs(c.rect[2] - under.rect[2]) <= 3
    );
  });
  if (!aligned) return undefined;
  const labelCell = (text: string) => {
    const t = cleanLabel(text);
    return t !== '' && t.length <= 20 && !/[\d。；;]/.test(t) && !MARKS.test(t) && !/[◉◎]/.test(t);
  };
  if (!row.cells.every((c) => labelCell(c.text))) return undefined;
  if (below.cells.some((c) => isLabelText(c.text) || looksLikeLabel(c.text))) return undefined;
  const cell = below.cells[ci]!;
  const value = cleanValue(cell.text);
  if (!acceptable(value, marks)) return undefined;
  return { value, cells: [row.cells[ci]!, cell], kind: 'below' };
}

/** A cell that holds a value, not a label: digits, a mark, a long text, a unit's name. */
function valueLike(text: string): boolean {
  const t = cleanLabel(text);
  return /\d|[□■☑☐√✓]/.test(t) || t.length > 12 || (t.length >= 6 && UNIT_END.test(t));
}

const UNIT_END = /(?:学校|中学|小学|大学|学院|幼儿园|教育局|中心)$/;

/**
 * A common field's label run on after a value with no space ("…中心填报人：易志华联系电话：…",
 * as a one-line header of a summary table is typed): the value ends there.
 */
const RUN_ON_LABEL =
  /(?<=[\p{Script=Han}）)])(?:填报人|填表人|联系人|联系电话|电话|手机|电子邮箱|邮箱|报送日期|填报日期|填表日期|日期)[:：].*$/su;

/** A second "label：" after a value in the same line (a short label, after a space or a bullet). */
const NEXT_LABEL = /(?:\s*[●•◆◇▪▸►▶❖➢➤✦▍▌▎▐█]\s*|\s+)[\p{Script=Han}A-Za-z（）()/]{2,10}[:：].*$/su;

/** Rows of table parts with a header and two or more data rows. */
export function tableRows(doc: DocumentLayout): Set<DocRow> {
  const out = new Set<DocRow>();
  for (const t of tablesOf(doc)) {
    // Three column words at least (姓名, 单位, 职称…): a form's two-field rows are not a table.
    if (!t.header || t.body.length < 2 || columnWords(t.header) < 3) continue;
    out.add(t.header);
    for (const r of t.body) out.add(r);
  }
  return out;
}

/** A label written with spaces between its characters still matches ("项 目 名 称", "項目名稱"). */
function spaced(label: string): string {
  return labelSource(label, '\\s*');
}

function valueBeside(
  _doc: DocumentLayout,
  row: DocRow,
  ci: number,
  marks = false,
): Found | undefined {
  const next = row.cells[ci + 1];
  if (!next) return undefined;
  const value = cleanValue(next.text);
  if (!acceptable(value, marks) || looksLikeLabel(next.text) || opensOwnField(next.text)) {
    return undefined;
  }
  return { value, cells: [row.cells[ci]!, next], kind: 'beside' };
}

/** The value beside a label a few points off its line (off-line-pairs.ts). */
function besideOffLine(
  doc: DocumentLayout,
  row: DocRow,
  ci: number,
  marks = false,
): Found | undefined {
  const cell = cellBesideOffLine(doc, row, ci);
  if (!cell) return undefined;
  const value = cleanValue(cell.text);
  if (!acceptable(value, marks) || looksLikeLabel(cell.text) || opensOwnField(cell.text)) {
    return undefined;
  }
  return { value, cells: [row.cells[ci]!, cell], kind: 'beside' };
}

/**
 * A cell opening with a label of its own and a colon ("推荐单位意见：同意推荐。（盖章）" right of
 * "牵头单位（盖章）" on a stamp line): another field, not the value of the cell before it.
 */
function opensOwnField(text: string): boolean {
  const own = /^\s*([^:：\n]{2,12})[:：]/.exec(text);
  return own !== null && isLabelText(own[1]!);
}

/** A cell that reads as a label of its own (a row of labels over a row of values). */
function looksLikeLabel(text: string): boolean {
  return isFieldWord(text) || /[:：]\s*$/.test(text.trim());
}

/** How a label ends on forms (名称, 类别, 单位, 时间…): generic form words, no call's vocabulary. */
const LABEL_END =
  /(?:名称|全称|简称|类别|方向|单位|部门|时间|日期|年月|电话|手机|负责人|主持人|地区|学段|职称|职务|类型|编号|邮箱|地址|人数|数量|意见|条件|目标)$/;

/** Does a cell read as a field's label: short (a unit's name is longer), ending as labels do? */
export function isLabelText(text: string): boolean {
  const t = cleanLabel(text);
  return t.length > 0 && t.length <= 10 && (LABEL_END.test(t) || isFieldWord(t));
}

/** Cells that read as labels: short (a unit's full name is longer) and ending as labels do. */
const labelWords = (row: DocRow) =>
  row.cells.filter((c) => {
    const t = cleanLabel(c.text);
    return t.length <= 10 && LABEL_END.test(t);
  }).length;

/** Every cell of the row reads as a label, the row under it as values (as many cells). */
function labelsOverValues(doc: DocumentLayout, row: DocRow): boolean {
  const below = doc.rows[row.index + 1];
  if (!below || row.cells.length < 2 || below.cells.length !== row.cells.length) return false;
  const filled = row.cells.filter((c) => c.text.trim() !== '').length;
  return labelWords(row) === filled && labelWords(below) < filled;
}

/** A label alone on its line, the value on the next line under it. */
function valueBelow(
  doc: DocumentLayout,
  row: DocRow,
  ci: number,
  marks = false,
): Found | undefined {
  if (row.cells.length !== 1 && !labelsOverValues(doc, row)) return undefined;
  const label = row.cells[ci]!;
  const below = doc.rows[row.index + 1];
  if (!below) return undefined;
  const cell = below.cells.find(
    (c) => Math.min(c.rect[2], label.rect[2]) - Math.max(c.rect[0], label.rect[0]) > 0,
  );
  if (!cell) return undefined;
  // An answer under its question ("答：…"): the value after the lead-in.
  const value = cleanValue(cell.text.replace(ANSWER, ''));
  // Marks below a label are another field's options, unless they answer its question.
  if (!acceptable(value, marks && ANSWER.test(cell.text)) || /[:：]/.test(value.slice(0, 12)))
    return undefined;
  if (row.cells.length > 1) {
    // A row of labels over one row of values, not the header of a table of many rows.
    const after = doc.rows[below.index + 1];
    if (labelWords(below) >= below.cells.length) return undefined;
    if (after && after.table === below.table && after.table >= 0 && labelWords(after) === 0) {
      return undefined;
    }
  }
  return { value, cells: [label, cell], kind: 'below' };
}

/** "本项目名称为“……”", "牵头单位是……": prose after the label, up to the clause end. */
function findInProse(doc: DocumentLayout, labels: readonly string[]): Found | undefined {
  // The label starts a clause or follows 本项目/的…: "研究类别：" is not the label "类别".
  const re = new RegExp(
    `(?:^|(?<=[^\\p{Script=Han}]|的|本|该|项目|共同体|联盟))(?:${labels.map(spaced).join('|')})\\s*(?:[:：]|为|是)\\s*([“"《「]?)([^\\n\\t。；;，,”"》」●•◆◇▪▸►▶❖➢➤✦]{2,60})`,
    'gmu',
  );
  for (const m of doc.flow.matchAll(re)) {
    const value = cleanValue(m[2]!);
    if (!acceptable(value)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    return { value, flow: [start, start + m[2]!.length], kind: 'prose' };
  }
  return undefined;
}

/** Evidence for something found. */
export function evidenceOf(doc: DocumentLayout, found: Found<unknown>) {
  if (found.flow) return doc.evidenceForFlow(found.flow[0], found.flow[1]);
  return doc.evidenceForCells(found.cells ?? []);
}
