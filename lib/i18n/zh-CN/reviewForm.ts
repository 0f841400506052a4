/** The review form's newer words: fact values, rules waiting for confirmation, the opinion check. */
export const reviewForm = {
  separator: '、',
  locked: '“{{name}}”设置了打开密码：在左侧输入密码打开它之后，会读取其中的事实。',
  facts: {
    items: '项',
    none: '（无）',
    count: '（共 {{count}} {{unit}}）',
    length: '（{{count}} {{unit}}）',
    unit: ' {{unit}}',
    options: '可多选：',
  },
  eligibility: {
    awaiting: '材料中已读到{{facts}}，在“事实核对”中确认后即可判断。',
    factAwaiting: '已读到，待确认',
    factMissing: '未找到，需补充',
  },
  opinion: {
    missingTitle: '模板中有内容还无法填写，请在意见中补上或先完成评分：',
    unresolved: '评审意见中还有未填写的内容：{{names}}。请补全后再提交。',
    placeholder: {
      total: '总分',
      level: '等级',
      scores: '各项得分',
      comments: '评语',
      eligibility: '资格审查结论',
      verdict: '评审结论',
      date: '日期',
    },
  },
} as const;
