/** The chair adds files to this application (汇总表 extract, evidence); PDFs only, bad ones refused. */
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { addFilesToApplication } from '@/lib/workspace/import';
import { FileDropZone } from '../files/FileDropZone';
import { ImportFeedback } from '../files/ImportFeedback';
import { readPicked, useFileIntake } from '../files/useFileIntake';
import { useStores } from '../workspace/WorkspaceContext';

export function AddFiles({ panel, applicationId }: { panel: Panel; applicationId: ApplicationId }) {
  const { t } = useTranslation('files');
  const stores = useStores();
  const intake = useFileIntake(panel, async (plan, onProgress) => {
    const files = plan.applications.flatMap((a) => a.files);
    const outcome = await addFilesToApplication(
      panel,
      stores,
      applicationId,
      files,
      readPicked,
      onProgress,
    );
    return {
      lines: [
        t('added', { files: outcome.files }),
        ...outcome.alreadyStored.map((name) => t('alreadyStored', { name })),
      ],
      rejected: outcome.rejected,
      errors: [],
    };
  });
  return (
    <details className="add-files">
      <summary>{t('addToApplication')}</summary>
      <FileDropZone onFiles={intake.onFiles} disabled={intake.busy}>
        <ImportFeedback progress={intake.progress} report={intake.report} />
      </FileDropZone>
    </details>
  );
}
