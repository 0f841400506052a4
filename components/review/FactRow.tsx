/**
 * One fact: what the PDF says (the proposal, with its evidence), what the reviewer confirmed,
 * and the three answers — accept, correct, unknown. Only confirmed facts feed eligibility.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeDoubts } from '@/lib/extract/describe';
import { UNCERTAIN } from '@/lib/facts/standard';
import type { FactId } from '@/lib/ids';
import type { FactConfirmation } from '@/lib/panel/records/review-cell';
import { type FactDef, pickText } from '@/lib/rubric';
import type { Proposal } from '../hooks/useExtraction';
import { OcrEvidence } from '../ocr/OcrEvidence';
import { EvidenceLinks } from './EvidenceLinks';
import { FactEditor } from './FactEditor';
import { FactValue } from './FactValue';
import { rowState } from './fact-row-state';
import { useReviewContext } from './ReviewContext';
import { useRefocusWhenLost } from './use-refocus';
import { useLinkedEvidence } from './useLinkedEvidence';

export function FactRow({
  def,
  proposal,
  confirmation,
}: {
  def: FactDef;
  proposal?: Proposal;
  confirmation?: FactConfirmation;
}) {
  const { t, i18n } = useTranslation('review');
  const { panel, applicationId, editable, reading } = useReviewContext();
  const [editing, setEditing] = useState(false);
  const linked = useLinkedEvidence()(`fact:${def.id}`);
  const state = rowState(proposal, confirmation, reading);
  // An answer removes the button that was pressed (accept, undo) or the editor: keep the focus
  // in this row, on its first action or on "correct" after editing, never on the page's body.
  const rowRef = useRef<HTMLLIElement>(null);
  const refocus = useRefocusWhenLost((target: 'first' | 'correct') =>
    rowRef.current?.querySelector<HTMLElement>(
      target === 'correct' ? '[data-action="correct"]' : '.row-actions button',
    ),
  );
  const set = (value: FactConfirmation | null) => {
    refocus('first');
    panel.setFact(applicationId, def.id as FactId, value);
  };
  const stopEditing = () => {
    refocus('correct');
    setEditing(false);
  };
  const fileHash = proposal?.fileHash;
  const evidence = proposal?.evidence ?? [];
  const shown = confirmation?.state === 'corrected' ? confirmation.value : proposal?.value;

  return (
    <li ref={rowRef} className={`fact-row fact-${state}`} data-fact={def.id} data-state={state}>
      <div className="fact-head">
        <span className="fact-label">{pickText(def.label, i18n.language)}</span>
        <span className={`chip chip-${state}`}>{t(`facts.state.${state}`)}</span>
        {state === 'pending' && proposal && (proposal.confidence ?? 1) < UNCERTAIN && (
          <span className="chip chip-uncertain" data-uncertain="true">
            {t('extract:review.uncertain', {
              percent: Math.round((proposal.confidence ?? 0) * 100),
            })}
          </span>
        )}
      </div>
      {shown !== undefined && state !== 'unknown' && (
        <div className="fact-value">
          <FactValue def={def} value={shown} />
        </div>
      )}
      {state === 'pending' && proposal?.doubts && (
        <ul className="fact-doubts">
          {describeDoubts(proposal.doubts, t, (k) => i18n.exists(k)).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      {state === 'notFound' && <p className="muted">{t('facts.notFoundHelp')}</p>}
      {state === 'reading' && <p className="muted">{t('facts.readingHelp')}</p>}
      <EvidenceLinks evidence={evidence} {...(fileHash ? { fileHash } : {})} />
      {proposal?.ocr && fileHash && state !== 'unknown' && (
        <OcrEvidence info={proposal.ocr} fileHash={fileHash} />
      )}
      <EvidenceLinks evidence={linked} />
      {editing ? (
        <FactEditor
          def={def}
          initial={shown}
          onCancel={stopEditing}
          onSave={(value) => {
            panel.setFact(applicationId, def.id as FactId, {
              state: 'corrected',
              value,
              evidence: proposal?.evidence ?? [],
            });
            stopEditing();
          }}
        />
      ) : (
        editable && (
          <div className="row-actions">
            {proposal && state !== 'accepted' && (
              <button
                type="button"
                onClick={() =>
                  set({ state: 'accepted', value: proposal.value, evidence: proposal.evidence })
                }
              >
                {t('facts.accept')}
              </button>
            )}
            <button type="button" data-action="correct" onClick={() => setEditing(true)}>
              {t('facts.correct')}
            </button>
            {state !== 'unknown' && (
              <button type="button" onClick={() => set({ state: 'unknown' })}>
                {t('facts.markUnknown')}
              </button>
            )}
            {confirmation && (
              <button type="button" className="link-button" onClick={() => set(null)}>
                {t('facts.undo')}
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
