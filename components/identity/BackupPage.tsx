/**
 * Back up this device's identity in a panel (lib/sign SPEC B1–B3): a passphrase-protected file to
 * restore on another device. The chair's key leaves only through the escrow made with the panel,
 * so the chair gives that passphrase; a reviewer's device key stays here (the new device
 * registers its own). A wrong passphrase is said, and no file is written.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSPHRASE } from '@/lib/demo/reviews';
import { ReviewDeskError } from '@/lib/errors';
import { safeFileName } from '@/lib/export/export-set';
import type { PanelId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import { type BackupInfo, backupIdentity, backupInfo } from '@/lib/workspace/identity-backup';
import { usePanelValue } from '../hooks/usePanelValue';
import { useOpenedPanel, usePanels } from '../hooks/useWorkspace';
import { href } from '../router';
import { downloadFile } from '../shell/download';
import { ErrorNotice } from '../shell/ErrorNotice';
import '../export/export.css';
import { useWorkspace } from '../workspace/WorkspaceContext';

function BackupForm({ opened }: { opened: OpenedPanel }) {
  const { t } = useTranslation('sign');
  const workspace = useWorkspace();
  const { panel } = opened;
  const name = usePanelValue(panel, (p) => p.meta()?.name ?? p.id);
  const me = usePanelValue(panel, (p) => p.me());
  const demo = usePanels()?.find((p) => p.id === panel.id)?.demo ?? false;
  const [info, setInfo] = useState<BackupInfo | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    backupInfo(workspace, panel.id as PanelId).then(setInfo, setError);
  }, [panel, workspace]);
  const escrowed = info?.needsEscrowPassphrase ?? false;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    // The chair's passphrase is the escrow's, already chosen: no need to type it twice.
    if (!escrowed && passphrase !== again) {
      setError(new ReviewDeskError('sign/passphraseMismatch'));
      return;
    }
    setBusy(true);
    try {
      const file = await backupIdentity(workspace, panel.id as PanelId, passphrase);
      const fileName = `${safeFileName(`${name}-${me.name}`)}.identity`;
      downloadFile(fileName, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
      setDone(fileName);
      setPassphrase('');
      setAgain('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="page export-page" data-testid="backup-page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('workspace:title')}</a>
        <a href={href.panel(panel.id)}>{name}</a>
      </nav>
      <h1>{t('ui.backup.title')}</h1>
      <p className="muted">{t('ui.backup.intro')}</p>
      {info && !info.canBackUp && (
        <ErrorNotice error={new ReviewDeskError('sign/chairKeyNotBackedUp')} />
      )}
      {info && !info.movesSigningKey && info.canBackUp && (
        <p className="notice">{t('ui.backup.newDevice')}</p>
      )}
      {escrowed && <p className="notice">{t('ui.backup.chairEscrow')}</p>}
      {escrowed && demo && (
        <p className="muted">{t('ui.backup.demoHint', { passphrase: DEMO_PASSPHRASE })}</p>
      )}
      {info?.canBackUp && (
        <form className="identity-form" onSubmit={submit}>
          <label>
            <span>{t('ui.backup.passphrase')}</span>
            <input
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              data-testid="backup-passphrase"
            />
          </label>
          {!escrowed && (
            <label>
              <span>{t('ui.backup.confirm')}</span>
              <input
                type="password"
                autoComplete="new-password"
                value={again}
                onChange={(e) => setAgain(e.target.value)}
                data-testid="backup-passphrase-again"
              />
            </label>
          )}
          <div className="row-actions">
            <button type="submit" disabled={busy || !passphrase} data-testid="backup-export">
              {busy ? t('ui.backup.working') : t('ui.backup.export')}
            </button>
          </div>
        </form>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      {done && (
        <p className="notice" role="status" data-testid="backup-done">
          {t('ui.backup.done', { file: done })}
        </p>
      )}
    </section>
  );
}

export function BackupPage({ panelId }: { panelId: string }) {
  const { t } = useTranslation('workspace');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted page">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <BackupForm opened={state.opened} />;
}
