/**
 * The device's workspace as React state: the panels on this device, the demo's first-start
 * install (once, even when React runs effects twice), and opening a panel.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ReviewDeskError } from '@/lib/errors';
import type { PanelId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import { getDb } from '@/lib/store/db';
import { setActivePanel } from '@/lib/workspace/active-panel';
import { installDemo } from '@/lib/workspace/demo';
import { Workspace } from '@/lib/workspace/workspace';

let workspace: Workspace | null = null;

export function getWorkspace(): Workspace {
  if (!workspace) {
    // Several pages may hold a panel open at once (tabs, the extension's side panel and popup).
    const created = new Workspace(getDb(), { linkPages: true });
    // The browser knows at once when the network goes or comes back; the relay client would
    // only notice a dead socket much later.
    created.relays.setNetwork(navigator.onLine);
    window.addEventListener('online', () => created.relays.setNetwork(true));
    window.addEventListener('offline', () => created.relays.setNetwork(false));
    workspace = created;
  }
  return workspace;
}

async function fetchDemoBytes(path: string): Promise<Uint8Array> {
  const url = `/demo/${path.split('/').map(encodeURIComponent).join('/')}`;
  const response = await fetch(url);
  if (!response.ok)
    throw new ReviewDeskError('workspace/demoUnavailable', { status: response.status });
  return new Uint8Array(await response.arrayBuffer());
}

type DemoListener = (done: number, total: number) => void;
const demoListeners = new Set<DemoListener>();
let demoInstall: Promise<boolean> | null = null;

function ensureDemo(): Promise<boolean> {
  demoInstall ??= installDemo(getWorkspace(), fetchDemoBytes, (done, total) => {
    for (const l of demoListeners) l(done, total);
  }).catch((error) => {
    demoInstall = null;
    throw error;
  });
  return demoInstall;
}

export function usePanels() {
  return useLiveQuery(() => getDb().panels.orderBy('joinedAt').toArray(), []);
}

/** Installs the demo on first start; reports progress and errors so the page can say so. */
export function useDemoInstall() {
  const [state, setState] = useState<{
    busy: boolean;
    done: number;
    total: number;
    error: unknown;
  }>({ busy: true, done: 0, total: 0, error: null });
  useEffect(() => {
    let live = true;
    const listener: DemoListener = (done, total) =>
      live && setState((s) => ({ ...s, done, total }));
    demoListeners.add(listener);
    ensureDemo()
      .then(() => live && setState((s) => ({ ...s, busy: false, error: null })))
      .catch((error) => live && setState((s) => ({ ...s, busy: false, error })));
    return () => {
      live = false;
      demoListeners.delete(listener);
    };
  }, []);
  return state;
}

export type PanelState =
  | { status: 'loading' }
  | { status: 'ready'; opened: OpenedPanel }
  | { status: 'error'; error: unknown };

/** The live panel for an id (opened once per page and shared); it becomes the active panel. */
export function useOpenedPanel(panelId: string): PanelState {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    getWorkspace()
      .openPanel(panelId as PanelId)
      .then((opened) => {
        void setActivePanel(getDb(), opened.panel.id).catch(() => undefined);
        if (live) setState({ status: 'ready', opened });
      })
      .catch((error) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [panelId]);
  return state;
}
