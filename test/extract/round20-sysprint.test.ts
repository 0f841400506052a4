/**
 * Round 20 (held-out v20 as a development set), an online system's print view and its
 * neighbours: fields run together in a paragraph (a web page's table rows the browser printed
 * as running text), a label mid-line after another field's value, a label or a value wrapped
 * onto the next line, a numbered list begun after its label and going on one item a line, its
 * last item running on into the next field; the system's own print time and record number are
 * no facts. Also a list table captioned by the fact under a bare "名称" head, the write-in of
 * 其他 on the line under its option, and a margin label a few points off its value's line.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { runOnFields } from '../../lib/pdf/structure/run-on-fields';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

const SIZE = 8;
const LEFT = 40;
const unitNames = (v: unknown) => ((v ?? []) as { name: string }[]).map((u) => u.name);
const sure = (f?: { confidence?: number }) => (f?.confidence ?? 1) >= 0.6;

/** Free lines one under another at a line's pitch, each one item as the file writes it. */
function printView(lines: string[], rulings: Ruling[] = [], extra: TextItem[] = []) {
  const items = [...extra];
  let y = 760;
  for (const text of lines) {
    items.push(item(text, LEFT, y, SIZE));
    y -= SIZE * 1.5;
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, rulings);
}

const HEAD = [
  '辽宁省教育信息化项目申报管理平台 状态：已提交（待审核）',
  '申报编号：LN20220225 打印时间：2022-09-09 19:51:53 操作人：屈珺',
];

