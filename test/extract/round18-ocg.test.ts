/**
 * Round 18: text in optional content (PDF layers) that a viewer does not show is not read. A
 * template's placeholders in a layer turned off (`/OCProperties /D /OFF`, or a base state OFF),
 * under `/OC /name BDC … EMC` or on a form XObject's `/OC`, are left out of the page's text, as
 * pdf.js's canvas, poppler and printing leave them out; the layer turned on is read. Built on
 * real PDFs (pdf-lib, Helvetica), each word on a line of its own.
 */

import {
  beginMarkedContent,
  beginText,
  drawObject,
  endMarkedContent,
  endText,
  lineTo,
  moveText,
  moveTo,
  type PDFDict,
  PDFDocument,
  type PDFFont,
  PDFName,
  PDFOperator,
  type PDFPage,
  type PDFRef,
  PDFString,
  StandardFonts,
  setFontAndSize,
  setLineWidth,
  showText,
  stroke,
} from 'pdf-lib';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../lib/pdf/open';
import { optionalContentOf, shownTextContent } from '../../lib/pdf/optional-content';
import { pageRulings } from '../../lib/pdf/rulings';
import { getDocumentText } from '../../lib/pdf/text';
import { getPlatform } from '../../lib/platform';
import { cpuNow } from '../cpu-clock';

interface Layers {
  /** Group names; each becomes /Properties /oc_NAME on the page. */
  groups: string[];
  baseState?: 'ON' | 'OFF';
  on?: string[];
  off?: string[];
}

interface Drawing {
  page: PDFPage;
  font: PDFFont;
  refs: Record<string, PDFRef>;
  doc: PDFDocument;
}

/** Operators drawing one line of text at height y. */
function line(d: Drawing, text: string, y: number, x = 60): PDFOperator[] {
  return [
    beginText(),
    setFontAndSize('F1', 12),
    moveText(x, y),
    showText(d.font.encodeText(text)),
    endText(),
  ];
}

const bdc = (group: string) =>
  PDFOperator.of('BDC' as never, [PDFName.of('OC'), PDFName.of(`oc_${group}`)]);

/** A one-page PDF with the given layers, drawn by `draw`; no /OCProperties when `layers` is null. */
async function build(
  layers: Layers | null,
  draw: (d: Drawing) => PDFOperator[],
  extra?: (d: Drawing) => void,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const ctx = doc.context;
  const refs: Record<string, PDFRef> = {};
  for (const g of layers?.groups ?? ['stray']) {
    refs[g] = ctx.register(ctx.obj({ Type: 'OCG', Name: PDFString.of(g) }));
  }
  if (layers) {
    const all = layers.groups.map((g) => refs[g]!);
    const d: Record<string, unknown> = { Order: all, BaseState: layers.baseState ?? 'ON' };
    if (layers.on) d.ON = layers.on.map((g) => refs[g]!);
    if (layers.off) d.OFF = layers.off.map((g) => refs[g]!);
    doc.catalog.set(PDFName.of('OCProperties'), ctx.obj({ OCGs: all, D: ctx.obj(d as never) }));
  }
  page.node.newFontDictionary('F1', font.ref);
  const props: Record<string, PDFRef | PDFDict> = {};
  for (const [g, ref] of Object.entries(refs)) props[`oc_${g}`] = ref;
  const drawing = { page, font, refs, doc };
  extra?.(drawing);
  page.node.Resources()!.set(PDFName.of('Properties'), ctx.obj({ ...props }));
  page.pushOperators(...draw(drawing));
  return doc.save();
}

async function pageText(bytes: Uint8Array): Promise<string> {
  const pdf = await openPdf(bytes, { fileName: 'ocg.pdf' });
  try {
    const { pages, failures } = await getDocumentText(pdf);
    expect(failures).toEqual([]);
    return pages.map((p) => p.text).join('\n');
  } finally {
    await pdf.close();
  }
}

/** A form XObject drawing `text`, with `/OC` when given; returns the name to paint it by. */
function xobject(d: Drawing, text: string, y: number, oc?: PDFRef | PDFDict): PDFName {
  const ctx = d.doc.context;
  const form = ctx.formXObject(line(d, text, y), {
    BBox: [0, 0, 595, 842],
    Resources: { Font: { F1: d.font.ref } },
    ...(oc ? { OC: oc } : {}),
  });
  return d.page.node.newXObject('X', ctx.register(form));
}

