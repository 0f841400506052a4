/** Reconciling a panel's reviews: flags, agreement bands, the `report` command and its errors. */
export const reconcile = {
  measures: { range: '极差', stdev: '标准差' },
  flags: {
    divergent: '专家评分分歧较大：总分{{measure}} {{value}} 分，超过阈值 {{threshold}} 分。',
    criterionDivergent:
      '“{{criterion}}”评分分歧较大：{{measure}} {{value}} 分，超过阈值 {{threshold}} 分。',
    eligibilityDiffers: '资格审查结论不一致：{{eligible}}认为符合，{{ineligible}}认为不符合。',
    factDisputed: '“{{fact}}”的核对结果不一致：{{values}}。请组长确定。',
    factValue: '{{value}}（{{reviewers}}）',
    reviewMissing: '尚未提交评审：{{reviewers}}。',
    conflict: '{{reviewer}}（{{unit}}）与本申报单位有关联，应当回避。',
    conflictLeftOut: '{{reviewer}}（{{unit}}）与本申报单位有关联，其评分未计入统计。',
    overQuota:
      '超出推荐限额：{{body}}限报 {{limit}} 项，按排名本项是该单位的第 {{position}} 项。请组长决定。',
    duplicatePerson: '{{finding}}（另见：{{others}}）',
  },
  bands: {
    poor: '较差',
    moderate: '中等',
    good: '良好',
    excellent: '优秀',
    unreliable: '不可靠',
    tentative: '仅供参考',
    reliable: '可靠',
  },
  statistics: {
    mean: '平均分',
    median: '中位数',
    trimmedMean: '去掉最高最低分后的平均分',
    normalizedMean: '标准化平均分',
  },
  decisions: { recommend: '推荐', notRecommend: '不推荐', pending: '待定' },
  status: { draft: '未提交', submitted: '已提交' },
  cli: {
    summary: '评审汇总：每项申报的专家评分、统计、分歧提示和决定，专家宽严和一致性',
    usage:
      '用法：review-desk report --panel 完整备份.rdsync [--json] [--rank-by mean|median|trimmedMean|normalizedMean] [--leave-out-conflicts] [--lang en]\n  读取评审组的完整备份（应用中的“导出完整备份”），列出每项申报各位专家的总分和各项得分、统计、提示和组长决定，\n  每位专家的宽严程度和评审数量，以及专家之间的一致性。--json 输出一个 JSON 对象。',
    panel: '评审组：{{name}}（{{id}}），规则包 {{rubric}}',
    rankedBy: '排序依据：{{statistic}}',
    application: '{{rank}}. {{title}}（{{id}}）',
    unranked: '-',
    stats:
      '   n={{n}}  平均 {{mean}}  中位数 {{median}}  去高低平均 {{trimmedMean}}  标准差 {{sd}}  极差 {{range}}  标准化平均 {{normalizedMean}}',
    review: '   {{reviewer}}：{{status}}  总分 {{total}}  {{scores}}{{left}}',
    leftOut: '（未计入统计）',
    flag: '   ⚠ {{message}}',
    decision: '   组长决定：{{decision}}{{rank}}{{note}}',
    decisionRank: '，名次 {{rank}}',
    decisionNote: '，{{note}}',
    noDecision: '   组长决定：尚无',
    reviewers: '评审专家：',
    reviewer:
      '   {{name}}（{{id}}）：评审 {{n}} 项，平均 {{mean}}，离散 {{sd}}，宽严 {{severity}}{{normalized}}',
    notNormalized: '（评审数量不足，未标准化）',
    agreement: '一致性（{{subjects}} 项申报 × {{raters}} 位专家，{{design}}）：',
    designs: {
      complete: '每位专家评了每一项',
      incomplete: '并非每位专家评了每一项',
      insufficient: '数据不足',
    },
    agreementLine:
      '   ICC(2,1) {{icc21}}  ICC(2,k) {{icc2k}}  Krippendorff α {{alpha}}  Kendall W {{kendallW}}',
    none: '无',
  },
  errors: {
    notFullState:
      '这个文件里没有完整的评审组（缺少评审组信息或规则包）。请在应用中用“导出完整备份”导出后再试。',
    badRubric: '评审组的规则包无法读取，无法汇总：请先用 review-desk rubric validate 检查规则包。',
    badStatistic: '不认识的排序依据“{{value}}”：可用 mean、median、trimmedMean、normalizedMean。',
    noFile: '找不到文件 {{file}}：请检查路径。',
  },
} as const;
