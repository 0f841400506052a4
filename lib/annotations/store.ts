/**
 * The annotations an application page works with, behind a small interface. The panel CRDT
 * (lib/panel) will implement it; until then `createMemoryAnnotationStore` keeps them in memory
 * for the session. Viewers never see this: they get arrays and callbacks.
 */
import type { ApplicationId, FileHash } from '../ids';
import {
  type Annotation,
  type AnnotationDraft,
  type AnnotationPatch,
  createAnnotation,
} from './annotation';
import type { EvidenceLink } from './web-annotation';

export type { EvidenceLink };

/** A rubric criterion or a fact an annotation can be evidence for. */
export interface EvidenceTarget {
  kind: 'criterion' | 'fact';
  id: string;
  label: string;
  /** Where it sits, for grouping a long list (a criterion's scoring section). */
  group?: string;
}

export interface AnnotationStore {
  /** Live (not deleted) annotations of an application, oldest first. */
  list(applicationId: ApplicationId): readonly Annotation[];
  evidence(applicationId: ApplicationId): readonly EvidenceLink[];
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  create(
    owner: { applicationId: ApplicationId; fileHash: FileHash },
    draft: AnnotationDraft,
  ): Annotation;
  update(id: string, patch: AnnotationPatch): void;
  /** Marks deleted (tombstone): the panel document never deletes. */
  remove(id: string): void;
  link(annotationId: string, target: Omit<EvidenceTarget, 'label'> & { label?: string }): void;
  unlink(annotationId: string, target: Pick<EvidenceTarget, 'kind' | 'id'>): void;
}

export function createMemoryAnnotationStore(author: string): AnnotationStore {
  const byId = new Map<string, Annotation>();
  let links: EvidenceLink[] = [];
  const listeners = new Set<() => void>();
  // Snapshots stay referentially stable between changes (useSyncExternalStore needs that).
  const listCache = new Map<string, readonly Annotation[]>();
  const linkCache = new Map<string, readonly EvidenceLink[]>();
  const changed = () => {
    listCache.clear();
    linkCache.clear();
    for (const l of listeners) l();
  };
  const appOf = (annotationId: string) => byId.get(annotationId)?.applicationId;

  return {
    list(applicationId) {
      let out = listCache.get(applicationId);
      if (!out) {
        out = [...byId.values()].filter((a) => a.applicationId === applicationId && !a.deleted);
        listCache.set(applicationId, out);
      }
      return out;
    },
    evidence(applicationId) {
      let out = linkCache.get(applicationId);
      if (!out) {
        out = links.filter((l) => appOf(l.annotationId) === applicationId);
        linkCache.set(applicationId, out);
      }
      return out;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    create(owner, draft) {
      const a = createAnnotation(draft, { ...owner, author });
      byId.set(a.id, a);
      changed();
      return a;
    },
    update(id, patch) {
      const a = byId.get(id);
      if (!a || a.deleted) return;
      byId.set(id, { ...a, ...patch, updatedAt: Math.max(Date.now(), a.updatedAt + 1) });
      changed();
    },
    remove(id) {
      const a = byId.get(id);
      if (!a || a.deleted) return;
      byId.set(id, { ...a, deleted: true, updatedAt: Math.max(Date.now(), a.updatedAt + 1) });
      changed();
    },
    link(annotationId, target) {
      if (!byId.has(annotationId)) return;
      if (
        links.some(
          (l) => l.annotationId === annotationId && l.kind === target.kind && l.id === target.id,
        )
      ) {
        return;
      }
      links = [...links, { annotationId, kind: target.kind, id: target.id, label: target.label }];
      changed();
    },
    unlink(annotationId, target) {
      const next = links.filter(
        (l) => !(l.annotationId === annotationId && l.kind === target.kind && l.id === target.id),
      );
      if (next.length === links.length) return;
      links = next;
      changed();
    },
  };
}
