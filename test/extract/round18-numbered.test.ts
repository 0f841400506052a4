/**
 * Round 18 (held-out v18 as a development set): forms written as questions and answers, and
 * forms made of one numbered list. A field's label followed by a prompt to answer
 * ("1. 工作室名称：请作答。") has its value in the answer under it ("回答：…", "答：…", "A：…"),
 * never the prompt; a word processor's list number drawn a tab stop before its item
 * ("2.⇥类别：○甲 ●乙 …") belongs to the item, so the list is no borderless table whose first
 * column holds numbers; a record's field label may carry a note in brackets before its colon
 * ("职称（职级）：高级教师").
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Person } from '../../lib/facts/standard';
import type { LayoutItem } from '../../lib/pdf/layout';
import { withListNumberJoined } from '../../lib/pdf/list-labels';
import { isAnswerPrompt } from '../../lib/pdf/structure/answers';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

const SIZE = 11;
const LEFT = 62;

/** A line of runs, each at its x (undefined: right after the previous one); `gap` ems below. */
type Line = { runs: (string | [string, number])[]; gap?: number };

const line = (...runs: (string | [string, number])[]): Line => ({ runs });
/** A paragraph's first line after a paragraph's spacing (a blank line in pdftotext). */
const para = (...runs: (string | [string, number])[]): Line => ({ runs, gap: 2.4 });

