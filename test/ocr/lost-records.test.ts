/**
 * Lists read from a scan that lost records or fields and still hold together are proposed as
 * uncertain (lib/ocr/lost-records.ts): each rule on a synthetic page, beside the same list read
 * whole, which stays certain.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../lib/facts/standard';
import { ocrFactInfo } from '../../lib/ocr/facts';
import { fieldRepeats, titleCutShort } from '../../lib/ocr/lost-records';
import { ocrLine, scannedPage } from './synthetic-scan';

/** A scanned page 2 whose lines are `texts`, one below the other. */
function scanned(texts: string[]) {
  return scannedPage(texts.map((t, i) => ocrLine(100 + i * 60, t)));
}

const fact = (value: unknown, ...quotes: string[]): ExtractedFact => ({
  value,
  evidence: quotes.map((quote) => ({ page: 2, quote })),
});

/** Whether `id` would be proposed as certain among `facts` read from `lines`. */
function certain(
  lines: string[],
  facts: Record<string, ExtractedFact>,
  id: string,
  options: { labels?: string[]; known?: string[] } = {},
): boolean {
  return ocrFactInfo(facts, [scanned(lines)], options)[id]!.certain;
}

describe('lists that lost records on a scan', () => {
  it('doubts a list whose next line has the shape of its items (a title in 《》 left unread)', () => {
    const lines = ['已形成的典型案例：', '1.《甲乙方案研究》', '《丙丁课堂实践》', '五、预期成果'];
    const cut = fact(['甲乙方案研究'], '已形成的典型案例：\n1.《甲乙方案研究》');
    expect(certain(lines, { existingCases: cut }, 'existingCases')).toBe(false);
    const whole = fact(
      ['甲乙方案研究', '丙丁课堂实践'],
      '已形成的典型案例：\n1.《甲乙方案研究》\n《丙丁课堂实践》',
    );
    expect(certain(lines, { existingCases: whole }, 'existingCases')).toBe(true);
  });

  it('doubts a list whose next line carries the next row number', () => {
    // A unit with its place in brackets, then a row the finder did not take (an unknown type).
    const lines = [
      '【参与单位】',
      '1.铁岭市银州区第十一中学（铁岭市银州区，初中）',
      '2铁岭市银州区东风学校铁岭市银州区九年一贯制学校',
      '【项目负责人及核心成员】',
    ];
    const units = [{ name: '铁岭市银州区第十一中学', region: '铁岭市银州区', type: '初中' }];
    const quote = '【参与单位】\n1.铁岭市银州区第十一中学（铁岭市银州区，初中）';
    expect(certain(lines, { memberUnits: fact(units, quote) }, 'memberUnits')).toBe(false);
    // The list read to the end of its section.
    const ends = [
      '【参与单位】',
      '1.铁岭市银州区第十一中学（铁岭市银州区，初中）',
      '【项目负责人及核心成员】',
    ];
    expect(certain(ends, { memberUnits: fact(units, quote) }, 'memberUnits')).toBe(true);
  });

  it('doubts a table read from a row in the middle: the rows around it have its cells', () => {
    const lines = [
      '4 辽阳市文圣区东风高级中学 辽阳市文圣区 高中 成员单位',
      '朝阳市龙城区启明小学 朝阳市龙城区 小学 成员单位',
      '三、项目团队',
    ];
    const units = fact([{ name: '朝阳市龙城区启明小学' }], '成员单位\n朝阳市龙城区启明小学');
    const labels = ['成员单位'];
    expect(certain(lines, { memberUnits: units }, 'memberUnits', { labels })).toBe(false);
  });

  it('leaves a list alone when the row beside it is another value of the form', () => {
    // The lead unit's row above the member units (不含牵头单位), a core member below the host.
    const lines = [
      '1 鞍山市立山区建设初级中学 鞍山市立山区 初中 牵头单位',
      '2 鞍山市铁东区松山学校 鞍山市铁东区 小学 成员单位',
      '三、项目团队',
      '项目负责人 莫春刚 鞍山市立山区建设初级中学 高级教师 19027787472',
      '核心成员 蔡春飞 鞍山市立山区建设初级中学 一级教师 15586123137',
    ];
    const facts = {
      leadUnit: fact('鞍山市立山区建设初级中学', '鞍山市立山区建设初级中学'),
      memberUnits: fact(
        [{ name: '鞍山市铁东区松山学校', region: '鞍山市铁东区', type: '小学' }],
        '2 鞍山市铁东区松山学校 鞍山市铁东区 小学 成员单位',
      ),
      host: fact(
        [
          {
            name: '莫春刚',
            unit: '鞍山市立山区建设初级中学',
            title: '高级教师',
            phone: '19027787472',
          },
        ],
        '项目负责人 莫春刚 鞍山市立山区建设初级中学 高级教师 19027787472',
      ),
      coreMembers: fact(
        [
          {
            name: '蔡春飞',
            unit: '鞍山市立山区建设初级中学',
            title: '一级教师',
            phone: '15586123137',
          },
        ],
        '核心成员 蔡春飞 鞍山市立山区建设初级中学 一级教师 15586123137',
      ),
    };
    const labels = ['项目负责人', '核心成员', '成员单位', '牵头单位'];
    expect(certain(lines, facts, 'memberUnits', { labels })).toBe(true);
    expect(certain(lines, facts, 'host', { labels })).toBe(true);
    // Without the lead unit read, its row above is one the member list may have lost…
    const { leadUnit: _, ...noLead } = facts;
    const unlabelled = [lines[0]!.replace(' 牵头单位', ' 成员单位'), ...lines.slice(1)];
    expect(certain(unlabelled, noLead, 'memberUnits', { labels })).toBe(false);
    // …unless it bears a label the list's rows do not: a row of another kind.
    expect(certain(lines, noLead, 'memberUnits', { labels })).toBe(true);
    // With the lead unit read, its row (the unit, its region and type) is the lead unit's.
    expect(certain(unlabelled, facts, 'memberUnits', { labels })).toBe(true);
  });

  it('doubts a list whose next row holds the lead unit as a member’s unit', () => {
    const lines = [
      '【核心成员】',
      '1.魏立 华容县长寿初级中学 教师 二级教师 17699577657',
      '2.罗娟军 华容县长寿初级中学 教师 二级教师 18195123704',
    ];
    const facts = {
      leadUnit: fact('华容县长寿初级中学', '牵头单位 华容县长寿初级中学'),
      coreMembers: fact(
        [{ name: '魏立', unit: '华容县长寿初级中学', duty: '教师二级教师', phone: '17699577657' }],
        lines.slice(0, 2).join('\n'),
      ),
    };
    expect(certain(lines, facts, 'coreMembers')).toBe(false);
    expect(certain(lines.slice(0, 2), facts, 'coreMembers')).toBe(true);
  });

  it("leaves a list alone when the next line is a header or the last record's other fields", () => {
    const lines = [
      '成员学校 地区 学段',
      '北票市南山小学 北票市 小学',
      '喀左县第二小学 喀左县 小学',
      '姓名 单位 职称',
      '周慧博 朝阳市双塔区凌河小学 一级教师',
    ];
    const units = fact(
      [
        { name: '北票市南山小学', region: '北票市', type: '小学' },
        { name: '喀左县第二小学', region: '喀左县', type: '小学' },
      ],
      lines.slice(1, 3).join('\n'),
    );
    expect(certain(lines, { memberUnits: units }, 'memberUnits')).toBe(true);
    // A record over two lines: the second is its own, the line after the quote is a heading.
    const card = [
      '负责人：周超 职务：教学副校长',
      '职称：高级教师 手机：18237340581',
      '一、核心成员',
    ];
    const host = fact(
      [{ name: '周超', duty: '教学副校长', title: '高级教师', phone: '18237340581' }],
      card.slice(0, 2).join('\n'),
    );
    expect(certain(card, { host }, 'host', { labels: ['负责人', '核心成员'] })).toBe(true);
  });

  it('leaves a choice alone: its items are the pack’s options', () => {
    const lines = ['学段：小学、初中', '年级：五下、六上'];
    const stages = fact(['小学', '初中'], '学段：小学、初中');
    const known = ['小学', '初中', '五下', '六上'];
    expect(certain(lines, { stages }, 'stages', { known })).toBe(true);
  });

  it('doubts a person with a name alone whose row elsewhere on the scan says more', () => {
    const labels = ['项目负责人', '签字', '姓名', '所在单位', '职务', '职称', '联系电话'];
    const signature = '项目负责人（签字）：杜伟';
    const host = { host: fact([{ name: '杜伟' }], signature) };
    const row = '姓名杜伟所在单位朝阳市第四十一高级中学职务副校长职称正高级教师联系电话17094655476';
    expect(certain(['（一）项目负责人', row, '承诺书', signature], host, 'host', { labels })).toBe(
      false,
    );
    // Signed only: the name stands nowhere else, nothing was lost.
    expect(certain(['承诺书', signature], host, 'host', { labels })).toBe(true);
  });

  it('doubts a person without a phone whose name stands elsewhere with one', () => {
    const said = '主持人：薛秀（临湘市桃林镇中心小学，信息中心主任，正高级教师）。';
    const host = {
      host: fact(
        [{ name: '薛秀', unit: '临湘市桃林镇中心小学', duty: '信息中心主任', title: '正高级教师' }],
        said,
      ),
    };
    const labels = ['主持人'];
    // The phone on the sentence's next line, the sentence wrapped.
    const about = [
      '三、主持人基本情况',
      '薛秀，女，四十四岁，现任信息中心主任，联系电话',
      '15773380623。',
    ];
    expect(certain([said, ...about], host, 'host', { labels })).toBe(false);
    // No phone anywhere beside the name: nothing was lost.
    const none = ['三、主持人基本情况', '薛秀，女，四十四岁，现任信息中心主任。', '2022年9月'];
    expect(certain([said, ...none], host, 'host', { labels })).toBe(true);
  });

  it('doubts a record lacking a field every other record of its list has', () => {
    const lines = ['甲一 一中 13800000001', '乙二 二中', '丙三 三中 13800000003'];
    const quote = lines.join('\n');
    const people = [
      { name: '甲一', unit: '一中', phone: '13800000001' },
      { name: '乙二', unit: '二中' },
      { name: '丙三', unit: '三中', phone: '13800000003' },
    ];
    expect(certain(lines, { coreMembers: fact(people, quote) }, 'coreMembers')).toBe(false);
    const full = people.map((p, i) => ({ ...p, phone: `1380000000${i + 1}` }));
    const fullLines = full.map((p) => `${p.name} ${p.unit} ${p.phone}`);
    expect(
      certain(fullLines, { coreMembers: fact(full, fullLines.join('\n')) }, 'coreMembers'),
    ).toBe(true);
  });

  it('doubts a record with its name alone beside records with their fields', () => {
    const lines = ['甲一 一中 高级教师 13800000001', '乙二', '三、预期成果'];
    const people = [
      { name: '甲一', unit: '一中', title: '高级教师', phone: '13800000001' },
      { name: '乙二' },
    ];
    const quote = lines.slice(0, 2).join('\n');
    expect(certain(lines, { coreMembers: fact(people, quote) }, 'coreMembers')).toBe(false);
    // Names alone, all of them: a list of names (顾问：甲一、乙二).
    const names = ['顾问：甲一、乙二'];
    const advisors = fact([{ name: '甲一' }, { name: '乙二' }], names[0]!);
    expect(certain(names, { advisors }, 'advisors')).toBe(true);
  });

  it('doubts a list that ends a page when the next page opens with a line of its shape', () => {
    const page2 = scanned(['已形成的典型案例：', '1.《甲乙方案研究》']);
    const next = { ...scanned(['2.《丙丁课堂实践》', '五、预期成果']), page: 3 };
    const cases = fact(['甲乙方案研究'], '已形成的典型案例：\n1.《甲乙方案研究》');
    expect(ocrFactInfo({ existingCases: cases }, [page2, next]).existingCases!.certain).toBe(false);
    const other = { ...scanned(['五、预期成果']), page: 3 };
    expect(ocrFactInfo({ existingCases: cases }, [page2, other]).existingCases!.certain).toBe(true);
  });

  it('doubts a list shorter than the count its heading states', () => {
    const lines = ['主要成员单位共三所：', '临湘市实验小学、临湘市第一中学'];
    const quote = lines.join('\n');
    const units = fact([{ name: '临湘市实验小学' }, { name: '临湘市第一中学' }], quote);
    expect(certain(lines, { memberUnits: units }, 'memberUnits')).toBe(false);
    const two = ['主要成员单位共2所：', '临湘市实验小学、临湘市第一中学'];
    expect(certain(two, { memberUnits: fact(units.value, two.join('\n')) }, 'memberUnits')).toBe(
      true,
    );
  });

  it('doubts a person whose quote shows the label of a field the record lacks', () => {
    const card = ['主持人 潘桂 性别 女', '职务 信息中心主任 职称 高级教师', '联系电话 18364959467'];
    const quote = card.join('\n');
    const lost = { host: fact([{ name: '潘桂', phone: '18364959467' }], quote) };
    expect(certain(card, lost, 'host')).toBe(false);
    const whole = {
      host: fact(
        [{ name: '潘桂', duty: '信息中心主任', title: '高级教师', phone: '18364959467' }],
        quote,
      ),
    };
    expect(certain(card, whole, 'host')).toBe(true);
    // A quote that ends on the label, its value on the next line: the phone was not taken.
    const said = '主持人\n郑伟，男，一级教师，联系电话';
    const prose = { host: fact([{ name: '郑伟', title: '一级教师' }], said) };
    expect(
      certain(['主持人', '郑伟，男，一级教师，联系电话', '17745072451。'], prose, 'host'),
    ).toBe(false);
    // A role column (联盟职务) is no duty.
    const row = ['姓名 单位 联盟职务', '吴天 临湘市第一中学 顾问'];
    const member = { host: fact([{ name: '吴天', unit: '临湘市第一中学' }], row.join('\n')) };
    expect(certain(row, member, 'host')).toBe(true);
  });

  it('doubts a person without a phone whose name opens a card with one elsewhere', () => {
    const cover = ['主持人：谭涵倩', '所在单位：临湘市铁路实验学校'];
    const host = { host: fact([{ name: '谭涵倩', unit: '临湘市铁路实验学校' }], cover.join('\n')) };
    const card = [
      '二、主持人情况',
      '姓名 谭涵倩 性别 男',
      '年龄 50 学科 信息科技',
      '联系电话 15934985431',
    ];
    expect(certain([...cover, ...card], host, 'host')).toBe(false);
    // Another person's card below: not this person's phone.
    const other = ['姓名 谭涵倩 性别 男', '姓名 邵萱', '联系电话 15934985431'];
    expect(certain([...cover, ...other], host, 'host')).toBe(true);
  });

  it('doubts a list of titles with an item holding the next one’s number, or a heading', () => {
    const lines = ['已形成的典型案例', '1）校园农场数据课；2）数字长卷里的家乡；3）成长档案'];
    const quote = lines.join('\n');
    const joined = fact(['校园农场数据课；2）数字长卷里的家乡；3）成长档案'], quote);
    expect(certain(lines, { existingCases: joined }, 'existingCases')).toBe(false);
    const run = ['1.虚拟实验室里的浮力课2.数字长卷里的家乡'];
    const ran = fact(['虚拟实验室里的浮力课2.数字长卷里的家乡'], run[0]!);
    expect(certain(run, { existingCases: ran }, 'existingCases')).toBe(false);
    const cut = fact(['校园农场数据课', '数字长卷里的家乡', '成长档案'], quote);
    expect(certain(lines, { existingCases: cut }, 'existingCases')).toBe(true);
    // A number that belongs to a title (2.0) is no item's number.
    const version = ['1.《数字校园2.0建设》'];
    expect(
      certain(version, { existingCases: fact(['数字校园2.0建设'], version[0]!) }, 'existingCases'),
    ).toBe(true);
    // The next section's heading taken for an item.
    const sections = ['五、已形成的典型案例', '1）云端美术馆', '六、推荐单位意见'];
    const heading = fact(['云端美术馆', '推荐单位意见'], sections.join('\n'));
    expect(certain(sections, { existingCases: heading }, 'existingCases')).toBe(false);
  });

  it('doubts a record whose line holds a column it did not take, a piece of its name', () => {
    const lines = [
      '序号 单位名称 所在地区 类型',
      '1 葫芦岛市龙港区博雅第一初级中学 葫芦岛市龙港区 初级中学',
    ];
    const quote = lines[1]!;
    const lost = fact([{ name: '葫芦岛市龙港区博雅第一初级中学', type: '初级中学' }], quote);
    expect(certain(lines, { memberUnits: lost }, 'memberUnits')).toBe(false);
    const whole = fact(
      [{ name: '葫芦岛市龙港区博雅第一初级中学', region: '葫芦岛市龙港区', type: '初级中学' }],
      quote,
    );
    expect(certain(lines, { memberUnits: whole }, 'memberUnits')).toBe(true);
    // A name cut over two cells is whole nowhere on the line: no column left.
    const split = ['1 葫芦岛市龙港区博雅第一 初级中学 初级中学'];
    const cut = fact([{ name: '葫芦岛市龙港区博雅第一初级中学', type: '初级中学' }], split[0]!);
    expect(certain(split, { memberUnits: cut }, 'memberUnits')).toBe(true);
    // The region cut over two cells (大连市沙河口 | 区): a piece of a field that is whole nowhere.
    const region = ['2 大连市沙河口区中心中学 大连市沙河口 区 初中'];
    const taken = fact(
      [{ name: '大连市沙河口区中心中学', region: '大连市沙河口区', type: '初中' }],
      region[0]!,
    );
    expect(certain(region, { memberUnits: taken }, 'memberUnits')).toBe(true);
  });

  it('doubts a record whose field repeats a run of characters: a column of rows read as one cell', () => {
    const column = '辽宁省铁岭市清河区辽宁省丹东市振兴区辽宁省大连市西岗区';
    const lines = [`1 2 3${column}小学`, '6鞍山市胜利高级中学高中'];
    const units = (region: string) => ({
      memberUnits: fact([{ name: '鞍山市胜利高级中学', region, type: '高中' }], ...lines),
    });
    expect(certain(lines, units(column), 'memberUnits')).toBe(false);
    const one = ['1鞍山市胜利高级中学辽宁省鞍山市千山区高中'];
    expect(
      certain(
        one,
        {
          memberUnits: fact(
            [{ name: '鞍山市胜利高级中学', region: '辽宁省鞍山市千山区', type: '高中' }],
            one[0]!,
          ),
        },
        'memberUnits',
      ),
    ).toBe(true);
  });

  it('counts a run as repeated only where it starts again past its own end, Han only', () => {
    const unit = (name: string) => [{ name }];
    expect(fieldRepeats(unit('辽宁省甲辽宁省'))).toBe(true);
    expect(fieldRepeats(unit('市市市市'))).toBe(false); // 市市市 twice, overlapping itself
    expect(fieldRepeats(unit('市市市市市市'))).toBe(true);
    expect(fieldRepeats(unit('ABC中ABC'))).toBe(false);
    expect(fieldRepeats(unit('辽宁 省甲辽宁省'))).toBe(true); // spaces are no characters
    // A long field is checked in one pass (it built a string per position before).
    const long = Array.from({ length: 20_000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join(
      '',
    );
    expect(fieldRepeats(unit(long))).toBe(false);
    expect(fieldRepeats(unit(`${long}${long.slice(500, 503)}`))).toBe(true);
  });

  it('doubts a list of titles with a title read before its first item, the separator read as a colon', () => {
    const line = '已有案例数字化传感器实验课例：数字版画创作课例';
    const cases = { existingCases: fact(['数字版画创作课例'], line) };
    expect(certain([line], cases, 'existingCases', { labels: ['已有案例'] })).toBe(false);
    // A label before the colon (words of a label: 典型案例 of 典型案例数), or no colon at all.
    const labelled = '已形成典型案例：校园农场物联网种植案例；心理测评数据预警案例';
    const two = ['校园农场物联网种植案例', '心理测评数据预警案例'];
    expect(
      certain([labelled], { existingCases: fact(two, labelled) }, 'existingCases', {
        labels: ['典型案例数'],
      }),
    ).toBe(true);
    const bare = '已形成典型案例校园农场物联网种植案例；心理测评数据预警案例';
    expect(certain([bare], { existingCases: fact(two, bare) }, 'existingCases')).toBe(true);
  });
});

describe('a title cut short on a scan', () => {
  it('is a rank missing one character at either end', () => {
    expect(titleCutShort('二级教')).toBe(true);
    expect(titleCutShort('级教师')).toBe(true);
    expect(titleCutShort('高级教')).toBe(true);
  });

  it('is not a rank as written, nor a title the ranks do not know at all', () => {
    for (const title of ['二级教师', '正高级教师', '高级', '教授', '中级', '高级讲师', '']) {
      expect(titleCutShort(title)).toBe(false);
    }
  });

  it('makes a list of people read from a scan uncertain', () => {
    const quote = '储德胜 网管 二级教 岳阳楼区东方红小学';
    const info = ocrFactInfo(
      {
        resourceReviewers: {
          value: [{ name: '储德胜', duty: '网管', title: '二级教', unit: '岳阳楼区东方红小学' }],
          evidence: [{ page: 2, quote }],
        },
      },
      [scannedPage([ocrLine(100, quote)])],
    );
    expect(info.resourceReviewers!.certain).toBe(false);
  });
});
