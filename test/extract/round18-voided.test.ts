/**
 * A form filled twice in one PDF, the earlier copy voided: a 初稿 page stamped 作废 (a big
 * rotated word, dropped as a watermark), or noted "此页作废" / "（此页为初次填写的初稿，已作废，
 * 以后附正式稿为准）", then the final copy (正式稿 / 定稿). The voided copy's values are not read;
 * the word 初稿 in prose, or a rule "否则作废", voids nothing.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { withoutVoidedCopies } from '../../lib/pdf/structure/voided';
import type { PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

/** A big red stamp set at a slant across the page (a watermark to the layout). */
function stamp(text: string, degrees = -24, size = 96): TextItem {
  const r = (degrees * Math.PI) / 180;
  const c = Math.cos(r) * size;
  const s = Math.sin(r) * size;
  return { ...item(text, 150, 400, size), transform: [c, s, -s, c, 150, 400] };
}

const form = (name: string, unit: string) => [
  {
    kind: 'table' as const,
    rows: [
      ['共同体名称', name],
      ['主持单位', unit],
    ],
    widths: [0.3, 0.7],
  },
];

const draftName = '（暂定名）锦州市作业学情诊联盟（筹）';
const finalName = '锦州市作业学情诊断评价共同体';

function read(pages: PageText[]) {
  const facts = extractFacts(pages, { pack: liaoning });
  return { name: facts.projectName?.value, unit: facts.leadUnit?.value, facts };
}

describe('a voided copy before the final form', () => {
  it('leaves out a page stamped 作废 and reads the final copy', () => {
    const draft = page(
      ['教育信息化教学应用实践共同体项目推荐表（初稿）', ...form(draftName, '锦州市第八中学')],
      1,
      [stamp('作废')],
    );
    const final = page(
      [
        '正式稿',
        '教育信息化教学应用实践共同体项目推荐表',
        ...form(finalName, '锦州市第二十七初级中学'),
      ],
      2,
    );
    expect(draft.stamp).toBe('作废');
    const { name, unit, facts } = read([draft, final]);
    expect(name).toBe(finalName);
    expect(unit).toBe('锦州市第二十七初级中学');
    expect(facts.projectName?.evidence?.[0]?.page).toBe(2);
  });

  it('reads the stamp set one character at a time (作 … 废, 此稿作废)', () => {
    const draft = page([...form(draftName, '锦州市第八中学')], 1, [stamp('作'), stamp('废', -30)]);
    const final = page([...form(finalName, '锦州市第二十七初级中学')], 2);
    expect(read([draft, final]).name).toBe(finalName);
    const other = page([...form(draftName, '锦州市第八中学')], 1, [stamp('此稿作废')]);
    expect(read([other, final]).name).toBe(finalName);
  });

  it('leaves out a draft of two pages: the title marked 初稿, the note at its end', () => {
    const p1 = page(
      ['教育信息化教学应用实践共同体项目推荐表（初稿）', ...form(draftName, '锦州市第八中学')],
      1,
    );
    const p2 = page(
      [
        { kind: 'table', rows: [['推荐单位', '锦州市教育局']], widths: [0.3, 0.7] },
        '（此页为首次填写的初稿，信息有误，已作废，以后附正式稿为准）',
      ],
      2,
    );
    const p3 = page(['定稿', ...form(finalName, '锦州市第二十七初级中学')], 3);
    const kept = withoutVoidedCopies([p1, p2, p3]);
    expect(kept[0]!.lines).toHaveLength(0);
    expect(kept[1]!.lines).toHaveLength(0);
    expect(kept[2]!.lines.length).toBe(p3.lines.length);
    expect(read([p1, p2, p3]).name).toBe(finalName);
  });

  it('keeps the final copy below "以上作废，以下为正式填报内容" on the same page', () => {
    const p = page([
      ...form(draftName, '锦州市第八中学'),
      '以上作废，以下为正式填报内容',
      ...form(finalName, '锦州市第二十七初级中学'),
    ]);
    expect(read([p]).name).toBe(finalName);
  });

  it('a short note "此页作废" voids its page alone', () => {
    const p1 = page(['此页作废', ...form(draftName, '锦州市第八中学')], 1);
    const p2 = page([...form(finalName, '锦州市第二十七初级中学')], 2);
    expect(read([p1, p2]).name).toBe(finalName);
  });
});

