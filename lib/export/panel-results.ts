/**
 * The panel's result (`PanelResults`) from a panel, through its public API and lib/reconcile: the
 * same figures the chair's desk and `review-desk report` show. The panel's score of an
 * application is the total of the chair's consensus scores when the chair set every criterion,
 * else the reconcile statistic the panel ranks by; its eligibility is the engine's verdict on the
 * facts the panel agreed on (lib/reconcile SPEC F3, R8). Withdrawn applications are left out.
 */
import { canonicalJson } from '../crypto/bytes';
import { sha256HexOf } from '../crypto/hash';
import type { I18n } from '../i18n';
import type { ApplicationId } from '../ids';
import type { ApplicationView, Panel } from '../panel/panel';
import type { Decision } from '../panel/records/decision';
import type { Member } from '../panel/records/member';
import type { PanelMeta } from '../panel/records/meta';
import {
  type ApplicationResult,
  fromPanel,
  panelPack,
  type RankStatistic,
  type ReconcileResult,
  reconcile,
} from '../reconcile';
import {
  allCriteria,
  checkDivergence,
  computeTotal,
  evaluate,
  formatMessage,
  pickText,
  type RubricPack,
} from '../rubric';
import { clip, clipNullable, LIMITS } from './clip';
import { callOf, levelText, verdictText } from './opinion-source';
import type { PanelResults, ReviewPart } from './results-model';
import { summaryCellsFromPack, summaryLayoutFromPack } from './summary-table';

