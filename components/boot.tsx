/** Start the app in a page: install the platform, pick the language, render. */
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, type I18n, isLanguage } from '@/lib/i18n';
import { type Platform, setPlatform } from '@/lib/platform';
import { App } from './App';
import './styles.css';

export const LANGUAGE_KEY = 'review-desk.language';

/** Any page of the app (the app itself, the extension's side panel and popup). */
export function bootPage(
  element: HTMLElement,
  platform: Platform,
  render: (i18n: I18n) => ReactNode,
): void {
  setPlatform(platform);
  const saved = localStorage.getItem(LANGUAGE_KEY);
  const i18n = createI18n(isLanguage(saved) ? saved : undefined);
  document.documentElement.lang = i18n.language;
  createRoot(element).render(<StrictMode>{render(i18n)}</StrictMode>);
}

export function bootApp(element: HTMLElement, platform: Platform): void {
  bootPage(element, platform, (i18n) => <App i18n={i18n} />);
}
