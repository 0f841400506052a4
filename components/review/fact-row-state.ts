/** Which state a fact's row shows, from its proposal, the reviewer's confirmation and the reading. */
import type { FactConfirmation } from '@/lib/panel/records/review-cell';
import type { Proposal } from '../hooks/useExtraction';

export type RowState = 'pending' | 'accepted' | 'corrected' | 'unknown' | 'reading' | 'notFound';

/**
 * A fact with no proposal is "not found" only once the files have been read: while they are
 * (a long file, OCR of scans), saying "not found in the files" would tell the reviewer to type in
 * what is about to be proposed.
 */
export function rowState(
  proposal: Proposal | undefined,
  confirmation: FactConfirmation | undefined,
  reading = false,
): RowState {
  if (confirmation) return confirmation.state;
  if (proposal) return 'pending';
  return reading ? 'reading' : 'notFound';
}
