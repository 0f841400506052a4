/**
 * The device's workspace as React state: the panels on this device, the demo's first-start
 * install (once, even when React runs effects twice), and opening a panel. The workspace itself
 * comes from context (WorkspaceContext); storage only through its stores.
 */
import { useEffect, useState } from 'react';
import { ReviewDeskError } from '@/lib/errors';
import type { PanelId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import type { Workspace } from '@/lib/workspace/workspace';
import { useStores, useWatched, useWorkspace } from '../workspace/WorkspaceContext';

async function fetchDemoBytes(path: string): Promise<Uint8Array> {
  const url = `/demo/${path.split('/').map(encodeURIComponent).join('/')}`;
  const response = await fetch(url);
  if (!response.ok)
    throw new ReviewDeskError('workspace/demoUnavailable', { status: response.status });
  return new Uint8Array(await response.arrayBuffer());
}

type DemoListener = (done: number, total: number) => void;
const demoListeners = new Set<DemoListener>();
const demoInstalls = new WeakMap<Workspace, Promise<boolean>>();

function ensureDemo(workspace: Workspace): Promise<boolean> {
  let install = demoInstalls.get(workspace);
  if (!install) {
    // The demo installer builds panels, reviews and signatures: loaded after the first paint.
    install = import('@/lib/workspace/demo')
      .then(({ installDemo }) =>
        installDemo(workspace, fetchDemoBytes, (done, total) => {
          for (const l of demoListeners) l(done, total);
        }),
      )
      .catch((error) => {
        demoInstalls.delete(workspace);
        throw error;
      });
    demoInstalls.set(workspace, install);
  }
  return install;
}

export function usePanels() {
  const { panels } = useStores();
  return useWatched(panels.watch, [panels]).value;
}

/** Installs the demo on first start; reports progress and errors so the page can say so. */
export function useDemoInstall() {
  const workspace = useWorkspace();
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
    ensureDemo(workspace)
      .then(() => live && setState((s) => ({ ...s, busy: false, error: null })))
      .catch((error) => live && setState((s) => ({ ...s, busy: false, error })));
    return () => {
      live = false;
      demoListeners.delete(listener);
    };
  }, [workspace]);
  return state;
}

export type PanelState =
  | { status: 'loading' }
  | { status: 'ready'; opened: OpenedPanel }
  | { status: 'error'; error: unknown };

/** The live panel for an id (opened once per page and shared); it becomes the active panel. */
export function useOpenedPanel(panelId: string): PanelState {
  const workspace = useWorkspace();
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    workspace
      .openPanel(panelId as PanelId)
      .then((opened) => {
        void workspace.stores.active.set(opened.panel.id).catch(() => undefined);
        if (live) setState({ status: 'ready', opened });
      })
      .catch((error) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [workspace, panelId]);
  return state;
}
