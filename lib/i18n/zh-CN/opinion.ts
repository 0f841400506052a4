/** The opinion template's fields and values, and what the form says about unfilled fields. */
export const opinion = {
  field: {
    verdict: '评审结论',
    total: '总分',
    level: '等级',
    scores: '各项得分',
    comments: '主要意见',
    eligibility: '资格审查结论',
    date: '评审日期',
    chair: '组长',
    reviewers: '评审专家',
    fact: '{{label}}',
    unknown: '模板字段“{{name}}”',
  },
  eligibility: { eligible: '符合申报条件', ineligible: '不符合申报条件', undecided: '待核实' },
  values: { score: '{{criterion}} {{score}}/{{max}}' },
  form: {
    missing:
      '按模板生成前，这些内容还没有值：{{fields}}。可先完成评分和事实核对，或在下面直接填写。',
    fieldInput: '{{field}}（填入评审意见）',
    complete: '模板需要的内容都已齐全。',
  },
  submit: {
    unresolved: '评审意见中还有未填的内容：{{fields}}。请在“评审意见”中补上后再提交。',
  },
} as const;
