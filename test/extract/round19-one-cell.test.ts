/**
 * Round 19 (held-out v19 as a development set), every list in one narrow cell: member units and
 * cases joined by 、；/ or a wide space, people as runs of "姓名（单位，职称）" or
 * "姓名-学科-职务/职称-电话-单位" joined the same way, the field order named in the label cell,
 * lines wrapping inside names. Each list is split where every piece reads as an item; pieces of
 * no known kind take their field from the label's order; what cannot be split safely stays
 * uncertain.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import {
  glossFields,
  oneCellItems,
  oneCellRecords,
  splitSlashedTitles,
} from '../../lib/extract/readers/one-cell-lists';
import type { Ruling } from '../../lib/pdf/rulings';
import { footKey, runningFeet } from '../../lib/pdf/structure/running-feet';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

type Person = { name: string; unit?: string; title?: string; subject?: string; phone?: string };
const SIZE = 11;
const unitNames = (v: unknown) => ((v ?? []) as { name: string }[]).map((u) => u.name);

/**
 * Break a text where the next character would pass `n` ems, as break-all wraps a narrow cell
 * (inside names too); Latin characters and spaces are about half an em, as item() sets them.
 */
function wrap(text: string, n: number): string[] {
  const out: string[] = [];
  let [line, width] = ['', 0];
  for (const ch of Array.from(text)) {
    const w = ch.charCodeAt(0) < 0x2000 ? 0.55 : 1;
    if (width + w > n) {
      out.push(line);
      [line, width] = ['', 0];
    }
    line += ch;
    width += w;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A narrow ruled table of label | value rows, each cell's text wrapped to its width (label 4
 * characters a line, value `per` characters), as a web form printed with word-break: break-all.
 */
function narrowForm(title: string, rows: [string, string][], per = 16) {
  const items: TextItem[] = [item(title, 120, 800)];
  const rulings: Ruling[] = [];
  const [x0, x1, x2] = [56, 56 + 5 * SIZE, 56 + 5 * SIZE + (per + 1) * SIZE];
  let top = 780;
  for (const [label, value] of rows) {
    const labels = wrap(label, 4);
    const values = wrap(value, per);
    const lines = Math.max(labels.length, values.length);
    const bottom = top - lines * SIZE * 1.4 - 6;
    const baseline = (i: number) => top - (i + 1) * SIZE * 1.4;
    for (const [i, l] of labels.entries()) items.push(item(l, x0 + 3, baseline(i)));
    for (const [i, v] of values.entries()) items.push(item(v, x1 + 3, baseline(i)));
    for (const [a, b] of [
      [x0, x1],
      [x1, x2],
    ] as const) {
      rulings.push(
        { horizontal: true, at: top, from: a, to: b },
        { horizontal: true, at: bottom, from: a, to: b },
        { horizontal: false, at: a, from: bottom, to: top },
        { horizontal: false, at: b, from: bottom, to: top },
      );
    }
    top = bottom;
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, rulings);
}

const UNITS = ['甲市老边区柳树镇中学', '乙县水源镇中心小学', '甲市西市区渔市小学', '丙旗第五中学'];
const CASES = ['颜体楷书笔画评分临摹课例', '数字厨房“一周营养食谱”劳动课案例'];

describe('units and cases in one cell', () => {
  it.each([
    [' / ', 'slashes'],
    ['、', 'enumeration marks'],
    ['；', 'semicolons'],
  ])('splits units joined by %s (%s), wrapped inside names', (sep) => {
    const facts = extractFacts(
      [
        narrowForm('甲市智慧劳动共同体推荐表', [
          ['共同体名称', '甲市数字厨房劳动实践共同体'],
          ['主持单位', '甲市鲅鱼圈区芦屯小学'],
          ['成员单位', UNITS.join(sep)],
          ['已形成的典型案例', CASES.join(sep)],
        ]),
      ],
      { pack: liaoning },
    );
    expect(unitNames(facts.memberUnits?.value)).toEqual(UNITS);
    expect(facts.memberUnits?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(facts.existingCases?.value).toEqual(CASES);
  });

  it('splits units and cases parted by a typed full-width space, which the layout drops', () => {
    const facts = extractFacts(
      [
        narrowForm('甲市智慧劳动共同体推荐表', [
          ['共同体名称', '甲市数字厨房劳动实践共同体'],
          ['主持单位', '甲市鲅鱼圈区芦屯小学'],
          ['成员单位', UNITS.join('\u3000')],
          ['已形成的典型案例', CASES.join('\u3000')],
        ]),
      ],
      { pack: liaoning },
    );
    expect(unitNames(facts.memberUnits?.value)).toEqual(UNITS);
    expect(facts.existingCases?.value).toEqual(CASES);
  });

  it('reads dash records parted by a wide space; where the space is lost, not surely', () => {
    const run =
      '骆碧云-地理-教师/一级教师-17303792258-江州市东湖区桂苑小学\u3000上官欣妍-地理-教研组长/高级教师-18864088537-梅岭县桃源镇中学';
    const read = (text: string) =>
      extractFacts(
        [
          narrowForm(
            '申报表',
            [
              ['项目名称', '甲市数字厨房劳动实践共同体'],
              ['核心成员（学科，职务/职称，联系电话，所在单位）', text],
            ],
            40,
          ),
        ],
        { pack: liaoning },
      ).coreMembers;
    expect(((read(run)?.value ?? []) as Person[]).map((p) => [p.name, p.unit])).toEqual([
      ['骆碧云', '江州市东湖区桂苑小学'],
      ['上官欣妍', '梅岭县桃源镇中学'],
    ]);
    // The space lost (it fell where the line wrapped): one record of doubled fields, unsure.
    const lost = read(run.replace('\u3000', ''));
    expect(lost === undefined || (lost.confidence ?? 1) < 0.6).toBe(true);
  });

  it('leaves the lead unit out when the cell lists it too', () => {
    const facts = extractFacts(
      [
        narrowForm('甲市智慧劳动共同体推荐表', [
          ['共同体名称', '甲市数字厨房劳动实践共同体'],
          ['牵头单位', '甲市鲅鱼圈区芦屯小学'],
          ['主要成员单位', ['甲市鲅鱼圈区芦屯小学', ...UNITS].join(' / ')],
        ]),
      ],
      { pack: liaoning },
    );
    expect(unitNames(facts.memberUnits?.value)).toEqual(UNITS);
  });

  it('keeps no bracket in a unit’s name', () => {
    const facts = extractFacts(
      [
        narrowForm('甲市智慧劳动共同体推荐表', [
          ['共同体名称', '甲市数字厨房劳动实践共同体'],
          ['主要成员单位（名称，所在地区）', '甲市第一中学（甲市）、乙县第二小学（乙县）'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(unitNames(facts.memberUnits?.value).some((n) => /[（(]/.test(n))).toBe(false);
  });

  it('splits at wide spaces only when every part is an item, and then as uncertain', () => {
    expect(oneCellItems('甲市第一中学 乙县第二小学', (s) => s.endsWith('学'))).toEqual({
      items: ['甲市第一中学', '乙县第二小学'],
      sure: false,
    });
    // A piece that is no item: no list at all, rather than a guess.
    expect(oneCellItems('甲市第一中学、另有若干', (s) => s.endsWith('学'))).toBeUndefined();
    expect(oneCellItems('甲市第一中学', (s) => s.endsWith('学'))).toBeUndefined();
  });

  it('splits slashed titles only where every part ends with the item word', () => {
    const items = /案例|课例/u;
    expect(splitSlashedTitles(['甲乙丙课例/丁戊己案例'], items)).toEqual([
      '甲乙丙课例',
      '丁戊己案例',
    ]);
    // "AI/VR 教学案例": the first part is no case; kept whole (the list stays doubtful).
    expect(splitSlashedTitles(['AI/VR沉浸式教学案例'], items)).toBeUndefined();
  });
});

const CORE: Person[] = [
  { name: '蒙泓毅', unit: '朝阳县波罗赤镇中学', title: '正高级教师' },
  { name: '龚玥', unit: '北票市台吉镇小学', title: '高级教师' },
  { name: '房鸿飞', unit: '喀喇沁左翼蒙古族自治县公营子镇中心小学', title: '二级教师' },
];

describe('people in one cell', () => {
  it.each([
    ['（，）', ' / '],
    ['（、）', '、'],
    ['（，）', '；'],
  ])('reads "name%sfields" records joined by %s, wrapped mid-name', (inner, sep) => {
    const run = CORE.map((p) => `${p.name}${inner[0]}${p.unit}${inner[1]}${p.title}${inner[2]}`);
    const facts = extractFacts(
      [
        narrowForm('辽宁省教育信息化教学应用实践共同体项目推荐表', [
          ['项目名称', '甲市数字厨房劳动实践共同体'],
          ['核心成员（所在单位，学科，职称）', run.join(sep)],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual(CORE);
    expect(facts.coreMembers?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('reads dash records whose fields hold a slash, joined by slashes', () => {
    const people = [
      ['骆碧云', '地理', '教师/一级教师', '17303792258', '江州市东湖区桂苑小学'],
      ['上官欣妍', '地理', '教研组长/高级教师', '18864088537', '梅岭县桃源镇中学'],
    ];
    const facts = extractFacts(
      [
        narrowForm('名师网络工作室申报表', [
          ['工作室名称', '江州市高中地理名师网络工作室'],
          [
            '工作室成员（学科，职务/职称，联系电话，所在单位）',
            people.map((p) => p.join('-')).join(' / '),
          ],
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.coreMembers?.value).toEqual(
      people.map(([name, subject, dt, phone, unit]) => ({
        name,
        subject,
        duty: dt!.split('/')[0],
        title: dt!.split('/')[1],
        phone,
        unit,
      })),
    );
  });

  it('takes a field no shape tells from the label’s order, and only when the counts agree', () => {
    const facts = extractFacts(
      [
        narrowForm('网络教研联盟申报表', [
          ['联盟名称', '甲市初中编程教育网络教研联盟'],
          [
            '核心成员（任教学科，行政职务，专业技术职称，手机，工作单位）',
            '甘国栋（图形化编程，信息技术主任，一级教师，15663397325，岳阳楼区湖滨学校）、熊金凤（乐高机器人，备课组长，高级教师，18393348386，临湘市坦渡镇中学）',
          ],
        ]),
      ],
      { pack: yueyang },
    );
    const core = facts.coreMembers?.value as Person[];
    expect(core.map((p) => p.subject)).toEqual(['图形化编程', '乐高机器人']);
    expect(facts.coreMembers?.confidence).toBeGreaterThanOrEqual(0.6);
    // Fewer pieces than the label names and one of no known kind: not guessed, uncertain.
    const unsure = extractFacts(
      [
        narrowForm('网络教研联盟申报表', [
          ['联盟名称', '甲市初中编程教育网络教研联盟'],
          [
            '核心成员（任教学科，行政职务，专业技术职称，手机，工作单位）',
            '甘国栋（图形化编程，一级教师）、熊金凤（乐高机器人，高级教师）',
          ],
        ]),
      ],
      { pack: yueyang },
    );
    expect(unsure.coreMembers?.confidence ?? 0).toBeLessThan(0.6);
  });

  it('reads the label’s fields, brackets inside it too', () => {
    expect(glossFields('单位，学科，职称（职级）')).toEqual(['unit', 'subject', 'title']);
    expect(glossFields('学科，职务/职称，联系电话，所在单位')).toEqual([
      'subject',
      'dutyTitle',
      'phone',
      'unit',
    ]);
  });

  it('reads no records from a cell that is no run of people', () => {
    expect(oneCellRecords('本项目由甲校牵头（联合乙校），共同开展研究')).toBeUndefined();
    expect(oneCellRecords('高级教师（甲校）、一级教师（乙校）')).toBeUndefined();
  });

  it('stays bounded on a hostile cell', () => {
    const long = '甲'.repeat(300_000);
    const brackets = '张三（'.repeat(50_000);
    const dashes = '张三-'.repeat(100_000);
    const start = cpuNow();
    expect(oneCellRecords(long)).toBeUndefined();
    expect(oneCellRecords(brackets)).toBeUndefined();
    expect(oneCellRecords(dashes)).toBeUndefined();
    expect(oneCellItems(`${'甲市第一中学、'.repeat(40_000)}`, () => true)).toBeUndefined();
    expect(splitSlashedTitles([`${'甲案例/'.repeat(60_000)}`], /案例/)).toEqual([
      `${'甲案例/'.repeat(60_000)}`,
    ]);
    const facts = extractFacts(
      [narrowForm('申报表', [['核心成员（单位，职称）', `张三（${'甲'.repeat(20_000)}）`]], 400)],
      { pack: liaoning },
    );
    expect(facts).toBeDefined();
    expect(cpuNow() - start).toBeLessThan(20_000);
  });
});

describe('a running foot repeating the project and its lead unit', () => {
  const foot = (n: number) => [
    item('甲市初中编程教育网络教研联盟', 56, 40),
    item('甲市第一中学', 260, 40),
    item(`第 ${n} 页／共 2页`, 460, 40),
  ];
  const form = (pages: [string, string][][]) =>
    pages.map((rows, i) =>
      buildPageText(i + 1, [0, 0, 595, 842], 0, [...pageItems(rows, i), ...foot(i + 1)], []),
    );
  /** Page items as narrowForm lays them out, without rulings (the foot is free text). */
  function pageItems(rows: [string, string][], i: number): TextItem[] {
    return rows.map(([l, v], k) => item(`${l}：${v}`, 56, 780 - k * 24 - i));
  }

  it('is not read as the value of the line above it', () => {
    const facts = extractFacts(
      form([
        [
          ['联盟名称', '甲市初中编程教育网络教研联盟'],
          ['推选单位', '甲市教育局'],
        ],
        [['申报单位（盖章）', '']],
      ]),
      { pack: yueyang },
    );
    expect(String(facts.leadUnit?.value ?? '')).not.toContain('联盟');
  });

  it('keys a foot line without its page marks, and only lines repeated at two feet', () => {
    expect(footKey('甲联盟 甲校 第 1 页／共 2页')).toBe(footKey('甲联盟 甲校 第 2 页／共 2页'));
    const page = (last: string) => ({
      lines: [
        { text: '项目名称：甲联盟', table: -1, low: false },
        { text: last, table: -1, low: true },
      ],
    });
    expect(runningFeet([page('甲联盟 甲校 1/2'), page('甲联盟 甲校 2/2')])).toEqual([
      new Set([1]),
      new Set([1]),
    ]);
    // One page, or feet that differ: nothing is running.
    expect(runningFeet([page('甲联盟 甲校 1/1')])).toEqual([new Set()]);
    expect(runningFeet([page('甲联盟 甲校'), page('乙联盟 乙校')])).toEqual([new Set(), new Set()]);
  });
});
