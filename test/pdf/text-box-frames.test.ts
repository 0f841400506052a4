/**
 * Forms of text boxes (WPS and Word text boxes, form designers, PDF editors, reportlab canvases):
 * each field a frame with its legend on the frame's top edge, tables typed into a frame as
 * positioned runs without cell lines, and the text stored in the order the boxes were made, not
 * the reading order. The legend is the field's label, the inside its value; a table inside a
 * frame is read by its aligned columns under the legend as its caption.
 */

import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import { openPdf } from '../../lib/pdf/open';
import type { Ruling } from '../../lib/pdf/rulings';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { buildPageText, getDocumentText, type PageText } from '../../lib/pdf/text';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from '../extract/pages';

const VIEW: Rect = [0, 0, 595, 842];

const lines = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)).join(' | '));

interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** A seeded shuffle: the file stores its runs out of reading order, the same way each run. */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const LEFT = 46;
const RIGHT = 549;

/**
 * A frame: its border, a white patch masking the border under the legend, the legend on the
 * edge (baseline 2.5 below it, at 8 pt), the value lines inside. Returns the runs to draw.
 */
function frame(
  page: PDFPage,
  font: PDFFont,
  x: number,
  top: number,
  w: number,
  legend: string,
  inside: Run[],
  h: number,
): Run[] {
  page.drawRectangle({
    x,
    y: top - h,
    width: w,
    height: h,
    borderWidth: 0.7,
    borderColor: rgb(0.35, 0.35, 0.35),
  });
  const lw = font.widthOfTextAtSize(legend, 8) + 6;
  page.drawRectangle({ x: x + 8, y: top - 4, width: lw, height: 8, color: rgb(1, 1, 1) });
  return [{ text: legend, x: x + 11, y: top - 2.5, size: 8 }, ...inside];
}

const FORM_TEXT = {
  title: '辽宁省教育信息化教学应用实践共同体项目推荐表',
  name: '甲市乡村书法课堂实践共同体',
  lead: '甲市乙县第三中学',
  body: '甲市教育局',
  start: '2020年9月',
  units: [
    ['1', '甲市乙县南山小学', '甲市'],
    ['2', '丙市第七中学', '丙市'],
    ['3', '甲市丁区实验学校', '甲市'],
  ],
  people: [
    ['姓名', '行政职务', '职称', '手机', '工作单位'],
    ['林一凡', '副校长', '高级教师', '13800001111', '甲市乙县第三中学'],
    ['周小雨', '教研组长', '一级教师', '13900002222', '甲市乙县南山小学'],
    ['吴大海', '教师', '二级教师', '13700003333', '丙市第七中学'],
  ],
};

