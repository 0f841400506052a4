/**
 * Dates and durations: a month or day in a field of its own ("实践起始时间 | 2019年9月"), or in
 * a sentence saying something about the fact's items began then ("自2019年9月起开展实践");
 * a duration in years stated in the past tense ("已持续开展三年", "开展实践两年以上"). Plans
 * ("建设期为三年") are not durations of what was done.
 */
import type { ExtractedFact } from '../../facts/standard';
import { cleanLabel, findField } from '../../pdf/structure/key-values';
import { sentences } from '../../pdf/structure/sections';
import type { FactDef } from '../../rubric';
import { NUMBER, parseNumber, YEAR_MONTH, yearMonthFrom } from '../numerals';
import { fromFlow, fromFound, hintsOf, pairConfidence, type ReadContext } from './context';
import { byLabel, byPattern, convert } from './text';

/**
 * A day after the month, which a start month does not need ("自2018.9.1起", "于2019年9月1日
 * 启动"): offices often write the first day of the term. One `\\s*` per run of white space.
 */
const DAY =
  '(?:[.．/\\-－]\\s*\\d{1,2}(?!\\d)|\\s*(?:\\d{1,2}|[〇零一二三四五六七八九十]{1,3})[日号])?';

/** A start date with a word saying something began then. */
const STARTED = [
  new RegExp(`(?:自|从|于)\\s*${YEAR_MONTH}${DAY}\\s*(?:起|开始|以来|至今|启动|正式)`),
  new RegExp(`${YEAR_MONTH}${DAY}\\s*(?:起|开始|以来|至今)`),
  new RegExp(`${YEAR_MONTH}${DAY}\\s*[，,]?\\s*(?:正式)?(?:启动|开展|组建|成立|开始|建立)`),
];

/**
 * A beginning told as a story ("说起这件事，要追溯到2018年10月。那时我们只有…"): the verb says
 * something began then, though not what. With none of the fact's items in the sentence it may
 * be another beginning (a school's history): proposed for checking.
 */
const ORIGIN = new RegExp(
  `(?:追溯到|追溯至|始于|起步于|开始于|起源于|发端于|萌芽于)\\s*${YEAR_MONTH}`,
);

function startFromProse(ctx: ReadContext, def: FactDef): ExtractedFact<string> | undefined {
  const items = hintsOf(def).items;
  let told: ExtractedFact<string> | undefined;
  for (const s of sentences(ctx.doc)) {
    const about = !items || items.test(s.text);
    for (const re of about ? [...STARTED, ORIGIN] : [ORIGIN]) {
      const m = re.exec(s.text);
      if (!m) continue;
      const value = yearMonthFrom(m);
      if (!value) continue;
      if (about) return fromFlow(ctx.doc, s.start, s.end, value, 0.85);
      told ??= fromFlow(ctx.doc, s.start, s.end, value, 0.5);
    }
  }
  return told;
}

/** A short label naming a time (…时间, …年月): a field of its own. */
const TIME_LABEL = /^[\p{Script=Han}]{1,8}(?:时间|年月|日期)$/u;

/**
 * A field whose label names a time and one of the fact's items ("实践开展时间", "联盟起始年月")
 * in words the pack does not list: read as the pack's own labels are, and proposed a little
 * less sure. Labels about something else (出生年月, 填报日期) hold none of the items.
 */
function byItemLabel(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const items = hintsOf(def).items;
  if (!items) return undefined;
  const seen = new Set<string>();
  for (const row of ctx.doc.rows) {
    for (const cell of row.cells) {
      const label = cleanLabel(cell.text.split(/[:：]/)[0]!);
      if (seen.has(label) || !TIME_LABEL.test(label) || !items.test(label)) continue;
      seen.add(label);
      const found = findField(ctx.doc, [label], false);
      const value = found && convert(def, found.value);
      if (found && value) return fromFound(ctx.doc, found, value, pairConfidence(found) - 0.1);
    }
  }
  return undefined;
}

export function readMonth(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  return (
    byLabel(ctx, def) ?? byPattern(ctx, def) ?? byItemLabel(ctx, def) ?? startFromProse(ctx, def)
  );
}

export function readDate(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  return byLabel(ctx, def) ?? byPattern(ctx, def);
}

const PAST = '(?:已经|已|累计|持续|连续|至今|坚持)';
const DURATION = [
  // 已持续开展三年 / 已开展实践两年以上 / 已连续开展了3年多
  new RegExp(
    `${PAST}[^。；\\n\\d]{0,12}?(?:开展|进行|实践|探索|坚持|运行|建设)(?:了)?(?:相关)?(?:实践|探索|应用|工作)?(?:已)?(?:达|近|超过|有)?\\s*(${NUMBER})\\s*(?:个)?(?:多)?(?:学)?年`,
  ),
  // 有3年的实践经验 / 积累了两年多的实践
  new RegExp(
    `(?:有|积累了|开展了|经过)\\s*(${NUMBER})\\s*(?:个)?(?:多)?年(?:多|以上)?(?:的)?(?:实践|探索|应用)`,
  ),
  // 实践已有三年 / 实践时间达2年
  new RegExp(`(?:实践|开展)(?:时间)?(?:已经|已)?(?:有|达|超过)\\s*(${NUMBER})\\s*(?:个)?(?:多)?年`),
];

export function readDuration(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const field = byLabel(ctx, def) ?? byPattern(ctx, def);
  if (field) return field;
  const items = hintsOf(def).items;
  for (const s of sentences(ctx.doc)) {
    if (items && !items.test(s.text)) continue;
    if (/建设期|周期|培育期|计划|将|拟/.test(s.text) && !new RegExp(PAST).test(s.text)) continue;
    for (const re of DURATION) {
      const m = re.exec(s.text);
      if (!m) continue;
      // "实践一年半": the half after the year counts.
      const half = s.text.slice(m.index + m[0].length).startsWith('半') ? 0.5 : 0;
      const years = (parseNumber(m[1]!) ?? Number.NaN) + half;
      if (Number.isNaN(years) || years <= 0 || years > 50) continue;
      return fromFlow(ctx.doc, s.start, s.end, years, 0.8);
    }
  }
  return undefined;
}
