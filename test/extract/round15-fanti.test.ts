/**
 * Round 15 (held-out v15 as a development set): forms typed in traditional characters over
 * simplified values — a Hong Kong or Taiwan template, or a Word user who converted the labels —
 * with the colons such users type (︰ from Big5-era fonts and Traditional-Chinese input methods,
 * ∶ offered by pinyin input methods beside ：), full-width digits in phones and counts, and
 * tables exported without borders (pandoc → .odt → LibreOffice).
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { parseNumber } from '../../lib/extract/numerals';
import { eitherWritingPattern, simplified } from '../../lib/pdf/hant';
import { normalize, normalizeText } from '../../lib/pdf/normalize';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');
const yueyang = builtinPack('yueyang-2023-alliance');

describe('colons typed with look-alike characters', () => {
  it('reads ︰ ∶ ꞉ as the full-width colon, one character for one', () => {
    expect(normalize('項目名稱︰甲')).toBe('項目名稱：甲');
    expect(normalize('项目名称∶甲')).toBe('项目名称：甲');
    expect(normalize('项目名称꞉甲')).toBe('项目名称：甲');
    // ﹕ and ︓ are colons by NFKC already.
    expect(normalize('项目名称﹕甲')).toBe('项目名称:甲');
    const n = normalizeText('名稱︰甲');
    expect(n.text.length).toBe(4);
    expect(Array.from(n.toSource)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads fields whose label ends in any of them', () => {
    const facts = extractFacts(
      [
        page([
          '共同體名稱︰甲市智慧体育实践共同体',
          '主持單位∶甲市第一中学',
          '推薦部門﹕甲市教育局',
          '開展實踐時間︰2019年9月',
          '所属方向︰足球技战术视频分析',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市智慧体育实践共同体');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2019-09');
    expect(facts.direction?.value).toBe('足球技战术视频分析');
  });

  it('reads a count after ︰ in 大写 numerals', () => {
    const facts = extractFacts(
      [page(['名師工作室名稱︰甲市信息科技名师网络工作室', '带教青年教師數︰拾贰名'])],
      { pack: mingshi },
    );
    expect(facts.projectName?.value).toBe('甲市信息科技名师网络工作室');
    expect(facts.trainees?.value).toBe(12);
  });
});

describe('traditional characters of any label', () => {
  it('folds every traditional character whose simplified form is in GB2312, one for one', () => {
    for (const [t, s] of [
      ['開展實踐時間', '开展实践时间'],
      ['聯係電話', '联系电话'],
      ['資源內容審核管理員', '资源内容审核管理员'],
      ['每年原創或深度二次加工資源計劃', '每年原创或深度二次加工资源计划'],
      ['職稱（職級）', '职称（职级）'],
      ['所在地區', '所在地区'],
      ['學校類型', '学校类型'],
    ] as [string, string][])
      expect(simplified(t)).toBe(s);
  });

  it('leaves characters in use in simplified text as they are (乾 著 夥 後 stays 后)', () => {
    expect(simplified('乾坤著名夥伴')).toBe('乾坤著名夥伴');
    expect(simplified('後')).toBe('后');
    expect(simplified('𠀀a１')).toBe('𠀀a１');
  });
});

/**
 * Lines of [text, x] pieces from y 700 down, 14 apart, in 12 pt; an empty line is a paragraph's
 * spacing (4 more), as a word processor sets before and after a table's caption.
 */
