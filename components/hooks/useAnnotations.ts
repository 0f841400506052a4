/**
 * The application page's annotations: list, create, update, delete, link as evidence. Backed by
 * an AnnotationStore (lib/annotations/store); until the panel CRDT provides one, an in-memory
 * store for the session. Pass a store (e.g. lib/workspace/panel-annotations) or install one with
 * `setAnnotationStore`.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AnnotationDraft, AnnotationPatch } from '@/lib/annotations/annotation';
import {
  type AnnotationStore,
  createMemoryAnnotationStore,
  type EvidenceTarget,
} from '@/lib/annotations/store';
import type { ApplicationId, FileHash } from '@/lib/ids';

let fallback: AnnotationStore = createMemoryAnnotationStore('');

/** Install the store used when none is passed (the panel's, once lib/panel provides one). */
export function setAnnotationStore(next: AnnotationStore): void {
  fallback = next;
}

export function useAnnotations(applicationId: string, store?: AnnotationStore) {
  const id = applicationId as ApplicationId;
  const s = store ?? fallback;
  const annotations = useSyncExternalStore(
    s.subscribe,
    () => s.list(id),
    () => s.list(id),
  );
  const evidence = useSyncExternalStore(
    s.subscribe,
    () => s.evidence(id),
    () => s.evidence(id),
  );
  const create = useCallback(
    (fileHash: FileHash, draft: AnnotationDraft) =>
      s.create({ applicationId: id, fileHash }, draft).id as string,
    [s, id],
  );
  const update = useCallback(
    (annotationId: string, patch: AnnotationPatch) => s.update(annotationId, patch),
    [s],
  );
  const remove = useCallback((annotationId: string) => s.remove(annotationId), [s]);
  const link = useCallback(
    (annotationId: string, target: EvidenceTarget, linked: boolean) =>
      linked ? s.link(annotationId, target) : s.unlink(annotationId, target),
    [s],
  );
  return useMemo(
    () => ({ annotations, evidence, create, update, remove, link }),
    [annotations, evidence, create, update, remove, link],
  );
}
