/**
 * Every error code of the one typed list (lib/error-codes) has a sentence in zh-CN and in English,
 * with no placeholder left unfilled once its parameters are given; and every code thrown in the
 * sources is in the list (the compiler checks literals; this also catches a code assembled at
 * runtime from text).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '../../lib/error-codes';
import { errorKey, ReviewDeskError } from '../../lib/errors';
import { createI18n, LANGUAGES, localizeError } from '../../lib/i18n';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('error codes', () => {
  it('are unique and shaped namespace/reason', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z][A-Za-z]*\/[a-z][A-Za-z]*$/);
  });

  for (const language of LANGUAGES) {
    it(`each has a sentence in ${language}`, () => {
      const i18n = createI18n(language);
      const missing = ERROR_CODES.filter(
        (code) => !i18n.exists(errorKey(code), { lng: language, fallbackLng: false }),
      );
      expect(missing).toEqual([]);
      for (const code of ERROR_CODES) {
        // Every parameter its message names, so the sentence shows no {{…}}.
        const key = errorKey(code);
        const [ns, rest] = key.split(':') as [string, string];
        const raw = String(i18n.getResource(language, ns, rest) ?? '');
        const params = Object.fromEntries(
          [...raw.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => [
            m[1]!,
            m[1] === 'reason' ? 'ENOENT' : `«${m[1]}»`,
          ]),
        );
        const text = localizeError(i18n, new ReviewDeskError(code, params));
        expect(text, code).not.toMatch(/\{\{|\$t\(|未预料|unexpected/i);
        expect(text.trim().length, code).toBeGreaterThan(4);
      }
    });
  }

  it('covers every code the sources throw', () => {
    const thrown = new Set<string>();
    for (const file of [...sources('lib'), ...sources('bin'), ...sources('components')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/ReviewDeskError\(\s*'([^']+)'/g)) thrown.add(m[1]!);
    }
    expect([...thrown].filter((code) => !isErrorCode(code))).toEqual([]);
    expect(thrown.size).toBeGreaterThan(50);
  });
});
