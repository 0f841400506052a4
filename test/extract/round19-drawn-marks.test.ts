/**
 * Round 19 (held-out v19 as a development set), how text and marks are drawn: a choice ticked
 * with vector strokes only (a cross of two lines from corner to corner, a check mark, a filled
 * square or dot in a drawn box; no glyph), a value squeezed into a narrow cell by horizontal
 * scaling (Tz), a value spread over its cell by character spacing (Tc), and a people table
 * with nobody in it followed by a form's fields in a table of their own.
 */

import fontkit from '@pdf-lib/fontkit';
import {
  type PDFDocument as Doc,
  PDFDocument,
  type PDFFont,
  PDFName,
  type PDFPage,
  rgb,
  setCharacterSpacing,
  setCharacterSqueeze,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { boxesFromSides, type Side } from '../../lib/pdf/box-sides';
import { openPdf } from '../../lib/pdf/open';
import { type Box, tickedBoxes } from '../../lib/pdf/rulings';
import { getDocumentText, type PageText } from '../../lib/pdf/text';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { page as builtPage } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

/** Each line as its cells' text, ' | ' between cells. */
const lines = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)).join(' | '));

async function read(bytes: Uint8Array) {
  const pdf = await openPdf(bytes, { fileName: 'built.pdf' });
  try {
    return (await getDocumentText(pdf)).pages;
  } finally {
    await pdf.close();
  }
}

describe('tickedBoxes with strokes from corner to corner', () => {
  const box: Box = [190, 726.9, 197.6, 734.5];
  const ticked = (marks: Parameters<typeof tickedBoxes>[1]) =>
    tickedBoxes([{ rect: box, round: false }], marks)[0]!.ticked;

  it('ticks a box crossed by two slanting strokes that span it exactly', () => {
    expect(
      ticked([
        { box: [...box], slanted: true },
        { box: [...box], slanted: true },
      ]),
    ).toBe(true);
  });

  it('still leaves a box empty for its own background (a rectangle of its size)', () => {
    expect(ticked([{ box: [...box] }])).toBe(false);
    expect(ticked([[...box]])).toBe(false);
  });
});

/** A ruled form drawn by a program: rows of label | value, option boxes drawn as paths. */
class Form {
  y = 780;
  constructor(
    readonly page: PDFPage,
    readonly font: PDFFont,
  ) {}

  text(s: string, x: number, y: number, size = 9.5) {
    this.page.drawText(s, { x, y, size, font: this.font });
  }

  rule(x1: number, y1: number, x2: number, y2: number) {
    this.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.6 });
  }

  /** One row of cells; each cell draws its own content at (x, baseline). */
  row(widths: number[], draw: ((x: number, y: number, w: number) => void)[]) {
    const h = 19.5;
    const top = this.y;
    let x = 48;
    this.rule(48, top, 48 + widths.reduce((a, b) => a + b, 0), top);
    widths.forEach((w, i) => {
      this.rule(x, top, x, top - h);
      draw[i]?.(x + 3, top - 13, w);
      x += w;
    });
    this.rule(x, top, x, top - h);
    this.rule(48, top - h, x, top - h);
    this.y = top - h;
  }

  /** Option boxes, each ticked in its own way or left empty; drawn as rectangles or side by side. */
  options(x: number, y: number, options: [string, Tick | null][], bySides = false) {
    for (const [label, tick] of options) {
      const s = 7.6;
      if (bySides) {
        const [x0, y0, x1, y1] = [x, y - 1, x + s, y - 1 + s];
        this.rule(x0, y0, x1, y0);
        this.rule(x1, y0, x1, y1);
        this.rule(x1, y1, x0, y1);
        this.rule(x0, y1, x0, y0);
      } else {
        this.page.drawRectangle({
          x,
          y: y - 1,
          width: s,
          height: s,
          borderWidth: 0.6,
          borderColor: rgb(0, 0, 0),
        });
      }
      if (tick) drawTick(this.page, tick, x, y - 1, s);
      x += 9.5 + 2;
      this.text(label, x, y);
      x += this.font.widthOfTextAtSize(label, 9.5) + 9.5;
    }
  }
}

type Tick = 'cross' | 'check' | 'fill' | 'dot';

