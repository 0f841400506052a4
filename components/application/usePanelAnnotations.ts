/** The application's annotations and evidence links from the panel, for the viewer. */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AnnotationDraft, AnnotationPatch } from '@/lib/annotations/annotation';
import type { AnnotationStore, EvidenceTarget } from '@/lib/annotations/store';
import type { ApplicationId, FileHash } from '@/lib/ids';

export function usePanelAnnotations(store: AnnotationStore, applicationId: ApplicationId) {
  const annotations = useSyncExternalStore(store.subscribe, () => store.list(applicationId));
  const evidence = useSyncExternalStore(store.subscribe, () => store.evidence(applicationId));
  const create = useCallback(
    (fileHash: FileHash, draft: AnnotationDraft) =>
      store.create({ applicationId, fileHash }, draft).id as string,
    [store, applicationId],
  );
  const update = useCallback(
    (id: string, patch: AnnotationPatch) => store.update(id, patch),
    [store],
  );
  const remove = useCallback((id: string) => store.remove(id), [store]);
  const link = useCallback(
    (annotationId: string, target: EvidenceTarget, linked: boolean) =>
      linked ? store.link(annotationId, target) : store.unlink(annotationId, target),
    [store],
  );
  return useMemo(
    () => ({ annotations, evidence, create, update, remove, link }),
    [annotations, evidence, create, update, remove, link],
  );
}
