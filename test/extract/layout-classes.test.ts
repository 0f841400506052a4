/**
 * Layout classes met on forms from other producers (issue 11, round 4), each on a small made-up
 * page: one team table whose role column is qualified (组内角色), … Every case states the
 * class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

/** A page of text runs placed by hand (x, y from the bottom, text): borderless layouts. */
function placed(runs: [number, number, string][]) {
  return buildPageText(
    1,
    [0, 0, 595, 842],
    0,
    runs.map(([x, y, t]) => item(t, x, y)),
    [],
  );
}

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('one team table with a role column', () => {
  it('reads each row by its role cell when the header qualifies the role (组内角色)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '一、团队成员',
            {
              kind: 'table',
              widths: [0.1, 0.14, 0.16, 0.3, 0.14, 0.16],
              rows: [
                ['序号', '姓名', '组内角色', '工作单位', '职称', '联系电话'],
                ['1', '赵六', '核心成员', '丙县第三中学', '一级教师', '13800000004'],
                ['2', '张三', '项目负责人', '甲市第一中学', '高级教师', '13800000001'],
                ['3', '孙七', '核心成员', '丁县第四中学', '二级教师', '13800000005'],
              ],
            },
          ]),
        ],
        { pack: builtinPack('liaoning-2022-community') },
      ),
    );
    expect(facts.host).toEqual([
      { name: '张三', unit: '甲市第一中学', title: '高级教师', phone: '13800000001' },
    ]);
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual(['赵六', '孙七']);
  });
});

describe('people appointed in prose', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  it('reads role-由-people-担任, people-担任-role and role-为-people clauses', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '二、团队',
            '本联盟主持人为周文老师（教研组长，高级教师，联系电话13900000001）。联盟邀请吴斌（甲师范学院，院长）、郑华（乙县第一中学，校长）担任顾问，由王芳（丙县教育研究中心，教研员）担任辅导员。',
            '资源内容审核管理员由冯磊、陈静两位老师担任，负责审核。',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.host).toEqual([
      { name: '周文', duty: '教研组长', title: '高级教师', phone: '13900000001' },
    ]);
    expect(facts.advisors).toEqual([
      { name: '吴斌', unit: '甲师范学院', duty: '院长' },
      { name: '郑华', unit: '乙县第一中学', duty: '校长' },
    ]);
    expect(facts.counselors).toEqual([{ name: '王芳', unit: '丙县教育研究中心', duty: '教研员' }]);
    expect(facts.resourceReviewers).toEqual([{ name: '冯磊' }, { name: '陈静' }]);
  });

  it('reads a numbered roster announced by "名单如下", not a quoted requirement', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '按通知要求核心成员由各校骨干教师担任，本联盟核心成员三人，名单如下：',
            '1．林涛，甲市第一中学，高级教师',
            '2．何敏，乙县第二中学，一级教师',
            '（名单续）',
            '3．罗军，丙县第三中学，二级教师',
            '三、其他',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '林涛', unit: '甲市第一中学', title: '高级教师' },
      { name: '何敏', unit: '乙县第二中学', title: '一级教师' },
      { name: '罗军', unit: '丙县第三中学', title: '二级教师' },
    ]);
  });

  it('reads a role line with a count before its colon (核心成员共三人：…)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '核心成员共两人：林涛（甲市第一中学，高级教师）；何敏（乙县第二中学，一级教师）。',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '林涛', unit: '甲市第一中学', title: '高级教师' },
      { name: '何敏', unit: '乙县第二中学', title: '一级教师' },
    ]);
  });

  it('leaves a sentence about a role that names nobody unread', () => {
    const facts = values(
      extractFacts([page(['辅导员由县级教研员担任，负责指导。主持人为联盟的第一责任人。'])], {
        pack,
      }),
    );
    expect(facts.counselors).toBeUndefined();
    expect(facts.host).toBeUndefined();
  });
});

describe('a free-text field printed as a row of boxes', () => {
  const pack = builtinPack('liaoning-2022-community');
  const category = (row: string) =>
    extractFacts([page([{ kind: 'table', widths: [0.2, 0.8], rows: [['项目类别', row]] }])], {
      pack,
    }).category?.value;
  it('reads the one option ticked, before or after its box', () => {
    expect(category('☐甲类 ☑乙类 ☐丙类')).toBe('乙类');
    expect(category('甲类□ 乙类□ 丙类■')).toBe('丙类');
  });
  it('reads the words written after a ticked 其他', () => {
    expect(category('□甲类 □乙类 √其他：丁类')).toBe('丁类');
  });
  it('reads nothing when none or two are ticked', () => {
    expect(category('☐甲类 ☐乙类 ☐其他：____')).toBeUndefined();
    expect(category('☑甲类 ☑乙类 ☐丙类')).toBeUndefined();
  });
  it('reads the category a sentence says the project belongs to', () => {
    const facts = extractFacts([page(['本项目属于智慧科创类别，面向全市推广。'])], { pack });
    expect(facts.category?.value).toBe('智慧科创');
  });
});

