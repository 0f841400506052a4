/** Adding application files: picker, drag and drop, progress, what was skipped. */
export const files = {
  dropLabel: '添加申报材料',
  dropHint: '把申报材料 PDF 或整个文件夹拖到这里（每个子文件夹算一份申报）。',
  pickFiles: '选择文件……',
  pickFolder: '选择文件夹……',
  addToApplication: '为这份申报添加文件（汇总表、佐证材料）',
  added: '已添加 {{files}} 个文件。',
  importing: '正在导入 {{done}}/{{total}}：{{name}}',
  imported: '已导入 {{applications}} 份申报、{{files}} 个文件。',
  alreadyStored: '{{name}} 已在本机，未重复保存。',
  missing: {
    notHere: '这台设备上还没有“{{name}}”。可以从中继下载，或选择你手上的同一文件。',
    downloading: '正在从中继下载“{{name}}”……',
    download: '从中继下载',
    pick: '选择本机上的同一文件……',
  },
  skipped: {
    notPdf: '{{name}}：不是 PDF，已跳过。',
    systemFile: '{{name}}：系统文件，已跳过。',
    empty: '{{name}}：文件是空的（0 字节），已跳过。请向申报单位索取完整文件。',
  },
} as const;
