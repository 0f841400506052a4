/** The chair adds applications: drop files or folders, see progress and what was skipped. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import type { RubricPack } from '@/lib/rubric';
import { getDb } from '@/lib/store/db';
import { shareFiles } from '@/lib/workspace/file-transfer';
import { type ImportProgress, importApplications } from '@/lib/workspace/import';
import { planImport } from '@/lib/workspace/import-plan';
import type { PickedFile } from '../files/dropped-files';
import { FileDropZone } from '../files/FileDropZone';
import { ImportFeedback } from '../files/ImportFeedback';

export function ImportApplications({ panel, pack }: { panel: Panel; pack: RubricPack }) {
  const { t } = useTranslation('files');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [lines, setLines] = useState<string[]>([]);
  const [errors, setErrors] = useState<unknown[]>([]);

  const onFiles = async (files: PickedFile[]) => {
    const plan = planImport(files);
    const skipped = plan.skipped.map((s) => t(`skipped.${s.reason}`, { name: s.file.path }));
    setLines([]);
    setErrors([]);
    try {
      const outcome = await importApplications(
        panel,
        getDb(),
        plan,
        async (f) => new Uint8Array(await f.file.arrayBuffer()),
        { pack, onProgress: setProgress },
      );
      setLines([
        t('imported', { applications: outcome.applications, files: outcome.files }),
        ...outcome.alreadyStored.map((name) => t('alreadyStored', { name })),
        ...skipped,
      ]);
      setErrors(outcome.unreadable.map((u) => u.error));
      // Members who lack the PDFs fetch them from the relay (when the panel has one).
      void shareFiles(panel, getDb()).catch(() => undefined);
    } catch (error) {
      setLines(skipped);
      setErrors([error]);
    } finally {
      setProgress(null);
    }
  };

  return (
    <FileDropZone onFiles={onFiles} disabled={progress !== null}>
      <ImportFeedback progress={progress} lines={lines} errors={errors} />
    </FileDropZone>
  );
}
