/**
 * The chair settles a fact for the panel's result: one of the values the reviewers confirmed, or
 * another typed in (checked against the fact's type in the pack), always with a reason. From then
 * on the panel's eligibility and cross-application rules read this value.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId, FactId } from '@/lib/ids';
import type { PanelFact } from '@/lib/panel/records/panel-fact';
import { factText } from '@/lib/reconcile';
import { readFacts } from '@/lib/rubric';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useDesk } from './DeskContext';
import { FormActions, ReasonField } from './ReasonField';

const OTHER = -1;

/** What the chair typed: JSON when it reads as JSON (numbers, lists), else the text itself. */
function typedValue(input: string): unknown {
  const text = input.trim();
  if (/^[[{"\d-]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export function SettleFact({
  app,
  fact,
  choices,
  current,
  onDone,
}: {
  app: ApplicationId;
  fact: string;
  choices: unknown[];
  current: PanelFact | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation('desk');
  const { panel, pack, text, say } = useDesk();
  const def = pack.facts.find((f) => f.id === fact);
  const [choice, setChoice] = useState<number>(choices.length > 0 ? 0 : OTHER);
  const [other, setOther] = useState('');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = def ? text(def.label) : fact;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const value = choice === OTHER ? typedValue(other) : choices[choice];
    if (value === undefined || value === '') {
      setProblem(t('settle.needValue'));
      return;
    }
    const problems = readFacts(pack, { [fact]: value }).problems;
    if (problems.length > 0) {
      setProblem(problems.map((p) => say(p.message)).join(' '));
      return;
    }
    if (!reason.trim()) {
      setProblem(t('settle.needReason'));
      return;
    }
    setBusy(true);
    try {
      await panel.settleFact(app, fact as FactId, value, reason.trim());
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="desk-inline-form" onSubmit={submit} data-testid="desk-settle-form">
      <strong>{t('settle.title', { fact: label })}</strong>
      <fieldset className="desk-choices">
        <legend>{t('settle.value')}</legend>
        {choices.map((value, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the choices are fixed while the form is open
          <label key={i}>
            <input
              type="radio"
              name="settle-value"
              checked={choice === i}
              onChange={() => setChoice(i)}
            />
            <span>{t('settle.choose', { value: text(factText(pack, fact, value)) })}</span>
          </label>
        ))}
        <label>
          <input
            type="radio"
            name="settle-value"
            checked={choice === OTHER}
            onChange={() => setChoice(OTHER)}
          />
          <input
            type="text"
            value={other}
            aria-label={t('settle.value')}
            onFocus={() => setChoice(OTHER)}
            onChange={(e) => setOther(e.target.value)}
          />
        </label>
      </fieldset>
      <ReasonField
        label={t('settle.reason')}
        rows={2}
        value={reason}
        placeholder={t('settle.reasonPlaceholder')}
        problem={problem}
        onChange={(value) => {
          setReason(value);
          setProblem(null);
        }}
      />
      {error ? <ErrorNotice error={error} /> : null}
      <FormActions
        save={t('settle.save')}
        cancel={t('settle.cancel')}
        onCancel={onDone}
        busy={busy}
      />
    </form>
  );
}