describe('text in optional content a viewer hides', () => {
  it('leaves out a group turned off in /D and reads the group turned on and plain text', async () => {
    const bytes = await build({ groups: ['hint', 'fill'], off: ['hint'] }, (d) => [
      ...line(d, 'Project name', 760),
      bdc('hint'),
      ...line(d, 'PleaseFillHere', 700, 200),
      endMarkedContent(),
      bdc('fill'),
      ...line(d, 'Bridge Reading Circle', 700, 200),
      endMarkedContent(),
      ...line(d, 'Lead unit', 640),
    ]);
    const text = await pageText(bytes);
    expect(text).toContain('Project name');
    expect(text).toContain('Bridge Reading Circle');
    expect(text).toContain('Lead unit');
    expect(text).not.toContain('PleaseFill');
  });

  it('with base state OFF, hides a group not listed in /ON and shows one listed', async () => {
    const bytes = await build({ groups: ['a', 'b'], baseState: 'OFF', on: ['b'] }, (d) => [
      bdc('a'),
      ...line(d, 'SampleValue', 700),
      endMarkedContent(),
      bdc('b'),
      ...line(d, 'RealValue', 660),
      endMarkedContent(),
    ]);
    const text = await pageText(bytes);
    expect(text).toContain('RealValue');
    expect(text).not.toContain('SampleValue');
  });

  it("leaves out a form XObject's text when its /OC group is off, reads it when on", async () => {
    let hidden!: PDFName;
    let shown!: PDFName;
    const bytes = await build(
      { groups: ['tpl', 'val'], off: ['tpl'] },
      () => [drawObject(hidden), drawObject(shown)],
      (d) => {
        hidden = xobject(d, 'WatermarkSample', 500, d.refs.tpl);
        shown = xobject(d, 'Stated Value', 400, d.refs.val);
      },
    );
    const text = await pageText(bytes);
    expect(text).toContain('Stated Value');
    expect(text).not.toContain('Watermark');
  });

  it('honours a membership dictionary (/OCMD, /P /AllOff over a group that is on)', async () => {
    let name!: PDFName;
    const bytes = await build(
      { groups: ['on'] },
      (d) => [...line(d, 'Shown line', 760), drawObject(name)],
      (d) => {
        const ocmd = d.doc.context.obj({ Type: 'OCMD', OCGs: [d.refs.on!], P: 'AllOff' });
        name = xobject(d, 'AlternateText', 700, ocmd);
      },
    );
    const text = await pageText(bytes);
    expect(text).toContain('Shown line');
    expect(text).not.toContain('AlternateText');
  });

  it('counts nesting: shown inside hidden is hidden, text after an inner EMC follows the outer', async () => {
    const bytes = await build({ groups: ['off', 'on'], off: ['off'] }, (d) => [
      bdc('on'),
      ...line(d, 'OuterShownA', 780),
      bdc('off'),
      ...line(d, 'InnerHiddenB', 740),
      endMarkedContent(),
      ...line(d, 'OuterShownC', 700),
      endMarkedContent(),
      bdc('off'),
      beginMarkedContent('Span'),
      bdc('on'),
      ...line(d, 'DeepHiddenD', 660),
      endMarkedContent(),
      endMarkedContent(),
      ...line(d, 'StillHiddenE', 620),
      endMarkedContent(),
      ...line(d, 'AfterAllF', 580),
    ]);
    const text = await pageText(bytes);
    for (const w of ['OuterShownA', 'OuterShownC', 'AfterAllF']) expect(text).toContain(w);
    for (const w of ['InnerHidden', 'DeepHidden', 'StillHidden']) expect(text).not.toContain(w);
  });

  it('keeps the value when its placeholder under it has the same words (hidden drawn first)', async () => {
    const bytes = await build({ groups: ['hint'], off: ['hint'] }, (d) => [
      ...line(d, 'Host', 700),
      bdc('hint'),
      ...line(d, 'Zhang XX', 700, 200),
      endMarkedContent(),
      ...line(d, 'Zhang Wei', 700, 200),
      ...line(d, 'Phone', 660),
      ...line(d, 'Zhang Wei', 660, 200),
      bdc('hint'),
      ...line(d, 'Zhang XX', 660, 200),
      endMarkedContent(),
    ]);
    const text = await pageText(bytes);
    expect(text.match(/Zhang Wei/g)).toHaveLength(2);
    expect(text).not.toContain('XX');
  });

  it('reads everything when the document has no optional content properties', async () => {
    const bytes = await build(null, (d) => [
      bdc('stray'),
      ...line(d, 'NotALayer', 700),
      endMarkedContent(),
    ]);
    const pdf = await openPdf(bytes, { fileName: 'plain.pdf' });
    expect(await optionalContentOf(pdf.proxy)).toBeNull();
    await pdf.close();
    expect(await pageText(bytes)).toContain('NotALayer');
  });

  it("gives the viewer's text layer only the shown items", async () => {
    const bytes = await build({ groups: ['hint'], off: ['hint'] }, (d) => [
      ...line(d, 'Visible words', 760),
      bdc('hint'),
      ...line(d, 'HiddenWords', 700),
      endMarkedContent(),
    ]);
    const pdf = await openPdf(bytes, { fileName: 'layer.pdf' });
    try {
      const page = await pdf.proxy.getPage(1);
      const pdfjs = await getPlatform().loadPdfjs();
      const content = await shownTextContent(page, await optionalContentOf(pdf.proxy), pdfjs);
      const strs = content.items.map((i) => (i as TextItem).str).join('|');
      expect(strs).toContain('Visible words');
      expect(strs).not.toContain('HiddenWords');
    } finally {
      await pdf.close();
    }
  });
});

