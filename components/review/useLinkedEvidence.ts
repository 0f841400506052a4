/**
 * Annotations this reviewer linked as evidence to a criterion or a fact, as clickable evidence
 * (page from 1, the quoted text or the note's comment).
 */
import { useCallback } from 'react';
import { usePanelValue } from '../hooks/usePanelValue';
import { useReviewContext } from './ReviewContext';

export interface LinkedEvidence {
  page: number;
  quote: string;
  annotationId: string;
  fileHash: string;
}

export function useLinkedEvidence(): (
  target: `criterion:${string}` | `fact:${string}`,
) => LinkedEvidence[] {
  const { panel, applicationId, review } = useReviewContext();
  const annotations = usePanelValue(panel, (p) => p.annotations(applicationId), [applicationId]);
  return useCallback(
    (target) =>
      (review.values.evidence[target] ?? []).flatMap((id) => {
        const a = annotations.find((x) => x.id === id);
        return a
          ? [
              {
                page: a.page + 1,
                quote: a.quote.exact || a.comment,
                annotationId: a.id,
                fileHash: a.fileHash,
              },
            ]
          : [];
      }),
    [annotations, review.values.evidence],
  );
}
