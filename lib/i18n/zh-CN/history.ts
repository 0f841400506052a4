/** The history of an application as sentences (lib/history/sentences). */
export const history = {
  today: '今天',
  yesterday: '昨天',
  none: '（空）',
  overall: '总体',
  sealed: '{{who}} 修改了{{what}}（提交前加密，内容不可见）',
  cells: {
    score: '「{{name}}」的评分',
    comment: '「{{name}}」的评语',
    fact: '事实「{{name}}」',
    verdict: '资格复核',
    evidence: '佐证关联',
    opinion: '评审意见',
  },
  score: {
    set: '{{who}} 给「{{criterion}}」打了 {{value}} 分',
    changed: '{{who}} 把「{{criterion}}」从 {{from}} 分改为 {{to}} 分',
    cleared: '{{who}} 清除了「{{criterion}}」的评分',
  },
  comment: {
    set: '{{who}} 写了「{{criterion}}」的评语：“{{text}}”',
    changed: '{{who}} 把「{{criterion}}」的评语改为：“{{text}}”',
    cleared: '{{who}} 删除了「{{criterion}}」的评语',
  },
  fact: {
    accepted: '{{who}} 确认了「{{fact}}」：{{value}}',
    corrected: '{{who}} 把「{{fact}}」更正为：{{value}}',
    correctedFrom: '{{who}} 把「{{fact}}」从“{{from}}”更正为：{{value}}',
    unknown: '{{who}} 把「{{fact}}」标为未知',
    cleared: '{{who}} 撤销了对「{{fact}}」的确认',
  },
  verdict: {
    set: '{{who}} 把「{{rule}}」复核为{{verdict}}：{{note}}',
    cleared: '{{who}} 撤销了对「{{rule}}」的复核',
  },
  verdicts: { pass: '通过', fail: '不符合', unknown: '未知' },
  evidence: {
    linked: '{{who}} 为「{{target}}」关联了一处佐证',
    unlinked: '{{who}} 取消了「{{target}}」的一处佐证',
  },
  opinion: {
    changed: '{{who}} 修改了评审意见：“{{text}}”',
    cleared: '{{who}} 清空了评审意见',
  },
  application: {
    added: '{{who}} 添加了这份申报《{{title}}》',
    changed: '{{who}} 修改了申报信息（现为《{{title}}》）',
    removed: '{{who}} 删除了这份申报',
  },
  file: {
    added: '{{who}} 添加了文件 {{name}}',
    removed: '{{who}} 移除了文件 {{name}}',
  },
  submitted: '{{who}} 提交了评审',
  annotation: {
    added: '{{who}} 在第 {{page}} 页加了批注',
    changed: '{{who}} 修改了第 {{page}} 页的批注',
    removed: '{{who}} 删除了第 {{page}} 页的批注',
  },
  thread: '{{who}} 发起了讨论「{{title}}」',
  message: '{{who}} 在讨论中留言',
  messageRemoved: '{{who}} 撤回了一条讨论留言',
  decision: '{{who}} 作出决定：{{decision}}',
  decisions: { recommend: '推荐', notRecommend: '不推荐', pending: '待定' },
  overwritten: '被同时的另一处修改覆盖',
  empty: '还没有修改记录。',
  label: '修改记录',
} as const;
