/** A tab's links, read once through the extension (its page is scanned where it runs). */
import { useEffect, useState } from 'react';
import type { PageScan } from '@/lib/capture/page-scan';
import type { ExtensionHost, TabInfo } from '@/lib/platform';

export type ScanState =
  | { status: 'loading' }
  | { status: 'ready'; scan: PageScan }
  | { status: 'error'; error: unknown };

export function useTabScan(host: ExtensionHost, tabId: number): ScanState {
  const [state, setState] = useState<ScanState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    host
      .scanTab(tabId)
      .then((scan) => live && setState({ status: 'ready', scan }))
      .catch((error) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [host, tabId]);
  return state;
}

export function useTabInfo(host: ExtensionHost, tabId: number | null): TabInfo | null {
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    let live = true;
    const read = tabId === null ? host.currentTab() : host.tabInfo(tabId);
    read.then((info) => live && setTab(info)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host, tabId]);
  return tab;
}
