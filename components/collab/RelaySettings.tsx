/**
 * Where the panel syncs online. The chair sets the relay address for everyone; any member can
 * turn sync on or off on this device (off: work stays local, exchange files still work).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewDeskError } from '@/lib/errors';
import type { Panel } from '@/lib/panel/panel';
import { relayUrlFor } from '@/lib/workspace/relay-token';
import { usePanelValue } from '../hooks/usePanelValue';
import { useRelayConnection } from '../hooks/useRelay';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useWorkspace } from '../workspace/WorkspaceContext';

function checkRelayUrl(text: string): string {
  const url = text.trim();
  if (!/^wss?:\/\/[^\s/]+/i.test(url)) throw new ReviewDeskError('collab/badRelayUrl', { url });
  return url;
}

export function RelaySettings({ panel }: { panel: Panel }) {
  const { t } = useTranslation('collab');
  const isChair = usePanelValue(panel, (p) => p.me().role === 'chair');
  const current = usePanelValue(panel, (p) => relayUrlFor(p));
  const connection = useRelayConnection(panel.id);
  const [draft, setDraft] = useState(current ?? '');
  const [error, setError] = useState<unknown>(null);
  const workspace = useWorkspace();

  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch(setError);
  };
  const save = () =>
    run(async () => {
      const url = draft.trim() ? checkRelayUrl(draft) : null;
      // The workspace follows the address from here: it connects, moves or disconnects.
      await panel.updateSettings({ relayUrl: url });
    });

  return (
    <div className="collab-block" data-testid="relay-settings">
      <h3>{t('relay.title')}</h3>
      {isChair ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('relay.placeholder')}
            aria-label={t('relay.url')}
            data-testid="relay-url"
          />
          <button type="submit">{t('relay.save')}</button>
        </form>
      ) : (
        <p>{current ?? t('relay.none')}</p>
      )}
      {current && (
        <button
          type="button"
          data-testid="relay-toggle"
          onClick={() => run(() => workspace.setSync(panel, !connection))}
        >
          {connection ? t('relay.disconnect') : t('relay.connect')}
        </button>
      )}
      <p className="muted">{t('relay.help')}</p>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
