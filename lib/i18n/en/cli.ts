import type { Messages } from '../shape';
import type { cli as zh } from '../zh-CN/cli';

export const cli: Messages<typeof zh> = {
  help: {
    intro: 'review-desk: the Review Desk command line (the same core code the app runs).',
    usage: 'Usage: review-desk <command> [options]    review-desk <command> --help for its usage',
    commands: 'Commands:',
    global:
      'Global options: --help show help; --version show version; --lang zh-CN|en output language',
  },
  demo: {
    summary: 'Write the demo panels (application PDFs, demo.json and full backups with reviews)',
    usage:
      "Usage: review-desk demo --out DIR\n  Writes the two demo panels' application PDFs, demo.json describing them, and each panel's full backup\n  <rubric-id>.rdsync (five demo experts submitted every review; read it with review-desk report --panel) into DIR.",
    done: 'Wrote {{count}} demo PDFs, demo.json and {{panels}} panel backups (.rdsync) to {{dir}}',
  },
  errors: {
    unknownCommand:
      'There is no command "{{command}}". Run review-desk --help to list the commands.',
    badArguments:
      'The command arguments are wrong: {{detail}}. Run the command with --help for its usage.',
    missingOption: 'The option {{option}} is required. Run the command with --help for its usage.',
  },
};
