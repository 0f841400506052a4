/**
 * The command line's own words for what it was given: each bad argument or file says what is
 * wrong and what to do; each subcommand's `--help`; the panel directory's messages.
 */
export const cliInput = {
  usage: {
    panelCreate:
      '用法：review-desk panel create --rubric 评审规则 --name 名称 --chair 组长姓名 --out 目录 [--reviewers 甲,乙] [--observers 丁] [--relay ws://主机:端口] [--passphrase 口令 | --passphrase-file 文件]\n  --rubric 是内置规则包的编号（review-desk rubrics 列出），或规则包 JSON 文件；无效的规则包逐条列出问题（退出码 1）。\n  --out 目录中写入 panel.json、组长身份 chair.identity.json（私钥由口令加密）、初始状态 panel.rdsync 和每位成员的邀请 invitations/<姓名>.json。\n  口令依次取自 --passphrase、--passphrase-file、环境变量 REVIEW_DESK_PASSPHRASE；都没有时在终端中询问。\n  在应用中“打开命令行创建的评审组”并选择这个目录，组长即可在应用中继续工作。',
    panelAddApplications:
      '用法：review-desk panel add-applications --panel 目录 [--passphrase 口令 | --passphrase-file 文件] [--allow-duplicates] 文件.pdf|文件夹…\n  把申报材料加入 panel create 生成的评审组：每个 PDF 是一份申报，每个文件夹是一份申报（含其中全部 PDF）。\n  不是 PDF、已损坏或不完整的文件不会加入，并说明原因（退出码 2，其余文件照常加入）；\n  与已有申报表单内容相同的申报默认跳过，加 --allow-duplicates 仍然加入。\n  文件保存到 目录/files，panel.rdsync 随之更新；在应用中重新导入 panel.rdsync 即可看到新申报。',
    syncMerge:
      '用法：review-desk sync merge A.rdsync B.rdsync… --out C.rdsync\n  把同一评审组的多个同步文件合并为一个，保留每位作者的签名。--out 是要写入的文件（不能是文件夹）。',
    syncInspect:
      '用法：review-desk sync inspect 文件.rdsync\n  显示同步文件属于哪个评审组、每部分的作者、类型、时间和内容数量；不改变任何东西。',
    rubricValidate:
      '用法：review-desk rubric validate 规则包.json\n  检查规则包；有问题时逐条列出（含 JSON 路径），退出码 1。',
    rubricShow:
      '用法：review-desk rubric show 规则包ID|规则包.json [--json]\n  显示规则包的通知条款、事实、规则和评分项；--json 输出完整 JSON。',
  },
  hints: {
    password:
      '命令行中加 --password 密码 即可打开，例如 review-desk extract 文件.pdf --password 密码。',
  },
  passphrasePrompt: '请输入组长身份文件的口令：',
  panel: {
    openInApp:
      '组长在应用中继续工作：在“评审组”页选择“打开命令行创建的评审组”，选择目录 {{dir}} 并输入口令。',
    added:
      '已加入 {{applications}} 份申报、{{files}} 个文件；已更新 {{state}}（在应用中导入它即可看到）。',
    duplicateSkipped:
      '《{{title}}》与已有的《{{of}}》表单内容相同，可能是重复提交，已跳过（确需加入请加 --allow-duplicates）。',
    duplicateAdded: '《{{title}}》与已有的《{{of}}》表单内容相同，按 --allow-duplicates 仍然加入。',
    locked:
      '《{{title}}》的申报书设置了打开密码，已按文件名加入；在应用中打开并输入密码后会读出标题和事实。',
  },
  reasons: {
    ENOENT: '不存在',
    EACCES: '没有权限',
    EPERM: '不允许',
    EISDIR: '这是一个文件夹',
    ENOTDIR: '路径中有一段不是文件夹',
    ENOSPC: '磁盘已满',
    EROFS: '位于只读的磁盘上',
    EEXIST: '已存在',
    ENAMETOOLONG: '路径太长',
    EMFILE: '打开的文件太多',
    EBUSY: '正被其他程序使用',
    other: '系统拒绝了操作',
  },
  errors: {
    unknownOption: '没有选项 {{option}}：请检查拼写，运行该命令加 --help 查看它的选项。',
    unexpectedArgument: '多了参数“{{arg}}”：这个命令不接受它。运行该命令加 --help 查看用法。',
    optionNeedsValue:
      '选项 {{option}} 后面要跟一个值，例如 {{option}} 值。运行该命令加 --help 查看用法。',
    optionTakesNoValue: '选项 {{option}} 不带值：直接写 {{option}} 即可。',
    badPort: '--port 的值“{{value}}”不是端口号：请给出 0 到 65535 之间的整数，例如 --port 4321。',
    portInUse:
      '端口 {{port}}（{{host}}）已被其他程序占用：请换一个端口（例如 --port {{suggest}}），或先停止占用它的程序。',
    portForbidden:
      '没有权限在 {{host}} 的端口 {{port}} 上监听：请用 1024 以上的端口，例如 --port 4321。',
    hostUnavailable:
      '无法在地址 {{host}} 上监听：这台电脑没有这个地址。请检查 --host，通常用 127.0.0.1（仅本机）或 0.0.0.0（局域网）。',
    badRedisUrl:
      '--redis 的值“{{value}}”不是 Redis 地址：请写成 redis://主机:端口，例如 redis://127.0.0.1:6379。',
    notFound: '找不到“{{file}}”：请检查路径和文件名。',
    isDirectory: '“{{file}}”是一个文件夹，这里需要一个文件：请给出文件夹中的文件。',
    notReadable: '无法读取“{{file}}”（$t(cliInput:reasons.{{reason}})）：请检查文件权限后重试。',
    outIsDirectory:
      '--out 指向的“{{path}}”是一个文件夹，这里需要一个文件名：例如 --out {{example}}。',
    outIsFile:
      '--out 指向的“{{path}}”是一个文件，这里需要一个文件夹（不存在时会新建）：例如 --out {{example}}。',
    cannotWrite:
      '无法写入“{{path}}”（$t(cliInput:reasons.{{reason}})）：请检查文件夹、写入权限和磁盘空间后重试。没有留下写了一半的文件。',
    nativeMismatch:
      '中继的数据库模块 better-sqlite3 是为另一个 Node 版本编译的，不能在 Node {{node}} 上运行：请在项目目录中运行 npm rebuild better-sqlite3，或换回安装时使用的 Node 版本。',
    redisUnreachable:
      '连不上 Redis（{{url}}）：请先启动 Redis，或检查 --redis 的主机和端口；只用一个中继节点时可以不加 --redis。',
    rdsyncUndecodable:
      '“{{file}}”的内容无法解码，不是完整的评审台同步文件：请让对方重新导出并发送，什么都没有改变。',
    noRdsync: '请至少给出一个 .rdsync 文件，例如：review-desk sync inspect 文件.rdsync。',
    passphraseNeeded:
      '需要口令来保护组长私钥，但这里没有终端可以输入：请加 --passphrase 口令，或 --passphrase-file 文件，或设置环境变量 REVIEW_DESK_PASSPHRASE。',
    badPanelRubric:
      '规则包“{{file}}”无效（问题见上），没有创建评审组。请修正后重试，可先用 review-desk rubric validate 检查。',
    notPanelDirectory:
      '“{{dir}}”不是 review-desk panel create 生成的评审组目录（缺少 {{file}}）：请给出 panel create 的 --out 目录。',
    notPanelFile: '“{{file}}”不是评审组目录中的有效文件：请重新用 review-desk panel create 生成。',
    noApplications:
      '请给出要加入的申报材料：PDF 文件或文件夹，例如 review-desk panel add-applications --panel 目录 申报/*.pdf。',
  },
} as const;
