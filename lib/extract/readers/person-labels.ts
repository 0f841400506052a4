/**
 * The words that label a person's fields, once for every reader: a people table's column heads
 * (people-headers.ts), a card's labels before their colons (person-cards.ts), and the words
 * that are never a person's name (person-parts.ts). Kept apart, the three lists drifted (cards
 * did not know 联系方式 or 手机号).
 */
import { escapeRegex } from '../../regex';

/** A person's fields a label names (the role's column is told by patterns: people-headers.ts). */
export type LabelledField = 'name' | 'subject' | 'duty' | 'title' | 'dutyTitle' | 'phone' | 'unit';

/** Every way of writing a pair of words with one of `separators` (or none) between them. */
const joined = (a: string, b: string, separators: string[]) =>
  ['', ...separators].map((s) => `${a}${s}${b}`);

const SUBJECTS = ['学科', '专长', ...joined('学科', '专长', ['/', '／', '、']), '学科专业', '专业'];

/** Labels by field. */
export const FIELD_LABELS: Record<LabelledField, readonly string[]> = {
  name: ['姓名', '名字', '成员姓名'],
  dutyTitle: [
    ...joined('职务', '职称', ['/', '／', '、', '，', ',']),
    ...joined('职称', '职务', ['/', '／', '、', '，', ',']),
    '职务（职称）',
    '职务(职称)',
  ],
  subject: [
    ...['', '任教', '所教'].flatMap((p) => SUBJECTS.map((s) => p + s)),
    ...['专业特长', '研究方向'],
  ],
  // "现任职务": the column head of forms that ask for the post held now (一览表 of LibreOffice/Word).
  duty: ['职务', '行政职务', '现任职务', '担任职务'],
  title: ['职称', '专业技术职称', '技术职称', '专业职称', '专业技术职务'],
  phone: ['联系方式', '联系电话', '电话', '手机', '手机号码', '移动电话', '手机号'],
  unit: [
    ...['所在单位', '工作单位', '单位', '所在学校', '学校', '单位名称', '任教学校'],
    ...joined('单位', '学校', ['/', '／']).slice(1),
    ...joined('学校', '单位', ['/', '／']).slice(1),
  ],
};

/** Labels of what a record may show besides a person's fields (性别, 备注…): no name either. */
export const OTHER_LABELS = [
  '性别',
  '年龄',
  '出生年月',
  '民族',
  '学历',
  '备注',
  '序号',
  '分工',
  '任务分工',
  '主要分工',
  '承担任务',
  '角色',
  '类别',
  '签名',
  '签字',
  '电子邮箱',
  '邮箱',
  // A name's romanisation: the column beside the name, never a name itself.
  '姓名拼音',
  '拼音',
] as const;

/** Every field label with its field. */
export const LABELLED: readonly [string, LabelledField][] = (
  Object.entries(FIELD_LABELS) as [LabelledField, readonly string[]][]
).flatMap(([field, labels]) => labels.map((l) => [l, field] as [string, LabelledField]));

/** Labels as one pattern's alternatives, longest first (a label is not read as a longer one's end). */
export function labelsPattern(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}
