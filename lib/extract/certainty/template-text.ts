/**
 * A template's own text kept in the value: the prompt a word processor's content control shows
 * in an empty field ("点击此处输入文字。", "单击或点击此处输入文本", "请在此处填写"), a request
 * to answer ("请作答"), or the template's sample filling ("张XX", "XX县实验小学", "139XXXXXXXX",
 * "示例：…"). Such text is written by whoever made the template, never by the applicant: a
 * value holding it holds the template (a hidden layer, a placeholder left under the answer, a
 * prompt where a questionnaire puts its label) and possibly not the answer.
 */
import { normalizeNoSpace } from '../../pdf/normalize';
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/** A field's prompt: click here, type here, answer here. */
const PROMPT =
  /(?:单击|点击|轻触|双击)(?:或(?:单击|点击|轻触))?(?:此处|这里)|(?:在|于)(?:此处|这里|此)(?:输入|填写|键入|作答)|^请(?:作答|回答|输入|录入)|请在此|请于此/u;

/**
 * Sample text: a masked name or number (two or more capital X or × beside a character or digit:
 * 张XX, XX市XX学校, 139XXXXXXXX), or a sample marked as one (示例：, 样例：, 例：at the start).
 * "某某" is left out: the project's own examples name made-up projects so.
 */
const SAMPLE =
  /[\p{Script=Han}\d][XＸ×]{2,}|[XＸ×]{2,}[\p{Script=Han}\d]|^[XＸ×]{2,}$|示例[:：]|样例[:：]|^例[:：]/u;

/** Whether a text holds a template's prompt or sample. */
export function templateText(text: string): boolean {
  const t = normalizeNoSpace(text.slice(0, 600));
  return PROMPT.test(t) || SAMPLE.test(t);
}

export const templateInValue: CertaintyCheck = {
  name: 'template-text',
  check(_id, fact) {
    return valueStrings(fact.value).some(templateText) ? 'templateText' : undefined;
  },
};
