/**
 * Join a panel by opening the invitation file its chair sent (`invitations/<name>.json`), or renew
 * this device's token for a panel it joined by opening a token file (lib/workspace/token-reissue).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewDeskError } from '@/lib/errors';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useWorkspace } from './WorkspaceContext';

async function readInvitation(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch (error) {
    throw new ReviewDeskError('workspace/badInvitation', { file: file.name }, { cause: error });
  }
}

export function JoinPanel() {
  const { t } = useTranslation('workspace');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const workspace = useWorkspace();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const json = await readInvitation(file);
      const panel = await workspace.openMemberFile(json);
      window.location.hash = href.panel(panel.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card-form">
      <h2>{t('join.title')}</h2>
      <p className="muted">{t('join.help')}</p>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {t('join.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="invitation-input"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
