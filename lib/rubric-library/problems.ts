/**
 * Problems as sentences: the library's own (an id taken or built in, a damaged record) and the
 * pack validator's, with the schema's id patterns said in words rather than as regular expressions.
 */
import {
  formatPath,
  msg,
  type PathSegment,
  type Problem,
  problemMessage,
  type RuleMessage,
} from '../rubric';

/** Problems the library finds, beyond the pack's own validation (`rubricEditor:problems.*`). */
export const LIBRARY_PROBLEM_CODES = ['builtinId', 'idTaken', 'damagedRecord'] as const;

export function libraryProblem(
  at: PathSegment[],
  code: (typeof LIBRARY_PROBLEM_CODES)[number],
  params: Record<string, string> = {},
): Problem {
  return { path: formatPath(at), at, code, params };
}

/**
 * The id patterns of the pack schema, said in words: a person editing an id should read which
 * characters are allowed, not a regular expression.
 */
const ID_FORMATS: Record<string, string> = {
  '/^[a-z0-9][a-z0-9-]{0,79}$/': 'packIdFormat',
  '/^[A-Za-z][A-Za-z0-9_-]{0,63}$/': 'localIdFormat',
  '/^[A-Za-z][A-Za-z0-9_]{0,63}$/': 'factIdFormat',
};

/** The localisable sentence for any problem, the library's own or the pack validator's. */
export function describeProblem(p: Problem): RuleMessage {
  if ((LIBRARY_PROBLEM_CODES as readonly string[]).includes(p.code)) {
    return msg(`rubricEditor:problems.${p.code}`, { ...p.params, path: p.path });
  }
  const idFormat = p.code === 'invalidFormat' ? ID_FORMATS[String(p.params.format)] : undefined;
  if (idFormat) return msg(`rubricEditor:problems.${idFormat}`, { path: p.path });
  return problemMessage(p);
}
