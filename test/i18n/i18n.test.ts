import { describe, expect, it } from 'vitest';
import { type ErrorCode, ReviewDeskError } from '../../lib/errors';
import { createI18n, localizeError, pickLanguage } from '../../lib/i18n';
import { resources } from '../../lib/i18n/resources';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('has the same keys in English as in Chinese, for every namespace', () => {
    for (const [ns, zh] of Object.entries(resources['zh-CN'])) {
      const en = (resources.en as Record<string, unknown>)[ns];
      expect(keysOf(en).sort(), ns).toEqual(keysOf(zh).sort());
    }
  });

  it('has no empty message', () => {
    for (const lang of Object.values(resources)) {
      for (const [ns, messages] of Object.entries(lang)) {
        for (const key of keysOf(messages)) {
          const value = key
            .split('.')
            .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
          expect(typeof value === 'string' && value.trim().length > 0, `${ns}:${key}`).toBe(true);
        }
      }
    }
  });

  it('speaks Chinese by default and English on request', () => {
    expect(createI18n().t('common:appName')).toBe('评审台');
    expect(createI18n('en').t('common:appName')).toBe('Review Desk');
    expect(pickLanguage('en_US.UTF-8')).toBe('en');
    expect(pickLanguage('C')).toBe('zh-CN');
  });

  it('turns an error code into a sentence, and keeps the detail of unknown errors', () => {
    const i18n = createI18n('en');
    expect(localizeError(i18n, new ReviewDeskError('common/notFound', { what: 'x' }))).toContain(
      'x',
    );
    expect(localizeError(i18n, new Error('boom'))).toContain('boom');
    expect(localizeError(i18n, new ReviewDeskError('nowhere/nothing' as ErrorCode))).toContain(
      'nowhere/nothing',
    );
  });
});
