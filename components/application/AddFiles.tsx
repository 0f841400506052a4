/** The chair adds files to this application (汇总表 extract, evidence); PDFs only. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { getDb } from '@/lib/store/db';
import { shareFiles } from '@/lib/workspace/file-transfer';
import { addFilesToApplication, type ImportProgress } from '@/lib/workspace/import';
import { planImport } from '@/lib/workspace/import-plan';
import type { PickedFile } from '../files/dropped-files';
import { FileDropZone } from '../files/FileDropZone';
import { ImportFeedback } from '../files/ImportFeedback';

export function AddFiles({ panel, applicationId }: { panel: Panel; applicationId: ApplicationId }) {
  const { t } = useTranslation('files');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [lines, setLines] = useState<string[]>([]);
  const [errors, setErrors] = useState<unknown[]>([]);

  const onFiles = async (picked: PickedFile[]) => {
    const plan = planImport(picked);
    const skipped = plan.skipped.map((s) => t(`skipped.${s.reason}`, { name: s.file.path }));
    setErrors([]);
    try {
      const outcome = await addFilesToApplication(
        panel,
        getDb(),
        applicationId,
        plan.applications.flatMap((a) => a.files),
        async (f) => new Uint8Array(await f.file.arrayBuffer()),
        setProgress,
      );
      setLines([t('added', { files: outcome.files }), ...skipped]);
      void shareFiles(panel, getDb()).catch(() => undefined);
    } catch (error) {
      setLines(skipped);
      setErrors([error]);
    } finally {
      setProgress(null);
    }
  };

  return (
    <details className="add-files">
      <summary>{t('addToApplication')}</summary>
      <FileDropZone onFiles={onFiles} disabled={progress !== null}>
        <ImportFeedback progress={progress} lines={lines} errors={errors} />
      </FileDropZone>
    </details>
  );
}
