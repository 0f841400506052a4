/**
 * 江州 名师网络工作室 申报表 (the third, fictional call): one application written in any Variant,
 * with the facts it states. Nothing in lib/extract knows this call: its pack alone says how to
 * read it.
 */
import type { Block, GeneratedDocument } from '../docgen/document';
import type { FactValues, MemberUnit, Person } from '../facts/standard';
import {
  checkboxBlocks,
  type Field,
  fieldBlocks,
  type PersonField,
  peopleBlocks,
  table,
  truthPerson,
} from './kit';
import { dateText, numberText, yearsOfPractice } from './text';
import type { Variant } from './variant';

export const MINGSHI_DEADLINE = '2024-05-31';

export interface MingshiApp {
  projectName: string;
  leadUnit: string;
  recommendingBody: string;
  subject: string;
  stage: string;
  host: Person;
  assistants: Person[];
  members: Person[];
  schools: MemberUnit[];
  /** Indices (from 0) into the notice's four host conditions. */
  honours: number[];
  established: string;
  onlineCourses: number;
  trainees: number;
  outputs: { courseResources: boolean; caseCollection: boolean; researchPaper: boolean };
}

export interface MingshiVocabulary {
  subjects: string[];
  stages: string[];
  honours: { value: string; text: string }[];
}

const CIRCLED = '①②③④⑤⑥';

export function mingshiForm(
  a: MingshiApp,
  v: Variant,
  vocab: MingshiVocabulary,
): { doc: GeneratedDocument; facts: FactValues } {
  const facts: FactValues = {
    projectName: a.projectName,
    leadUnit: a.leadUnit,
    recommendingBody: a.recommendingBody,
    subject: a.subject,
    stages: [a.stage],
  };
  const fields: Field[] = [
    { labels: ['工作室名称', '名师工作室名称', '工作室名称'], value: a.projectName },
    { labels: ['主持人所在单位', '所在单位', '工作单位'], value: a.leadUnit },
    { labels: ['推荐单位', '推荐部门', '推荐单位'], value: a.recommendingBody },
    {
      labels: ['开展网络研修起始时间', '工作室成立时间', '研修起始时间'],
      value: dateText(a.established, v.dates),
    },
  ];
  facts.establishedOn = a.established;
  facts.yearsActive = yearsOfPractice(a.established, MINGSHI_DEADLINE);
  const blocks: Block[] = [
    { kind: 'title', text: '江州市中小学名师网络工作室申报表' },
    ...fieldBlocks(fields, v),
    ...checkboxBlocks('学科', vocab.subjects, [a.subject], v),
    ...checkboxBlocks('学段', vocab.stages, [a.stage], { ...v, grid: 'inline' }),
  ];
  // Host conditions.
  facts.hostHonours = vocab.honours.filter((_, i) => a.honours.includes(i)).map((h) => h.value);
  blocks.push({ kind: 'heading', text: '一、主持人条件' });
  if (v.lists === 'table') {
    vocab.honours.forEach((h, i) => {
      const on = a.honours.includes(i);
      blocks.push({
        kind: 'paragraph',
        text: `${on ? v.marks.checked : v.marks.unchecked || '□'}${CIRCLED[i]}${h.text}`,
      });
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: a.honours.length
        ? `主持人符合条件${a.honours.map((i) => CIRCLED[i]).join('、')}，为${a.honours.map((i) => vocab.honours[i]!.text).join('，')}。`
        : '主持人长期从事一线教学。',
    });
  }
  const personFields: PersonField[] = v.wrap
    ? ['name', 'dutyTitle', 'unit', 'phone']
    : ['name', 'subject', 'title', 'unit', 'phone'];
  blocks.push({ kind: 'heading', text: '二、工作室团队' });
  blocks.push(
    ...peopleBlocks(
      [
        { label: '主持人', people: [a.host] },
        { label: '助理', people: a.assistants },
        { label: '工作室成员', people: a.members },
      ],
      personFields,
      v,
      ['（一）', '（二）', '（三）'],
    ),
  );
  const t = (list: Person[]) => list.map((p) => truthPerson(p, personFields));
  Object.assign(facts, {
    host: t([a.host]),
    coreMembers: t(a.members),
  });
  // A role with nobody is stated (as an empty list) only where it has a section of its own.
  if (a.assistants.length > 0 || v.roles === 'sections') facts.assistants = t(a.assistants);
  // Members' schools: a table or a count.
  const n = numberText(a.schools.length, v.numerals);
  blocks.push({ kind: 'heading', text: '三、成员所在学校' });
  if (v.units === 'countOnly' || v.units === 'prose') {
    blocks.push({ kind: 'paragraph', text: `工作室成员来自${n}所学校，覆盖城区和乡镇。` });
    facts.memberSchoolCount = a.schools.length;
  } else {
    blocks.push(
      table(
        [
          [
            { text: '序号', bold: true },
            { text: '学校名称', bold: true },
            { text: '所在区县', bold: true },
          ],
          ...a.schools.map((s, i) => [String(i + 1), s.name, s.region ?? '']),
        ],
        [0.12, 0.58, 0.3],
        v,
        true,
      ),
    );
    facts.memberSchools = a.schools.map((s) => ({ name: s.name, region: s.region }));
  }
  // Plan: courses (quoted requirement first, sometimes), trainees, outputs.
  blocks.push({ kind: 'heading', text: '四、建设目标' });
  const courses = numberText(a.onlineCourses, v.numerals);
  const trainees = numberText(a.trainees, v.numerals);
  blocks.push({
    kind: 'paragraph',
    text: v.quote
      ? `按照通知要求，每年开设网络课程不少于12节。本工作室计划每年开设网络课程${courses}节，带教青年教师${trainees}名。`
      : `工作室每年开设网络课程${courses}节，建设期内带教青年教师${trainees}名。`,
  });
  facts.onlineCourses = a.onlineCourses;
  facts.trainees = a.trainees;
  blocks.push({ kind: 'heading', text: '五、预期成果' });
  const names = [
    a.outputs.courseResources ? '精品课程资源包' : '',
    a.outputs.caseCollection ? '教学案例集' : '',
    a.outputs.researchPaper ? '研究论文' : '',
  ].filter(Boolean);
  if (v.outcomes === 'table') {
    blocks.push(
      table(
        [
          ['成果名称', '形式', '数量'].map((text) => ({ text, bold: true })),
          ...names.map((x) => [x, '电子文本', '1套']),
        ],
        [0.5, 0.25, 0.25],
        v,
        true,
      ),
    );
  } else {
    blocks.push({ kind: 'paragraph', text: `建设期满形成${names.join('、') || '阶段性总结'}。` });
  }
  facts.plannedOutputs = a.outputs;
  return {
    doc: {
      title: `${a.projectName} 申报表`,
      author: a.leadUnit,
      blocks,
      pageNumbers: v.pageNumbers,
    },
    facts,
  };
}
