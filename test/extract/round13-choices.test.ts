/**
 * Round 13 (held-out v13 as a development set): choices ticked in the styles offices type and
 * print — "[x]"/"[ ]" of a form typed as plain text, "(√)"/"( )", ☑/☐, ■/□, ✓, ✔, √ before or after
 * the option — read as the ticked option, in a ruled cell, after a label without a colon, in a
 * list of one option per line under the label; checklists of outcomes with their label on the
 * same line, or with the label lost; an empty checklist is not surely "none".
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { markedOptions } from '../../lib/pdf/structure/checkboxes';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

const read = (pack: typeof liaoning, blocks: Parameters<typeof page>[0]) =>
  extractFacts([page(['推荐表', ...blocks])], { pack });

/** A tick style: the ticked and the empty mark, and on which side of the option they stand. */
const STYLES: [string, string, 'before' | 'after'][] = [
  ['[x]', '[ ]', 'before'],
  ['[X]', '[ ]', 'after'],
  ['[×]', '[ ]', 'before'],
  ['(√)', '( )', 'after'],
  ['☑', '☐', 'before'],
  ['■', '□', 'before'],
  ['✓', '□', 'before'],
  ['✔', '☐', 'after'],
  ['√', '□', 'after'],
];

const row = (options: string[], ticked: string, style: (typeof STYLES)[number]) =>
  options
    .map((o) => {
      const mark = o === ticked ? style[0] : style[1];
      return style[2] === 'before' ? `${mark}${o}` : `${o}${mark}`;
    })
    .join('');

describe('tick styles, as a class', () => {
  it.each(STYLES)(
    'reads the option ticked "%s" (empty "%s", %s it) in a ruled cell',
    (...style) => {
      const facts = read(yueyang, [
        {
          kind: 'table',
          widths: [0.2, 0.8],
          rows: [
            ['学段', row(['小学', '初中', '高中'], '初中', style)],
            [
              '研究类别',
              row(['人工智能', '编程教育', '机器人教育', '创客教育'], '创客教育', style),
            ],
          ],
        },
      ]);
      expect(facts.stages?.value).toEqual(['初中']);
      expect(facts.researchCategory?.value).toBe('创客教育');
      expect(isUncertain(facts.stages!)).toBe(false);
    },
  );

  it.each(STYLES)(
    'reads a free-text category ticked "%s" as the option, not the row',
    (...style) => {
      const options = ['智慧德育', '智慧体育', '智慧劳动教育', '智慧美育', '智慧评价'];
      const facts = read(liaoning, [
        { kind: 'table', widths: [0.2, 0.8], rows: [['类别', row(options, '智慧体育', style)]] },
      ]);
      expect(facts.category?.value).toBe('智慧体育');
    },
  );

  it('reads 〇 typed as an empty circle, not the 〇 of a year in Chinese numerals', () => {
    const facts = read(liaoning, [
      '类别：〇智慧德育 ●智慧体育 〇智慧美育',
      '开展实践时间：二〇二〇年九月',
    ]);
    expect(facts.category?.value).toBe('智慧体育');
    expect(facts.practiceStart?.value).toBe('2020-09');
  });

  it('takes no bracketed number or word for a box', () => {
    const options = [
      { value: '小学', patterns: [/小学/] },
      { value: '初中', patterns: [/初中/] },
    ];
    expect(markedOptions('小学[1]初中[注]', options)?.boxed).toBe(false);
    expect(markedOptions('[ ]小学[x]初中', options)?.chosen).toEqual(['初中']);
  });
});

