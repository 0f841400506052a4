/** Linking an annotation as evidence: the grouped, searchable list of criteria and facts. */
import type { Messages } from '../shape';
import type { evidence as zh } from '../zh-CN/evidence';

export const evidence: Messages<typeof zh> = {
  title: 'Evidence for ({{count}} linked)',
  linked: 'Linked',
  search: 'Search criteria and facts',
  noMatch: 'No criterion or fact matches "{{query}}".',
  group: '{{kind}} · {{group}}',
  kinds: {
    criterion: 'Criterion',
    fact: 'Fact',
  },
};