function drawTick(page: PDFPage, tick: Tick, x: number, y: number, s: number) {
  const K = rgb(0, 0, 0);
  if (tick === 'cross') {
    page.drawLine({ start: { x, y }, end: { x: x + s, y: y + s }, thickness: 1.2, color: K });
    page.drawLine({ start: { x, y: y + s }, end: { x: x + s, y }, thickness: 1.2, color: K });
  } else if (tick === 'check') {
    // An SVG path is drawn flipped (y down) under a matrix, as pdf-lib does.
    const H = page.getHeight();
    const d = `M ${x + s * 0.15} ${H - (y + s * 0.5)} L ${x + s * 0.42} ${H - (y + s * 0.15)} L ${x + s * 0.95} ${H - (y + s * 1.05)}`;
    page.drawSvgPath(d, { x: 0, y: H, borderColor: K, borderWidth: 1.2 });
  } else if (tick === 'fill') {
    page.drawRectangle({ x: x + 1.5, y: y + 1.5, width: s - 3, height: s - 3, color: K });
  } else {
    page.drawCircle({ x: x + s / 2, y: y + s / 2, size: s * 0.28, color: K });
  }
}

const CATEGORIES = ['智慧德育', '智慧体育', '智慧劳动教育', '智慧美育', '智慧评价'];
const OUTCOMES = ['信息化教学应用模式研究报告', '应用指南', '实践共同体社区'];

async function newForm(text: string): Promise<{ doc: Doc; form: Form }> {
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(subset(full, text), { subset: false });
  return { doc, form: new Form(doc.addPage([595, 842]), font) };
}

/** A Liaoning form whose category and outcomes are ticked with `tick`. */
async function tickedForm(tick: Tick): Promise<Uint8Array> {
  const { doc, form } = await newForm(
    `共同体名称沈阳市智慧体育实践共同体申报类别预期成果推荐部门沈阳市教育局${CATEGORIES.join('')}${OUTCOMES.join('')}`,
  );
  const w = [80, 419];
  form.row(w, [
    (x, y) => form.text('共同体名称', x, y),
    (x, y) => form.text('沈阳市智慧体育实践共同体', x, y),
  ]);
  form.row(w, [
    (x, y) => form.text('申报类别', x, y),
    (x, y) =>
      form.options(
        x,
        y,
        CATEGORIES.map((c) => [c, c === '智慧体育' ? tick : null]),
      ),
  ]);
  form.row(w, [
    (x, y) => form.text('预期成果', x, y),
    (x, y) =>
      form.options(
        x,
        y,
        OUTCOMES.map((o, i) => [o, i < 2 ? tick : null]),
      ),
  ]);
  form.row(w, [(x, y) => form.text('推荐部门', x, y), (x, y) => form.text('沈阳市教育局', x, y)]);
  return doc.save();
}

describe('choices ticked with vector paths only', () => {
  for (const tick of ['cross', 'check', 'fill', 'dot'] as Tick[]) {
    it(`reads the options ticked with a drawn ${tick} and no others`, async () => {
      const pages = await read(await tickedForm(tick));
      expect(lines(pages[0]!)).toContain(
        '申报类别 | □ 智慧德育 ☑ 智慧体育 □ 智慧劳动教育 □ 智慧美育 □ 智慧评价',
      );
      expect(lines(pages[0]!)).toContain(
        '预期成果 | ☑ 信息化教学应用模式研究报告 ☑ 应用指南 □ 实践共同体社区',
      );
      const facts = extractFacts(pages, { pack: liaoning });
      expect(facts.category?.value).toBe('智慧体育');
      expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
    }, 60_000);
  }

  it('reads no box as ticked when only the boxes are drawn', async () => {
    const { doc, form } = await newForm(`申报类别${CATEGORIES.join('')}`);
    form.row(
      [80, 419],
      [
        (x, y) => form.text('申报类别', x, y),
        (x, y) =>
          form.options(
            x,
            y,
            CATEGORIES.map((c) => [c, null]),
          ),
      ],
    );
    const pages = await read(await doc.save());
    expect(lines(pages[0]!)).toContain(
      '申报类别 | □ 智慧德育 □ 智慧体育 □ 智慧劳动教育 □ 智慧美育 □ 智慧评价',
    );
    expect(extractFacts(pages, { pack: liaoning }).category?.value).toBeUndefined();
  }, 60_000);
});

describe('boxes drawn as four strokes each', () => {
  it('reads them as checkboxes, ticked where a cross is drawn inside', async () => {
    const { doc, form } = await newForm(
      `申报类别预期成果${CATEGORIES.join('')}${OUTCOMES.join('')}`,
    );
    form.row(
      [80, 419],
      [
        (x, y) => form.text('申报类别', x, y),
        (x, y) =>
          form.options(
            x,
            y,
            CATEGORIES.map((c) => [c, c === '智慧美育' ? 'cross' : null]),
            true,
          ),
      ],
    );
    form.row(
      [80, 419],
      [
        (x, y) => form.text('预期成果', x, y),
        (x, y) =>
          form.options(
            x,
            y,
            OUTCOMES.map((o, i) => [o, i === 1 ? 'check' : null]),
            true,
          ),
      ],
    );
    const pages = await read(await doc.save());
    expect(lines(pages[0]!)).toContain(
      '申报类别 | □ 智慧德育 □ 智慧体育 □ 智慧劳动教育 ☑ 智慧美育 □ 智慧评价',
    );
    expect(lines(pages[0]!)).toContain(
      '预期成果 | □ 信息化教学应用模式研究报告 ☑ 应用指南 □ 实践共同体社区',
    );
    const facts = extractFacts(pages, { pack: liaoning });
    expect(facts.category?.value).toBe('智慧美育');
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: false, guide: true });
  }, 60_000);
});