function borderless(lines: [string, number][][]): PageText {
  const items: TextItem[] = [];
  let y = 700;
  for (const pieces of lines) {
    if (pieces.length === 0) {
      y -= 4;
      continue;
    }
    for (const [text, x] of pieces) items.push(item(text, x, y, 12));
    y -= 14;
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

const COLUMNS = [74, 168, 261, 355, 449];
const row = (cells: string[]): [string, number][] =>
  cells.map((t, k) => [t, COLUMNS[k]!] as [string, number]).filter(([t]) => t !== '');

describe('a borderless table with traditional headers (pandoc → .odt → LibreOffice)', () => {
  // The unit's name fills its column and wraps ("汨罗市屈子祠镇" over "中学"), 10 pt short of
  // the subject column; a justified paragraph of ticked options follows, its pieces wide apart.
  const lines: [string, number][][] = [
    [['聯盟名稱：甲市初中机器人网络教研联盟', 72]],
    [],
    [['網絡教研聯盟人員', 72]],
    [],
    row(['角色', '姓名', '所在單位', '學科', '職稱']),
    row(['主持人', '靳嘉豪', '汨罗市屈子祠镇', '网络安全', '高级教师']),
    row(['', '', '中学']),
    row(['顾问', '詹欢', '湖南理工学院', '信息技术', '正高级教师']),
    row(['核心成员', '韶彬', '岳阳楼区东方红', '数据分析', '二级教师']),
    row(['', '', '小学']),
    row(['核心成员', '林艺萱', '云溪区云溪中学', '机器人', '高级教师']),
    row(['资源内容审核', '饶兴旺', '岳阳楼区郭镇中', '信息技术', '一级教师']),
    row(['管理员', '', '学']),
    [],
    [
      ['主持人申報條件：①在省级教学现场竞赛获二等奖以上□', 72],
      ['②在全市教学大赛中', 382],
    ],
    [
      ['获一等奖以上✓', 72],
      ['③主持过市级及以上课题且已结题□', 166],
      ['④在市级评比中', 368],
    ],
    [
      ['获奖✓', 72],
      ['⑤县市级专兼职教研员□', 300],
      ['⑥具备一定', 470],
    ],
  ];

  it('reads the table whole, the paragraph under it no row of it', () => {
    const facts = extractFacts([borderless(lines)], { pack: yueyang });
    expect(facts.host?.value).toEqual([
      { name: '靳嘉豪', unit: '汨罗市屈子祠镇中学', subject: '网络安全', title: '高级教师' },
    ]);
    expect(facts.advisors?.value).toEqual([
      { name: '詹欢', unit: '湖南理工学院', subject: '信息技术', title: '正高级教师' },
    ]);
    expect(
      (facts.coreMembers?.value as { name: string }[] | undefined)?.map((p) => p.name),
    ).toEqual(['韶彬', '林艺萱']);
    // The role's label wraps as the unit's name does: one reviewer, not a second row.
    expect(facts.resourceReviewers?.value).toEqual([
      { name: '饶兴旺', unit: '岳阳楼区郭镇中学', subject: '信息技术', title: '一级教师' },
    ]);
    // 所在單位 heads a column: no field whose value is the next header (學科).
    expect(facts.leadUnit?.value).not.toBe('學科');
  });

  it('reads a table per caption when captions stand between tables of one header each', () => {
    const header = (): [string, number][] => [
      ['姓名', 74],
      ['所在單位', 191],
      ['學科', 308],
      ['職稱', 425],
    ];
    const person = (cells: string[]): [string, number][] =>
      cells.map((t, k) => [t, [74, 191, 308, 425][k]!] as [string, number]);
    const facts = extractFacts(
      [
        borderless([
          [['名師工作室名稱︰甲市信息科技名师网络工作室', 72]],
          [],
          [['主持人', 72]],
          [],
          header(),
          person(['薄涛', '甲市第二十二中学', '信息科技', '正高级教师']),
          [],
          [['工作室助理', 72]],
          [],
          header(),
          person(['黎德胜', '甲市第二十二中学', '信息科技', '一级教师']),
          [],
          [['入室成員', 72]],
          [],
          header(),
          person(['许黎明', '东湖区青莲初级中学', '信息科技', '高级教师']),
          person(['双静怡', '甲市第八中学', '信息科技', '高级教师']),
          [],
          [['成員學校:', 72]],
        ]),
      ],
      { pack: mingshi },
    );
    const names = (id: string) =>
      (facts[id]?.value as { name: string }[] | undefined)?.map((p) => p.name);
    expect(names('host')).toEqual(['薄涛']);
    expect(names('assistants')).toEqual(['黎德胜']);
    expect(names('coreMembers')).toEqual(['许黎明', '双静怡']);
  });

  it('reads a unit table whose headers are traditional (成員單位名稱, 所在地區)', () => {
    const at = (cells: string[]): [string, number][] =>
      cells.map((t, k) => [t, [74, 230, 386][k]!] as [string, number]);
    const facts = extractFacts(
      [
        borderless([
          [['共同體名稱：甲市足球视频分析实践共同体', 72]],
          [['主持單位：甲市第一中学', 72]],
          [],
          [['成員單位', 72]],
          [],
          at(['序号', '成員單位名稱', '所在地區']),
          at(['1', '甲市第二十六中学', '甲市']),
          at(['2', '乙县新开河镇中心小学', '甲市']),
          at(['3', '丙市新邱区长营子小学', '丙市']),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二十六中学', region: '甲市' },
      { name: '乙县新开河镇中心小学', region: '甲市' },
      { name: '丙市新邱区长营子小学', region: '丙市' },
    ]);
  });
});

describe('a hostile borderless page', () => {
  it('lays out 3,000 rows with a caption every ten and a sentence every hundred in time', () => {
    const lines: [string, number][][] = [];
    for (let r = 0; r < 3000; r++) {
      if (r % 10 === 0) lines.push([], [[`表${r}`, 72]], []);
      if (r % 100 === 50)
        lines.push([
          ['很长的一句话'.repeat(6), 72],
          ['甲', 470],
          ['乙', 500],
        ]);
      lines.push(row([`角色${r % 7}`, '张三', '甲市第一中学', '数学', '高级教师']));
    }
    const started = cpuNow();
    const page = borderless(lines);
    expect(page.text).toContain('甲市第一中学');
    expect(cpuNow() - started).toBeLessThan(10_000);
  });
});

describe("a pack's patterns in either writing", () => {
  it('takes each ideograph of a pattern in either writing, ranges and escapes as written', () => {
    expect(eitherWritingPattern('由(?<value>[^\\n]{4})牵头')).toBe(
      '由(?<value>[^\\n]{4})[牵牽][头頭]',
    );
    expect(eitherWritingPattern('[^。资]')).toBe('[^。资資]');
    expect(eitherWritingPattern('[资-]')).toBe('[资資-]');
    // An escaped dash at the class's end stays escaped, the other forms before it: [资\資-] would
    // be no pattern under the u flag.
    expect(eitherWritingPattern('[资\\-]')).toBe('[资\\-資]');
    expect(() => new RegExp(eitherWritingPattern('[资\\-]'), 'u')).not.toThrow();
    expect(eitherWritingPattern('[一-龥]\\p{Script=Han}')).toBe('[一-龥]\\p{Script=Han}');
    const re = new RegExp(eitherWritingPattern('(?:每年|年度)[^。]{0,30}?(?:资源|微课)'), 'u');
    expect(re.test('每年原創或深度二次加工資源')).toBe(true);
  });

  it("reads the host's age from a sentence in traditional characters", () => {
    const facts = extractFacts(
      [page(['聯盟名稱：甲市初中数学网络教研联盟', '負責人張明（男，51歲），甲市第一中学教师。'])],
      { pack: yueyang },
    );
    expect(facts.hostAge?.value).toBe(51);
    expect(facts.hostGender?.value).toBe('男');
  });
});

describe('numbers typed in full-width mode', () => {
  it('reads months and dates whose separators are full-width (．／－)', () => {
    for (const written of [
      '２０１９．０９',
      '２０１９／９',
      '２０１９－０９',
      '２０１９．９．１',
    ]) {
      const facts = extractFacts(
        [
          page([
            '共同體名稱：甲市实践共同体',
            `開展實踐時間：${written}`,
            '報送日期：２０２２．１０．０８',
          ]),
        ],
        { pack: liaoning },
      );
      expect(facts.practiceStart?.value, written).toBe('2019-09');
      expect(facts.submittedOn?.value, written).toBe('2022-10-08');
    }
  });

  it('reads phones in full-width digits with a full-width hyphen, in a table and in a field', () => {
    const facts = extractFacts(
      [
        page([
          '共同體名稱：甲市实践共同体',
          {
            kind: 'table',
            rows: [
              ['項目組成員'],
              ['姓名', '所在單位', '聯係電話'],
              ['李四', '甲市第一中学', '０７３０－８２２３３４４'],
              ['王五', '甲市第二中学', '１３９ ０７３０ １２３４'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '李四', unit: '甲市第一中学', phone: '0730-8223344' },
      { name: '王五', unit: '甲市第二中学', phone: '13907301234' },
    ]);
    const card = extractFacts(
      [
        page([
          '共同體名稱：甲市实践共同体',
          {
            kind: 'table',
            rows: [
              ['共同體負責人', '姓名', '张三', '聯係電話', '0730－8223344'],
              ['', '所在單位', '甲市第一中学', '職稱', '高级教师'],
            ],
          },
          '項目組成員：李四，甲市第二中学，一级教师，０７３０－８２２３３４５',
        ]),
      ],
      { pack: liaoning },
    );
    expect((card.host?.value as { phone?: string }[] | undefined)?.[0]?.phone).toBe('07308223344');
    expect((card.coreMembers?.value as { phone?: string }[] | undefined)?.[0]?.phone).toBe(
      '07308223345',
    );
  });
});

describe('counts in traditional numerals and measure words', () => {
  it('reads 陸個, 貳拾名 and 兩萬 as the numbers they are', () => {
    expect(parseNumber('陸')).toBe(6);
    expect(parseNumber('貳拾')).toBe(20);
    expect(parseNumber('兩萬')).toBe(20_000);
    expect(parseNumber('參')).toBeUndefined();
    const facts = extractFacts([page(['共同體名稱：甲市实践共同体', '典型案例數量：陸個'])], {
      pack: liaoning,
    });
    expect(facts.typicalCases?.value).toBe(6);
    const studio = extractFacts(
      [page(['名師工作室名稱︰甲市信息科技名师网络工作室', '帶教青年教師數︰貳拾名'])],
      { pack: mingshi },
    );
    expect(studio.trainees?.value).toBe(20);
  });
});
