/** Messages of the panel document, identities and the `review-desk panel` command. */
export const panel = {
  cli: {
    summary: '评审组：创建评审组并生成成员邀请',
    usage:
      '用法：\n  review-desk panel create --rubric 评审规则 --name 名称 --chair 组长姓名 --out 目录 …   创建评审组和成员邀请\n  review-desk panel add-applications --panel 目录 文件.pdf|文件夹…                    向评审组加入申报材料\n  每个子命令加 --help 查看详细用法。',
    passphrasePrompt: '请设置保护组长私钥的口令：',
    created: '已创建评审组“{{name}}”（编号 {{id}}），写入：{{dir}}',
    invitation: '  邀请：{{file}}（{{name}}，{{role}}）',
    roles: { chair: '组长', reviewer: '评审专家', observer: '观察员' },
  },
  errors: {
    passphraseEmpty: '口令不能为空。请设置一个口令（至少几个字）后重试。',
    passphraseNeeded: '需要口令来保护组长私钥。请加 --passphrase 口令，或在终端中运行以便输入。',
    wrongPassphrase: '口令不对，或身份文件已损坏。请检查口令后重试。',
    badInvitation: '这不是有效的评审组邀请文件。请向组长重新索取邀请。',
    identityNotExportable:
      '这台设备上的身份不能导出（私钥不可导出，也没有邀请密钥）。请在原设备上导出，或重新打开邀请。',
    badIdentityFile: '这不是有效的身份文件，或文件与评审组不符。请重新导出后再导入。',
    notMember:
      '你还不是这个评审组的成员（或评审组数据还没同步到这台设备）。请先同步，或向组长确认邀请。',
    removed: '你已被组长移出这个评审组，不能再修改内容。如有疑问请联系组长。',
    readOnly: '观察员只能查看，不能修改评审内容。',
    chairOnly: '只有组长可以做这件事（管理成员、申报材料和评审结论）。',
    unknownApplication: '找不到申报项目 {{id}}。它可能还没同步到这台设备，请先同步后重试。',
    duplicateApplication: '申报项目 {{id}} 已经存在，没有重复添加。',
    reviewSubmitted: '这份评审已经提交，不能再修改。如需修改请联系组长。',
    notSubmitted: '这份评审还没有提交（或已经退回），不能退回。',
    invalidValue: '填写的内容不符合要求（{{field}}）。请检查后重试，原内容没有改变。',
    sealedElsewhere:
      '这份评审有一部分是在你另一台设备上填写的，这台设备无法读取。请在那台设备上导出身份，再导入到这里后提交。',
    notYourAnnotation: '只能修改自己的标注。',
    unknownThread: '找不到这个讨论。它可能还没同步到这台设备。',
    unknownMember: '找不到成员 {{id}}。',
    cannotRemoveChair: '不能移除组长。',
    saveFailed:
      '内容没能保存到本机，已保留在内存中并会自动重试。请不要关闭页面，稍后再看保存状态。',
    badRubric:
      '读不了评审规则“{{rubric}}”：它既不是内置规则包，也不是可读的 JSON 文件。请检查路径。',
    oldFormat:
      '这个评审组是旧版评审台（格式 1）保存的，其中内容没有逐条签名，无法确认来源，因此不再打开。请移除它，并请组长用当前版本重新建立评审组或重新发出邀请。',
    notReady: '这台设备还没准备好写入（正在建立签名会话）。请稍候片刻再试。',
    sessionConflict:
      '本设备的写入会话与文档中的内容冲突（可能另一个窗口在写同一份数据）。请重新打开评审组后再试，已保存的内容不受影响。',
    tooLarge: '这次修改太大（超过 2 MB 或 1000 项），没有写入。请分几次完成。',
    outNotEmpty: '目录 {{dir}} 里已经有评审组文件。请换一个空目录，以免覆盖已有的组长身份。',
  },
} as const;
