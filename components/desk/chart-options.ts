/**
 * The desk's chart options from the reconcile result: totals per application as box plots with
 * each counted total as a point, reviewers' severity as bars, and the agreement figures against
 * their bands. Plain data in, ECharts options out; labels come in already translated. Tooltips
 * are drawn as rich text (not HTML), since titles and names come from peers.
 */
import type { ReconcileResult } from '@/lib/reconcile';
import type { ChartOption } from './charts-lib';

/** Quartile by linear interpolation between closest ranks (Excel's QUARTILE.INC). */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const short = (s: string) => (s.length > 10 ? `${s.slice(0, 9)}…` : s);

export function totalsOption(
  result: ReconcileResult,
  labels: { total: string },
  names: ReadonlyMap<string, string>,
): ChartOption {
  const byId = new Map(result.applications.map((a) => [a.id, a]));
  const apps = result.ranking.map((id) => byId.get(id)!).filter((a) => !a.withdrawn);
  const boxes = apps.map((a) => {
    const totals = a.reviews
      .filter((r) => r.counted && r.total !== null)
      .map((r) => r.total!)
      .sort((x, y) => x - y);
    if (totals.length === 0) return [];
    return [0, 0.25, 0.5, 0.75, 1].map((q) => round2(quantile(totals, q)));
  });
  const points = apps.flatMap((a, i) =>
    a.reviews
      .filter((r) => r.counted && r.total !== null)
      .map((r) => ({ value: [i, r.total], name: names.get(r.reviewer) ?? r.reviewer })),
  );
  return {
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    grid: { left: 48, right: 16, top: 16, bottom: 72 },
    xAxis: {
      type: 'category',
      data: apps.map((a) => short(a.title)),
      axisLabel: { rotate: 30, interval: 0 },
    },
    yAxis: { type: 'value', name: labels.total, scale: true },
    series: [
      { type: 'boxplot', name: labels.total, data: boxes, itemStyle: { borderColor: '#b3261e' } },
      {
        type: 'scatter',
        name: labels.total,
        data: points,
        symbolSize: 6,
        itemStyle: { color: '#555a61' },
      },
    ],
  };
}

export function severityOption(result: ReconcileResult, labels: { axis: string }): ChartOption {
  const reviewers = result.reviewers.filter((r) => r.severity !== null);
  return {
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: {
      type: 'category',
      data: reviewers.map((r) => short(r.name)),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', name: labels.axis },
    series: [
      {
        type: 'bar',
        name: labels.axis,
        data: reviewers.map((r) => ({
          value: round2(r.severity!),
          itemStyle: { color: r.severity! >= 0 ? '#1f5aa6' : '#b3261e' },
        })),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }] },
      },
    ],
  };
}

export function agreementOption(
  result: ReconcileResult,
  labels: { value: string; bands: [string, string, string] },
): ChartOption {
  const a = result.agreement;
  const figures: [string, number | null][] = [
    ['ICC(2,1)', a.icc21],
    ['ICC(2,k)', a.icc2k],
    ['α', a.alpha],
    ['W', a.kendallW],
  ];
  const shown = figures.filter(([, v]) => v !== null) as [string, number][];
  return {
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    grid: { left: 48, right: 72, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: shown.map(([k]) => k) },
    yAxis: {
      type: 'value',
      name: labels.value,
      max: 1,
      min: Math.min(0, ...shown.map(([, v]) => v)),
    },
    series: [
      {
        type: 'bar',
        name: labels.value,
        data: shown.map(([, v]) => round2(v)),
        itemStyle: { color: '#1b7f3b' },
        // Koo & Li (2016): 0.5 moderate, 0.75 good, 0.9 excellent.
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8a5a00' },
          label: { position: 'end', formatter: '{b}' },
          data: [
            { yAxis: 0.5, name: labels.bands[0] },
            { yAxis: 0.75, name: labels.bands[1] },
            { yAxis: 0.9, name: labels.bands[2] },
          ],
        },
      },
    ],
  };
}
