/** Start a page of the app: install the platform, pick the language, open the workspace, render. */
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserI18n } from '@/lib/i18n/browser';
import { type I18n, isLanguage } from '@/lib/i18n/core';
import { type Platform, setPlatform } from '@/lib/platform';
import { openDeviceWorkspace } from '@/lib/workspace/device';
import type { Workspace } from '@/lib/workspace/workspace';
import { App } from './App';
import './theme.css';
import './styles.css';

export const LANGUAGE_KEY = 'review-desk.language';

/**
 * This page's workspace. The browser knows at once when the network goes or comes back; the
 * relay client would only notice a dead socket much later.
 */
export function startWorkspace(): Workspace {
  const workspace = openDeviceWorkspace();
  workspace.relays.setNetwork(navigator.onLine);
  window.addEventListener('online', () => workspace.relays.setNetwork(true));
  window.addEventListener('offline', () => workspace.relays.setNetwork(false));
  return workspace;
}

/** Any page of the app (the app itself, the extension's side panel and popup). */
export function bootPage(
  element: HTMLElement,
  platform: Platform,
  render: (i18n: I18n, workspace: Workspace) => ReactNode,
): void {
  setPlatform(platform);
  const saved = localStorage.getItem(LANGUAGE_KEY);
  const workspace = startWorkspace();
  // English is fetched first when it was chosen; Chinese is already here (no wait). Should its
  // file not load (offline before it was ever cached), the app opens in Chinese, not blank.
  void createBrowserI18n(isLanguage(saved) ? saved : undefined)
    .catch(() => createBrowserI18n())
    .then((i18n) => {
      document.documentElement.lang = i18n.language;
      createRoot(element).render(<StrictMode>{render(i18n, workspace)}</StrictMode>);
    });
}

export function bootApp(element: HTMLElement, platform: Platform): void {
  bootPage(element, platform, (i18n, workspace) => <App i18n={i18n} workspace={workspace} />);
}
