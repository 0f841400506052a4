/**
 * i18n for the browser pages: Chinese is part of the first load; English (about 28 KB gzip) is
 * fetched from the app's own files only when chosen, at start from the saved choice or from the
 * language switch. Nothing is drawn in a language whose messages are not there yet.
 */
import {
  createI18nWith,
  DEFAULT_LANGUAGE,
  type I18n,
  type Language,
  type LanguageResources,
} from './core';
import { zhCN } from './zh-CN';

async function messagesOf(language: Language): Promise<Record<string, object>> {
  if (language === DEFAULT_LANGUAGE) return zhCN;
  return (await import('./en')).enMessages;
}

/** An instance speaking `language`, its messages loaded. */
export async function createBrowserI18n(language: Language = DEFAULT_LANGUAGE): Promise<I18n> {
  const resources: LanguageResources = { [DEFAULT_LANGUAGE]: zhCN };
  if (language !== DEFAULT_LANGUAGE) resources[language] = await messagesOf(language);
  return createI18nWith(language, resources);
}

/** The language each instance was last asked for: a choice made while another loads wins. */
const requested = new WeakMap<I18n, Language>();

/**
 * Switch `i18n` to `language`, loading its messages first when this page has not yet. When the
 * reader picks again while English is still loading, the last pick is the one that stays.
 */
export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  requested.set(i18n, language);
  if (!i18n.hasResourceBundle(language, 'common')) {
    for (const [ns, messages] of Object.entries(await messagesOf(language)))
      i18n.addResourceBundle(language, ns, messages, true, true);
  }
  if (requested.get(i18n) !== language) return;
  await i18n.changeLanguage(language);
}
