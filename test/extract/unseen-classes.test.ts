/**
 * Layout classes of extraction round 6, each on a small made-up page: registers with section
 * bars and compound labels ("性别／年龄"), a pack fact defined as a person's field, numbered items
 * run together on one line, a running banner repeated at the top of every page, people joined by
 * 和/及 whose names hold those characters, and a post verb before a unit. Every case states the
 * class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { splitLastItem } from '../../lib/extract/readers/person-clauses';
import { describe as describePerson } from '../../lib/extract/readers/person-parts';
import { compoundPart, labelPattern } from '../../lib/pdf/structure/key-values';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('a register: one ruled table with section bars and compound labels', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const register = page([
    '某市网络教研联盟登记表',
    {
      kind: 'table',
      widths: [0.3, 0.7],
      rows: [
        ['一、联盟信息'],
        ['联盟名称', '甲市小学编程网络教研联盟'],
        ['二、负责人（主持人）情况'],
        ['姓名', '章一鸣'],
        ['性别／年龄', '男／41'],
        ['工作单位', '甲市实验小学'],
        ['职务／职称', '教研组长／一级教师'],
        ['电话', '13800001111'],
        ['三、团队成员'],
      ],
    },
  ]);

  it('reads the person under a numbered section bar inside the table', () => {
    const facts = values(extractFacts([register], { pack }));
    expect(facts.host).toEqual([
      {
        name: '章一鸣',
        unit: '甲市实验小学',
        duty: '教研组长',
        title: '一级教师',
        phone: '13800001111',
      },
    ]);
  });

  it('reads each part of a compound field as its own fact', () => {
    const facts = values(extractFacts([register], { pack }));
    expect(facts.hostAge).toBe(41);
    expect(facts.hostGender).toBe('男');
  });

  it('takes the part only when the value has as many parts as the label', () => {
    const whole = labelPattern(['年龄']);
    expect(compoundPart('性别／年龄', whole)).toEqual({ index: 1, of: 2 });
    expect(compoundPart('年龄', whole)).toBeUndefined();
    expect(compoundPart('出生年月', whole)).toBeUndefined();
    const facts = values(
      extractFacts(
        [page([{ kind: 'table', rows: [['性别／年龄', '四十一']], widths: [0.3, 0.7] }])],
        { pack },
      ),
    );
    expect(facts.hostAge).toBeUndefined();
  });

  it("reads a fact the pack defines as the host's unit from the host, when not stated apart", () => {
    const facts = extractFacts([register], { pack });
    expect(facts.leadUnit?.value).toBe('甲市实验小学');
    expect(facts.leadUnit?.confidence).toBe(facts.host?.confidence);
  });
});

describe('numbered items on one line and banners repeated on every page', () => {
  const pack = builtinPack('liaoning-2022-community');
  const read = (pages: ReturnType<typeof page>[]) =>
    extractFacts(pages, { pack }).existingCases?.value;

  it('splits items numbered inside one line, in any numbering shape', () => {
    expect(
      read([page(['五、已形成的典型案例', '1）甲课堂案例；2）乙评价案例；3）丙实践案例。'])]),
    ).toEqual(['甲课堂案例', '乙评价案例', '丙实践案例']);
    expect(read([page(['五、已形成的典型案例', '1.甲课堂案例2.乙评价案例'])])).toEqual([
      '甲课堂案例',
      '乙评价案例',
    ]);
  });

  it('ends a list at a line numbered in another shape (the next heading)', () => {
    expect(
      read([page(['五、已形成的典型案例', '1)甲课堂案例', '2)乙评价案例', '六、推荐单位意见'])]),
    ).toEqual(['甲课堂案例', '乙评价案例']);
  });

  it('skips the banner a table repeats at the top of the next page', () => {
    const first = page([
      '某某项目登记表（续页时本行重复）',
      '一、基本信息',
      '五、已形成的典型案例',
    ]);
    const second = page(['某某项目登记表（续页时本行重复）', '1)甲课堂案例；2)乙评价案例'], 2);
    expect(read([first, second])).toEqual(['甲课堂案例', '乙评价案例']);
  });
});

describe('people joined by 和/及', () => {
  const reads = (t: string) => /^[\p{Script=Han}]{2,4}$/u.test(t);
  const split = (text: string) => splitLastItem({ text, at: 0 }, reads);

  it('splits only where both sides read as a person', () => {
    expect(split('张三和李四').items.map((i) => i.text)).toEqual(['张三', '李四']);
    // Surname 和: the conjunction is the second 和.
    expect(split('和平和李四').items.map((i) => i.text)).toEqual(['和平', '李四']);
    expect(split('王及第及赵六').items.map((i) => i.text)).toEqual(['王及第', '赵六']);
    // A name holding 和 or 及 alone is no list.
    expect(split('和平').items.map((i) => i.text)).toEqual(['和平']);
    expect(split('李和平').items.map((i) => i.text)).toEqual(['李和平']);
  });

  it('keeps an item whole and unsure where two splits read', () => {
    // 张三 | 平和李四 or 张三和平 | 李四.
    const r = split('张三和平和李四');
    expect(r.items.map((i) => i.text)).toEqual(['张三和平和李四']);
    expect(r.unsure).toBe(true);
  });

  it('reads an appointment naming a person surnamed 和', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts(
        [page(['联盟聘请和平（甲市教科院，教研员）和李四（乙县教研室，教研员）担任顾问。'])],
        {
          pack,
        },
      ),
    );
    expect(facts.advisors).toEqual([
      { name: '和平', unit: '甲市教科院', duty: '教研员' },
      { name: '李四', unit: '乙县教研室', duty: '教研员' },
    ]);
  });
});

describe('a post verb before a unit', () => {
  it('is no part of the unit', () => {
    expect(describePerson('张三', ['现任甲市第一中学教务主任', '高级教师']).person).toEqual({
      name: '张三',
      unit: '甲市第一中学',
      duty: '教务主任',
      title: '高级教师',
    });
  });
});
