/**
 * The device's library of rubric packs: the built-in packs (read-only) and the user's own packs,
 * kept in the `settings` table under `rubric:<id>`. A pack is stored only when parseRubricPack
 * accepts it, so a failed save leaves the previous version as it was; every read parses again,
 * so a stored pack from an older format is migrated and a damaged one is reported, not trusted.
 */
import { ReviewDeskError } from '../errors';
import {
  allCriteria,
  isBuiltinPackId,
  type Problem,
  parseRubricPack,
  type RubricPack,
} from '../rubric';
import { getDb, type ReviewDeskDb } from '../store/db';
import { libraryProblem } from './problems';
import {
  DRAFT_KEY_PREFIX,
  draftKey,
  PACK_KEY_PREFIX,
  packKey,
  type StoredPack,
  StoredPackSchema,
  storedPack,
} from './stored-pack';

export interface PackCounts {
  facts: number;
  rules: number;
  panelRules: number;
  criteria: number;
  columns: number;
}

export type LibraryEntry =
  | { kind: 'builtin'; id: string; pack: RubricPack; counts: PackCounts }
  | {
      kind: 'own';
      id: string;
      pack: RubricPack;
      counts: PackCounts;
      savedAt: number;
      copiedFrom?: string;
      migratedFrom?: number;
      hasDraft: boolean;
    }
  /** A stored record that no longer parses: shown so it can be exported or deleted, never used. */
  | { kind: 'damaged'; id: string; problems: Problem[]; raw: unknown; hasDraft: boolean };

export type SaveResult = { ok: true; pack: RubricPack } | { ok: false; problems: Problem[] };

export function packCounts(pack: RubricPack): PackCounts {
  return {
    facts: pack.facts.length,
    rules: pack.rules.length,
    panelRules: pack.panelRules.length,
    criteria: allCriteria(pack.scoring).length,
    columns: pack.summary.columns.length,
  };
}

type Read =
  | { ok: true; pack: RubricPack; record: StoredPack; migratedFrom?: number }
  | { ok: false; problems: Problem[]; raw: unknown };

function readRecord(value: unknown): Read {
  const record = StoredPackSchema.safeParse(value);
  if (!record.success) {
    return { ok: false, problems: [libraryProblem([], 'damagedRecord')], raw: value };
  }
  const parsed = parseRubricPack(record.data.pack);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, raw: record.data.pack };
  return parsed.migratedFrom === undefined
    ? { ok: true, pack: parsed.pack, record: record.data }
    : { ok: true, pack: parsed.pack, record: record.data, migratedFrom: parsed.migratedFrom };
}

/** Built-in packs first (in their fixed order), then the user's own, the latest saved first. */
export async function listPacks(db: ReviewDeskDb = getDb()): Promise<LibraryEntry[]> {
  const [rows, drafts] = await Promise.all([
    db.settings.where('key').startsWith(PACK_KEY_PREFIX).toArray(),
    db.settings.where('key').startsWith(DRAFT_KEY_PREFIX).primaryKeys(),
  ]);
  const drafted = new Set(drafts.map((k) => String(k).slice(DRAFT_KEY_PREFIX.length)));
  // The built-in packs (~100 KB of JSON) load with the first list, not with the app.
  const { builtinPacks } = await import('../rubric/builtin');
  const builtins: LibraryEntry[] = builtinPacks().map((pack) => ({
    kind: 'builtin',
    id: pack.id,
    pack,
    counts: packCounts(pack),
  }));
  const own = rows.map((row): LibraryEntry & { order: number } => {
    const id = row.key.slice(PACK_KEY_PREFIX.length);
    const read = readRecord(row.value);
    const hasDraft = drafted.has(id);
    if (!read.ok)
      return { kind: 'damaged', id, problems: read.problems, raw: read.raw, hasDraft, order: 0 };
    const { pack, record } = read;
    return {
      kind: 'own',
      id,
      pack,
      counts: packCounts(pack),
      savedAt: record.savedAt,
      hasDraft,
      order: record.savedAt,
      ...(record.copiedFrom === undefined ? {} : { copiedFrom: record.copiedFrom }),
      ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }),
    };
  });
  own.sort((a, b) => b.order - a.order || a.id.localeCompare(b.id));
  return [...builtins, ...own.map(({ order: _order, ...entry }) => entry as LibraryEntry)];
}

/**
 * A pack by id, for whoever uses one (a panel's chair applying it keeps a snapshot): a fresh
 * copy, undefined when there is none, an error when the stored one is damaged.
 */
