/**
 * What a capture did: the applications made (with links), files the panel already had, and each
 * failure with its reason; links that need an origin's permission get a button that asks for it
 * (from the click itself) and fetches them again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateLink } from '@/lib/capture/links';
import { isReviewDeskError, ReviewDeskError } from '@/lib/errors';
import { localizeError } from '@/lib/i18n/core';
import type { Panel } from '@/lib/panel/panel';
import type { ExtensionHost } from '@/lib/platform';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import type { Outcome } from './useCaptureRun';

function needsPermission(error: unknown): string | null {
  if (!isReviewDeskError(error) || error.code !== 'extension/needsPermission') return null;
  return String(error.params.origin);
}

export function CaptureReport({
  panel,
  host,
  outcome,
  onRetry,
  busy,
}: {
  panel: Panel;
  host: ExtensionHost;
  outcome: Outcome;
  onRetry: (links: CandidateLink[]) => Promise<void>;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation('extension');
  const [refused, setRefused] = useState<unknown>(null);
  const origins = new Map<string, CandidateLink[]>();
  for (const f of outcome.failed) {
    const origin = needsPermission(f.error);
    if (origin) origins.set(origin, [...(origins.get(origin) ?? []), f.link]);
  }
  const allow = (origin: string, links: CandidateLink[]) => {
    setRefused(null);
    // Asked in the click itself: browsers refuse a permission request made later.
    host
      .requestAccess(links[0]!.url)
      .then((granted) => {
        if (granted) return onRetry(links);
        setRefused(new ReviewDeskError('extension/permissionRefused', { origin }));
      })
      .catch(setRefused);
  };
  return (
    <div className="capture-report" role="status" data-testid="capture-report">
      <p>
        {t('report.summary', {
          applications: outcome.applications.length,
          known: outcome.known.length,
          failed: outcome.failed.length,
        })}
      </p>
      {outcome.applications.length > 0 && (
        <ul data-testid="captured-applications">
          {outcome.applications.map((a) => (
            <li key={a.applicationId}>
              <a href={href.application(panel.id, a.applicationId)}>{a.title}</a>{' '}
              <span className="muted">{t('report.files', { count: a.files })}</span>
            </li>
          ))}
        </ul>
      )}
      {outcome.known.length > 0 && (
        <ul data-testid="capture-known">
          {outcome.known.map((k) => (
            <li key={k.link.url}>
              {t('report.known', { name: k.name })}{' '}
              <a href={href.application(panel.id, k.applicationId)}>{k.title}</a>
            </li>
          ))}
        </ul>
      )}
      {outcome.failed.length > 0 && (
        <ul className="capture-failed" data-testid="capture-failed">
          {outcome.failed.map((f) => (
            <li key={f.link.url}>
              <strong>{f.name}</strong> <span>{localizeError(i18n, f.error)}</span>
            </li>
          ))}
        </ul>
      )}
      {[...origins].map(([origin, links]) => (
        <button
          key={origin}
          type="button"
          disabled={busy}
          onClick={() => allow(origin, links)}
          data-testid="capture-allow"
        >
          {t('report.allow', { origin, count: links.length })}
        </button>
      ))}
      {refused ? <ErrorNotice error={refused} /> : null}
      {outcome.unreadable.map((u) => (
        <p key={u.name} className="muted">
          {t('report.unreadable', { name: u.name })}
        </p>
      ))}
    </div>
  );
}
