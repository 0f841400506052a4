/**
 * i18n for every surface: React components (through react-i18next), the CLI, error messages.
 * zh-CN first, English second. Values are plain text: React renders them as text nodes and the
 * CLI prints them, so no HTML escaping is done here and none is ever interpreted.
 *
 * This module holds no messages, so the browser's first paint can import it without carrying
 * both languages: `index.ts` makes an instance with both (CLI, exports), `browser.ts` with the
 * chosen one.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { describeError } from '../errors';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Map a locale tag (`en-US`, `zh_CN.UTF-8`, `C`) to a supported language. */
export function pickLanguage(tag: string | undefined | null): Language {
  if (!tag) return DEFAULT_LANGUAGE;
  return tag.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

/** Messages of some languages: language → namespace → messages. */
export type LanguageResources = Partial<Record<Language, Record<string, object>>>;

/** An instance speaking `language`, with the messages given (zh-CN must be among them: the fallback). */
export function createI18nWith(language: Language, resources: LanguageResources): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: resources as Record<string, Record<string, object>>,
    ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** A localised sentence for any error, using `errorKey` for our own errors. */
export function localizeError(i18n: I18n, error: unknown): string {
  return describeError(
    error,
    (key, params) => i18n.t(key, params) as string,
    (key) => i18n.exists(key),
  );
}

export type { I18n };
