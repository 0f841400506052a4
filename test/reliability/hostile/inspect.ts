/**
 * Reading exported files back the way a hostile-text check needs: the active parts of a PDF
 * (actions, JavaScript, links, launches, embedded files: anything a reader might run or follow),
 * and text compared after the changes typesetting makes (line breaks, spaces, marks that cannot be
 * drawn, zero-width and direction controls).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib';

/** Keys and action types that make a PDF do something on its own or on a click. */
const ACTIVE = new Set([
  'OpenAction',
  'AA',
  'JS',
  'JavaScript',
  'URI',
  'Launch',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'RichMedia',
  'EmbeddedFile',
  'EmbeddedFiles',
  'XFA',
]);

/** Every active key or action type anywhere in the PDF's objects, e.g. `OpenAction`, `S=URI`. */
export async function activeParts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (obj: unknown): void => {
    if (!obj || seen.has(obj)) return;
    seen.add(obj);
    if (obj instanceof PDFRef) {
      walk(doc.context.lookup(obj));
      return;
    }
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : null;
    if (dict) {
      for (const [key, value] of dict.entries()) {
        const name = key.decodeText();
        if (ACTIVE.has(name)) found.add(name);
        if (name === 'S' && value instanceof PDFName && ACTIVE.has(value.decodeText())) {
          found.add(`S=${value.decodeText()}`);
        }
        walk(value);
      }
    } else if (obj instanceof PDFArray) {
      for (const item of obj.asArray()) walk(item);
    }
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) walk(obj);
  walk(doc.context.trailerInfo.Root);
  return [...found].sort();
}

/**
 * Text as compared: no whitespace, no controls, no zero-width or direction marks, full-width
 * forms folded, `{ {` closed up (the opinion template breaks braces apart on purpose).
 */
export function squeeze(text: string): string {
  return (
    text
      .normalize('NFKC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is removed
      .replace(/[\s\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
  );
}

/**
 * Whether `haystack` holds `needle` once both are squeezed; long needles by their first `length`
 * characters (200: where a format cuts text, it keeps more than that).
 */
export function holds(haystack: string, needle: string, length = 200): boolean {
  const n = squeeze(needle).slice(0, length);
  return n.length === 0 || squeeze(haystack).includes(n);
}

/**
 * An XLSX read back: how many cells are formulas (in the sheets' XML: `<f>` elements or cell
 * types other than shared or plain strings, numbers and booleans) and every cell's value as
 * exceljs reads it.
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ formulaCells: number; cells: unknown[] }> {
  const zip = await JSZip.loadAsync(bytes);
  let formulaCells = 0;
  for (const name of Object.keys(zip.files).filter((n) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(n),
  )) {
    const xml = await zip.file(name)!.async('string');
    formulaCells += (xml.match(/<f[\s>]|t="(str|inlineStr|e)"/g) ?? []).length;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const cells: unknown[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulaCells++;
        cells.push(cell.value);
      }),
    ),
  );
  return { formulaCells, cells };
}

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let field = '';
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      out.push(field);
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\r') end++;
      out.push(text.slice(i, end));
      i = end;
    }
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
  }
  return out;
}
