import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { OptionalContentConfig } from 'pdfjs-dist/types/src/display/optional_content_config';
import type { PdfjsModule } from '../platform';

/**
 * Optional content (PDF layers): text a viewer does not show is not read.
 *
 * A producer may put a template's placeholders, examples or a watermark in an optional-content
 * group whose default state is OFF (`/OCProperties /D /OFF`), or under a membership dictionary
 * that hides it, either as marked content (`/OC /name BDC … EMC`) or on a form XObject (`/OC`
 * in its dictionary). pdf.js's viewer, pdftotext and printing leave it out; pdf.js's text content
 * does not (it names no group, and ignores an XObject's `/OC`). The page's operator list does
 * carry every group, as the canvas honours them: we walk it as the canvas does (a stack of
 * marked contents; content is shown when none on the stack is a hidden group), note whether each
 * glyph is shown, and match the text content's characters to those glyphs in order (both come
 * from the same glyphs in content order; text content drops only whitespace, format marks and
 * glyphs off the page). A text item is dropped when most of its matched characters are hidden.
 *
 * Documents without optional content (nearly all) cost nothing more: the operator list is asked
 * for only when the document names groups, and it is the one the table borders read (same
 * intent, no annotations), which pdf.js keeps for the page.
 */

/** The document's default visibility of optional content, or null when it names no group. */
export function optionalContentOf(doc: PDFDocumentProxy): Promise<OptionalContentConfig | null> {
  const known = configs.get(doc);
  if (known) return known;
  const reading = readConfig(doc);
  configs.set(doc, reading);
  return reading;
}

const configs = new WeakMap<PDFDocumentProxy, Promise<OptionalContentConfig | null>>();

async function readConfig(doc: PDFDocumentProxy): Promise<OptionalContentConfig | null> {
  let config: OptionalContentConfig;
  try {
    config = await doc.getOptionalContentConfig({ intent: 'display' });
  } catch {
    return null; // unreadable /OCProperties: pdf.js's canvas shows everything then
  }
  for (const _ of config) return config;
  return null;
}

/** What a walk of the operator list found: each glyph's characters and whether it is shown. */
interface GlyphRun {
  /** Characters that text content keeps (no whitespace, no format marks), in content order. */
  chars: string[];
  /** 1 where the character's glyph is hidden. */
  hidden: Uint8Array;
}

/** Characters text content keeps: not whitespace, not invisible format marks. */
const DROPPED = /[\s\p{Cf}]/u;
function keptChars(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) if (!DROPPED.test(ch)) out.push(ch);
  return out;
}

/**
 * Whether what an operator list draws now is hidden, followed as pdf.js's canvas follows it: BMC
 * and non-OC BDC open a shown entry, an `OC` BDC (content's, an XObject's or an image's) opens its
 * group's visibility, EMC closes the last (an EMC with nothing open is ignored); drawing is hidden
 * while any open entry is. Linear in the list, whatever its nesting.
 */
export class OptionalContentWalk {
  // One entry per open marked content (true = hidden); the op list bounds its length.
  private readonly open: boolean[] = [];
  private hiddenOpen = 0;

  constructor(
    private readonly OPS: PdfjsModule['OPS'],
    private readonly config: OptionalContentConfig,
  ) {}

  get hidden(): boolean {
    return this.hiddenOpen > 0;
  }

  /** Take one operator into account (call for every one, in order). */
  step(fn: number | undefined, args: unknown): void {
    const OPS = this.OPS;
    if (fn === OPS.beginMarkedContent) this.push(false);
    else if (fn === OPS.beginMarkedContentProps) {
      const list = args as unknown[] | null;
      let hidden = false;
      if (list?.[0] === 'OC') {
        try {
          hidden = !this.config.isVisible(list[1] ?? null);
        } catch {
          hidden = false; // as the canvas: a group it cannot read hides nothing
        }
      }
      this.push(hidden);
    } else if (fn === OPS.endMarkedContent) {
      if (this.open.pop()) this.hiddenOpen--;
    }
  }

  private push(hidden: boolean): void {
    this.open.push(hidden);
    if (hidden) this.hiddenOpen++;
  }
}

/** The page's glyphs in content order, each with whether the canvas draws it. */
export function walkGlyphs(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: PdfjsModule['OPS'],
  config: OptionalContentConfig,
): GlyphRun {
  const chars: string[] = [];
  const flags: number[] = [];
  const walk = new OptionalContentWalk(OPS, config);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    walk.step(fn, argsArray[i]);
    if (fn !== OPS.showText) continue;
    const glyphs = (argsArray[i] as unknown[] | null)?.[0];
    if (!Array.isArray(glyphs)) continue;
    const hidden = walk.hidden ? 1 : 0;
    for (const g of glyphs) {
      const unicode = (g as { unicode?: unknown } | null)?.unicode;
      if (typeof unicode !== 'string') continue;
      for (const ch of keptChars(unicode)) {
        chars.push(ch);
        flags.push(hidden);
      }
    }
  }
  return { chars, hidden: Uint8Array.from(flags) };
}

/**
 * For each text item, whether a viewer hides it: its characters matched in order to the
 * glyphs' (for each character, the next glyph of the same character at or after the last
 * match, found by binary search: O(n log n) whatever the input). Characters that match nothing
 * are left out of the vote; an item with no matched character is shown.
 */
export function hiddenItems(items: readonly { str: string }[], run: GlyphRun): boolean[] {
  const at = new Map<string, number[]>();
  run.chars.forEach((ch, i) => {
    const list = at.get(ch);
    if (list) list.push(i);
    else at.set(ch, [i]);
  });
  let next = 0;
  return items.map((item) => {
    let hidden = 0;
    let shown = 0;
    for (const ch of keptChars(item.str)) {
      const list = at.get(ch);
      if (!list) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < next) lo = mid + 1;
        else hi = mid;
      }
      if (lo === list.length) continue;
      const pos = list[lo]!;
      next = pos + 1;
      if (run.hidden[pos]) hidden++;
      else shown++;
    }
    return hidden > shown;
  });
}

/**
 * The page's text content as a viewer shows it: items inside hidden optional content left out
 * (the same object when nothing is hidden, or the document has no optional content).
 */
export async function shownTextContent(
  page: PDFPageProxy,
  config: OptionalContentConfig | null,
  pdfjs: PdfjsModule,
): Promise<TextContent> {
  const content = await page.getTextContent({ disableNormalization: true });
  if (!config) return content;
  const list = await page.getOperatorList({
    intent: 'display',
    annotationMode: pdfjs.AnnotationMode.DISABLE,
  });
  const run = walkGlyphs(list.fnArray, list.argsArray, pdfjs.OPS, config);
  if (!run.hidden.includes(1)) return content;
  const texts = content.items.filter((i): i is TextItem => 'str' in i);
  const hidden = hiddenItems(texts, run);
  const drop = new Set(texts.filter((_, k) => hidden[k]));
  if (drop.size === 0) return content;
  return { ...content, items: content.items.filter((i) => !drop.has(i as TextItem)) };
}
