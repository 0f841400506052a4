/**
 * Packs as JSON text: reading what a person pasted or imported (with the line and column of a
 * syntax error, a UTF-8 BOM tolerated) and writing a pack for export (pretty, keys in the
 * schema's order whatever order they came in, so two exports of one pack are byte-identical).
 */
import { ReviewDeskError } from '../errors';
import { parseRubricPack, type RubricPack } from '../rubric';
import { jsonErrorOffset, lineColumn } from './json-position';

export type JsonText = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

export interface JsonSyntaxError {
  /** 1-based; absent only if the scanner finds no error where JSON.parse did (not seen). */
  line?: number;
  column?: number;
  /** The engine's own message (English): kept so nothing is hidden. */
  detail: string;
}

export function parseJsonText(text: string): JsonText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    return {
      ok: false,
      error: offset === undefined ? { detail } : { ...lineColumn(body, offset), detail },
    };
  }
}

/** The error a person sees for text that is not JSON, naming the file and the place. */
export function notJsonError(file: string, error: JsonSyntaxError): ReviewDeskError {
  return error.line === undefined
    ? new ReviewDeskError('rubricEditor/notJson', { file, detail: error.detail })
    : new ReviewDeskError('rubricEditor/notJsonAt', {
        file,
        line: error.line,
        column: error.column ?? 1,
        detail: error.detail,
      });
}

/** Pretty JSON of a valid pack, keys in schema order. Throws for a pack that does not parse. */
export function exportPackJson(pack: RubricPack | unknown): string {
  const parsed = parseRubricPack(pack);
  if (!parsed.ok) {
    throw new ReviewDeskError('rubricEditor/invalidPack', {
      file: idOf(pack),
      count: parsed.problems.length,
    });
  }
  return `${JSON.stringify(parsed.pack, null, 2)}\n`;
}

function idOf(pack: unknown): string {
  const id = typeof pack === 'object' && pack !== null ? (pack as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '?';
}

/** The file name an exported pack gets: its id, which is already safe in a file name. */
export function packFileName(pack: Pick<RubricPack, 'id'>): string {
  return `${pack.id}.rubric.json`;
}
