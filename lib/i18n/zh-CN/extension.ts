/** The browser extension: capture from web portals, side panel, toolbar popup, context menu. */
export const extension = {
  noPanels: '这台设备上还没有评审组。请先在评审台中新建或加入一个评审组。',
  activePanel: '当前评审组',
  demoName: '{{name}}（示例）',
  onlyInExtension: '这个功能只在评审台浏览器扩展中可用。',
  loading: '正在打开评审组……',
  menu: {
    openLink: '在评审台中打开',
    openPdfTab: '在评审台中打开此 PDF',
    capturePage: '把本页的 PDF 链接导入评审台……',
  },
  capture: {
    pageTitle: '导入本页的申报材料',
    oneTitle: '在评审台中打开',
    from: '来源：{{title}}（{{url}}）',
    reading: '正在读取页面上的链接……',
    noLinks:
      '这个页面上没有找到 PDF 链接。若材料在页面的下载按钮后面，请在链接上点右键，选择“在评审台中打开”。',
    reviewerNote:
      '你在这个评审组中不是组长：只有组长可以添加申报。评审组中已有的文件仍会被识别出来。',
    ruleLegend: '怎样分成申报',
    rule: {
      row: '按表格行（同一行的链接是一份申报）',
      text: '按链接文字（文字相同的链接是一份申报）',
      fileName: '按文件名规则',
    },
    patternLabel: '文件名规则（正则表达式；括号内的部分是申报名称）',
    summary: '已选 {{links}} 个文件，将成为 {{applications}} 份申报。',
    maybe: '可能是 PDF',
    import: '导入所选（{{count}} 份申报）',
    progress: '正在导入 {{done}}/{{total}}：{{name}}',
  },
  report: {
    summary: '新增 {{applications}} 份申报；{{known}} 个文件评审组中已有；{{failed}} 个失败。',
    files: '{{count}} 个文件',
    known: '“{{name}}”评审组中已有，在：',
    allow: '允许访问 {{origin}} 并重试（{{count}} 个文件）',
    unreadable: '“{{name}}”已导入，但读不出项目名称，申报暂以链接文字命名。',
  },
  one: {
    fetching: '正在用页面的登录状态下载文件……',
    fetched: '已下载“{{name}}”（{{size}} KB），已保存在本机。把它放进哪份申报？',
    known: '“{{name}}”已在申报“{{title}}”中。',
    openKnown: '打开这份申报',
    reviewer: '“{{name}}”已保存在本机，但评审组中还没有这个文件；只有组长可以添加申报。',
    newApplication: '新建一份申报',
    titleLabel: '申报名称（从表单中读到项目名称时以表单为准，除非你改动了这里）',
    existingApplication: '加到已有的申报',
    pick: '请选择申报……',
    open: '在评审台中打开',
  },
  side: {
    application: '申报',
    noApplications: '这个评审组还没有申报。',
    openInApp: '在评审台中打开这份申报',
  },
  popup: {
    openApp: '打开评审台',
    capture: '导入本页的 PDF……',
    sidePanel: '在侧边栏中评分',
    panelLine: '{{count}} 份申报 · 你是{{role}}',
  },
  errors: {
    badPattern: '文件名规则“{{pattern}}”不是有效的正则表达式。请修改规则，例如 ^([^-_]+)。',
    empty: '“{{name}}”是空文件（0 字节），没有导入。请在门户上确认材料已完整上传。',
    htmlNotPdf:
      '“{{name}}”不是 PDF：服务器返回的是一个网页（通常是登录页或错误页）。请先在门户页面上登录，再重试。',
    notPdf: '“{{name}}”不是 PDF（收到的是 {{kind}}），没有导入。请向申报单位索取 PDF 版本。',
    notChair: '只有组长可以向评审组添加申报。文件已保存在本机；组长添加后会自动识别。',
    noApplication: '找不到要添加到的申报（{{id}}）。它可能已被删除，请重新选择。',
    needsPermission:
      '“{{name}}”在另一个网站（{{origin}}）上，页面本身读不到它。请允许评审台访问这个网站后重试。',
    permissionRefused: '没有获得访问 {{origin}} 的许可，文件未下载。',
    network: '下载“{{name}}”时网络出错。请检查网络后重试。',
    http: '服务器拒绝提供“{{name}}”（HTTP {{status}}）。请在门户页面上确认链接仍然有效。',
    forbidden:
      '服务器拒绝提供“{{name}}”（HTTP {{status}}）：需要登录或没有权限。请先在门户页面上登录，再重试。',
    tooLarge: '“{{name}}”有 {{size}} MB，超过了 {{max}} MB 的上限，没有导入。',
    badAnswer: '读取“{{name}}”时页面返回了无法识别的数据，没有导入。请刷新门户页面后重试。',
    noTabAccess:
      '评审台无法读取这个标签页（页面已跳转，或这是浏览器自己的页面）。请回到门户页面，点击工具栏上的评审台按钮或在页面上点右键重新开始。',
    noSidePanel: '这个浏览器不支持侧边栏。请在评审台页面中评分。',
    badMessage: '扩展内部消息格式不正确（{{type}}），已忽略。请重新加载扩展。',
    failed: '扩展后台处理失败（{{detail}}）。请重试。',
  },
} as const;
