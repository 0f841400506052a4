/**
 * The chair of a panel made with the command line (`review-desk panel create`) opens its folder
 * here: panel.json says what it is, the identity file opens with the passphrase, panel.rdsync
 * brings the panel and files/ the applications' PDFs.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelDirectoryContents } from '@/lib/panel-directory/read';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useWorkspace } from './WorkspaceContext';

function entriesOf(list: FileList | null) {
  return [...(list ?? [])].map((file) => ({
    path: file.webkitRelativePath || file.name,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }));
}

export function OpenPanelDirectory() {
  const { t } = useTranslation('panelDirectory');
  const workspace = useWorkspace();
  const input = useRef<HTMLInputElement>(null);
  const [contents, setContents] = useState<PanelDirectoryContents | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (list: FileList | null) => {
    setError(null);
    setContents(null);
    try {
      // Read on use: the directory format (and its signatures) is not part of the first load.
      const { readPanelDirectory } = await import('@/lib/panel-directory/read');
      setContents(await readPanelDirectory(entriesOf(list)));
    } catch (err) {
      setError(err);
    }
  };
  const open = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!contents) return;
    setBusy(true);
    setError(null);
    try {
      const { panel } = await workspace.openPanelDirectory({ ...contents, passphrase });
      window.location.hash = href.panel(panel.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card-form" onSubmit={open} data-testid="open-panel-directory">
      <h2>{t('title')}</h2>
      <p className="muted">{t('help')}</p>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {t('pick')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="panel-directory-input"
        // Non-standard but supported by Chromium, Edge and Firefox: pick a whole folder.
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          void pick(e.target.files);
          e.target.value = '';
        }}
      />
      {contents && (
        <>
          <p>
            {t('picked', {
              name: contents.summary.name,
              count: contents.summary.members.length,
              files: contents.files.length,
            })}
          </p>
          <label>
            {t('passphrase')}
            <input
              type="password"
              value={passphrase}
              autoComplete="current-password"
              onChange={(e) => setPassphrase(e.target.value)}
              required
            />
          </label>
          <button type="submit" className="primary" disabled={busy || !passphrase}>
            {t('open')}
          </button>
        </>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}
