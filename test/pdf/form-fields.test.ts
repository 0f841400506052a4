import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import {
  cleanFieldValue,
  fieldRulings,
  fieldWords,
  MAX_FIELD_CHARS,
  MAX_PAGE_FIELD_CHARS,
  MAX_PAGE_WIDGETS,
} from '../../lib/pdf/form-fields';
import type { Rect } from '../../lib/pdf/layout';
import { openPdf } from '../../lib/pdf/open';
import { buildPageText, getDocumentText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item } from '../extract/pages';
import { fillableForm } from './fillable-form';

const VIEW: Rect = [0, 0, 595, 842];

/** Each line as its cells' text, ' | ' between cells. */
const lines = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)).join(' | '));

function text(rect: Rect, value: string, extra: Record<string, unknown> = {}) {
  return {
    subtype: 'Widget',
    fieldType: 'Tx',
    fieldValue: value,
    rect,
    defaultAppearanceData: { fontSize: 10 },
    ...extra,
  };
}

function checkbox(rect: Rect, on: boolean) {
  return {
    subtype: 'Widget',
    fieldType: 'Btn',
    checkBox: true,
    exportValue: 'Yes',
    fieldValue: on ? 'Yes' : 'Off',
    rect,
  };
}

describe('fieldWords', () => {
  it('counts widgets, not other annotations, against its cap', () => {
    const links = Array.from({ length: MAX_PAGE_WIDGETS + 5 }, () => ({
      subtype: 'Link',
      rect: [10, 10, 20, 20],
    }));
    const fields = fieldWords([...links, text([170, 734, 546, 754], '某市共同体')], VIEW);
    expect(fields.map((f) => f.value)).toEqual(['某市共同体']);
    const many = Array.from({ length: MAX_PAGE_WIDGETS + 5 }, (_, i) =>
      text([10, 10, 100, 30], `值${i}`),
    );
    expect(fieldWords(many, VIEW)).toHaveLength(MAX_PAGE_WIDGETS);
  });

  it('sets a text value inside its box and a checkbox as a mark where the box is', () => {
    const fields = fieldWords(
      [text([170, 734, 546, 754], '某市校际体育直播共同体'), checkbox([170, 710, 181, 721], true)],
      VIEW,
    );
    expect(fields.map((f) => f.items.map((i) => i.str))).toEqual([
      ['某市校际体育直播共同体'],
      ['☑'],
    ]);
    const [value, mark] = fields.map((f) => f.items[0]!);
    expect(value!.rect[0]).toBeGreaterThanOrEqual(170);
    expect(value!.rect[2]).toBeLessThanOrEqual(546);
    expect(value!.rect[1]).toBeGreaterThanOrEqual(734);
    expect(value!.rect[3]).toBeLessThanOrEqual(754);
    expect((mark!.rect[0] + mark!.rect[2]) / 2).toBeCloseTo(175.5);
  });

  it('reads unchecked boxes as ☐, radio buttons as ◉/○, and a choice by its shown text', () => {
    const radio = (value: string) => ({
      subtype: 'Widget',
      fieldType: 'Btn',
      radioButton: true,
      buttonValue: value,
      fieldValue: '初中',
      rect: [100, 100, 110, 110],
    });
    const choice = {
      subtype: 'Widget',
      fieldType: 'Ch',
      fieldValue: ['b'],
      options: [
        { exportValue: 'a', displayValue: '小学' },
        { exportValue: 'b', displayValue: '初中' },
      ],
      rect: [200, 100, 300, 120],
    };
    const words = fieldWords(
      [checkbox([10, 10, 20, 20], false), radio('小学'), radio('初中'), choice],
      VIEW,
    ).map((f) => f.items.map((i) => i.str).join(''));
    expect(words).toEqual(['☐', '○', '◉', '初中']);
  });

  it('wraps a multi-line value inside its box, shrinking the text until it fits', () => {
    const rect: Rect = [50, 100, 150, 140];
    const [field] = fieldWords(
      [text(rect, '岳阳市教育科学技术研究院信息中心二〇二〇年度工作总结', { multiLine: true })],
      VIEW,
    );
    expect(field!.items.length).toBeGreaterThan(1);
    for (const i of field!.items) {
      expect(i.rect[0]).toBeGreaterThanOrEqual(rect[0]);
      expect(i.rect[2]).toBeLessThanOrEqual(rect[2]);
      expect(i.rect[1]).toBeGreaterThanOrEqual(rect[1] - 0.01);
      expect(i.rect[3]).toBeLessThanOrEqual(rect[3] + 0.01);
    }
    expect(field!.items.map((i) => i.str).join('')).toBe(
      '岳阳市教育科学技术研究院信息中心二〇二〇年度工作总结',
    );
  });

  it('reads nothing from hidden, password, push-button, empty or off-page widgets', () => {
    const fields = fieldWords(
      [
        text([10, 10, 100, 30], '看不见', { hidden: true }),
        text([10, 40, 100, 60], 'secret', { password: true }),
        { subtype: 'Widget', fieldType: 'Btn', pushButton: true, rect: [10, 70, 50, 90] },
        text([10, 100, 100, 120], '   '),
        text([900, 900, 1000, 920], '页外'),
        text([10, 130, 10, 130], '无面积'),
        { subtype: 'Link', rect: [10, 150, 100, 170], fieldValue: '链接' },
        null,
        'junk',
        text([Number.NaN, 0, 10, 10] as unknown as Rect, 'NaN'),
      ],
      VIEW,
    );
    expect(fields).toEqual([]);
  });

  it('drops control and direction-override characters and caps values and the page', () => {
    expect(cleanFieldValue('张\u0000三\u202e\u200b 李四\u0007', false)).toBe('张三 李四');
    expect(cleanFieldValue('第一行\r\n第二行\u2028第三行', true)).toBe('第一行\n第二行\n第三行');
    expect(cleanFieldValue('第一行\n第二行', false)).toBe('第一行 第二行');
    expect(Array.from(cleanFieldValue('长'.repeat(100_000), true))).toHaveLength(MAX_FIELD_CHARS);
    const flood = Array.from({ length: 50 }, (_, i) =>
      text([10, 10 + i * 15, 500, 24 + i * 15], '长'.repeat(MAX_FIELD_CHARS), { multiLine: true }),
    );
    const total = fieldWords(flood, VIEW).reduce((n, f) => n + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_PAGE_FIELD_CHARS);
  });

  it('keeps the words of a widget with an absurd box on the page', () => {
    const words = fieldWords(
      [
        text([-1e308, 700, 1e308, 720], '甲市第一中学', { textAlignment: 1 }),
        checkbox([100, -1e308, 110, 1e308], true),
      ],
      VIEW,
    );
    expect(words.map((w) => w.value)).toEqual(['甲市第一中学', '☑']);
    for (const w of words) {
      for (const [x0, y0, x1, y1] of [w.rect, ...w.items.map((i) => i.rect)]) {
        expect(x0).toBeGreaterThanOrEqual(VIEW[0] - 20);
        expect(x1).toBeLessThanOrEqual(VIEW[2] + 20);
        expect(y0).toBeGreaterThanOrEqual(VIEW[1] - 20);
        expect(y1).toBeLessThanOrEqual(VIEW[3] + 20);
      }
    }
  });

  it('draws the borders of field boxes the page content does not draw', () => {
    const fields = fieldWords([text([50, 100, 150, 120], '张三')], VIEW);
    expect(fieldRulings(fields, [])).toHaveLength(4);
    const cell = [
      { horizontal: true, at: 98, from: 48, to: 152 },
      { horizontal: true, at: 122, from: 48, to: 152 },
      { horizontal: false, at: 48, from: 98, to: 122 },
      { horizontal: false, at: 152, from: 98, to: 122 },
    ];
    expect(fieldRulings(fields, cell)).toEqual([]);
  });
});

