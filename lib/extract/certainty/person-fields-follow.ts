/**
 * A single person's record stops where its fields go on: the rows right after the evidence give,
 * label then value ("联系电话：13907771765", "Host's school主持人所在单位 | 江州市…"), a field the
 * person read lacks. The reader took the name line or block and missed the rows that follow it,
 * whatever the layout; the list is doubted. Rows are followed only while each names a field or
 * a detail no record keeps (性别, 年龄).
 */
import type { Person } from '../../facts/standard';
import { normalize } from '../../pdf/normalize';
import type { DocRow, DocumentLayout, Evidence } from '../../pdf/structure/document';
import type { CertaintyCheck } from '.';
import { squeezed } from './list-rows';

/** A person's fields and the labels a form gives them (the label may be prefixed: 主持人所在单位). */
const FIELD_LABELS: [keyof Person, string[]][] = [
  ['unit', ['所在单位', '工作单位', '单位']],
  ['title', ['职称']],
  ['duty', ['职务']],
  ['phone', ['联系电话', '电话', '手机', '手机号码']],
];

/** A person's details no record keeps: passed over (性别 and 年龄 may stand between name and unit). */
const OTHER_DETAILS = [
  '性别',
  '年龄',
  '出生年月',
  '民族',
  '学历',
  '学位',
  '学科',
  '政治面貌',
  '邮箱',
];

/** How many field rows may follow the evidence. */
const MAX_FIELDS = 6;

/** The row holding the evidence's last line, on its page. */
function lastRow(doc: DocumentLayout, evidence: readonly Evidence[]): DocRow | undefined {
  const last = evidence.at(-1);
  if (!last) return undefined;
  const line = squeezed(last.quote.split('\n').at(-1) ?? '');
  if (line.length < 2) return undefined;
  return doc.rows.find((r) => r.page === last.page && squeezed(r.text).includes(line));
}

/** A row's label and value: its first cell and the rest, or the text around its first colon. */
function labelAndValue(row: DocRow): [string, string] | undefined {
  if (row.cells.length >= 2) {
    return [
      row.cells[0]!.text,
      row.cells
        .slice(1)
        .map((c) => c.text)
        .join(''),
    ];
  }
  const text = normalize(row.text);
  const colon = text.search(/[：:]/u);
  return colon < 1 ? undefined : [text.slice(0, colon), text.slice(colon + 1)];
}

/**
 * The field a row states with a value (a blank line "电话：____" states none), 'other' for a
 * detail no record keeps.
 */
function fieldOf(row: DocRow): keyof Person | 'other' | undefined {
  const [label, value] = labelAndValue(row) ?? ['', ''];
  if (squeezed(value).replace(/[_＿]/g, '').length === 0) return undefined;
  const key = squeezed(label).replace(/[：:]$/u, '');
  if (OTHER_DETAILS.some((l) => key.endsWith(l))) return 'other';
  return FIELD_LABELS.find(([, labels]) => labels.some((l) => key.endsWith(l)))?.[0];
}

export const personFieldsFollow: CertaintyCheck = {
  name: 'person-fields-follow',
  check(_id, fact, def, ctx) {
    if (def.type !== 'people' || !Array.isArray(fact.value) || fact.value.length !== 1) {
      return undefined;
    }
    const person = fact.value[0] as Person;
    const end = lastRow(ctx.doc, fact.evidence);
    if (!end) return undefined;
    for (let i = end.index + 1; i <= end.index + MAX_FIELDS; i++) {
      const row = ctx.doc.rows[i];
      const field = row && fieldOf(row);
      if (!field) return undefined;
      if (field !== 'other' && !String(person[field] ?? '').trim()) return 'personFieldsFollow';
    }
    return undefined;
  },
};
