/**
 * A file this application names is not on this device (a member who joined by invitation gets
 * the document, not the PDFs): fetch it from the relay, or pick the same file from the disk.
 * Either way the bytes are kept only if they match the hash the panel names.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileHash } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { relayUrlFor } from '@/lib/workspace/relay-token';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useStores } from '../workspace/WorkspaceContext';

export function MissingFile({
  panel,
  file,
  onFound,
}: {
  panel: Panel;
  file: { hash: FileHash; name: string };
  onFound: () => void;
}) {
  const { t } = useTranslation('files');
  const { files } = useStores();
  const input = useRef<HTMLInputElement>(null);
  const hasRelay = relayUrlFor(panel) !== null;
  const [busy, setBusy] = useState(hasRelay);
  const [error, setError] = useState<unknown>(null);

  const download = useCallback(() => {
    setBusy(true);
    setError(null);
    files
      .fetchFromRelay(panel, file.hash)
      .then(onFound)
      .catch(setError)
      .finally(() => setBusy(false));
  }, [files, panel, file.hash, onFound]);

  useEffect(() => {
    if (hasRelay) download();
  }, [hasRelay, download]);

  const pick = async (picked: File | undefined) => {
    if (!picked) return;
    setError(null);
    try {
      await files.supply(file.hash, new Uint8Array(await picked.arrayBuffer()), picked.name);
      onFound();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="missing-file notice" data-testid="missing-file">
      <p>
        {busy
          ? t('missing.downloading', { name: file.name })
          : t('missing.notHere', { name: file.name })}
      </p>
      <div className="row-actions">
        {hasRelay && !busy && (
          <button type="button" onClick={download}>
            {t('missing.download')}
          </button>
        )}
        <button type="button" onClick={() => input.current?.click()}>
          {t('missing.pick')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          data-testid="missing-file-input"
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
