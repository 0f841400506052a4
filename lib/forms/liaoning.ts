/**
 * 辽宁 推荐表 (教育信息化教学应用实践共同体): one application written in any Variant, with the
 * facts the written form states (its truth).
 */
import type { Block, GeneratedDocument } from '../docgen/document';
import type { FactValues, MemberUnit, Person } from '../facts/standard';
import {
  type Field,
  fieldBlocks,
  type PersonField,
  peopleBlocks,
  table,
  truthPerson,
  unitBlocks,
  unitTruth,
} from './kit';
import { chineseNumber, dateText, fullWidthDigits, numberText, yearsOfPractice } from './text';
import type { Variant } from './variant';

export const LIAONING_DEADLINE = '2022-09-15';

export interface LiaoningApp {
  projectName: string;
  category: string;
  direction: string;
  leadUnit: string;
  recommendingBody: string;
  region: string;
  members: MemberUnit[];
  practiceStart: string;
  /** Years stated instead of a start (prose "已持续开展三年"), when set. */
  statedYears?: number;
  typicalCases: number;
  existingCases: string[];
  outcomes: { researchReport: boolean; guide: boolean };
  host: Person;
  core: Person[];
}

const CN_HEADINGS = ['一、', '二、', '三、', '四、', '五、', '六、', '七、'];

