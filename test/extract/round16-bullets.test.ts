/**
 * Round 16 (held-out v16 as a development set): markdown typeset by pandoc → XeLaTeX, whose
 * members, member units and cases are bullet lists of any mark (● ■ □ ○ …), two levels deep
 * (a role's bullet over its people, or a name over its details), the details apart by commas,
 * semicolons, " / " or the wide space an ideographic space leaves; a template's running head
 * and foot in small type between a table's two parts; a blank's fill-in line after a label.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { recordPieces } from '../../lib/extract/readers/person-bullets';
import type { Person } from '../../lib/facts/standard';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

const SIZE = 11;
/** A line: its indent (0 a heading, 1 a bullet, 2 a nested bullet) and its pieces, set a wide gap apart. */
type Line = [number, ...string[]];

/** A page of lines as a typesetter places a bullet list: marks indented, pieces a gap apart. */
function listPage(lines: Line[], number = 1): PageText {
  const items: TextItem[] = [];
  let y = 780;
  for (const [level, ...pieces] of lines) {
    let x = 62 + level * 12;
    for (const piece of pieces) {
      const it = item(piece, x, y);
      items.push(it);
      x += it.width + SIZE; // an ideographic space's width between pieces
    }
    y -= SIZE * 1.3;
  }
  return buildPageText(number, [0, 0, 595, 842], 0, items, []);
}

const people = (v: unknown) => v as Person[];

