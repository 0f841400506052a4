/** Messages of PDF opening and page text (lib/pdf). Every error names the file and says what to do. */
export const pdf = {
  page: {
    noText: '第 {{page}} 页没有文字层（可能是扫描件）：需要 OCR 识别或手工录入。',
    unreadable: '第 {{page}} 页无法读取，已跳过。',
  },
  errors: {
    empty:
      '“{{file}}”是空文件（0 字节），里面没有任何内容。请重新导出或重新下载这个 PDF 后再添加。',
    notPdf:
      '“{{file}}”不是 PDF 文件（可能是网页、图片、Word 文档或文本文件改了扩展名）。请找到原始 PDF，或在 Word/WPS 中“另存为 PDF”后再添加。',
    corrupt:
      '“{{file}}”已损坏或不完整，无法打开（可能下载或复制时中断了）。请向申报单位索取完整的文件，或重新下载后再添加。',
    passwordRequired: '“{{file}}”设置了打开密码。请输入密码后再打开；不知道密码请向申报单位索取。',
    wrongPassword: '“{{file}}”的密码不正确。请核对密码（注意大小写和全角半角）后重试。',
    tooComplex:
      '“{{file}}”过于复杂，{{seconds}} 秒内没能读完（文件里可能有异常巨大或层层嵌套的内容）。请用其他软件“另存为 PDF”或“打印为 PDF”后再添加。',
    pageUnreadable:
      '“{{file}}”的第 {{page}} 页已损坏，无法读取；其他页面不受影响。请向申报单位索取完整的文件。',
  },
} as const;
