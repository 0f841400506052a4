/**
 * One import run's state and wiring, shared by every place files come in: plan the dropped files,
 * run the import with progress, then report the result, what was skipped and any error, and put
 * the new files on the relay for members who lack them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import { getDb } from '@/lib/store/db';
import { shareFiles } from '@/lib/workspace/file-transfer';
import type { ImportProgress } from '@/lib/workspace/import';
import { type ImportPlan, planImport } from '@/lib/workspace/import-plan';
import type { PickedFile } from './dropped-files';

type Run = (
  plan: ImportPlan<PickedFile>,
  onProgress: (p: ImportProgress) => void,
) => Promise<{ lines: string[]; errors: unknown[] }>;

export function useFileIntake(panel: Panel, run: Run) {
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
      const result = await run(plan, setProgress);
      setLines([...result.lines, ...skipped]);
      setErrors(result.errors);
      void shareFiles(panel, getDb()).catch(() => undefined);
    } catch (error) {
      setLines(skipped);
      setErrors([error]);
    } finally {
      setProgress(null);
    }
  };

  return { onFiles, progress, lines, errors, busy: progress !== null };
}

/** Read a picked file's bytes. */
export async function readPicked(file: PickedFile): Promise<Uint8Array> {
  return new Uint8Array(await file.file.arrayBuffer());
}
