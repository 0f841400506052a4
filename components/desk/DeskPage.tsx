/**
 * The chair's desk (`#/panel/<id>/desk[/<app>]`): the matrix of applications × reviewers with
 * statistics and flags, one application's side-by-side view, facts, discussion and decision,
 * charts, and a printable summary. Everyone on the panel may look; only the chair writes
 * decisions (the panel refuses anyone else's anyway), observers only read.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import {
  type DeskFilter,
  type DeskSort,
  deskRows,
  RANK_STATISTICS,
  type RankStatistic,
  type SortKey,
} from '@/lib/reconcile';
import type { RubricPack } from '@/lib/rubric';
import { SyncIndicator } from '../collab/SyncIndicator';
import { usePanelPack } from '../hooks/usePanelPack';
import { usePanelValue } from '../hooks/usePanelValue';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { SaveIndicator } from '../shell/SaveIndicator';
import { AppDetail } from './AppDetail';
import { DeskCharts } from './DeskCharts';
import { DeskProvider, deskContext } from './DeskContext';
import { DeskSummary } from './DeskSummary';
import { Filters } from './Filters';
import { Matrix } from './Matrix';
import { PrintView } from './PrintView';
import { ReviewerTable } from './ReviewerTable';
import { type DeskOptions, useDeskModel } from './useDeskModel';
import { useThreadReads } from './useThreadReads';
import './desk.css';

const VIEWS = ['matrix', 'charts', 'print'] as const;
type View = (typeof VIEWS)[number];

function DeskView({
  opened,
  pack,
  applicationId,
}: {
  opened: OpenedPanel;
  pack: RubricPack;
  applicationId: string | undefined;
}) {
  const { t, i18n } = useTranslation('desk');
  const { panel, persistence } = opened;
  const panelName = usePanelValue(panel, (p) => p.meta()?.name ?? p.id);
  const me = usePanelValue(panel, (p) => p.me());
  const [options, setOptions] = useState<DeskOptions>({
    rankBy: 'mean',
    leaveOutConflicts: false,
  });
  const [view, setView] = useState<View>('matrix');
  const [sort, setSort] = useState<DeskSort>({ key: 'rank', descending: false });
  const [filter, setFilter] = useState<DeskFilter>({});
  const model = useDeskModel(panel, pack, options);
  const { reads, markRead } = useThreadReads(panel.id);
  const rows = useMemo(() => deskRows(model.result, sort, filter), [model.result, sort, filter]);
  const selected = applicationId
    ? model.result.applications.find((a) => a.id === applicationId)
    : undefined;

  const desk = useMemo(
    () => deskContext({ panel, pack, model, rankBy: options.rankBy, me, reads, markRead, i18n }),
    // The language is part of i18n's state: a switch makes new formatters.
    [panel, pack, model, options.rankBy, me, reads, markRead, i18n, i18n.language],
  );

  const onSort = useCallback(
    (key: SortKey) =>
      setSort((prev) =>
        prev.key === key
          ? { key, descending: !prev.descending }
          : // Figures read best from the top down; rank and names from the first.
            { key, descending: key !== 'rank' && key !== 'title' },
      ),
    [],
  );
  const select = (id: string) => {
    window.location.hash = href.desk(panel.id, id === applicationId ? undefined : id);
  };

  return (
    <DeskProvider value={desk}>
      <section className="page desk-page" data-testid="desk" data-view={view}>
        <nav className="breadcrumbs desk-no-print">
          <a href={href.workspace()}>{t('workspace:title')}</a>
          <span aria-hidden="true">/</span>
          <a href={href.panel(panel.id)}>{panelName}</a>
        </nav>
        <div className="page-head desk-no-print">
          <h1>
            {t('title')} <span className="muted desk-panel-name">{panelName}</span>
          </h1>
          <span className="head-status">
            <SyncIndicator panelId={panel.id} />
            <SaveIndicator persistence={persistence} />
          </span>
        </div>
        {me.role !== 'chair' && (
          <p className="notice desk-no-print" data-testid="desk-read-only">
            {me.role === 'observer' ? t('readOnlyObserver') : t('readOnly')}
          </p>
        )}
        <div className="desk-toolbar desk-no-print">
          <div role="tablist" className="tabs">
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                role="tab"
                aria-selected={view === v}
                onClick={() => setView(v)}
                data-view={v}
              >
                {t(`views.${v}`)}
              </button>
            ))}
          </div>
          <label className="desk-option">
            <span>{t('options.rankBy')}</span>
            <select
              value={options.rankBy}
              data-testid="desk-rank-by"
              onChange={(e) =>
                setOptions((o) => ({ ...o, rankBy: e.target.value as RankStatistic }))
              }
            >
              {RANK_STATISTICS.map((s) => (
                <option key={s} value={s}>
                  {t(`reconcile:statistics.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="desk-option">
            <input
              type="checkbox"
              checked={options.leaveOutConflicts}
              onChange={(e) => setOptions((o) => ({ ...o, leaveOutConflicts: e.target.checked }))}
            />
            <span>{t('options.leaveOutConflicts')}</span>
          </label>
        </div>
        <DeskSummary />
        {view === 'matrix' && (
          <>
            <Filters
              filter={filter}
              onFilter={setFilter}
              sort={sort}
              onSort={setSort}
              shown={rows.length}
            />
            <div className={selected ? 'desk-split' : 'desk-full'}>
              <Matrix
                rows={rows}
                sort={sort}
                onSort={onSort}
                selected={selected?.id}
                onSelect={select}
              />
              {selected && (
                <AppDetail
                  key={selected.id}
                  app={selected}
                  onClose={() => {
                    window.location.hash = href.desk(panel.id);
                  }}
                />
              )}
            </div>
          </>
        )}
        {view === 'charts' && (
          <>
            <DeskCharts />
            <ReviewerTable />
          </>
        )}
        {view === 'print' && <PrintView panelName={panelName} />}
      </section>
    </DeskProvider>
  );
}

function WithPack({
  opened,
  applicationId,
}: {
  opened: OpenedPanel;
  applicationId: string | undefined;
}) {
  const pack = usePanelPack(opened.panel);
  if (!pack.pack) return <ErrorNotice error={pack.error} />;
  return <DeskView opened={opened} pack={pack.pack} applicationId={applicationId} />;
}

export function DeskPage({
  panelId,
  applicationId,
}: {
  panelId: string;
  applicationId?: string | undefined;
}) {
  const { t } = useTranslation('workspace');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted page">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <WithPack opened={state.opened} applicationId={applicationId as ApplicationId} />;
}