describe('member units as a numbered list', () => {
  const pack = builtinPack('liaoning-2022-community');
  it('reads one unit per numbered line after a lead-in, across a note between its parts', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '按照通知不少于4个的要求，本项目联合三所学校作为主要成员单位，名单如下：',
            '1．甲市第一中学',
            '2．乙县实验小学',
            '（名单接上页）',
            '3．丙县第二初级中学',
            '二、团队',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市第一中学' },
      { name: '乙县实验小学' },
      { name: '丙县第二初级中学' },
    ]);
  });
  it("reads a unit's place and type written in brackets after its name", () => {
    const facts = values(
      extractFacts(
        [
          page([
            '主要成员单位如下：',
            '1．甲市第一中学（甲市乙区，高级中学）',
            '2．丁县实验小学（丁县，小学）',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市第一中学', region: '甲市乙区', type: '高级中学' },
      { name: '丁县实验小学', region: '丁县', type: '小学' },
    ]);
  });
  it('reads no unit list from a count field beside its label', () => {
    const facts = values(
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.3, 0.7],
              rows: [['主要成员单位数', '5所（不含牵头单位）']],
            },
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.memberUnits).toBeUndefined();
  });
});

describe('borderless tables and grids', () => {
  const pack = builtinPack('liaoning-2022-community');
  it('reads a table whose header labels are centred over wider values', () => {
    const facts = values(
      extractFacts(
        [
          placed([
            [56, 700, '二、主要成员单位'],
            [70, 680, '序号'],
            [150, 680, '成员单位'],
            [300, 680, '所在市区'],
            [420, 680, '单位类型'],
            [60, 660, '1'],
            [100, 660, '甲市乙区第一高级中学'],
            [290, 660, '甲市乙区'],
            [400, 660, '高级中学'],
            [60, 640, '2'],
            [100, 640, '甲市丙区实验小学'],
            [290, 640, '甲市丙区'],
            [400, 640, '小学'],
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市乙区第一高级中学', region: '甲市乙区', type: '高级中学' },
      { name: '甲市丙区实验小学', region: '甲市丙区', type: '小学' },
    ]);
  });
  it('joins a value wrapped under its pair in a grid of label：value pairs', () => {
    const facts = values(
      extractFacts(
        [
          placed([
            [60, 700, '项目全称：甲市乙区“某某课堂”智慧应用实'],
            [300, 692, '项目类别：智慧评价'],
            [60, 684, '践共同体'],
            [60, 660, '推荐单位：甲市教育局'],
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.projectName).toBe('甲市乙区“某某课堂”智慧应用实践共同体');
    expect(facts.category).toBe('智慧评价');
  });
});

describe('numbers and months in more wordings', () => {
  const yueyang = builtinPack('yueyang-2023-alliance');
  const liaoning = builtinPack('liaoning-2022-community');
  it("reads the applicant's own figure after the notice's, in the same measure word", () => {
    const read = (text: string) =>
      extractFacts([page([text])], { pack: yueyang }).annualResourceTarget?.value;
    expect(read('通知要求每年开发的教学资源不少于200条；结合实际，本联盟计划每年完成260条。')).toBe(
      260,
    );
    expect(read('按照通知“每年开发教学资源不少于200条”的要求，本联盟拟每年完成三百条。')).toBe(300);
    expect(read('通知要求每年开发的教学资源不少于200条。')).toBeUndefined();
  });
  it('reads the total row of a table of the items with a quantity column', () => {
    const facts = extractFacts(
      [
        page([
          '联盟每年资源开发计划如下：',
          {
            kind: 'table',
            rows: [
              ['资源类型', '每年数量（条）', '负责学校'],
              ['微课', '100', '甲市第一中学'],
              ['课件', '90', '乙县实验小学'],
              ['合计', '190', ''],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.annualResourceTarget?.value).toBe(190);
  });
  it('reads a count written into a blank (__7__个)', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            widths: [0.2, 0.8],
            rows: [['预期成果', '☑研究报告 ☑应用指南 ☐其他 预期典型案例数：__7__个']],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.typicalCases?.value).toBe(7);
  });
  it("reads a start month from a field whose label names a time and one of the fact's items", () => {
    const facts = extractFacts(
      [page([{ kind: 'table', widths: [0.3, 0.7], rows: [['探索开展时间', '自2019年09月起']] }])],
      { pack: liaoning },
    );
    expect(facts.practiceStart?.value).toBe('2019-09');
    const none = extractFacts(
      [page([{ kind: 'table', widths: [0.3, 0.7], rows: [['出生年月', '1980年09月']] }])],
      { pack: liaoning },
    );
    expect(none.practiceStart).toBeUndefined();
  });
});

describe('cases already made, titles before the words naming them', () => {
  it('reads 已形成《A》、《B》等典型案例', () => {
    const facts = extractFacts(
      [page(['目前已形成《甲课堂教学案例》、《乙平台应用案例》等典型案例，在全市交流。'])],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect(facts.existingCases?.value).toEqual(['甲课堂教学案例', '乙平台应用案例']);
  });
});

describe('people as fields and in one drawn form', () => {
  const liaoning = builtinPack('liaoning-2022-community');
  const yueyang = builtinPack('yueyang-2023-alliance');
  it('reads a host card through a QQ/邮箱 field to its 所在单位', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '一、主持人基本情况',
            {
              kind: 'table',
              rows: [
                ['姓名', '周文', '性别', '女'],
                ['职称', '一级教师', 'QQ/邮箱', '12345678'],
                ['手机', '13900000001', '所在单位', '甲市第一中学'],
              ],
            },
          ]),
        ],
        { pack: yueyang },
      ),
    );
    expect(facts.host).toEqual([
      { name: '周文', title: '一级教师', phone: '13900000001', unit: '甲市第一中学' },
    ]);
  });
  it('reads two people of one role from labels that number them (项目负责人一, 二)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.2, 0.15, 0.15, 0.2, 0.1, 0.2],
              rows: [
                ['项目负责人一', '林涛', '职务/职称', '校长/高级教师', '手机', '13900000001'],
                ['项目负责人二', '何敏', '职务/职称', '主任/一级教师', '手机', '13900000002'],
              ],
            },
          ]),
        ],
        { pack: liaoning },
      ),
    );
    expect(facts.host).toEqual([
      { name: '林涛', duty: '校长', title: '高级教师', phone: '13900000001' },
      { name: '何敏', duty: '主任', title: '一级教师', phone: '13900000002' },
    ]);
  });
  it("takes a table's people's role from a title row of the same table", () => {
    const facts = values(
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.2, 0.2, 0.2, 0.4],
              rows: [
                ['项目名称', '甲市智慧课堂共同体', '', ''],
                ['核心成员', '', '', ''],
                ['序号', '姓名', '职称', '所在单位'],
                ['1', '林涛', '高级教师', '甲市第一中学'],
                ['2', '何敏', '一级教师', '乙县实验小学'],
              ],
            },
          ]),
        ],
        { pack: liaoning },
      ),
    );
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual(['林涛', '何敏']);
  });
});