describe('what voids nothing', () => {
  it('初稿 in prose, a title marked 初稿 with no mark, a rule "否则作废"', () => {
    const p1 = page([
      '教育信息化教学应用实践共同体项目推荐表（初稿）',
      ...form(finalName, '锦州市第二十七初级中学'),
      '本表须加盖推荐单位公章，否则作废。',
      '共同体已完成研究报告初稿，此稿经专家论证后修改。',
    ]);
    const p2 = page(['逾期报送的材料一律作废', '本表复印作废', '涂改作废', '典型案例数量 8个'], 2);
    expect(withoutVoidedCopies([p1, p2])).toEqual([p1, p2]);
    expect(read([p1, p2]).name).toBe(finalName);
  });

  it('a long note with no second sign (no stamp, no draft title, no final copy) voids nothing', () => {
    const p1 = page([...form(finalName, '锦州市第二十七初级中学')], 1);
    const p2 = page(['（说明：此表的上一版本因信息有误已作废，请以本表为准）'], 2);
    expect(read([p1, p2]).name).toBe(finalName);
  });

  it('a document stamped 作废 on every page is read whole', () => {
    const p1 = page([...form(finalName, '锦州市第二十七初级中学')], 1, [stamp('作废')]);
    const p2 = page(['典型案例数量 8个'], 2, [stamp('作废')]);
    expect(withoutVoidedCopies([p1, p2])).toEqual([p1, p2]);
    expect(read([p1, p2]).name).toBe(finalName);
  });

  it('a watermark that is no void stamp (样稿, 复印件作废) leaves the page', () => {
    const p1 = page([...form(finalName, '锦州市第二十七初级中学')], 1, [stamp('样稿')]);
    expect(p1.stamp).toBe('样稿');
    expect(withoutVoidedCopies([p1])).toEqual([p1]);
    const p2 = page([...form(finalName, '锦州市第二十七初级中学')], 1, [stamp('复印件作废')]);
    const p3 = page(['典型案例数量 8个'], 2);
    expect(withoutVoidedCopies([p2, p3])).toEqual([p2, p3]);
  });
});

/** A page of hand-made lines (free text, one cell each): no layout run, any size. */
function rawPage(number: number, lines: string[], stamp?: string): PageText {
  let text = '';
  const out: PageText['lines'] = [];
  lines.forEach((l, i) => {
    const start = text.length;
    text += `${l}\n`;
    const rect: [number, number, number, number] = [56, 780 - i * 16, 540, 791 - i * 16];
    out.push({
      start,
      end: start + l.length,
      top: rect[3],
      bottom: rect[1],
      size: 11,
      table: -1,
      cells: [{ start, end: start + l.length, rect, ruled: false, table: -1 }],
    });
  });
  return {
    page: number,
    view: [0, 0, 595, 842],
    rotation: 0,
    source: text,
    text,
    toSource: new Uint32Array(text.length + 1),
    items: [],
    lines: out,
    hasText: true,
    ...(stamp ? { stamp } : {}),
  };
}

describe('hostile input', () => {
  it('a 300,000-character line and thousands of marks end quickly', () => {
    const long = `此页${'作'.repeat(150_000)}作废${'废'.repeat(150_000)}`;
    const many = Array.from({ length: 30_000 }, (_, i) => (i % 2 ? '此页作废' : '正式稿'));
    const p1 = rawPage(1, [long, '共同体名称 锦州市作业学情诊断评价共同体']);
    const p2 = rawPage(2, many, '作废');
    const p3 = rawPage(3, ['（此页为初稿，已作废，以后附正式稿为准）']);
    const started = cpuNow();
    const kept = withoutVoidedCopies([p1, p2, p3, p1, p2]);
    expect(cpuNow() - started).toBeLessThan(3000);
    // The long line is no note: the first page is read as it is.
    expect(kept[0]!.lines.length).toBe(p1.lines.length);
    expect(kept[2]!.lines).toHaveLength(0);
  });

  it('a stamp tiled over the page is cut short', () => {
    const p = page(['典型案例数量 8个'], 1, [stamp('作废'.repeat(5_000))]);
    expect(p.stamp!.length).toBeLessThanOrEqual(40);
  });
});
