/** Messages of the `review-desk` command line. */
export const cli = {
  help: {
    intro: 'review-desk：评审台命令行工具（与应用使用同一套核心代码）。',
    usage: '用法：review-desk <命令> [选项]    review-desk <命令> --help 查看命令的用法',
    commands: '命令：',
    global: '全局选项：--help 显示帮助；--version 显示版本；--lang zh-CN|en 输出语言',
  },
  demo: {
    summary: '生成示例评审组（PDF 申报材料、demo.json 和带评审意见的完整备份）',
    usage:
      '用法：review-desk demo --out 目录\n  在目录中写入两个示例评审组的申报材料 PDF、描述文件 demo.json，以及每个评审组的完整备份\n  <规则包编号>.rdsync（五位示例专家已提交全部评审，可用 review-desk report --panel 查看）。',
    done: '已写入 {{count}} 个示例 PDF、demo.json 和 {{panels}} 个评审组完整备份（.rdsync）：{{dir}}',
  },
  errors: {
    unknownCommand: '没有名为“{{command}}”的命令。运行 review-desk --help 查看全部命令。',
    badArguments: '命令参数有误：{{detail}}。运行该命令加 --help 查看用法。',
    missingOption: '缺少必需的选项 {{option}}。运行该命令加 --help 查看用法。',
  },
} as const;
