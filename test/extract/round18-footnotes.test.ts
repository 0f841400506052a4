/**
 * Values given by reference to a note: the cell says "详见注释①" / "见注②" / "见文末注③" /
 * "详见页下注" and the value is the note's text, at the foot of the page or in a notes block
 * after the form (note-references.ts). The reference itself is never the value; a reference
 * whose note is not found gives none.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { documentNotes, noteFor, noteReference } from '../../lib/extract/note-references';
import type { Person } from '../../lib/facts/standard';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const NAME = '铁岭市智慧果园劳动教育实践共同体';
const LEAD = '铁岭市银州区红旗小学';
const SIGN = '申报单位（盖章）：            年   月   日';

function form(cells: [string, string][], notes: string[], later = false) {
  const top = [{ kind: 'table' as const, rows: cells }, SIGN];
  const block = ['注释：', ...notes];
  return later ? [page(top, 1), page(block, 2)] : [page([...top, ...block])];
}

describe('a reference to a note', () => {
  it('is recognised in its usual forms, and nothing else is', () => {
    expect(noteReference('详见注释①')).toEqual({ number: 1 });
    expect(noteReference('见注 ➁')).toEqual({ number: 2 });
    expect(noteReference('见文末注③')).toEqual({ number: 3 });
    expect(noteReference('见脚注1')).toEqual({ number: 1 });
    expect(noteReference('见注[4]')).toEqual({ number: 4 });
    expect(noteReference('（见注）')).toEqual({ number: undefined });
    expect(noteReference('详见页下注')).toEqual({ number: undefined });
    expect(noteReference('预见未来共同体')).toBeUndefined();
    expect(noteReference('见习教师发展中心')).toBeUndefined();
  });

  it('takes the text of the note a cell names from the notes block, with the note as evidence', () => {
    const facts = extractFacts(
      form(
        [
          ['项目名称', '详见注释①'],
          ['牵头单位', '见文末注②'],
          ['推荐单位', '铁岭市教育局'],
          ['开始实践时间', '见注③'],
        ],
        [`① ${NAME}`, `② ${LEAD}`, '③2020 年 09 月 01 日'],
      ),
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe(NAME);
    expect(facts.projectName?.evidence[0]?.quote.replace(/\s+/g, '')).toContain(NAME);
    expect(facts.leadUnit?.value).toBe(LEAD);
    expect(facts.practiceStart?.value).toBe('2020-09');
    expect(facts.recommendingBody?.value).toBe('铁岭市教育局');
  });

  it('finds notes on a later page and reads a note wrapped over lines to where the next starts', () => {
    const long = `${NAME}暨铁岭市银州区与开原市城乡学校智慧果园劳动教育协同实践共同体`;
    const facts = extractFacts(
      form(
        [
          ['项目名称', '见注❶'],
          ['牵头单位', '见注❷'],
        ],
        [`❶ ${long}`, `❷ ${LEAD}`],
        true,
      ),
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe(long);
    expect(facts.projectName?.evidence[0]?.page).toBe(2);
    expect(facts.leadUnit?.value).toBe(LEAD);
  });

  it('reads a footnote at the page foot, its number raised on a line of its own', () => {
    const foot = [item('1', 60, 84, 6), item(NAME, 64, 80, 8), item('1', 290, 30, 11)];
    const facts = extractFacts(
      [page([{ kind: 'table', rows: [['项目名称', '详见页下注']] }], 1, foot)],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe(NAME);
    expect(facts.projectName?.evidence[0]).toMatchObject({ page: 1 });
  });

  it('reads list items and a person’s unit given by reference', () => {
    const facts = extractFacts(
      [
        page([
          { kind: 'table', rows: [['项目名称', '见注①']] },
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '工作单位', '行政职务', '专业技术职称'],
              ['郁晓岚', LEAD, '教务主任', '高级教师'],
              ['冉明轩', '见文末注②', '德育主任', '一级教师'],
            ],
          },
          '已形成的典型案例',
          '1. 果园土壤墒情监测案例',
          '2. 见注③',
          SIGN,
          '注释：',
          `① ${NAME}`,
          '② 开原市八宝镇中心小学',
          '③ 苹果花期无人机授粉观察案例',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe(NAME);
    const members = facts.coreMembers?.value as Person[] | undefined;
    expect(members?.find((p) => p.name === '冉明轩')?.unit).toBe('开原市八宝镇中心小学');
    expect(facts.existingCases?.value).toEqual([
      '果园土壤墒情监测案例',
      '苹果花期无人机授粉观察案例',
    ]);
  });

  it('proposes nothing for a reference whose note is not there, and doubts a list missing one', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['项目名称', '详见注释⑦'],
              ['牵头单位', LEAD],
            ],
          },
          '已形成的典型案例',
          '1. 果园土壤墒情监测案例',
          '2. 见注⑧',
          '3. 苹果花期无人机授粉观察案例',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName).toBeUndefined();
    expect(facts.leadUnit?.value).toBe(LEAD);
    const cases = facts.existingCases;
    expect(JSON.stringify(cases?.value ?? [])).not.toContain('见注');
    if (cases) expect(isUncertain(cases)).toBe(true);
  });

  it('gives no value from a note that refers to itself or on to another', () => {
    const facts = extractFacts(
      form(
        [
          ['项目名称', '见注①'],
          ['牵头单位', '见注②'],
        ],
        ['① 见注①', '② 详见注释①'],
      ),
      { pack: liaoning },
    );
    expect(facts.projectName).toBeUndefined();
    expect(facts.leadUnit).toBeUndefined();
  });
});

describe('hostile pages', () => {
  it('reads pages of thousands of marks and a 300,000-character line in bounded time', () => {
    const marks = Array.from({ length: 2000 }, (_, i) => `${'①②③④⑤⑥⑦⑧⑨⑩'[i % 10]} 见注①`);
    const pages = [
      page([{ kind: 'table', rows: [['项目名称', '见注①']] }, '注释：', ...marks.slice(0, 100)], 1),
      page(['注释：', ...marks], 2),
      page(['注释：'], 3, [item(`①${'①见注①'.repeat(75_000)}`, 56, 700)]),
    ];
    const doc = new DocumentLayout(pages);
    const started = cpuNow();
    expect(documentNotes(doc).length).toBeGreaterThan(0);
    // Every note ① says "见注①": a note referring to itself gives no value.
    expect(noteFor(doc, '见注①', [1])).toBeNull();
    expect(cpuNow() - started).toBeLessThan(5_000);
    const facts = extractFacts(pages, { pack: liaoning });
    expect(JSON.stringify(facts.projectName?.value ?? '')).not.toContain('见注');
  }, 120_000);
});
