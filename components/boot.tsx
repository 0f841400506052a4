/** Start the app in a page: install the platform, pick the language, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, isLanguage } from '@/lib/i18n';
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

export function bootApp(element: HTMLElement, platform: Platform): void {
  setPlatform(platform);
  const saved = localStorage.getItem(LANGUAGE_KEY);
  const i18n = createI18n(isLanguage(saved) ? saved : undefined);
  document.documentElement.lang = i18n.language;
  createRoot(element).render(
    <StrictMode>
      <App i18n={i18n} workspace={startWorkspace()} />
    </StrictMode>,
  );
}
