/**
 * Review summaries kept per review version, so the chair's desk does not evaluate every review
 * again on every change of a big panel (summarizeReview runs the eligibility engine: about 1.5 ms
 * a review, 20 s for 500 applications × 30 reviewers). One slot per (application, reviewer): the
 * summary is reused while the values it is computed from are the same, and replaced when they
 * change (a new submission, a returned review edited again). A changed pack starts afresh.
 */
import { type ReviewInput, type ReviewSummary, type RubricPack, summarizeReview } from '../rubric';

interface Slot {
  key: string;
  summary: ReviewSummary;
}

/** What a summary depends on in a review: its scores, comments and confirmed facts. */
function versionKey(values: ReviewInput): string {
  return JSON.stringify([
    values.scores,
    values.comments ?? null,
    values.overallComment ?? null,
    values.facts ?? null,
  ]);
}

export class SummaryCache {
  private pack: RubricPack | null = null;
  /** The pack's text: a pack parsed again from the same snapshot keeps the summaries. */
  private packText = '';
  private readonly slots = new Map<string, Slot>();
  /** How many summaries were reused and computed (for tests and benchmarks). */
  readonly counts = { hits: 0, misses: 0 };

  /** The summary of one review's values, computed only when they changed since last asked. */
  get(pack: RubricPack, application: string, reviewer: string, values: ReviewInput): ReviewSummary {
    if (pack !== this.pack) {
      const text = JSON.stringify(pack);
      if (text !== this.packText) this.slots.clear();
      this.pack = pack;
      this.packText = text;
    }
    const id = `${application}\u0000${reviewer}`;
    const key = versionKey(values);
    const slot = this.slots.get(id);
    if (slot && slot.key === key) {
      this.counts.hits++;
      return slot.summary;
    }
    this.counts.misses++;
    const summary = summarizeReview(pack, values);
    this.slots.set(id, { key, summary });
    return summary;
  }

  /** Keep only the slots of these (application, reviewer) pairs: the rest are gone. */
  retain(pairs: Iterable<readonly [string, string]>): void {
    const live = new Set<string>();
    for (const [a, r] of pairs) live.add(`${a}\u0000${r}`);
    for (const id of [...this.slots.keys()]) if (!live.has(id)) this.slots.delete(id);
  }
}
