/**
 * The filled-in values of a fillable PDF form (AcroForm widgets) as page words. Applicants often
 * send the official fillable PDF back filled in: the labels are page content, but every value
 * lives only in a form field, and the ticks are checkbox fields, so pdf.js's text layer holds
 * the labels alone. Here each widget becomes words standing inside the widget's rectangle, as
 * the form shows them — a text field's value on its lines, a chosen list entry, a checkbox or
 * radio button as ☑/☐ (◉/○) where the box is — so the layout reader and the finders read a
 * filled-in form exactly as they read a printed one (as they read OCR words).
 *
 * Field values come from the file: they are untrusted text. Control and direction-override
 * characters are dropped, each value and the page's total are capped, and a widget whose
 * rectangle is not a sane box on the page is ignored.
 *
 * The positions are made up from the rectangle (pdf.js gives the values, not where the
 * appearance draws them): a value is set in the field's font size, shrunk until it fits, from
 * the left, centre or right as the field aligns, on lines from the top for multi-line fields.
 * Only the layout reader sees them; the viewer draws the field itself.
 */
import type { LayoutItem, Rect } from './layout';
import type { Ruling } from './rulings';

/** Longest value read from one field: a long free-text answer, not a smuggled book. */
export const MAX_FIELD_CHARS = 4_000;
/** All field text read from one page. */
export const MAX_PAGE_FIELD_CHARS = 40_000;
/** Widgets read from one page (a form page has tens, a hostile one could have millions). */
export const MAX_PAGE_WIDGETS = 2_000;

/** Padding inside a field box before the text (Acrobat and pdf.js use 1–2 pt). */
const PAD = 2;
/** The smallest size made-up text is shrunk to before it is just allowed to overflow. */
const MIN_SIZE = 2;
/** Size of an auto-sized field's text (font size 0 in its appearance string). */
const AUTO_SIZE = 10;
const LINE_HEIGHT = 1.15;

export const FIELD_CHECKED = '☑';
export const FIELD_UNCHECKED = '☐';
export const RADIO_CHECKED = '◉';
export const RADIO_UNCHECKED = '○';

/** A widget's words, and whether they are a tick mark (a checkbox or radio button) or a value. */
export interface FieldWords {
  /** The widget's rectangle in PDF user space. */
  rect: Rect;
  kind: 'value' | 'mark';
  /** The whole value (for comparing with what the page content already shows). */
  value: string;
  items: LayoutItem[];
}

/**
 * Control characters (except the line breaks a multi-line field keeps), bidirectional overrides
 * and isolates, zero-width characters and the BOM: nothing a reader should see in a value.
 */
export const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** A field value made safe to read: printable, one kind of line break, capped. */
export function cleanFieldValue(value: string, multiLine: boolean): string {
  const text = value
    .slice(0, MAX_FIELD_CHARS * 2)
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(UNSAFE, '')
    .replace(/\t/g, ' ');
  const lines = (multiLine ? text.split('\n') : [text.replace(/\n/g, ' ')])
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return Array.from(lines.join('\n')).slice(0, MAX_FIELD_CHARS).join('').trim();
}

/** Width of a character in em: CJK and full-width ones one em, others about half. */
function charEm(ch: string): number {
  return ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.55;
}

function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

/** A made-up word of `text` at `size`, its box starting at x and its baseline at y. */
function word(text: string, x: number, baseline: number, size: number): LayoutItem {
  return {
    str: text,
    rect: [x, baseline - 0.2 * size, x + emWidth(text) * size, baseline + 0.8 * size],
    baseline,
    size,
    vertical: false,
  };
}

/** Break a paragraph into lines no wider than `width` em (CJK breaks anywhere, Latin at spaces). */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineEm = 0;
  for (const ch of paragraph) {
    if (line !== '' && lineEm + charEm(ch) > width) {
      const space = line.lastIndexOf(' ');
      if (ch !== ' ' && /[\x21-\x7e]/.test(ch) && space > 0) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = '';
      }
      lineEm = emWidth(line);
      if (ch === ' ' && line === '') continue;
    }
    line += ch;
    lineEm += charEm(ch);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lay a value out inside a field box: its lines, the size that makes them fit, their x. */
