/**
 * Values given by reference to a note. A long value that did not fit its cell is moved to a note
 * and the cell says where to find it: "详见注释①", "见注②", "见文末注③", "（见注）", "见脚注1",
 * "详见页下注". The note is at the foot of the page (a footnote, set smaller, its number raised
 * and sometimes read as a line of its own) or in a notes block after the form ("注释：" and the
 * notes, each opened by its mark: ① ➀ ❶ [1] 注1 ¹ 1.). A note's text may wrap over lines; it ends
 * where the next note starts, at a gap or at a table.
 *
 * The reference is never the value: it is replaced by the text of the note it names, with the
 * note as evidence, and a reference whose note cannot be found (or a note that refers on again,
 * to itself or another) gives no value.
 */
import type { Evidence, ExtractedFact } from '../facts/standard';
import { upperMedian } from '../median';
import type { DocumentLayout } from '../pdf/structure/document';
import type { PageLine, PageText } from '../pdf/text';

export interface Note {
  page: number;
  /** The note's number (① ➀ [1] 注1 ¹ 1 → 1); undefined when its mark was not read. */
  number: number | undefined;
  kind: 'foot' | 'end';
  /** The note's text, lines joined, without its mark. */
  text: string;
  /** The note as it stands in the file. */
  quote: string;
}

/** A mark naming a note: circled, dingbat, parenthesised, bracketed, superscript or plain. */
const MARK = '(?:[①-⑳]|[➀-➓]|[❶-❿]|[⑴-⒇]|[⒈-⒛]|[¹²³⁰⁴-⁹]{1,2}|[[［(（]\\d{1,3}[\\]］)）]|\\d{1,3})';
/** Words that send the reader to a note. */
const REFERENCE = new RegExp(
  `^[（(]?(?:详见|参见|请见|见)(?:文末|文后|页下|页脚|页末|表后|表下|下方|后附|末尾)?的?` +
    `(?:注释|脚注|尾注|附注|注解|注)(${MARK})?[)）]?[。.]?$`,
  'u',
);
/** The same words anywhere in a page's text (to count a page's references). */
const REFERENCE_ANYWHERE = new RegExp(
  `(?:详见|参见|请见|见)(?:文末|文后|页下|页脚|页末|表后|表下|下方|后附|末尾)?的?(?:注释|脚注|尾注|附注|注解|注)(?!释|脚|尾|附|解)(${MARK})?`,
  'gu',
);
/** A notes block's heading, maybe with its first note after it ("注释：①…"). */
const HEADING = /^(?:注释|尾注|附注|注解|脚注|注)\s*(?:[:：]\s*|$)/u;
/** A note's mark where a note starts in a notes block (a plain number needs its stop or a space). */
const BLOCK_MARK =
  /^(?:注\s*(\d{1,3})\s*[:：.．、]?|([①-⑳]|[➀-➓]|[❶-❿]|[⑴-⒇]|[⒈-⒛]|[¹²³⁰⁴-⁹]{1,2}|[[［(（]\d{1,3}[\]］)）])|(\d{1,3})(?:[.．、:：)）]|\s))\s*(?=\S)/u;
/** A note's mark at the foot of a page: also a bare number before the text ("1岳阳市…"). */
const FOOT_MARK = new RegExp(`^(${MARK})\\s*(?=[^\\d\\s.．、])`, 'u');
const MARK_ALONE = new RegExp(`^${MARK}$`, 'u');
/** A "注1：" line opens a note wherever it stands. */
const NOTE_LABEL = /^注\s*(\d{1,3})\s*[:：]\s*(?=\S)/u;

