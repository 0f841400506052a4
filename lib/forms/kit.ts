/**
 * Building blocks of generated forms, shared by every call's builder: key–value fields in four
 * presentations, checkbox groups, people by role, unit lists, outcome statements, each written
 * the way a Variant says. Each returns document blocks; what they state is the builder's truth.
 */

import { seededRandom } from '../demo/names';
import type { Block, Cell, Row } from '../docgen/document';
import type { MemberUnit, Person } from '../facts/standard';
import { numberText } from './text';
import type { Variant } from './variant';

/** A field: label wordings (the variant's `wording` picks one) and its value. */
export interface Field {
  labels: string[];
  value: string;
}

export function label(f: Field, v: Variant): string {
  return f.labels[v.wording % f.labels.length]!;
}

/** Shuffle deterministically by the variant's `order` (0 keeps the order). */
export function ordered<T>(items: T[], v: Variant): T[] {
  if (v.order === 0) return items;
  const random = seededRandom(1000 + v.order);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function table(rows: Row[], widths: number[], v: Variant, header = false): Block {
  return { kind: 'table', rows, widths, borders: v.borders, header };
}

const bold = (text: string): Cell => ({ text, bold: true });

/** Key–value fields as the variant presents them. */
export function fieldBlocks(fields: Field[], v: Variant): Block[] {
  const list = ordered(fields, v);
  switch (v.fields) {
    case 'lines':
      return list.map((f) => ({ kind: 'paragraph', text: `${label(f, v)}：${f.value}` }));
    case 'table4': {
      const rows: Row[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const a = list[i]!;
        const b = list[i + 1];
        rows.push(
          b
            ? [label(a, v), a.value, label(b, v), b.value]
            : [label(a, v), { text: a.value, colspan: 3 }],
        );
      }
      return [table(rows, [0.16, 0.34, 0.16, 0.34], v)];
    }
    case 'below': {
      // Labels in a row, the values in the row under them (two per row).
      const rows: Row[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const pair = list.slice(i, i + 2);
        rows.push(pair.map((f) => label(f, v)));
        rows.push(pair.map((f) => f.value));
        if (pair.length === 1) {
          rows[rows.length - 2]!.push('');
          rows[rows.length - 1]!.push('');
        }
      }
      return [table(rows, [0.5, 0.5], v)];
    }
    default:
      return [
        table(
          list.map((f) => [label(f, v), f.value]),
          v.wrap ? [0.18, 0.82] : [0.25, 0.75],
          v,
        ),
      ];
  }
}

/** A checkbox group as the variant prints it. */
export function checkboxBlocks(
  groupLabel: string,
  options: string[],
  chosen: string[],
  v: Variant,
): Block[] {
  const m = v.marks;
  const one = (o: string) => {
    const on = chosen.includes(o);
    if (m.position === 'paren') return `${o}（${on ? m.checked : '  '}）`;
    const mark = on ? m.checked : m.unchecked;
    return m.position === 'before' ? `${mark}${o}` : `${o}${mark}`;
  };
  if (v.grid === 'cells') {
    const cells = options.map(one);
    const perRow = Math.min(cells.length, 6);
    const rows: Row[] = [];
    for (let i = 0; i < cells.length; i += perRow) {
      const chunk = cells.slice(i, i + perRow);
      while (chunk.length < perRow) chunk.push('');
      rows.push([
        i === 0 ? { text: groupLabel, rowspan: Math.ceil(cells.length / perRow) } : null,
        ...chunk,
      ]);
    }
    const w = 0.85 / perRow;
    return [table(rows, [0.15, ...Array(perRow).fill(w)], v)];
  }
  if (v.grid === 'multiline' && options.length > 4) {
    // The label beside the first line only; the grid wraps under it.
    const per = Math.ceil(options.length / 3);
    const lines = [0, 1, 2].map((k) =>
      options
        .slice(k * per, (k + 1) * per)
        .map(one)
        .join('   '),
    );
    return [
      table(
        [
          [groupLabel, lines[0]!],
          ['', lines[1]!],
          ['', lines[2]!],
        ].filter((r) => r[1] !== ''),
        [0.15, 0.85],
        { ...v, borders: false },
      ),
    ];
  }
  return [{ kind: 'paragraph', text: `${groupLabel}：${options.map(one).join('  ')}` }];
}

export interface Role {
  /** The role's name on the form. */
  label: string;
  people: Person[];
}

export type PersonField = 'name' | 'subject' | 'duty' | 'title' | 'dutyTitle' | 'phone' | 'unit';

const HEADERS: Record<PersonField, string[]> = {
  name: ['姓名', '姓 名', '成员姓名'],
  subject: ['学科/专长', '任教学科', '学科'],
  duty: ['职务', '行政职务', '职务'],
  title: ['职称', '专业技术职称', '职称'],
  dutyTitle: ['职务/职称', '职务/职称', '职务/职称'],
  phone: ['联系电话', '手机', '联系方式'],
  unit: ['所在单位', '工作单位', '单位'],
};

function personCell(p: Person, f: PersonField): string {
  if (f === 'dutyTitle') return [p.duty, p.title].filter(Boolean).join('/');
  return p[f] ?? '';
}

/** The fields each person has in the truth: what the table shows of them. */
export function truthPerson(p: Person, fields: PersonField[]): Person {
  const out: Person = { name: p.name };
  for (const f of fields) {
    if (f === 'name') continue;
    if (f === 'dutyTitle') {
      if (p.duty) out.duty = p.duty;
      if (p.title) out.title = p.title;
    } else if (p[f]) out[f] = p[f];
  }
  return out;
}

/** People tables by role: one table with a role column or merged role labels, or a section each. */
export function peopleBlocks(
  roles: Role[],
  fields: PersonField[],
  v: Variant,
  numbering: string[],
): Block[] {
  const header = fields.map((f) => HEADERS[f][v.wording % 3]!);
  const widths = (n: number) => Array(n).fill(1 / n);
  const row = (p: Person) => fields.map((f) => personCell(p, f));
  if (v.roles === 'sections') {
    const blocks: Block[] = [];
    roles.forEach((r, i) => {
      blocks.push({ kind: 'heading', text: `${numbering[i] ?? ''}${r.label}` });
      blocks.push(table([header.map(bold), ...r.people.map(row)], widths(fields.length), v, true));
    });
    return blocks;
  }
  const roleHeader = v.wording % 2 === 0 ? '角色' : '类别';
  const rows: Row[] = [[bold(roleHeader), ...header.map(bold)]];
  for (const r of roles) {
    r.people.forEach((p, i) => {
      if (v.roles === 'merged' && v.borders) {
        rows.push([
          ...(i === 0
            ? [{ text: r.label, rowspan: r.people.length > 1 ? r.people.length : undefined }]
            : [null]),
          ...row(p),
        ]);
      } else rows.push([r.label, ...row(p)]);
    });
  }
  const w = [0.14, ...fields.map(() => 0.86 / fields.length)];
  return [table(rows, w, v, true)];
}

/** Member units: a table (the lead unit in it, marked, or not), a sentence, or a count only. */
export function unitBlocks(
  lead: MemberUnit,
  members: MemberUnit[],
  v: Variant,
  heading: string,
): Block[] {
  const n = numberText(members.length, v.numerals);
  switch (v.units) {
    case 'prose': {
      const names = members.map((u) => u.name);
      const list = `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
      return [
        { kind: 'paragraph', text: `本项目由${lead.name}牵头，主要成员单位共${n}所：${list}。` },
      ];
    }
    case 'countOnly':
      return [
        { kind: 'heading', text: heading },
        {
          kind: 'paragraph',
          text: `除牵头单位外，主要成员单位共${n}所，覆盖城区和乡村学校，成员单位名单见附件。`,
        },
      ];
    default: {
      const withLead = v.units === 'tableWithLead';
      const all = withLead ? [lead, ...members] : members;
      const headers =
        v.wording % 2 === 0
          ? ['序号', '单位名称', '所在地区', '单位类型']
          : ['序号', '成员单位', '所属区域', '学校类型'];
      const rows: Row[] = [
        headers.map(bold),
        ...all.map((u, i) => [
          withLead && i === 0 ? '牵头' : String(withLead ? i : i + 1),
          u.name,
          u.region ?? '',
          u.type ?? '',
        ]),
      ];
      const widths = v.wrap ? [0.1, 0.3, 0.3, 0.3] : [0.1, 0.5, 0.2, 0.2];
      return [{ kind: 'heading', text: heading }, table(rows, widths, v, true)];
    }
  }
}

/**
 * Truth of a units block: the members (not the lead), with the fields the block shows; their
 * count only when the block names none (the pack's memberUnitCount is the count in their place).
 */
export function unitTruth(
  members: MemberUnit[],
  v: Variant,
): { memberUnits?: MemberUnit[]; memberUnitCount?: number } {
  if (v.units === 'countOnly') return { memberUnitCount: members.length };
  if (v.units === 'prose') return { memberUnits: members.map((u) => ({ name: u.name })) };
  return { memberUnits: members.map((u) => ({ name: u.name, region: u.region, type: u.type })) };
}
