/**
 * `review-desk report --panel FILE.rdsync [--json] [--rank-by STAT] [--leave-out-conflicts]`:
 * a panel's result from its full backup, through lib/reconcile (the chair's desk computes the
 * same): per application each reviewer's total and criterion scores, the statistics, the flags
 * and the decision; per reviewer severity and count; the panel's agreement.
 */
import { ReviewDeskError } from '../../lib/errors';
import {
  fromPanel,
  openRdsyncReadOnly,
  RANK_STATISTICS,
  type RankStatistic,
  type ReconcileResult,
  type ReportJson,
  reconcile,
  reportJson,
  round4,
} from '../../lib/reconcile';
import { formatMessage } from '../../lib/rubric';
import { readInputFile } from '../cli-io';
import {
  type CliContext,
  type Command,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';
import { reportMeta } from './lazy-meta';

function figure(ctx: CliContext, x: number | null): string {
  return x === null ? ctx.t('reconcile:cli.none') : String(round4(x));
}

function text(ctx: CliContext, json: ReportJson, result: ReconcileResult): string[] {
  const f = (x: number | null) => figure(ctx, x);
  const names = new Map(json.reviewers.map((r) => [r.id, r.name]));
  const ranks = new Map(result.applications.map((a) => [a.id, a]));
  const lines = [
    ctx.t('reconcile:cli.panel', json.panel),
    ctx.t('reconcile:cli.rankedBy', { statistic: ctx.t(`reconcile:statistics.${result.rankBy}`) }),
    '',
  ];
  for (const app of json.applications) {
    const full = ranks.get(app.id)!;
    lines.push(
      ctx.t('reconcile:cli.application', {
        rank: full.rank ?? ctx.t('reconcile:cli.unranked'),
        title: app.title,
        id: app.id,
      }),
      ctx.t('reconcile:cli.stats', {
        n: app.stats.n,
        mean: f(app.stats.mean),
        median: f(app.stats.median),
        trimmedMean: f(app.stats.trimmedMean),
        sd: f(app.stats.sd),
        range: f(app.stats.range),
        normalizedMean: f(full.normalizedMean),
      }),
    );
    app.reviews.forEach((r, i) => {
      const scores = Object.entries(r.scores)
        .map(([c, v]) => `${c}=${v}`)
        .join(' ');
      lines.push(
        ctx.t('reconcile:cli.review', {
          reviewer: names.get(r.reviewer) ?? r.reviewer,
          status: ctx.t(`reconcile:status.${r.status}`),
          total: f(r.total),
          scores,
          left: full.reviews[i]?.leftOut ? ctx.t('reconcile:cli.leftOut') : '',
        }),
      );
    });
    for (const flag of app.flags)
      lines.push(ctx.t('reconcile:cli.flag', { message: flag.message }));
    const d = app.decision;
    lines.push(
      d
        ? ctx.t('reconcile:cli.decision', {
            decision: ctx.t(`reconcile:decisions.${d.decision}`),
            rank: d.rank === null ? '' : ctx.t('reconcile:cli.decisionRank', { rank: d.rank }),
            note: d.note ? ctx.t('reconcile:cli.decisionNote', { note: d.note }) : '',
          })
        : ctx.t('reconcile:cli.noDecision'),
      '',
    );
  }
  lines.push(ctx.t('reconcile:cli.reviewers'));
  for (const r of result.reviewers) {
    lines.push(
      ctx.t('reconcile:cli.reviewer', {
        name: r.name,
        id: r.id,
        n: r.n,
        mean: f(r.mean),
        sd: f(r.sd),
        severity: f(r.severity),
        normalized: r.normalized || r.n === 0 ? '' : ctx.t('reconcile:cli.notNormalized'),
      }),
    );
  }
  const a = result.agreement;
  lines.push(
    '',
    ctx.t('reconcile:cli.agreement', {
      subjects: a.subjects,
      raters: a.raters,
      design: ctx.t(`reconcile:cli.designs.${a.design}`),
    }),
    ctx.t('reconcile:cli.agreementLine', {
      icc21: a.bands.icc21
        ? `${f(a.icc21)} (${ctx.t(`reconcile:bands.${a.bands.icc21}`)})`
        : f(a.icc21),
      icc2k: a.bands.icc2k
        ? `${f(a.icc2k)} (${ctx.t(`reconcile:bands.${a.bands.icc2k}`)})`
        : f(a.icc2k),
      alpha: a.bands.alpha
        ? `${f(a.alpha)} (${ctx.t(`reconcile:bands.${a.bands.alpha}`)})`
        : f(a.alpha),
      kendallW: f(a.kendallW),
    }),
  );
  return lines;
}

export const reportCommand: Command = {
  ...reportMeta,
  async run(ctx, argv) {
    const { values } = parseCommandArgs(
      argv,
      {
        panel: { type: 'string' },
        json: { type: 'boolean' },
        'rank-by': { type: 'string' },
        'leave-out-conflicts': { type: 'boolean' },
      },
      false,
    );
    const file = requireOption(values.panel, 'panel');
    const rankBy = values['rank-by'] ?? 'mean';
    if (!(RANK_STATISTICS as readonly string[]).includes(rankBy)) {
      throw new ReviewDeskError('reconcile/badStatistic', { value: rankBy });
    }
    const { panel, close } = await openRdsyncReadOnly(await readInputFile(ctx.cwd, file));
    try {
      const result = reconcile(fromPanel(panel), {
        rankBy: rankBy as RankStatistic,
        leaveOut: values['leave-out-conflicts'] ? 'conflicts' : 'none',
      });
      const meta = panel.meta()!;
      const json = reportJson(
        result,
        { id: panel.id, name: meta.name, rubric: meta.rubricId },
        (message) => formatMessage(ctx.i18n, message),
      );
      if (values.json) ctx.out(JSON.stringify(json, null, 2));
      else ctx.out(text(ctx, json, result).join('\n'));
      return EXIT_OK;
    } finally {
      close();
    }
  },
};
