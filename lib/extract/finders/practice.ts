/**
 * When practice started (`practiceStart`, YYYY-MM) and for how long it has run as of the call's
 * deadline (`practiceYears`): computed from the start when one is stated ("自2019年9月起开展
 * 实践", a field "实践起始时间"), otherwise read from prose ("已持续开展三年", "开展实践两年
 * 以上"). Durations in the future tense ("建设期为三年") are not practice.
 */
import type { ExtractedFact } from '../../facts/standard';
import type { FactDocument } from '../document';
import { evidenceOf, findField } from '../labels';
import { NUMBER, parseNumber, YEAR_MONTH, yearMonthFrom } from '../numerals';
import { sentences } from '../sections';

const START_LABELS = [
  '实践起始时间',
  '实践开始时间',
  '开始实践时间',
  '开展实践时间',
  '起始时间',
  '实践起始年月',
  '开始时间',
  '成立时间',
  '实践时间',
  '起止时间',
  '实践起止时间',
  '起始年月',
];

/** A start date with a word saying something began then. */
const STARTED = [
  new RegExp(`(?:自|从|于)\\s*${YEAR_MONTH}\\s*(?:起|开始|以来|至今|启动|正式)`),
  new RegExp(`${YEAR_MONTH}\\s*(?:起|开始|以来)`),
  new RegExp(`${YEAR_MONTH}\\s*[，,]?\\s*(?:正式)?(?:启动|开展|组建|成立|开始)`),
];
const ABOUT_PRACTICE = /实践|开展|探索|应用|教研|共同体|联盟|试点|实验/;

function startFromProse(doc: FactDocument): ExtractedFact<string> | undefined {
  for (const s of sentences(doc)) {
    if (!ABOUT_PRACTICE.test(s.text)) continue;
    for (const re of STARTED) {
      const m = re.exec(s.text);
      if (!m) continue;
      const value = yearMonthFrom(m);
      if (!value) continue;
      return { value, evidence: doc.evidenceForFlow(s.start, s.end) };
    }
  }
  return undefined;
}

function startFromField(doc: FactDocument): ExtractedFact<string> | undefined {
  const found = findField(doc, START_LABELS);
  if (!found) return undefined;
  const m = new RegExp(YEAR_MONTH).exec(found.value);
  const value = m ? yearMonthFrom(m) : undefined;
  return value ? { value, evidence: evidenceOf(doc, found) } : undefined;
}

const PAST = '(?:已经|已|累计|持续|连续|至今|坚持)';
const DURATION = [
  // 已持续开展三年 / 已开展实践两年以上 / 已连续开展了3年多
  new RegExp(
    `${PAST}[^。；\\n\\d]{0,12}?(?:开展|进行|实践|探索|坚持|运行)(?:了)?(?:相关)?(?:实践|探索|应用|工作)?(?:已)?(?:达|近|超过|有)?\\s*(${NUMBER})\\s*(?:个)?(?:多)?(?:学)?年`,
  ),
  // 有3年的实践经验 / 积累了两年多的实践
  new RegExp(
    `(?:有|积累了|开展了|经过)\\s*(${NUMBER})\\s*(?:个)?(?:多)?年(?:多|以上)?(?:的)?(?:实践|探索|应用)`,
  ),
  // 实践已有三年 / 实践时间达2年
  new RegExp(`实践(?:时间)?(?:已经|已)?(?:有|达|超过)\\s*(${NUMBER})\\s*(?:个)?(?:多)?年`),
];

function yearsFromProse(doc: FactDocument): ExtractedFact<number> | undefined {
  for (const s of sentences(doc)) {
    if (/建设期|周期|培育期|计划|将|拟/.test(s.text) && !new RegExp(PAST).test(s.text)) continue;
    for (const re of DURATION) {
      const m = re.exec(s.text);
      if (!m) continue;
      const years = parseNumber(m[1]!);
      if (years === undefined || years <= 0 || years > 50) continue;
      return { value: years, evidence: doc.evidenceForFlow(s.start, s.end) };
    }
  }
  return undefined;
}

/**
 * The start when one is stated; otherwise the years the prose states. (Years from a start are
 * computed against the deadline by the caller, the way the rubric counts them.)
 */
export function findPractice(doc: FactDocument): {
  practiceStart?: ExtractedFact<string>;
  practiceYears?: ExtractedFact<number>;
} {
  const start = startFromField(doc) ?? startFromProse(doc);
  if (start) return { practiceStart: start };
  const years = yearsFromProse(doc);
  return years ? { practiceYears: years } : {};
}
