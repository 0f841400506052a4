/** The workspace, panel pages and application lists. */
export const workspace = {
  title: '评审组',
  empty: '这台设备上还没有评审组。',
  installingDemo: '正在载入示例评审组……',
  loading: '正在载入……',
  loadingPdf: '正在打开 {{name}}……',
  confirmRemove:
    '从这台设备删除“{{name}}”？本机保存的评分和批注会一并删除（其他成员的副本不受影响）。',
  noApplications: '这个评审组还没有申报。组长可以在下方添加申报材料。',
  noFiles: '这份申报还没有文件。',
  youAre: '你是 {{name}}（{{role}}）。',
  roles: { chair: '组长', reviewer: '评审专家', observer: '观察员' },
  columns: {
    title: '项目名称',
    applicant: '申报单位',
    recommendingBody: '推荐单位',
    files: '文件',
    myReview: '我的评审',
  },
  reviewStatus: { notStarted: '未开始', draft: '草稿', submitted: '已提交' },
  scoredCount: '已评 {{count}} 项',
  reviewForm: '评审表',
  findings: {
    title: '跨申报核查',
    waiting: '另有 {{count}} 项核查要等相关事实确认后才能完成。',
    clause: '依据：{{number}}',
    status: { fail: '不符合', unknown: '待核实' },
  },
  newPanel: {
    title: '新建评审组',
    name: '评审组名称',
    rubric: '评审标准（申报通知）',
    chair: '组长姓名（本机使用者）',
    unit: '组长所在单位',
    create: '创建',
  },
  join: {
    title: '加入评审组',
    help: '打开组长发来的邀请文件（invitations/你的姓名.json）。组长为你重新签发令牌时发来的令牌文件（你的姓名.token.json）也在这里打开，已加入的评审组随即换用新令牌同步。',
    open: '打开邀请或令牌文件……',
  },
  errors: {
    demoUnavailable:
      '示例材料无法从本应用读取（HTTP {{status}}）。已有的评审组不受影响；请刷新页面，或重新安装应用。',
    notTheSameFile: '“{{file}}”不是这份申报中的那个文件（内容不同）。请选择组长导入的同一个文件。',
    badDemo: '示例数据已损坏，无法载入。已有的评审组不受影响；请重新构建或更新应用。',
    noIdentity:
      '这台设备上没有评审组 {{panel}} 的身份信息，无法打开。请用邀请文件重新加入，或在另一台设备上用「备份身份」导出身份文件，再在这里用「恢复身份」导入。',
    badRubric:
      '这个评审组的评审标准无法读取（可能已损坏）。评分数据没有改变；请组长重新设置评审标准。',
    badInvitation:
      '“{{file}}”不是有效的邀请文件（不是 JSON）。请向组长索取 invitations 目录中以你姓名命名的文件。',
    alreadyJoined: '你已经在这台设备上加入了这个评审组。',
    badTokenFile:
      '这个文件不是有效的令牌文件。请向组长索取以你姓名命名的 .token.json 文件。这台设备上的数据没有改变。',
    tokenInvalid:
      '令牌文件中的令牌不是本评审组组长签发的，或已被改动。这台设备上的数据没有改变；请向组长重新索取。',
    tokenExpired: '令牌文件中的令牌已过期。这台设备上的数据没有改变；请组长重新签发令牌。',
    tokenNotHere:
      '这台设备还没有加入评审组“{{panel}}”。令牌文件只能更新已加入设备上的令牌；请先用邀请文件加入。',
    tokenNotYours: '这是发给“{{name}}”的令牌文件，不是你的。这台设备上的数据没有改变。',
    tokenOlder: '这个令牌比这台设备上的旧，已被作废。请打开组长最近一次发给你的令牌文件。',
  },
} as const;
