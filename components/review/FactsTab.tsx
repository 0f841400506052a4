/** The facts the pack reads, each with its proposal and the reviewer's confirmation. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FactRow } from './FactRow';
import { useReviewContext } from './ReviewContext';
import { useRefocusWhenLost } from './use-refocus';

export function FactsTab() {
  const { t } = useTranslation('review');
  const { pack, proposals, review, editable, panel, applicationId } = useReviewContext();
  const facts = pack.facts.filter((f) => !f.derive);
  // Values OCR could not read surely, and values the document's structure doubts, are checked
  // one by one, never accepted in bulk.
  const pending = facts.filter((f) => {
    const proposal = proposals[f.id];
    if (!proposal || review.values.facts[f.id]) return false;
    return proposal.ocr?.certain !== false && !proposal.doubts?.length;
  });
  // 全部接受 disappears once nothing is left to accept: the focus goes to the first fact it
  // accepted (its first action), not to the page's body.
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRefocusWhenLost((fact: string) => {
    const row = listRef.current?.querySelector<HTMLElement>(`[data-fact="${CSS.escape(fact)}"]`);
    return row?.querySelector<HTMLElement>('.row-actions button') ?? row;
  });
  return (
    <section aria-label={t('tabs.facts')}>
      {editable && pending.length > 1 && (
        <div className="row-actions">
          <button
            type="button"
            data-testid="facts-accept-all"
            onClick={() => {
              refocus(pending[0]!.id);
              panel.batch(() => {
                for (const def of pending) {
                  const p = proposals[def.id]!;
                  panel.setFact(applicationId, def.id as never, {
                    state: 'accepted',
                    value: p.value,
                    evidence: p.evidence,
                  });
                }
              });
            }}
          >
            {t('facts.acceptAll', { count: pending.length })}
          </button>
        </div>
      )}
      <ul className="fact-list" ref={listRef}>
        {facts.map((def) => (
          <FactRow
            key={def.id}
            def={def}
            proposal={proposals[def.id]}
            confirmation={review.values.facts[def.id]}
          />
        ))}
      </ul>
    </section>
  );
}
