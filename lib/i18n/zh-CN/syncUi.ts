/** Messages of the chair's review-progress table (independent scoring, SPEC S3). */
export const syncUi = {
  progress: {
    title: '评审进度',
    help: '独立评分：专家提交之前，你只能看到他填了哪些评分项，看不到分值；提交后显示分值。',
    application: '申报',
    reviewer: '评审专家',
    status: '状态',
    criteria: '评分项',
    summary: '进度',
    filled: '已填 {{filled}}/{{total}} 项',
    total: '总分 {{value}}',
    cellEmpty: '{{criterion}}：未填',
    cellHidden: '{{criterion}}：已填（提交前不显示分值）',
    cellValue: '{{criterion}}：{{value}} 分',
    none: '还没有申报或评审专家。',
  },
} as const;
