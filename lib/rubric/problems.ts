/**
 * Problems found in a pack: where (a JSON path such as `$.rules[3].test.bound`), a reason code
 * and its parameters. `problemMessage` gives the localisable sentence (`rubric:problems.<code>`);
 * `message` keeps zod's own English text when the problem came from the schema.
 */
import type { z } from 'zod';
import { type MessageParam, msg, type RuleMessage } from './messages';

export type PathSegment = string | number;

export interface Problem {
  path: string;
  /** The same path as segments, for an editor that shows the error at the field. */
  at: PathSegment[];
  code: string;
  params: Record<string, string | number>;
  message?: string;
}

export function formatPath(at: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of at) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export function problem(
  at: PathSegment[],
  code: string,
  params: Record<string, string | number> = {},
): Problem {
  return { path: formatPath(at), at, code, params };
}

export function problemMessage(p: Problem): RuleMessage {
  const params: Record<string, MessageParam> = { ...p.params, path: p.path };
  return msg(`rubric:problems.${p.code}`, params);
}

function valueAt(root: unknown, at: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of at) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** zod's issues as problems, with codes our messages know. */
export function problemsFromZod(error: z.ZodError, input: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const at = issue.path.filter(
      (s): s is string | number => typeof s === 'string' || typeof s === 'number',
    );
    const raw = issue as unknown as Record<string, unknown>;
    let p: Problem;
    switch (issue.code) {
      case 'invalid_type': {
        const actual = valueAt(input, at);
        p =
          actual === undefined
            ? problem(at, 'required')
            : problem(at, 'invalidType', {
                expected: String(raw.expected),
                received: describeValue(actual),
              });
        break;
      }
      case 'unrecognized_keys':
        for (const key of (raw.keys as string[]) ?? []) {
          out.push({ ...problem([...at, key], 'unknownKey', { key }), message: issue.message });
        }
        continue;
      case 'invalid_value':
        p = problem(at, 'invalidValue', {
          options: ((raw.values as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(' | '),
        });
        break;
      case 'invalid_union':
        p =
          raw.note === 'No matching discriminator'
            ? problem(at, 'unknownKind', {
                key: String(raw.discriminator),
                options: ((raw.options as unknown[]) ?? []).map(String).join(' | '),
              })
            : problem(at, 'invalidValue', { options: '' });
        break;
      case 'too_small':
        p = problem(at, 'tooSmall', { minimum: String(raw.minimum) });
        break;
      case 'too_big':
        p = problem(at, 'tooBig', { maximum: String(raw.maximum) });
        break;
      case 'invalid_format':
        p = problem(at, 'invalidFormat', {
          format: raw.format === 'regex' ? String(raw.pattern) : String(raw.format),
        });
        break;
      case 'custom':
        // Our refinements carry their reason as the message (see schema/common.ts).
        p =
          issue.message === 'emptyMatcher'
            ? problem(at, 'emptyMatcher')
            : problem(at, 'invalidFormat', { format: issue.message });
        break;
      default:
        p = problem(at, 'invalid', {});
    }
    out.push({ ...p, message: issue.message });
  }
  return out;
}
