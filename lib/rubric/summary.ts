/**
 * The summary table (汇总表): one row per application, the call's columns in order. Each cell
 * is computed from the column's source: a fact (option codes shown as their labels), a count,
 * the row number, or a result the panel supplies (eligibility, total, level, verdict).
 */
import { pickText } from './messages';
import type { RubricPack } from './pack';
import type { SummaryColumn } from './schema/outputs';

export interface SummaryRowInput {
  /** Row number, from 1. */
  index: number;
  facts: unknown;
  results?: {
    eligible?: boolean | null;
    total?: number;
    level?: string;
    verdict?: string;
  };
}

/** Booleans (eligibility) are left for the exporter to word in its language. */
export type Cell = string | number | boolean;

function labelOf(pack: RubricPack, fact: string, value: string, language: string): string {
  const option = pack.facts.find((f) => f.id === fact)?.options?.find((o) => o.value === value);
  return option?.label ? pickText(option.label, language) : value;
}

/** List items in a cell are joined with the language's list separator. */
function join(items: string[], language: string): string {
  return items.join(language.startsWith('en') ? ', ' : '、');
}

export function summaryCell(
  pack: RubricPack,
  column: SummaryColumn,
  row: SummaryRowInput,
  language: string,
): Cell {
  const source = column.source;
  const facts =
    typeof row.facts === 'object' && row.facts !== null
      ? (row.facts as Record<string, unknown>)
      : {};
  const value = (id: string) => (Object.hasOwn(facts, id) ? facts[id] : undefined);
  switch (source.kind) {
    case 'index':
      return row.index;
    case 'blank':
      return '';
    case 'count': {
      const items = value(source.fact);
      return Array.isArray(items) ? items.length : '';
    }
    case 'result': {
      const result = row.results?.[source.result];
      if (result === undefined || result === null) return '';
      return result;
    }
    case 'fact': {
      const v = value(source.fact);
      if (typeof v === 'number') return v;
      if (typeof v === 'string') return labelOf(pack, source.fact, v, language);
      if (!Array.isArray(v)) return '';
      const field = source.field ?? 'name';
      const text = (item: unknown): string => {
        if (typeof item === 'string') return labelOf(pack, source.fact, item, language);
        const t = (item as Record<string, unknown> | null)?.[field];
        return typeof t === 'string' ? t : '';
      };
      // Lists of names join all items; lists of people or units show the first unless asked.
      if (source.pick === 'all' || typeof v[0] === 'string') {
        return join(v.map(text).filter(Boolean), language);
      }
      return v.length ? text(v[0]) : '';
    }
  }
}

export function summaryRow(pack: RubricPack, row: SummaryRowInput, language: string): Cell[] {
  return pack.summary.columns.map((column) => summaryCell(pack, column, row, language));
}

export function summaryHeader(pack: RubricPack, language: string): string[] {
  return pack.summary.columns.map((c) => pickText(c.label, language));
}