export function layoutValue(
  value: string,
  rect: Rect,
  fontSize: number,
  multiLine: boolean,
  align: number,
): LayoutItem[] {
  const [x0, y0, x1, y1] = rect;
  const width = Math.max(1, x1 - x0 - 2 * PAD);
  const height = Math.max(1, y1 - y0);
  let size = fontSize > 0 ? fontSize : Math.min(AUTO_SIZE, height * 0.7);
  let lines: string[];
  for (;;) {
    lines = multiLine
      ? value.split('\n').flatMap((p) => wrap(p, width / size))
      : [value.replace(/\n/g, ' ')];
    const widest = Math.max(...lines.map(emWidth)) * size;
    const tall = multiLine ? lines.length * size * LINE_HEIGHT : size;
    if ((widest <= width && tall <= height) || size <= MIN_SIZE) break;
    size = Math.max(MIN_SIZE, size * 0.9);
  }
  const at = (line: string) => {
    const w = emWidth(line) * size;
    if (align === 1) return x0 + Math.max(PAD, (x1 - x0 - w) / 2);
    if (align === 2) return Math.max(x0 + PAD, x1 - PAD - w);
    return x0 + PAD;
  };
  if (!multiLine) {
    // One line sits in the middle of its box: the centre of the glyph box (baseline + 0.3 em).
    return [word(lines[0]!, at(lines[0]!), (y0 + y1) / 2 - 0.3 * size, size)];
  }
  const top = y1 - Math.min(PAD, Math.max(0, height - lines.length * size * LINE_HEIGHT));
  return lines.map((line, i) =>
    word(line, at(line), top - 0.8 * size - i * size * LINE_HEIGHT, size),
  );
}

