/**
 * The chair withdraws an application with a reason (kept in the history, out of the ranking and
 * the quota check), or takes the withdrawal back.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { ApplicationResult } from '@/lib/reconcile';
import { usePanelValue } from '../hooks/usePanelValue';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useDesk } from './DeskContext';
import { FormActions, ReasonField } from './ReasonField';

export function Withdraw({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { panel, isChair } = useDesk();
  const id = app.id as ApplicationId;
  const withdrawn = usePanelValue(panel, (p) => p.application(id)?.withdrawn ?? null, [id]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!isChair) return null;
  const run = (value: string | null) => {
    try {
      panel.withdrawApplication(id, value);
      setReason('');
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem(t('withdraw.needReason'));
      return;
    }
    if (window.confirm(t('withdraw.confirm'))) run(reason.trim());
  };
  return (
    <section className="desk-withdraw" aria-label={t('withdraw.title')}>
      <h3>{t('withdraw.title')}</h3>
      <p className="muted">{t('withdraw.help')}</p>
      {withdrawn ? (
        <button type="button" onClick={() => run(null)} data-testid="desk-restore">
          {t('withdraw.restore')}
        </button>
      ) : (
        <form className="desk-inline-form" onSubmit={submit} data-testid="desk-withdraw-form">
          <ReasonField
            label={t('withdraw.reason')}
            value={reason}
            problem={problem}
            onChange={(value) => {
              setReason(value);
              setProblem(null);
            }}
          />
          <FormActions save={t('withdraw.button')} danger />
        </form>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
