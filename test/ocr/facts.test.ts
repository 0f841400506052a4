/**
 * Honest values: a fact read from a scan carries its confidence and place; it is proposed as
 * certain only when every character it was read from is sure, on a page read reliably.
 */
import { describe, expect, it } from 'vitest';
import { ocrFactInfo } from '../../lib/ocr/facts';
import { ocrLine, scannedPage } from './synthetic-scan';

const line = ocrLine;
const scanned = scannedPage;

describe('OCR facts', () => {
  const page = scanned([
    line(100, '项目名称：小学编程教育网络教研联盟'),
    line(200, '牵头单位：临湘市天岳实验巾学', { 12: 0.41 }),
  ]);

  it('marks a value read surely as certain, with its confidence and place', () => {
    const facts = {
      projectName: {
        value: '小学编程教育网络教研联盟',
        evidence: [{ page: 2, quote: '项目名称：小学编程教育网络教研联盟' }],
      },
    };
    const info = ocrFactInfo(facts, [page]);
    expect(info.projectName!.certain).toBe(true);
    expect(info.projectName!.confidence).toBeGreaterThan(0.95);
    const [e] = info.projectName!.evidence;
    expect(e!.page).toBe(2);
    expect(e!.rect[2]).toBeGreaterThan(e!.rect[0]);
  });

  it('never proposes as certain a value with an unsure character; snaps it when known', () => {
    const facts = {
      leadUnit: {
        value: '临湘市天岳实验巾学',
        evidence: [{ page: 2, quote: '牵头单位：临湘市天岳实验巾学' }],
      },
    };
    const unsure = ocrFactInfo(structuredClone(facts), [page]);
    expect(unsure.leadUnit!.certain).toBe(false);
    expect(unsure.leadUnit!.confidence).toBeCloseTo(0.41, 2);
    const known = ['临湘市天岳实验中学', '岳阳市教育局'];
    const snapped = structuredClone(facts);
    const info = ocrFactInfo(snapped, [page], { known });
    expect(snapped.leadUnit.value).toBe('临湘市天岳实验中学');
    expect(info.leadUnit!.snapped).toEqual([
      { read: '临湘市天岳实验巾学', value: '临湘市天岳实验中学' },
    ]);
  });

  it('proposes a text value as uncertain when a box mark stands inside it', () => {
    const people = scanned([line(100, '吴天 物☑ 高级教师 临湘市天岳实验中学')]);
    const read = (subject: string) =>
      ocrFactInfo(
        {
          coreMembers: {
            value: [{ name: '吴天', subject, title: '高级教师', unit: '临湘市天岳实验中学' }],
            evidence: [{ page: 2, quote: `吴天 ${subject} 高级教师 临湘市天岳实验中学` }],
          },
        },
        [people],
      ).coreMembers!;
    expect(read('物☑').certain).toBe(false);
    const clean = scanned([line(100, '吴天 物理 高级教师 临湘市天岳实验中学')]);
    const info = ocrFactInfo(
      {
        coreMembers: {
          value: [{ name: '吴天', subject: '物理', title: '高级教师', unit: '临湘市天岳实验中学' }],
          evidence: [{ page: 2, quote: '吴天 物理 高级教师 临湘市天岳实验中学' }],
        },
      },
      [clean],
    );
    expect(info.coreMembers!.certain).toBe(true);
  });

  it('proposes as uncertain a text value holding a row of boxes read as 口', () => {
    // An empty □ is read as the character 口 when its pixels are not found as a box (a low
    // resolution scan): the row of options comes out as one value.
    const row = scanned([line(100, '申报类别 智慧德育口智慧体育口智慧劳动教育口智慧')]);
    const value = '智慧德育口智慧体育口智慧劳动教育口智慧';
    const info = ocrFactInfo(
      { category: { value, evidence: [{ page: 2, quote: `申报类别 ${value}` }] } },
      [row],
    );
    expect(info.category!.certain).toBe(false);
    // One 口 inside a name is the character (营口市…).
    const unit = scanned([line(100, '牵头单位 营口市站前区东升小学')]);
    const sure = ocrFactInfo(
      {
        leadUnit: {
          value: '营口市站前区东升小学',
          evidence: [{ page: 2, quote: '牵头单位 营口市站前区东升小学' }],
        },
      },
      [unit],
    );
    expect(sure.leadUnit!.certain).toBe(true);
  });

  it('proposes as uncertain a value running over two options where one box was read as 口', () => {
    // Marks after their options, one empty box lost to 口: the ticked option takes its neighbour.
    const quote = '类别 智慧德育☐智慧体育☐智慧劳动教育口智慧美育√智慧评价☐';
    const info = ocrFactInfo(
      { category: { value: '智慧劳动教育口智慧美育', evidence: [{ page: 2, quote }] } },
      [scanned([line(100, quote)])],
    );
    expect(info.category!.certain).toBe(false);
    // A unit with its one 口 on a line that also holds boxes, not beside them, stays certain.
    const unitQuote = '是否公办 是☑ 否☐ 牵头单位 营口市站前区东升小学';
    const unit = ocrFactInfo(
      { leadUnit: { value: '营口市站前区东升小学', evidence: [{ page: 2, quote: unitQuote }] } },
      [scanned([line(100, unitQuote)])],
    );
    expect(unit.leadUnit!.certain).toBe(true);
  });

  it('leaves facts from text layers alone', () => {
    const facts = { projectName: { value: 'x', evidence: [{ page: 1, quote: 'x' }] } };
    expect(ocrFactInfo(facts, [page])).toEqual({});
  });

  it('proposes an empty list read from a scan as uncertain: rows may have been lost', () => {
    const header = scanned([line(100, '姓名 性别 职务 职称 手机')]);
    const facts = (value: unknown[]) => ({
      host: { value, evidence: [{ page: 2, quote: '姓名 性别 职务 职称 手机' }] },
    });
    const none = ocrFactInfo(facts([]), [header]);
    expect(none.host!.certain).toBe(false);
    // The same sure header with a row read from it stays certain.
    const row = scanned([line(100, '姓名 性别 职务 职称 手机'), line(200, '唐某 女 校长')]);
    const one = ocrFactInfo(
      {
        host: {
          value: [{ name: '唐某' }],
          evidence: [{ page: 2, quote: '姓名 性别 职务 职称 手机\n唐某 女 校长' }],
        },
      },
      [row],
    );
    expect(one.host!.certain).toBe(true);
  });

  it('proposes a list of people as uncertain when a row goes on with text its record left out', () => {
    // A row whose cells after the name were lost to the table (a border read in pieces).
    const row = scanned([line(100, '辅导员魏蕾然岳阳楼区电化教育站教研员高级教师')]);
    const counselors = (value: unknown[], quote: string) => ({
      counselors: { value, evidence: [{ page: 2, quote }] },
    });
    const nameOnly = ocrFactInfo(counselors([{ name: '魏蕾然' }], '辅导员魏蕾然'), [row]);
    expect(nameOnly.counselors!.certain).toBe(false);
    const whole = ocrFactInfo(
      counselors(
        [{ name: '魏蕾然', unit: '岳阳楼区电化教育站', duty: '教研员', title: '高级教师' }],
        '辅导员魏蕾然岳阳楼区电化教育站教研员高级教师',
      ),
      [row],
    );
    expect(whole.counselors!.certain).toBe(true);
    // The end of a cell wrapped onto the next line (教师 of 高级教师), taken by no field.
    const record = {
      name: '朱思远',
      unit: '屈原管理区教研室',
      duty: '教研员',
      title: '高级',
      phone: '13964393015',
    };
    const wrapped = (next: string) =>
      ocrFactInfo(counselors([record], '辅导员朱思远屈原管理区教研室教研员/高级13964393015'), [
        scanned([line(100, '辅导员朱思远屈原管理区教研室教研员/高级13964393015'), line(160, next)]),
      ]).counselors!.certain;
    expect(wrapped('教师')).toBe(false);
    // A heading or a long line after the row is no piece of it.
    expect(wrapped('五、资源内容审核管理员')).toBe(true);
    // Labels beside the values of a row (姓名, 职务职称, 手机) are not a row left out.
    const labelled = scanned([
      line(100, '姓名汤勇平单位临湘市实验小学职务职称高级教师手机13800000000'),
    ]);
    const host = ocrFactInfo(
      {
        host: {
          value: [
            { name: '汤勇平', unit: '临湘市实验小学', title: '高级教师', phone: '13800000000' },
          ],
          evidence: [
            { page: 2, quote: '姓名汤勇平单位临湘市实验小学职务职称高级教师手机13800000000' },
          ],
        },
      },
      [labelled],
    );
    expect(host.host!.certain).toBe(true);
    // A record whose row holds a phone number none of its fields took has lost its phone.
    const phoneLeft = ocrFactInfo(
      {
        host: {
          value: [{ name: '汤勇平', unit: '临湘市实验小学', title: '高级教师' }],
          evidence: [
            { page: 2, quote: '姓名汤勇平单位临湘市实验小学职务职称高级教师手机13800000000' },
          ],
        },
      },
      [labelled],
    );
    expect(phoneLeft.host!.certain).toBe(false);
    // A name at the end of a summary row: the row before it is fields the record did not take.
    const summary = scanned([
      line(100, '姚秋峰华容县章华中学信息中心主任高级教师初中八下编程教育叶健'),
    ]);
    const counselor = ocrFactInfo(
      counselors(
        [{ name: '叶健' }],
        '姚秋峰华容县章华中学信息中心主任高级教师初中八下编程教育叶健',
      ),
      [summary],
    );
    expect(counselor.counselors!.certain).toBe(false);
  });

  it('proposes a list of people as uncertain when a box mark opens a word in its rows', () => {
    // 邱兰 read as ☑兰: the row is lost from the list, every other record sure.
    const rows = scanned([line(100, '白旭阜新市新华小学'), line(200, '☑兰阜新市四合小学')]);
    const members = ocrFactInfo(
      {
        coreMembers: {
          value: [{ name: '白旭', unit: '阜新市新华小学' }],
          evidence: [{ page: 2, quote: '白旭阜新市新华小学\n☑兰阜新市四合小学' }],
        },
      },
      [rows],
    );
    expect(members.coreMembers!.certain).toBe(false);
    // Each row's unit set on a line of its own below it: a line between two records none took.
    const split = scanned([
      line(100, '万诺信息技术教师'),
      line(200, '汨罗市罗城中学'),
      line(300, '覃慧信息科技教师'),
    ]);
    const quote = '万诺信息技术教师\n汨罗市罗城中学\n覃慧信息科技教师';
    const people = (value: unknown[]) =>
      ocrFactInfo({ coreMembers: { value, evidence: [{ page: 2, quote }] } }, [split]).coreMembers!;
    const noUnit = [
      { name: '万诺', subject: '信息技术', duty: '教师' },
      { name: '覃慧', subject: '信息科技', duty: '教师' },
    ];
    expect(people(noUnit).certain).toBe(false);
    expect(people([{ ...noUnit[0], unit: '汨罗市罗城中学' }, noUnit[1]]).certain).toBe(true);
  });

  it('proposes a value that is a label of the form, or a piece of one, as uncertain', () => {
    const header = scanned([line(100, '网络教研联盟名称学段主持人申报条件')]);
    const fact = (value: string, quote: string) => ({
      f: { value, evidence: [{ page: 2, quote }] },
    });
    const labels = ['网络教研联盟名称', '学段', '主持人申报条件'];
    expect(ocrFactInfo(fact('学段', '网络教研联盟名称学段'), [header], { labels }).f!.certain).toBe(
      false,
    );
    expect(ocrFactInfo(fact('申报条件', '申报条件'), [header], { labels }).f!.certain).toBe(false);
    // A value that runs on into the next field's label and colon.
    const two = scanned([line(100, '项目名称：大连市智慧德育共同体类别：智慧德育')]);
    const runOn = fact(
      '大连市智慧德育共同体类别：智慧德育',
      '项目名称：大连市智慧德育共同体类别：智慧德育',
    );
    expect(ocrFactInfo(runOn, [two], { labels: ['类别'] }).f!.certain).toBe(false);
    // The same with no colon read: a label of four characters or more is no value's words.
    const glued = scanned([line(100, '类别 智慧体育应用方向体育课堂运动负荷智能监测')]);
    const category = (value: string, labels: string[]) =>
      ocrFactInfo(fact(value, '类别 智慧体育应用方向体育课堂运动负荷智能监测'), [glued], {
        labels,
      }).f!.certain;
    expect(category('智慧体育应用方向体育课堂运动负荷智能监测', ['类别', '应用方向'])).toBe(false);
    expect(category('智慧体育应用方向', ['类别', '应用方向'])).toBe(false);
    // A short label (方向) may well be a word of a value.
    expect(category('智慧体育应用方向', ['类别', '方向'])).toBe(true);
    // A value cut right before 共同体类别： when 类别 is a label too: the cut could be after 共同体.
    const split = scanned([line(100, '项目名称：大连市智慧德育心理健康共同体类别：智慧德育')]);
    const name = (value: string) =>
      ocrFactInfo(fact(value, '项目名称：大连市智慧德育心理健康共同体类别：智慧德育'), [split], {
        labels: ['项目名称', '共同体类别', '类别'],
      }).f!.certain;
    expect(name('大连市智慧德育心理健康')).toBe(false);
    expect(name('大连市智慧德育心理健康共同体')).toBe(true);
    // A gap read where the value ends (…共同体 项目类别：) places the cut.
    const gap = (text: string) =>
      ocrFactInfo(fact('鞍山智慧劳动实践共同体', text), [scanned([line(100, text)])], {
        labels: ['项目全称', '项目类别', '类别'],
      }).f!.certain;
    expect(gap('项目全称：鞍山智慧劳动实践共同体 项目类别：智慧劳动')).toBe(true);
    expect(gap('项目全称：鞍山智慧劳动实践共同体项目类别：智慧劳动')).toBe(false);
    // A value that is no label stays certain.
    expect(
      ocrFactInfo(fact('小学编程教育网络教研联盟', '项目名称：小学编程教育网络教研联盟'), [page], {
        labels,
      }).f!.certain,
    ).toBe(true);
  });

  it('proposes a list as uncertain when what separates two items was not read surely', () => {
    // 《甲方案》《乙方案》: the 、 between them lost, the brackets beside it unsure.
    const lost = scanned([line(100, '已有案例：《甲方案》《乙方案》', { 9: 0.5, 10: 0.5 })]);
    const facts = (quote: string) => ({
      existingCases: { value: ['甲方案', '乙方案'], evidence: [{ page: 2, quote }] },
    });
    const joined = ocrFactInfo(facts('已有案例：《甲方案》《乙方案》'), [lost]);
    expect(joined.existingCases!.certain).toBe(false);
    const sure = scanned([line(100, '已有案例：《甲方案》、《乙方案》')]);
    const apart = ocrFactInfo(facts('已有案例：《甲方案》、《乙方案》'), [sure]);
    expect(apart.existingCases!.certain).toBe(true);
    // The same unsure marks around a single value do not touch it.
    const one = {
      value: '甲方案',
      evidence: [{ page: 2, quote: '已有案例：《甲方案》《乙方案》' }],
    };
    expect(ocrFactInfo({ one }, [lost]).one!.certain).toBe(true);
  });

  it('proposes a choice as uncertain when a box in its grid could not be read from the pixels', () => {
    // The recogniser's 口 left in a row of boxes: a box whose tick is unknown.
    const grid = scanned([line(100, '年级：☑五下口六上☐六下', { 6: 0.5 })]);
    const facts = {
      gradeVolumes: { value: ['五下'], evidence: [{ page: 2, quote: '年级：☑五下口六上☐六下' }] },
    };
    expect(ocrFactInfo(facts, [grid]).gradeVolumes!.certain).toBe(false);
    const read = scanned([line(100, '年级：☑五下☐六上☐六下')]);
    const clean = {
      gradeVolumes: { value: ['五下'], evidence: [{ page: 2, quote: '年级：☑五下☐六上☐六下' }] },
    };
    expect(ocrFactInfo(clean, [read]).gradeVolumes!.certain).toBe(true);
  });
});

