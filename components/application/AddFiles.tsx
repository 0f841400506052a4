/** The chair adds files to this application (汇总表 extract, evidence); PDFs only. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { getDb } from '@/lib/store/db';
import { addFilesToApplication, type ImportProgress } from '@/lib/workspace/import';
import { planImport } from '@/lib/workspace/import-plan';
import type { PickedFile } from '../files/dropped-files';
import { FileDropZone } from '../files/FileDropZone';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';

export function AddFiles({ panel, applicationId }: { panel: Panel; applicationId: ApplicationId }) {
  const { t } = useTranslation('files');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [message, setMessage] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const onFiles = async (picked: PickedFile[]) => {
    const plan = planImport(picked);
    const files = plan.applications.flatMap((a) => a.files);
    setError(null);
    try {
      const outcome = await addFilesToApplication(
        panel,
        getDb(),
        applicationId,
        files,
        async (f) => new Uint8Array(await f.file.arrayBuffer()),
        setProgress,
      );
      setMessage([
        t('added', { files: outcome.files }),
        ...plan.skipped.map((s) => t(`skipped.${s.reason}`, { name: s.file.path })),
      ]);
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };

  return (
    <details className="add-files">
      <summary>{t('addToApplication')}</summary>
      <FileDropZone onFiles={onFiles} disabled={progress !== null}>
        {progress && (
          <Progress
            label={t('importing', {
              done: progress.done,
              total: progress.total,
              name: progress.name,
            })}
            value={progress.done}
            max={progress.total || 1}
          />
        )}
        {message.map((m) => (
          <p key={m} className="muted">
            {m}
          </p>
        ))}
        {error ? <ErrorNotice error={error} /> : null}
      </FileDropZone>
    </details>
  );
}
