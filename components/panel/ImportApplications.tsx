/** The chair adds applications: drop files or folders, see progress and what was skipped. */
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import type { RubricPack } from '@/lib/rubric';
import { getDb } from '@/lib/store/db';
import { importApplications } from '@/lib/workspace/import';
import { FileDropZone } from '../files/FileDropZone';
import { ImportFeedback } from '../files/ImportFeedback';
import { readPicked, useFileIntake } from '../files/useFileIntake';

export function ImportApplications({ panel, pack }: { panel: Panel; pack: RubricPack }) {
  const { t } = useTranslation('files');
  const intake = useFileIntake(panel, async (plan, onProgress) => {
    const outcome = await importApplications(panel, getDb(), plan, readPicked, {
      pack,
      onProgress,
    });
    return {
      lines: [
        t('imported', { applications: outcome.applications, files: outcome.files }),
        ...outcome.alreadyStored.map((name) => t('alreadyStored', { name })),
      ],
      errors: outcome.unreadable.map((u) => u.error),
    };
  });
  return (
    <FileDropZone onFiles={intake.onFiles} disabled={intake.busy}>
      <ImportFeedback progress={intake.progress} lines={intake.lines} errors={intake.errors} />
    </FileDropZone>
  );
}
