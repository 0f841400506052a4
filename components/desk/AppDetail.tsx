/**
 * One application beside the matrix: its figures and every flag in full, then the reviewers side
 * by side (scores, comments, evidence, facts), the discussion, and the panel's decision.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { ApplicationResult } from '@/lib/reconcile';
import { unreadCount } from '@/lib/workspace/thread-reads';
import { usePanelValue } from '../hooks/usePanelValue';
import { href } from '../router';
import { Compare } from './Compare';
import { DecisionForm } from './DecisionForm';
import { useDesk } from './DeskContext';
import { Threads } from './Threads';
import { Withdraw } from './Withdraw';

const TABS = ['compare', 'threads', 'decision'] as const;
type Tab = (typeof TABS)[number];

export function AppDetail({ app, onClose }: { app: ApplicationResult; onClose: () => void }) {
  const { t } = useTranslation('desk');
  const { panel, say, figure, reads, me } = useDesk();
  const [tab, setTab] = useState<Tab>('compare');
  const id = app.id as ApplicationId;
  const record = usePanelValue(panel, (p) => p.application(id), [id]);
  const unread = usePanelValue(panel, (p) => p.threads(id), [id]).reduce(
    (n, thread) => n + unreadCount(thread, reads, me),
    0,
  );
  const { stats } = app;
  return (
    <aside
      className="desk-detail"
      aria-label={app.title}
      data-testid="desk-detail"
      data-application={app.id}
    >
      <div className="desk-detail-head">
        <h2>{app.title}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      <p className="desk-detail-meta">
        <strong data-testid="desk-detail-rank">
          {app.rank === null ? t('detail.unranked') : t('detail.rank', { rank: app.rank })}
        </strong>
        {' · '}
        {t('detail.stats', {
          n: stats.n,
          mean: figure(stats.mean),
          median: figure(stats.median),
          trimmedMean: figure(stats.trimmedMean),
          sd: figure(stats.sd),
          range: figure(stats.range),
        })}
        {' · '}
        <a href={href.application(panel.id, app.id)}>{t('detail.openApplication')}</a>
      </p>
      {record?.withdrawn && (
        <p className="notice desk-notice-warn" data-testid="desk-withdrawn">
          {t('detail.withdrawn', { reason: record.withdrawn.reason })}
        </p>
      )}
      {app.flags.length === 0 ? (
        <p className="muted">{t('detail.noFlags')}</p>
      ) : (
        <ul className="desk-flag-messages" aria-label={t('detail.flags')} data-testid="desk-flags">
          {app.flags.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: flags have no id and are rebuilt whole
            <li key={i} data-flag={f.kind} className="desk-flag-message">
              {say(f.message)}
            </li>
          ))}
        </ul>
      )}
      <div role="tablist" className="tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            data-tab={name}
            onClick={() => setTab(name)}
          >
            {name === 'threads' && unread > 0
              ? t('detail.tabUnread', { count: unread })
              : t(`detail.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="desk-tab-body">
        {tab === 'compare' && <Compare app={app} />}
        {tab === 'threads' && <Threads app={app} />}
        {tab === 'decision' && (
          <>
            <DecisionForm app={app} />
            <Withdraw app={app} />
          </>
        )}
      </div>
    </aside>
  );
}
