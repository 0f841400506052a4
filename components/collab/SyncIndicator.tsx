/**
 * Sync with the panel, in words: connected, syncing, offline (with pending changes), refused. A
 * read-only member (an observer) has nothing of theirs to send: once connected, data arriving is
 * not "syncing" for them, and they have no pending changes.
 */
import { useTranslation } from 'react-i18next';
import type { RelayStatus } from '@/lib/sync/relay-client';
import { useRelayConnection, useRelayStatus } from '../hooks/useRelay';

function forReader(status: RelayStatus): RelayStatus {
  return {
    ...status,
    pending: 0,
    state: status.state.kind === 'syncing' ? { kind: 'connected' } : status.state,
  };
}

export function SyncIndicator({ panelId, readOnly }: { panelId: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation('collab');
  const raw = useRelayStatus(useRelayConnection(panelId));
  const status = raw && readOnly ? forReader(raw) : raw;
  if (!status) {
    return (
      <span className="sync-indicator" data-testid="sync-status" data-state="local">
        {t('state.local')}
      </span>
    );
  }
  const { state, pending, lastSyncAt, peers } = status;
  const time = lastSyncAt
    ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(lastSyncAt)
    : null;
  return (
    <span
      className={`sync-indicator sync-${state.kind}`}
      data-testid="sync-status"
      data-state={state.kind}
      data-pending={pending}
    >
      {state.kind === 'refused'
        ? t('state.refused', {
            reason: t(`refusal.${state.reason}`, { defaultValue: state.reason }),
          })
        : readOnly && state.kind === 'connected'
          ? t('panelPage:observerConnected')
          : t(`state.${state.kind}`)}
      {pending > 0 && <span> · {t('pending', { count: pending })}</span>}
      {time && <span> · {t('lastSync', { time })}</span>}
      {peers.length > 0 && <span> · {t('peers', { count: peers.length })}</span>}
    </span>
  );
}
