/** Start the app in a page: install the platform, pick the language, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, isLanguage } from '@/lib/i18n';
import { type Platform, setPlatform } from '@/lib/platform';
import { App } from './App';
import './styles.css';

export const LANGUAGE_KEY = 'review-desk.language';

export function bootApp(element: HTMLElement, platform: Platform): void {
  setPlatform(platform);
  const saved = localStorage.getItem(LANGUAGE_KEY);
  const i18n = createI18n(isLanguage(saved) ? saved : undefined);
  document.documentElement.lang = i18n.language;
  createRoot(element).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
