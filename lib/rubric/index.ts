/**
 * Rubric packs and the eligibility engine: the public surface of lib/rubric. Everything here is
 * pure and runs in the browser and in Node (the CLI), so both show the same verdicts.
 */
export { builtinPack, builtinPacks } from './builtin';
export { BUILTIN_PACK_IDS, type BuiltinPackId, isBuiltinPackId } from './builtin-ids';
export { classifyBody, matchesName } from './classify';
export { type ConditionResult, evalCondition, type Status } from './conditions';
export { dayRange, isValidDay, isValidMonth, monthsElapsed } from './dates';
export {
  clauseOf,
  countVerdicts,
  type Evaluation,
  type EvaluationCounts,
  eligibility,
  evaluate,
  type FactUse,
  type RuleVerdict,
} from './evaluate';
export { type FactProblem, type FactState, type FactTable, readFacts } from './fact-values';
export {
  formatMessage,
  type LocalText,
  list,
  type MessageParam,
  msg,
  pickText,
  type RuleMessage,
  renderMessageWith,
  renderParam,
} from './messages';
export { type MigrationResult, migratePack } from './migrations';
export {
  type FilledOpinion,
  fillOpinion,
  type OpinionField,
  type OpinionRender,
  type OpinionValue,
  type OpinionValues,
  opinionFieldLabel,
  opinionPlaceholders,
  unresolvedFields,
} from './opinion';
export {
  type Call,
  type Clause,
  createBlankPack,
  PACK_FORMAT_VERSION,
  type RubricPack,
  RubricPackSchema,
} from './pack';
export {
  checkPanel,
  evaluatePanel,
  type Finding,
  type PanelApplication,
  type PanelCheck,
  type PanelContext,
  type Reviewer,
} from './panel';
export { formatPath, type PathSegment, type Problem, problemMessage } from './problems';
export {
  type CriterionSummary,
  confirmedFacts,
  criterionIds,
  type FactAnswer,
  type ReviewInput,
  type ReviewSummary,
  type SummaryOptions,
  summarizeReview,
} from './review-summary';
export type { Bound, Severity } from './schema/common';
export {
  FACT_TYPES,
  type FactDef,
  type FactHints,
  type FactOption,
  type FactType,
  READERS,
  type Reader,
  STANDARD_FACT_TYPES,
} from './schema/facts';
export {
  type ColumnSource,
  OPINION_PLACEHOLDERS,
  type OpinionTemplate,
  type SummaryColumn,
  type SummaryTable,
} from './schema/outputs';
export type { NameMatcher, PanelRule, QuotaClass } from './schema/panel-rules';
export { CONDITION_KINDS, type Condition, type Rule } from './schema/rules';
export type { Band, Criterion, ScaleLevel, Scoring, Section } from './schema/scoring';
export { parseScoreText, type ScoreText } from './score-text';
export {
  allCriteria,
  bandForScore,
  checkDivergence,
  checkReview,
  checkScore,
  commentRequired,
  computeTotal,
  type Divergence,
  divergence,
  findCriterion,
  type Graded,
  type ReviewIssue,
  type ScoreCheck,
  stepScore,
  type Total,
  totalLevel,
} from './scoring';
export { type Cell, type SummaryRowInput, summaryCell, summaryHeader, summaryRow } from './summary';
export { normalizePhone, normalizeText, sameText, visibleLength } from './text';
export { type ParseResult, parseRubricPack } from './validate';
