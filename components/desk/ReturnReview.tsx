/**
 * The chair returns a submitted review to its reviewer with a reason they will read: the
 * submission stops counting and the reviewer edits and submits again (panel SPEC S8; both
 * submissions stay in the history).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId, MemberId } from '@/lib/ids';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useDesk } from './DeskContext';

export function ReturnReview({
  app,
  reviewer,
  name,
  onDone,
}: {
  app: ApplicationId;
  reviewer: MemberId;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('desk');
  const { panel } = useDesk();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem(t('returnReview.needReason'));
      return;
    }
    if (!window.confirm(t('returnReview.confirm'))) return;
    setBusy(true);
    try {
      await panel.returnReview(app, reviewer, reason.trim());
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="desk-inline-form" onSubmit={submit} data-testid="desk-return-form">
      <strong>{t('returnReview.title', { reviewer: name })}</strong>
      <label>
        <span>{t('returnReview.reason')}</span>
        <textarea
          rows={3}
          maxLength={5000}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setProblem(null);
          }}
        />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      <div className="row-actions">
        <button type="submit" className="danger" disabled={busy}>
          {t('returnReview.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('returnReview.cancel')}
        </button>
      </div>
    </form>
  );
}
