/**
 * Which class a recommending body belongs to (沈阳/大连, another city, a provincial university,
 * a provincial institution), from the pack's name matchers. Names are compared after NFKC and
 * without whitespace, so "大连市 教育局" and "大连市教育局" are one body.
 */
import type { NameMatcher, QuotaClass } from './schema/panel-rules';
import { normalizeText } from './text';

function any(values: string[] | undefined, test: (v: string) => boolean): boolean {
  return values === undefined || values.some((v) => test(normalizeText(v)));
}

export function matchesName(name: string, matcher: NameMatcher): boolean {
  const n = normalizeText(name);
  return (
    any(matcher.equals, (v) => n === v) &&
    any(matcher.startsWith, (v) => n.startsWith(v)) &&
    any(matcher.endsWith, (v) => n.endsWith(v)) &&
    any(matcher.contains, (v) => n.includes(v))
  );
}

/** The first class with a matcher that fits, or undefined when the pack cannot tell. */
export function classifyBody(classes: readonly QuotaClass[], body: string): QuotaClass | undefined {
  return classes.find((c) => Array.isArray(c.match) && c.match.some((m) => matchesName(body, m)));
}
