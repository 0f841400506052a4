/**
 * Fillable forms: the values of AcroForm fields become page words inside the fields' boxes, ticks
 * of checkbox and radio fields become ☑/☐ (◉/○), a value the page content already shows is not
 * read twice, hostile values are cleaned and capped, and a real form filled in with pdf-lib is
 * read by the finders as a printed one is.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
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
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { builtinPack } from '../../lib/rubric';
import { item } from '../extract/pages';

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

/** A fillable form as an office makes one: labels and a header row printed, values in fields. */
async function fillableForm(): Promise<Uint8Array> {
  const labels =
    '辽宁省教学应用实践共同体推荐表项目名称类别智慧德育智慧体育牵头单位推荐单位主要成员单位序号';
  const values =
    '锦州市校际体育赛事直播共同体黑山县励家镇小学锦州市教育局凌海市双羊镇中学锦州市第八中学12';
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(subset(full, labels + values), { subset: false });
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  const draw = (s: string, x: number, y: number, size = 10) =>
    page.drawText(s, { x, y, size, font });
  draw('辽宁省教学应用实践共同体推荐表', 150, 790, 15);
  const field = (name: string, value: string, x: number, y: number, w: number, h = 20) => {
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x, y, width: w, height: h, font, borderColor: rgb(0, 0, 0) });
  };
  draw('项目名称', 50, 740);
  field('name', '锦州市校际体育赛事直播共同体', 170, 734, 376);
  draw('类别', 50, 712);
  for (const [i, option] of ['智慧德育', '智慧体育'].entries()) {
    const box = form.createCheckBox(`c${i}`);
    box.addToPage(page, { x: 170 + i * 58, y: 710, width: 11, height: 11 });
    if (i === 1) box.check();
    draw(option, 184 + i * 58, 712);
  }
  draw('牵头单位', 50, 684);
  field('lead', '黑山县励家镇小学', 170, 678, 376);
  draw('推荐单位', 50, 656);
  field('body', '锦州市教育局', 170, 650, 376);
  draw('主要成员单位', 50, 620);
  // The header row is printed with its borders; the rows below are the fields' boxes only.
  for (const [x0, x1, label] of [
    [50, 150, '序号'],
    [150, 546, '单位名称'],
  ] as const) {
    page.drawRectangle({
      x: x0,
      y: 590,
      width: x1 - x0,
      height: 20,
      borderWidth: 1,
      borderColor: rgb(0, 0, 0),
    });
    draw(label, x0 + 4, 596, 9);
  }
  for (const [r, unit] of ['凌海市双羊镇中学', '锦州市第八中学'].entries()) {
    field(`n${r}`, String(r + 1), 50, 570 - r * 20, 100);
    field(`u${r}`, unit, 150, 570 - r * 20, 396);
  }
  form.updateFieldAppearances(font);
  return doc.save();
}

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