function runsPage(lines: Line[]): PageText {
  const items: TextItem[] = [];
  let y = 780;
  for (const l of lines) {
    y -= SIZE * (l.gap ?? 1.3);
    let x = LEFT;
    for (const piece of l.runs) {
      const [text, at] = typeof piece === 'string' ? [piece, x] : piece;
      const it = item(text, at, y);
      items.push(it);
      x = at + it.width;
    }
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

const people = (v: unknown) => v as Person[];

/** A run as the layout sees it: x and y of its start, one em a character. */
function run(str: string, x: number, y: number): LayoutItem {
  const width = Array.from(str).length * SIZE;
  return { str, rect: [x, y, x + width, y + SIZE], baseline: y, size: SIZE, vertical: false };
}

describe('questions and answers', () => {
  it('reads the answer under a question whose value is a prompt, never the prompt', () => {
    const facts = extractFacts(
      [
        runsPage([
          para('1. 工作室名称：请作答。'),
          para('回答：甲市物理学某某名师网络工作室'),
          para('2. 主持人任职学校：请作答。'),
          para('答：甲市第九中学'),
          para('3. 推荐单位（盖章）：请作答。'),
          para('A：甲市乙区教育局'),
          para('6. 开展网络研修起始时间：请作答。'),
          para('回答：2019 年 05 月 01 日'),
          para('12. 每年开设网络课程：请作答。'),
          para('回答：拾贰节'),
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.projectName?.value).toBe('甲市物理学某某名师网络工作室');
    expect(facts.leadUnit?.value).toBe('甲市第九中学');
    expect(facts.recommendingBody?.value).toBe('甲市乙区教育局');
    expect(facts.establishedOn?.value).toBe('2019-05');
    expect(facts.onlineCourses?.value).toBe(12);
  });

  it('proposes nothing for a question left unanswered, nor the next question as its answer', () => {
    const facts = extractFacts(
      [
        runsPage([
          para('1. 联盟名称：请作答。'),
          para('2. 推选单位：请作答。'),
          para('回答：'),
          para('3. 所在单位：请回答。'),
          para('答：甲县第一中学'),
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.projectName).toBeUndefined();
    expect(facts.recommendingBody).toBeUndefined();
    expect(facts.leadUnit?.value).toBe('甲县第一中学');
  });

  it('joins an answer wrapped onto the next line of its paragraph', () => {
    const facts = extractFacts(
      [
        runsPage([
          para('1. 共同体名称：请作答。'),
          para(
            '回答：甲市面向乡村小规模学校的心理健康数字化专递课堂常态化开课与教学质量监测及评价',
          ),
          line('提升示范共同体'),
          para('2. 牵头单位：请作答。'),
          para('回答：乙县实验小学'),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe(
      '甲市面向乡村小规模学校的心理健康数字化专递课堂常态化开课与教学质量监测及评价提升示范共同体',
    );
    expect(facts.leadUnit?.value).toBe('乙县实验小学');
  });
});

describe('lists and people answered under their questions', () => {
  it('reads a ticked option, a list of cases and a list of schools from their answers', () => {
    const facts = extractFacts(
      [
        runsPage([
          para('问题 2：请填写类别。'),
          para('回答：◉智慧德育 ○智慧体育 ○智慧劳动教育 ○智慧美育 ○智慧评价'),
          para('问题 10：已形成的典型案例有哪些？'),
          para('回答：①数学作业错因归类讲评案例；②剪纸纹样建模打印案例。'),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category?.value).toBe('智慧德育');
    expect(facts.existingCases?.value).toEqual([
      '数学作业错因归类讲评案例',
      '剪纸纹样建模打印案例',
    ]);
    const studio = extractFacts(
      [
        runsPage([
          para('1. 工作室名称：请作答。'),
          para('回答：甲市生物学某某名师网络工作室'),
          para('10. 成员学校有哪些？'),
          para('回答：①甲市第十九中学；②乙区滨江小学；③丙县第三中学。'),
        ]),
      ],
      { pack: mingshi },
    );
    expect(studio.memberSchools?.value).toEqual([
      { name: '甲市第十九中学' },
      { name: '乙区滨江小学' },
      { name: '丙县第三中学' },
    ]);
  });

  it('reads people cards after an answer lead-in, under a question naming their role', () => {
    const facts = extractFacts(
      [
        runsPage([
          para('7. 请列出顾问的情况（共 2 项）。'),
          para(
            'A：（1）姓名：吴某萍；学科：信息技术；职务：校长；职称：正高级教师；所在单位：甲市第一中学',
          ),
          para(
            '  （2）姓名：褚某强；学科：信息技术；职务：教授；职称：教授；所在单位：甲市职业技术学院',
          ),
          para('8. 请列出辅导员的情况（共 1 项）。'),
          para(
            'A：（1）姓名：濮阳某行；学科：信息科技；职务：教研员；职称：高级教师；所在单位：甲县电教站',
          ),
        ]),
      ],
      { pack: yueyang },
    );
    expect(people(facts.advisors?.value).map((p) => p.name)).toEqual(['吴某萍', '褚某强']);
    expect(people(facts.advisors?.value)[1]?.unit).toBe('甲市职业技术学院');
    expect(people(facts.counselors?.value).map((p) => p.title)).toEqual(['高级教师']);
  });

  it('reads each role from a card whose first field is its role, in one list of everyone', () => {
    const facts = extractFacts(
      [
        runsPage([
          para(['6.', 84], ['网络教研联盟人员（共 3 人/个）：', 108]),
          para(
            ['a.', 120],
            [
              '角色：主持人；姓名：潘某瑶；职务：信息技术主任；职称：高级教师；所在单位：甲区金鹗小学',
              144,
            ],
          ),
          line(
            ['b.', 120],
            [
              '角色：顾问；姓名：陈某行；职务：科长；职称：高级教师；所在单位：甲市职业技术学院',
              144,
            ],
          ),
          line(
            ['c.', 120],
            [
              '角色：核心成员；姓名：伏某群；职务：教师；职称：高级教师；所在单位：甲区金鹗小学',
              144,
            ],
          ),
        ]),
      ],
      { pack: yueyang },
    );
    expect(people(facts.host?.value).map((p) => p.name)).toEqual(['潘某瑶']);
    expect(people(facts.advisors?.value).map((p) => p.name)).toEqual(['陈某行']);
    expect(people(facts.coreMembers?.value).map((p) => p.name)).toEqual(['伏某群']);
  });
});

describe('a form made of one numbered list', () => {
  it('keeps a list number drawn a tab stop before its item with the item, beside a line of options', () => {
    const num = (n: string, ...rest: (string | [string, number])[]) =>
      para(
        [n, 84],
        ...(rest.length > 0 && typeof rest[0] === 'string'
          ? [[rest[0], 108] as [string, number], ...rest.slice(1)]
          : rest),
      );
    const facts = extractFacts(
      [
        runsPage([
          num('1.', '项目名称：甲市运动负荷监测体育共同体'),
          num(
            '2.',
            '类别：〇智慧德育 ●智慧体育 〇智慧劳动教育',
            ['〇智慧美育', 382],
            ['〇智慧评价', 454],
            ['〇', 526],
          ),
          line(['其他（____）', 108]),
          num('3.', '应用方向：智能手环运动负荷监测'),
          num('4.', '牵头单位：乙县某某镇中心小学'),
          num('5.', '推荐单位：甲市教育局'),
          num('6.', '实践起始时间：2018 年 09 月 01 日'),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市运动负荷监测体育共同体');
    expect(facts.leadUnit?.value).toBe('乙县某某镇中心小学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2018-09');
  });

  it('reads a record field whose label carries a note in brackets before its colon', () => {
    const facts = extractFacts(
      [
        runsPage([
          para(['9.', 84], ['核心成员（共 2 人/个）：', 108]),
          para(
            ['(1)', 120],
            ['成员姓名：蔡某华；单位：甲县南江镇小学；学科：信息技术；职称（职', 144],
          ),
          line(['级）：二级教师', 156]),
          line(['(2)', 120], ['成员姓名：鞠某钊；单位：甲县余坪镇中学；学科：3D建模；职称', 144]),
          line(['（职级）：一级教师', 156]),
        ]),
      ],
      { pack: yueyang },
    );
    const members = people(facts.coreMembers?.value);
    expect(members.map((p) => p.name)).toEqual(['蔡某华', '鞠某钊']);
    expect(members.map((p) => p.title)).toEqual(['二级教师', '一级教师']);
    expect(members.map((p) => p.subject)).toEqual(['信息技术', '3D建模']);
  });
});

describe('a numbered sub-list of records', () => {
  it('reads a unit record by its own sub-labels, none of them leaking into the name', () => {
    const facts = extractFacts(
      [
        runsPage([
          para(['7.', 84], ['成员单位（共 3 人/个）：', 108]),
          para(['(1)', 120], ['成员单位名称：甲市大营镇中学；学校类型：初中', 144]),
          line(['(2)', 120], ['成员单位名称：甲市三涧堡小学；学校类型：小学', 144]),
          line(['(3)', 120], ['成员单位名称：甲市第八十中学；学校类型：完全中学', 144]),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市大营镇中学', type: '初中' },
      { name: '甲市三涧堡小学', type: '小学' },
      { name: '甲市第八十中学', type: '完全中学' },
    ]);
  });
});

describe('hostile input', () => {
  it('reads a 300,000-character answer and a list line of 300,000 characters without hanging', () => {
    const long = '某'.repeat(300_000);
    const page = runsPage([
      para('1. 项目名称：请作答。'),
      para(`回答：${long}`),
      para(['2.', 84], [`牵头单位：${long}`, 108], ['〇甲', 400]),
      para(['3.', 84], ['推荐单位：甲市教育局', 108]),
    ]);
    const started = cpuNow();
    const facts = extractFacts([page], { pack: liaoning });
    // The readers take seconds on such a page before this round's rules too (5 s on a quiet
    // machine): the bound is that it ends, not a speed figure.
    expect(cpuNow() - started).toBeLessThan(40_000);
    // No paragraph of a page's length is a field's answer.
    expect(facts.projectName).toBeUndefined();
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  }, 60_000);

  it('tells a prompt and joins a list number in bounded time on hostile runs', () => {
    const started = cpuNow();
    expect(isAnswerPrompt(`请作答${'。'.repeat(300_000)}`)).toBe(false);
    expect(isAnswerPrompt('请作答。')).toBe(true);
    const items = [run('1.', 84, 700), run(`${'名'.repeat(300_000)}：甲`, 108, 700)];
    expect(withListNumberJoined([[0], [1]], items)).toEqual([[0], [1]]);
    const field = [run('(2)', 84, 700), run(`单位：${'甲'.repeat(300_000)}`, 108, 700)];
    expect(withListNumberJoined([[0], [1]], field)).toEqual([[0, 1]]);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});