/** A one-page text-box form drawn by pdf-lib, its text runs drawn in a seeded shuffled order. */
async function textBoxForm(seed: number): Promise<Uint8Array> {
  const f = FORM_TEXT;
  const chars =
    f.title +
    f.name +
    f.lead +
    f.body +
    f.start +
    f.units.flat().join('') +
    f.people.flat().join('') +
    '项目名称牵头单位推荐单位实践起始时间主要成员单位序号单位名称所在地区核心成员填报日期年月日';
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(subset(full, chars), { subset: false });
  const page = doc.addPage([595.28, 841.89]);
  const runs: Run[] = [{ text: f.title, x: 100, y: 800, size: 15 }];
  const value = (text: string, x: number, top: number): Run => ({
    text,
    x: x + 8,
    y: top - 20,
    size: 10,
  });
  runs.push(
    ...frame(page, font, LEFT, 770, RIGHT - LEFT, '项目名称', [value(f.name, LEFT, 770)], 30),
  );
  // Two frames side by side on one height.
  const half = (RIGHT - LEFT - 8) / 2;
  runs.push(...frame(page, font, LEFT, 728, half, '牵头单位', [value(f.lead, LEFT, 728)], 30));
  const x2 = LEFT + half + 8;
  runs.push(...frame(page, font, x2, 728, half, '推荐单位', [value(f.body, x2, 728)], 30));
  runs.push(
    ...frame(page, font, LEFT, 686, RIGHT - LEFT, '实践起始时间', [value(f.start, LEFT, 686)], 30),
  );
  // A table typed into a frame: runs at column positions, a rule under the header only.
  const table = (legend: string, top: number, rows: string[][], xs: number[]) => {
    const inside: Run[] = [];
    rows.forEach((row, r) => {
      row.forEach((text, c) => {
        inside.push({ text, x: LEFT + 11 + xs[c]!, y: top - 21 - r * 17, size: 9.5 });
      });
    });
    page.drawLine({
      start: { x: LEFT + 8, y: top - 26 },
      end: { x: RIGHT - 8, y: top - 26 },
      thickness: 0.4,
      color: rgb(0.5, 0.5, 0.5),
    });
    const h = 12 + rows.length * 17 + 6;
    runs.push(...frame(page, font, LEFT, top, RIGHT - LEFT, legend, inside, h));
  };
  table('主要成员单位', 644, [['序号', '单位名称', '所在地区'], ...f.units], [0, 90, 300]);
  table('核心成员', 540, f.people, [0, 70, 150, 230, 330]);
  for (const run of shuffled(runs, seed)) {
    page.drawText(run.text, {
      x: run.x,
      y: run.y,
      size: run.size,
      font,
      color: rgb(0.1, 0.2, 0.5),
    });
  }
  // A last page holding one frame: no two runs side by side anywhere on it.
  const last = doc.addPage([595.28, 841.89]);
  for (const run of frame(
    last,
    font,
    LEFT,
    800,
    200,
    '填报日期',
    [value('2022年9月11日', LEFT, 800)],
    30,
  )) {
    last.drawText(run.text, { x: run.x, y: run.y, size: run.size, font });
  }
  return doc.save();
}

async function readForm(bytes: Uint8Array) {
  const pdf = await openPdf(bytes, { fileName: 'text-boxes.pdf' });
  try {
    return (await getDocumentText(pdf)).pages;
  } finally {
    await pdf.close();
  }
}

describe('a form of text boxes with legends on their borders, its text stored shuffled', () => {
  it('reads each legend as its field label and the inside as the value, tables by columns', async () => {
    const pages = await readForm(await textBoxForm(7));
    const read = lines(pages[0]!);
    expect(read).toContain('项目名称 | 甲市乡村书法课堂实践共同体');
    expect(read).toContain('牵头单位 | 甲市乙县第三中学');
    expect(read).toContain('推荐单位 | 甲市教育局');
    // The legend of a table's frame is its caption, a line of its own over the header.
    const caption = read.indexOf('主要成员单位');
    expect(caption).toBeGreaterThanOrEqual(0);
    expect(read[caption + 1]).toBe('序号 | 单位名称 | 所在地区');
    expect(read[caption + 2]).toBe('1 | 甲市乙县南山小学 | 甲市');
    expect(read).toContain('核心成员');
    expect(read).toContain('姓名 | 行政职务 | 职称 | 手机 | 工作单位');
    // A page of one frame has its borders read too (a small title over a line says "form").
    expect(lines(pages[1]!)).toEqual(['填报日期 | 2022年9月11日']);

    const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
    expect(facts.projectName?.value).toBe(FORM_TEXT.name);
    expect(facts.leadUnit?.value).toBe(FORM_TEXT.lead);
    expect(facts.recommendingBody?.value).toBe(FORM_TEXT.body);
    expect(facts.practiceStart?.value).toBe('2020-09');
    expect(facts.memberUnits?.value).toEqual(
      FORM_TEXT.units.map(([, name, region]) => ({ name, region })),
    );
    expect(((facts.coreMembers?.value ?? []) as { name: string }[]).map((p) => p.name)).toEqual([
      '林一凡',
      '周小雨',
      '吴大海',
    ]);
  }, 60_000);

  it('reads the same whatever order the file stores its text runs in', async () => {
    const [a, b] = await Promise.all([
      readForm(await textBoxForm(1)),
      readForm(await textBoxForm(99)),
    ]);
    expect(lines(b[0]!)).toEqual(lines(a[0]!));
  }, 60_000);
});

