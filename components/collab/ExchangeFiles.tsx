/**
 * Sync without a network: export this device's changes since the last exchange (or a full
 * backup) as a signed .rdsync file, import files from others in any order. A file that fails
 * its checks is refused as a whole and changes nothing.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '@/lib/file-name';
import type { Panel } from '@/lib/panel/panel';
import type { PanelPersistence } from '@/lib/panel/persistence';
import { exportChangesSinceLastExport, exportRdsync, importRdsync } from '@/lib/sync/rdsync';
import { downloadFile } from '../shell/download';
import { ErrorNotice } from '../shell/ErrorNotice';

interface Outcome {
  name: string;
  text?: string;
  error?: unknown;
}

function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 16).replace(/[-:T]/g, '');
}

export function ExchangeFiles({
  panel,
  persistence,
}: {
  panel: Panel;
  persistence: PanelPersistence;
}) {
  const { t } = useTranslation('collab');
  const input = useRef<HTMLInputElement>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [error, setError] = useState<unknown>(null);
  const me = panel.me();

  const save = async (kind: 'changes' | 'full') => {
    setError(null);
    try {
      const bytes =
        kind === 'changes'
          ? await exportChangesSinceLastExport(panel, persistence)
          : await exportRdsync(panel, { kind: 'full' });
      const base = `${me.name}-${kind === 'full' ? t('exchange.backupName') : t('exchange.changesName')}-${stamp()}`;
      downloadFile(
        `${safeFileName(base, 70)}.rdsync`,
        bytes as Uint8Array<ArrayBuffer>,
        'application/octet-stream',
      );
    } catch (e) {
      setError(e);
    }
  };

  const load = async (files: FileList | null) => {
    const results: Outcome[] = [];
    for (const file of [...(files ?? [])]) {
      try {
        const result = await importRdsync(panel, new Uint8Array(await file.arrayBuffer()));
        const text = result.alreadyKnown
          ? t('exchange.alreadyKnown')
          : result.waiting
            ? t('exchange.waiting', { count: result.added })
            : t('exchange.added', { count: result.added });
        results.push({ name: file.name, text });
      } catch (e) {
        results.push({ name: file.name, error: e });
      }
    }
    setOutcomes(results);
  };

  return (
    <div className="collab-block" data-testid="exchange">
      <h3>{t('exchange.title')}</h3>
      <p className="muted">{t('exchange.help')}</p>
      <div className="row-actions">
        <button type="button" onClick={() => save('changes')} data-testid="export-changes">
          {t('exchange.exportChanges')}
        </button>
        <button type="button" onClick={() => save('full')} data-testid="export-full">
          {t('exchange.exportFull')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('exchange.import')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".rdsync,application/octet-stream"
          hidden
          data-testid="rdsync-input"
          onChange={(e) => {
            void load(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      <ul className="exchange-results" data-testid="exchange-results">
        {outcomes.map((o) => (
          <li key={o.name} data-ok={o.error ? 'false' : 'true'}>
            <strong>{o.name}</strong>：{o.text}
            {o.error ? <ErrorNotice error={o.error} /> : null}
          </li>
        ))}
      </ul>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
