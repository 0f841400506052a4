/**
 * Problems as sentences in the reader's language. In the summary list a sentence keeps its JSON
 * path; at the field the path is left out, since the field is where it points.
 */
import type { I18n } from '@/lib/i18n/core';
import { formatMessage, type Problem } from '@/lib/rubric';
import { describeProblem } from '@/lib/rubric-library';

export function problemSentence(i18n: I18n, p: Problem): string {
  return formatMessage(i18n, describeProblem(p));
}

export function problemAtField(i18n: I18n, p: Problem): string {
  const sentence = problemSentence(i18n, p);
  if (!sentence.startsWith(p.path)) return sentence;
  return sentence.slice(p.path.length).replace(/^[：:]\s*/, '');
}
