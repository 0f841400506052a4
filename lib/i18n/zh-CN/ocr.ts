/** Messages of reading scans by OCR (lib/ocr, the CLI's OCR report, the app's OCR progress). */
export const ocr = {
  cli: {
    page: '第 {{page}} 页是扫描件，已由 OCR 识别：平均置信度 {{confidence}}{{cached}}',
    cached: '（取自缓存）',
    unreliable:
      '第 {{page}} 页是扫描件，OCR 平均置信度只有 {{confidence}}，无法可靠识别：请对照原件人工核对。',
    failed: '第 {{page}} 页 OCR 识别失败，已跳过：{{code}}',
    fact: '[OCR {{confidence}}]',
    factUncertain: '[OCR {{confidence}}，不确定，请核对原件]',
    snapped: '识别为“{{read}}”，按已知名称取“{{value}}”',
    progress: '正在识别扫描页 {{done}}/{{total}}…',
  },
  app: {
    preparing: '正在载入文字识别模型…',
    downloading: '首次使用，正在下载文字识别模型：{{loaded}} / {{total}} MB',
    running: '正在识别扫描页：第 {{done}}/{{total}} 页',
    cancel: '停止识别',
    cancelled: '已停止识别；已识别的页面已保存，下次打开时继续。',
    start: '识别扫描页',
    pending: '“{{name}}”有 {{count}} 页扫描件，尚未识别文字。',
    done: '“{{name}}”的扫描页已由 OCR 识别（第 {{pages}} 页），平均置信度 {{confidence}}。',
    unreliable:
      '“{{name}}”第 {{pages}} 页的 OCR 置信度低于可信下限，无法可靠识别：从这些页读出的事实都需对照原件核对。',
    chip: 'OCR {{confidence}}',
    chipUncertain: 'OCR {{confidence}} · 不确定',
    factHelp: '此值由 OCR 从扫描件读出，请对照下方原件截图核对。',
    uncertainHelp:
      '此值由 OCR 从扫描件读出且置信度不足，未作为确定值提出：请对照原件核对后再接受。',
    snapped: '识别为“{{read}}”，按已知名称取“{{value}}”。',
    crop: '扫描件第 {{page}} 页原文截图',
  },
  errors: {
    pageFailed: '“{{file}}”第 {{page}} 页无法识别（{{detail}}），已跳过；其他页面不受影响。',
    modelsUnavailable:
      '文字识别模型无法载入（{{detail}}）。请在联网时重试一次：载入成功后模型保存在本机，之后可离线使用。',
    workerFailed: '文字识别进程出错（{{detail}}）。请刷新页面后重试。',
  },
} as const;
