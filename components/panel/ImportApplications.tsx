/** The chair adds applications: drop files or folders, see progress and what was skipped. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import type { RubricPack } from '@/lib/rubric';
import { getDb } from '@/lib/store/db';
import {
  type ImportOutcome,
  type ImportProgress,
  importApplications,
} from '@/lib/workspace/import';
import { planImport, type SkipReason } from '@/lib/workspace/import-plan';
import type { PickedFile } from '../files/dropped-files';
import { FileDropZone } from '../files/FileDropZone';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';

interface Report {
  outcome: ImportOutcome | null;
  skipped: { name: string; reason: SkipReason }[];
  error: unknown;
}

export function ImportApplications({ panel, pack }: { panel: Panel; pack: RubricPack }) {
  const { t } = useTranslation('files');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const onFiles = async (files: PickedFile[]) => {
    const plan = planImport(files);
    const skipped = plan.skipped.map((s) => ({ name: s.file.path, reason: s.reason }));
    setReport(null);
    try {
      const outcome = await importApplications(
        panel,
        getDb(),
        plan,
        async (f) => new Uint8Array(await f.file.arrayBuffer()),
        { pack, onProgress: setProgress },
      );
      setReport({ outcome, skipped, error: null });
    } catch (error) {
      setReport({ outcome: null, skipped, error });
    } finally {
      setProgress(null);
    }
  };

  return (
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
      {report?.outcome && (
        <p role="status" data-testid="import-report">
          {t('imported', {
            applications: report.outcome.applications,
            files: report.outcome.files,
          })}
        </p>
      )}
      {report?.outcome?.alreadyStored.map((name) => (
        <p key={name} className="muted">
          {t('alreadyStored', { name })}
        </p>
      ))}
      {report?.outcome?.unreadable.map((u) => (
        <ErrorNotice key={u.name} error={u.error} />
      ))}
      {report?.skipped.map((s) => (
        <p key={s.name} className="muted">
          {t(`skipped.${s.reason}`, { name: s.name })}
        </p>
      ))}
      {report?.error ? <ErrorNotice error={report.error} /> : null}
    </FileDropZone>
  );
}
