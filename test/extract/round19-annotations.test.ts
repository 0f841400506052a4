/**
 * Round 19: text that lives in annotations, not in page content. A printed form filled in with
 * a PDF editor's typewriter tool keeps its page content blank; each value is a FreeText
 * annotation whose appearance stream draws it (and whose /Contents holds it). Those values are
 * read as page text where they are drawn (lib/pdf/annotation-text.ts, annotation-glyphs.ts), a
 * typed √ over a printed □ ticks that box (overlaid-ticks.ts), and the viewer's text layer gets
 * them too. Built on real PDFs (pdf-lib, Noto Sans SC cut to the characters used).
 */
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFPage,
  type PDFRef,
  PDFString,
  StandardFonts,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfTextSource } from '../../components/pdf/text-source';
import { extractFacts } from '../../lib/extract';
import { annotationGlyphs, DEFAULT_FONT } from '../../lib/pdf/annotation-glyphs';
import {
  ANNOTATION_FONT,
  MAX_PAGE_ANNOTATION_CHARS,
  textAnnotations,
} from '../../lib/pdf/annotation-text';
import type { Rect } from '../../lib/pdf/layout';
import { openPdf } from '../../lib/pdf/open';
import { buildPageText, getDocumentText, type PageText } from '../../lib/pdf/text';
import type { PdfjsModule } from '../../lib/platform';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { builtinPack } from '../../lib/rubric';
import { item } from './pages';

const VIEW: Rect = [0, 0, 595, 842];

const lines = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)).join(' | '));

/** A value typed on the page: a FreeText annotation over [x, y, x + w, y + h]. */
interface Typed {
  text: string;
  x: number;
  y: number;
  w?: number;
  h?: number;
  /** Annotation flags (4 = print; 2 hidden, 32 no-view). */
  flags?: number;
  /** 'own': an appearance drawing the text; 'none': /Contents only. */
  appearance?: 'own' | 'none';
  /** /Contents, when it differs from the text shown. */
  contents?: string;
  latin?: boolean;
}

interface Built {
  doc: PDFDocument;
  page: PDFPage;
  font: PDFFont;
  latin: PDFFont;
}

/** The printed labels of a blank form (page content). */
const LABELS: [string, number, number][] = [
  ['教育信息化教学应用实践共同体项目推荐表', 150, 790],
  ['共同体名称', 50, 740],
  ['申报类别', 50, 712],
  ['□ 智慧德育 □ 智慧体育 □ 智慧评价', 170, 712],
  ['主持单位', 50, 684],
  ['推荐部门', 50, 656],
];

const VALUES = ['锦州市校际体育赛事直播共同体', '黑山县励家镇小学', '锦州市教育局', '√'];

async function build(extra = ''): Promise<Built> {
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const chars = LABELS.map((l) => l[0]).join('') + VALUES.join('') + extra;
  const font = await doc.embedFont(subset(full, chars), { subset: false });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  for (const [s, x, y] of LABELS) page.drawText(s, { x, y, size: 10, font });
  return { doc, page, font, latin };
}

function freeText(b: Built, t: Typed, appearance: PDFRef | null): void {
  const ctx = b.doc.context;
  const w = t.w ?? 300;
  const h = t.h ?? 16;
  const dict: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: 'FreeText',
    IT: 'FreeTextTypewriter',
    Rect: [t.x, t.y, t.x + w, t.y + h],
    Contents: PDFHexString.fromText(t.contents ?? t.text),
    F: t.flags ?? 4,
    Border: [0, 0, 0],
    DA: PDFString.of('0 0 0.5 rg /Helv 10 Tf'),
  };
  if (appearance) dict.AP = { N: appearance };
  b.page.node.addAnnot(ctx.register(ctx.obj(dict as never)));
}

/** An appearance of its own: the text at 10 pt, 2 pt in from the box's left, baseline 4 pt up. */
function ownAppearance(b: Built, t: Typed): PDFRef {
  const font = t.latin ? b.latin : b.font;
  const hex = font.encodeText(t.text).toString();
  const stream = b.doc.context.stream(`BT /F1 10 Tf 2 4 Td ${hex} Tj ET`, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, t.w ?? 300, t.h ?? 16],
    Resources: { Font: { F1: font.ref } },
  });
  return b.doc.context.register(stream);
}

