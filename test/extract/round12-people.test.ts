/**
 * Layout classes of extraction round 12, people lists: records one to a line with their fields
 * set apart by ｜ under a header line of the fields' labels (a slide's rows, continued under
 * "（续）"), a name with its fields in brackets on the branches of a tree, a table on its side
 * (a person to a column), cards headed by the name, labels in traditional characters, and a
 * card whose fields run together with no space between them. Every case is a small made-up page
 * stating the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { withoutHeaderRows } from '../../lib/extract/readers/people';
import { parseCard } from '../../lib/extract/readers/person-cards';
import type { Person } from '../../lib/facts/standard';
import { simplified } from '../../lib/pdf/hant';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const names = (v: unknown) => (v as Person[]).map((p) => p.name);

describe('records set apart by ｜ under a header of field labels', () => {
  it('reads each line as a person, the role continued under its "（续）" line', () => {
    const facts = extractFacts(
      [
        page([
          '主要成员',
          '［姓名 ｜ 所在单位 ｜ 职务 ｜ 职称］',
          '叶文博 ｜ 甲市红旗小学 ｜ 年级组长 ｜ 高级教师',
          '白佳琪 ｜ 乙市第七高级中学 ｜ 备课组长 ｜ 一级教师',
          '主要成员（续）',
          '［姓名 ｜ 所在单位 ｜ 职务 ｜ 职称］',
          '史梓萱 ｜ 丙市朝阳街小学 ｜ 校长 ｜ 高级教师',
          '已形成的典型案例',
        ]),
      ],
      { pack: liaoning },
    );
    const members = facts.coreMembers!;
    expect(names(members.value)).toEqual(['叶文博', '白佳琪', '史梓萱']);
    expect((members.value as Person[])[2]).toEqual({
      name: '史梓萱',
      unit: '丙市朝阳街小学',
      duty: '校长',
      title: '高级教师',
    });
    expect(isUncertain(members)).toBe(false);
  });
});

describe('a name with its fields in brackets on the branches of a tree', () => {
  it('reads the root with its own role and the branches under their role', () => {
    const facts = extractFacts(
      [
        page([
          '◆ 组织架构',
          '项目负责人 沈丽娟（甲市第二实验学校，副校长，正高级教师，13771234888）',
          '└─ 主要成员（2人）',
          '├─ 蔡卫东（甲市第二实验学校，高级教师，17787463465）',
          '└─ 任凤英（乙市胜利小学，一级教师，13907631709）',
          '◆ 参与单位',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([
      {
        name: '沈丽娟',
        unit: '甲市第二实验学校',
        duty: '副校长',
        title: '正高级教师',
        phone: '13771234888',
      },
    ]);
    expect(names(facts.coreMembers?.value)).toEqual(['蔡卫东', '任凤英']);
    expect((facts.coreMembers!.value as Person[])[1]!.unit).toBe('乙市胜利小学');
  });
});

describe('a record whose closing bracket a scan lost', () => {
  it('is read as closed: the records after it are read, and the list is unsure', () => {
    const branch = (name: string, school: string, phone: string, close = '）') =>
      `├─ ${name}（${school}，高级教师，${phone}${close}`;
    const facts = extractFacts(
      [
        page([
          '◆ 组织架构',
          '项目负责人 沈丽娟（甲市第二实验学校，副校长，正高级教师，13771234888）',
          '└─ 主要成员（7人）',
          branch('蔡卫东', '甲市第二实验学校', '17787463465', ''),
          branch('任凤英', '乙市胜利小学', '13907631709'),
          branch('王建国', '丙市实验中学', '13907631701'),
          branch('李晓梅', '丁市第一小学', '13907631702'),
          branch('赵志刚', '戊市育才学校', '13907631703'),
          branch('孙丽华', '己市东方红小学', '13907631704'),
          branch('周明远', '庚市第三中学', '13907631705'),
          '◆ 参与单位',
        ]),
      ],
      { pack: liaoning },
    );
    const members = facts.coreMembers!;
    // The lost bracket neither took the next records with it nor ended the list.
    expect(names(members.value)).toEqual([
      '蔡卫东',
      '任凤英',
      '王建国',
      '李晓梅',
      '赵志刚',
      '孙丽华',
      '周明远',
    ]);
    expect(isUncertain(members)).toBe(true);
  });
});

describe('a table on its side, a person to a column', () => {
  it('reads the fields of each column under its name', () => {
    const facts = extractFacts(
      [
        page([
          '二、人员与单位（按列填写）',
          {
            kind: 'table',
            rows: [
              ['主要成员', '第1人', '第2人'],
              ['姓名', '康成刚', '谢立新'],
              ['职称', '高级教师', '一级教师'],
              ['所在单位', '甲市第一中学', '乙县实验小学'],
            ],
          },
          '三、已形成典型案例名称',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '康成刚', title: '高级教师', unit: '甲市第一中学' },
      { name: '谢立新', title: '一级教师', unit: '乙县实验小学' },
    ]);
  });
});

describe('cards headed by the name', () => {
  it('reads a card of labelled fields whose first words are the name', () => {
    const facts = extractFacts(
      [
        page([
          '核心成员（2人）',
          { kind: 'table', rows: [['徐新宇所在单位：甲市第七高级中学职称：二级教师']] },
          { kind: 'table', rows: [['彭梓萱所在单位：甲市光明小学职称：一级教师']] },
          '已形成典型案例名称',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '徐新宇', unit: '甲市第七高级中学', title: '二级教师' },
      { name: '彭梓萱', unit: '甲市光明小学', title: '一级教师' },
    ]);
  });

  it("gives a longer label's first characters back to the value they complete", () => {
    const card = parseCard('姓名：史一鸣学科/专长：信息技术职称：教授联系电话：13713681506');
    expect(card?.person).toEqual({
      name: '史一鸣',
      subject: '信息技术',
      title: '教授',
      phone: '13713681506',
    });
  });
});

describe('labels in traditional characters', () => {
  it('folds them character for character', () => {
    expect(simplified('所在單位／職稱／聯繫電話')).toBe('所在单位／职称／联系电话');
  });

  it('reads a team table whose headers and role are printed in traditional characters', () => {
    const facts = extractFacts(
      [
        page([
          '主要成員',
          {
            kind: 'table',
            rows: [
              ['序', '姓名', '所在單位', '職稱'],
              ['1', '胡军', '甲市海州区进修学校', '一级教师'],
              ['2', '马海燕', '甲市第四十三中学', '二级教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['胡军', '马海燕']);
    expect((facts.coreMembers!.value as Person[])[0]!.title).toBe('一级教师');
  });
});

describe("another table's header row read as a person", () => {
  it('is no record: its values are column labels', () => {
    const read = withoutHeaderRows({
      value: [
        { name: '白静怡', duty: '教学副校长', title: '正高级教师', unit: '甲市进修学校' },
        {
          name: '参与单位',
          duty: '单位名称',
          title: '单位名称',
          unit: '单位名称',
          phone: '学校类型',
        },
      ],
      evidence: [],
    });
    expect(names(read.value)).toEqual(['白静怡']);
  });
});
