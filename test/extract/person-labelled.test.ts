/**
 * People as key–value pairs, one person per role label (issue 11, round 8): the person on the
 * line under the label, wrapped around it, or beside it; fields apart by slashes or spaces.
 * Numbered labels that do not count from 1 without a gap leave the list uncertain.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { labelledPerson } from '../../lib/extract/readers/person-labelled';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const liaoning = builtinPack('liaoning-2022-community');
const certain = (c?: number) => (c ?? 1) >= 0.6;
const names = (v: unknown) => (v as { name: string }[] | undefined)?.map((p) => p.name);

function placed(runs: [number, number, string][]) {
  return buildPageText(
    1,
    [0, 0, 595, 842],
    0,
    runs.map(([x, y, t]) => item(t, x, y)),
    [],
  );
}

describe('one person from a value', () => {
  it('parts fields at slashes, keeping a subject with its speciality together', () => {
    expect(
      labelledPerson('张三/信息科技/人工智能/教师/高级教师/ 13800000001 /甲市第一中学'),
    ).toEqual({
      people: [
        {
          name: '张三',
          subject: '信息科技/人工智能',
          duty: '教师',
          title: '高级教师',
          phone: '13800000001',
          unit: '甲市第一中学',
        },
      ],
      unknown: 0,
    });
    expect(labelledPerson('李四/物理/App Inventor/教研组长/一级教师')?.people[0]?.subject).toBe(
      '物理/App Inventor',
    );
  });
  it('joins one speciality only: a third piece it cannot place leaves the person uncertain', () => {
    const read = labelledPerson('王五/物理/开源硬件/网管/二级教师/ 13800000002');
    expect(read?.people[0]?.subject).toBe('物理/开源硬件');
    expect(read?.unknown).toBeGreaterThan(0);
  });
});

describe('people under or around their role labels', () => {
  it('reads the person on the line under each label', () => {
    const facts = extractFacts(
      [
        placed([
          [63, 700, '主持人：'],
          [63, 680, '张三/数学/教研组长/一级教师/ 13800000001 /甲市第一小学'],
          [63, 650, '核心成员1：'],
          [63, 630, '李四/科学/教师/高级教师/ 13800000002 /甲市第二小学'],
          [63, 600, '核心成员2、'],
          [63, 580, '王五/数学/备课组长/二级教师/ 13800000003 /乙县实验小学'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.host?.value).toEqual([
      {
        name: '张三',
        subject: '数学',
        duty: '教研组长',
        title: '一级教师',
        phone: '13800000001',
        unit: '甲市第一小学',
      },
    ]);
    expect(names(facts.coreMembers?.value)).toEqual(['李四', '王五']);
    expect(certain(facts.coreMembers?.confidence)).toBe(true);
  });

  it('joins a value right of its label wrapped around it (line above, label, line below)', () => {
    const facts = extractFacts(
      [
        placed([
          [246, 700, '张三/物理/备课组长/一级教师/ 13800000001 /甲'],
          [65, 693, '核心成员1:'],
          [467, 686, '县高级中学'],
          [241, 665, '李四/信息科技/年级组长/高级教师/'],
          [65, 658, '核心成员2：'],
          [380, 651, '13800000002 /乙县实验中学'],
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.coreMembers?.value).toEqual([
      {
        name: '张三',
        subject: '物理',
        duty: '备课组长',
        title: '一级教师',
        phone: '13800000001',
        unit: '甲县高级中学',
      },
      {
        name: '李四',
        subject: '信息科技',
        duty: '年级组长',
        title: '高级教师',
        phone: '13800000002',
        unit: '乙县实验中学',
      },
    ]);
  });

  it('reads a person beside a marked label, spaces parting the fields', () => {
    const facts = extractFacts(
      [
        placed([
          [65, 700, '成员1：'],
          [320, 700, '张三   甲市乙区第一中学   二级教师'],
          [65, 680, '成员2：'],
          [320, 680, '李四   甲市丙区实验小学   一级教师'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '张三', unit: '甲市乙区第一中学', title: '二级教师' },
      { name: '李四', unit: '甲市丙区实验小学', title: '一级教师' },
    ]);
    expect(certain(facts.coreMembers?.confidence)).toBe(true);
  });

  it('proposes a numbered list read from 3 on as uncertain (labels 1 and 2 were not read)', () => {
    const facts = extractFacts(
      [
        placed([
          [65, 700, '成员3：'],
          [320, 700, '张三   甲市乙区第一中学   二级教师'],
          [65, 680, '成员4：'],
          [320, 680, '李四   甲市丙区实验小学   一级教师'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['张三', '李四']);
    expect(certain(facts.coreMembers?.confidence)).toBe(false);
  });
});
