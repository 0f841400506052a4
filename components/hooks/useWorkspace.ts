/** The panels on this device and the demo's first-start install, as React state. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDb } from '@/lib/store/db';
import { installDemo, panelContent } from '@/lib/workspace/demo';

async function fetchDemoBytes(path: string): Promise<Uint8Array> {
  const url = `/demo/${path.split('/').map(encodeURIComponent).join('/')}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function usePanels() {
  return useLiveQuery(() => getDb().panels.orderBy('joinedAt').toArray(), []);
}

export function usePanelContent(panelId: string) {
  return useLiveQuery(() => panelContent(getDb(), panelId), [panelId]);
}

/** Installs the demo on first start; reports busy/error so the page can say so. */
export function useDemoInstall() {
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({
    busy: true,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    installDemo(getDb(), fetchDemoBytes)
      .then(() => !cancelled && setState({ busy: false, error: null }))
      .catch((error) => !cancelled && setState({ busy: false, error }));
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