describe('outcome checklists', () => {
  it("reads a checklist on its label's line, the marks touching options on both sides", () => {
    const facts = read(liaoning, [
      '预期成果[x]信息化教学应用模式研究报告[ ]应用指南[x]实践共同体社区',
    ]);
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: false });
    expect(isUncertain(facts.expectedOutcomes!)).toBe(false);
  });

  it('reads a line of boxes whose label is lost, for checking', () => {
    const facts = read(liaoning, [
      '项目名称：甲市智慧作业实践共同体',
      '■信息化教学应用模式研究报告 ■应用指南 □实践共同体社区',
    ]);
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
    expect(isUncertain(facts.expectedOutcomes!)).toBe(true);
  });

  it('proposes a checklist without a single tick only for checking (ticks drawn as lines)', () => {
    const facts = read(liaoning, ['预期成果 □信息化教学应用模式研究报告 □应用指南']);
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: false, guide: false });
    expect(isUncertain(facts.expectedOutcomes!)).toBe(true);
  });

  it("reads the studio's outputs under the notice's words 建设期满成果", () => {
    const facts = read(mingshi, [
      {
        kind: 'table',
        widths: [0.25, 0.75],
        rows: [['建设期满成果', '精品课程资源包(√)教学案例集( )研究论文(√)']],
      },
    ]);
    expect(facts.plannedOutputs?.value).toEqual({
      courseResources: true,
      caseCollection: false,
      researchPaper: true,
    });
    expect(isUncertain(facts.plannedOutputs!)).toBe(false);
  });
});

describe('options one per row of a ruled cell the label spans', () => {
  it('reads the ticked row of a free-text choice, the label beside a middle row', () => {
    const facts = read(liaoning, [
      {
        kind: 'table',
        widths: [0.2, 0.8],
        rows: [
          [{ text: '类别', rowspan: 4 }, '☐智慧德育'],
          ['☐智慧体育'],
          ['☐智慧美育'],
          ['☑其他：智慧课堂'],
          ['所属方向', '作业精准反馈'],
        ],
      },
    ]);
    expect(facts.category?.value).toBe('智慧课堂');
    expect(facts.direction?.value).toBe('作业精准反馈');
  });

  it("reads every row of an outcome checklist, not the label's row alone", () => {
    const facts = read(liaoning, [
      {
        kind: 'table',
        widths: [0.2, 0.8],
        rows: [[{ text: '预期成果', rowspan: 2 }, '☑ 信息化教学应用模式研究报告'], ['☐ 应用指南']],
      },
    ]);
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: false });
    expect(isUncertain(facts.expectedOutcomes!)).toBe(false);
  });

  it('reads a free-text choice whose boxes stand in a column of their own', () => {
    const facts = read(liaoning, [
      {
        kind: 'table',
        widths: [0.2, 0.6, 0.2],
        rows: [
          ['申报类别', '智慧德育', '□'],
          ['', '智慧体育', '■'],
          ['', '智慧美育', '□'],
          ['所属方向', '体育课堂', ''],
        ],
      },
    ]);
    expect(facts.category?.value).toBe('智慧体育');
  });

  it("keeps a text value whose row, or the rows under it, hold another field's boxes", () => {
    const facts = read(liaoning, [
      {
        kind: 'table',
        widths: [0.2, 0.4, 0.4],
        rows: [
          ['牵头单位', '甲市第一中学', '是否已立项：☐是 ☑否'],
          ['推荐单位', '甲市教育局', ''],
          ['', '☐同意 ☑不同意', ''],
        ],
      },
    ]);
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });

  it("reads a grid over two rows under a label joining two of the fact's labels (年级册次)", () => {
    const facts = read(yueyang, [
      {
        kind: 'table',
        widths: [0.2, 0.8],
        rows: [
          ['年级册次', '□三上 □三下 □四上 □四下 □五上 □五下'],
          ['', '□六上 ☑六下 □七上 □七下 □八上 □八下'],
        ],
      },
    ]);
    expect(facts.gradeVolumes?.value).toEqual(['六下']);
    expect(isUncertain(facts.gradeVolumes!)).toBe(false);
  });
});