export function liaoningForm(
  a: LiaoningApp,
  v: Variant,
): { doc: GeneratedDocument; facts: FactValues } {
  const facts: FactValues = {};
  let h = 0;
  const heading = (text: string): Block => ({
    kind: 'heading',
    text: `${CN_HEADINGS[h++]}${text}`,
  });
  const phone =
    v.numerals === 'fullwidth' ? fullWidthDigits(a.host.phone ?? '') : (a.host.phone ?? '');
  const startInField = v.fields !== 'lines' && a.statedYears === undefined;
  const fields: Field[] = [
    { labels: ['项目名称', '共同体名称', '项目全称'], value: a.projectName },
    { labels: ['类别', '所属类别', '项目类别'], value: a.category },
    { labels: ['应用方向', '申报方向', '所属方向'], value: a.direction },
    { labels: ['牵头单位', '共同体牵头单位', '牵头学校'], value: a.leadUnit },
    { labels: ['推荐单位', '推荐部门', '推荐单位名称'], value: a.recommendingBody },
  ];
  if (startInField) {
    fields.push({
      labels: ['实践起始时间', '开始实践时间', '实践起始年月'],
      value: dateText(a.practiceStart, v.dates),
    });
  }
  Object.assign(facts, {
    projectName: a.projectName,
    category: a.category,
    direction: a.direction,
    leadUnit: a.leadUnit,
    recommendingBody: a.recommendingBody,
  });
  const blocks: Block[] = [
    { kind: 'title', text: '辽宁省2022年度教育信息化教学应用实践共同体项目推荐表' },
    ...fieldBlocks(fields, v),
  ];
  // People: the lead (负责人) and core members, by role.
  const personFields: PersonField[] = v.wrap
    ? ['name', 'dutyTitle', 'unit', 'phone']
    : ['name', 'duty', 'title', 'unit', 'phone'];
  const host: Person = { ...a.host, unit: a.leadUnit, phone };
  const people = peopleBlocks(
    [
      { label: '项目负责人', people: [host] },
      { label: '核心成员', people: a.core },
    ],
    personFields,
    v,
    ['（一）', '（二）', '（三）'],
  );
  facts.host = [truthPerson({ ...host, phone: a.host.phone }, personFields)];
  facts.coreMembers = a.core.map((p) => truthPerson(p, personFields));
  const lead: MemberUnit = { name: a.leadUnit, region: a.region, type: '牵头单位' };
  const units = unitBlocks(lead, a.members, v, `${CN_HEADINGS[h]}主要成员单位`);
  Object.assign(facts, unitTruth(a.members, v));
  // The team table before the member-unit table (role sections), or after it.
  if (v.roles === 'sections') {
    blocks.push(heading('项目组成员'), ...people);
    if (v.units !== 'prose') h++;
    blocks.push(...units);
  } else {
    if (v.units !== 'prose') h++;
    blocks.push(...units, heading('项目组成员'), ...people);
  }
  // The count stated beside the names is no fact of its own (memberUnitCount stands in for
  // names not given).
  if (v.units === 'table' || v.units === 'tableWithLead') {
    blocks.push({
      kind: 'paragraph',
      text: `除牵头单位外，主要成员单位共${numberText(a.members.length, v.numerals)}个。`,
    });
  }
  // Practice: a start (field or sentence) or a stated duration.
  blocks.push(heading('实践基础'));
  if (a.statedYears !== undefined) {
    blocks.push({
      kind: 'paragraph',
      text: `共同体围绕${a.direction}已持续开展${chineseNumber(a.statedYears)}年实践，建立了联合教研、资源共享和定期交流的工作机制。`,
    });
    facts.practiceYears = a.statedYears;
  } else {
    if (!startInField) {
      blocks.push({
        kind: 'paragraph',
        text: `本共同体自${dateText(a.practiceStart, v.dates)}起在本类信息化教学中开展实践，形成了较为稳定的组织结构和管理制度。`,
      });
    } else {
      blocks.push({
        kind: 'paragraph',
        text: '共同体形成了较为稳定的组织结构和管理制度，定期开展联合教研和交流活动。',
      });
    }
    facts.practiceStart = a.practiceStart;
    facts.practiceYears = yearsOfPractice(a.practiceStart, LIAONING_DEADLINE);
  }
  if (a.existingCases.length > 0) {
    facts.existingCases = a.existingCases;
    if (v.lists === 'table') {
      blocks.push(
        table(
          [
            [
              { text: '序号', bold: true },
              { text: '案例名称', bold: true },
            ],
            ...a.existingCases.map((c, i) => [String(i + 1), c]),
          ],
          [0.15, 0.85],
          v,
          true,
        ),
      );
    } else if (v.numerals === 'chinese') {
      blocks.push({
        kind: 'paragraph',
        text: `目前已形成典型案例${chineseNumber(a.existingCases.length)}个：${a.existingCases.map((c) => `《${c}》`).join('、')}。`,
      });
    } else {
      blocks.push({ kind: 'paragraph', text: '已形成的典型案例：' });
      a.existingCases.forEach((c, i) => {
        blocks.push({ kind: 'paragraph', text: `${i + 1}. ${c}` });
      });
    }
  }
  // Outcomes: sentences or a table.
  blocks.push(heading('预期成果'));
  const cases = numberText(a.typicalCases, v.numerals);
  if (v.quote) {
    blocks.push({
      kind: 'paragraph',
      text: '按照通知要求，项目周期内应形成6—8个教学信息化应用的典型案例。',
    });
  }
  if (v.outcomes === 'table') {
    const rows = [
      ['成果名称', '成果形式', '数量'].map((text) => ({ text, bold: true })),
      ...(a.outcomes.researchReport ? [['信息化教学应用模式研究报告', '文本', '1份']] : []),
      ...(a.outcomes.guide ? [['应用指南', '文本', '1份']] : []),
      ['典型案例', '案例集', `${cases}个`],
      ['实践共同体社区', '网络平台', '1个'],
    ];
    blocks.push(table(rows, [0.45, 0.3, 0.25], v, true));
  } else {
    const docs = [
      a.outcomes.researchReport ? '信息化教学应用模式研究报告' : '',
      a.outcomes.guide ? '应用指南' : '',
    ]
      .filter(Boolean)
      .join('和');
    blocks.push({
      kind: 'paragraph',
      text: `${docs ? `项目周期内形成${docs}；` : '项目周期内'}计划形成${cases}个教学信息化应用的典型案例；建设实践共同体社区，开展经验推广活动。`,
    });
  }
  facts.typicalCases = a.typicalCases;
  facts.expectedOutcomes = a.outcomes;
  blocks.push(heading('推荐意见'), { kind: 'paragraph', text: '（推荐单位盖章）\n年　月　日' });
  return {
    doc: {
      title: `${a.projectName} 推荐表`,
      author: a.leadUnit,
      blocks,
      pageNumbers: v.pageNumbers,
    },
    facts,
  };
}
