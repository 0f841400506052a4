/**
 * `review-desk` entry: global flags (--help, --version, --lang), then one subcommand. Every
 * error ends here as one localised sentence on stderr and a non-zero exit code.
 */
import { isReviewDeskError } from '../lib/errors';
import { createI18n, type Language, localizeError, pickLanguage } from '../lib/i18n';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import pkg from '../package.json' with { type: 'json' };
import { asksForHelp, type CliContext, EXIT_BAD_INPUT, EXIT_OK, usageFor } from './cli-kit';
import { commands } from './commands';

/** package.json is imported, not read beside this file: the bundle (dist/cli/) lives elsewhere. */
function version(): string {
  return String(pkg.version);
}

/** `--lang xx` anywhere on the line wins; then REVIEW_DESK_LANG, then LC_ALL/LANG. */
function takeLanguage(argv: string[]): { language: Language; rest: string[] } {
  const rest = [...argv];
  const at = rest.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  let tag: string | undefined;
  if (at >= 0) {
    const arg = rest[at]!;
    if (arg.includes('=')) {
      tag = arg.slice(arg.indexOf('=') + 1);
      rest.splice(at, 1);
    } else {
      tag = rest[at + 1];
      rest.splice(at, 2);
    }
  }
  tag ??= process.env.REVIEW_DESK_LANG ?? process.env.LC_ALL ?? process.env.LANG;
  return { language: pickLanguage(tag), rest };
}

/** Set once a reader closed our stdout or stderr (`| head -1`): output stops, the work does not. */
const closed = { stdout: false, stderr: false };

function write(stream: 'stdout' | 'stderr', text: string): void {
  if (closed[stream]) return;
  process[stream].write(text.endsWith('\n') ? text : `${text}\n`);
}

export function makeContext(language: Language): CliContext {
  const i18n = createI18n(language);
  return {
    i18n,
    t: (key, params) => i18n.t(key, params) as string,
    out: (text) => write('stdout', text),
    err: (text) => write('stderr', text),
    cwd: process.cwd(),
  };
}

function help(ctx: CliContext): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${ctx.t(c.summaryKey)}`);
  return `${ctx.t('cli:help.intro')}\n\n${ctx.t('cli:help.usage')}\n\n${ctx.t('cli:help.commands')}\n${lines.join('\n')}\n\n${ctx.t('cli:help.global')}\n`;
}

/**
 * `review-desk … | head` closes our stdout early: that is the reader's choice, not an error. The
 * command goes on (files it writes are finished) and stops writing to the closed stream.
 */
let watchingPipes = false;
function carryOnWhenPipeCloses(): void {
  if (watchingPipes) return;
  watchingPipes = true;
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed[name] = true;
      else throw error;
    });
  }
}

/**
 * Whatever escapes a command (an 'error' event of a library's socket, a rejected promise nobody
 * awaited) still ends as one sentence and exit code 2, never as a stack.
 */
function lastResort(ctx: CliContext): void {
  const report = (error: unknown) => {
    ctx.err(localizeError(ctx.i18n, error));
    if (process.env.REVIEW_DESK_DEBUG) console.error(error);
    process.exit(EXIT_BAD_INPUT);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}

export async function main(argv: string[]): Promise<number> {
  carryOnWhenPipeCloses();
  setPlatform(nodePlatform);
  const { language, rest } = takeLanguage(argv);
  const ctx = makeContext(language);
  if (process.env.VITEST === undefined) lastResort(ctx);
  const [first, ...args] = rest;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    ctx.out(help(ctx));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    ctx.out(version());
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    ctx.err(ctx.t('cli:errors.unknownCommand', { command: first }));
    return EXIT_BAD_INPUT;
  }
  if (asksForHelp(args)) {
    ctx.out(ctx.t(usageFor(command, args)));
    return EXIT_OK;
  }
  try {
    return await command.run(ctx, args);
  } catch (error) {
    ctx.err(localizeError(ctx.i18n, error));
    // The library's sentence speaks of typing a password; here, that is an option.
    if (isReviewDeskError(error) && error.code === 'pdf/passwordRequired') {
      ctx.err(ctx.t('cliInput:hints.password'));
    }
    if (!isReviewDeskError(error) && process.env.REVIEW_DESK_DEBUG) console.error(error);
    return EXIT_BAD_INPUT;
  }
}
