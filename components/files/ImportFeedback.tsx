/**
 * What an intake says while it runs and after: a progress bar, result lines, the files refused
 * (each with the reason, in words), and errors.
 */
import { useTranslation } from 'react-i18next';
import { localizeError } from '@/lib/i18n/core';
import type { ImportProgress } from '@/lib/workspace/import';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';
import type { IntakeReport } from './useFileIntake';

export function ImportFeedback({
  progress,
  report,
}: {
  progress: ImportProgress | null;
  report: IntakeReport;
}) {
  const { t, i18n } = useTranslation('files');
  return (
    <>
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
      {report.lines.length > 0 && (
        <div role="status" data-testid="import-report" className="stack-sm">
          {report.lines.map((line) => (
            <p key={line} className="muted">
              {line}
            </p>
          ))}
        </div>
      )}
      {report.rejected.length > 0 && (
        <div className="notice notice-error" data-testid="rejected-files">
          <p>{t('intake:rejected.title', { count: report.rejected.length })}</p>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.path} data-path={r.path}>
                {localizeError(i18n, r.error)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.errors.map((error, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: errors of one import, never reordered
        <ErrorNotice key={i} error={error} />
      ))}
    </>
  );
}
