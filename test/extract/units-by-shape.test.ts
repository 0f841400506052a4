/**
 * Member units found by the shape of their entries when no label of the fact names the list
 * (readers/units-by-shape.ts, the pack's `hints.nameEndings`): a column or numbered list of two
 * or more names of schools, proposed for checking with the doubt `unitsByShape`; a team's
 * schools, addresses, a sentence naming schools and a lone lead unit are not the list.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const names = (v: unknown) => ((v ?? []) as { name: string }[]).map((u) => u.name);

const HEAD = ['项目名称：信息化教学应用实践共同体', '牵头单位：甲市第一中学'];

describe('member units by their shape', () => {
  it('reads a table of schools under a heading no label names, for checking', () => {
    const facts = extractFacts(
      [
        page([
          ...HEAD,
          '协作校一览',
          {
            kind: 'table',
            rows: [
              ['序号', '校名', '学段'],
              ['1', '甲市第二中学', '初中'],
              ['2', '乙县实验小学', '小学'],
              ['3', '丙区教师发展中心', '教研机构'],
            ],
            widths: [0.15, 0.55, 0.3],
          },
        ]),
      ],
      { pack: liaoning },
    );
    const units = facts.memberUnits;
    expect(names(units?.value)).toEqual(['甲市第二中学', '乙县实验小学', '丙区教师发展中心']);
    expect(units?.value).toContainEqual({ name: '甲市第二中学', type: '初中' });
    expect(units?.confidence).toBeLessThan(0.6);
    expect(units?.doubts).toContain('unitsByShape');
  });

  it('reads numbered lines of schools, leaving out the lead unit', () => {
    const facts = extractFacts(
      [page([...HEAD, '协作校：', '1. 甲市第一中学', '2. 乙县实验小学', '3. 丙市第三中学'])],
      { pack: liaoning },
    );
    expect(names(facts.memberUnits?.value)).toEqual(['乙县实验小学', '丙市第三中学']);
    expect(facts.memberUnits?.doubts).toContain('unitsByShape');
  });

  it('leaves the labelled reading as it was', () => {
    const facts = extractFacts(
      [page([...HEAD, '主要成员单位：乙县实验小学、丙市第三中学，共2所。'])],
      { pack: liaoning },
    );
    expect(names(facts.memberUnits?.value)).toEqual(['乙县实验小学', '丙市第三中学']);
    expect(facts.memberUnits?.doubts ?? []).not.toContain('unitsByShape');
  });

  it('does not take a table of people for the list, their schools though distinct', () => {
    const facts = extractFacts(
      [
        page([
          ...HEAD,
          '团队',
          {
            kind: 'table',
            rows: [
              ['姓名', '职称', '工作单位'],
              ['张伟', '高级教师', '甲市第二中学'],
              ['李娜', '一级教师', '乙县实验小学'],
              ['王芳', '二级教师', '丙市第三中学'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits).toBeUndefined();
  });

  it('does not take a list of addresses', () => {
    const facts = extractFacts(
      [
        page([
          ...HEAD,
          '联系地址',
          '1. 甲市乙区人民路12号甲市第二中学',
          '2. 乙县城关镇解放街8号乙县实验小学',
          { kind: 'table', rows: [['通讯地址'], ['甲市人民路12号'], ['乙县解放街8号']] },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits).toBeUndefined();
  });

  it('does not take schools named in a paragraph', () => {
    const facts = extractFacts(
      [
        page([
          ...HEAD,
          '我校与甲市第二中学、乙县实验小学开展了长期合作。',
          '近年来，丙市第三中学、丁区第四小学多次来校交流。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits).toBeUndefined();
  });

  it('does not take a lone lead unit and the recommending body for a list', () => {
    const facts = extractFacts(
      [
        page([
          '项目名称：信息化教学应用实践共同体',
          {
            kind: 'table',
            rows: [
              ['牵头单位', '甲市第一中学'],
              ['推荐单位', '甲市教育局'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits).toBeUndefined();
  });

  it('reads a line of 300,000 characters of school names in bounded time', () => {
    const line = '甲市第一中学、'.repeat(300_000 / 7);
    const items = ['协作校：', line].map((text, k) => item(text, 56, 780 - k * 18));
    const started = cpuNow();
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
      pack: liaoning,
    });
    expect(cpuNow() - started).toBeLessThan(10_000);
    expect(facts.memberUnits?.doubts ?? []).not.toContain('unitsByShape');
  }, 60_000);
});
