/**
 * Text typed onto a page with a PDF editor's typewriter or text-box tool, read as page text.
 *
 * An applicant who fills a printed (not fillable) form in Foxit, PDF-XChange, Acrobat or WPS
 * types each value as a FreeText annotation: the page content stays the blank form, and the
 * value lives in the annotation's appearance stream (what every viewer shows) and its /Contents.
 * pdf.js's text content holds the page content alone, so without this the form reads blank.
 * Here each visible FreeText annotation becomes text items placed where its appearance draws
 * them (annotation-glyphs.ts), clipped as the viewer clips them; one whose appearance shows no
 * text this walk can place (none at all, or a vertical font) is read from its /Contents, laid
 * out in its rectangle at its /DA font size. The items join the page content's, so the layout
 * reader, the finders and the viewer's text layer (search, highlights, quotes) take them as
 * they take printed text. (Form fields, the other annotations that carry values, are read by
 * form-fields.ts.)
 *
 * Annotation text is untrusted text: control and direction-override characters are dropped,
 * and a page's annotation text is capped. Hidden, invisible and no-view annotations are not
 * read. A page without FreeText annotations costs nothing more: the operator list with the
 * annotations' drawings is asked for only when there is one.
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { OptionalContentConfig } from 'pdfjs-dist/types/src/display/optional_content_config';
import type { PdfjsModule } from '../platform';
import { annotationGlyphs, DEFAULT_FONT, type GlyphFont } from './annotation-glyphs';
import { asRect, cleanFieldValue, layoutValue, UNSAFE } from './form-fields';
import type { Rect } from './layout';

/** The font name the text layer draws annotation text in (a plain sans-serif). */
export const ANNOTATION_FONT = 'review-desk-annotation-text';
/** All annotation text read from one page. */
export const MAX_PAGE_ANNOTATION_CHARS = 40_000;
/** FreeText annotations read from one page (a form page has tens or a few hundred). */
export const MAX_TEXT_ANNOTATIONS = 2_000;

/** Annotation flags (PDF 32000-1, 12.5.3): none of these is shown on screen. */
const INVISIBLE = 1;
const HIDDEN = 2;
const NO_VIEW = 32;

/** A FreeText annotation to read. */
export interface TextAnnotation {
  id: string;
  rect: Rect;
  /** Its /Contents, made safe; '' when it has none. */
  contents: string;
  /** Its /DA font size, 0 when unknown. */
  fontSize: number;
  align: number;
}

/** The visible FreeText annotations among pdf.js's `page.getAnnotations()`. */
export function textAnnotations(annotations: readonly unknown[], view: Rect): TextAnnotation[] {
  const out: TextAnnotation[] = [];
  for (const raw of annotations) {
    if (out.length >= MAX_TEXT_ANNOTATIONS) break;
    if (!raw || typeof raw !== 'object') continue;
    const a = raw as Record<string, unknown>;
    if (a.subtype !== 'FreeText' || typeof a.id !== 'string') continue;
    const flags = typeof a.annotationFlags === 'number' ? a.annotationFlags : 0;
    if (flags & (INVISIBLE | HIDDEN | NO_VIEW) || a.hidden === true) continue;
    const rect = asRect(a.rect, view);
    if (!rect) continue;
    const str = (a.contentsObj as { str?: unknown } | undefined)?.str;
    const da = a.defaultAppearanceData as { fontSize?: unknown } | undefined;
    const size = da?.fontSize;
    out.push({
      id: a.id,
      rect,
      contents: typeof str === 'string' ? cleanFieldValue(str, true) : '',
      fontSize: typeof size === 'number' && size > 0 && size < 200 ? size : 0,
      align: typeof a.textAlignment === 'number' ? a.textAlignment : 0,
    });
  }
  return out;
}

/** A FreeText annotation's /Contents laid out in its rectangle, as text items. */
function contentsItems(a: TextAnnotation, budget: number): TextItem[] {
  const value = Array.from(a.contents).slice(0, Math.max(0, budget)).join('');
  if (value.trim() === '') return [];
  return layoutValue(value, a.rect, a.fontSize, true, a.align).map((w) => ({
    str: w.str,
    dir: 'ltr',
    width: w.rect[2] - w.rect[0],
    height: w.size,
    transform: [w.size, 0, 0, w.size, w.rect[0], w.baseline],
    fontName: ANNOTATION_FONT,
    hasEOL: false,
  }));
}

