/**
 * People as cards of labelled fields, one person a line, under a heading naming their role:
 *
 *   ◆ 核心成员（7人）
 *   1.姓名：任玉珍所在学校：南湖新区第四中学职务（职称）：教研组长、一级教师电话：
 *   13912345678
 *
 * Each value runs up to the next field label and its colon, with or without a space between
 * (the spaces a form sets may not survive in the text layer), and may wrap onto the next line.
 * Only labels of a person's fields cut a value; a colon no known label explains leaves the value
 * before it unsure, and the role's list uncertain.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import { simplified } from '../../pdf/hant';
import type { DocRow, Evidence } from '../../pdf/structure/document';
import { ANSWER, cleanLabel, cleanValue, questionLabel } from '../../pdf/structure/key-values';
import { escapeRegex } from '../../regex';
import { parseNumber } from '../numerals';
import type { ReadContext } from './context';
import { LABELLED, OTHER_LABELS } from './person-labels';
import { isName, isTitle, type PartKind, partKind, splitDutyTitle } from './person-parts';
import { mayHeadRole, type Role, roleOf } from './roles';

type CardField = keyof Person | 'dutyTitle' | 'other';

/**
 * Field labels (person-labels.ts), and labels of what a card may show that is not a person's
 * field (README, truth conventions); longest first so that a label is not read as the end of a
 * longer one.
 */
const CARD_LABELS: [string, CardField][] = [
  ...LABELLED,
  ...OTHER_LABELS.map((l): [string, CardField] => [l, 'other']),
].sort((a, b) => b[0].length - a[0].length);

/** A note in brackets between a label and its colon ("职称（职级）：", "单位(全称)："). */
const LABEL_NOTE = '(?:\\s*[（(][^（）():：；;]{1,8}[）)])?';

const LABEL_AT = new RegExp(
  `(${CARD_LABELS.map(([l]) => escapeRegex(l)).join('|')})${LABEL_NOTE}\\s*[:：]`,
  'g',
);

/** A line opening with a person's field label other than the name's ("单位：…", "职称：…"). */
const FIELD_LINE = new RegExp(
  `^\\s*(?:${CARD_LABELS.filter(([, f]) => f !== 'name')
    .map(([l]) => escapeRegex(l))
    .join('|')})${LABEL_NOTE}\\s*[:：]`,
);

/** A card's first line: maybe numbered, then the name's label. */
const CARD_START =
  /^\s*(?:[（(]?\s*([\d一二三四五六七八九十]{1,2})\s*[.．、)）]\s*)?(?:成员)?姓\s*名\s*[:：]/u;

/** A role's label, maybe numbered, before a card on its line ("核心成员3：姓名：…"). */
const ROLE_BEFORE_CARD =
  /^\s*([\p{Script=Han}]{2,12}?)\s*([\d一二三四五六七八九十]{1,2})?\s*[:：]?\s*((?:成员)?姓\s*名\s*[:：].*)$/u;

/**
 * ROLE_BEFORE_CARD on a line with each run of white space cut to its first character (a tab
 * between cells stays a tab): its three `\s*` side by side try every split of a long run, so a
 * line of a hostile PDF holding thousands of line breaks (normalisation folds spaces, not
 * breaks) took minutes.
 */
export function roleBeforeCard(text: string): RegExpExecArray | null {
  return ROLE_BEFORE_CARD.exec(text.replace(/(\s)\s+/g, '$1'));
}

/**
 * A card whose role is its first field ("a. 角色：主持人；姓名：…", one list of every role's
 * people): the role's word, and the card from its name on.
 */
const ROLE_FIELD =
  /^\s*(?:[（(]?\s*(?:[\d一二三四五六七八九十]{1,2}|[a-zA-Z])\s*[.．、)）]\s*)?(?:角色|身份|成员类别|人员类别|类别)\s*[:：]\s*([^；;，,:：\s]{2,12})\s*[；;，,]\s*(?=(?:成员)?姓\s*名\s*[:：])/u;

/** A heading's bullet or outline number, before its words. */
const BULLET = /^[\s◆◇■□●○▲△★☆◎•]+/u;

