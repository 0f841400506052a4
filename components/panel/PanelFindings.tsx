/**
 * Findings across the panel's applications (quotas per recommending body, a core member in two
 * alliances, conflicts of interest), from this reviewer's confirmed facts and, where a fact is
 * not confirmed yet, what the application record says. Each names every application involved.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import { confirmedFacts, evaluatePanel, formatMessage, type RubricPack } from '@/lib/rubric';
import { usePanelValue } from '../hooks/usePanelValue';
import { href } from '../router';

export function PanelFindings({ panel, pack }: { panel: Panel; pack: RubricPack }) {
  const { t, i18n } = useTranslation('workspace');
  const input = usePanelValue(panel, (p) => ({
    apps: p.applications().map((app) => ({
      id: app.id as string,
      title: app.title,
      facts: {
        ...(app.recommendingBody ? { recommendingBody: app.recommendingBody } : {}),
        ...confirmedFacts(p.myReview(app.id).values.facts),
      },
    })),
    reviewers: p.members().map((m) => ({ id: m.id as string, name: m.name, unit: m.unit })),
  }));
  const findings = useMemo(
    () => evaluatePanel(pack, input.apps, { reviewers: input.reviewers }),
    [pack, input],
  );
  const titles = new Map(input.apps.map((a) => [a.id, a.title]));
  // "Unknown" findings mostly mean facts not confirmed yet: one line, not a wall of links.
  const fails = findings.filter((f) => f.status === 'fail');
  const unknown = findings.length - fails.length;
  if (findings.length === 0) return null;
  return (
    <section className="findings" aria-label={t('findings.title')} data-testid="panel-findings">
      <h2>{t('findings.title')}</h2>
      {unknown > 0 && <p className="muted">{t('findings.waiting', { count: unknown })}</p>}
      <ul>
        {fails.map((f) => (
          <li
            key={`${f.rule}:${f.applications.join(',')}`}
            className={`finding finding-${f.status}`}
          >
            <span className={`chip chip-${f.status}`}>{t(`findings.status.${f.status}`)}</span>{' '}
            {formatMessage(i18n, f.message)}
            <span className="finding-apps">
              {f.applications.map((id) => (
                <a key={id} href={href.application(panel.id, id)}>
                  {titles.get(id) ?? id}
                </a>
              ))}
            </span>
            <details>
              <summary>{t('findings.clause', { number: f.clause.number })}</summary>
              <blockquote>{f.clause.text}</blockquote>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
