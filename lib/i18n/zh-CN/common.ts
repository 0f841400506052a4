/** App shell and shared words. Chinese is the source language; English mirrors its keys. */
export const common = {
  appName: '评审台',
  appTagline: '专家评审工作台',
  language: '语言',
  languages: { 'zh-CN': '中文', en: 'English' },
  demoBadge: '示例',
  actions: {
    back: '返回',
    open: '打开',
    remove: '删除',
    cancel: '取消',
    confirm: '确定',
    retry: '重试',
    close: '关闭',
  },
  save: {
    loading: '正在读取本机数据……',
    saving: '正在保存到本机（{{count}} 项待写入）……',
    saved: '已保存到本机',
    unsaved: '有 {{count}} 处输入尚未保存（按 Enter 或离开输入框即保存）',
    error: '保存失败，正在重试',
  },
  status: {
    persisted: '本地数据：已设为持久保存',
    notPersisted: '本地数据：未获持久保存授权',
    notPersistedHelp:
      '浏览器在磁盘紧张时可能清除本应用的数据。请安装本应用（PWA）或把本站加入书签后重新打开，并及时与评审组同步或导出同步文件。',
    persistUnknown: '本地数据：持久保存状态未知',
    usage: '已用 {{used}} MB / 可用 {{total}} MB',
  },
  errors: {
    unknown:
      '出现了未预料的问题（{{detail}}）。已保存的数据没有改变；请重试，若仍出现请把这句话发给技术支持。',
    storageQuota:
      '浏览器存储空间已满，刚才的内容没有保存。请删除不需要的评审组或文件，或在浏览器设置中为本应用释放空间后重试。',
    notFound: '找不到这个页面：{{what}}。请从评审组列表重新进入。',
  },
} as const;
