/**
 * No user-visible string in components bypasses i18n: JSX text and the attributes people read
 * (title, alt, placeholder, aria-label, label) must come from `t(...)`, never be written inline.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx$/.test(name) ? [full] : [];
  });
}

const READABLE_ATTRIBUTE =
  /\b(title|alt|placeholder|aria-label|label)=["']([^"']*[\p{L}][^"']*)["']/gu;
// Text between a tag's end and the next tag, outside braces, holding a letter or a CJK character.
const JSX_TEXT = /(?<![=-])>\s*([^<>{}`;=()]*[\p{L}][^<>{}`;=()]*?)\s*</gu;

function literalsIn(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of withoutComments.matchAll(READABLE_ATTRIBUTE)) found.push(match[0]);
  for (const match of withoutComments.matchAll(JSX_TEXT)) {
    const text = match[1]!.trim();
    // Type parameters and arrows look like tags to a regex; real JSX text has no code in it.
    if (text && !/[:|&.]|=>|\bextends\b/.test(text)) found.push(text);
  }
  return found;
}

describe('components use i18n for every user-visible string', () => {
  const files = [...sources('components'), ...sources('entrypoints'), ...sources('web')];

  it('finds the component sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('flags an inline string (the check itself works)', () => {
    expect(literalsIn('return <p title="保存">保存成功</p>;')).toEqual([
      'title="保存"',
      '保存成功',
    ]);
    expect(literalsIn('return <p>{t("saved")}</p>;')).toEqual([]);
  });

  for (const file of files) {
    it(file, () => {
      expect(literalsIn(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