/** The four borders of a box. */
function outline([x0, y0, x1, y1]: Rect): Ruling[] {
  return [
    { horizontal: true, at: y0, from: x0, to: x1 },
    { horizontal: true, at: y1, from: x0, to: x1 },
    { horizontal: false, at: x0, from: y0, to: y1 },
    { horizontal: false, at: x1, from: y0, to: y1 },
  ];
}

describe('what is no legend', () => {
  it('leaves a ruled cell whose text stands below its top edge as one cell', () => {
    // A Word box holding a label line over its wrapped value, the text well inside.
    const page = buildPageText(
      1,
      VIEW,
      0,
      [item('项目简介', 60, 744, 10), item('本共同体面向乡村学校开展书法同步课堂', 60, 728, 10)],
      outline([50, 715, 540, 760]),
    );
    expect(lines(page)).toEqual(['项目简介本共同体面向乡村学校开展书法同步课堂']);
  });

  const crossing = (top: string) =>
    lines(
      buildPageText(
        1,
        VIEW,
        0,
        [item(top, 60, 757.5, 8), item('甲市教育局', 60, 740, 10)],
        outline([50, 725, 540, 760]),
      ),
    );

  it('takes a short title on the top edge for the label, not a long line crossing it', () => {
    expect(crossing('推荐单位')).toEqual(['推荐单位 | 甲市教育局']);
    const sentence = '本表所填内容真实有效如有不实愿承担相应责任并接受主管部门处理';
    expect(crossing(sentence)).toEqual([`${sentence}甲市教育局`]);
  });
});

