/**
 * 岳阳 申报表 (网络教研联盟): one application written in any Variant, with the facts the written
 * form states. The options (stages, grade volumes, categories, host conditions) and their
 * wordings are the pack's.
 */
import type { Block, GeneratedDocument } from '../docgen/document';
import type { FactValues, Person } from '../facts/standard';
import {
  checkboxBlocks,
  type Field,
  fieldBlocks,
  type PersonField,
  peopleBlocks,
  table,
  truthPerson,
} from './kit';
import { numberText } from './text';
import type { Variant } from './variant';

export const YUEYANG_DEADLINE = '2023-10-30';

export interface YueyangApp {
  projectName: string;
  leadUnit: string;
  recommendingBody: string;
  stages: string[];
  gradeVolumes: string[];
  researchCategory: string;
  host: Person;
  counselors: Person[];
  advisors: Person[];
  core: Person[];
  reviewers: Person[];
  /** Indices (from 0) into the notice's six host conditions. */
  qualifications: number[];
  annualTarget: number;
}

/** The option lists of the call, as its pack declares them. */
export interface YueyangVocabulary {
  stages: string[];
  gradeVolumes: string[];
  researchCategories: string[];
  qualifications: { value: string; text: string }[];
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

export function yueyangForm(
  a: YueyangApp,
  v: Variant,
  vocab: YueyangVocabulary,
): { doc: GeneratedDocument; facts: FactValues } {
  const facts: FactValues = {
    projectName: a.projectName,
    leadUnit: a.leadUnit,
    stages: a.stages,
    gradeVolumes: a.gradeVolumes,
    researchCategory: a.researchCategory,
  };
  const fields: Field[] = [
    { labels: ['网络教研联盟名称', '联盟名称', '教研联盟名称'], value: a.projectName },
    { labels: ['所在单位', '申报单位', '牵头单位'], value: a.leadUnit },
  ];
  if (v.fields !== 'table2') {
    fields.push({ labels: ['推荐单位', '推选单位', '推荐单位'], value: a.recommendingBody });
    facts.recommendingBody = a.recommendingBody;
  }
  const blocks: Block[] = [
    { kind: 'paragraph', text: '附件1' },
    { kind: 'title', text: '岳阳市中小学信息科技（技术）“网络教研联盟”申报表' },
    ...fieldBlocks(fields, v),
    ...checkboxBlocks(v.wording === 1 ? '学段' : '学 段', vocab.stages, a.stages, {
      ...v,
      grid: v.grid === 'multiline' ? 'inline' : v.grid,
    }),
    ...checkboxBlocks(v.wording === 2 ? '年级' : '年级册', vocab.gradeVolumes, a.gradeVolumes, v),
    ...checkboxBlocks('研究类别', vocab.researchCategories, [a.researchCategory], {
      ...v,
      grid: v.grid === 'multiline' ? 'inline' : v.grid,
    }),
  ];
  const personFields: PersonField[] = v.wrap
    ? ['name', 'subject', 'dutyTitle', 'phone', 'unit']
    : ['name', 'subject', 'duty', 'title', 'phone', 'unit'];
  const roles = [
    { label: '主持人', people: [a.host] },
    { label: '辅导员', people: a.counselors },
    { label: '顾问', people: a.advisors },
    { label: v.wording === 1 ? '网络教研联盟核心成员' : '核心成员', people: a.core },
    { label: v.wording === 2 ? '资源审核员' : '资源内容审核管理员', people: a.reviewers },
  ];
  blocks.push({ kind: 'heading', text: '一、联盟成员' });
  if (v.lists === 'prose') {
    blocks.push({
      kind: 'paragraph',
      text: `联盟设主持人1人、辅导员${numberText(a.counselors.length, v.numerals)}人、顾问${numberText(a.advisors.length, v.numerals)}人、核心成员${numberText(a.core.length, v.numerals)}名。`,
    });
  }
  blocks.push(
    ...peopleBlocks(roles, personFields, v, ['（一）', '（二）', '（三）', '（四）', '（五）']),
  );
  const t = (list: Person[]) => list.map((p) => truthPerson(p, personFields));
  Object.assign(facts, {
    host: t([a.host]),
    counselors: t(a.counselors),
    advisors: t(a.advisors),
    coreMembers: t(a.core),
    resourceReviewers: t(a.reviewers),
  });
  // Host conditions: circled numbers in a sentence, or a ticked list.
  const quals = a.qualifications;
  facts.hostQualifications = vocab.qualifications
    .filter((_, i) => quals.includes(i))
    .map((q) => q.value);
  blocks.push({ kind: 'heading', text: '二、主持人申报条件' });
  if (v.lists === 'table' && v.marks.position !== 'paren') {
    vocab.qualifications.forEach((q, i) => {
      const mark = quals.includes(i) ? v.marks.checked : v.marks.unchecked || '□';
      blocks.push({ kind: 'paragraph', text: `${mark} ${CIRCLED[i]}${q.text}` });
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: quals.length
        ? `主持人符合第${quals.map((i) => CIRCLED[i]).join('、')}条：${quals.map((i) => vocab.qualifications[i]!.text).join('；')}。`
        : '主持人暂不符合所列优先条件，长期从事信息科技教学与教研工作。',
    });
  }
  blocks.push({ kind: 'heading', text: '三、教学资源开发与应用方案' });
  const target = numberText(a.annualTarget, v.numerals);
  blocks.push({
    kind: 'paragraph',
    text: v.quote
      ? `按照通知要求，每年原创或深度二次加工的教学资源不少于200条。本联盟计划每年开发原创教学资源${target}条，依托岳阳市“三个课堂”应用平台共享。`
      : `联盟以${a.gradeVolumes.join('、') || '主题'}为单位开展常态化网络教研，每年原创或深度二次加工教学资源不少于${target}条。`,
  });
  facts.annualResourceTarget = a.annualTarget;
  blocks.push(
    table(
      [
        ['所在单位意见', '单位签章　　年　月　日'],
        ['县市区教育技术部门意见', '单位签章　　年　月　日'],
      ],
      [0.3, 0.7],
      v,
    ),
  );
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
