/**
 * A prompt read as the answer: the text proposed is a question or an instruction of the form
 * ("什么？", "请填写单位全称"), as a questionnaire-style form puts its prompts where a table puts
 * its labels. The answer is elsewhere (usually on the next line).
 */
import type { CertaintyCheck } from './index';
import { compact, textValue } from './value-text';

/**
 * A form's question (什么, 哪, 是否, 吗 before the closing question mark), or an instruction to
 * whoever fills the form in. A title may well be a question ("作业怎么设计？"): one that asks
 * how or why is not taken for a prompt.
 */
const PROMPT =
  /(?:什么|哪|是否|吗)[^？?]{0,12}[？?]$|^请[填简说列注写选勾]|填写说明|[（(]请[^）)]{0,12}[）)]$/u;

export const promptAsValue: CertaintyCheck = {
  name: 'prompt-as-value',
  check(_id, fact) {
    const text = textValue(fact);
    return text !== undefined && PROMPT.test(compact(text)) ? 'promptAsValue' : undefined;
  },
};