describe('a hostile frame', () => {
  it('reads a frame holding 100,000 runs in columns, and 100,000 titles on its edge beside it', () => {
    const items = [item('主要成员单位', 60, 757.5, 8)];
    for (let i = 0; i < 100_000; i++) {
      items.push(item(i % 2 ? '甲' : '乙', 60 + (i % 50) * 9, 740 - Math.floor(i / 50) * 0.01, 4));
    }
    for (let i = 0; i < 100_000; i++) items.push(item('名称', 600 + i * 0.01, 757.5, 8));
    const started = cpuNow();
    const page = buildPageText(1, [0, 0, 595, 842], 0, items, outline([50, 100, 540, 760]));
    expect(page.text.startsWith('主要成员单位')).toBe(true);
    expect(cpuNow() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('a box drawn around a table typed as positioned runs, no legend', () => {
  it('reads the rows by their aligned columns, not as one cell holding every row', () => {
    const rows = [
      ['姓名', '职务', '职称', '工作单位'],
      ['林一凡', '副校长', '高级教师', '甲市乙县第三中学'],
      ['周小雨', '教研组长', '一级教师', '甲市乙县南山小学'],
    ];
    const items = [item('核心成员', 56, 772, 10)];
    rows.forEach((row, r) => {
      row.forEach((text, c) => {
        items.push(item(text, 60 + c * 110, 740 - r * 18, 10));
      });
    });
    const page = buildPageText(1, [0, 0, 595, 842], 0, items, outline([50, 690, 540, 760]));
    expect(lines(page)).toEqual([
      '核心成员',
      '姓名 | 职务 | 职称 | 工作单位',
      '林一凡 | 副校长 | 高级教师 | 甲市乙县第三中学',
      '周小雨 | 教研组长 | 一级教师 | 甲市乙县南山小学',
    ]);
  });

  it('keeps a box of wrapped text, or of one line with gaps, as one cell', () => {
    const page = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        item('□智慧德育', 60, 740, 10),
        item('■智慧体育', 170, 740, 10),
        item('□智慧美育', 280, 740, 10),
        item('本共同体面向乡村学校开展', 60, 722, 10),
      ],
      outline([50, 710, 540, 760]),
    );
    expect(lines(page)).toEqual(['□智慧德育 ■智慧体育 □智慧美育本共同体面向乡村学校开展']);
  });
});

describe('a table frame continued on the next page under "（接上页）"', () => {
  const people = [
    ['林一凡', '副校长', '高级教师', '13800001111', '甲市乙县第三中学'],
    ['周小雨', '教研组长', '一级教师', '13900002222', '甲市乙县南山小学'],
    ['吴大海', '教师', '二级教师', '13700003333', '丙市第七中学'],
    ['郑小山', '教师', '一级教师', '13600004444', '丙市第八中学'],
    ['王二河', '教研组长', '高级教师', '13500005555', '丁市第一中学'],
  ];
  const xs = [0, 70, 150, 230, 330];
  const runs = (rows: string[][], top: number) =>
    rows.flatMap((row, k) => row.map((t, c) => item(t, 57 + xs[c]!, top - k * 17, 9.5)));

  it('reads the rows under the continued legend as the same table', () => {
    const first = [
      item('辽宁省教育信息化教学应用实践共同体项目推荐表', 100, 800, 15),
      item('项目名称', 57, 767.5, 8),
      item('甲市乡村书法课堂实践共同体', 54, 750, 10),
      item('核心成员', 57, 197.5, 8),
      ...runs([['姓名', '行政职务', '职称', '手机', '工作单位'], ...people.slice(0, 3)], 179),
    ];
    const header: Ruling = { horizontal: true, at: 174, from: 54, to: 541 };
    const pages = [
      buildPageText(1, VIEW, 0, first, [
        ...outline([46, 740, 549, 770]),
        ...outline([46, 100, 549, 200]),
        header,
      ]),
      buildPageText(
        2,
        VIEW,
        0,
        [item('核心成员（接上页）', 57, 789.5, 8), ...runs(people.slice(3), 771)],
        outline([46, 730, 549, 792]),
      ),
    ];
    const rows = new DocumentLayout(pages).rows;
    const tableOf = (name: string) => rows.find((r) => r.text.startsWith(name))?.table;
    expect(tableOf('王二河')).toBe(tableOf('林一凡'));
    const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
    expect(((facts.coreMembers?.value ?? []) as { name: string }[]).map((p) => p.name)).toEqual(
      people.map((p) => p[0]),
    );
  });
});

describe('a border around a whole page (Word page border around a cover, a framing text box)', () => {
  const cover = [
    item('辽宁省教育信息化教学应用实践共同体', 100, 700, 18),
    item('项目推荐表', 220, 670, 18),
    item('项目名称：甲市乡村书法课堂实践共同体', 120, 500, 12),
    item('牵头单位：甲市乙县第三中学', 120, 470, 12),
    item('推荐单位：甲市教育局', 120, 440, 12),
    item('辽宁省教育厅制', 240, 200, 12),
  ];

  it('reads the page inside line by line, as without the border', () => {
    const framed = buildPageText(1, VIEW, 0, cover, outline([30, 30, 565, 812]));
    expect(lines(framed)).toEqual(lines(buildPageText(1, VIEW, 0, cover, [])));
    const facts = extractFacts([framed], { pack: builtinPack('liaoning-2022-community') });
    expect(facts.projectName?.value).toBe('甲市乡村书法课堂实践共同体');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });

  it('keeps a box of one type size, or a small note over its text, as one cell', () => {
    const note = [
      item('（不超过300字）', 60, 745, 8),
      ...[
        '本共同体面向乡村学校',
        '开展书法同步课堂教学',
        '以城带乡共建共享',
        '形成常态化应用机制',
      ].map((t, k) => item(t, 60, 728 - k * 15, 10)),
    ];
    expect(lines(buildPageText(1, VIEW, 0, note, outline([50, 650, 540, 760])))).toEqual([
      '（不超过300字）本共同体面向乡村学校开展书法同步课堂教学以城带乡共建共享形成常态化应用机制',
    ]);
  });
});