describe('text fields run together or written in Chinese numerals', () => {
  const pack = builtinPack('liaoning-2022-community');
  it("cuts a value where another field's label and colon start", () => {
    const facts = extractFacts([page(['项目全称：甲市智慧课堂共同体申报类别：智慧评价'])], {
      pack,
    });
    expect(facts.projectName?.value).toBe('甲市智慧课堂共同体');
  });
  it('reads a date written in Chinese numerals', () => {
    const facts = extractFacts([page(['报送日期：二〇二二年九月二十日'])], { pack });
    expect(facts.submittedOn?.value).toBe('2022-09-20');
  });
});

describe('two host cards and a contact wrapped in a narrow cell', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const card = (name: string, phone: string) => ({
    kind: 'table' as const,
    rows: [
      ['姓名', name, '性别', '女'],
      ['职称', '一级教师', '手机', phone],
      ['所在单位', '甲市第一中学', '', ''],
    ],
  });
  it('reads one host per card under headings that number them (主持人一, 主持人二)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '一、主持人基本情况',
            '主持人一',
            card('周文', '13900000001'),
            '主持人二',
            card('吴斌', '13900000002'),
          ]),
        ],
        { pack },
      ),
    );
    expect((facts.host as { name: string }[]).map((p) => p.name)).toEqual(['周文', '吴斌']);
  });
  it('joins an e-mail address broken over two lines of a cell', () => {
    const facts = extractFacts(
      [page([{ kind: 'table', widths: [0.2, 0.8], rows: [['QQ或邮箱', '1234567@ 163.com']] }])],
      { pack },
    );
    expect(facts.hostContact?.value).toBe('1234567@163.com');
  });
});

