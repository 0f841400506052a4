/**
 * The browser pages' i18n: Chinese is there at once, English is loaded on first choice, and when
 * the reader picks again while English is loading, the last pick stays.
 */
import { describe, expect, it } from 'vitest';
import { createBrowserI18n, switchLanguage } from '../../lib/i18n/browser';

describe('browser i18n', () => {
  it('starts in Chinese without the English messages, and loads them when English is chosen', async () => {
    const i18n = await createBrowserI18n();
    expect(i18n.t('common:appName')).toBe('评审台');
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('common:appName')).toBe('Review Desk');
  });

  it('starts in English when that was the saved choice', async () => {
    const i18n = await createBrowserI18n('en');
    expect(i18n.t('common:appName')).toBe('Review Desk');
  });

  it('keeps the last choice when the reader switches back while English is still loading', async () => {
    const i18n = await createBrowserI18n();
    const toEnglish = switchLanguage(i18n, 'en');
    await switchLanguage(i18n, 'zh-CN');
    await toEnglish;
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('common:appName')).toBe('评审台');
    // English stays loaded: choosing it again needs no wait.
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
  });
});
