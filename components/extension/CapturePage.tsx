/**
 * The capture page (an app route, extension only): a tab's PDF links into the active panel, or
 * one link (context menu, or a tab that shows a PDF) into an application of it.
 */
import { useTranslation } from 'react-i18next';
import type { PanelId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import { type ExtensionHost, getPlatform } from '@/lib/platform';
import { usePanelPack } from '../hooks/usePanelPack';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { ErrorNotice } from '../shell/ErrorNotice';
import { CaptureList } from './CaptureList';
import { CaptureOne } from './CaptureOne';
import { PanelPicker } from './PanelPicker';
import { useActivePanelId } from './useActivePanel';
import { type ScanState, useTabInfo, useTabScan } from './useTabScan';
import './extension.css';

type Link = { frameId: number; url: string } | null;

export function CapturePage({ tabId, link }: { tabId: number; link: Link }) {
  const { t } = useTranslation('extension');
  const host = getPlatform().extension;
  if (!host) return <p className="notice page">{t('onlyInExtension')}</p>;
  return <Capture host={host} tabId={tabId} link={link} />;
}

function Capture({ host, tabId, link }: { host: ExtensionHost; tabId: number; link: Link }) {
  const { t } = useTranslation('extension');
  const panelId = useActivePanelId();
  const tab = useTabInfo(host, tabId);
  const scan = useTabScan(host, tabId);
  return (
    <section className="page capture-page" data-testid="capture-page">
      <h1>{link ? t('capture.oneTitle') : t('capture.pageTitle')}</h1>
      {tab && (
        <p className="muted" data-testid="capture-source">
          {t('capture.from', {
            title: tab.title || tab.url || '',
            url: link?.url ?? tab.url ?? '',
          })}
        </p>
      )}
      <PanelPicker value={panelId} />
      {panelId && <CaptureInto key={panelId} {...{ host, tabId, link, scan }} panelId={panelId} />}
    </section>
  );
}

function CaptureInto({
  panelId,
  ...rest
}: {
  host: ExtensionHost;
  tabId: number;
  link: Link;
  scan: ScanState;
  panelId: PanelId;
}) {
  const { t } = useTranslation('extension');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <WithPack opened={state.opened} {...rest} />;
}

function WithPack({
  opened,
  host,
  tabId,
  link,
  scan,
}: {
  opened: OpenedPanel;
  host: ExtensionHost;
  tabId: number;
  link: Link;
  scan: ScanState;
}) {
  const { t } = useTranslation('extension');
  const pack = usePanelPack(opened.panel);
  if (!pack.pack) return <ErrorNotice error={pack.error} />;
  const common = { host, tabId, panel: opened.panel, pack: pack.pack };
  if (link) return <CaptureOne {...common} link={link} scan={scan} />;
  if (scan.status === 'loading') return <p className="muted">{t('capture.reading')}</p>;
  if (scan.status === 'error') return <ErrorNotice error={scan.error} />;
  // The tab shows a PDF itself (the browser's viewer): capture that one file.
  if (scan.scan.isPdf) {
    return <CaptureOne {...common} link={{ frameId: 0, url: scan.scan.url }} scan={scan} />;
  }
  return <CaptureList {...common} scan={scan.scan} />;
}
