/** Working together on the panel page: online sync, members and invitations, exchange files. */
import { useTranslation } from 'react-i18next';
import type { OpenedPanel } from '@/lib/panel/open';
import { ExchangeFiles } from './ExchangeFiles';
import { Members } from './Members';
import { RelaySettings } from './RelaySettings';
import './collab.css';

export function CollabSection({ opened }: { opened: OpenedPanel }) {
  const { t } = useTranslation('collab');
  return (
    <section className="collab" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <div className="collab-grid">
        <RelaySettings panel={opened.panel} />
        <Members panel={opened.panel} />
        <ExchangeFiles panel={opened.panel} persistence={opened.persistence} />
      </div>
    </section>
  );
}
