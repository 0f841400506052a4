/**
 * A person written as form fields rather than a table row: a role's label with the name beside
 * it ("项目负责人 | 冯宝玉") or a sub-field 姓名, and the person's other fields around it, in the
 * same row and the rows after, as long as their labels are person fields (职务, 职称, 职务/职称,
 * 学科, 联系电话, 所在单位…): "项目负责人 | 钱雅琴 | 职务 | 德育主任" then "职称 | 正高级教师 |
 * 联系电话 | …". A heading naming a role ("一、主持人基本情况") opens such a block too, and so
 * does a one-record table (汇总表: 主持人 | 所在单位 | 年龄 … over one row of values). Fields
 * named after the role ("负责人职务", "负责人电话") belong to it wherever they stand.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import {
  cleanLabel,
  cleanValue,
  isLabelText,
  tableRows,
  withoutGloss,
} from '../../pdf/structure/key-values';
import { headingOf, numbering } from '../../pdf/structure/sections';
import { columnOf, tablesOf } from '../../pdf/structure/tables';
import type { ReadContext } from './context';
import { describe, isName, joinedText, NAME_CHARS, pieces, splitDutyTitle } from './person-parts';
import { type Role, roleOf, rolePrefix } from './roles';

type Slot = 'name' | 'subject' | 'duty' | 'title' | 'dutyTitle' | 'phone' | 'unit' | 'other';

const SLOTS: [Slot, RegExp][] = [
  ['name', /^(?:姓名|名字)$/],
  ['dutyTitle', /^职务[/／、，,]?职称$|^职称[/／、，,]?职务$/],
  ['duty', /^(?:职务|行政职务|现任职务|担任职务)$/],
  ['title', /^(?:职称|专业技术职称|技术职称)$/],
  ['subject', /^(?:任教)?(?:学科|专长|学科[/／、]?专长|任教学科|学科专业)$/],
  ['phone', /^(?:联系电话|电话|手机|手机号码|手机号|移动电话|联系方式|办公电话)$/],
  ['unit', /^(?:所在单位|工作单位|单位|所在学校|任教学校)$/],
  [
    'other',
    /^(?:性别|年龄|出生年月|民族|学历|学位|政治面貌|QQ号?|邮箱|电子邮箱|电子信箱|E-?mail|身份证号|教龄|从教年限)$|^(?:QQ号?|邮箱|电子邮箱|E-?mail)(?:[/／、]|或|及)(?:QQ号?|邮箱|电子邮箱|E-?mail)$/i,
  ],
];

/** The slot a label names, also after the role's own word ("负责人职务" → 职务). */
function slotOf(label: string, roles: Role[]): { slot: Slot; role?: string } | undefined {
  const own = SLOTS.find(([, re]) => re.test(label))?.[0];
  if (own) return { slot: own };
  // "性别／年龄", "电话／邮箱": person fields joined by a slash (their value is split in pairsOf).
  const parts = label.split(/[/／]/);
  if (parts.length > 1 && parts.every((p) => SLOTS.some(([, re]) => re.test(p)))) {
    return { slot: 'other' };
  }
  const prefixed = rolePrefix(label, roles);
  if (!prefixed) return undefined;
  const slot = SLOTS.find(([, re]) => re.test(prefixed.rest))?.[0];
  return slot ? { slot, role: prefixed.id } : undefined;
}

interface Pair {
  label: string;
  value?: string;
  cells: DocCell[];
  slot?: Slot;
  role?: string;
  /** The role's label carries an ordinal: one of several people of the role. */
  ordinal?: boolean;
}

/**
 * A row as label–value pairs: a label cell takes the next cell as its value unless that is a
 * label too; "label：value" in one cell is a pair of its own. Undefined when the row starts
 * with a value (a table's data, a sentence).
 */
function pairsOf(row: DocRow, roles: Role[]): Pair[] | undefined {
  const out: Pair[] = [];
  const known = (t: string) =>
    slotOf(t, roles) !== undefined || isRoleLabel(t, roles) || isLabelText(t);
  const pair = (label: string, value: string | undefined, cells: DocCell[]): Pair => {
    const slot = slotOf(label, roles);
    return {
      label,
      value,
      cells,
      slot: slot?.slot,
      role:
        slot?.role ??
        (isRoleLabel(label, roles)
          ? roleOf(ordinalRole(label, roles) ?? label, roles, true)
          : undefined),
      ...(ordinalRole(label, roles) ? { ordinal: true } : {}),
    };
  };
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i]!;
    if (cleanValue(cell.text) === '') continue;
    const t = cleanLabel(cell.text);
    if (!known(t)) {
      const inline = /^\s*([^：:]{1,14}?)\s*(?:[（(][^（）()]{0,12}[）)])?\s*[:：]\s*(.+)$/s.exec(
        cell.text,
      );
      const label = inline && cleanLabel(inline[1]!);
      if (!inline || !label || !known(label)) return out.length ? out : undefined;
      out.push(pair(label, inline[2]!.replace(NEXT_FIELD, ''), [cell]));
      continue;
    }
    const next = row.cells[i + 1];
    const value = next && !known(cleanLabel(next.text)) ? next : undefined;
    out.push(...split(pair(t, value?.text, value ? [cell, value] : [cell]), roles));
    if (value) i++;
  }
  return out;
}

