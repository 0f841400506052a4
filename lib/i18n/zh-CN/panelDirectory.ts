/** Opening a panel made with the command line (a panel directory) in the app. */
export const panelDirectory = {
  title: '打开命令行创建的评审组',
  help: '选择 review-desk panel create 生成的目录（含 panel.json、chair.identity.json、panel.rdsync），输入创建时设置的口令。',
  pick: '选择评审组目录……',
  picked: '已选择“{{name}}”：{{count}} 位成员，{{files}} 个申报文件。',
  passphrase: '口令',
  open: '打开',
  opened: '已打开“{{name}}”，放入了 {{files}} 个申报文件。',
  errors: {
    missing:
      '所选目录中没有 {{file}}：请选择 review-desk panel create 生成的那个目录（--out 指定的目录）。',
    badFile:
      '所选目录中的 {{file}} 无法读取（可能已损坏）：请重新用 review-desk panel create 生成。',
    noState:
      '评审组目录中的 panel.rdsync 没有评审组的内容：请重新用 review-desk panel create 生成。',
  },
} as const;
