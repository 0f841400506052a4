/**
 * Lists written in one table cell beside their label, as narrow web forms set them: units and
 * titles joined by 、；; / or a wide space ("甲校 / 乙校 / 丙校"), people as runs of
 * "姓名（单位，职称）" or "姓名-学科-职务/职称-电话-单位" joined the same way, the fields' order named in
 * the label cell ("核心成员（所在单位，学科，职称）"). The cell's wrapped lines are one text by
 * then (the layout joins a line broken inside a name). Items are split only where every piece
 * reads as what the list holds; pieces whose kind neither their shape nor the label's order says
 * leave the list uncertain.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { Rect } from '../../pdf/layout';
import { normalize } from '../../pdf/normalize';
import { readingRect } from '../../pdf/reading-frame';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import { fromCells, type ReadContext } from './context';
import { type Field, PERSON_HEADERS } from './people-headers';
import {
  describe,
  isDuty,
  isName,
  isSubject,
  isTitle,
  NAME_CHARS,
  saysNobody,
} from './person-parts';
import { type Role, roleOf } from './roles';
import { looksLikeUnit } from './unit-names';

/**
 * Marks a form puts between the items of one cell: a slash too (never inside a unit's name), and
 * a full-width space typed between them (the layout drops it between ideographs: wideSpaced).
 */
const ITEM_MARKS = /[、；;，,/／|｜\u3000]/;
/** White space other than a typed full-width space: a wrap or a gap, never a mark. */
const GAP = /[^\S\u3000]+/g;
/** The longest cell read: a hostile line is no list. */
const MAX_CELL = 4000;