/**
 * A compound field ("性别／年龄 | 男／41", "工作单位／职务 | 甲校／教研组长") as one pair per part, when
 * the value has as many parts; otherwise the pair as it is (a person field of unknown split).
 */
function split(whole: Pair, roles: Role[]): Pair[] {
  if (whole.slot !== 'other' || whole.value === undefined) return [whole];
  const labels = whole.label.split(/[/／]/);
  const values = whole.value.split(/\s*[/／]\s*/);
  if (labels.length < 2 || values.length !== labels.length) return [whole];
  return labels.map((label, i) => ({
    ...whole,
    label,
    value: values[i],
    slot: slotOf(label, roles)?.slot ?? 'other',
  }));
}

/** A second field after a value in the same cell ("张三  单位：某校"). */
const NEXT_FIELD = /\s+[\p{Script=Han}A-Za-z（）()/]{2,10}[:：].*$/su;

/** An ordinal after a role's label when a form has two of them ("项目负责人一", "主持人2"). */
const ORDINAL = /(?:[一二三四五]|[1-5]|[（(][一二三四五1-5][）)])$/;

/** The label without its ordinal, when it has one and names a role without it. */
function ordinalRole(label: string, roles: Role[]): string | undefined {
  if (!ORDINAL.test(label)) return undefined;
  const bare = label.replace(ORDINAL, '');
  return bare.length >= 2 && roleOf(bare, roles, true) !== undefined ? bare : undefined;
}

/** A short label naming a role and nothing else ("项目负责人", "共同体负责人", "主持人"). */
function isRoleLabel(label: string, roles: Role[]): boolean {
  const bare = ordinalRole(label, roles) ?? label;
  return bare.length <= 8 && roleOf(bare, roles, true) !== undefined && !/单位|学校/.test(bare);
}

interface Block {
  role: string;
  person: Person;
  cells: DocCell[];
  unknown: number;
  /** Opened by a role's label with an ordinal (项目负责人一, 项目负责人二…). */
  ordinal?: boolean;
}

/** Fill a person from a field's value. */
function fill(block: Block, slot: Slot, value: string) {
  const v = joinedText(value);
  if (!v) return;
  const p = block.person;
  switch (slot) {
    case 'name':
      break;
    case 'dutyTitle':
      Object.assign(p, { ...splitDutyTitle(v), ...p });
      break;
    case 'phone':
      // A full-width hyphen ("0730－8223344", typed in full-width mode) is a hyphen.
      if (/^[\d\s+()－-]{7,}$/.test(v)) p.phone ??= v.replace(/[\s－-]+/g, '');
      break;
    case 'other':
      break;
    default:
      p[slot] ??= v;
  }
}

const NAME_WITH_NOTE = new RegExp(`^(${NAME_CHARS})\\s*(?:[（(]([^）)]*)[）)])?$`, 'u');

/** "冯宝玉", "郑佳琪（校长，正高级教师）": a name, with details in brackets. */
function named(text: string): { person: Person; unknown: number } | undefined {
  const m = NAME_WITH_NOTE.exec(cleanValue(text));
  if (!m || !isName(m[1]!)) return undefined;
  const described = describe(m[1]!, pieces(m[2] ?? ''));
  return described;
}

/** Read pairs into a block from `rows`, starting at pair `from` of the first row. */
function extend(block: Block, rows: DocRow[], roles: Role[], from: number) {
  const table = rows[0]?.table ?? -1;
  for (const [k, row] of rows.entries()) {
    // Two tables side by side (a landscape page: basic facts | the host's card) come out as
    // their rows in turn: the card goes on in its own table, past the other's rows.
    if (table >= 0 && row.table >= 0 && row.table !== table) continue;
    const pairs = pairsOf(row, roles);
    if (!pairs) return;
    for (const pair of pairs.slice(k === 0 ? from : 0)) {
      if (pair.role && !pair.slot) return; // another role's block
      if (!pair.slot) return; // a field of the application, not of the person
      if (pair.role && pair.role !== block.role) return;
      if (pair.value) fill(block, pair.slot, pair.value);
      block.cells.push(...pair.cells);
    }
  }
}

