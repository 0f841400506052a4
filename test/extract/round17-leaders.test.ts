/**
 * Round 17 (held-out v17 as a development set): labels and values joined by dot leaders, a tab
 * stop's dotted leader or leaders typed by hand (……, ．．, ···, ...), perhaps after a colon; a
 * value that reaches the margin wraps onto the next line under its label; lists written as
 * leader lines ("3．案例……某某案例"). The run of leaders parts label and value like a colon and
 * belongs to neither; a value stops at its line's end, never running on into the next label.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Person } from '../../lib/facts/standard';
import { splitAtLeaders } from '../../lib/pdf/leaders';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

const SIZE = 11;
const LEFT = 62;
const RIGHT = 533;

/** A line of runs: each piece a text run at its x (undefined: right after the previous one). */
type Line = (string | [string, number])[];

/** A page of lines 1.4 em apart, each run drawn where the line says. */
function leaderPage(lines: Line[], pitch = 1.4): PageText {
  const items: TextItem[] = [];
  let y = 780;
  for (const line of lines) {
    let x = LEFT;
    for (const piece of line) {
      const [text, at] = typeof piece === 'string' ? [piece, x] : piece;
      const it = item(text, at, y);
      items.push(it);
      x = at + it.width;
    }
    y -= SIZE * pitch;
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

const people = (v: unknown) => v as Person[];

describe('dot leaders between labels and values', () => {
  it('reads values after leaders typed by hand, of any leader character, as after a colon', () => {
    const facts = extractFacts(
      [
        leaderPage([
          ['共同体名称……………………………………甲市数字版画美育共同体'],
          ['主持单位··························乙县老城镇中心小学'],
          ['推荐部门．．．．．．．．．．．．．．．．甲市教育局'],
          ['开展实践时间......................................二〇一七年二月一日'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市数字版画美育共同体');
    expect(facts.leadUnit?.value).toBe('乙县老城镇中心小学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2017-02');
  });

  it('drops a tab stop leader drawn as a run of its own, and one after a colon', () => {
    const facts = extractFacts(
      [
        leaderPage([
          ['联盟名称', ['.'.repeat(60), 120], ['甲县小学机器学习启蒙网络教研联盟', 300]],
          ['推选单位：', ['．'.repeat(20), 125], ['甲县电化教育站', 360]],
          ['年度资源开发目标：．．．．．．．．．．．．．．．．．．．．贰佰条'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.projectName?.value).toBe('甲县小学机器学习启蒙网络教研联盟');
    expect(facts.recommendingBody?.value).toBe('甲县电化教育站');
    expect(facts.annualResourceTarget?.value).toBe(200);
  });

  it('joins a value that reaches the margin with its rest on the next line, not a heading after it', () => {
    // The value ends at the right margin; the rest of it starts the next line under the label.
    const value = '甲县小学积木机器人网络教';
    const at = RIGHT - value.length * SIZE;
    const facts = extractFacts(
      [
        leaderPage([
          ['联盟名称：', ['．'.repeat(24), 120], [value, at]],
          ['研联盟'],
          ['主持人工作单位：．．．．．．．．．．．．．．．．．．甲市洞庭实验学校'],
          ['主持人'],
          [['姓名：．．．．．．．．．．．．．．．．．．．．．．．．．薛焱', 73]],
          [['学科：．．．．．．．．．．．．．．．．．．．．．．信息技术', 73]],
          [['联系电话：．．．．．．．．．．．．．．．．．．．．．．17369158050', 73]],
          [['所在单位：．．．．．．．．．．．．．．．．．．．．．．．．甲市洞庭实验学校', 73]],
          ['辅导员'],
          [['姓名：．．．．．．．．．．．．．．．．．．．．．．．．．庄玥', 73]],
          [
            ['所在单位：', 73],
            ['．'.repeat(27), 130],
            ['甲市教育科学技术研', RIGHT - 9 * SIZE],
          ],
          ['究院'],
          ['核心成员'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.projectName?.value).toBe('甲县小学积木机器人网络教研联盟');
    expect(facts.leadUnit?.value).toBe('甲市洞庭实验学校');
    const host = people(facts.host?.value)[0];
    expect(host?.name).toBe('薛焱');
    expect(host?.phone).toBe('17369158050');
    expect(host?.unit).toBe('甲市洞庭实验学校');
    const counselor = people(facts.counselors?.value)[0];
    expect(counselor?.name).toBe('庄玥');
    expect(counselor?.unit).toBe('甲市教育科学技术研究院');
  });

  it('joins no heading to options that end short of the margin', () => {
    const page = leaderPage([
      ['所属学段：．．．．．．．．．．．．．．．．．．．．．．．．☑小学 ☐初中 ☐高中'],
      ['主持人'],
      [['姓名：．．．．．．．．．．．．．．．．．．．．．．．．．薛焱', 73]],
    ]);
    const lines = page.lines.map((l) => page.text.slice(l.start, l.end));
    expect(lines[1]).toBe('主持人');
  });

  it('reads a list written as leader lines, and stops a value at its line', () => {
    const facts = extractFacts(
      [
        leaderPage([
          ['共同体名称……………………………………甲市网络素养共同体'],
          ['已形成的典型案例'],
          [['1．“识别网络诈骗”情景模拟案例', 73]],
          [['2．案例……………………………………颜体楷书笔迹比对临摹案例', 73]],
          [['3．案例……………………………………校园植物二维码认养案例', 73]],
          ['预期成果……………………………………◉信息化教学应用模式研究报告 ◉应用指南'],
          ['典型案例数量………………………………6个'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual([
      '“识别网络诈骗”情景模拟案例',
      '颜体楷书笔迹比对临摹案例',
      '校园植物二维码认养案例',
    ]);
    expect(facts.typicalCases?.value).toBe(6);
  });
});

describe('what a leader is not', () => {
  const run = (str: string, x = LEFT) => ({
    str,
    rect: [x, 700, x + Array.from(str).length * SIZE, 711] as [number, number, number, number],
    baseline: 700,
    size: SIZE,
    vertical: false,
  });

  it('keeps decimals, numbering, a short ellipsis and a sentence ellipsis as they are', () => {
    const items = [
      run('实践时间2.5年'),
      run('1.2.3 节'),
      run('开展了…活动'),
      run('我们在过去的三年里先后开展了读书、研学、实践与交流等多种活动，并且……取得成效'),
    ];
    expect(splitAtLeaders(items).map((i) => i.str)).toEqual(items.map((i) => i.str));
  });

  it('parts a phrase at two typed ellipses only after a short label', () => {
    expect(splitAtLeaders([run('　姓名……张三')]).map((i) => i.str)).toEqual(['姓名', '张三']);
    const phrase = run('开展了整本书阅读与研学实践……等活动');
    expect(splitAtLeaders([phrase]).map((i) => i.str)).toEqual([phrase.str]);
  });

  it('keeps a numbered field label with its value: "1．姓名……张三" is no list item', () => {
    const out = splitAtLeaders([run('1．姓名……………………张三')]);
    expect(out.map((i) => i.str)).toEqual(['1．姓名', '张三']);
    expect(out[1]?.opensCell).toBe(true);
  });

  it('leaves a label alone when its leader runs to the end (a blank to sign on)', () => {
    expect(splitAtLeaders([run('申报单位（盖章）…………… … … … … …')]).map((i) => i.str)).toEqual([
      '申报单位（盖章）',
    ]);
  });

  it('cuts a very long line of leaders and text in bounded time', () => {
    const hostile = `${'名称'.repeat(10)}${'.'.repeat(150_000)}${'值'.repeat(150_000)}`;
    const started = cpuNow();
    const out = splitAtLeaders([run(hostile), run('．'.repeat(300_000), 80)]);
    expect(cpuNow() - started).toBeLessThan(2000);
    // Too long for a field line: both runs left as they are.
    expect(out.map((i) => i.str.length)).toEqual([hostile.length, 300_000]);
    const page = leaderPage([[`项目名称${'…'.repeat(3000)}${'甲'.repeat(3000)}`]]);
    expect(page.text.length).toBeGreaterThan(0);
  });
});
