/**
 * The 汇总表 as rows of cells, shared by the XLSX and the CSV: the call's columns in order, then
 * the panel's score, level and verdict (unless the call's layout already has them) and the rank.
 * Booleans (eligibility) are worded here, in the results' language.
 */
import { createI18n } from '../i18n';
import type { RubricPack } from '../rubric/pack';
import { type Cell, type SummaryRowInput, summaryRow } from '../rubric/summary';
import type { PanelResults } from './results-model';

export interface SummaryTable {
  title: string;
  /** "评审组：…　组长：…　日期：…", like the call template's line under the title. */
  subtitle: string;
  header: string[];
  /** Column kinds, for widths and alignment. */
  kinds: ('index' | 'text' | 'number' | 'long')[];
  rows: (string | number)[][];
}

type T = (key: string, params?: Record<string, unknown>) => string;

/** The call's layout and one application's cells, from a rubric pack (for the caller's builder). */
export function summaryLayoutFromPack(pack: RubricPack, language: string): PanelResults['summary'] {
  const lang = language.startsWith('en') ? 'en' : 'zh';
  return {
    title: (lang === 'en' && pack.summary.title.en) || pack.summary.title.zh,
    columns: pack.summary.columns.map((c) => ({
      id: c.id,
      label: (lang === 'en' && c.label.en) || c.label.zh,
      ...(c.source.kind === 'result' ? { result: c.source.result } : {}),
    })),
  };
}

export function summaryCellsFromPack(
  pack: RubricPack,
  row: SummaryRowInput,
  language: string,
): Cell[] {
  return summaryRow(pack, row, language);
}

function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

const LONG = /名称|单位|条件|name|unit|title|qualification/i;

export function buildSummaryTable(results: PanelResults): SummaryTable {
  const i18n = createI18n(results.language);
  const t: T = (key, params) => i18n.t(key, params) as string;
  const has = (r: string) => results.summary.columns.some((c) => c.result === r);
  const extra: {
    label: string;
    kind: SummaryTable['kinds'][number];
    cell: (a: PanelResults['applications'][number]) => string | number;
  }[] = [];
  if (!has('total'))
    extra.push({ label: t('export:summary.score'), kind: 'number', cell: (a) => a.score ?? '' });
  if (!has('level'))
    extra.push({ label: t('export:summary.level'), kind: 'text', cell: (a) => a.level ?? '' });
  if (!has('verdict'))
    extra.push({ label: t('export:summary.verdict'), kind: 'text', cell: (a) => a.verdict ?? '' });
  extra.push({ label: t('export:summary.rank'), kind: 'number', cell: (a) => a.rank ?? '' });
  const word = (cell: string | number | boolean) =>
    typeof cell === 'boolean'
      ? t(cell ? 'export:summary.eligible' : 'export:summary.ineligible')
      : cell;
  const chair = results.members.find((m) => m.role === 'chair');
  const ordered = [...results.applications];
  return {
    title: results.summary.title,
    subtitle: t('export:summary.subtitle', {
      panel: results.panel.name,
      chair: chair?.name ?? '—',
      date: day(results.panel.exportedAt),
    }),
    header: [...results.summary.columns.map((c) => c.label), ...extra.map((e) => e.label)],
    kinds: [
      ...results.summary.columns.map((c, i) =>
        c.id === 'index' || (i === 0 && /序号|No/.test(c.label))
          ? ('index' as const)
          : c.result === 'total'
            ? ('number' as const)
            : LONG.test(c.label) || LONG.test(c.id)
              ? ('long' as const)
              : ('text' as const),
      ),
      ...extra.map((e) => e.kind),
    ],
    rows: ordered.map((a) => [...a.summaryCells.map(word), ...extra.map((e) => e.cell(a))]),
  };
}