describe('fields run together in a paragraph (a web page printed as running text)', () => {
  it('reads each field to the next label, and a numbered list going on one item a line', () => {
    const facts = extractFacts(
      [
        printView([
          ...HEAD,
          '* 项目名称：沈阳市智慧劳动教育共同体',
          '* 已形成的典型案例：1. 甲乙丙智慧菜园课例',
          '2. 丁戊己木工笔筒设计案例',
          '3. 庚辛壬投篮角度分析课例 * 预期典型案例数：6个 推荐单位：沈阳市教育局 报送日期：2022.09.20',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual([
      '甲乙丙智慧菜园课例',
      '丁戊己木工笔筒设计案例',
      '庚辛壬投篮角度分析课例',
    ]);
    expect(sure(facts.existingCases)).toBe(true);
    expect(facts.typicalCases?.value).toBe(6);
    expect(facts.recommendingBody?.value).toBe('沈阳市教育局');
    expect(facts.submittedOn?.value).toBe('2022-09-20');
  });

  it('reads a label wrapped onto the next line and a value under its label at the line end', () => {
    const long =
      '主持人申报条件：①在省级教学现场竞赛获二等奖以上（是） ②在全市教学大赛中获一等奖以上（否） ③主持过市级及以上课题（是） 年度资源开发';
    const facts = extractFacts(
      [printView(['岳阳市网络教研联盟申报系统', long, '目标：200条 推选单位：华容县教育体育局'])],
      { pack: yueyang },
    );
    expect(facts.annualResourceTarget?.value).toBe(200);
    expect(facts.recommendingBody?.value).toBe('华容县教育体育局');
    const atEnd =
      '主持人申报条件：①在省级教学现场竞赛获二等奖以上（是） ②在全市大赛获奖（否） ③主持过市级课题（是） 每年原创或深度二次加工资源计划：';
    const other = extractFacts(
      [printView(['岳阳市网络教研联盟申报系统', atEnd, '240条 推选单位：岳阳楼区教育局教研室'])],
      { pack: yueyang },
    );
    expect(other.annualResourceTarget?.value).toBe(240);
    expect(other.recommendingBody?.value).toBe('岳阳楼区教育局教研室');
  });

  it('reads member schools numbered one a line, the last running on into the next field', () => {
    const facts = extractFacts(
      [
        printView([
          '江州市名师网络工作室管理平台',
          '名师工作室名称：江州市信息科技名师网络工作室',
          '成员学校：1. 北塘区枫林小学',
          '2. 北塘区观澜学校',
          '3. 南湖区莲塘初级中学 主持人条件：省级骨干教师或省级学科带头人□ 市级名师或市级学科带头人□ 正高级教师或特级教师✓ 每年开设网络',
          '课程：二十节 带教青年教师数：十名',
        ]),
      ],
      { pack: mingshi },
    );
    expect(unitNames(facts.memberSchools?.value)).toEqual([
      '北塘区枫林小学',
      '北塘区观澜学校',
      '南湖区莲塘初级中学',
    ]);
    expect(facts.onlineCourses?.value).toBe(20);
    expect(facts.trainees?.value).toBe(10);
  });

  it('takes no system print time, record number or operator for a fact', () => {
    const facts = extractFacts(
      [
        printView([
          ...HEAD,
          '* 项目名称：沈阳市智慧劳动教育共同体 * 推荐单位：沈阳市教育局',
          '附件材料 文件名：申报书.pdf 上传时间：2022-09-09',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.submittedOn).toBeUndefined();
    expect(facts.recommendingBody?.value).toBe('沈阳市教育局');
    // The applicant's own 填报日期 mid-line is read, for checking (a weak label).
    const filled = extractFacts(
      [printView([...HEAD, '* 推荐单位：沈阳市教育局 填报日期：2022.09.20'])],
      { pack: liaoning },
    );
    expect(filled.submittedOn?.value).toBe('2022-09-20');
    expect(sure(filled.submittedOn)).toBe(false);
  });

  it('proposes a list read as its first item, with a second numbered under it, as uncertain', () => {
    // The second item stands far right of the first: not read as the list's, yet numbered 2.
    const page = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        item('项目名称：沈阳市智慧劳动教育共同体', LEFT, 760, SIZE),
        item('已形成的典型案例：1. 甲乙丙智慧菜园课例', LEFT, 748, SIZE),
        item('2. 丁戊己木工笔筒设计案例', LEFT + 120, 736, SIZE),
      ],
      [],
    );
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.existingCases?.value).toEqual(['甲乙丙智慧菜园课例']);
    expect(sure(facts.existingCases)).toBe(false);
  });

  it('leaves ordinary lines of fields to the row readers', () => {
    const page = printView(['项目名称：沈阳市智慧劳动教育共同体', '推荐单位：沈阳市教育局']);
    expect(runOnFields(new DocumentLayout([page]))).toEqual([]);
  });

  it('reads a hostile line of many colons in bounded time', () => {
    const line = '甲乙：丙 '.repeat(60000);
    const t = cpuNow();
    const page = printView(['项目名称：某共同体', line.slice(0, 300000)]);
    runOnFields(new DocumentLayout([page]));
    expect(cpuNow() - t).toBeLessThan(20000);
  });
});

describe('a list table captioned by its fact under a bare 名称 head', () => {
  it('reads the titles', () => {
    const x = [54, 110, 530];
    const rows = [
      ['序号', '名称'],
      ['1', '运动手环心率监测体育课案例'],
      ['2', '菜园土壤湿度传感灌溉劳动课案例'],
    ];
    const items: TextItem[] = [item('附表：已形成的典型案例', 55, 720, 11)];
    const rulings: Ruling[] = [];
    rows.forEach((r, i) => {
      const top = 700 - i * 18;
      r.forEach((text, c) => {
        items.push(item(text, x[c]! + 3, top - 13, 11));
      });
      rulings.push({ horizontal: true, at: top, from: x[0]!, to: x[2]! });
      rulings.push({ horizontal: true, at: top - 18, from: x[0]!, to: x[2]! });
      for (const at of x) rulings.push({ horizontal: false, at, from: top - 18, to: top });
    });
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, rulings)], {
      pack: liaoning,
    });
    expect(facts.existingCases?.value).toEqual([
      '运动手环心率监测体育课案例',
      '菜园土壤湿度传感灌溉劳动课案例',
    ]);
  });
});

describe('the write-in of 其他 on the line under its option', () => {
  it('reads it under a row of options below the label', () => {
    const page = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        item('共同体名称', 72, 677, 12),
        item('丹东市候鸟识别科普共同体', 108, 659, 12),
        item('申报类别', 72, 640, 12),
        item('[ ]智慧德育 [ ]智慧体育 [ ]智慧劳动教育 [ ]智慧美育 [x]其他', 108, 622, 12),
        item('（智慧科普）', 108, 607, 12),
        item('所属方向', 72, 589, 12),
      ],
      [],
    );
    expect(extractFacts([page], { pack: liaoning }).category?.value).toBe('智慧科普');
  });

  it('reads it wrapped beside the label', () => {
    const page = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        item('共同体名称', 88, 748, 10),
        item('辽阳市候鸟识别科普共同体', 147, 748, 10),
        item('申报类别', 97, 725, 10),
        item(
          '智慧德育( ) 智慧体育( ) 智慧劳动教育( ) 智慧美育( ) 智慧评价( ) 其他（智慧',
          147,
          725,
          10,
        ),
        item('科普）(√)', 147, 713, 10),
        item('所属方向', 97, 691, 10),
        item('湿地候鸟AI识别观测', 147, 691, 10),
      ],
      [],
    );
    expect(extractFacts([page], { pack: liaoning }).category?.value).toBe('智慧科普');
  });
});

describe('a margin label a few points off its value', () => {
  it('reads the value beside it', () => {
    const page = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        item('名师工作室名称', 61, 200, 10),
        item('江州市信息科技名师网络工作室', 147, 200, 10),
        item('每年开设网络课程', 61, 176, 10),
        item('16节', 147, 176, 10),
        item('带教青年教师数', 70, 154, 9),
        item('18名', 147, 151, 10),
        item('建设期满成果', 79, 130, 9),
      ],
      [],
    );
    const facts = extractFacts([page], { pack: mingshi });
    expect(facts.onlineCourses?.value).toBe(16);
    expect(facts.trainees?.value).toBe(18);
  });
});
