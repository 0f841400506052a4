import type { Messages } from '../shape';
import type { reconcile as zh } from '../zh-CN/reconcile';

export const reconcile: Messages<typeof zh> = {
  measures: { range: 'range', stdev: 'standard deviation' },
  flags: {
    divergent:
      'Reviewers disagree: the {{measure}} of the totals is {{value}} points, above the threshold of {{threshold}}.',
    criterionDivergent:
      'Reviewers disagree on "{{criterion}}": {{measure}} {{value}} points, above the threshold of {{threshold}}.',
    eligibilityDiffers:
      'Eligibility verdicts differ: eligible for {{eligible}}, not eligible for {{ineligible}}.',
    factDisputed:
      '"{{fact}}" was confirmed with different values: {{values}}. The chair should settle it.',
    factValue: '{{value}} ({{reviewers}})',
    reviewMissing: 'Not submitted yet: {{reviewers}}.',
    conflict: '{{reviewer}} ({{unit}}) is connected with this application and should stand aside.',
    conflictLeftOut:
      '{{reviewer}} ({{unit}}) is connected with this application; their scores are left out of the statistics.',
    overQuota:
      'Over the quota: {{body}} may recommend {{limit}}, and by rank this is its number {{position}}. The chair decides.',
    duplicatePerson: '{{finding}} (see also: {{others}})',
  },
  bands: {
    poor: 'poor',
    moderate: 'moderate',
    good: 'good',
    excellent: 'excellent',
    unreliable: 'unreliable',
    tentative: 'tentative',
    reliable: 'reliable',
  },
  statistics: {
    mean: 'mean',
    median: 'median',
    trimmedMean: 'mean without the highest and lowest',
    normalizedMean: 'normalised mean',
  },
  decisions: { recommend: 'recommend', notRecommend: 'do not recommend', pending: 'pending' },
  status: { draft: 'not submitted', submitted: 'submitted' },
  cli: {
    summary:
      "Panel report: each application's scores, statistics, flags and decision; reviewers' severity and agreement",
    usage:
      "Usage: review-desk report --panel BACKUP.rdsync [--json] [--rank-by mean|median|trimmedMean|normalizedMean] [--leave-out-conflicts] [--lang en]\n  Reads a panel's full backup (the app's \"Export full backup\") and prints, per application, each reviewer's total and\n  criterion scores, the statistics, the flags and the chair's decision; per reviewer, severity and count; and the\n  agreement between reviewers. --json prints one JSON object.",
    panel: 'Panel: {{name}} ({{id}}), rubric {{rubric}}',
    rankedBy: 'Ranked by: {{statistic}}',
    application: '{{rank}}. {{title}} ({{id}})',
    unranked: '-',
    stats:
      '   n={{n}}  mean {{mean}}  median {{median}}  trimmed {{trimmedMean}}  sd {{sd}}  range {{range}}  normalised {{normalizedMean}}',
    review: '   {{reviewer}}: {{status}}  total {{total}}  {{scores}}{{left}}',
    leftOut: ' (left out of the statistics)',
    flag: '   ! {{message}}',
    decision: '   Decision: {{decision}}{{rank}}{{note}}',
    decisionRank: ', rank {{rank}}',
    decisionNote: ', {{note}}',
    noDecision: '   Decision: none yet',
    reviewers: 'Reviewers:',
    reviewer:
      '   {{name}} ({{id}}): {{n}} reviewed, mean {{mean}}, spread {{sd}}, severity {{severity}}{{normalized}}',
    notNormalized: ' (too few reviews, not normalised)',
    agreement: 'Agreement ({{subjects}} applications × {{raters}} reviewers, {{design}}):',
    designs: {
      complete: 'every reviewer scored every application',
      incomplete: 'not every reviewer scored every application',
      insufficient: 'not enough data',
    },
    agreementLine:
      '   ICC(2,1) {{icc21}}  ICC(2,k) {{icc2k}}  Krippendorff alpha {{alpha}}  Kendall W {{kendallW}}',
    none: 'none',
  },
  errors: {
    notFullState:
      'This file does not hold a whole panel (no panel record or rubric). Export it with "Export full backup" in the app and try again.',
    badRubric:
      "The panel's rubric pack cannot be read, so nothing can be summed up: check it with review-desk rubric validate.",
    badStatistic:
      'Unknown ranking statistic "{{value}}": use mean, median, trimmedMean or normalizedMean.',
    noFile: 'No file at {{file}}: check the path.',
  },
};
