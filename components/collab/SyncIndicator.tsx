/** Sync with the panel, in words: connected, syncing, offline (with pending changes), refused. */
import { useTranslation } from 'react-i18next';
import { useRelayConnection, useRelayStatus } from '../hooks/useRelay';

export function SyncIndicator({ panelId }: { panelId: string }) {
  const { t, i18n } = useTranslation('collab');
  const status = useRelayStatus(useRelayConnection(panelId));
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
        : t(`state.${state.kind}`)}
      {pending > 0 && <span> · {t('pending', { count: pending })}</span>}
      {time && <span> · {t('lastSync', { time })}</span>}
      {peers.length > 0 && <span> · {t('peers', { count: peers.length })}</span>}
    </span>
  );
}