async function typedForm(typed: Typed[], extra = ''): Promise<Uint8Array> {
  const b = await build(extra);
  for (const t of typed) {
    freeText(b, t, t.appearance === 'none' ? null : ownAppearance(b, t));
  }
  return b.doc.save();
}

/** The form filled in: values on the label rows, √ on the box of 智慧体育 (x 170 + 5.5 em ≈ 225). */
const FILLED: Typed[] = [
  { text: '锦州市校际体育赛事直播共同体', x: 168, y: 734 },
  { text: '√', x: 223, y: 706, w: 14 },
  { text: '黑山县励家镇小学', x: 168, y: 678 },
  { text: '锦州市教育局', x: 168, y: 650 },
];

async function readPages(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await openPdf(bytes, { fileName: 'typed.pdf' });
  try {
    const { pages, failures } = await getDocumentText(pdf);
    expect(failures).toEqual([]);
    return pages;
  } finally {
    await pdf.close();
  }
}

describe('a printed form filled in with a typewriter tool (FreeText annotations)', () => {
  it('reads the typed values where they are drawn, and the typed tick on its box', async () => {
    const pages = await readPages(await typedForm(FILLED));
    const page = pages[0]!;
    expect(page.text).toContain('锦州市校际体育赛事直播共同体');
    expect(page.text).toContain('□ 智慧德育 ☑ 智慧体育 □ 智慧评价');
    // Placed where the appearance draws it: inside the annotation's rectangle.
    const at = page.text.indexOf('黑山县励家镇小学');
    const word = page.items.find((i) => i.start <= at && at < i.end)!;
    expect(word.rect[0]).toBeGreaterThanOrEqual(168);
    expect(word.rect[1]).toBeGreaterThanOrEqual(678 - 1);
    expect(word.rect[3]).toBeLessThanOrEqual(694 + 1);
    const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
    expect(facts.projectName?.value).toBe('锦州市校际体育赛事直播共同体');
    expect(facts.leadUnit?.value).toBe('黑山县励家镇小学');
    expect(facts.recommendingBody?.value).toBe('锦州市教育局');
    expect(facts.category?.value).toBe('智慧体育');
  }, 60_000);

  it('reads a blank form as blank: no annotation, no value', async () => {
    const pages = await readPages(await typedForm([]));
    expect(pages[0]!.text).not.toContain('锦州市教育局');
    expect(pages[0]!.text).toContain('□ 智慧德育 □ 智慧体育');
  }, 60_000);

  it('reads an annotation without an appearance from its /Contents, inside its rectangle', async () => {
    const pages = await readPages(
      await typedForm(FILLED.map((t) => ({ ...t, appearance: 'none' as const }))),
    );
    const page = pages[0]!;
    expect(lines(page).join('\n')).toMatch(/主持单位 ?\|? ?黑山县励家镇小学/);
    const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
    expect(facts.leadUnit?.value).toBe('黑山县励家镇小学');
    expect(facts.recommendingBody?.value).toBe('锦州市教育局');
  }, 60_000);

  it('reads what the appearance shows, not a /Contents that says otherwise', async () => {
    const pages = await readPages(
      await typedForm([{ text: '锦州市教育局', contents: '黑山县励家镇小学', x: 168, y: 650 }]),
    );
    expect(pages[0]!.text).toContain('锦州市教育局');
    expect(pages[0]!.text).not.toContain('黑山县励家镇小学');
  }, 60_000);

  it('does not read hidden or no-view annotations', async () => {
    const pages = await readPages(
      await typedForm([
        { text: '锦州市教育局', x: 168, y: 650, flags: 2 | 4 },
        { text: '黑山县励家镇小学', x: 168, y: 678, flags: 32 | 4 },
        { text: '锦州市教育局', x: 168, y: 620, flags: 2, appearance: 'none' },
      ]),
    );
    expect(pages[0]!.text).not.toContain('锦州市教育局');
    expect(pages[0]!.text).not.toContain('黑山县励家镇小学');
  }, 60_000);

  it('reads only what each appearance shows when it is a window onto a shared drawing', async () => {
    // As some editors write them: one form XObject holds every typed text; each annotation's
    // appearance shifts it so that its own text falls in its /BBox, which clips the rest.
    const b = await build();
    const ctx = b.doc.context;
    const texts = FILLED.filter((t) => t.text !== '√');
    const ops = texts
      .map(
        (t, i) => `BT /F1 10 Tf 2 ${i * 40 + 4} Td ${b.font.encodeText(t.text).toString()} Tj ET`,
      )
      .join('\n');
    const shared = ctx.register(
      ctx.stream(ops, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 400, texts.length * 40],
        Resources: { Font: { F1: b.font.ref } },
      }),
    );
    texts.forEach((t, i) => {
      const window = ctx.stream(`q 1 0 0 1 0 ${-i * 40} cm /P0 Do Q`, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 300, 16],
        Resources: { XObject: { P0: shared } },
      });
      freeText(b, t, ctx.register(window));
    });
    const pages = await readPages(await b.doc.save());
    const text = pages[0]!.text;
    for (const t of texts) expect(text.split(t.text)).toHaveLength(2);
    const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
    expect(facts.projectName?.value).toBe('锦州市校际体育赛事直播共同体');
    expect(facts.leadUnit?.value).toBe('黑山县励家镇小学');
  }, 60_000);

  it('reads a typed value beside a filled form field, each once', async () => {
    const b = await build();
    const field = b.doc.getForm().createTextField('lead');
    field.setText('黑山县励家镇小学');
    field.addToPage(b.page, { x: 168, y: 678, width: 300, height: 16, font: b.font });
    b.doc.getForm().updateFieldAppearances(b.font);
    const t = FILLED[3]!;
    freeText(b, t, ownAppearance(b, t));
    const pages = await readPages(await b.doc.save());
    const text = pages[0]!.text;
    expect(text.split('黑山县励家镇小学')).toHaveLength(2);
    expect(text.split('锦州市教育局')).toHaveLength(2);
  }, 60_000);
});