describe('boxesFromSides', () => {
  const square = (x: number, y: number, s: number): Side[] => [
    { horizontal: true, at: y, from: x, to: x + s },
    { horizontal: true, at: y + s, from: x, to: x + s },
    { horizontal: false, at: x, from: y, to: y + s },
    { horizontal: false, at: x + s, from: y, to: y + s },
  ];

  it('closes a square of four strokes, not three, nor a long flat box', () => {
    expect(boxesFromSides(square(100, 100, 8), 4, 16).map((b) => b.rect)).toEqual([
      [100, 100, 108, 108],
    ]);
    expect(boxesFromSides(square(100, 100, 8).slice(0, 3), 4, 16)).toEqual([]);
    const flat: Side[] = [
      { horizontal: true, at: 100, from: 100, to: 115 },
      { horizontal: true, at: 104, from: 100, to: 115 },
      { horizontal: false, at: 100, from: 100, to: 104 },
      { horizontal: false, at: 115, from: 100, to: 104 },
    ];
    expect(boxesFromSides(flat, 4, 16)).toEqual([]);
  });

  it('takes 300,000 strokes (hatching, one spot drawn over and over) in well under a second', () => {
    const sides: Side[] = [];
    for (let i = 0; i < 150_000; i++) sides.push(...square(100, 100, 8).slice(0, 2));
    for (let i = 0; i < 150_000; i++)
      sides.push(...square((i % 500) * 9, Math.floor(i / 500) * 9, 8).slice(i % 4, (i % 4) + 1));
    const started = cpuNow();
    boxesFromSides(sides, 4, 16);
    expect(cpuNow() - started).toBeLessThan(1000);
  });
});

describe('a page of 300,000 path operators', () => {
  it('is read in bounded time, its one real box still seen', async () => {
    const { doc, form } = await newForm('申报类别智慧体育');
    form.row(
      [80, 419],
      [
        (x, y) => form.text('申报类别', x, y),
        (x, y) => form.options(x, y, [['智慧体育', 'cross']]),
      ],
    );
    // 100,000 tiny crosses and a 100,000-point polyline, in one stream after the form.
    const ops: string[] = ['q 0.3 w'];
    for (let i = 0; i < 50_000; i++) {
      const [x, y] = [50 + (i % 250) * 2, 100 + Math.floor(i / 250) * 2];
      ops.push(`${x} ${y} m ${x + 1.5} ${y + 1.5} l ${x} ${y + 1.5} m ${x + 1.5} ${y} l`);
    }
    ops.push('S 300 60 m');
    for (let i = 0; i < 100_000; i++) ops.push(`${300 + (i % 200)} ${60 + (i % 3)} l`);
    ops.push('S Q');
    const page = form.page;
    const extra = doc.context.register(doc.context.flateStream(ops.join('\n')));
    const contents = page.node.Contents();
    const refs =
      contents && 'asArray' in contents
        ? contents.asArray()
        : [page.node.get(PDFName.of('Contents'))];
    page.node.set(PDFName.of('Contents'), doc.context.obj([...refs, extra]));
    const bytes = await doc.save();
    const started = cpuNow();
    const pages = await read(bytes);
    expect(cpuNow() - started).toBeLessThan(20_000);
    expect(lines(pages[0]!)).toContain('申报类别 | ☑ 智慧体育');
  }, 120_000);
});

