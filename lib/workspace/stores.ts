/**
 * The narrow doors from the UI to this device's storage: file bytes, the viewer's remembered
 * places, the list of joined panels, facts read from stored files, OCR readings of scanned pages,
 * the rubric library, and which discussion messages were read here. The app builds them once
 * over its Dexie database and hands them down by React context, so no component ever touches a
 * table or `getDb()` (a lint rule keeps `lib/store` out of components).
 *
 * `watch…` methods call back with a fresh value whenever the underlying rows change (Dexie's
 * liveQuery), and return a function that stops watching.
 */
import { liveQuery } from 'dexie';
import { loadViewState, saveViewState, type ViewState } from '../annotations/view-state';
import type { ExtractionResult } from '../extract';
import type { ApplicationId, FileHash, PanelId } from '../ids';
import { dbOcrCache, onOcrStored, waitForOcrPage } from '../ocr/cache-db';
import type { ExtractionOcrOptions } from '../ocr/extraction';
import type { OcrPage } from '../ocr/page-text';
import type { Panel, ThreadView } from '../panel/panel';
import type { RubricPack } from '../rubric';
import { type LibraryEntry, listPacks } from '../rubric-library';
import { getFile, putFile } from '../store/blobs';
import type { JoinedPanel, ReviewDeskDb } from '../store/db';
import {
  activePanel,
  setActivePanel,
  setSidePanelApplication,
  sidePanelApplication,
} from './active-panel';
import { extractStoredFile } from './extraction-cache';
import { loadPanelKit } from './load-panel-kit';
import { markThreadRead, type ThreadReads, watchThreadReads } from './thread-reads';

export type Unwatch = () => void;

function watch<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError?: (e: unknown) => void,
): Unwatch {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: (error) => onError?.(error),
  });
  return () => subscription.unsubscribe();
}

export interface FileStore {
  get(hash: FileHash): Promise<Uint8Array | undefined>;
  put(bytes: Uint8Array): Promise<{ hash: FileHash; added: boolean }>;
  /** Which of `hashes` have their bytes on this device, now and after every change. */
  watchPresent(
    hashes: readonly FileHash[],
    onValue: (present: FileHash[]) => void,
    onError?: (e: unknown) => void,
  ): Unwatch;
  /** Get a missing file from the panel's relay (kept only if it matches the hash). */
  fetchFromRelay(panel: Panel, hash: FileHash): Promise<void>;
  /** The user picked a file: keep it only if it is the very file the panel names. */
  supply(hash: FileHash, bytes: Uint8Array, name: string): Promise<void>;
  /** Put this device's files of the panel on its relay, for members who lack them. */
  share(panel: Panel): Promise<void>;
}

export interface ViewStateStore {
  load(hash: FileHash): Promise<ViewState | null>;
  save(hash: FileHash, state: ViewState): Promise<void>;
}

export interface PanelListStore {
  watch(onValue: (panels: JoinedPanel[]) => void, onError?: (e: unknown) => void): Unwatch;
}

export interface ExtractionStore {
  /** Facts proposed from a stored file (cached per file and pack; a password opens a locked one). */
  extract(
    pack: RubricPack,
    file: { hash: FileHash; name: string },
    options?: {
      onProgress?: (done: number, total: number) => void;
      password?: string;
      /** Read scanned pages by OCR (results cached on this device per file and page). */
      ocr?: Omit<ExtractionOcrOptions, 'cache'> & { signal?: AbortSignal };
    },
  ): Promise<ExtractionResult>;
}

/** OCR readings of scanned pages kept on this device (see lib/ocr/cache-db). */
export interface OcrPageStore {
  /** A page's reading: from the cache, or once stored while the file's scans are being read. */
  page(hash: FileHash, page: number): Promise<OcrPage | undefined>;
  /**
   * Be told when one of this file's pages gets its reading (stored after it was asked for: OCR
   * started later, by hand, or run again), so a page shown without text can be given it.
   */
  watch(hash: FileHash, onPage: (page: number) => void): Unwatch;
}

export interface LibraryStore {
  watch(onValue: (entries: LibraryEntry[]) => void, onError?: (e: unknown) => void): Unwatch;
}

