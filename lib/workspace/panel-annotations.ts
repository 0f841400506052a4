/**
 * The viewer's AnnotationStore backed by the panel document: annotations are panel records
 * (shared with the panel once synced), evidence links are cells of this reviewer's review
 * (sealed until submitted). Snapshots are cached per panel version, so React sees the same
 * array until something changes.
 */
import type { Annotation } from '../annotations/annotation';
import type { AnnotationStore, EvidenceLink } from '../annotations/store';
import type { AnnotationId, ApplicationId } from '../ids';
import type { Panel } from '../panel/panel';
import type { EvidenceTarget as CellTarget } from '../panel/records/review-cell';

function parseTarget(target: string): Pick<EvidenceLink, 'kind' | 'id'> | null {
  const [kind, id] = target.split(':');
  return (kind === 'criterion' || kind === 'fact') && id ? { kind, id } : null;
}

export function panelAnnotationStore(panel: Panel): AnnotationStore {
  let version = -1;
  const lists = new Map<string, readonly Annotation[]>();
  const links = new Map<string, readonly EvidenceLink[]>();
  /** Which application an annotation belongs to, learned from every list read. */
  const owner = new Map<string, ApplicationId>();
  const fresh = () => {
    if (panel.version() !== version) {
      version = panel.version();
      lists.clear();
      links.clear();
    }
  };
  const appOf = (id: string): ApplicationId => {
    const app = owner.get(id);
    if (app) return app;
    for (const a of panel.applications()) {
      if (panel.annotations(a.id).some((x) => x.id === id)) {
        owner.set(id, a.id);
        return a.id;
      }
    }
    throw new Error(`unknown annotation ${id}`);
  };

  return {
    list(applicationId) {
      fresh();
      let out = lists.get(applicationId);
      if (!out) {
        out = panel.annotations(applicationId);
        for (const a of out) owner.set(a.id, applicationId);
        lists.set(applicationId, out);
      }
      return out;
    },
    evidence(applicationId) {
      fresh();
      let out = links.get(applicationId);
      if (!out) {
        const evidence = panel.myReview(applicationId).values.evidence;
        out = Object.entries(evidence).flatMap(([target, ids]) => {
          const parsed = parseTarget(target);
          return parsed ? ids.map((annotationId) => ({ annotationId, ...parsed })) : [];
        });
        links.set(applicationId, out);
      }
      return out;
    },
    subscribe(listener) {
      return panel.subscribe(() => listener());
    },
    create(o, draft) {
      const id = panel.addAnnotation(o.applicationId, o.fileHash, draft);
      owner.set(id, o.applicationId);
      const created = panel.annotations(o.applicationId).find((a) => a.id === id);
      if (!created) throw new Error(`annotation ${id} was not written`);
      return created;
    },
    update(id, patch) {
      panel.updateAnnotation(appOf(id), id as AnnotationId, patch);
    },
    remove(id) {
      panel.removeAnnotation(appOf(id), id as AnnotationId);
    },
    link(annotationId, target) {
      const cell = `${target.kind}:${target.id}` as CellTarget;
      panel.linkEvidence(appOf(annotationId), cell, annotationId as AnnotationId);
    },
    unlink(annotationId, target) {
      const cell = `${target.kind}:${target.id}` as CellTarget;
      panel.unlinkEvidence(appOf(annotationId), cell, annotationId as AnnotationId);
    },
  };
}
