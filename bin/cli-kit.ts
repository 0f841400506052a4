/**
 * The small kit every subcommand uses: its context (output streams, i18n), argument parsing with
 * clear usage errors, and exit codes. Exit codes: 0 done (a failing application is a result, not
 * an error), 1 the thing checked is invalid (e.g. a bad rubric pack), 2 bad input or usage.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ReviewDeskError } from '../lib/errors';
import type { I18n } from '../lib/i18n';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliContext {
  i18n: I18n;
  t: (key: string, params?: Record<string, unknown>) => string;
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export interface Command {
  /** The first word after `review-desk`. */
  name: string;
  /** i18n key of the one-line summary shown by `--help`. */
  summaryKey: string;
  /** i18n key of the usage text shown by `<name> --help`. */
  usageKey: string;
  /** Subcommands with their own usage, shown by `<name> <sub> --help`. */
  subcommands?: { name: string; usageKey: string }[];
  run(ctx: CliContext, argv: string[]): Promise<number>;
}

/** `--help` or `-h` anywhere among a command's arguments (before a `--`). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The usage a command's `--help` shows: its subcommand's when one is named first. */
export function usageFor(command: Command, argv: readonly string[]): string {
  const sub = command.subcommands?.find((s) => s.name === argv[0]);
  return sub ? sub.usageKey : command.usageKey;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs's own complaint, in our words: which option or argument, and what is wrong. */
function argumentsError(error: unknown): ReviewDeskError {
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/\s.*$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new ReviewDeskError('cliInput/unknownOption', { option }, { cause: error });
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new ReviewDeskError('cliInput/unexpectedArgument', { arg: quoted }, { cause: error });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(message)
      ? new ReviewDeskError('cliInput/optionTakesNoValue', { option }, { cause: error })
      : new ReviewDeskError('cliInput/optionNeedsValue', { option }, { cause: error });
  }
  return new ReviewDeskError('cli/badArguments', { detail: message }, { cause: error });
}

/** parseArgs that turns its TypeError into our usage error, so the user reads a sentence. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw argumentsError(error);
  }
}

export function requireOption<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === '') {
    throw new ReviewDeskError('cli/missingOption', { option: `--${name}` });
  }
  return value;
}
