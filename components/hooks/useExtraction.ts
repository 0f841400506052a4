/**
 * Facts proposed from an application's PDFs, read in the browser (pdf.js parses in its worker)
 * with progress (cached per file and pack by the workspace's extraction store). Proposals only:
 * nothing enters the panel document until the reviewer confirms it. A locked file is read once
 * the reviewer has typed its password in the viewer.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ExtractionResult } from '@/lib/extract';
import type { ExtractedFact } from '@/lib/facts/standard';
import type { FileHash } from '@/lib/ids';
import type { RubricPack } from '@/lib/rubric';
import { useStores, useWatched } from '../workspace/WorkspaceContext';

export type Proposal = ExtractedFact & { fileHash: FileHash };

export interface ExtractionState {
  running: boolean;
  done: number;
  total: number;
  results: { hash: FileHash; name: string; result: ExtractionResult }[];
  errors: { hash: FileHash; name: string; error: unknown }[];
  proposals: Record<string, Proposal>;
}

/** The first file that proposes a fact wins (the form comes first; evidence files add the rest). */
function merge(results: ExtractionState['results']): Record<string, Proposal> {
  const out: Record<string, Proposal> = {};
  for (const { hash, result } of results) {
    for (const [id, fact] of Object.entries(result.facts)) {
      out[id] ??= { ...fact, fileHash: hash };
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
  });
  // Only files whose bytes are on this device are read; one that arrives later (from the relay,
  // or picked by the user) is read then.
  const hashes = files.map((f) => f.hash);
  const present = useWatched<FileHash[]>(
    (onValue, onError) => stores.files.watchPresent(hashes, onValue, onError),
    [stores, hashes.join(',')],
  ).value;
  const here = files.filter((f) => present?.includes(f.hash));
  const unlocked = usePasswordsKey(hashes);
  const key = `${pack?.id}:${pack?.revision}:${here.map((f) => f.hash).join(',')}:${unlocked}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for files, pack, passwords
  useEffect(() => {
    if (!pack || here.length === 0) return;
    let cancelled = false;
    const results: ExtractionState['results'] = [];
    const errors: ExtractionState['errors'] = [];
    setState({ running: true, done: 0, total: 0, results, errors, proposals: {} });
    (async () => {
      for (const file of here) {
        try {
          const result = await stores.extraction.extract(pack, file, {
            onProgress: (done, total) => {
              if (!cancelled) setState((s) => ({ ...s, done, total }));
            },
          });
          results.push({ hash: file.hash, name: file.name, result });
        } catch (error) {
          errors.push({ hash: file.hash, name: file.name, error });
        }
        if (cancelled) return;
      }
      setState({ running: false, done: 0, total: 0, results, errors, proposals: merge(results) });
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);
  return state;
}
