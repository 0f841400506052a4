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
  run(ctx: CliContext, argv: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs that turns its TypeError into our usage error, so the user reads a sentence. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new ReviewDeskError(
      'cli/badArguments',
      { detail: error instanceof Error ? error.message : String(error) },
      { cause: error },
    );
  }
}

export function requireOption<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === '') {
    throw new ReviewDeskError('cli/missingOption', { option: `--${name}` });
  }
  return value;
}
