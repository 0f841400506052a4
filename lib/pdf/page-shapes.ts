/**
 * What a page shows besides its text items, as words for the layout reader: checkboxes and radio
 * buttons drawn as shapes (rulings.ts) become box characters where they stand, ticked or not;
 * a fillable form's fields (form-fields.ts) join the page content's words without reading a value
 * twice.
 */
import type { FieldWords } from './form-fields';
import type { LayoutItem, Rect } from './layout';
import { normalizeNoSpace } from './normalize';
import type { DrawnBox } from './rulings';
import { CHECKED, UNCHECKED } from './structure/checkboxes';

/** What a page shows besides its text items and its borders. */
export interface PageShapes {
  /** Checkboxes and radio buttons drawn as shapes, empty or ticked (rulings.ts). */
  boxes?: DrawnBox[];
  /** The words of its form fields (form-fields.ts). */
  fields?: FieldWords[];
}

function centreIn(r: Rect, [x0, y0, x1, y1]: Rect, margin: number): boolean {
  const cx = (r[0] + r[2]) / 2;
  const cy = (r[1] + r[3]) / 2;
  return cx >= x0 - margin && cx <= x1 + margin && cy >= y0 - margin && cy <= y1 + margin;
}

const BOX_GLYPH = new RegExp(`^[${UNCHECKED}]$`, 'u');
const MARK_GLYPH = new RegExp(`^[${CHECKED}√✓✔×✗✘Xx]$`, 'u');

/**
 * Form fields' words among the page content's. A form flattened in part, or made fillable over
 * a printed one, may show a field's value in the page content too: a value the content already
 * shows inside the field's box is not read twice; content that shows only part of it (a clipped
 * appearance flattened) gives way to the whole value. A checkbox field over a printed or drawn
 * empty box replaces that box; one over a printed tick leaves the tick.
 */
export function withFields(
  items: LayoutItem[],
  boxes: DrawnBox[],
  fields: FieldWords[],
): { items: LayoutItem[]; boxes: DrawnBox[] } {
  if (fields.length === 0) return { items, boxes };
  const dropped = new Set<LayoutItem>();
  const added: LayoutItem[] = [];
  for (const field of fields) {
    const inside = items.filter((i) => !dropped.has(i) && centreIn(i.rect, field.rect, 1));
    if (field.kind === 'mark') {
      if (inside.some((i) => MARK_GLYPH.test(i.str.trim()))) continue;
      for (const i of inside) if (BOX_GLYPH.test(i.str.trim())) dropped.add(i);
      added.push(...field.items);
      continue;
    }
    const shown = normalizeNoSpace(inside.map((i) => i.str).join(''));
    const value = normalizeNoSpace(field.value);
    if (shown !== '' && shown.includes(value)) continue;
    if (shown !== '' && value.includes(shown)) for (const i of inside) dropped.add(i);
    added.push(...field.items);
  }
  const marks = fields.filter((f) => f.kind === 'mark');
  return {
    items: [...items.filter((i) => !dropped.has(i)), ...added],
    boxes: boxes.filter((b) => !marks.some((f) => centreIn(b.rect, f.rect, 1))),
  };
}

/** A tick or cross drawn as a glyph inside a drawn box. */
const TICK = /^[√✓✔×✗✘Xx■●]$/;

/**
 * Drawn checkboxes as text: an empty box becomes "□" where it stands, so a group of options
 * reads as if printed with box characters; a box ticked with drawn strokes (no glyph) becomes
 * "☑" (a drawn radio button "○" or "◉"); a box with a tick glyph inside keeps the tick.
 */
export function withBoxes(items: LayoutItem[], boxes: DrawnBox[]): LayoutItem[] {
  if (boxes.length === 0) return items;
  const out = [...items];
  for (const { rect, ticked, round } of boxes) {
    const [x0, y0, x1, y1] = rect;
    const glyph = items.some((i) => {
      const cx = (i.rect[0] + i.rect[2]) / 2;
      const cy = (i.rect[1] + i.rect[3]) / 2;
      return (
        TICK.test(i.str.trim()) && cx >= x0 - 1 && cx <= x1 + 1 && cy >= y0 - 2 && cy <= y1 + 2
      );
    });
    if (glyph) continue;
    const str = round ? (ticked ? '◉' : '○') : ticked ? '☑' : '□';
    const h = y1 - y0;
    out.push({ str, rect: [x0, y0, x1, y1], baseline: y0 + 0.2 * h, size: h, vertical: false });
  }
  return out;
}
