/** What the structural certainty checks' tests build: a context over made-up lines, a proposal. */
import type { CheckContext } from '../../lib/extract/certainty';
import type { ExtractedFact, FactSource } from '../../lib/facts/standard';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import type { FactDef } from '../../lib/rubric';
import { type Block, page } from './pages';

/** A check's context: one page of the given lines or blocks, the given facts declared. */
export function checkContext(blocks: (Block | string)[], defs: FactDef[]): CheckContext {
  return { doc: new DocumentLayout([page(blocks)]), found: {}, defs };
}

/** A proposal quoting one line of page 1. */
export function proposal(
  value: unknown,
  quote: string,
  confidence = 0.8,
  source?: FactSource,
): ExtractedFact {
  return { value, evidence: [{ page: 1, quote }], confidence, ...(source ? { source } : {}) };
}
