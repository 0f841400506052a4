/**
 * Filling the 专家评审意见 template. Placeholders are plain `{{name}}` markers replaced by text;
 * nothing in a template is ever evaluated. The output never holds an unresolved placeholder: when
 * a field has no value the opinion is not produced at all, and the fields are reported by their
 * label (评审结论, 项目名称), so the reviewer or the chair can supply them first.
 *
 * Punctuation: where a value meets the template, the template's marks win (a comment ending in
 * "。" before the template's "。" gives one "。"), and a mark repeated inside a value ("。。") is
 * collapsed to one. Values cannot smuggle a placeholder in: `{{` inside a value is broken up.
 */
import { type MessageParam, msg, pickText, type RuleMessage, renderParam } from './messages';
import type { RubricPack } from './pack';
import { OPINION_PLACEHOLDERS } from './schema/outputs';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Sentence and clause marks, full width and ASCII: two of them never meet at a join. */
const MARKS = '。．，、；：！？,.;:!?';
const MARK = new RegExp(`[${MARKS}]`);
const TRAILING = new RegExp(`[${MARKS}\\s]+$`);
const LEADING = new RegExp(`^[${MARKS}\\s]+`);
/** The same full-width mark twice or more in a row inside a value. */
const REPEATED = /([。．，、；：！？])\1+/g;

export type OpinionValue = MessageParam | undefined;
export type OpinionValues = Readonly<Record<string, OpinionValue>>;

/** A template field, named for people: `label` is a message (评审结论, or the fact's label). */
export interface OpinionField {
  name: string;
  label: RuleMessage;
}

export type FilledOpinion =
  | { complete: true; text: string; missing: [] }
  | { complete: false; text: null; missing: OpinionField[] };

type Translate = (key: string, params: Record<string, unknown>) => string;

export interface OpinionRender {
  language: string;
  t: Translate;
}

/** The placeholder names a template uses, in order of first use. */
export function opinionPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The label people read for a placeholder: the built-in field's name or the fact's label. */
export function opinionFieldLabel(pack: RubricPack, name: string): RuleMessage {
  if (name.startsWith('fact.')) {
    const def = pack.facts.find((f) => f.id === name.slice(5));
    if (def) return msg('opinion:field.fact', { label: def.label });
  } else if ((OPINION_PLACEHOLDERS as readonly string[]).includes(name)) {
    return msg(`opinion:field.${name}`);
  }
  return msg('opinion:field.unknown', { name });
}

/** A value as text for the template: trimmed, repeated marks collapsed. */
function cleanValue(text: string): string {
  return text.trim().replace(REPEATED, '$1');
}

/** No `{{` or `}}` survives: a value (or two values side by side) cannot form a placeholder. */
function breakBraces(text: string): string {
  return text.replace(/\{(?=\{)/g, '{ ').replace(/\}(?=\})/g, '} ');
}

/** A piece of text without its closing marks (。；…), to be joined into a list or a sentence. */
export function withoutTrailingMarks(text: string): string {
  return text.replace(TRAILING, '');
}

/** The template's text in a language, filled with `values`; null when a field has no value. */
export function fillOpinion(
  pack: RubricPack,
  values: OpinionValues,
  render: OpinionRender,
): FilledOpinion {
  const template = pickText(pack.opinion.template, render.language);
  const texts = new Map<string, string>();
  const missing: OpinionField[] = [];
  for (const name of opinionPlaceholders(template)) {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    const text =
      value === undefined ? '' : cleanValue(renderParam(value, render.t, render.language));
    // A value of marks only ("。") says nothing: the field is as empty as a missing one.
    if (text.replace(LEADING, '') === '')
      missing.push({ name, label: opinionFieldLabel(pack, name) });
    else texts.set(name, text);
  }
  if (missing.length > 0) return { complete: false, text: null, missing };
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const before = template.slice(last, match.index);
    last = match.index + match[0].length;
    let value = texts.get(match[1]!)!;
    const previous = (out + before).slice(-1);
    const next = template.slice(last, last + 1);
    if (MARK.test(previous)) value = value.replace(LEADING, '');
    if (MARK.test(next)) value = value.replace(TRAILING, '');
    out += before + value;
  }
  out += template.slice(last);
  return { complete: true, text: breakBraces(out), missing: [] };
}

/**
 * The fields a saved opinion still leaves open: every `{{name}}` left in its text (typed by hand,
 * or kept from an older version that let placeholders through). A review is not submitted with any.
 */
export function unresolvedFields(
  pack: RubricPack,
  text: string | null | undefined,
): OpinionField[] {
  if (!text) return [];
  return opinionPlaceholders(text).map((name) => ({ name, label: opinionFieldLabel(pack, name) }));
}
