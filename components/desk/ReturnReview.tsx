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
import { FormActions, ReasonField } from './ReasonField';

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
      <ReasonField
        label={t('returnReview.reason')}
        rows={3}
        value={reason}
        problem={problem}
        onChange={(value) => {
          setReason(value);
          setProblem(null);
        }}
      />
      {error ? <ErrorNotice error={error} /> : null}
      <FormActions
        save={t('returnReview.save')}
        cancel={t('returnReview.cancel')}
        onCancel={onDone}
        busy={busy}
        danger
      />
    </form>
  );
}