describe('OCR facts: choices with no tick seen', () => {
  const choices = {
    stages: [
      { value: '小学', words: [] },
      { value: '初中', words: [] },
      { value: '高中', words: [] },
    ],
    hostQualifications: [
      { value: 'provincial', words: ['在省级教学现场竞赛获二等奖以上'] },
      { value: 'jinhuan', words: ['在全市“金鹮杯”教学大赛中获一等奖以上'] },
      { value: 'backbone', words: ['具备一定科研能力公认的骨干教师'] },
    ],
  };
  const certain = (lines: string[], id: string, value: unknown, quote: string) =>
    ocrFactInfo(
      { [id]: { value, evidence: [{ page: 2, quote }] } },
      [scanned(lines.map((l, i) => line(100 + 60 * i, l)))],
      { choices },
    )[id]!.certain;

  it('proposes the first option of a list whose marks were not read as uncertain', () => {
    // The √ in the cell beside 初中 was lost: the field's first cell is no answer.
    expect(certain(['学段 小学 初中 高中'], 'stages', ['小学'], '学段 小学')).toBe(false);
    // Cells read without their gaps name the options all the same.
    expect(certain(['学段 小学初中高中'], 'stages', ['小学'], '学段 小学')).toBe(false);
    // A cell of the list lost with the label: two options in cells of their own, no mark.
    expect(certain(['学 初中 高中'], 'stages', ['初中', '高中'], '学 初中 高中')).toBe(false);
  });

  it('reads numbered conditions over several lines as one list, a misread character allowed', () => {
    const lines = [
      '申报条件 ①在省级教学现场竞赛获二等奖以上',
      '②在全市“金鹅杯”教学大赛中获一等奖以上',
      '⑥具备一定科研能力公认的骨干教师',
    ];
    const quote = '申报条件 ①在省级教学现场竞赛获二等奖以上';
    expect(certain(lines, 'hostQualifications', ['provincial'], quote)).toBe(false);
    const ticked = [lines[0]!, lines[1]!, '⑥具备一定科研能力公认的骨干教师 √'];
    expect(certain(ticked, 'hostQualifications', ['provincial'], quote)).toBe(true);
  });

  it('keeps a choice certain when a tick was read in its list, or the field states it', () => {
    expect(certain(['学段 ☐小学 ☑初中 ☐高中'], 'stages', ['初中'], '学段 ☐小学 ☑初中 ☐高中')).toBe(
      true,
    );
    expect(certain(['学段 小学 √ 初中 高中'], 'stages', ['小学'], '学段 小学 √')).toBe(true);
    expect(certain(['学段：初中'], 'stages', ['初中'], '学段：初中')).toBe(true);
    expect(certain(['学段：初中、高中'], 'stages', ['初中', '高中'], '学段：初中、高中')).toBe(
      true,
    );
    expect(certain(['学段： 初中、高中'], 'stages', ['初中', '高中'], '学段： 初中、高中')).toBe(
      true,
    );
  });
  it('doubts a choice read from a row of boxes holding fewer marks than options (a box lost)', () => {
    // ☐小学 ☑初中 ☐高中 with the box after 初中 lost: 小学☑ reads as 小学 ticked, every mark sure.
    expect(certain(['学段：小学☑初中高中☐'], 'stages', ['小学'], '学段：小学☑初中高中☐')).toBe(
      false,
    );
    // One mark to an option, 口 being what the recogniser makes of a box: nothing lost.
    expect(
      certain(['学段：小学☑ 初中☐ 高中口'], 'stages', ['小学'], '学段：小学☑ 初中☐ 高中口'),
    ).toBe(true);
    // The options of another fact beside it count no marks for this one.
    expect(
      certain(
        ['学段：☑小学 ☐初中 ☐高中 学科 信息科技'],
        'stages',
        ['小学'],
        '学段：☑小学 ☐初中 ☐高中',
      ),
    ).toBe(true);
  });
});

