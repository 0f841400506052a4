/** Plain-data panels for the reconcile tests: members, applications and reviews built in a line. */
import { createI18n } from '../../lib/i18n';
import type {
  ReconcileApplication,
  ReconcileInput,
  ReconcileMember,
  ReconcileReview,
  ReviewFigures,
} from '../../lib/reconcile';
import { builtinPack, formatMessage, type RubricPack, type RuleMessage } from '../../lib/rubric';

export const zh = createI18n('zh-CN');
export const en = createI18n('en');
export const liaoning = builtinPack('liaoning-2022-community');
export const yueyang = builtinPack('yueyang-2023-alliance');

/** A message in a language, failing the test if any key it uses has no text. */
export function say(message: RuleMessage, i18n = zh): string {
  for (const key of JSON.stringify(message).match(/"key":"([^"]+)"/g) ?? []) {
    const k = key.slice(7, -1);
    if (!i18n.exists(k)) throw new Error(`no message for ${k}`);
  }
  return formatMessage(i18n, message);
}

export function member(
  id: string,
  role: ReconcileMember['role'] = 'reviewer',
  unit?: string,
): ReconcileMember {
  return { id, name: `专家${id}`, role, ...(unit ? { unit } : {}) };
}

export function app(id: string, extra: Partial<ReconcileApplication> = {}): ReconcileApplication {
  return { id, title: `申报${id}`, ...extra };
}

/** A submitted review with a total and, optionally, scores, verdict and facts. */
export function submitted(
  application: string,
  reviewer: string,
  total: number | null,
  figures: Partial<ReviewFigures> = {},
): ReconcileReview {
  return {
    application,
    reviewer,
    status: 'submitted',
    figures: { total, scores: {}, eligible: null, facts: {}, ...figures },
  };
}

export function draft(application: string, reviewer: string): ReconcileReview {
  return { application, reviewer, status: 'draft' };
}

/** A ReconcileInput whose lists a test may change in place. */
export type EditableInput = ReconcileInput & {
  applications: ReconcileApplication[];
  members: ReconcileMember[];
  reviews: ReconcileReview[];
};

/**
 * A panel where every reviewer submitted every application: `totals[a][r]` is reviewer r's
 * total on application a (null: a draft). Reviewer ids are r1…, application ids a1….
 */
export function grid(
  totals: (number | null)[][],
  pack: RubricPack = liaoning,
  extra: Pick<ReconcileInput, 'decisions' | 'panelFacts'> = {},
): EditableInput {
  const raters = totals[0]?.length ?? 0;
  return {
    pack,
    members: [
      member('chair', 'chair'),
      ...Array.from({ length: raters }, (_, r) => member(`r${r + 1}`)),
    ],
    applications: totals.map((_, a) => app(`a${a + 1}`)),
    reviews: totals.flatMap((row, a) =>
      row.map((t, r) =>
        t === null ? draft(`a${a + 1}`, `r${r + 1}`) : submitted(`a${a + 1}`, `r${r + 1}`, t),
      ),
    ),
    ...extra,
  };
}
