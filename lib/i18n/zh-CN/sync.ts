/** Messages of sync (relay, `.rdsync` files, file bytes) and the `sync` and `relay` commands. */
export const sync = {
  cli: {
    summary: '同步文件：合并和查看 .rdsync 文件',
    usage:
      '用法：\n  review-desk sync merge A.rdsync B.rdsync… --out C.rdsync   把同一评审组的多个同步文件合并为一个（保留每位作者的签名）\n  review-desk sync inspect 文件.rdsync                         显示评审组、作者和内容数量',
    merged: '已把 {{files}} 个文件（{{parts}} 份签名内容）合并到 {{out}}',
    inspectPanel: '评审组：{{panel}}',
    inspectPart: '{{index}}. {{author}}（{{authorId}}）{{kind}}，{{created}}，{{size}} 字节',
    inspectCounts: '   内容：{{counts}}',
    kinds: { changes: '增量', full: '完整备份' },
    noFiles: '请至少给出一个 .rdsync 文件。',
  },
  relay: {
    summary: '中继服务器：让评审组成员在线同步',
    usage:
      '用法：review-desk relay [--host 127.0.0.1] [--port 4321] [--data 目录] [--redis redis://主机:端口] [--allow-chairs 文件]\n  数据（评审组文档、申报文件）保存在 --data 目录（默认 ./relay-data）。\n  加 --redis 时多个中继节点可以共同服务同一批评审组。\n  加 --allow-chairs 时只服务文件中列出的组长（每行一个组长公钥 JSON 或评审组编号）。按 Ctrl+C 停止。',
    log: {
      started: '中继已启动：ws://{{host}}:{{port}}，数据目录 {{dataDir}}，Redis：{{redis}}',
      admitted: '接入：评审组 {{panel}}，成员 {{member}}（{{role}}）',
      refused: '拒绝接入：评审组 {{panel}}，原因 {{reason}}',
      removed: '成员 {{member}} 已被移出评审组 {{panel}}：断开其连接，以后拒绝接入',
      refusedUpdate: '拒绝了成员 {{member}} 在评审组 {{panel}} 中的一次更新：{{reason}}',
      fileStored: '已保存文件 {{hash}}…（{{size}} 字节，评审组 {{panel}}，成员 {{member}}）',
      fileRefused: '拒绝文件请求：评审组 {{panel}}，原因 {{reason}}',
      redisError: '连不上 Redis（{{message}}），正在重连。恢复之前，本节点只服务连到它自己的成员。',
      stopped: '中继已停止（端口 {{port}}）',
    },
  },
  errors: {
    notRdsync: '这不是评审台同步文件（.rdsync）。请确认选对了文件。',
    truncated: '同步文件不完整（可能没有传完）。请让对方重新导出并发送，文档没有改变。',
    malformed: '同步文件已损坏，无法读取。请让对方重新导出并发送，文档没有改变。',
    wrongPanel: '这个同步文件属于另一个评审组（{{panel}}），没有导入。请确认打开的是正确的评审组。',
    badSignature: '同步文件的签名不对：文件可能被改动或伪造，没有导入。请直接向作者重新索取。',
    hashMismatch: '同步文件的内容与签名时不一致（可能损坏或被改动），没有导入。请让对方重新导出。',
    notMember: '同步文件的作者（{{author}}）不是这个评审组的成员，没有导入。',
    removedAuthor: '同步文件的作者“{{author}}”已被移出评审组，没有导入。',
    deletions: '同步文件包含删除操作，评审台从不删除内容，因此没有导入。请让对方重新导出。',
    corrupt: '同步文件的内容无法解码（可能损坏），没有导入。请让对方重新导出。',
    foreign: '同步文件包含不属于评审组文档的内容，没有导入。',
    invalidContent:
      '同步文件中的内容都无法验证（签名不对、位置不对或内容无效），没有导入，文档没有改变。请直接向作者重新索取。',
    oldFormat:
      '这个同步文件是旧版评审台（格式 1）导出的，其中的内容没有逐条签名，无法确认来源，因此没有导入。请让对方用当前版本重新导出。',
    tooLarge: '同步文件或更新超过了大小上限（64 MB），没有导入，文档没有改变。',
    noRelay: '这个评审组没有设置中继服务器地址，无法在线同步。请用同步文件交换，或请组长设置中继。',
    noToken: '这台设备上没有登录中继的令牌。请重新打开组长发来的邀请。',
    refused:
      '中继服务器拒绝了连接（{{reason}}）。令牌可能已过期、属于别的评审组，或你已被移出。请向组长索取新的邀请。',
    timeout: '与中继同步超时。请检查网络和中继地址；你的修改已保存在本机，稍后会自动同步。',
    relayUnreachable: '连不上中继服务器。请检查网络和中继地址，稍后重试。',
    fileMissing: '中继上没有这个文件。请让上传者重新上传，或直接导入同一个文件。',
    fileTooLarge: '文件太大，中继不接受（上限 200 MB）。',
    relayError: '中继服务器出错（HTTP {{status}}）。请稍后重试。',
    fileCorrupt: '下载的文件与它的指纹不符（传输中损坏或被替换），已丢弃。请重试。',
    badAllowList:
      '--allow-chairs 文件第 {{line}} 行既不是组长公钥（JSON），也不是评审组编号（p 加 32 位十六进制）。请修改后重试。',
    mixedPanels: '这些同步文件属于不同的评审组，不能合并。',
  },
} as const;
