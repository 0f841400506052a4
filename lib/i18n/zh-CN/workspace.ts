/** The workspace, panel list and application list. */
export const workspace = {
  title: '评审组',
  empty: '这台设备上还没有评审组。',
  installingDemo: '正在载入示例评审组……',
  loading: '正在载入……',
  loadingPdf: '正在打开 {{name}}……',
  confirmRemove: '从这台设备删除“{{name}}”？',
  columns: { title: '项目名称', applicant: '申报单位', recommendingBody: '推荐单位' },
  reviewForm: '评审表',
  reviewFormSoon: '评审表将在这里显示资格条件核对和评分。',
  errors: {
    badDemo: '示例数据已损坏，无法载入。已有的评审组不受影响；请重新构建或更新应用。',
  },
} as const;
