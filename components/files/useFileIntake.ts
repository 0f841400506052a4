/**
 * One intake run's state, shared by every place files come in: plan the dropped files, run the
 * caller's step with progress, keep what it reports (result lines, refused files with their
 * reasons, errors), then put the new files on the relay for members who lack them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import type { ImportProgress, RejectedFile } from '@/lib/workspace/import';
import { type ImportPlan, planImport } from '@/lib/workspace/import-plan';
import { useStores } from '../workspace/WorkspaceContext';
import type { PickedFile } from './dropped-files';

export interface IntakeReport {
  lines: string[];
  rejected: RejectedFile[];
  errors: unknown[];
}

type Run = (
  plan: ImportPlan<PickedFile>,
  onProgress: (p: ImportProgress) => void,
) => Promise<IntakeReport>;

const EMPTY: IntakeReport = { lines: [], rejected: [], errors: [] };

export function useFileIntake(panel: Panel, run: Run) {
  const { t } = useTranslation('files');
  const { files } = useStores();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<IntakeReport>(EMPTY);

  const onFiles = async (picked: PickedFile[]) => {
    const plan = planImport(picked);
    const skipped = plan.skipped.map((s) => t(`skipped.${s.reason}`, { name: s.file.path }));
    setReport(EMPTY);
    setProgress({ done: 0, total: picked.length, name: '' });
    try {
      const result = await run(plan, setProgress);
      setReport({ ...result, lines: [...result.lines, ...skipped] });
      void files.share(panel).catch(() => undefined);
    } catch (error) {
      setReport({ lines: skipped, rejected: [], errors: [error] });
    } finally {
      setProgress(null);
    }
  };

  return { onFiles, progress, report, setReport, busy: progress !== null };
}

/** Read a picked file's bytes. */
export async function readPicked(file: PickedFile): Promise<Uint8Array> {
  return new Uint8Array(await file.file.arrayBuffer());
}
