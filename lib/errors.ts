/**
 * One error type for the whole core. Inside, an error is a reason code (`pdf/encrypted`) with
 * parameters; at the edge (UI, CLI) it becomes a sentence in the user's language through i18n:
 * the namespace is the part before the slash, the key is `errors.<reason>` in that namespace.
 * The codes are one typed list (lib/error-codes).
 */
import type { ErrorCode } from './error-codes';

export type { ErrorCode } from './error-codes';
export type ErrorParams = Record<string, string | number>;

export class ReviewDeskError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, options);
    this.name = 'ReviewDeskError';
    this.code = code;
    this.params = params;
  }
}

export function isReviewDeskError(error: unknown): error is ReviewDeskError {
  return error instanceof ReviewDeskError;
}

/** The i18n key an error code maps to: `pdf/encrypted` → `pdf:errors.encrypted`. */
export function errorKey(code: string): string {
  const slash = code.indexOf('/');
  if (slash < 0) return `common:errors.${code}`;
  return `${code.slice(0, slash)}:errors.${code.slice(slash + 1)}`;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A sentence for the user. Unknown errors keep their own message after a generic sentence, so
 * nothing is swallowed, but the user still reads their own language first.
 */
export function describeError(
  error: unknown,
  t: Translate,
  exists: (key: string) => boolean,
): string {
  if (isReviewDeskError(error)) {
    const key = errorKey(error.code);
    if (exists(key)) return t(key, error.params);
    return t('common:errors.unknown', { detail: error.code });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('common:errors.unknown', { detail });
}
