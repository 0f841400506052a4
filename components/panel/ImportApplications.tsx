/**
 * The chair adds applications: drop files or folders, see progress, what was refused and why,
 * and — when a dropped form repeats an application already here — decide whether to add it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import type { RubricPack } from '@/lib/rubric';
import { commitImport, type PreparedImport, prepareImport } from '@/lib/workspace/import';
import { FileDropZone } from '../files/FileDropZone';
import { ImportFeedback } from '../files/ImportFeedback';
import { type IntakeReport, readPicked, useFileIntake } from '../files/useFileIntake';
import { useStores } from '../workspace/WorkspaceContext';
import { DuplicateQuestion } from './DuplicateQuestion';

type Translate = (key: string, params?: Record<string, unknown>) => string;

function describe(
  t: Translate,
  prepared: PreparedImport,
  skip: ReadonlySet<number>,
  panel: Panel,
): IntakeReport {
  const outcome = commitImport(panel, prepared, skip);
  const declined = prepared.applications.filter((_, i) => skip.has(i)).map((a) => a.title);
  return {
    lines: [
      t('imported', { applications: outcome.applications, files: outcome.files }),
      ...outcome.alreadyStored.map((name) => t('alreadyStored', { name })),
      ...outcome.locked.map((title) => t('intake:locked', { title })),
      ...declined.map((title) => t('intake:duplicates.declined', { title })),
    ],
    rejected: prepared.rejected,
    errors: prepared.unreadable.map((u) => u.error),
  };
}

export function ImportApplications({ panel, pack }: { panel: Panel; pack: RubricPack }) {
  const { t } = useTranslation('files');
  const stores = useStores();
  const [question, setQuestion] = useState<{
    prepared: PreparedImport;
    resolve: (report: IntakeReport) => void;
  } | null>(null);
  const intake = useFileIntake(panel, async (plan, onProgress) => {
    const prepared = await prepareImport(panel, stores, plan, readPicked, { pack, onProgress });
    const asking = prepared.applications.some((a) => a.duplicates.length > 0);
    if (!asking) return describe(t, prepared, new Set(), panel);
    // The chair answers below; the intake finishes with their answer.
    return new Promise<IntakeReport>((resolve) => setQuestion({ prepared, resolve }));
  });
  const answer = (skip: ReadonlySet<number>) => {
    if (!question) return;
    question.resolve(describe(t, question.prepared, skip, panel));
    setQuestion(null);
  };
  return (
    <FileDropZone onFiles={intake.onFiles} disabled={intake.busy}>
      {question && <DuplicateQuestion prepared={question.prepared} onAnswer={answer} />}
      <ImportFeedback progress={question ? null : intake.progress} report={intake.report} />
    </FileDropZone>
  );
}
