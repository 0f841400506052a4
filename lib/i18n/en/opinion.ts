import type { Messages } from '../shape';
import type { opinion as zh } from '../zh-CN/opinion';

export const opinion: Messages<typeof zh> = {
  field: {
    verdict: 'Verdict',
    total: 'Total',
    level: 'Level',
    scores: 'Scores',
    comments: 'Main comments',
    eligibility: 'Eligibility',
    date: 'Date',
    chair: 'Chair',
    reviewers: 'Reviewers',
    fact: '{{label}}',
    unknown: 'Template field "{{name}}"',
  },
  eligibility: { eligible: 'eligible', ineligible: 'not eligible', undecided: 'to be checked' },
  values: { score: '{{criterion}} {{score}}/{{max}}' },
  form: {
    missing:
      'Before the template can be filled, these have no value yet: {{fields}}. Finish the scores and facts, or type them below.',
    fieldInput: '{{field}} (goes into the opinion)',
    complete: 'Everything the template needs is there.',
  },
  submit: {
    unresolved:
      'The opinion still has unfilled fields: {{fields}}. Fill them in under Opinion, then submit.',
  },
};
