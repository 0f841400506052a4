/** Who else has this application open right now (awareness; never stored in the document). */
import { useTranslation } from 'react-i18next';
import { useRelayConnection, useRelayStatus } from '../hooks/useRelay';

export function Presence({ panelId, applicationId }: { panelId: string; applicationId: string }) {
  const { t } = useTranslation('collab');
  const status = useRelayStatus(useRelayConnection(panelId));
  const here = status?.peers.filter((p) => p.applicationId === applicationId) ?? [];
  if (here.length === 0) return null;
  return (
    <span className="presence" data-testid="presence">
      {t('alsoHere', { names: [...new Set(here.map((p) => p.name))].join('、') })}
    </span>
  );
}