describe('annotation text is untrusted text', () => {
  it('caps a hostile 300,000-character /Contents and drops control characters', async () => {
    const hostile = `\u202e${'锦州'.repeat(150_000)}\u0007`;
    const started = Date.now();
    const pages = await readPages(
      await typedForm([
        { text: '', contents: hostile, x: 20, y: 20, w: 555, h: 600, appearance: 'none' },
      ]),
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    const text = pages[0]!.text;
    expect(text).not.toContain('\u202e');
    expect(text).not.toContain('\u0007');
    const typed = (text.match(/锦州/g) ?? []).length * 2;
    expect(typed).toBeGreaterThan(100);
    expect(typed).toBeLessThanOrEqual(MAX_PAGE_ANNOTATION_CHARS);
  }, 60_000);

  it('caps an appearance drawing a 300,000-character line', async () => {
    const started = Date.now();
    const pages = await readPages(
      await typedForm([{ text: 'A'.repeat(300_000), x: 20, y: 400, w: 555, latin: true }]),
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    // The line runs far beyond the box: only what the box shows is read, and never past the cap.
    const typed = (pages[0]!.text.match(/A/g) ?? []).length;
    expect(typed).toBeGreaterThan(50);
    expect(typed).toBeLessThan(200);
  }, 60_000);

  it('keeps only visible FreeText annotations with a sane rectangle', () => {
    const base = { subtype: 'FreeText', id: '1R', rect: [10, 10, 100, 30], annotationFlags: 4 };
    const read = textAnnotations(
      [
        base,
        { ...base, id: '2R', annotationFlags: 2 },
        { ...base, id: '3R', annotationFlags: 32 },
        { ...base, id: '4R', annotationFlags: 1 },
        {
          ...base,
          id: '5R',
          rect: [1e308, 1e308, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
        },
        { ...base, id: '6R', subtype: 'Text' },
        { ...base, id: '7R', rect: [Number.NaN, 0, 10, 10] },
        null,
        'FreeText',
      ],
      VIEW,
    );
    expect(read.map((a) => a.id)).toEqual(['1R']);
  });
});

describe('the walk over an annotation’s operators', () => {
  // Operator numbers as pdf.js's OPS names them (only their being distinct matters here).
  const names = [
    'beginAnnotation',
    'endAnnotation',
    'save',
    'restore',
    'transform',
    'paintFormXObjectBegin',
    'paintFormXObjectEnd',
    'clip',
    'eoClip',
    'constructPath',
    'beginText',
    'setFont',
    'setCharSpacing',
    'setWordSpacing',
    'setHScale',
    'setLeading',
    'setTextRise',
    'setTextRenderingMode',
    'moveText',
    'setLeadingMoveText',
    'nextLine',
    'setTextMatrix',
    'showText',
    'beginMarkedContent',
    'beginMarkedContentProps',
    'endMarkedContent',
  ];
  const OPS = Object.fromEntries(names.map((n, i) => [n, i + 1])) as unknown as PdfjsModule['OPS'];
  const glyphs = (s: string) => Array.from(s, (unicode) => ({ unicode, width: 500 }));

  it('reads through 200,000 nested saves, and only inside the annotation’s rectangle', () => {
    const fn: number[] = [OPS.beginAnnotation];
    const args: unknown[] = [
      ['9R', [100, 100, 130, 120], [1, 0, 0, 1, 100, 100], [1, 0, 0, 1, 0, 0]],
    ];
    for (let i = 0; i < 200_000; i++) {
      fn.push(OPS.save);
      args.push(null);
    }
    fn.push(OPS.beginText, OPS.setFont, OPS.moveText, OPS.showText);
    args.push(null, ['f', 10], [2, 4], [glyphs('ABCDEFGHIJ')]);
    for (let i = 0; i < 200_000; i++) {
      fn.push(OPS.restore);
      args.push(null);
    }
    fn.push(OPS.endAnnotation, OPS.showText);
    args.push([], [glyphs('outside')]);
    const started = Date.now();
    const read = annotationGlyphs({
      fnArray: fn,
      argsArray: args,
      OPS,
      ids: new Set(['9R']),
      font: () => DEFAULT_FONT,
      maxChars: 1000,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    // 5 pt a glyph from x 102: the 30 pt box shows the first five whole glyphs and the sixth's middle.
    expect(read.items.get('9R')?.map((i) => i.str)).toEqual(['ABCDEF']);
  });
});

describe('a tick over a box character', () => {
  const options = '□ 智慧德育 □ 智慧体育 □ 智慧评价';
  // item() sets 11 pt: a box or ideograph 11 wide, a space about 6.
  const boxAt = (n: number) => 170 + n * (11 + 6 + 44 + 6);

  it('ticks the box it stands on, in a run of options', () => {
    const page = buildPageText(
      1,
      VIEW,
      0,
      [item(options, 170, 700), item('√', boxAt(1) + 1, 701)],
      [],
    );
    expect(page.text).toContain('□ 智慧德育 ☑ 智慧体育 □ 智慧评价');
    expect(page.text).not.toContain('√');
  });

  it('fills a round box, and leaves a tick beside the options alone', () => {
    const round = buildPageText(1, VIEW, 0, [item('○ 男 ○ 女', 170, 700), item('√', 170, 700)], []);
    expect(round.text).toContain('◉ 男 ○ 女');
    const beside = buildPageText(1, VIEW, 0, [item(options, 170, 700), item('√', 520, 700)], []);
    expect(beside.text).toContain('□ 智慧德育 □ 智慧体育 □ 智慧评价');
    expect(beside.text).toContain('√');
  });

  it('stays fast on a page of 20,000 ticks and 2,000 boxes', () => {
    const items = [
      ...Array.from({ length: 2_000 }, (_, i) =>
        item('□ 选项', 50 + (i % 10) * 50, 800 - (i % 200) * 4),
      ),
      ...Array.from({ length: 20_000 }, (_, i) => item('√', 700, 800 - (i % 200) * 4)),
    ];
    const started = Date.now();
    buildPageText(1, VIEW, 0, items, []);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('the viewer on a form filled in with a typewriter tool', () => {
  it('has the typed values in the page text and in the text layer’s items', async () => {
    const pdf = await openPdf(await typedForm(FILLED), { fileName: 'typed.pdf' });
    try {
      const source = new PdfTextSource(pdf);
      const { page, content } = await source.pageText(0);
      expect(page.text).toContain('锦州市校际体育赛事直播共同体');
      expect(page.text).toContain('☑ 智慧体育');
      const typed = content.items.filter((i) => 'str' in i && i.fontName === ANNOTATION_FONT);
      expect(typed.map((i) => ('str' in i ? i.str : '')).join('')).toContain('锦州市教育局');
      expect(content.styles[ANNOTATION_FONT]).toBeDefined();
      source.close();
    } finally {
      await pdf.close();
    }
  }, 60_000);
});