/** Split at `marks` outside brackets, quotes and book-title marks. */
export function splitOutsideMarks(text: string, marks: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('（(“《「'.includes(ch)) depth++;
    else if ('）)”》」'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && marks.test(ch)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * The items of one cell: split at the marks, each piece its wrapped lines joined; a piece that
 * is not an item is split further at white space (a wide space between items) when every part
 * is one. `sure` is false when white space alone parted some items. Undefined when some piece
 * reads as no item, or there is one item only.
 */
export function oneCellItems(
  text: string,
  isItem: (item: string) => boolean,
): { items: string[]; sure: boolean } | undefined {
  if (text.length > MAX_CELL) return undefined;
  const items: string[] = [];
  let sure = true;
  for (const piece of splitOutsideMarks(text, ITEM_MARKS)) {
    // A wide space between two items, or a wrap inside one: which it is, the parts say, and
    // then only as a guess (two units side by side read as one unit too).
    const parts = piece.split(/\s+/).filter(Boolean);
    if (parts.length >= 2 && parts.every(isItem)) {
      items.push(...parts);
      sure = false;
      continue;
    }
    const joined = piece.replace(/\s+/g, '');
    if (!isItem(joined)) return undefined;
    items.push(joined);
  }
  return items.length >= 2 ? { items, sure } : undefined;
}

/**
 * A cell's text with the wide spaces between items kept as U+3000 ("甲校　乙校"), its lines joined
 * as wrapped: the layout drops a space between ideographs. `typed` when the file holds the
 * full-width space itself; a space the text run carries between two ideographs may be a gap
 * inside a name too. Undefined when the cell has neither.
 */
function wideSpaced(ctx: ReadContext, cell: DocCell): { text: string; typed: boolean } | undefined {
  const raw = spacedLines(ctx, cell);
  if (raw === undefined || raw.length > MAX_CELL) return undefined;
  const typed = raw.includes('\u3000');
  const parts = raw.split(/\u3000+|(?<=\p{Script=Han})[ \t\u00a0]+(?=\p{Script=Han})/u);
  if (parts.length < 2) return undefined;
  return {
    text: parts
      .map((part) => normalize(part).replace(/\s+/g, ''))
      .filter(Boolean)
      .join('\u3000'),
    typed,
  };
}

/**
 * The cell's lines as the file has them, joined as wrapped; on a line, runs parted by a gap of
 * half an em or more (a space the text run does not carry) are parted by a space.
 */
function spacedLines(ctx: ReadContext, cell: DocCell): string | undefined {
  const page = ctx.doc.page(cell.page);
  if (!page) return undefined;
  const [x0, y0, x1, y1] = cell.drawn ?? cell.rect;
  const inside = page.items
    .map((item) => ({ str: item.str, rect: readingRect(page, item.rect) }))
    .filter(({ str, rect }) => {
      const [cx, cy] = [(rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2];
      return str.trim() && cx > x0 && cx < x1 && cy > Math.min(y0, y1) && cy < Math.max(y0, y1);
    })
    .sort((a, b) => b.rect[1] - a.rect[1] || a.rect[0] - b.rect[0]);
  let out = '';
  let last: Rect | undefined;
  for (const { str, rect } of inside) {
    const size = Math.abs(rect[3] - rect[1]) || 10;
    const sameLine = last !== undefined && Math.abs(last[1] - rect[1]) < size / 3;
    if (sameLine && rect[0] - last![2] >= size / 2) out += ' ';
    out += str;
    if (out.length > MAX_CELL) return undefined;
    last = rect;
  }
  return out;
}

/** Label cells beside one value cell: the label, the value and both cells. */
function labelledCells(
  ctx: ReadContext,
): { label: string; gloss: string; value: string; cells: DocCell[]; row: DocRow }[] {
  const out: { label: string; gloss: string; value: string; cells: DocCell[]; row: DocRow }[] = [];
  for (const row of ctx.doc.rows) {
    if (row.table < 0 || row.cells.length !== 2) continue;
    const [labelCell, valueCell] = row.cells as [DocCell, DocCell];
    const raw = labelCell.text.replace(/\s+/g, '');
    if (raw.length > 60 || raw.length < 2) continue;
    const open = raw.search(/[（(]/);
    const label = cleanLabel(open > 0 ? raw.slice(0, open) : raw);
    const gloss = open > 0 ? raw.slice(open + 1).replace(/[）)]$/, '') : '';
    const value = cleanValue(valueCell.text);
    if (!value || value.length > MAX_CELL) continue;
    out.push({ label, gloss, value, cells: [labelCell, valueCell], row });
  }
  return out;
}

/**
 * Names of several items in the cell beside the fact's own label (`labels`, its sections or
 * items): every piece an item by `isItem`. Certain where marks part them all.
 */
export function listInOneCell(
  ctx: ReadContext,
  labels: RegExp,
  isItem: (item: string) => boolean,
): { items: string[]; sure: boolean; cells: DocCell[] } | undefined {
  for (const cell of labelledCells(ctx)) {
    if (!labels.test(cell.label)) continue;
    // Parted by wide spaces (typed, or a gap in the text run: then a guess), else by marks.
    const wide = wideSpaced(ctx, cell.cells[1]!);
    const spaced = wide && oneCellItems(wide.text, isItem);
    if (spaced) return { ...spaced, sure: spaced.sure && wide.typed, cells: cell.cells };
    const read = oneCellItems(cell.value, isItem);
    if (read) return { ...read, cells: cell.cells };
  }
  return undefined;
}

/** Units in one cell beside the fact's label, without the lead unit. */
export function unitsInOneCell(
  ctx: ReadContext,
  labels: RegExp,
  lead: string | undefined,
): ExtractedFact | undefined {
  const bare = (s: string) => s.replace(/\s+/g, '');
  // A unit with its place or type in brackets ("甲校（某市）") is a record, not a name: the other
  // unit readers read those.
  const isUnit = (s: string) => looksLikeUnit(s) && s.length <= 40 && !/[（(]/.test(s);
  const found = listInOneCell(ctx, labels, isUnit);
  if (!found) return undefined;
  const units = found.items
    .filter((n) => !lead || bare(n) !== bare(lead))
    .map((name) => ({ name }));
  return fromCells(ctx.doc, found.cells, units, found.sure ? 0.85 : 0.55, 'list');
}

/** The person fields a label's gloss names in order ("所在单位，学科，职称（职级）"). */
export function glossFields(gloss: string): (Field | undefined)[] {
  if (!gloss) return [];
  return splitOutsideMarks(gloss, /[，,、；;]/).map((part) => {
    const label = part.replace(/[（(][^（）()]*[）)]/g, '').replace(/[）)]+$/, '');
    const field = PERSON_HEADERS.find(([f, re]) => f !== 'role' && re.test(label))?.[0];
    return field;
  });
}

const NAME_THEN_BRACKET = new RegExp(`^(${NAME_CHARS})[（(]([^（）()]*)[）)]$`, 'u');
const NAME_THEN_DASH = new RegExp(`^(${NAME_CHARS})[-－—]`, 'u');

/** A name that is no word of the form (a duty, a title, a subject, a unit). */
function personName(text: string): boolean {
  return (
    isName(text) && !isDuty(text) && !isTitle(text) && !isSubject(text) && !looksLikeUnit(text)
  );
}

/** "甲-乙-0730-8223344": dash-parted pieces, a phone's own dash kept. */
function dashPieces(text: string): string[] {
  const out: string[] = [];
  for (const p of text.split(/[-－—]/)) {
    const prev = out.at(-1);
    if (prev !== undefined && /^\d{3,4}$/.test(prev) && /^\d{7,8}$/.test(p))
      out[out.length - 1] = `${prev}-${p}`;
    else out.push(p.trim());
  }
  return out;
}

/** A person record as its name and pieces, or undefined. */
function recordOf(text: string): { name: string; pieces: string[] } | undefined {
  const t = text.replace(/\s+/g, '');
  const b = NAME_THEN_BRACKET.exec(t);
  if (b && personName(b[1]!)) {
    return { name: b[1]!, pieces: splitOutsideMarks(b[2]!, /[，,、；;]/) };
  }
  const d = NAME_THEN_DASH.exec(t);
  if (d && personName(d[1]!)) return { name: d[1]!, pieces: dashPieces(t.slice(d[0].length)) };
  if (personName(t)) return { name: t, pieces: [] };
  return undefined;
}

/**
 * Records in a cell: "甲（…）、乙（…）", "甲-…-…、乙-…-…". Records of the dash style may be parted by
 * a slash that also stands inside a field ("教师/一级教师"): a record starts where a name and its
 * dash follow the mark.
 */
export function oneCellRecords(value: string): { name: string; pieces: string[] }[] | undefined {
  if (value.length > MAX_CELL) return undefined;
  const t = value.replace(GAP, '');
  let texts: string[];
  if (NAME_THEN_DASH.test(t) && !/^[^（(]*[（(]/.test(t.split(/[-－—]/)[0]!)) {
    texts = [];
    let from = 0;
    const start = new RegExp(`${ITEM_MARKS.source}(?=(${NAME_CHARS})[-－—])`, 'gu');
    for (const m of t.matchAll(start)) {
      if (!personName(m[1]!)) continue;
      texts.push(t.slice(from, m.index));
      from = m.index + 1;
    }
    texts.push(t.slice(from));
  } else {
    // A bracket closes each record; marks or nothing (a wide space the layout dropped) follow.
    texts = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (ch === '（' || ch === '(') depth++;
      else if ((ch === '）' || ch === ')') && depth > 0) {
        depth--;
        if (depth === 0) {
          texts.push(t.slice(from, i + 1));
          from = i + 1;
          while (from < t.length && ITEM_MARKS.test(t[from]!)) from++;
          i = from - 1;
        }
      } else if (depth === 0 && ITEM_MARKS.test(ch)) {
        // A record without a bracket ("甲、乙（…）"): a name alone.
        texts.push(t.slice(from, i));
        from = i + 1;
      }
    }
    if (from < t.length) texts.push(t.slice(from));
  }
  const records = texts.filter(Boolean).map(recordOf);
  if (records.length === 0 || records.some((r) => r === undefined)) return undefined;
  return records as { name: string; pieces: string[] }[];
}

/** Set a field the gloss names from a piece no shape told. */
function setByGloss(person: Person, field: Field, piece: string): boolean {
  if (field === 'name' || field === 'role' || field === 'dutyTitle') return false;
  if (person[field] !== undefined) return false;
  if (field === 'phone' && !/^\d[\d-]{6,}$/.test(piece)) return false;
  person[field] = piece;
  return true;
}

/**
 * A person from their pieces: by shape (describe), then the pieces no shape told by the gloss's
 * order when the pieces are as many as its fields. `unsure` counts what stayed untold.
 */
export function personFromPieces(
  name: string,
  pieces: string[],
  fields: (Field | undefined)[],
): { person: Person; unsure: number } {
  const told = pieces.map((p) => describe(name, [p]));
  const d = describe(name, pieces);
  let unsure = d.unknown + d.doubtful;
  const person = d.person;
  if (d.unknown > 0 && fields.length === pieces.length) {
    // Each told piece must stand where the gloss names its field; the untold take their place.
    const agree = told.every((t, i) => {
      if (t.unknown > 0) return true;
      const keys = Object.keys(t.person).filter((k) => k !== 'name') as Field[];
      const f = fields[i];
      return keys.length === 0 || (f !== undefined && (keys.includes(f) || f === 'dutyTitle'));
    });
    if (agree) {
      let left = 0;
      told.forEach((t, i) => {
        if (t.unknown === 0) return;
        const f = fields[i];
        if (!f || !setByGloss(person, f, pieces[i]!)) left++;
      });
      unsure = left + d.doubtful;
    }
  }
  return { person, unsure };
}

/** People of every role written in one cell beside the role's label. */
export function peopleFromOneCell(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const out = new Map<string, ExtractedFact>();
  for (const cell of labelledCells(ctx)) {
    const role = roleOf(cell.label, roles, true);
    if (!role || out.has(role) || saysNobody(cell.value)) continue;
    // Records are told by their own shape: a wide space between them is a mark like 、.
    const wide = wideSpaced(ctx, cell.cells[1]!);
    const records = (wide && oneCellRecords(wide.text)) || oneCellRecords(cell.value);
    // One record with nothing said of them is a name in a field, other readers' to read.
    if (!records || (records.length === 1 && records[0]!.pieces.length === 0)) continue;
    const fields = glossFields(cell.gloss);
    let unsure = 0;
    const people = records.map((r) => {
      const read = personFromPieces(r.name, r.pieces, fields);
      unsure += read.unsure;
      return read.person;
    });
    out.set(role, fromCells(ctx.doc, cell.cells, people, unsure > 0 ? 0.55 : 0.85, 'keyValue'));
  }
  return out;
}

/**
 * Titles a cell joined with slashes ("A案例 / B案例", read as one title "A案例/B案例"): split where
 * every part ends with the list's item word (`items`, the pack's: 案例, 课例…). Undefined when
 * some title cannot be split so.
 */
export function splitSlashedTitles(titles: string[], items: RegExp): string[] | undefined {
  const end = new RegExp(`(?:${items.source})$`, items.flags);
  const out: string[] = [];
  for (const title of titles) {
    if (!/[/／]/.test(title) || title.length > MAX_CELL) {
      out.push(title);
      continue;
    }
    const parts = splitOutsideMarks(title, /[/／]/).map((p) => p.replace(/\s+/g, ''));
    if (parts.length < 2 || !parts.every((p) => p.length >= 4 && end.test(p))) return undefined;
    out.push(...parts);
  }
  return out;
}

/**
 * Titles a cell beside the fact's own label parts with full-width spaces ("A案例　B案例"), which
 * the layout drops between ideographs: each part must end with the list's item word.
 */
export function wideSpacedTitles(
  ctx: ReadContext,
  isLabel: (label: string) => boolean,
  items: RegExp | undefined,
): ExtractedFact | undefined {
  if (!items) return undefined;
  const end = new RegExp(`(?:${items.source})$`, items.flags);
  for (const row of ctx.doc.rows) {
    if (row.table < 0 || row.cells.length !== 2) continue;
    const [label, value] = row.cells as [DocCell, DocCell];
    if (!isLabel(cleanLabel(label.text).replace(/\s+/g, ''))) continue;
    const wide = wideSpaced(ctx, value);
    const found = wide && oneCellItems(wide.text, (t) => t.length >= 4 && end.test(t));
    if (!wide || !found) continue;
    const sure = found.sure && wide.typed;
    return fromCells(ctx.doc, [label, value], found.items, sure ? 0.85 : 0.55, 'list');
  }
  return undefined;
}
