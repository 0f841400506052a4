/**
 * The background: the context menu (open a linked PDF, a tab's PDF, or a page's PDF links in
 * Review Desk) and the messages the extension's pages send (lib/platform/extension/messages).
 * A menu click becomes the same `capture` message a page would send, through the same handlers.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { extension as en } from '@/lib/i18n/en/extension';
import { extension as zh } from '@/lib/i18n/zh-CN/extension';
import { dispatch, envelope, type Handlers, serve } from '@/lib/platform/extension/messages';
import { openAppTab } from '@/lib/platform/extension/tabs';

const MENU = { link: 'open-link', pdfTab: 'open-pdf-tab', page: 'capture-page' } as const;
/** A tab showing a PDF by its address (the browser's viewer gives no other sign). */
const PDF_DOCUMENTS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];
const WEB = ['http://*/*', 'https://*/*'];

const handlers: Handlers = {
  async openApp({ hash }) {
    return { tabId: await openAppTab(hash) };
  },
  async capture({ tabId, link }) {
    const hash = link
      ? `#/capture/${tabId}/${link.frameId}/${encodeURIComponent(link.url)}`
      : `#/capture/${tabId}`;
    return { tabId: await openAppTab(hash, { newTab: true, besideTab: tabId }) };
  },
};

function createMenus() {
  // The menu's three titles only: the background does not load the whole i18n machinery.
  const { menu } = navigator.language.toLowerCase().startsWith('en') ? en : zh;
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: MENU.link,
      title: menu.openLink,
      contexts: ['link'],
      targetUrlPatterns: WEB,
    });
    browser.contextMenus.create({
      id: MENU.pdfTab,
      title: menu.openPdfTab,
      contexts: ['page', 'frame'],
      documentUrlPatterns: PDF_DOCUMENTS,
    });
    browser.contextMenus.create({
      id: MENU.page,
      title: menu.capturePage,
      contexts: ['page'],
      documentUrlPatterns: WEB,
    });
  });
}

export default defineBackground(() => {
  serve(handlers);
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const frameId = info.frameId ?? 0;
    const link =
      info.menuItemId === MENU.link && info.linkUrl
        ? { url: info.linkUrl, frameId }
        : info.menuItemId === MENU.pdfTab
          ? { url: info.frameUrl ?? info.pageUrl ?? tab.url ?? '', frameId }
          : null;
    void dispatch(handlers, envelope('capture', { tabId: tab.id, link }));
  });
});
