/**
 * Facts proposed from an application's PDFs, read in the browser (pdf.js parses in its worker)
 * with progress (cached per file and pack by the workspace's extraction store). Scanned pages are
 * read by OCR in a Web Worker (lib/ocr; models downloaded once, results cached per file), with
 * progress and a cancel for the whole application. Proposals only: nothing enters the panel
 * document until the reviewer confirms it. A locked file is read once the reviewer has typed its
 * password in the viewer.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ExtractionResult } from '@/lib/extract';
import type { ExtractedFact } from '@/lib/facts/standard';
import type { FileHash } from '@/lib/ids';
import { expectOcr } from '@/lib/ocr/cache-db';
import type { OcrFactInfo } from '@/lib/ocr/facts';
import type { OcrService } from '@/lib/ocr/service';
import { getPlatform } from '@/lib/platform';
import type { RubricPack } from '@/lib/rubric';
import { useStores, useWatched } from '../workspace/WorkspaceContext';

/** A proposed fact; `ocr` when it was read from a scan (its confidence, where it stands). */
export type Proposal = ExtractedFact & { fileHash: FileHash; ocr?: OcrFactInfo };

/** OCR of the application's scanned pages: loading the models, then reading page by page. */
export interface OcrProgress {
  phase: 'models' | 'pages';
  /** Models: bytes loaded of total. Pages: pages read of the file's scanned pages. */
  done: number;
  total: number;
  file: string;
}

export interface ExtractionState {
  running: boolean;
  done: number;
  total: number;
  results: { hash: FileHash; name: string; result: ExtractionResult }[];
  errors: { hash: FileHash; name: string; error: unknown }[];
  proposals: Record<string, Proposal>;
  /** OCR under way (null when not reading scans). */
  ocr: OcrProgress | null;
  /** The reviewer stopped OCR: scanned pages of the files read meanwhile stay unread. */
  ocrCancelled: boolean;
}

/** The same OCR service, saying when it starts making its models ready. */
function announcePrepare(service: OcrService, onPrepare: () => void): OcrService {
  return {
    prepare: (options) => {
      onPrepare();
      return service.prepare(options);
    },
    read: (image, options) => service.read(image, options),
    dictionary: () => service.dictionary(),
  };
}

/** The first file that proposes a fact wins (the form comes first; evidence files add the rest). */
function merge(results: ExtractionState['results']): Record<string, Proposal> {
  const out: Record<string, Proposal> = {};
  for (const { hash, result } of results) {
    for (const [id, fact] of Object.entries(result.facts)) {
      const ocr = result.ocr?.facts[id];
      out[id] ??= { ...fact, fileHash: hash, ...(ocr ? { ocr } : {}) };
    }
  }
  return out;
}

/** A value that changes whenever a password is typed for one of these files. */
function usePasswordsKey(hashes: readonly FileHash[]): string {
  const { passwords } = useStores();
  return useSyncExternalStore(
    (onChange) => passwords.subscribe(onChange),
    () => hashes.map((h) => (passwords.get(h) ? '1' : '0')).join(''),
  );
}

export function useExtraction(files: { hash: FileHash; name: string }[], pack: RubricPack | null) {
  const stores = useStores();
  const [state, setState] = useState<ExtractionState>({
    running: false,
    done: 0,
    total: 0,
    results: [],
    errors: [],
    proposals: {},
    ocr: null,
    ocrCancelled: false,
  });
  const stop = useRef<AbortController | null>(null);
  // Raised when the reviewer asks again for the scans stopped before: everything is read again
  // (from the caches where already read), the scans by OCR.
  const [round, setRound] = useState(0);
  // Only files whose bytes are on this device are read; one that arrives later (from the relay,
  // or picked by the user) is read then.
  const hashes = files.map((f) => f.hash);
  const present = useWatched<FileHash[]>(
    (onValue, onError) => stores.files.watchPresent(hashes, onValue, onError),
    [stores, hashes.join(',')],
  ).value;
  const here = files.filter((f) => present?.includes(f.hash));
  const unlocked = usePasswordsKey(hashes);
  const key = `${pack?.id}:${pack?.revision}:${here.map((f) => f.hash).join(',')}:${unlocked}:${round}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for files, pack, passwords, rounds
  useEffect(() => {
    if (!pack || here.length === 0) return;
    let cancelled = false;
    const results: ExtractionState['results'] = [];
    const errors: ExtractionState['errors'] = [];
    const controller = new AbortController();
    stop.current = controller;
    setState({
      running: true,
      done: 0,
      total: 0,
      results,
      errors,
      proposals: {},
      ocr: null,
      ocrCancelled: false,
    });
    const update = (patch: Partial<ExtractionState>) => {
      if (!cancelled) setState((s) => ({ ...s, ...patch }));
    };
    // A viewer showing one of these files waits for its scanned pages' text.
    const releases = here.map((f) => expectOcr(f.hash));
    (async () => {
      for (const [i, file] of here.entries()) {
        const onProgress = (done: number, total: number) => update({ done, total });
        const platformOcr = controller.signal.aborted ? undefined : getPlatform().ocr?.();
        // Progress (and its stop button) shows from the moment the models are asked for: on
        // first use the worker first asks the server for their sizes, which may take long (a
        // slow or stalled connection) before any byte counts.
        const service =
          platformOcr &&
          announcePrepare(platformOcr, () =>
            update({ ocr: { phase: 'models', done: 0, total: 0, file: file.name } }),
          );
        const ocr = service && {
          service,
          signal: controller.signal,
          onPrepare: (done: number, total: number) =>
            update({ ocr: { phase: 'models', done, total, file: file.name } }),
          onPage: (_page: unknown, done: number, total: number) =>
            update({ ocr: { phase: 'pages', done, total, file: file.name } }),
        };
        try {
          const result = await stores.extraction.extract(pack, file, {
            onProgress,
            ...(ocr ? { ocr } : {}),
          });
          results.push({ hash: file.hash, name: file.name, result });
        } catch (error) {
          if (controller.signal.aborted && !cancelled) {
            // Stopped by the reviewer: propose what the text layer says, scans stay unread.
            const result = await stores.extraction
              .extract(pack, file, { onProgress })
              .catch((e: unknown) => {
                errors.push({ hash: file.hash, name: file.name, error: e });
                return null;
              });
            if (result) results.push({ hash: file.hash, name: file.name, result });
          } else errors.push({ hash: file.hash, name: file.name, error });
        }
        update({ ocr: null });
        releases[i]?.();
        if (cancelled) return;
      }
      setState({
        running: false,
        done: 0,
        total: 0,
        results,
        errors,
        proposals: merge(results),
        ocr: null,
        ocrCancelled: controller.signal.aborted,
      });
    })();
    return () => {
      cancelled = true;
      controller.abort();
      for (const release of releases) release();
    };
  }, [key]);
  const cancelOcr = useCallback(() => stop.current?.abort(), []);
  const readScans = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, cancelOcr, readScans };
}
