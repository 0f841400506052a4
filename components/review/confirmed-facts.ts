/** The facts a reviewer confirmed (accepted or corrected): what feeds the eligibility engine. */
import type { FactConfirmation } from '@/lib/panel/records/review-cell';

export function confirmedFacts(facts: Record<string, FactConfirmation>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(facts)) {
    if ((f.state === 'accepted' || f.state === 'corrected') && f.value !== undefined) {
      out[id] = f.value;
    }
  }
  return out;
}