interface Card {
  person: Person;
  /** Pieces whose reading is unsure (a colon no label explains, a value that is no name). */
  unsure: number;
  number?: number;
}

interface LabelAt {
  label: string;
  index: number;
  length: number;
}

const FIELD_KIND: Partial<Record<CardField, PartKind>> = {
  subject: 'subject',
  unit: 'unit',
  title: 'title',
  duty: 'duty',
};

/**
 * Labels where a card's fields run together with nothing between them: "信息技术职称：教授" is
 * a subject 信息技术 and 职称, not 信息 and 技术职称. A longer label ending in a shorter one
 * gives its first characters back to the value before it when only then does that value have
 * its field's shape.
 */
function regluedLabels(text: string, found: RegExpMatchArray[]): LabelAt[] {
  const out: LabelAt[] = found.map((m) => ({ label: m[1]!, index: m.index!, length: m[0].length }));
  for (let i = 1; i < out.length; i++) {
    const at = out[i]!;
    if (!/\p{Script=Han}/u.test(text[at.index - 1] ?? '')) continue;
    const shorter = CARD_LABELS.find(([l]) => l.length < at.label.length && at.label.endsWith(l));
    if (!shorter) continue;
    const prev = out[i - 1]!;
    const kind = FIELD_KIND[CARD_LABELS.find(([l]) => l === prev.label)![1]];
    const give = at.label.slice(0, at.label.length - shorter[0].length);
    const value = cleanValue(text.slice(prev.index + prev.length, at.index)).trim();
    if (!kind || partKind(value) === kind || partKind(value + give) !== kind) continue;
    out[i] = {
      label: shorter[0],
      index: at.index + give.length,
      length: at.length - give.length,
    };
  }
  return out;
}

/** One person from a card's text: values cut at each field label. */
export function parseCard(text: string, fewest = 3): Card | undefined {
  const start = CARD_START.exec(text);
  if (!start) return undefined;
  // Labels in traditional characters (所在單位：) are the same labels; values are cut as printed.
  const labels = regluedLabels(text, [...simplified(text).matchAll(LABEL_AT)]);
  if (labels.length < 2) return undefined;
  const person: Partial<Person> = {};
  let unsure = 0;
  for (const [i, m] of labels.entries()) {
    const field = CARD_LABELS.find(([l]) => l === m.label)![1];
    const end = labels[i + 1]?.index ?? text.length;
    const value = cleanValue(text.slice(m.index + m.length, end)).replace(/\s+$/, '');
    if (/[:：]/.test(value)) unsure++;
    if (value === '' || field === 'other') continue;
    if (field === 'dutyTitle') {
      const split = splitDutyTitle(value);
      if (split.duty) person.duty = split.duty;
      if (split.title) person.title = split.title;
      if (split.title && !isTitle(split.title)) unsure++;
    } else if (person[field] !== undefined) unsure++;
    else person[field] = field === 'phone' ? value.replace(/\s+/g, '') : value;
  }
  const name = person.name?.replace(/\s+/g, '');
  if (!name || !isName(name)) return undefined;
  person.name = name;
  if (Object.keys(person).length < fewest) return undefined;
  const number = start[1] !== undefined ? parseNumber(start[1]) : undefined;
  return { person: person as Person, unsure, ...(number !== undefined ? { number } : {}) };
}

/** Where a full line ends on each page: the right edge of the widest free line. */
function lineEnds(rows: DocRow[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) {
    if (!free(r)) continue;
    const right = r.cells.at(-1)?.rect[2] ?? 0;
    out.set(r.page, Math.max(out.get(r.page) ?? 0, right));
  }
  return out;
}

/** A line of text, not a drawn table's row (a card's cells set apart by spaces may read as a table without borders). */
const free = (row: DocRow) => row.table < 0 || row.cells.every((c) => !c.ruled);

const rowText = (row: DocRow) => row.cells.map((c) => c.text.trim()).join(' ');

/** Two pieces of one line cut by a wrap: no space where a word was cut. */
function joinWrapped(a: string, b: string): string {
  return /[\p{Script=Han}：:、，,]$/u.test(a) && /^[\p{Script=Han}\d]/u.test(b)
    ? a + b
    : `${a} ${b}`;
}

