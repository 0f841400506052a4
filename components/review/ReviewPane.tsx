/**
 * The review form beside the PDF: facts, eligibility, scores, opinion, history, and submitting.
 * Digits 1–5 with Alt switch tabs (the focus goes to the tab, as do ←/→ on the tabs), so a
 * reviewer can work from the keyboard: Tab from there enters the tab's first field.
 */
import {
  type KeyboardEvent as ReactKeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isReviewDeskError } from '@/lib/errors';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import {
  checkReview,
  formatMessage,
  type RubricPack,
  summarizeReview,
  unresolvedFields,
} from '@/lib/rubric';
import { ReturnedNotice } from '../desk/ReturnedNotice';
import type { ExtractionState } from '../hooks/useExtraction';
import { usePanelValue } from '../hooks/usePanelValue';
import { OcrStatus } from '../ocr/OcrStatus';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';
import { EligibilityTab } from './EligibilityTab';
import { FactsTab } from './FactsTab';
import { HistoryTab } from './HistoryTab';
import { OpinionTab } from './OpinionTab';
import { type EvidenceLocation, ReviewProvider } from './ReviewContext';
import { ScoresTab } from './ScoresTab';
import './review.css';

const TABS = ['facts', 'eligibility', 'scores', 'opinion', 'history'] as const;
type Tab = (typeof TABS)[number];

export function ReviewPane({
  panel,
  applicationId,
  pack,
  extraction,
  showEvidence,
}: {
  panel: Panel;
  applicationId: ApplicationId;
  pack: RubricPack;
  extraction: ExtractionState & { cancelOcr?: () => void; readScans?: () => void };
  showEvidence: (where: EvidenceLocation) => void;
}) {
  const { t, i18n } = useTranslation('review');
  const [tab, setTab] = useState<Tab>('facts');
  const [issues, setIssues] = useState<string[]>([]);
  const tabsRef = useRef<HTMLDivElement>(null);
  // Ids that tie each tab to the one panel (useId: unique if two forms are ever on one page).
  const ids = useId();
  const issuesRef = useRef<HTMLDivElement>(null);
  const focusTab = useCallback((next: Tab) => {
    setTab(next);
    tabsRef.current?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  }, []);
  const onTabKey = (e: ReactKeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    focusTab(TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!);
  };
  // A refused submit lists why above the tabs, which the form may have scrolled out of view:
  // bring the list into view and give it the focus, so the click visibly answers.
  useEffect(() => {
    if (issues.length === 0) return;
    issuesRef.current?.scrollIntoView({ block: 'nearest' });
    issuesRef.current?.focus({ preventScroll: true });
  }, [issues]);
  const [error, setError] = useState<unknown>(null);
  const review = usePanelValue(panel, (p) => p.myReview(applicationId), [applicationId]);
  const role = usePanelValue(panel, (p) => p.me().role);
  const editable = review.status === 'draft' && role !== 'observer';
  // Today's date fills {{date}}; the day is enough, so the memo does not churn.
  const today = new Date().toISOString().slice(0, 10);
  const summary = useMemo(
    () => summarizeReview(pack, review.values, { date: today }),
    [pack, review.values, today],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const index = Number(e.key) - 1;
      if (e.altKey && index >= 0 && index < TABS.length) {
        e.preventDefault();
        focusTab(TABS[index]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusTab]);

  const submit = async () => {
    // Read afresh: the opinion's last edit is saved on blur, just before this click.
    const current = panel.myReview(applicationId).values;
    const found = checkReview(pack.scoring, current.scores, current.comments);
    const open = unresolvedFields(pack, current.opinion);
    const messages = found.map((i) => formatMessage(i18n, i.message));
    if (open.length > 0) {
      const fields = open
        .map((f) => formatMessage(i18n, f.label))
        .join(t('rubric:values.separator'));
      messages.push(t('opinion:submit.unresolved', { fields }));
    }
    setIssues(messages);
    if (messages.length > 0) {
      setTab(found.length > 0 ? 'scores' : 'opinion');
      return;
    }
    if (!window.confirm(t('submit.confirm'))) return;
    try {
      await panel.submitReview(applicationId);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <ReviewProvider
      value={{
        panel,
        applicationId,
        pack,
        review,
        summary,
        editable,
        proposals: extraction.proposals,
        reading: extraction.running || extraction.ocr !== null,
        showEvidence,
      }}
    >
      <div className="review-pane" data-testid="review-pane" data-status={review.status}>
        <div className="review-head">
          <div className="review-status">
            <span className={`chip chip-${review.status}`}>{t(`status.${review.status}`)}</span>
            {editable && (
              <button
                type="button"
                className="primary"
                onClick={submit}
                data-testid="submit-review"
              >
                {t('submit.button')}
              </button>
            )}
          </div>
          <div role="tablist" className="tabs" ref={tabsRef} onKeyDown={onTabKey}>
            {TABS.map((name, i) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${ids}-tab-${name}`}
                aria-controls={`${ids}-panel`}
                data-tab={name}
                tabIndex={tab === name ? 0 : -1}
                aria-selected={tab === name}
                title={t('tabs.shortcut', { key: i + 1 })}
                onClick={() => setTab(name)}
              >
                {t(`tabs.${name}`)}
              </button>
            ))}
          </div>
        </div>
        <ReturnedNotice review={review} />
        {extraction.running && (
          <Progress
            label={t('extraction.running')}
            value={extraction.done}
            max={extraction.total || 1}
          />
        )}
        {extraction.errors.map((e) =>
          isReviewDeskError(e.error) && e.error.code === 'pdf/passwordRequired' ? (
            <p key={e.hash} className="notice notice-info" data-testid="file-locked">
              {t('reviewForm:locked', { name: e.name })}
            </p>
          ) : (
            <ErrorNotice key={e.hash} error={e.error} />
          ),
        )}
        {/* Scanned pages: read by OCR, how surely, and those left unread (needs-ocr). */}
        <OcrStatus extraction={extraction} />
        {error ? <ErrorNotice error={error} /> : null}
        {issues.length > 0 && (
          <div
            className="notice notice-error"
            role="alert"
            ref={issuesRef}
            tabIndex={-1}
            data-testid="submit-issues"
          >
            <p>{t('submit.issues')}</p>
            <ul>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </div>
        )}
        <div
          role="tabpanel"
          id={`${ids}-panel`}
          aria-labelledby={`${ids}-tab-${tab}`}
          className="tab-body"
        >
          {tab === 'facts' && <FactsTab />}
          {tab === 'eligibility' && <EligibilityTab />}
          {tab === 'scores' && <ScoresTab />}
          {tab === 'opinion' && <OpinionTab />}
          {tab === 'history' && <HistoryTab />}
        </div>
      </div>
    </ReviewProvider>
  );
}
