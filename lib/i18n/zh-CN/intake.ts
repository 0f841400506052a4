/** Intake of application files: refused files, locked forms, likely duplicates, deleting a mistake. */
export const intake = {
  rejected: {
    title: '有 {{count}} 个文件不能作为申报材料，没有添加：',
  },
  locked:
    '《{{title}}》的申报书设置了打开密码：打开这份申报，在左侧输入密码后，会读出标题和表单事实。',
  duplicates: {
    title: '以下申报可能与已有申报重复，请确认是否添加：',
    intro: '《{{title}}》（{{file}}）',
    reason: {
      sameFile: '与《{{title}}》的文件完全相同。',
      sameFacts: '与《{{title}}》的申报书内容一致（{{count}} 项表单事实相同）。',
      sameTitle: '与《{{title}}》的项目名称和申报单位相同。',
    },
    inThisDrop: '（同在这次添加的文件中）',
    addAnyway: '仍然添加这份申报',
    continue: '继续添加',
    declined: '《{{title}}》与已有申报重复，未添加。',
  },
  remove: {
    button: '删除这份申报',
    confirm:
      '删除《{{title}}》？它会从评审组的申报列表中移除，所有成员都看不到它；已有的修改记录保留。只在误加时使用。',
    done: '已删除《{{title}}》。',
  },
  errors: {
    noPages: '“{{file}}”里没有任何页面，不能作为申报材料。请向申报单位索取完整的 PDF 后再添加。',
  },
} as const;
