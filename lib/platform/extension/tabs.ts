/**
 * The extension's reach into web pages: read a tab's links, fetch a linked file, ask for an
 * origin, open the app page. A file is fetched first inside the page (`scripting` with the
 * activeTab grant the user's click gave), so it goes with the page's own cookies and session,
 * SameSite ones included, and no host permission is needed at all. A link to another origin
 * that the page may not read (CORS) is fetched from the extension instead, which needs that one
 * origin's permission: asked at that moment, from the user's click (`optional_host_permissions`).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type FetchedFile, MAX_CAPTURE_BYTES } from '../../capture/fetched-file';
import { mergeFrames, type PageScan } from '../../capture/page-scan';
import { ReviewDeskError } from '../../errors';
import { randomId } from '../../ids';
import type { TabInfo } from '../types';
import { fetchInPage, scanFrame } from './page-functions';

/** Bytes per round trip from the page: messages are JSON, base64 adds a third. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface LinkToFetch {
  url: string;
  frameId: number;
  fileName: string;
}

/** Match pattern for one origin's pages (ports included: patterns ignore them). */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

export function hasAccess(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}

/** Must be called straight from a click handler: browsers refuse it later, or after an await. */
export function requestAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}

function toTabInfo(tab: { id?: number; windowId?: number; title?: string; url?: string }) {
  if (tab.id === undefined) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, title: tab.title ?? '', url: tab.url ?? null };
}

export async function tabInfo(tabId: number): Promise<TabInfo | null> {
  try {
    return toTabInfo(await browser.tabs.get(tabId));
  } catch {
    return null;
  }
}

/** The tab the user is looking at, beside the popup or the side panel. */
export async function currentTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ? toTabInfo(tab) : null;
}

export async function scanTab(tabId: number): Promise<PageScan> {
  const scan = (allFrames: boolean) =>
    browser.scripting.executeScript({ target: { tabId, allFrames }, func: scanFrame });
  let results: { frameId: number; result?: unknown }[];
  try {
    results = await scan(true);
  } catch {
    // A frame from a site the grant does not cover can fail the whole call: the page alone, then.
    try {
      results = await scan(false);
    } catch (error) {
      throw new ReviewDeskError('extension/noTabAccess', {}, { cause: error });
    }
  }
  return mergeFrames(results.map((r) => ({ frameId: r.frameId, result: r.result })));
}

const pageAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ok'),
    size: z.number().int().nonnegative().max(MAX_CAPTURE_BYTES),
    contentType: z.string().max(200),
    disposition: z.string().max(1000),
    chunk: z.string().max(Math.ceil((CHUNK_BYTES * 4) / 3) + 4),
    end: z.boolean(),
  }),
  z.object({ kind: z.literal('network'), message: z.string().max(300) }),
  z.object({ kind: z.literal('http'), status: z.number().int() }),
  z.object({ kind: z.literal('tooLarge'), size: z.number() }),
  z.object({ kind: z.literal('released') }),
]);

function httpError(status: number, name: string): ReviewDeskError {
  if (status === 401 || status === 403) {
    return new ReviewDeskError('extension/forbidden', { status, name });
  }
  return new ReviewDeskError('extension/http', { status, name });
}

function tooLarge(size: number, name: string): ReviewDeskError {
  return new ReviewDeskError('extension/tooLarge', {
    name,
    size: Math.round(size / 1024 / 1024),
    max: MAX_CAPTURE_BYTES / 1024 / 1024,
  });
}