/** A heading line (bulleted, numbered, or a short role's name): never a card's wrapped rest. */
function isHeading(text: string, roles: Role[]): boolean {
  return (
    BULLET.test(text) ||
    /^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[）)]/.test(text) ||
    roleOf(questionLabel(text), roles, true) !== undefined
  );
}

/** People per role from cards of labelled fields under role headings. */
export function peopleFromCards(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const rows = ctx.doc.rows;
  const ends = lineEnds(rows);
  const found = new Map<string, { cards: Card[]; evidence: Evidence[] }>();
  let role: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!free(row)) continue;
    // An answer's lead-in before the card ("A：（1）姓名：…", a form of questions and answers).
    let text = rowText(row).replace(ANSWER, '');
    // "核心成员3：姓名：…", "主持人　姓名：…": the card's own role before it, for this card only.
    const own = CARD_START.test(text) ? null : roleBeforeCard(text);
    let ownRole = own ? roleOf(own[1]!, roles, true) : undefined;
    if (own && ownRole) text = `${own[2] ?? ''}${own[2] ? '.' : ''}${own[3]!}`;
    const field = ownRole ? null : ROLE_FIELD.exec(text);
    const fieldRole = field ? roleOf(field[1]!, roles, true) : undefined;
    if (field && fieldRole) {
      ownRole = fieldRole;
      text = text.slice(field[0].length);
    }
    if (!CARD_START.test(text)) {
      // "7. 请列出顾问的情况（共 2 项）。": a question naming the role heads its cards.
      const heading = questionLabel(text.replace(BULLET, ''));
      if (mayHeadRole(heading)) {
        // "主持人信息", "核心成员名单": the role with a word saying what follows.
        const named = roleOf(
          cleanLabel(heading).replace(/(?:信息|名单|情况|简介|一览)$/, ''),
          roles,
          true,
        );
        if (named) role = named;
        else if (BULLET.test(text) || /^[一二三四五六七八九十]+[、.．]/.test(text))
          role = undefined;
      }
      continue;
    }
    // The card and the lines it wraps onto: a line reaching the right margin, or ending in a
    // label's colon, goes on in the next line unless that one starts a card or a heading.
    let card = text;
    let last = row;
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j]!;
      const right = last.cells.at(-1)?.rect[2] ?? 0;
      const full = right >= (ends.get(last.page) ?? right) - 3 * (last.size || 10);
      const nextText = rowText(next);
      // A card may also set each field on a line of its own ("姓名：张三" over "单位：某校").
      const ownLine = FIELD_LINE.test(nextText);
      if (!free(next) || (!full && !/[:：]$/.test(card) && !ownLine)) break;
      if (CARD_START.test(nextText) || roleBeforeCard(nextText) || ROLE_FIELD.test(nextText)) {
        break;
      }
      if (isHeading(nextText, roles)) break;
      card = joinWrapped(card, nextText);
      last = next;
      i = j;
    }
    const cardRole = ownRole ?? role;
    const parsed = cardRole ? parseCard(card) : undefined;
    if (!cardRole || !parsed) continue;
    const entry = found.get(cardRole) ?? { cards: [], evidence: [] };
    entry.cards.push(parsed);
    entry.evidence.push(...ctx.doc.evidenceForFlow(row.flowStart, last.flowEnd));
    found.set(cardRole, entry);
  }
  const out = new Map<string, ExtractedFact>();
  for (const [id, { cards, evidence }] of found) {
    const numbers = cards.map((c) => c.number);
    // Numbered cards count 1, 2, 3… with none missing; unnumbered ones are one person's card.
    const counted = numbers.every((n) => n === undefined)
      ? cards.length === 1
      : numbers.every((n, k) => n === k + 1);
    // Cards of one role fill the same fields: one that fills others was cut differently.
    const shapes = new Set(cards.map((c) => Object.keys(c.person).sort().join()));
    const sure = counted && shapes.size === 1 && cards.every((c) => c.unsure === 0);
    out.set(id, {
      value: cards.map((c) => c.person),
      evidence,
      confidence: sure ? 0.8 : 0.55,
      source: 'list',
    });
  }
  return out;
}