describe('table borders in optional content', () => {
  it("reads the shown layer's borders and not the hidden one's", async () => {
    const rule = (y: number) => [setLineWidth(1), moveTo(50, y), lineTo(500, y), stroke()];
    const bytes = await build({ groups: ['tpl'], off: ['tpl'] }, () => [
      ...rule(700),
      bdc('tpl'),
      ...rule(600),
      endMarkedContent(),
    ]);
    const pdf = await openPdf(bytes, { fileName: 'rules.pdf' });
    try {
      const page = await pdf.proxy.getPage(1);
      const pdfjs = await getPlatform().loadPdfjs();
      const all = await pageRulings(page, pdfjs);
      const shown = await pageRulings(page, pdfjs, await optionalContentOf(pdf.proxy));
      expect(all.map((r) => Math.round(r.at)).sort()).toEqual([600, 700]);
      expect(shown.map((r) => Math.round(r.at))).toEqual([700]);
    } finally {
      await pdf.close();
    }
  });
});

describe('hostile marked content', () => {
  it('ignores stray EMCs, and an OFF group left open hides the rest of the page', async () => {
    const bytes = await build({ groups: ['off'], off: ['off'] }, (d) => [
      endMarkedContent(),
      endMarkedContent(),
      ...line(d, 'FirstShown', 780),
      bdc('off'),
      ...line(d, 'NeverClosed', 740),
      ...line(d, 'AlsoHidden', 700),
    ]);
    const text = await pageText(bytes);
    expect(text).toContain('FirstShown');
    expect(text).not.toContain('NeverClosed');
    expect(text).not.toContain('AlsoHidden');
  });

  it('reads a page of 20,000 nested marked contents and a 300,000-character hidden line quickly', async () => {
    const deep = 20_000;
    const long = 'X'.repeat(300_000);
    const bytes = await build({ groups: ['off'], off: ['off'] }, (d) => [
      ...Array.from({ length: deep }, () => beginMarkedContent('Span')),
      ...line(d, 'DeepShown', 780),
      ...Array.from({ length: deep + 5 }, () => endMarkedContent()),
      bdc('off'),
      ...line(d, long, 700),
      endMarkedContent(),
      ...line(d, 'TailShown', 660),
    ]);
    const started = cpuNow();
    const text = await pageText(bytes);
    expect(cpuNow() - started).toBeLessThan(20_000);
    expect(text).toContain('DeepShown');
    expect(text).toContain('TailShown');
    expect(text).not.toContain('XXXX');
  }, 60_000);
});
