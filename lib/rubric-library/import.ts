/**
 * Importing a pack from a JSON file. Bad JSON, a file too large, or a pack that parseRubricPack
 * rejects (wrong types, unknown facts, duplicate ids, impossible ranges…) store nothing and come
 * back as one localised error plus every problem with its path. An id already in the library is
 * never overwritten silently: the pack is renamed to a free id unless replacing was asked for.
 */
import { ReviewDeskError } from '../errors';
import { isBuiltinPackId, type Problem, parseRubricPack, type RubricPack } from '../rubric';
import { getDb, type ReviewDeskDb } from '../store/db';
import { notJsonError, parseJsonText } from './json';
import { freeId, isIdFree, savePack } from './library';

/** Packs are tens of kilobytes; a file far larger is not a pack. */
export const MAX_IMPORT_CHARS = 4_000_000;

export type ImportResult =
  | {
      ok: true;
      pack: RubricPack;
      /** The id in the file, when the pack was stored under another one. */
      renamedFrom?: string;
      /** True when an own pack with the same id was replaced (a new revision of it). */
      replaced: boolean;
      migratedFrom?: number;
    }
  | { ok: false; error: ReviewDeskError; problems: Problem[] };

export interface ImportOptions {
  fileName: string;
  /** Replace an own pack with the same id instead of importing under a new id. */
  replace?: boolean;
  now?: number;
}

function failure(error: ReviewDeskError, problems: Problem[] = []): ImportResult {
  return { ok: false, error, problems };
}

export async function importPackJson(
  text: string,
  options: ImportOptions,
  db: ReviewDeskDb = getDb(),
): Promise<ImportResult> {
  const file = options.fileName;
  if (text.length > MAX_IMPORT_CHARS) {
    return failure(
      new ReviewDeskError('rubricEditor/tooLarge', { file, max: MAX_IMPORT_CHARS / 1_000_000 }),
    );
  }
  const json = parseJsonText(text);
  if (!json.ok) return failure(notJsonError(file, json.error));
  const parsed = parseRubricPack(json.value);
  if (!parsed.ok) {
    const count = parsed.problems.length;
    return failure(
      new ReviewDeskError('rubricEditor/invalidPack', { file, count }),
      parsed.problems,
    );
  }
  let pack = parsed.pack;
  const inFile = pack.id;
  const free = await isIdFree(inFile, db);
  const replace = !free && options.replace === true && !isBuiltinPackId(inFile);
  if (!free && !replace) pack = { ...pack, id: await freeId(inFile, db) };
  const saved = await savePack(pack, options.now === undefined ? {} : { now: options.now }, db);
  if (!saved.ok) {
    const count = saved.problems.length;
    return failure(
      new ReviewDeskError('rubricEditor/invalidPack', { file, count }),
      saved.problems,
    );
  }
  return {
    ok: true,
    pack: saved.pack,
    replaced: replace,
    ...(pack.id === inFile ? {} : { renamedFrom: inFile }),
    ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
  };
}
