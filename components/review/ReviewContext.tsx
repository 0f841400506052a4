/**
 * What every part of the review form needs: the panel, the application, the pack, this
 * reviewer's review, the extraction proposals and a way to show evidence in the viewer.
 */
import { createContext, useContext } from 'react';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import type { Review } from '@/lib/panel/reviews';
import type { ReviewSummary, RubricPack } from '@/lib/rubric';
import type { Proposal } from '../hooks/useExtraction';

export interface EvidenceLocation {
  fileHash?: string;
  page: number;
  quote?: string;
  annotationId?: string;
}

export interface ReviewContextValue {
  panel: Panel;
  applicationId: ApplicationId;
  pack: RubricPack;
  review: Review;
  /** The review's derived values (facts, eligibility, totals, opinion values): computed once. */
  summary: ReviewSummary;
  /** False once submitted, or for observers. */
  editable: boolean;
  proposals: Record<string, Proposal>;
  /** The files are still being read (text or OCR): a fact not proposed yet may still be. */
  reading?: boolean;
  showEvidence: (where: EvidenceLocation) => void;
}

const ReviewContext = createContext<ReviewContextValue | null>(null);

export const ReviewProvider = ReviewContext.Provider;

export function useReviewContext(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReviewContext outside ReviewProvider');
  return value;
}