/** A widget's mark: the box character filling its square, where the page shows the box. */
function mark(text: string, rect: Rect): LayoutItem {
  const [x0, y0, x1, y1] = rect;
  const size = Math.max(1, Math.min(x1 - x0, y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const baseline = cy - 0.3 * size;
  return {
    str: text,
    rect: [cx - size / 2, baseline - 0.2 * size, cx + size / 2, baseline + 0.8 * size],
    baseline,
    size,
    vertical: false,
  };
}

type Annotation = Record<string, unknown>;

export function asRect(value: unknown, view: Rect): Rect | null {
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [a, b, c, d] = value as unknown[];
  if (![a, b, c, d].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  // The part on the page: a box of ±1e308 would lay its words out at infinity.
  const rect: Rect = [
    Math.max(view[0], Math.min(a as number, c as number)),
    Math.max(view[1], Math.min(b as number, d as number)),
    Math.min(view[2], Math.max(a as number, c as number)),
    Math.min(view[3], Math.max(b as number, d as number)),
  ];
  // A widget outside the page, or with no area on it, shows nothing to read.
  return rect[2] - rect[0] >= 1 && rect[3] - rect[1] >= 1 ? rect : null;
}

function fontSizeOf(annotation: Annotation): number {
  const da = annotation.defaultAppearanceData as { fontSize?: unknown } | undefined;
  const size = da?.fontSize;
  return typeof size === 'number' && Number.isFinite(size) && size > 0 && size < 200 ? size : 0;
}

/** The display text of a choice field's selected entries. */
function choiceText(annotation: Annotation): string {
  const raw = annotation.fieldValue;
  const selected = (Array.isArray(raw) ? raw : [raw]).filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  const options = Array.isArray(annotation.options)
    ? (annotation.options as { exportValue?: unknown; displayValue?: unknown }[])
    : [];
  return selected
    .map((v) => {
      const option = options.find((o) => o?.exportValue === v);
      return typeof option?.displayValue === 'string' && option.displayValue !== ''
        ? option.displayValue
        : v;
    })
    .join('、');
}

/** A checkbox or radio button's mark, or null for a push button. */
function buttonMark(annotation: Annotation): string | null {
  const value = annotation.fieldValue;
  if (annotation.checkBox === true) {
    const on = typeof value === 'string' && value !== 'Off' && value === annotation.exportValue;
    return on ? FIELD_CHECKED : FIELD_UNCHECKED;
  }
  if (annotation.radioButton === true) {
    const on = typeof value === 'string' && value !== 'Off' && value === annotation.buttonValue;
    return on ? RADIO_CHECKED : RADIO_UNCHECKED;
  }
  return null;
}

/**
 * The words of a page's form widgets, from pdf.js's `page.getAnnotations()`. Hidden widgets,
 * password fields, push buttons and empty fields give none.
 */
export function fieldWords(annotations: readonly unknown[], view: Rect): FieldWords[] {
  const out: FieldWords[] = [];
  let budget = MAX_PAGE_FIELD_CHARS;
  // Widgets are counted, not annotations: links or notes placed first must not crowd them out.
  let widgets = 0;
  for (const raw of annotations) {
    if (!raw || typeof raw !== 'object') continue;
    const a = raw as Annotation;
    if (a.subtype !== 'Widget') continue;
    if (++widgets > MAX_PAGE_WIDGETS) break;
    if (a.hidden === true || a.password === true) continue;
    const rect = asRect(a.rect, view);
    if (!rect) continue;
    if (a.fieldType === 'Btn') {
      const text = buttonMark(a);
      if (text) out.push({ rect, kind: 'mark', value: text, items: [mark(text, rect)] });
      continue;
    }
    const multiLine = a.fieldType === 'Tx' && a.multiLine === true;
    const given =
      a.fieldType === 'Tx' ? a.fieldValue : a.fieldType === 'Ch' ? choiceText(a) : undefined;
    if (typeof given !== 'string') continue;
    const value = Array.from(cleanFieldValue(given, multiLine)).slice(0, budget).join('');
    if (value === '') continue;
    budget -= value.length;
    const align = typeof a.textAlignment === 'number' ? a.textAlignment : 0;
    out.push({
      rect,
      kind: 'value',
      value,
      items: layoutValue(value, rect, fontSizeOf(a), multiLine, align),
    });
    if (budget <= 0) break;
  }
  return out;
}

/** How far inside a drawn cell border a field box may sit and still be that cell. */
const INSET = 6;

/**
 * The borders of the value fields' boxes that the page content does not draw. A fillable form
 * often prints only its labels and header rows and leaves the rest of the grid to the fields
 * (each draws its own border, or none): the fields' boxes are then the table's cells, and the
 * layout reader needs them as rulings to keep a row's values together. A field sitting in a cell
 * the content draws (the usual form made fillable over a Word table) adds nothing.
 */
export function fieldRulings(fields: FieldWords[], content: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  const drawn = (horizontal: boolean, at: number, from: number, to: number) => {
    const mid = (from + to) / 2;
    return content.some(
      (r) =>
        r.horizontal === horizontal &&
        Math.abs(r.at - at) <= INSET &&
        r.from <= mid + 2 &&
        r.to >= mid - 2,
    );
  };
  for (const field of fields) {
    if (field.kind !== 'value') continue;
    const [x0, y0, x1, y1] = field.rect;
    const edges: Ruling[] = [
      { horizontal: true, at: y0, from: x0, to: x1 },
      { horizontal: true, at: y1, from: x0, to: x1 },
      { horizontal: false, at: x0, from: y0, to: y1 },
      { horizontal: false, at: x1, from: y0, to: y1 },
    ];
    for (const e of edges) if (!drawn(e.horizontal, e.at, e.from, e.to)) out.push(e);
  }
  return out;
}