/** Blocks opened by a role's label in a row of fields. */
function fieldBlocks(ctx: ReadContext, roles: Role[]): Block[] {
  const blocks: Block[] = [];
  const skip = tableRows(ctx.doc);
  const rows = ctx.doc.rows;
  for (const row of rows) {
    if (skip.has(row)) continue;
    const pairs = pairsOf(row, roles);
    if (!pairs) continue;
    // Cells of the row that are neither a label nor a label's value: the row is a table's row
    // (a roster without rulings: "主持人 白鑫 信息技术 教师 …") read as fields, or holds values
    // the pairs do not account for. What was read from it is a guess.
    const paired = new Set(pairs.flatMap((p) => p.cells));
    const loose = row.cells.some((c) => cleanValue(c.text) !== '' && !paired.has(c));
    pairs.forEach((pair, k) => {
      if (!pair.role || pair.slot) return;
      let block: Block | undefined;
      if (pair.value) {
        const n = named(pair.value);
        if (!n) return;
        block = { role: pair.role, ...n, cells: [...pair.cells], ordinal: pair.ordinal };
      } else {
        // "负责人 | 姓名 | 马佳琪 | …": the name in a sub-field.
        const sub = pairs[k + 1];
        const n = sub?.slot === 'name' && sub.value ? named(sub.value) : undefined;
        if (!sub || !n) return;
        block = { role: pair.role, ...n, cells: [...pair.cells, ...sub.cells] };
        k++;
      }
      extend(block, rows.slice(row.index, row.index + 6), roles, k + 1);
      if (loose) block.unknown++;
      blocks.push(block);
    });
  }
  return blocks;
}

/** Blocks opened by a heading naming a role ("一、主持人基本情况") over 姓名 and other fields. */
function headingBlocks(ctx: ReadContext, roles: Role[]): Block[] {
  const blocks: Block[] = [];
  const rows = ctx.doc.rows;
  for (const row of rows) {
    // Headings side by side ("一、联盟基本信息 | 二、主持人信息"), each over its own column of
    // fields: the role's card is the table under its heading.
    if (row.table < 0 && row.cells.length > 1 && row.cells.every((c) => numbering(c.text))) {
      for (const cell of row.cells) {
        const text = numbering(cell.text)!.rest.trim();
        const role = roles.find((r) => r.words.some((w) => text.startsWith(w)))?.id;
        if (!role) continue;
        const under = rows
          .slice(row.index + 1, row.index + 4)
          .find(
            (r) => r.cells[0] && Math.abs(r.cells[0].rect[0] - cell.rect[0]) <= 2 * (r.size || 10),
          );
        const pairs = under && pairsOf(under, roles);
        const at = pairs?.findIndex((p) => p.slot === 'name' && p.value) ?? -1;
        const n = pairs && at >= 0 ? named(pairs[at]!.value!) : undefined;
        if (!under || !n) continue;
        const block: Block = { role, ...n, cells: [...pairs![at]!.cells] };
        extend(block, rows.slice(under.index, under.index + 16), roles, at + 1);
        blocks.push(block);
      }
      continue;
    }
    // A section bar across a table ("二、负责人情况" in a row of one cell) heads its rows too.
    const bar = row.table >= 0 && row.cells.length === 1 ? numbering(row.text)?.rest : undefined;
    const h = headingOf(row, ctx.doc);
    const title = withoutGloss(
      h ? h.title : (bar ?? (row.table < 0 && row.cells.length === 1 ? row.text.trim() : '')),
    ).trim();
    if (!title || title.length > 16) continue;
    const text = (numbering(title)?.rest ?? title).trim();
    const role = roles.find((r) => r.words.some((w) => text.startsWith(w)))?.id;
    if (!role) continue;
    for (const next of rows.slice(row.index + 1, row.index + 3)) {
      const pairs = pairsOf(next, roles);
      const at = pairs?.findIndex((p) => p.slot === 'name' && p.value) ?? -1;
      if (!pairs || at < 0) continue;
      const n = named(pairs[at]!.value!);
      if (!n) break;
      const block: Block = {
        role,
        ...n,
        cells: [...pairs[at]!.cells],
        // "主持人一", "主持人二": one card each.
        ordinal: ordinalRole(text, roles) !== undefined,
      };
      extend(block, rows.slice(next.index, next.index + 6), roles, 0);
      blocks.push(block);
      break;
    }
  }
  return blocks;
}

