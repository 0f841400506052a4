/**
 * Hash routes, so the same build works at any path, inside the extension page and offline:
 * `#/` panels, `#/panel/<id>` a panel, `#/panel/<id>/app/<appId>` an application (with
 * `?annotation=<id>` or `?file=<hash>&page=<n>&quote=<text>`: a place to show in its viewer),
 * `#/panel/<id>/desk[/<appId>]` the chair's desk (with one application open),
 * `#/panel/<id>/export` its exports and signed opinions, `#/panel/<id>/identity` the identity
 * backup, `#/identity/restore` restoring one, `#/verify` checking a signed file,
 * `#/rubrics` the rubric library and `#/rubrics/<id>` one pack in the editor; in the extension,
 * `#/capture/<tabId>` captures a tab's PDF links and `#/capture/<tabId>/<frameId>/<url>` one link.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'workspace' }
  | { name: 'panel'; panelId: string }
  | { name: 'application'; panelId: string; applicationId: string; jump?: RouteJump }
  | { name: 'desk'; panelId: string; applicationId?: string }
  | { name: 'export'; panelId: string }
  | { name: 'backup'; panelId: string }
  | { name: 'restore' }
  | { name: 'verify' }
  | { name: 'rubrics'; packId?: string }
  | { name: 'capture'; tabId: number; link: { frameId: number; url: string } | null }
  | { name: 'notFound'; path: string };

/** A place in an application's files: an annotation, or a page (1-based) of a file. */
export interface RouteJump {
  annotation?: string;
  file?: string;
  page?: number;
  quote?: string;
}

function parseJump(query: string): RouteJump | undefined {
  const params = new URLSearchParams(query);
  const jump: RouteJump = {};
  const annotation = params.get('annotation');
  const file = params.get('file');
  const page = Number(params.get('page'));
  const quote = params.get('quote');
  if (annotation) jump.annotation = annotation;
  if (file && /^[0-9a-f]{64}$/.test(file)) jump.file = file;
  if (Number.isSafeInteger(page) && page >= 1) jump.page = page;
  if (quote) jump.quote = quote.slice(0, 500);
  return jump.annotation || jump.page ? jump : undefined;
}

function jumpQuery(jump: RouteJump): string {
  const params = new URLSearchParams();
  if (jump.annotation) params.set('annotation', jump.annotation);
  if (jump.file) params.set('file', jump.file);
  if (jump.page) params.set('page', String(jump.page));
  if (jump.quote) params.set('quote', jump.quote);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'workspace' };
  if (parts[0] === 'panel' && parts.length === 2) return { name: 'panel', panelId: parts[1]! };
  if (parts[0] === 'panel' && parts.length === 3 && parts[2] === 'export') {
    return { name: 'export', panelId: parts[1]! };
  }
  if (parts[0] === 'panel' && parts.length === 3 && parts[2] === 'identity') {
    return { name: 'backup', panelId: parts[1]! };
  }
  if (parts[0] === 'identity' && parts[1] === 'restore' && parts.length === 2) {
    return { name: 'restore' };
  }
  if (parts[0] === 'verify' && parts.length === 1) return { name: 'verify' };
  if (parts[0] === 'panel' && parts[2] === 'app' && parts.length === 4) {
    const jump = parseJump(query);
    return {
      name: 'application',
      panelId: parts[1]!,
      applicationId: parts[3]!,
      ...(jump ? { jump } : {}),
    };
  }
  if (parts[0] === 'panel' && parts[2] === 'desk' && parts.length <= 4) {
    return parts[3] === undefined
      ? { name: 'desk', panelId: parts[1]! }
      : { name: 'desk', panelId: parts[1]!, applicationId: parts[3] };
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
  application: (panelId: string, applicationId: string, jump?: RouteJump) =>
    `#/panel/${encodeURIComponent(panelId)}/app/${encodeURIComponent(applicationId)}${jump ? jumpQuery(jump) : ''}`,
  desk: (panelId: string, applicationId?: string) =>
    `#/panel/${encodeURIComponent(panelId)}/desk${applicationId === undefined ? '' : `/${encodeURIComponent(applicationId)}`}`,
  exports: (panelId: string) => `#/panel/${encodeURIComponent(panelId)}/export`,
  backup: (panelId: string) => `#/panel/${encodeURIComponent(panelId)}/identity`,
  restore: () => '#/identity/restore',
  verify: () => '#/verify',
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
