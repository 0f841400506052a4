/** The panel page's summary line and progress words; the sync state of read-only members. */
export const panelPage = {
  youAre: '你是 {{name}}',
  role: '身份：{{role}}',
  rubric: '评审规则：',
  rubricId: '（{{id}}）',
  onlyYou: '仅你一人评分',
  noReviewers: '还没有邀请评审专家',
  observerConnected: '已连接（只读）',
} as const;
