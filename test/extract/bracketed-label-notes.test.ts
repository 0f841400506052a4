/**
 * A label qualified by a note in brackets inside it, as templates write a field that goes by two
 * names ("项目（共同体）名称", "牵头（申报）单位"): the field is the label without the note, in a
 * ruled cell beside its value and with an English gloss after it.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

describe('a bracketed note inside a label', () => {
  it.each([
    ['项目（共同体）名称', '甲市智慧体育测评共同体'],
    ['项目（共同体）名称 Project name', '甲市智慧体育测评共同体'],
  ])('reads the value beside "%s"', (label, value) => {
    const facts = extractFacts(
      [
        page([
          '推荐表',
          {
            kind: 'table',
            widths: [0.45, 0.55],
            rows: [
              [label, value],
              ['推荐单位', '甲市教育局'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe(value);
  });

  it('leaves a label whose words differ once the note is gone unread', () => {
    const facts = extractFacts(
      [
        page([
          '推荐表',
          {
            kind: 'table',
            widths: [0.3, 0.7],
            rows: [
              ['案例（共同体）简介', '甲市智慧体育测评共同体'],
              ['推荐单位', '甲市教育局'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).not.toBe('甲市智慧体育测评共同体');
  });
});
