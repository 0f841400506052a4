/**
 * i18n with both languages loaded (the CLI, the exports, tests). Browser pages start from
 * `browser.ts` instead, which loads English only when it is chosen.
 */
import { createI18nWith, DEFAULT_LANGUAGE, type I18n, type Language } from './core';
import { resources } from './resources';

export * from './core';

export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  return createI18nWith(language, resources as unknown as Record<Language, Record<string, object>>);
}