/** Standard base64 (what the page's `btoa` wrote) to bytes. */
function decodeChunk(chunk: string, name: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(chunk);
  } catch (error) {
    throw new ReviewDeskError('extension/badAnswer', { name }, { cause: error });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** In the page: the file, or `null` when the page could not reach it (CORS, offline, no access). */
async function fetchViaPage(tabId: number, link: LinkToFetch): Promise<FetchedFile | null> {
  const token = randomId('f');
  const parts: Uint8Array[] = [];
  let offset = 0;
  const run = async (from: number) => {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [link.frameId] },
      func: fetchInPage,
      args: [link.url, token, from, CHUNK_BYTES, MAX_CAPTURE_BYTES],
    });
    const answer = pageAnswerSchema.safeParse(result?.result);
    if (!answer.success) throw new ReviewDeskError('extension/badAnswer', { name: link.fileName });
    return answer.data;
  };
  try {
    for (;;) {
      let answer: z.infer<typeof pageAnswerSchema>;
      try {
        answer = await run(offset);
      } catch (error) {
        if (error instanceof ReviewDeskError) throw error;
        return null; // no access to that frame (any more): let the caller try otherwise
      }
      if (answer.kind === 'network') return null;
      if (answer.kind === 'http') throw httpError(answer.status, link.fileName);
      if (answer.kind === 'tooLarge') throw tooLarge(answer.size, link.fileName);
      if (answer.kind !== 'ok')
        throw new ReviewDeskError('extension/badAnswer', { name: link.fileName });
      const part = decodeChunk(answer.chunk, link.fileName);
      parts.push(part);
      offset += part.byteLength;
      if (answer.end || part.byteLength === 0) {
        if (offset !== answer.size)
          throw new ReviewDeskError('extension/badAnswer', { name: link.fileName });
        const bytes = new Uint8Array(offset);
        let at = 0;
        for (const p of parts) {
          bytes.set(p, at);
          at += p.byteLength;
        }
        return { bytes, contentType: answer.contentType, disposition: answer.disposition };
      }
    }
  } catch (error) {
    // Free what the page still holds for this token; a failure here changes nothing.
    void run(-1).catch(() => undefined);
    throw error;
  }
}

/** From the extension, with the origin's host permission: cookies go along, CORS does not apply. */
async function fetchViaExtension(link: LinkToFetch): Promise<FetchedFile> {
  let response: globalThis.Response;
  try {
    response = await fetch(link.url, { credentials: 'include', redirect: 'follow' });
  } catch (error) {
    throw new ReviewDeskError('extension/network', { name: link.fileName }, { cause: error });
  }
  if (!response.ok) throw httpError(response.status, link.fileName);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_CAPTURE_BYTES) throw tooLarge(declared, link.fileName);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_CAPTURE_BYTES) throw tooLarge(bytes.byteLength, link.fileName);
  return {
    bytes,
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
  };
}

/**
 * The linked file's bytes, as the page would get them. Throws `extension/needsPermission` (with
 * the origin) when only a host permission would reach it: the page asks the user, then retries.
 */
export async function fetchLink(tabId: number, link: LinkToFetch): Promise<FetchedFile> {
  const inPage = await fetchViaPage(tabId, link);
  if (inPage) return inPage;
  if (await hasAccess(link.url)) return fetchViaExtension(link);
  throw new ReviewDeskError('extension/needsPermission', {
    origin: new URL(link.url).origin,
    name: link.fileName,
  });
}

/** The app page at a route: in the open app tab (focused), or a new one. */
export async function openAppTab(
  hash: string,
  opts: { newTab?: boolean; besideTab?: number } = {},
) {
  const base = browser.runtime.getURL('/app.html');
  const url = `${base}${hash}`;
  if (!opts.newTab) {
    const [existing] = await browser.tabs.query({ url: `${base}*` });
    if (existing?.id !== undefined) {
      await browser.tabs.update(existing.id, { active: true, url });
      if (existing.windowId !== undefined)
        await browser.windows.update(existing.windowId, { focused: true });
      return existing.id;
    }
  }
  const beside = opts.besideTab !== undefined ? await tabInfoRaw(opts.besideTab) : null;
  const created = await browser.tabs.create({
    url,
    ...(beside?.index !== undefined
      ? { index: beside.index + 1, openerTabId: opts.besideTab }
      : {}),
  });
  return created.id ?? -1;
}

async function tabInfoRaw(tabId: number) {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return null;
  }
}

/**
 * Open the browser's side panel (Chrome, Edge) or sidebar (Firefox) on the review form. Call it
 * straight from a click, with the window id read beforehand: both browsers want the user's gesture.
 */
export function openSidePanel(windowId: number): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new ReviewDeskError('extension/noSidePanel'));
}