describe('more ways prose writes people', () => {
  const liaoning = builtinPack('liaoning-2022-community');
  const yueyang = builtinPack('yueyang-2023-alliance');
  it('reads people with brackets listed with 、 after a role and colon', () => {
    const facts = values(
      extractFacts(
        [page(['资源内容审核管理员（2人）：冯磊（甲市第一中学）、陈静（乙县实验小学）。'])],
        { pack: yueyang },
      ),
    );
    expect(facts.resourceReviewers).toEqual([
      { name: '冯磊', unit: '甲市第一中学' },
      { name: '陈静', unit: '乙县实验小学' },
    ]);
  });
  it('reads one person in brackets after a colon when the sentence goes on', () => {
    const facts = values(
      extractFacts(
        [page(['主持人：周文（甲市第一中学，教研组长，13900000001），主要负责联盟的统筹。'])],
        { pack: yueyang },
      ),
    );
    expect(facts.host).toEqual([
      { name: '周文', unit: '甲市第一中学', duty: '教研组长', phone: '13900000001' },
    ]);
  });
  it("reads a role's label run into the name, the pieces in the clauses after", () => {
    const facts = values(
      extractFacts([page(['项目负责人林涛，副校长，高级教师，联系电话13900000001。'])], {
        pack: liaoning,
      }),
    );
    expect(facts.host).toEqual([
      { name: '林涛', duty: '副校长', title: '高级教师', phone: '13900000001' },
    ]);
  });
  it("reads a person line under the role's heading, a unit run into a duty split apart", () => {
    const facts = values(
      extractFacts(
        [
          page([
            '（一）项目负责人',
            '林涛，甲县第一中学教学副校长，一级教师，联系电话13900000001。',
          ]),
        ],
        { pack: liaoning },
      ),
    );
    expect(facts.host).toEqual([
      {
        name: '林涛',
        unit: '甲县第一中学',
        duty: '教学副校长',
        title: '一级教师',
        phone: '13900000001',
      },
    ]);
  });
  it('reads nobody from a role label followed by what they do', () => {
    const facts = values(
      extractFacts([page(['项目负责人全面负责，统筹规划。'])], { pack: liaoning }),
    );
    expect(facts.host).toBeUndefined();
  });
});

describe('a borderless row whose cells wrap and are centred in the row', () => {
  it('joins the lines standing a little above and below the other cells into one row', () => {
    const facts = values(
      extractFacts(
        [
          placed([
            [60, 760, '角色'],
            [130, 760, '姓名'],
            [200, 760, '职务/职称'],
            [330, 760, '联系电话'],
            [440, 760, '所在单位'],
            [60, 740, '核心成员'],
            [130, 740, '钱强'],
            [200, 740, '教研组长/高级教师'],
            [330, 740, '13900000001'],
            [440, 740, '甲县实验小学'],
            [60, 718, '资源审核管'],
            [200, 718, '审核员/一级'],
            [440, 718, '甲市乙区第一'],
            [130, 711, '常洋'],
            [330, 711, '13900000002'],
            [60, 704, '理员'],
            [200, 704, '教师'],
            [440, 704, '中心小学'],
          ]),
        ],
        { pack: builtinPack('yueyang-2023-alliance') },
      ),
    );
    expect(facts.resourceReviewers).toEqual([
      {
        name: '常洋',
        duty: '审核员',
        title: '一级教师',
        phone: '13900000002',
        unit: '甲市乙区第一中心小学',
      },
    ]);
  });
});

describe('a roster whose fields a role line declares', () => {
  it('reads one person per line in the order the bracket declares (姓名／单位／职称)', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '核心成员（姓名／单位／职称）：',
            '林涛／甲市第一中学／高级教师',
            '何敏／乙县实验小学／一级教师',
            '三、预期成果',
          ]),
        ],
        { pack: builtinPack('liaoning-2022-community') },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '林涛', unit: '甲市第一中学', title: '高级教师' },
      { name: '何敏', unit: '乙县实验小学', title: '一级教师' },
    ]);
  });
});

describe('an inline field in running text', () => {
  it('ends its value at the end of its sentence', () => {
    const facts = extractFacts([page(['项目名称：甲市智慧课堂共同体。类别：智慧课堂。'])], {
      pack: builtinPack('liaoning-2022-community'),
    });
    expect(facts.projectName?.value).toBe('甲市智慧课堂共同体');
  });
});
