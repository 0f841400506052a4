/**
 * Hash routes, so the same build works at any path, inside the extension page and offline:
 * `#/` panels, `#/panel/<id>` a panel, `#/panel/<id>/app/<appId>` an application,
 * `#/rubrics` the rubric library and `#/rubrics/<id>` one pack in the editor; in the extension,
 * `#/capture/<tabId>` captures a tab's PDF links and `#/capture/<tabId>/<frameId>/<url>` one link.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'workspace' }
  | { name: 'panel'; panelId: string }
  | { name: 'application'; panelId: string; applicationId: string }
  | { name: 'rubrics'; packId?: string }
  | { name: 'capture'; tabId: number; link: { frameId: number; url: string } | null }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'workspace' };
  if (parts[0] === 'panel' && parts.length === 2) return { name: 'panel', panelId: parts[1]! };
  if (parts[0] === 'panel' && parts[2] === 'app' && parts.length === 4) {
    return { name: 'application', panelId: parts[1]!, applicationId: parts[3]! };
  }
  if (parts[0] === 'rubrics' && parts.length <= 2) {
    return parts[1] === undefined ? { name: 'rubrics' } : { name: 'rubrics', packId: parts[1] };
  }
  const tab = Number(parts[1]);
  if (parts[0] === 'capture' && Number.isSafeInteger(tab) && tab >= 0) {
    if (parts.length === 2) return { name: 'capture', tabId: tab, link: null };
    const frameId = Number(parts[2]);
    if (parts.length === 4 && Number.isSafeInteger(frameId) && frameId >= 0) {
      return { name: 'capture', tabId: tab, link: { frameId, url: parts[3]! } };
    }
  }
  return { name: 'notFound', path };
}

export const href = {
  workspace: () => '#/',
  panel: (panelId: string) => `#/panel/${encodeURIComponent(panelId)}`,
  application: (panelId: string, applicationId: string) =>
    `#/panel/${encodeURIComponent(panelId)}/app/${encodeURIComponent(applicationId)}`,
  rubrics: (packId?: string) =>
    packId === undefined ? '#/rubrics' : `#/rubrics/${encodeURIComponent(packId)}`,
  capture: (tabId: number, link: { frameId: number; url: string } | null = null) =>
    link
      ? `#/capture/${tabId}/${link.frameId}/${encodeURIComponent(link.url)}`
      : `#/capture/${tabId}`,
};

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