/** One-record tables: a role's column with a name, the person columns after it. */
function recordBlocks(ctx: ReadContext, roles: Role[]): Block[] {
  const blocks: Block[] = [];
  for (const table of tablesOf(ctx.doc)) {
    if (!table.header || table.body.length !== 1) continue;
    const record = table.body[0]!;
    let block: Block | undefined;
    for (const column of table.columns) {
      const cell = columnOf(record, column);
      const slot = slotOf(column.label, roles);
      const role =
        !slot && isRoleLabel(column.label, roles) ? roleOf(column.label, roles, true) : undefined;
      if (role) {
        const n = cell && named(cell.text);
        block = n ? { role, ...n, cells: [column.cell, cell!] } : undefined;
        if (block) blocks.push(block);
        continue;
      }
      if (!block) continue;
      if (!slot) {
        block = undefined;
        continue;
      }
      if (cell) {
        fill(block, slot.slot, cell.text);
        block.cells.push(column.cell, cell);
      }
    }
  }
  return blocks;
}

/** Fields named after a role standing anywhere ("负责人电话 | …"), for that role's one person. */
function attachPrefixed(ctx: ReadContext, roles: Role[], blocks: Block[]) {
  const skip = tableRows(ctx.doc);
  for (const row of ctx.doc.rows) {
    if (skip.has(row)) continue;
    for (const pair of pairsOf(row, roles) ?? []) {
      if (!pair.role || !pair.slot || !pair.value) continue;
      const own = blocks.filter((b) => b.role === pair.role);
      if (own.length !== 1 || own[0]!.cells.includes(pair.cells[0]!)) continue;
      fill(own[0]!, pair.slot, pair.value);
      own[0]!.cells.push(...pair.cells);
    }
  }
}

/**
 * A phone field standing apart (shuffled fields: "手机号码" rows away from "共同体负责人"): the
 * phone of the one person read from fields who has none, when it is the form's only such field.
 */
function attachLonePhone(ctx: ReadContext, roles: Role[], blocks: Block[]) {
  const without = blocks.filter((b) => !b.person.phone);
  if (without.length !== 1 || blocks.length !== 1) return;
  const skip = tableRows(ctx.doc);
  const used = new Set(blocks.flatMap((b) => b.cells));
  const phones: Pair[] = [];
  for (const row of ctx.doc.rows) {
    if (skip.has(row)) continue;
    for (const pair of pairsOf(row, roles) ?? []) {
      if (pair.slot === 'phone' && !pair.role && pair.value && !used.has(pair.cells[0]!)) {
        phones.push(pair);
      }
    }
  }
  if (phones.length !== 1) return;
  fill(without[0]!, 'phone', phones[0]!.value!);
  without[0]!.cells.push(...phones[0]!.cells);
}

/** People of every role written as fields (one person per role). */
export function peopleFromFields(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const all = [
    ...recordBlocks(ctx, roles),
    ...fieldBlocks(ctx, roles),
    ...headingBlocks(ctx, roles),
  ];
  // One block per role, the first found; several only where the labels number them (项目负责人一,
  // 项目负责人二), each another person.
  const blocks: Block[] = [];
  for (const b of all) {
    const same = blocks.filter((x) => x.role === b.role);
    const another = b.ordinal && same.every((x) => x.person.name !== b.person.name);
    if (same.length === 0 || another) {
      blocks.push(b);
      continue;
    }
    // The same person's card read twice (a cover's summary and the card inside): one record
    // with the fields of both; fields that disagree leave it uncertain.
    const twin = same.find((x) => x.person.name === b.person.name);
    if (!twin) {
      // Another card of the role naming someone else: which one is the role's is a guess.
      for (const x of same) x.unknown++;
      continue;
    }
    for (const [k, v] of Object.entries(b.person) as [keyof Person, string][]) {
      if (twin.person[k] === undefined) twin.person[k] = v;
      else if (twin.person[k] !== v) twin.unknown++;
    }
    twin.cells.push(...b.cells);
  }
  attachPrefixed(ctx, roles, blocks);
  attachLonePhone(ctx, roles, blocks);
  const out = new Map<string, ExtractedFact>();
  for (const b of blocks) {
    const before = out.get(b.role);
    const people = [...((before?.value as Person[] | undefined) ?? []), b.person];
    out.set(b.role, {
      value: people,
      evidence: [...(before?.evidence ?? []), ...ctx.doc.evidenceForCells(b.cells)],
      confidence: Math.min(before?.confidence ?? 1, b.unknown > 0 ? 0.55 : 0.85),
      source: 'keyValue',
    });
  }
  return out;
}