describe('rows of boxes after a label without a colon, or one option per line', () => {
  it.each(['类别：', '申报类别'])('reads lines of boxes under a label "%s" alone', (label) => {
    const facts = read(liaoning, [
      label,
      '□智慧德育 □智慧体育',
      '☑智慧美育 □其他：____',
      '所属方向：作业精准反馈',
    ]);
    expect(facts.category?.value).toBe('智慧美育');
    expect(facts.direction?.value).toBe('作业精准反馈');
  });

  it('reads the words written in for 其他 when its bracket wraps onto the next line', () => {
    const facts = read(liaoning, [
      '申报类别[ ]智慧德育[ ]智慧体育[ ]智慧美育[x]其他（',
      '智慧课堂）',
      '所属方向：智能作业精准反馈',
    ]);
    expect(facts.category?.value).toBe('智慧课堂');
  });

  it('reads the boxes answering a numbered question (填答：□甲 √乙)', () => {
    const facts = read(liaoning, [
      '问题3：项目类别（请在符合的选项前标记）',
      '填答：□智慧德育 √智慧体育 □智慧美育 □其他',
      '问题4：所属方向：体育课堂',
    ]);
    expect(facts.category?.value).toBe('智慧体育');
  });

  it("reads a web form's radio buttons under a required label (*申报类别)", () => {
    const facts = read(liaoning, [
      '*申报类别',
      '○ 智慧德育 ○ 智慧体育 ◉ 智慧美育 ○ 智慧评价',
      '申报方向',
    ]);
    expect(facts.category?.value).toBe('智慧美育');
  });

  it('reads the radio buttons around a label set beside the middle of its grid', () => {
    // A web form printed: the label centred on its grid, the lines of buttons above and below.
    const lines = [
      item('某某项目推荐表', 56, 780),
      item('项目名称：甲市某某实践共同体', 56, 760),
      item('○ 智慧德育 ◉ 智慧体育 ○ 智慧美育', 110, 734),
      item('*类别', 60, 726),
      item('○ 智慧评价', 110, 718),
      item('应用方向：体育课堂', 56, 690),
    ];
    const form = buildPageText(1, [0, 0, 595, 842], 0, lines, []);
    const facts = extractFacts([form], { pack: liaoning });
    expect(facts.category?.value).toBe('智慧体育');
  });

  it('reads a bulleted list of options, one a line, under the label', () => {
    const facts = read(liaoning, [
      '申报类别',
      '‧智慧德育( )',
      '‧智慧体育( )',
      '‧智慧美育(√)',
      '‧其他（____）( )',
      '‧所属方向：艺术课堂双师教学',
    ]);
    expect(facts.category?.value).toBe('智慧美育');
  });

  it('reads a long list of grade volumes, one a line, and the stages above it', () => {
    const volumes = ['三上', '三下', '四上', '四下', '五上', '五下', '六上', '六下', '七上'];
    const more = ['七下', '八上', '八下', '九上', '九下', '高一上', '高一下', '高二上', '高二下'];
    const facts = read(yueyang, [
      '学段',
      '‧ √ 小学',
      '‧ □ 初中',
      '‧ □ 高中',
      '年级册次',
      ...[...volumes, ...more].map((v) => `‧ ${v === '五下' ? '√' : '□'} ${v}`),
      '研究类别',
      '‧ □ 人工智能',
      '‧ √ 编程教育',
    ]);
    expect(facts.stages?.value).toEqual(['小学']);
    expect(facts.gradeVolumes?.value).toEqual(['五下']);
    expect(facts.researchCategory?.value).toBe('编程教育');
  });

  it('reads the list under a label that ends the line before it (a list item run on)', () => {
    const facts = read(mingshi, ['‧所属学科：历史学段', '‧ ■ 小学', '‧ □ 初中', '‧ □ 高中']);
    expect(facts.stages?.value).toEqual(['小学']);
    expect(facts.subject?.value).toBe('历史');
  });
});

describe('choices in prose', () => {
  it("reads a plan stated with its term and targets, no heading of the pack's", () => {
    const facts = read(mingshi, [
      '建设目标：建设期满，开发精品课程资源包一套，发表研究论文不少于3篇。',
    ]);
    expect(facts.plannedOutputs?.value).toEqual({
      courseResources: true,
      caseCollection: false,
      researchPaper: true,
    });
  });

  it("reads an option named with its label's head word (七上册: 册 of 年级册)", () => {
    const facts = read(yueyang, [
      '联盟名称为甲市初中编程网络教研联盟，联盟面向初中学段，承担七上册的教研任务，研究类别为编程教育。',
    ]);
    expect(facts.gradeVolumes?.value).toEqual(['七上']);
    expect(facts.stages?.value).toEqual(['初中']);
  });

  it('reads no volume named without that word, nor one the notice names', () => {
    const facts = read(yueyang, [
      '联盟名称为甲市初中编程网络教研联盟，已形成七上《变量》一课的教学设计。',
      '按通知要求，各联盟须承担一个年级的上册或下册教研任务。',
    ]);
    expect(facts.gradeVolumes).toBeUndefined();
  });
});
