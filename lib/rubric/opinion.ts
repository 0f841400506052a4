/**
 * Filling the 专家评审意见 template. Placeholders are plain `{{name}}` markers replaced by
 * text; nothing in a template is ever evaluated. A placeholder without a value stays visible
 * (and is listed in `missing`) so an unfinished opinion is noticed, not silently shortened.
 */
import { pickText } from './messages';
import type { RubricPack } from './pack';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export function opinionPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export interface FilledOpinion {
  text: string;
  missing: string[];
}

/** `values` maps placeholder names (`verdict`, `total`, `fact.projectName`…) to their text. */
export function fillOpinion(
  pack: RubricPack,
  language: string,
  values: Readonly<Record<string, string | number | undefined>>,
): FilledOpinion {
  const template = pickText(pack.opinion.template, language);
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return String(value);
  });
  return { text, missing };
}

/** `fact.<id>` values for the template from an application's facts (text and numbers only). */
export function factPlaceholders(facts: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof facts !== 'object' || facts === null) return out;
  for (const [id, value] of Object.entries(facts)) {
    if (typeof value === 'string' || typeof value === 'number') out[`fact.${id}`] = String(value);
  }
  return out;
}
