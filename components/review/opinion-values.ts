/** Values for the opinion template's placeholders, from this reviewer's review. */
import {
  allCriteria,
  computeTotal,
  type Evaluation,
  factPlaceholders,
  pickText,
  type RubricPack,
  totalLevel,
} from '@/lib/rubric';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const KNOWN = ['total', 'level', 'scores', 'comments', 'eligibility', 'verdict', 'date'];

/** A template placeholder as the reviewer knows it: `fact.projectName` → 项目名称, `total` → 总分. */
export function placeholderLabel(
  name: string,
  pack: RubricPack,
  language: string,
  t: Translate,
): string {
  if (name.startsWith('fact.')) {
    const def = pack.facts.find((f) => f.id === name.slice(5));
    if (def) return pickText(def.label, language);
  }
  if (KNOWN.includes(name)) return t(`reviewForm:opinion.placeholder.${name}`);
  return name;
}

export function opinionValues(
  pack: RubricPack,
  language: string,
  t: Translate,
  input: {
    facts: Record<string, unknown>;
    scores: Record<string, number | null>;
    comments: Record<string, string>;
    evaluation: Evaluation;
    date: Date;
  },
): Record<string, string | number | undefined> {
  const total = computeTotal(pack.scoring, input.scores);
  const level = total.complete ? totalLevel(pack.scoring, total.value) : undefined;
  const criteria = allCriteria(pack.scoring);
  const sep = language.startsWith('en') ? '; ' : '；';
  const scores = criteria
    .filter((c) => typeof input.scores[c.id] === 'number')
    .map((c) => `${pickText(c.title, language)} ${input.scores[c.id]}/${c.max}`)
    .join(sep);
  const comments = criteria
    .map((c) => input.comments[c.id]?.trim())
    .filter(Boolean)
    .join(sep);
  const eligible = input.evaluation.eligible;
  return {
    ...factPlaceholders(input.facts),
    total: total.complete ? total.value : undefined,
    level: level?.level ? pickText(level.level.label, language) : undefined,
    scores: scores || undefined,
    comments: comments || undefined,
    eligibility: t(
      `opinion.eligibility.${eligible === true ? 'eligible' : eligible === false ? 'ineligible' : 'undecided'}`,
    ),
    verdict: undefined,
    date: input.date.toISOString().slice(0, 10),
  };
}
