/**
 * Where each annotation is drawn: the viewer's hook over AnchorResolver (anchor-resolver.ts),
 * which checks text annotations against the page text in the background and re-anchors them.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Annotation, AnnotationPatch } from '@/lib/annotations/annotation';
import { AnchorResolver, drawnAnchors, type ResolvedAnchor } from './anchor-resolver';
import type { PdfTextSource } from './text-source';

const NONE: ReadonlyMap<string, ResolvedAnchor> = new Map();
const noSubscribe = () => () => {};
const noSnapshot = () => NONE;

export function useAnchors(
  annotations: readonly Annotation[],
  source: PdfTextSource | null,
  onReanchor: (id: string, patch: AnnotationPatch) => void,
) {
  // The latest callback, without restarting the work when the caller re-renders.
  const report = useRef(onReanchor);
  report.current = onReanchor;

  const [resolver, setResolver] = useState<AnchorResolver | null>(null);
  useEffect(() => {
    if (!source) return;
    const made = new AnchorResolver(source, (id, patch) => report.current(id, patch));
    setResolver(made);
    return () => made.close();
  }, [source]);
  useEffect(() => resolver?.setAnnotations(annotations), [resolver, annotations]);

  const resolved = useSyncExternalStore(
    resolver?.subscribe ?? noSubscribe,
    resolver?.snapshot ?? noSnapshot,
  );
  return useMemo(() => drawnAnchors(annotations, resolved), [annotations, resolved]);
}
