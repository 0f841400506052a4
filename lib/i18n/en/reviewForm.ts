/** The review form's newer words: fact values, rules waiting for confirmation, the opinion check. */
import type { Messages } from '../shape';
import type { reviewForm as zh } from '../zh-CN/reviewForm';

export const reviewForm: Messages<typeof zh> = {
  separator: ', ',
  locked:
    '"{{name}}" is protected by a password: type it on the left to open the file, and its facts are read.',
  facts: {
    items: 'items',
    none: '(none)',
    count: ' ({{count}} {{unit}})',
    length: ' ({{count}} {{unit}})',
    unit: ' {{unit}}',
    options: 'Choose any:',
  },
  eligibility: {
    awaiting: 'The files state {{facts}}: confirm it under Facts and this rule is decided.',
    factAwaiting: 'read, waiting for confirmation',
    factMissing: 'not found, to be supplied',
  },
  opinion: {
    missingTitle:
      'The template has parts that cannot be filled yet; add them or finish scoring first:',
    unresolved: 'The opinion still has unfilled parts: {{names}}. Complete them before submitting.',
    placeholder: {
      total: 'total score',
      level: 'level',
      scores: 'scores',
      comments: 'comments',
      eligibility: 'eligibility',
      verdict: 'conclusion',
      date: 'date',
    },
  },
};