describe('OCR facts: a value with a cell after it', () => {
  const read = (lines: string[], facts: Record<string, { value: unknown; quote: string }>) =>
    ocrFactInfo(
      Object.fromEntries(
        Object.entries(facts).map(([id, f]) => [
          id,
          { value: f.value, evidence: [{ page: 2, quote: f.quote }] },
        ]),
      ),
      [scanned(lines.map((l, i) => line(100 + 60 * i, l)))],
      { labels: ['所在单位', '类别', '性别', '推荐单位'] },
    );

  it('proposes a value cut off from the rest of its cell as uncertain', () => {
    const info = read(['所在单位 岳阳市云溪区明德 小学'], {
      leadUnit: { value: '岳阳市云溪区明德', quote: '所在单位 岳阳市云溪区明德' },
    });
    expect(info.leadUnit!.certain).toBe(false);
    const whole = read(['所在单位 岳阳市云溪区明德小学'], {
      leadUnit: { value: '岳阳市云溪区明德小学', quote: '所在单位 岳阳市云溪区明德小学' },
    });
    expect(whole.leadUnit!.certain).toBe(true);
  });

  it('proposes one cell of a row of options as uncertain, not a labelled or taken cell', () => {
    const row = read(['类别 智慧德育 智慧体育 智慧劳动教育'], {
      category: { value: '智慧德育', quote: '类别 智慧德育' },
    });
    expect(row.category!.certain).toBe(false);
    const fields = read(['主持人 吴天 性别 女', '推荐单位 临湘市教育局 岳阳市教育局'], {
      hostName: { value: '吴天', quote: '主持人 吴天' },
      recommendingBody: { value: '临湘市教育局', quote: '推荐单位 临湘市教育局' },
      other: { value: '岳阳市教育局', quote: '岳阳市教育局' },
    });
    expect(fields.hostName!.certain).toBe(true);
    const signed = read(['同意推选。 华容县教育技术中心 二〇二三年十月'], {
      recommendingBody: { value: '华容县教育技术中心', quote: '同意推选。 华容县教育技术中心' },
    });
    expect(signed.recommendingBody!.certain).toBe(true);
    expect(fields.recommendingBody!.certain).toBe(true);
  });
});

describe('OCR facts: flags with none set', () => {
  it('proposes outcomes all false as uncertain, one set as certain', () => {
    const page = scanned([line(100, '预期成果 研究报告 应用指南 典型案例6个')]);
    const read = (value: Record<string, boolean>) =>
      ocrFactInfo(
        {
          expectedOutcomes: { value, evidence: [{ page: 2, quote: '预期成果 研究报告 应用指南' }] },
        },
        [page],
      ).expectedOutcomes!.certain;
    expect(read({ researchReport: false, guide: false })).toBe(false);
    expect(read({ researchReport: true, guide: false })).toBe(true);
  });
});
