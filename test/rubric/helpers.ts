/** Small packs and renderers shared by the rubric tests. */
import { createI18n } from '../../lib/i18n';
import {
  createBlankPack,
  type FactDef,
  formatMessage,
  type OpinionRender,
  type PanelRule,
  parseRubricPack,
  type RubricPack,
  type Rule,
  type RuleMessage,
} from '../../lib/rubric';

export const zh = createI18n('zh-CN');
export const en = createI18n('en');

/** The message in a language, failing the test if any key along the way has no message. */
export function say(message: RuleMessage, i18n = zh): string {
  const text = formatMessage(i18n, message);
  const keys = JSON.stringify(message).match(/rubric:[\w.]+/g) ?? [];
  for (const key of keys) {
    if (!i18n.exists(key)) throw new Error(`no message for ${key}`);
  }
  return text;
}

/** How the opinion tests render values and labels: through a real i18n instance. */
export function render(i18n = zh): OpinionRender {
  return { language: i18n.language, t: (key, params) => i18n.t(key, params) as string };
}

export const FACTS: FactDef[] = [
  { id: 'projectName', type: 'text', label: { zh: '项目名称', en: 'Project name' } },
  { id: 'leadUnit', type: 'text', label: { zh: '牵头单位', en: 'Lead unit' } },
  { id: 'category', type: 'text', label: { zh: '类别', en: 'Category' } },
  { id: 'memberUnits', type: 'units', label: { zh: '成员单位', en: 'Member units' } },
  { id: 'practiceStart', type: 'month', label: { zh: '实践起始', en: 'Practice start' } },
  {
    id: 'practiceYears',
    type: 'number',
    label: { zh: '实践年限', en: 'Years' },
    derive: { kind: 'yearsSince', from: 'practiceStart' },
  },
  { id: 'typicalCases', type: 'integer', label: { zh: '典型案例', en: 'Cases' } },
  {
    id: 'expectedOutcomes',
    type: 'flags',
    label: { zh: '预期成果', en: 'Outcomes' },
    options: [{ value: 'researchReport' }, { value: 'guide' }],
  },
  { id: 'coreMembers', type: 'people', label: { zh: '核心成员', en: 'Core members' } },
  {
    id: 'stages',
    type: 'names',
    label: { zh: '学段', en: 'Stages' },
    options: [{ value: '小学' }, { value: '初中' }, { value: '高中' }],
  },
  { id: 'submittedOn', type: 'date', label: { zh: '报送日期', en: 'Submitted' } },
  { id: 'startedOn', type: 'month', label: { zh: '开始月份', en: 'Started' } },
  { id: 'online', type: 'boolean', label: { zh: '线上', en: 'Online' } },
  { id: 'recommendingBody', type: 'text', label: { zh: '推荐单位', en: 'Body' } },
];

/** A valid pack with the facts above, one clause `c1`, and the given rules. */
export function testPack(rules: Omit<Rule, 'clause' | 'title'>[], panelRules: PanelRule[] = []) {
  const pack: RubricPack = {
    ...createBlankPack('test-pack', { zh: '测试', en: 'Test' }, '2022-09-15'),
    facts: FACTS,
    rules: rules.map((r) => ({ ...r, clause: 'c1', title: { zh: r.id } })),
    panelRules,
  };
  pack.call.clauses = [{ id: 'c1', number: '一', text: '条款原文。' }];
  const parsed = parseRubricPack(pack);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 1));
  return parsed.pack;
}

/** Packs and facts as plain JSON that a test edits freely, wrong shapes included. */
// biome-ignore lint/suspicious/noExplicitAny: tests build malformed packs on purpose
export type Loose = any;