describe('text squeezed by horizontal scaling (Tz) in narrow cells', () => {
  it('reads a squeezed value as one value beside its label, not as columns', async () => {
    const unit = '沈阳市沈北新区虎石台镇第一初级中学';
    const body = '沈阳市沈北新区教育局基础教育科';
    const { doc, form } = await newForm(
      `共同体名称沈阳市智慧体育共同体主持单位推荐部门所属方向体能评估${unit}${body}`,
    );
    const squeezed = (s: string, w: number, x: number, y: number) => {
      const natural = form.font.widthOfTextAtSize(s, 9.5);
      form.page.pushOperators(
        setCharacterSqueeze(Math.max(38, Math.floor((100 * (w - 6)) / natural))),
      );
      form.text(s, x, y);
      form.page.pushOperators(setCharacterSqueeze(100));
    };
    form.row(
      [80, 419],
      [(x, y) => form.text('共同体名称', x, y), (x, y) => form.text('沈阳市智慧体育共同体', x, y)],
    );
    // Four narrow cells: the squeezed unit ends a few points before the next label.
    form.row(
      [60, 100, 50, 289],
      [
        (x, y) => form.text('主持单位', x, y),
        (x, y, w) => squeezed(unit, w, x, y),
        (x, y) => form.text('所属方向', x, y),
        (x, y) => form.text('体能评估', x, y),
      ],
    );
    form.row(
      [60, 439],
      [(x, y) => form.text('推荐部门', x, y), (x, y, w) => squeezed(body, 0.5 * w, x, y)],
    );
    const pages = await read(await doc.save());
    expect(lines(pages[0]!)).toContain(`主持单位 | ${unit} | 所属方向 | 体能评估`);
    const facts = extractFacts(pages, { pack: liaoning });
    expect(facts.leadUnit?.value).toBe(unit);
    expect(facts.direction?.value).toBe('体能评估');
    expect(facts.recommendingBody?.value).toBe(body);
  }, 60_000);
});

describe('values spread over their cells by character spacing (Tc)', () => {
  it('joins the spaced characters of a value into one value', async () => {
    const { doc, form } = await newForm(
      '共同体名称沈阳市智慧体育共同体推荐部门沈阳市教育局主持单位康平县实验中学',
    );
    const spaced = (s: string, tc: number, x: number, y: number) => {
      form.page.pushOperators(setCharacterSpacing(tc));
      form.text(s, x, y);
      form.page.pushOperators(setCharacterSpacing(0));
    };
    form.row(
      [80, 419],
      [(x, y) => spaced('共同体名称', 1, x, y), (x, y) => form.text('沈阳市智慧体育共同体', x, y)],
    );
    form.row(
      [80, 419],
      [(x, y) => spaced('推荐部门', 5, x, y), (x, y) => spaced('沈阳市教育局', 3.8, x, y)],
    );
    form.row(
      [80, 419],
      [(x, y) => spaced('主持单位', 5, x, y), (x, y) => spaced('康平县实验中学', 2.4, x, y)],
    );
    const pages = await read(await doc.save());
    const facts = extractFacts(pages, { pack: liaoning });
    expect(facts.recommendingBody?.value).toBe('沈阳市教育局');
    expect(facts.leadUnit?.value).toBe('康平县实验中学');
  }, 60_000);
});

describe('a people table with nobody in it, then fields in a table of their own', () => {
  const HEADER = ['姓名', '学科', '职务', '职称', '联系电话', '所在单位'];
  const NARROW = [0.07, 0.07, 0.07, 0.07, 0.08, 0.64];

  it('reads the role as nobody and the fields below as fields, not as a person', () => {
    const facts = extractFacts(
      [
        builtPage([
          '网络教研联盟名称：甲市网络教研联盟',
          '资源内容审核管理员',
          { kind: 'table', rows: [HEADER], widths: NARROW },
          {
            kind: 'table',
            rows: [
              ['每年资源计划', '360条'],
              ['推选单位', '甲区教育局教研室'],
            ],
            widths: [0.17, 0.83],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.resourceReviewers?.value).toEqual([]);
    expect(facts.recommendingBody?.value).toBe('甲区教育局教研室');
  });

  it('keeps a header over a blank stretch of rows for checking: its people may be typed over it', () => {
    const blank = Array.from({ length: 4 }, () => ['', '', '', '', '', '']);
    const facts = extractFacts(
      [
        builtPage([
          '网络教研联盟名称：甲市网络教研联盟',
          '资源内容审核管理员',
          { kind: 'table', rows: [HEADER], widths: NARROW },
          { kind: 'table', rows: blank, widths: NARROW },
          { kind: 'table', rows: [['推选单位', '甲区教育局教研室']], widths: [0.17, 0.83] },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.resourceReviewers?.value).toEqual([]);
    expect(facts.resourceReviewers?.confidence).toBeLessThan(0.6);
  });

  it('keeps a header last on its page, none of its rows on the next, for checking', () => {
    const facts = extractFacts(
      [
        builtPage([
          '网络教研联盟名称：甲市网络教研联盟',
          '资源内容审核管理员',
          { kind: 'table', rows: [HEADER], widths: NARROW },
        ]),
        builtPage(
          [{ kind: 'table', rows: [['推选单位', '甲区教育局教研室']], widths: [0.17, 0.83] }],
          2,
        ),
      ],
      { pack: yueyang },
    );
    expect(facts.resourceReviewers?.value).toEqual([]);
    expect(facts.resourceReviewers?.confidence).toBeLessThan(0.6);
    expect(facts.recommendingBody?.value).toBe('甲区教育局教研室');
  });
});
