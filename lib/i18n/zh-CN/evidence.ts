/** Linking an annotation as evidence: the grouped, searchable list of criteria and facts. */
export const evidence = {
  title: '作为以下各项的佐证（已关联 {{count}} 项）',
  linked: '已关联',
  search: '搜索评分项或事实',
  noMatch: '没有与“{{query}}”相符的评分项或事实。',
  group: '{{kind}} · {{group}}',
  kinds: {
    criterion: '评分项',
    fact: '事实',
  },
} as const;
