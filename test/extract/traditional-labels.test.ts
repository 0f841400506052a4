/**
 * Labels printed in traditional characters (lib/pdf/hant.ts) are the pack's labels: a key–value
 * field, a section heading or an option's wording is found in either writing, and the value is
 * read as printed.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { eitherWriting, labelSource } from '../../lib/pdf/hant';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');

describe('labels in traditional characters', () => {
  it('reads 項目名稱, 牽頭單位 and 推薦單位 fields as the simplified labels', () => {
    const facts = extractFacts(
      [
        page([
          '項目名稱：岳阳市初中数学网络教研联盟',
          '牽頭單位：岳阳市第一中学',
          '推薦單位：岳阳市教育局',
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.projectName?.value).toBe('岳阳市初中数学网络教研联盟');
    expect(facts.leadUnit?.value).toBe('岳阳市第一中学');
    expect(facts.recommendingBody?.value).toBe('岳阳市教育局');
  });

  it('takes no yes/no column head beside a label found in traditional characters for its value', () => {
    const liaoning = builtinPack('liaoning-2022-community');
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['所屬類別', '有', '無'],
              ['智慧德育', '✓', ''],
              ['智慧体育', '', '✓'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category?.value).not.toBe('有');
  });

  it('takes each label character in either writing, and others as written', () => {
    expect(eitherWriting('单')).toBe('[单單]');
    expect(eitherWriting('單')).toBe('[单單]');
    expect(eitherWriting('(')).toBe('\\(');
    const re = new RegExp(`^${labelSource('项目名称', '\\s*')}$`);
    for (const text of ['项目名称', '項目名稱', '项 目 名 稱'])
      expect(re.test(text), text).toBe(true);
    expect(re.test('项目名字')).toBe(false);
  });
});