export async function getPack(
  id: string,
  db: ReviewDeskDb = getDb(),
): Promise<RubricPack | undefined> {
  if (isBuiltinPackId(id)) return (await import('../rubric/builtin')).builtinPack(id);
  const row = await db.settings.get(packKey(id));
  if (!row) return undefined;
  const read = readRecord(row.value);
  if (!read.ok) throw new ReviewDeskError('rubricEditor/damaged', { id });
  return read.pack;
}

/** Whether an id is free for a new own pack (not built in, not stored). */
export async function isIdFree(id: string, db: ReviewDeskDb = getDb()): Promise<boolean> {
  return !isBuiltinPackId(id) && (await db.settings.get(packKey(id))) === undefined;
}

/** `base`, else `base-2`, `base-3`…: the first id neither built in nor stored. */
export async function freeId(base: string, db: ReviewDeskDb = getDb()): Promise<string> {
  const stem = base.slice(0, 72).replace(/-+$/, '') || 'pack';
  for (let n = 1; ; n++) {
    const id = n === 1 ? stem : `${stem}-${n}`;
    if (await isIdFree(id, db)) return id;
  }
}

function sameContent(a: RubricPack, b: RubricPack): boolean {
  return JSON.stringify({ ...a, revision: 0 }) === JSON.stringify({ ...b, revision: 0 });
}

export interface SaveOptions {
  /** The id the pack was stored under before this save, when the editor renamed it. */
  previousId?: string;
  /** Recorded on a new pack. */
  copiedFrom?: string;
  now?: number;
}

/**
 * Store a pack if, and only if, it is valid. Saving over a stored pack raises its revision (an
 * unchanged pack is not written again); renaming moves it to the new id when that id is free.
 * The draft of the pack goes once it is saved.
 */
export async function savePack(
  input: unknown,
  options: SaveOptions = {},
  db: ReviewDeskDb = getDb(),
): Promise<SaveResult> {
  const parsed = parseRubricPack(input);
  if (!parsed.ok) return parsed;
  const pack = parsed.pack;
  if (isBuiltinPackId(pack.id)) {
    return { ok: false, problems: [libraryProblem(['id'], 'builtinId', { id: pack.id })] };
  }
  const previousId = options.previousId ?? pack.id;
  return db.transaction('rw', db.settings, async (): Promise<SaveResult> => {
    if (previousId !== pack.id && (await db.settings.get(packKey(pack.id)))) {
      return { ok: false, problems: [libraryProblem(['id'], 'idTaken', { id: pack.id })] };
    }
    const row = await db.settings.get(packKey(previousId));
    const previous = row ? readRecord(row.value) : undefined;
    let saved = pack;
    if (previous?.ok) {
      if (previousId === pack.id && sameContent(previous.pack, pack))
        return { ok: true, pack: previous.pack };
      saved = { ...pack, revision: Math.max(pack.revision, previous.pack.revision + 1) };
    }
    const copiedFrom = previous?.ok ? previous.record.copiedFrom : options.copiedFrom;
    await db.settings.put({
      key: packKey(saved.id),
      value: storedPack(saved, options.now ?? Date.now(), copiedFrom),
    });
    if (previousId !== saved.id)
      await db.settings.bulkDelete([packKey(previousId), draftKey(previousId)]);
    await db.settings.delete(draftKey(saved.id));
    return { ok: true, pack: saved };
  });
}

/** Copy a built-in or own pack under a new id (revision 1), ready for editing. */
export async function copyPack(
  sourceId: string,
  options: { id?: string; now?: number } = {},
  db: ReviewDeskDb = getDb(),
): Promise<RubricPack> {
  const source = await getPack(sourceId, db);
  if (!source) throw new ReviewDeskError('rubricEditor/notFound', { id: sourceId });
  const id = options.id ?? (await freeId(`${sourceId.replace(/-copy(-\d+)?$/, '')}-copy`, db));
  if (!(await isIdFree(id, db))) throw new ReviewDeskError('rubricEditor/idTaken', { id });
  const result = await savePack(
    { ...source, id, revision: 1 },
    { copiedFrom: sourceId, ...(options.now === undefined ? {} : { now: options.now }) },
    db,
  );
  if (!result.ok) throw new ReviewDeskError('rubricEditor/badId', { id });
  return result.pack;
}

/** Delete an own pack and its draft. Built-in packs cannot be deleted. */
export async function deletePack(id: string, db: ReviewDeskDb = getDb()): Promise<void> {
  if (isBuiltinPackId(id)) throw new ReviewDeskError('rubricEditor/builtinReadOnly', { id });
  await db.settings.bulkDelete([packKey(id), draftKey(id)]);
}