/** The pdf.js font object's facts, once the operator list has loaded it. */
function fontOf(page: PDFPageProxy): (name: string) => GlyphFont {
  const objs = (
    page as unknown as { commonObjs?: { has(n: string): boolean; get(n: string): unknown } }
  ).commonObjs;
  return (name) => {
    try {
      if (!objs?.has(name)) return DEFAULT_FONT;
      const f = objs.get(name) as { fontMatrix?: unknown; vertical?: unknown } | null;
      const m = f?.fontMatrix as ArrayLike<unknown> | undefined;
      const scale =
        typeof m?.[0] === 'number' && Number.isFinite(m[0]) && m[0] !== 0 ? m[0] : 0.001;
      return { scale: Math.abs(scale), vertical: f?.vertical === true };
    } catch {
      return DEFAULT_FONT;
    }
  };
}

/** Text items made safe: no control or direction-override characters, none left empty. */
function safeItems(items: TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  for (const item of items) {
    const str = item.str.replace(UNSAFE, '');
    if (str.trim() !== '') out.push({ ...item, str, fontName: ANNOTATION_FONT });
  }
  return out;
}

/**
 * The page's annotations as pdf.js reads them (`page.getAnnotations()`): the FreeText
 * annotations here and the form fields (form-fields.ts) come from the same list, so a reader of
 * both asks for it once and hands it to each. A page whose annotations cannot be read has none:
 * its content's text stands.
 */
export async function pageAnnotations(page: PDFPageProxy): Promise<unknown[]> {
  try {
    const annotations: unknown = await page.getAnnotations({ intent: 'display' });
    return Array.isArray(annotations) ? annotations : [];
  } catch {
    return [];
  }
}

/**
 * The text items the page's FreeText annotations show, in page space, in annotation order. A
 * page whose annotations cannot be read keeps its content's text. `annotations`: the page's
 * (pageAnnotations), when the caller has them already.
 */
export async function annotationTextItems(
  page: PDFPageProxy,
  pdfjs: PdfjsModule,
  optionalContent: OptionalContentConfig | null = null,
  annotations?: readonly unknown[],
): Promise<TextItem[]> {
  const all = annotations ?? (await pageAnnotations(page));
  const wanted = textAnnotations(all, page.view as Rect);
  if (wanted.length === 0) return [];
  let read: ReturnType<typeof annotationGlyphs> | null = null;
  try {
    const list = await page.getOperatorList({
      intent: 'display',
      annotationMode: pdfjs.AnnotationMode.ENABLE,
    });
    read = annotationGlyphs({
      fnArray: list.fnArray,
      argsArray: list.argsArray,
      OPS: pdfjs.OPS,
      ids: new Set(wanted.map((a) => a.id)),
      font: fontOf(page),
      maxChars: MAX_PAGE_ANNOTATION_CHARS,
      optionalContent,
    });
  } catch {
    read = null; // the appearances are lost, not the values: /Contents below
  }
  const out: TextItem[] = [];
  let budget = MAX_PAGE_ANNOTATION_CHARS;
  for (const a of wanted) {
    if (budget <= 0) break;
    const shown = read?.items.get(a.id);
    const items =
      shown && !read?.unplaced.has(a.id) ? safeItems(shown) : safeItems(contentsItems(a, budget));
    for (const item of items) budget -= item.str.length;
    out.push(...items);
  }
  return out;
}

/**
 * The page's text content with its FreeText annotations' text added (the same object when it
 * has none), and a style for the text layer to draw them in. `annotations`: the page's
 * (pageAnnotations), when the caller has them already.
 */
export async function withAnnotationText(
  page: PDFPageProxy,
  content: TextContent,
  pdfjs: PdfjsModule,
  optionalContent: OptionalContentConfig | null = null,
  annotations?: readonly unknown[],
): Promise<TextContent> {
  const typed = await annotationTextItems(page, pdfjs, optionalContent, annotations);
  if (typed.length === 0) return content;
  return {
    ...content,
    items: [...content.items, ...typed],
    styles: {
      ...content.styles,
      [ANNOTATION_FONT]: { fontFamily: 'sans-serif', ascent: 0.8, descent: -0.2, vertical: false },
    },
  };
}