/** Past these, the page is no form (a hostile page): notes are not looked for further. */
const MAX_LINES = 3000;
const MAX_NOTES = 2000;
const MAX_NOTE_CHARS = 400;
const MAX_REFERENCES_PER_PAGE = 500;
/** Footnotes are set smaller than the body and stand in the page's lower part. */
const FOOT_SIZE = 0.92;
const FOOT_REGION = 0.45;

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The number a mark stands for. */
export function markNumber(mark: string): number | undefined {
  const m = mark.trim();
  const c = m.codePointAt(0) ?? 0;
  const ranges: [number, number][] = [
    [0x2460, 0x2473], // ①-⑳
    [0x2780, 0x2789], // ➀-➉
    [0x278a, 0x2793], // ➊-➓
    [0x2776, 0x277f], // ❶-❿
    [0x2474, 0x2487], // ⑴-⒇
    [0x2488, 0x249b], // ⒈-⒛
  ];
  for (const [from, to] of ranges) if (c >= from && c <= to) return c - from + 1;
  if ([...m].every((ch) => SUPERSCRIPTS.includes(ch))) {
    return Number([...m].map((ch) => SUPERSCRIPTS.indexOf(ch)).join(''));
  }
  const digits = /\d{1,3}/.exec(m);
  return digits ? Number(digits[0]) : undefined;
}

/** Is the value a reference to a note? Its number when it names one, null when it names none. */
export function noteReference(value: string): { number: number | undefined } | undefined {
  const v = value.replace(/\s+/g, '');
  if (v.length > 24) return undefined;
  const m = REFERENCE.exec(v);
  if (!m) return undefined;
  return { number: m[1] ? markNumber(m[1]) : undefined };
}

function lineText(page: PageText, line: PageLine): string {
  return page.text.slice(line.start, line.end).replace(/\s+/g, ' ').trim();
}

