/**
 * A fact's value as a reviewer reads it: option values shown by their labels from the pack
 * (`backboneTeacher` → 具备一定科研能力公认的骨干教师, `researchReport` → 研究报告), flags as the
 * options that hold, lists by their first names, and the pack's unit where it means something: a
 * count for lists and numbers, a length for text (项目名称 … 23 字). Pure: the words around the
 * value (共 N 项, N 字) are the caller's, through i18n.
 */
import { type FactDef, pickText } from '../rubric';
import { visibleLength } from '../rubric/text';
import { FIELD_SEPARATOR } from './codec';

export interface FactDisplay {
  /** The value in one line (lists cut after `max` items, with …). */
  text: string;
  /** Lists: how many items. */
  count?: number;
  /** Text: how many characters, when the pack gives text a unit (its length counts). */
  length?: number;
  /** The pack's unit in the reader's language ('' when none). */
  unit: string;
}

const SEPARATOR: Record<'zh' | 'en', string> = { zh: '、', en: ', ' };

function separator(language: string): string {
  return language.startsWith('en') ? SEPARATOR.en : SEPARATOR.zh;
}

/** An option value by its label; a value the pack does not list stays as it is. */
export function optionLabel(def: Pick<FactDef, 'options'>, value: string, language: string) {
  const option = def.options?.find((o) => o.value === value);
  return option?.label ? pickText(option.label, language) : value;
}

function itemText(def: FactDef, item: unknown, language: string): string {
  if (typeof item === 'string') return optionLabel(def, item, language);
  if (typeof item === 'object' && item !== null) {
    const r = item as Record<string, unknown>;
    if (typeof r.name === 'string') return r.name;
    return Object.values(r)
      .filter((v) => typeof v === 'string')
      .join(FIELD_SEPARATOR);
  }
  return String(item);
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function describeFact(def: FactDef, value: unknown, language: string, max = 6): FactDisplay {
  const unit = def.unit ? pickText(def.unit, language) : '';
  const sep = separator(language);
  if (value === undefined || value === null) return { text: '', unit };
  if (Array.isArray(value)) {
    const items = value.map((v) => itemText(def, v, language));
    const head = items.slice(0, max).join(sep);
    return { text: items.length > max ? `${head}…` : head, count: items.length, unit };
  }
  switch (def.type) {
    case 'flags': {
      const on = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v === true)
        .map(([k]) => optionLabel(def, k, language));
      return { text: on.join(sep), count: on.length, unit: '' };
    }
    case 'enum':
      return { text: optionLabel(def, String(value), language), unit };
    case 'boolean':
      return { text: value === true ? '✓' : '✗', unit: '' };
    case 'number':
    case 'integer':
      return { text: typeof value === 'number' ? round(value) : String(value), unit };
    case 'text': {
      const text = String(value);
      return unit ? { text, length: visibleLength(text), unit } : { text, unit };
    }
    default:
      return { text: String(value), unit };
  }
}
