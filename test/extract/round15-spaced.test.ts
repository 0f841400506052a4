/**
 * Round 15 (v15 as a development set): a web form printed by a browser with CSS letter-spacing on
 * its values (and labels justified or spaced out), which pdf.js reads with a space after every
 * glyph: "2 0 1 9 年 1 0 月", "1 2 节", "“ A I ” 计 数". Word's "expanded" character spacing reads
 * the same way.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { LayoutItem } from '../../lib/pdf/layout';
import { withLetterSpacingClosed } from '../../lib/pdf/letter-spacing';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');

/** Every glyph followed by one space, as pdf.js reads letter-spaced text. */
const spaced = (text: string) => Array.from(text).join(' ');

describe('values set with extra character spacing', () => {
  it('reads a month and a list of cases written letter-spaced', () => {
    const facts = extractFacts(
      [
        page([
          { kind: 'table', rows: [[spaced('项目名称'), spaced('沈阳市家政微课劳动共同体')]] },
          {
            kind: 'table',
            rows: [
              [spaced('开展实践时间'), spaced('2019年10月01日')],
              [spaced('牵头单位'), spaced('沈阳市浑南区白塔小学')],
              [
                spaced('已形成的典型案例'),
                `${spaced('1.劳动周打卡案例')} ${spaced('2.AI跳绳计数案例')}`,
              ],
            ],
            widths: [0.3, 0.7],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.practiceStart?.value).toBe('2019-10');
    expect(facts.existingCases?.value).toEqual(['劳动周打卡案例', 'AI跳绳计数案例']);
  });

  it('reads a count of two digits letter-spaced as one number', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [[spaced('工作室名称'), spaced('江州市信息科技张三名师网络工作室')]],
          },
          {
            kind: 'table',
            rows: [
              [spaced('每年开设网络课程'), spaced('12节'), spaced('带教青年教师数'), spaced('8名')],
              [
                spaced('主持人所在单位'),
                spaced('白沙县第二中学'),
                spaced('学科'),
                spaced('信息科技'),
              ],
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.onlineCourses?.value).toBe(12);
  });
});

describe('closing letter-spacing', () => {
  const at = (str: string, y: number): LayoutItem => ({
    str,
    rect: [50, y, 50 + 8 * str.length, y + 10],
    baseline: y + 2,
    size: 10,
    vertical: false,
  });

  it('closes single gaps between glyphs and keeps a wider gap as one word space', () => {
    const items = [at('2 0 1 9 年', 700), at('1 2 节', 680), at('A I  C h a t', 660)];
    expect(withLetterSpacingClosed(items).map((i) => i.str)).toEqual(['2019年', '12节', 'AI Chat']);
  });

  it('leaves a page alone that shows one spaced run only (a list "1 2 3", a tick row)', () => {
    const items = [at('1 2 3', 700), at('2019 年 9 月', 680), at('□ 是 □ 否', 660)];
    expect(withLetterSpacingClosed(items)).toBe(items);
  });

  it('stays linear on a hostile run of 100,000 spaces', () => {
    const items = [
      at('1 2 3', 700),
      at('4 5 6', 690),
      at('7 8 9', 680),
      at(`1${' '.repeat(100_000)}x`, 660),
    ];
    const started = cpuNow();
    const out = withLetterSpacingClosed(items);
    expect(cpuNow() - started).toBeLessThan(200);
    expect(out[3]!.str).toBe(items[3]!.str);
  });
});
