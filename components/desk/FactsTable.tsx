/**
 * The facts each reviewer confirmed for one application, side by side: the panel's value (settled
 * by the chair, or agreed by everyone who confirmed it), each reviewer's, and a mark where they
 * differ. The chair settles a fact here, with a reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalJson } from '@/lib/crypto/bytes';
import type { ApplicationId } from '@/lib/ids';
import { type ApplicationResult, factText } from '@/lib/reconcile';
import { usePanelValue } from '../hooks/usePanelValue';
import { useDesk } from './DeskContext';
import { SettleFact } from './SettleFact';

function key(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch {
    return String(value);
  }
}

/** The value most reviewers confirmed, when one value has more reviewers than any other. */
function majorityKey(groups: readonly { value: unknown; reviewers: string[] }[]): string | null {
  const sorted = [...groups].sort((a, b) => b.reviewers.length - a.reviewers.length);
  const [first, second] = sorted;
  if (!first || (second && second.reviewers.length === first.reviewers.length)) return null;
  return key(first.value);
}

/** The different values, in order of first appearance. */
function distinct(values: unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}

export function FactsTable({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { panel, pack, model, text, isChair } = useDesk();
  const id = app.id as ApplicationId;
  const settled = usePanelValue(panel, (p) => p.panelFacts(id), [id]);
  const [settling, setSettling] = useState<string | null>(null);
  const confirmed = new Map(
    model.input.reviews
      .filter((r) => r.application === app.id && r.figures)
      .map((r) => [r.reviewer, r.figures!.facts]),
  );
  const reviewers = model.reviewers.filter((r) => confirmed.has(r.id));
  const disputed = new Map(app.facts.disputed.map((d) => [d.fact, d]));
  const facts = pack.facts.filter(
    (f) =>
      Object.hasOwn(settled, f.id) ||
      reviewers.some((r) => Object.hasOwn(confirmed.get(r.id)!, f.id)),
  );
  if (facts.length === 0) return <p className="muted">{t('compare.noFacts')}</p>;
  const show = (fact: string, value: unknown) => text(factText(pack, fact, value));
  return (
    <section className="desk-facts" aria-label={t('compare.facts')}>
      <h3>{t('compare.facts')}</h3>
      <div className="desk-scroll-x">
        <table className="table desk-facts-table" data-testid="desk-facts">
          <thead>
            <tr>
              <th>{t('compare.factColumn')}</th>
              <th>{t('compare.panelValue')}</th>
              {reviewers.map((r) => (
                <th key={r.id}>{r.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => {
              const panelFact = settled[f.id];
              const dispute = disputed.get(f.id);
              const panelValue = Object.hasOwn(app.facts.facts, f.id)
                ? app.facts.facts[f.id]
                : undefined;
              // Differences are marked against the panel's value, else the most common one.
              const panelKey =
                panelValue === undefined ? majorityKey(dispute?.values ?? []) : key(panelValue);
              const state = panelFact ? 'settled' : dispute ? 'disputed' : 'agreed';
              return (
                <tr key={f.id} data-fact={f.id} data-state={state}>
                  <th scope="row">{text(f.label)}</th>
                  <td className={`desk-fact-panel desk-fact-${state}`}>
                    {panelValue !== undefined ? show(f.id, panelValue) : t('compare.disputed')}
                    {panelFact && (
                      <div className="muted desk-fact-reason">
                        {t('compare.settledBy', { reason: panelFact.reason })}
                      </div>
                    )}
                    {isChair && (dispute || panelFact) && settling !== f.id && (
                      <button
                        type="button"
                        className="desk-settle-button"
                        data-testid="desk-settle"
                        onClick={() => setSettling(f.id)}
                      >
                        {t('settle.button')}
                      </button>
                    )}
                  </td>
                  {reviewers.map((r) => {
                    const facts = confirmed.get(r.id)!;
                    if (!Object.hasOwn(facts, f.id)) {
                      return (
                        <td key={r.id} className="muted">
                          {t('compare.notConfirmed')}
                        </td>
                      );
                    }
                    const value = facts[f.id];
                    const differs = panelKey !== null ? key(value) !== panelKey : !!dispute;
                    return (
                      <td
                        key={r.id}
                        className={differs ? 'desk-differs' : ''}
                        data-differs={differs ? 'true' : 'false'}
                      >
                        {show(f.id, value)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {settling && (
        <SettleFact
          app={id}
          fact={settling}
          choices={distinct(
            reviewers
              .map((r) => confirmed.get(r.id)!)
              .filter((facts) => Object.hasOwn(facts, settling))
              .map((facts) => facts[settling]),
          )}
          current={settled[settling]}
          onDone={() => setSettling(null)}
        />
      )}
    </section>
  );
}