/** A wrapped note's lines joined: no space between ideographs, one between Latin words. */
function joined(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function quoteOf(page: PageText, first: PageLine, last: PageLine): string {
  const a = page.toSource[first.start] ?? first.start;
  const b = page.toSource[last.end] ?? last.end;
  return page.source.slice(a, b).trim().slice(0, MAX_NOTE_CHARS);
}

interface Open {
  note: Note;
  first: PageLine;
  last: PageLine;
}

/** The notes of one page: footnotes at its foot, notes blocks after a heading. */
function pageNotes(page: PageText): Note[] {
  const lines = page.lines.slice(0, MAX_LINES);
  const body = upperMedian(lines.map((l) => l.size).filter((s) => s > 0)) ?? 0;
  const [, y0, , y1] = page.view;
  const footTop = Math.min(y0, y1) + FOOT_REGION * Math.abs(y1 - y0);
  const notes: Note[] = [];
  let open: Open | undefined;
  let inBlock = false;
  /** A mark read as a line of its own, beside the note's first line. */
  let pendingMark: { number: number | undefined; line: PageLine } | undefined;
  const close = () => {
    if (open) {
      open.note.quote = quoteOf(page, open.first, open.last);
      if (open.note.text) notes.push(open.note);
    }
    open = undefined;
  };
  const start = (line: PageLine, number: number | undefined, text: string, kind: Note['kind']) => {
    close();
    open = { note: { page: page.page, number, kind, text, quote: '' }, first: line, last: line };
  };
  for (const [i, line] of lines.entries()) {
    if (notes.length >= MAX_NOTES) break;
    let text = lineText(page, line).slice(0, MAX_NOTE_CHARS);
    if (!text) continue;
    const inTable = line.table >= 0;
    const foot =
      !inTable && body > 0 && line.size > 0 && line.size < FOOT_SIZE * body && line.top < footTop;
    // A notes block opens under its heading.
    const heading = !inTable ? HEADING.exec(text) : null;
    if (heading) {
      close();
      pendingMark = undefined;
      inBlock = true;
      text = text.slice(heading[0].length);
      if (!text) continue;
    }
    // A mark on a line of its own, beside the next line (a footnote's raised number).
    if (!inTable && /^\S{1,5}$/.test(text)) {
      const next = lines[i + 1];
      const overlaps =
        next !== undefined && line.bottom <= next.top + 1 && line.top >= next.bottom - 1;
      const mark = MARK_ALONE.test(text);
      if (mark && overlaps && (foot || inBlock || line.size < FOOT_SIZE * body)) {
        close();
        pendingMark = { number: markNumber(text), line };
        continue;
      }
    }
    const label = !inTable ? NOTE_LABEL.exec(text) : null;
    if (label) {
      start(line, Number(label[1]), text.slice(label[0].length).trim(), 'end');
      continue;
    }
    if (pendingMark && (foot || inBlock)) {
      const kind = inBlock ? 'end' : 'foot';
      start(pendingMark.line, pendingMark.number, text, kind);
      open!.last = line;
      pendingMark = undefined;
      continue;
    }
    pendingMark = undefined;
    if (inBlock || foot) {
      const m = inBlock ? BLOCK_MARK.exec(text) : FOOT_MARK.exec(text);
      if (m && !inTable) {
        const mark = inBlock ? (m[1] ?? m[2] ?? m[3])! : m[1]!;
        start(line, markNumber(mark), text.slice(m[0].length).trim(), inBlock ? 'end' : 'foot');
        continue;
      }
    }
    // A note's text wraps onto the next line: close under it, the same size, outside tables.
    if (open && !inTable) {
      const height = Math.max(1, open.last.top - open.last.bottom);
      const gap = open.last.bottom - line.top;
      const sameSize = Math.abs(line.size - open.last.size) <= 0.15 * Math.max(line.size, 1);
      if (gap <= 0.8 * height && sameSize && open.note.text.length < MAX_NOTE_CHARS) {
        open.note.text = joined(open.note.text, text);
        open.last = line;
        continue;
      }
    }
    close();
    inBlock = false;
  }
  close();
  return notes;
}

interface DocNotes {
  notes: Note[];
  byPage: Map<number, Note[]>;
  /** Each page's text without spaces, and its references that name no number. */
  compact: Map<number, string>;
  bare: Map<number, string[]>;
}

const cache = new WeakMap<DocumentLayout, DocNotes>();

/** Every note of the document, in page order. */
export function documentNotes(doc: DocumentLayout): Note[] {
  return notesOf(doc).notes;
}

function notesOf(doc: DocumentLayout): DocNotes {
  let found = cache.get(doc);
  if (!found) {
    const notes: Note[] = [];
    for (const page of doc.pages) {
      if (notes.length >= MAX_NOTES) break;
      notes.push(...pageNotes(page).slice(0, MAX_NOTES - notes.length));
    }
    const byPage = new Map<number, Note[]>();
    for (const n of notes) byPage.set(n.page, [...(byPage.get(n.page) ?? []), n]);
    const compact = new Map(doc.pages.map((p) => [p.page, p.text.replace(/\s+/g, '')]));
    found = { notes, byPage, compact, bare: new Map() };
    cache.set(doc, found);
  }
  return found;
}

/** The references without a number on a page, in reading order (compact texts). */
function bareReferences(found: DocNotes, page: number): string[] {
  const known = found.bare.get(page);
  if (known) return known;
  const out: string[] = [];
  found.bare.set(page, out);
  for (const m of (found.compact.get(page) ?? '').matchAll(REFERENCE_ANYWHERE)) {
    if (out.length >= MAX_REFERENCES_PER_PAGE) break;
    if (!m[1]) out.push(m[0]);
  }
  return out;
}

export interface NoteValue {
  text: string;
  evidence: Evidence;
}

/** The note that a value refers to: undefined for no reference, null for a note not found. */
export function noteFor(
  doc: DocumentLayout,
  value: string,
  pages: readonly number[] = [],
): NoteValue | null | undefined {
  const ref = noteReference(value);
  if (!ref) return undefined;
  const all = notesOf(doc);
  const { notes, byPage } = all;
  const compact = value.replace(/\s+/g, '').replace(/^[（(]|[)）。.]$/g, '');
  // The page the reference stands on: the value's own evidence, else the page that says it.
  const says = (p: number) => all.compact.get(p)?.includes(compact) ?? false;
  const on = pages.find(says) ?? doc.pages.find((pg) => says(pg.page))?.page ?? pages[0];
  let note: Note | undefined;
  if (ref.number !== undefined) {
    const named = notes.filter((n) => n.number === ref.number);
    // The foot of its own page first, then notes blocks later in the document, then any.
    note =
      named.find((n) => n.page === on && n.kind === 'foot') ??
      named.find(
        (n) => n.kind === 'end' && (on === undefined || doc.position(n.page) >= doc.position(on)),
      ) ??
      (named.length === 1 ? named[0] : undefined);
  } else if (on !== undefined) {
    // A reference whose number was not read: the page's references and footnotes in order.
    const refs = bareReferences(all, on);
    const feet = (byPage.get(on) ?? []).filter((n) => n.kind === 'foot');
    const at = refs.indexOf(compact);
    if (at >= 0 && refs.lastIndexOf(compact) === at && refs.length === feet.length) note = feet[at];
    else if (notes.length === 1) note = notes[0];
  }
  // A note that refers on (to itself or to another) gives no value.
  if (!note || noteReference(note.text)) return null;
  return { text: note.text, evidence: { page: note.page, quote: note.quote } };
}

const DOUBT = 0.5;

/** Could a list item be or hold a reference (the cheap test before the real one)? */
function mayRefer(item: unknown): boolean {
  const s =
    typeof item === 'string'
      ? item
      : item && typeof item === 'object'
        ? Object.values(item).join('|')
        : '';
  return s.includes('见');
}

function lower(fact: ExtractedFact): ExtractedFact {
  return { ...fact, confidence: Math.min(fact.confidence ?? 1, DOUBT) };
}

/**
 * Replace references to notes left in proposed values (single values, list items, the fields of
 * people and units) by the notes' text; a reference whose note is not found is dropped, and the
 * list or person it stood in proposed as uncertain.
 */
export function withNotesResolved(
  doc: DocumentLayout,
  found: Record<string, ExtractedFact>,
): Record<string, ExtractedFact> {
  const out: Record<string, ExtractedFact> = {};
  for (const [id, fact] of Object.entries(found)) {
    const pages = fact.evidence.map((e) => e.page);
    const added: Evidence[] = [];
    let missing = false;
    const resolve = (v: string): string | undefined => {
      const note = noteFor(doc, v, pages);
      if (note === undefined) return v;
      if (note === null) {
        missing = true;
        return undefined;
      }
      added.push(note.evidence);
      return note.text;
    };
    const value = fact.value;
    let next: unknown = value;
    if (typeof value === 'string') {
      next = resolve(value);
      if (next === undefined) continue;
    } else if (Array.isArray(value)) {
      if (!value.some(mayRefer)) {
        out[id] = fact;
        continue;
      }
      next = value.flatMap((item) => {
        if (typeof item === 'string') {
          const v = resolve(item);
          return v === undefined ? [] : [v];
        }
        if (item && typeof item === 'object') {
          const copy: Record<string, unknown> = { ...item };
          for (const [k, v] of Object.entries(copy)) {
            if (typeof v !== 'string') continue;
            const r = resolve(v);
            if (r === undefined) {
              delete copy[k];
              // A unit whose name is lost is no unit.
              if (k === 'name') return [];
            } else copy[k] = r;
          }
          return [copy];
        }
        return [item];
      });
    }
    if (Array.isArray(next) && next.length === 0) continue;
    if (added.length === 0 && !missing) {
      out[id] = fact;
      continue;
    }
    const resolved: ExtractedFact = {
      ...fact,
      value: next,
      evidence: [...added, ...fact.evidence],
    };
    out[id] = missing ? lower(resolved) : resolved;
  }
  return out;
}