describe('people as bullet lists', () => {
  it('reads a name with its details on the line, or alone over its details one level deeper', () => {
    const facts = extractFacts(
      [
        listPage([
          [0, '项目名称：甲市整本书数字阅读共同体'],
          [0, '项目负责人'],
          [1, '● 季桂英'],
          [2, '○ 甲市白塔区胜利小学', '高级教师', '15772521299'],
          [0, '核心成员'],
          [1, '● 黄国庆', '甲市白塔区胜利小学', '一级教师', '17662583127'],
          [1, '● 郝龑'],
          [2, '○ 乙县铧子镇中学', '一级教师', '18297215858'],
          [1, '● 邵宏亮', '丙县首山镇中心小学', '二级教师', '16645297788'],
          [0, '已形成的典型案例'],
          [1, '● 校园气象站数据探究案例'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([
      { name: '季桂英', unit: '甲市白塔区胜利小学', title: '高级教师', phone: '15772521299' },
    ]);
    expect(people(facts.coreMembers?.value).map((p) => p.name)).toEqual([
      '黄国庆',
      '郝龑',
      '邵宏亮',
    ]);
    expect(people(facts.coreMembers?.value)[1]).toEqual({
      name: '郝龑',
      unit: '乙县铧子镇中学',
      title: '一级教师',
      phone: '18297215858',
    });
    expect(facts.coreMembers?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('reads people under a bullet naming their role, a specialty told by its column', () => {
    const facts = extractFacts(
      [
        listPage([
          [0, '联盟名称：甲县高中智能硬件设计网络教研联盟'],
          [0, '网络教研联盟人员'],
          [1, '● 主持人'],
          [2, '○ 尹翀 / 甲市第四中学 / 信息科技 / 高级教师'],
          [1, '● 核心成员'],
          [2, '○ 汤德明 / 甲市第十四中学 / Python 编程 / 一级教师'],
          [2, '○ 鲁秋菊 / 甲县路口镇中心学校 / 信息技术 / 高级教师'],
          [2, '○ 康建军 / 甲县陆城镇中学 / Scratch 编程 / 高级教师'],
          [1, '● 资源审核员'],
          [2, '○ （空缺）'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.host?.value).toEqual([
      { name: '尹翀', unit: '甲市第四中学', subject: '信息科技', title: '高级教师' },
    ]);
    const core = people(facts.coreMembers?.value);
    expect(core.map((p) => p.subject)).toEqual(['Python编程', '信息技术', 'Scratch编程']);
    expect(core[0]).toEqual({
      name: '汤德明',
      unit: '甲市第十四中学',
      subject: 'Python编程',
      title: '一级教师',
    });
    expect(facts.resourceReviewers?.value).toEqual([]);
  });

  it('parts details at commas and semicolons, keeping a duty/title pair, and a script gap joined', () => {
    expect(recordPieces('骆振宇，总务主任/正高级教师，13110684354，甲市第一中学')).toEqual([
      '骆振宇',
      '总务主任/正高级教师',
      '13110684354',
      '甲市第一中学',
    ]);
    expect(recordPieces('谢海燕 3D 打印 信息技术主任 二级教师 15790611157 甲区花板桥学校')).toEqual(
      ['谢海燕', '3D打印', '信息技术主任', '二级教师', '15790611157', '甲区花板桥学校'],
    );
    expect(recordPieces('俞明轩 / 甲市第十七中学 / 音乐 / 正高级教师')).toHaveLength(4);
  });

  it('leaves a record uncertain when a piece has no shape and no column tells it', () => {
    const facts = extractFacts(
      [
        listPage([
          [0, '联盟名称：甲县网络教研联盟'],
          [0, '顾问'],
          [1, '■ 傅晗', '甲市教育科学技术研究院', '某某某某', '正高级教师'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(people(facts.advisors?.value)[0]?.name).toBe('傅晗');
    expect(facts.advisors?.confidence).toBeLessThan(0.6);
  });

  it('does not read a row of empty checkboxes (□ as a box) as a bullet list', () => {
    const facts = extractFacts(
      [
        listPage([
          [0, '联盟名称：甲县网络教研联盟'],
          [0, '核心成员'],
          [1, '□ 张三 □ 李四 □ 王五'],
          [1, '□ 小学', '□ 初中'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.coreMembers).toBeUndefined();
  });

  it('reads a hostile 300,000-character bullet line without hanging', () => {
    const long = `● 张三${' 甲'.repeat(150_000)}`;
    const start = cpuNow();
    const facts = extractFacts(
      [
        listPage([
          [0, '核心成员'],
          [1, long],
        ]),
      ],
      { pack: yueyang },
    );
    expect(cpuNow() - start).toBeLessThan(20_000);
    expect(people(facts.coreMembers?.value ?? []).length).toBeLessThanOrEqual(1);
  }, 30_000);
});

describe('units as bullet lists', () => {
  it('reads member units with their type after a comma, and schools one a bullet', () => {
    const ln = extractFacts(
      [
        listPage([
          [0, '共同体名称：甲市整本书数字阅读共同体'],
          [0, '主持单位：甲县茨榆坨街道中学'],
          [0, '成员单位'],
          [1, '● 甲市大东区草仓路小学，小学'],
          [1, '● 甲市第一七九中学，完全中学'],
          [1, '● 乙区虎石台第二中学，完全中学'],
          [0, '申报单位（盖章）：__________'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(ln.memberUnits?.value).toEqual([
      { name: '甲市大东区草仓路小学', type: '小学' },
      { name: '甲市第一七九中学', type: '完全中学' },
      { name: '乙区虎石台第二中学', type: '完全中学' },
    ]);
    const ms = extractFacts(
      [
        listPage([
          [0, '名师工作室名称：甲市音乐某某名师网络工作室'],
          [0, '成员学校'],
          [1, '■ 甲区芦苇荡小学'],
          [1, '■ 甲区银杏小学'],
          [1, '■ 甲市南浦区金沙小学'],
        ]),
      ],
      { pack: mingshi },
    );
    expect(ms.memberSchools?.value).toEqual([
      { name: '甲区芦苇荡小学' },
      { name: '甲区银杏小学' },
      { name: '甲市南浦区金沙小学' },
    ]);
  });
});

describe('a blank fill-in line', () => {
  it('is no value of the label before it', () => {
    const facts = extractFacts(
      [page(['共同体名称：甲市智慧体育实践共同体', '申报单位（盖章）：__________'])],
      { pack: liaoning },
    );
    expect(facts.leadUnit?.value).not.toBe('__________');
  });
});

describe('a running head and foot in small type between the parts of a table', () => {
  it('reads the table on as one list', () => {
    const header = ['姓名', '工作单位', '专业技术职称', '手机'];
    const rows = [
      ['邵龑', '甲区站前路小学', '一级教师', '13545339938'],
      ['顾雅琴', '甲区金鹗中学', '二级教师', '15547934045'],
    ];
    // The template's foot on page 1 and head on page 2, in 8 pt, naming another project.
    const foot = page(
      [
        '联盟名称：甲市小学数字阅读网络教研联盟',
        '核心成员',
        { kind: 'table', rows: [header, ...rows] },
      ],
      1,
      [item('文件：乙市初中数字阅读联盟（去年模板）_终稿.docx｜打印时间2021-01-26', 131, 40, 8)],
    );
    const head = page(
      [{ kind: 'table', rows: [header, ['齐若溪', '甲区金鹗中学', '一级教师', '18273971606']] }],
      2,
      [item('乙市初中数字阅读联盟（去年模板）内部资料注意保存', 45, 816, 8)],
    );
    const facts = extractFacts([foot, head], { pack: yueyang });
    expect(people(facts.coreMembers?.value).map((p) => p.name)).toEqual([
      '邵龑',
      '顾雅琴',
      '齐若溪',
    ]);
  });
});
