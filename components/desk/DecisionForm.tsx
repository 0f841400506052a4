/**
 * The panel's decision on one application (reconcile SPEC P2–P5): the verdict, a rank, a
 * consensus score per criterion prefilled from the chosen statistic (a reason where it leaves the
 * reviewers' range), the main comments, and the panel's opinion from the pack's template — a
 * template field without a value is named to the chair, never left as `{{…}}`. Only the chair
 * records it; the others read it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import {
  type ApplicationResult,
  checkDecision,
  consensusScores,
  type DecisionDraft,
  type DecisionProblem,
  decisionRecord,
  decisionVerdicts,
  needsReason,
  panelOpinionValues,
  verdictLabel,
} from '@/lib/reconcile';
import { computeTotal, fillOpinion, type OpinionField, totalLevel } from '@/lib/rubric';
import { usePanelValue } from '../hooks/usePanelValue';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useDesk } from './DeskContext';

function ReadOnlyDecision({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { panel, pack, text, time } = useDesk();
  const decision = usePanelValue(panel, (p) => p.decisions()[app.id as ApplicationId], [app.id]);
  if (!decision) return <p className="muted">{t('decision.notDecided')}</p>;
  return (
    <div className="desk-decision-view" data-testid="desk-decision-view">
      <p>
        <strong>{text(verdictLabel(pack, decision.decision))}</strong>
        {decision.rank ? ` · ${t('detail.rank', { rank: decision.rank })}` : ''}
        {' · '}
        <span className="muted">{time(decision.at)}</span>
      </p>
      {decision.opinion && <p className="desk-opinion-text">{decision.opinion}</p>}
      <p className="muted">{t('decision.readOnly')}</p>
    </div>
  );
}

export function DecisionForm({ app }: { app: ApplicationResult }) {
  const { t, i18n } = useTranslation('desk');
  const { panel, pack, criteria, rankBy, model, isChair, text, say, figure, time } = useDesk();
  const id = app.id as ApplicationId;
  const saved = usePanelValue(panel, (p) => p.decisions()[id], [id]);
  const chairName = usePanelValue(panel, (p) => p.me().name);
  const [draft, setDraft] = useState<DecisionDraft>(() => ({
    decision: saved?.decision ?? '',
    rank: saved?.rank ?? app.rank,
    note: saved?.note ?? '',
    scores: saved?.scores ?? consensusScores(pack, app, rankBy),
    reasons: saved?.reasons ?? {},
    opinion: saved?.opinion ?? '',
  }));
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  const [missing, setMissing] = useState<OpinionField[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const total = useMemo(() => computeTotal(pack.scoring, draft.scores), [pack, draft.scores]);
  const level = total.complete ? totalLevel(pack.scoring, total.value)?.level : undefined;

  if (!isChair) return <ReadOnlyDecision app={app} />;

  const set = (patch: Partial<DecisionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems([]);
  };
  const setScore = (criterion: string, raw: string) => {
    const value = raw.trim() === '' ? null : Number(raw);
    set({ scores: { ...draft.scores, [criterion]: Number.isFinite(value) ? value : null } });
  };
  const generate = () => {
    const reviewers = app.reviews
      .filter((r) => r.counted)
      .map((r) => model.names.get(r.reviewer) ?? r.reviewer);
    const values = panelOpinionValues(pack, app, draft, {
      date: new Date().toISOString().slice(0, 10),
      chair: chairName,
      reviewers,
    });
    const filled = fillOpinion(pack, values, {
      language: i18n.language,
      t: (key, params) => i18n.t(key, params) as string,
    });
    setMissing(filled.missing);
    if (filled.complete) set({ opinion: filled.text });
  };
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = checkDecision(pack, app, draft);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await panel.decide(id, decisionRecord(pack, app, draft));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const problemFor = (criterion: string) => problems.find((p) => p.criterion === criterion);

  return (
    <form className="desk-decision" onSubmit={save} data-testid="desk-decision-form">
      <div className="desk-decision-head">
        <label>
          <span>{t('decision.verdict')}</span>
          <select
            value={draft.decision}
            onChange={(e) => set({ decision: e.target.value })}
            data-testid="decision-verdict"
          >
            <option value="" disabled>
              {t('decision.verdict')}
            </option>
            {decisionVerdicts(pack).map((v) => (
              <option key={v.id} value={v.id}>
                {text(v.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('decision.rank')}</span>
          <input
            type="number"
            min={1}
            step={1}
            value={draft.rank ?? ''}
            onChange={(e) => set({ rank: e.target.value === '' ? null : Number(e.target.value) })}
            data-testid="decision-rank"
          />
        </label>
        {app.rank !== null && (
          <span className="muted">{t('decision.rankHint', { rank: app.rank })}</span>
        )}
      </div>
      <h3>{t('decision.scores')}</h3>
      <div className="desk-scroll-x">
        <table className="table desk-decision-table">
          <thead>
            <tr>
              <th>{t('decision.criterion')}</th>
              <th>{t('decision.range')}</th>
              <th>{t(`reconcile:statistics.${rankBy}`)}</th>
              <th>{t('decision.consensus')}</th>
              <th>{t('decision.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => {
              const stats = app.criteria[c.id];
              const value = draft.scores[c.id];
              const outside = typeof value === 'number' && needsReason(stats, value);
              const problem = problemFor(c.id);
              return (
                <tr key={c.id} data-criterion={c.id} data-outside={outside ? 'true' : 'false'}>
                  <th scope="row">
                    {text(c.title)} <span className="muted">/ {c.max}</span>
                  </th>
                  <td className="desk-num">
                    {stats?.min != null ? `${figure(stats.min)}–${figure(stats.max)}` : '—'}
                  </td>
                  <td className="desk-num">
                    {figure(rankBy === 'normalizedMean' ? stats?.mean : stats?.[rankBy])}
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={c.max}
                      step={c.step}
                      value={value ?? ''}
                      aria-label={text(c.title)}
                      aria-invalid={problem ? true : undefined}
                      className="desk-score-input"
                      onChange={(e) => setScore(c.id, e.target.value)}
                    />
                  </td>
                  <td>
                    {outside ? (
                      <input
                        type="text"
                        maxLength={5000}
                        value={draft.reasons[c.id] ?? ''}
                        placeholder={t('decision.reasonNeeded')}
                        aria-label={t('decision.reasonNeeded')}
                        data-testid="decision-reason"
                        onChange={(e) =>
                          set({ reasons: { ...draft.reasons, [c.id]: e.target.value } })
                        }
                      />
                    ) : null}
                    {problem && <p className="field-error">{say(problem.message)}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="desk-decision-total" data-testid="decision-total" data-total={total.value}>
        {total.complete
          ? level
            ? t('decision.totalLevel', { total: figure(total.value), level: text(level.label) })
            : t('decision.total', { total: figure(total.value) })
          : t('decision.totalIncomplete')}
        <button
          type="button"
          className="link-button"
          onClick={() => set({ scores: consensusScores(pack, app, rankBy), reasons: {} })}
        >
          {t('decision.prefill', { statistic: t(`reconcile:statistics.${rankBy}`) })}
        </button>
      </p>
      <label className="desk-block">
        <span>{t('decision.note')}</span>
        <textarea
          rows={2}
          maxLength={20_000}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
          data-testid="decision-note"
        />
      </label>
      <div className="desk-opinion">
        <div className="row-actions">
          <strong>{t('decision.opinion')}</strong>
          <button type="button" onClick={generate} data-testid="decision-generate">
            {t('decision.fromTemplate')}
          </button>
        </div>
        {missing.length > 0 && (
          <p className="notice notice-error" role="alert" data-testid="decision-opinion-missing">
            {t('decision.missingFields', {
              fields: missing.map((f) => say(f.label)).join(t('rubric:values.separator')),
            })}
          </p>
        )}
        <textarea
          rows={6}
          maxLength={50_000}
          value={draft.opinion}
          aria-label={t('decision.opinion')}
          onChange={(e) => set({ opinion: e.target.value })}
          data-testid="decision-opinion"
        />
      </div>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert" data-testid="decision-problems">
          <p>{t('decision.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.kind}:${p.criterion ?? ''}`}>{say(p.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="decision-save">
          {t('decision.save')}
        </button>
        {saved && (
          <span className="muted" data-testid="decision-saved">
            {t('decision.saved', {
              verdict: text(verdictLabel(pack, saved.decision)),
              time: time(saved.at),
            })}
          </span>
        )}
      </div>
    </form>
  );
}
