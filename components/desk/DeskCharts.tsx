/**
 * The desk's charts: totals per application, reviewers' severity and agreement. ECharts is loaded
 * here, on first use (a dynamic import), never with the rest of the app.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementOption, severityOption, totalsOption } from './chart-options';
import type { ChartOption } from './charts-lib';
import { useDesk } from './DeskContext';

type ChartsLib = typeof import('./charts-lib');

function Chart({
  lib,
  option,
  testId,
  label,
}: {
  lib: ChartsLib;
  option: ChartOption;
  testId: string;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<ChartsLib['init']> | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!host.current) return;
    const instance = lib.init(host.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lib]);
  useEffect(() => {
    chart.current?.setOption(option, true);
    setReady(true);
  }, [option]);
  return (
    <div
      ref={host}
      className="desk-chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-ready={ready ? 'true' : 'false'}
    />
  );
}

export function DeskCharts() {
  const { t } = useTranslation('desk');
  const { model } = useDesk();
  const [lib, setLib] = useState<ChartsLib | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('./charts-lib').then(
      (m) => live && setLib(m),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  const options = useMemo(
    () => ({
      totals: totalsOption(model.result, { total: t('charts.total') }, model.names),
      severity: severityOption(model.result, { axis: t('charts.severityAxis') }),
      agreement: agreementOption(model.result, {
        value: t('charts.value'),
        bands: [
          t('reconcile:bands.moderate'),
          t('reconcile:bands.good'),
          t('reconcile:bands.excellent'),
        ],
      }),
    }),
    [model, t],
  );
  if (error) return <p className="notice notice-error">{t('charts.failed', { detail: error })}</p>;
  if (!lib) return <p className="muted">{t('charts.loading')}</p>;
  return (
    <div className="desk-charts" data-testid="desk-charts">
      <section className="desk-chart-card desk-chart-wide">
        <h3>{t('charts.totals')}</h3>
        <p className="muted">{t('charts.totalsHelp')}</p>
        <Chart lib={lib} option={options.totals} testId="chart-totals" label={t('charts.totals')} />
      </section>
      <section className="desk-chart-card">
        <h3>{t('charts.severity')}</h3>
        <p className="muted">{t('charts.severityHelp')}</p>
        <Chart
          lib={lib}
          option={options.severity}
          testId="chart-severity"
          label={t('charts.severity')}
        />
      </section>
      <section className="desk-chart-card">
        <h3>{t('charts.agreement')}</h3>
        <p className="muted">{t('charts.agreementHelp')}</p>
        <Chart
          lib={lib}
          option={options.agreement}
          testId="chart-agreement"
          label={t('charts.agreement')}
        />
      </section>
    </div>
  );
}
