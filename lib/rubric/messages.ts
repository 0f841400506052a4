/**
 * Localisable messages for verdicts, findings and problems. The engine never builds a sentence:
 * it returns an i18n key with parameters, so the review form and the CLI can show the same
 * verdict in zh-CN or en. Parameters may themselves be pack text (zh/en), lists or messages,
 * resolved in the reader's language only when the message is shown.
 */
import type { I18n } from '../i18n';

/** Text a pack author writes in both languages; English falls back to Chinese when absent. */
export interface LocalText {
  zh: string;
  en?: string;
}

export interface RuleMessage {
  key: string;
  params: Record<string, MessageParam>;
}

export type MessageParam =
  | string
  | number
  | boolean
  | null
  | LocalText
  | RuleMessage
  /** Items joined as a list (、 / ", ") or, for whole sentences, as clauses (； / "; "). */
  | { list: MessageParam[]; join?: 'list' | 'clauses' };

export function msg(key: string, params: Record<string, MessageParam> = {}): RuleMessage {
  return { key, params };
}

export function list(
  items: MessageParam[],
  join: 'list' | 'clauses' = 'list',
): { list: MessageParam[]; join?: 'list' | 'clauses' } {
  return join === 'list' ? { list: items } : { list: items, join };
}

/** The pack text in a language: `en` when asked for and present, else the Chinese source. */
export function pickText(text: LocalText | undefined, language: string): string {
  if (!text) return '';
  if (language.startsWith('en') && text.en) return text.en;
  return text.zh;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Numbers are shown with at most two decimals, so 23 months read as 1.92 years, not 1.9166…. */
function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

type Translate = (key: string, params: Record<string, unknown>) => string;

export function renderParam(param: MessageParam, t: Translate, language: string): string {
  if (param === null) return '';
  if (typeof param === 'number') return formatNumber(param);
  if (typeof param === 'string') return param;
  if (typeof param === 'boolean') return t(param ? 'rubric:values.yes' : 'rubric:values.no', {});
  if (!isObject(param)) return '';
  if ('list' in param && Array.isArray(param.list)) {
    const items = param.list.map((p) => renderParam(p, t, language));
    const key =
      param.join === 'clauses' ? 'rubric:values.clauseSeparator' : 'rubric:values.separator';
    return items.join(t(key, {}));
  }
  if ('key' in param && typeof param.key === 'string') {
    return renderMessageWith(param as unknown as RuleMessage, t, language);
  }
  if ('zh' in param && typeof param.zh === 'string') return pickText(param as LocalText, language);
  return '';
}

export function renderMessageWith(message: RuleMessage, t: Translate, language: string): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params)) {
    params[name] = renderParam(value, t, language);
  }
  return t(message.key, params);
}

/** A verdict, finding or problem as a sentence in the i18n instance's language. */
export function formatMessage(i18n: I18n, message: RuleMessage): string {
  return renderMessageWith(
    message,
    (key, params) => i18n.t(key, params) as string,
    i18n.language ?? 'zh-CN',
  );
}