/** A panel read once for an export: everything the results and the opinions are made from. */
export interface PanelReading {
  pack: RubricPack;
  meta: PanelMeta;
  rubricSha256: string;
  members: Member[];
  /** Applications not withdrawn, in the panel's order, with their numbers (1…). */
  applications: { app: ApplicationView; number: string; result: ApplicationResult }[];
  decisions: Record<ApplicationId, Decision>;
  reconciled: ReconcileResult;
  rankBy: RankStatistic;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function readPanel(panel: Panel, opts: { rankBy?: RankStatistic } = {}): PanelReading {
  const meta = panel.meta();
  const pack = panelPack(panel);
  const rankBy = opts.rankBy ?? 'mean';
  const all = panel.applications();
  const input = fromPanel(panel, pack);
  const withdrawn = new Set(all.filter((a) => a.withdrawn).map((a) => a.id));
  const reconciled = reconcile(
    {
      ...input,
      applications: input.applications.map((a) =>
        withdrawn.has(a.id as ApplicationId) ? { ...a, withdrawn: true } : a,
      ),
      panelFacts: Object.fromEntries(
        all.map((a) => [
          a.id,
          Object.fromEntries(Object.values(panel.panelFacts(a.id)).map((f) => [f.fact, f.value])),
        ]),
      ),
    },
    { rankBy },
  );
  const results = new Map(reconciled.applications.map((r) => [r.id, r]));
  const kept = all.filter((a) => !withdrawn.has(a.id));
  return {
    pack,
    meta: meta!,
    rubricSha256: sha256HexOf(canonicalJson(panel.rubric())),
    members: panel.members(),
    applications: kept.map((app, i) => ({
      app,
      number: String(i + 1),
      result: results.get(app.id)!,
    })),
    decisions: panel.decisions(),
    reconciled,
    rankBy,
  };
}

/** The panel's score: the chair's consensus total when complete, else the ranking statistic. */
export function panelScore(
  pack: RubricPack,
  result: ApplicationResult,
  decision: Decision | null,
  rankBy: RankStatistic,
): number | null {
  if (decision?.scores) {
    const total = computeTotal(pack.scoring, decision.scores);
    if (total.complete) return round2(total.value);
  }
  const figure = rankBy === 'normalizedMean' ? result.normalizedMean : result.stats[rankBy];
  return figure === null || figure === undefined ? null : round2(figure);
}

function flagResolution(
  i18n: I18n,
  flag: ApplicationResult['flags'][number],
  decision: Decision | null,
): string | null {
  if (!decision) return null;
  const reason = flag.criterion ? decision.reasons?.[flag.criterion] : undefined;
  if (reason) return reason;
  return i18n.t('export:flags.decided', { verdict: verdictText(i18n, decision.decision) });
}

function clipLayout(layout: PanelResults['summary']): PanelResults['summary'] {
  return {
    title: clip(layout.title, LIMITS.title),
    columns: layout.columns.map((c) => ({ ...c, label: clip(c.label, LIMITS.name) })),
  };
}

function clipSummaryCell<T>(cell: T): T {
  return (typeof cell === 'string' ? clip(cell, LIMITS.paragraph) : cell) as T;
}

export function buildResults(
  reading: PanelReading,
  opts: {
    i18n: I18n;
    language: 'zh-CN' | 'en';
    exportedAt: number;
    panelId: string;
    reviews: ReviewPart[];
    unsignedReviews: { application: string; member: string }[];
  },
): PanelResults {
  const { pack, meta, i18n, language } = { ...reading, ...opts };
  const members = reading.members;
  return {
    v: 1,
    language,
    panel: {
      id: opts.panelId,
      name: clip(meta.name, LIMITS.line),
      createdAt: meta.createdAt,
      exportedAt: opts.exportedAt,
    },
    call: callOf({ pack, rubricSha256: reading.rubricSha256 }),
    summary: clipLayout(summaryLayoutFromPack(pack, language)),
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      unit: m.unit,
      addedAt: m.addedAt,
      removedAt: m.removed ? (m.removedAt ?? null) : null,
    })),
    criteria: allCriteria(pack.scoring).map((c) => ({
      id: c.id,
      title: clip(pickText(c.title, language), LIMITS.title),
      max: c.max,
    })),
    totalMax: pack.scoring.total.max,
    applications: reading.applications.map(({ app, number, result }) => {
      const decision = reading.decisions[app.id] ?? null;
      const score = panelScore(pack, result, decision, reading.rankBy);
      const eligible = evaluate(pack, result.facts.facts).eligible;
      const level = levelText({ pack, language }, score);
      const verdict = decision ? clip(verdictText(i18n, decision.decision), LIMITS.line) : null;
      const counted = result.reviews.filter((r) => r.counted && r.total !== null);
      const totals = counted.map((r) => r.total as number);
      return {
        id: app.id,
        number,
        title: app.title,
        applicant: app.applicantUnit,
        files: app.files.map((f) => ({ name: f.name, sha256: f.hash, size: f.size })),
        summaryCells: summaryCellsFromPack(
          pack,
          {
            index: Number(number),
            facts: result.facts.facts,
            results: {
              eligible,
              ...(score === null ? {} : { total: score }),
              ...(level ? { level } : {}),
              ...(verdict ? { verdict } : {}),
            },
          },
          language,
        ).map(clipSummaryCell),
        eligibility: eligible === true ? 'pass' : eligible === false ? 'fail' : 'unknown',
        score,
        level,
        verdict,
        rank: decision?.rank ?? result.rank,
        totals: result.reviews
          .filter((r) => r.status === 'submitted')
          .map((r) => ({ member: r.reviewer, total: r.total })),
        stats: {
          n: result.stats.n,
          mean: result.stats.mean === null ? null : round2(result.stats.mean),
          min: result.stats.min,
          max: result.stats.max,
          spread: totals.length >= 2 ? round2(checkDivergence(pack.scoring, totals).value) : null,
          divergent: result.flags.some((f) => f.kind === 'divergent'),
        },
        flags: result.flags.map((f) => ({
          kind: i18n.t(`export:flagKinds.${f.kind}`) as string,
          detail: clip(formatMessage(i18n, f.message), LIMITS.paragraph),
          resolution: clipNullable(flagResolution(i18n, f, decision), LIMITS.paragraph),
        })),
        decision: decision
          ? {
              verdict: clip(verdictText(i18n, decision.decision), LIMITS.line),
              note: clip(decision.note, LIMITS.comment),
              decidedAt: decision.at,
              by: decision.by,
            }
          : null,
      };
    }),
    reviews: opts.reviews,
    ...(opts.unsignedReviews.length ? { unsignedReviews: opts.unsignedReviews } : {}),
  };
}
