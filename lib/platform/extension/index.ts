/**
 * The platform for the extension's own pages (app page, side panel, popup): the web platform
 * (pdf.js from the extension's origin) plus what only the extension can do with tabs.
 */
import type { ExtensionHost, Platform } from '../types';
import { createWebPlatform } from '../web';
import { send } from './messages';
import { currentTab, fetchLink, openSidePanel, requestAccess, scanTab, tabInfo } from './tabs';

export const extensionHost: ExtensionHost = {
  currentTab,
  tabInfo,
  scanTab,
  fetchLink,
  requestAccess,
  async openApp(hash) {
    await send('openApp', { hash });
  },
  async openCapture(tabId, link) {
    // Through the background, like the context menu: the popup may close before a tab opens.
    await send('capture', { tabId, link });
  },
  openSidePanel,
};

export function createExtensionPlatform(): Platform {
  return { ...createWebPlatform('extension'), extension: extensionHost };
}