/**
 * Passwords of locked PDFs typed in this session, by file hash: kept in memory only (never
 * stored), so the viewer and fact reading open the file the reviewer already unlocked.
 */
export class PasswordMemory {
  private readonly passwords = new Map<FileHash, string>();
  private readonly listeners = new Set<(hash: FileHash) => void>();

  get(hash: FileHash): string | undefined {
    return this.passwords.get(hash);
  }

  set(hash: FileHash, password: string): void {
    if (this.passwords.get(hash) === password) return;
    this.passwords.set(hash, password);
    for (const l of this.listeners) l(hash);
  }

  subscribe(listener: (hash: FileHash) => void): Unwatch {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Which discussion messages this device has seen, per panel (lib/workspace/thread-reads). */
export interface ThreadReadsStore {
  watch(
    panel: PanelId,
    onValue: (reads: ThreadReads) => void,
    onError?: (e: unknown) => void,
  ): Unwatch;
  markRead(panel: PanelId, thread: ThreadView): Promise<void>;
}

export interface WorkspaceStores {
  files: FileStore;
  viewStates: ViewStateStore;
  panels: PanelListStore;
  extraction: ExtractionStore;
  ocr: OcrPageStore;
  library: LibraryStore;
  passwords: PasswordMemory;
  active: ActivePanelStore;
  threadReads: ThreadReadsStore;
}

/** Which panel the extension's popup and side panel work on, and the side panel's application. */
export interface ActivePanelStore {
  watch(onValue: (id: PanelId | null) => void, onError?: (e: unknown) => void): Unwatch;
  set(id: PanelId): Promise<void>;
  watchApplication(
    panel: PanelId,
    onValue: (id: ApplicationId | null) => void,
    onError?: (e: unknown) => void,
  ): Unwatch;
  setApplication(panel: PanelId, id: ApplicationId): Promise<void>;
}

export function deviceStores(db: ReviewDeskDb): WorkspaceStores {
  const passwords = new PasswordMemory();
  return {
    files: {
      get: (hash) => getFile(db, hash),
      put: (bytes) => putFile(db, bytes),
      watchPresent: (hashes, onValue, onError) =>
        watch(
          async () =>
            (await db.files
              .where('hash')
              .anyOf([...hashes])
              .primaryKeys()) as FileHash[],
          onValue,
          onError,
        ),
      // File transfer comes with the panel core (lib/workspace/panel-kit.ts).
      fetchFromRelay: async (panel, hash) => (await loadPanelKit()).fetchFromRelay(panel, db, hash),
      supply: async (hash, bytes, name) => (await loadPanelKit()).supplyFile(db, hash, bytes, name),
      share: async (panel) => {
        await (await loadPanelKit()).shareFiles(panel, db);
      },
    },
    viewStates: {
      load: (hash) => loadViewState(db, hash),
      save: (hash, state) => saveViewState(db, hash, state),
    },
    panels: {
      watch: (onValue, onError) =>
        watch(() => db.panels.orderBy('joinedAt').toArray(), onValue, onError),
    },
    extraction: {
      extract: (pack, file, options = {}) =>
        extractStoredFile(
          db,
          pack,
          file,
          options.onProgress,
          options.password ?? passwords.get(file.hash),
          options.ocr && { ...options.ocr, cache: dbOcrCache(db) },
        ),
    },
    ocr: {
      page: (hash, page) => waitForOcrPage(db, hash, page),
      watch: (hash, onPage) => onOcrStored(db, (h, page) => h === hash && onPage(page)),
    },
    library: {
      watch: (onValue, onError) => watch(() => listPacks(db), onValue, onError),
    },
    passwords,
    active: {
      watch: (onValue, onError) => watch(() => activePanel(db), onValue, onError),
      set: (id) => setActivePanel(db, id),
      watchApplication: (panel, onValue, onError) =>
        watch(() => sidePanelApplication(db, panel), onValue, onError),
      setApplication: (panel, id) => setSidePanelApplication(db, panel, id),
    },
    threadReads: {
      watch: (panel, onValue, onError) => watchThreadReads(db, panel, onValue, onError),
      markRead: (panel, thread) => markThreadRead(db, panel, thread),
    },
  };
}
