/**
 * Restore an identity exported on another device (lib/sign SPEC B4–B6): the identity file, its
 * passphrase and — when the panel is not on this device yet — the panel's full backup. A wrong
 * passphrase or a damaged file is named and nothing is stored.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewDeskError } from '@/lib/errors';
import { type RestoreResult, restoreIdentity } from '@/lib/workspace/identity-backup';
import { FilePick } from '../export/FilePick';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import '../export/export.css';
import { useWorkspace } from '../workspace/WorkspaceContext';

async function readJson(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch (error) {
    throw new ReviewDeskError('sign/notBackup', {}, { cause: error });
  }
}

export function RestorePage() {
  const { t } = useTranslation('sign');
  const workspace = useWorkspace();
  const [identityFile, setIdentityFile] = useState<File | null>(null);
  const [stateFile, setStateFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!identityFile) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const json = await readJson(identityFile);
      const state = stateFile ? new Uint8Array(await stateFile.arrayBuffer()) : undefined;
      setDone(await restoreIdentity(workspace, json, passphrase, { state }));
      setPassphrase('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="page export-page" data-testid="restore-page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('workspace:title')}</a>
      </nav>
      <h1>{t('ui.restore.title')}</h1>
      <p className="muted">{t('ui.restore.intro')}</p>
      <form className="identity-form" onSubmit={submit}>
        <FilePick
          label={t('ui.restore.file')}
          pickLabel={t('ui.verify.pick')}
          accept=".identity,.json,application/json"
          onFile={setIdentityFile}
          testId="restore-identity"
          chosen={identityFile?.name ?? null}
        />
        <FilePick
          label={t('ui.restore.state')}
          pickLabel={t('ui.verify.pick')}
          accept=".rdsync"
          onFile={setStateFile}
          testId="restore-state"
          chosen={stateFile?.name ?? null}
        />
        <label>
          <span>{t('ui.restore.passphrase')}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="restore-passphrase"
          />
        </label>
        <div className="row-actions">
          <button
            type="submit"
            disabled={busy || !identityFile || !passphrase}
            data-testid="restore-submit"
          >
            {busy ? t('ui.restore.working') : t('ui.restore.submit')}
          </button>
        </div>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {done && (
        <div className="notice" role="status" data-testid="restore-done">
          <p>{t('ui.restore.done', { panel: done.panelName })}</p>
          {done.replaced && <p>{t('ui.restore.replaced')}</p>}
          {done.newDeviceKey && <p>{t('ui.restore.newDevice')}</p>}
          <a href={href.panel(done.panelId)}>{t('ui.restore.open')}</a>
        </div>
      )}
    </section>
  );
}