describe('page text with form fields', () => {
  it('reads a label and the value of the field beside it as one line', () => {
    const page = buildPageText(
      1,
      VIEW,
      0,
      [item('项目名称', 50, 740), item('类别', 50, 712), item('智慧德育', 184, 712)],
      [],
      {
        fields: fieldWords(
          [
            text([170, 734, 546, 754], '某市校际体育直播共同体'),
            checkbox([170, 710, 181, 721], true),
          ],
          VIEW,
        ),
      },
    );
    expect(lines(page)).toEqual(['项目名称 | 某市校际体育直播共同体', '类别 | ☑ 智慧德育']);
  });

  it('does not read twice a value the page content already shows in the box', () => {
    const fields = fieldWords([text([170, 734, 546, 754], '某市校际体育直播共同体')], VIEW);
    const shown = buildPageText(
      1,
      VIEW,
      0,
      [item('项目名称', 50, 740), item('某市校际体育直播共同体', 172, 740)],
      [],
      { fields },
    );
    expect(lines(shown)).toEqual(['项目名称 | 某市校际体育直播共同体']);
    // A clipped appearance flattened into the content gives way to the whole value.
    const clipped = buildPageText(
      1,
      VIEW,
      0,
      [item('项目名称', 50, 740), item('某市校际体育', 172, 740)],
      [],
      { fields },
    );
    expect(lines(clipped)).toEqual(['项目名称 | 某市校际体育直播共同体']);
  });

  it('lets a checkbox field replace the empty box printed or drawn under it', () => {
    const fields = fieldWords([checkbox([170, 710, 181, 721], true)], VIEW);
    const printed = buildPageText(
      1,
      VIEW,
      0,
      [item('□', 170, 712), item('智慧德育', 184, 712)],
      [],
      { fields },
    );
    expect(lines(printed)).toEqual(['☑ 智慧德育']);
    const drawn = buildPageText(1, VIEW, 0, [item('智慧德育', 184, 712)], [], {
      boxes: [{ rect: [170, 710, 181, 721], ticked: false, round: false }],
      fields,
    });
    expect(lines(drawn)).toEqual(['☑ 智慧德育']);
  });
});

describe('a fillable form filled in', () => {
  it('reads the values and ticks of its fields as the finders read a printed form', async () => {
    const bytes = await fillableForm();
    const pdf = await openPdf(bytes, { fileName: 'fillable.pdf' });
    try {
      const { pages } = await getDocumentText(pdf);
      const page = pages[0]!;
      expect(lines(page)).toContain('项目名称 | 锦州市校际体育赛事直播共同体');
      expect(lines(page)).toContain('类别 | ☐ 智慧德育 ☑ 智慧体育');
      // Field appearances are not page content: no boxes of theirs at the page's corner.
      expect(page.text).not.toMatch(/□/);
      const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
      expect(facts.projectName?.value).toBe('锦州市校际体育赛事直播共同体');
      expect(facts.leadUnit?.value).toBe('黑山县励家镇小学');
      expect(facts.recommendingBody?.value).toBe('锦州市教育局');
      expect(facts.category?.value).toBe('智慧体育');
      expect(facts.memberUnits?.value).toEqual([
        { name: '凌海市双羊镇中学' },
        { name: '锦州市第八中学' },
      ]);
    } finally {
      await pdf.close();
    }
  }, 60_000);
});
