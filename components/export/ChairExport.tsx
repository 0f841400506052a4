/**
 * The chair's export: 汇总表 (XLSX, CSV), the panel report, the panel's opinions signed by the
 * chair and the signed result bundle, made on this device with a progress bar; each file can be
 * downloaded, or all saved to a folder where the browser allows it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '@/lib/export/export-set';
import type { PanelId } from '@/lib/ids';
import { type ExportProgress, exportPanel, type PanelExport } from '@/lib/workspace/exports';
import { downloadFile } from '../shell/download';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { canSaveToFolder, exportLanguage, loadFonts, mimeOf, saveToFolder } from './files';

/**
 * Resolves after the browser has had a chance to render what React just committed. A background
 * tab runs no animation frames, so the wait is never longer than a short timer: a chair who
 * switches tabs during the export must not pause it.
 */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });

type State =
  | { phase: 'idle' }
  | { phase: 'busy'; progress: ExportProgress | null }
  | { phase: 'done'; result: PanelExport; saved: number | null }
  | { phase: 'error'; error: unknown };

export function ChairExport({ panelId }: { panelId: string }) {
  const { t, i18n } = useTranslation('export');
  const workspace = useWorkspace();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'busy', progress: null });
    try {
      // Signing keeps the main thread busy: let the browser paint the disabled button and the
      // bar first, and again at each step (on a loaded machine it showed nothing for seconds).
      await nextPaint();
      const result = await exportPanel(workspace, panelId as PanelId, {
        language: exportLanguage(i18n.language),
        fonts: loadFonts,
        onProgress: async (progress) => {
          setState({ phase: 'busy', progress });
          await nextPaint();
        },
      });
      setState({ phase: 'done', result, saved: null });
    } catch (error) {
      setState({ phase: 'error', error });
    }
  };
  const save = async (files: ExportFile[], result: PanelExport) => {
    try {
      const saved = await saveToFolder(files);
      if (saved !== null) setState({ phase: 'done', result, saved });
    } catch (error) {
      setState({ phase: 'error', error });
    }
  };
  const progress = state.phase === 'busy' ? state.progress : null;
  return (
    <section className="chair-export" data-testid="chair-export">
      <h2>{t('ui.chairHeading')}</h2>
      <p className="muted">{t('ui.chairIntro')}</p>
      <div className="row-actions">
        <button
          type="button"
          onClick={run}
          disabled={state.phase === 'busy'}
          data-testid="export-start"
        >
          {state.phase === 'done' ? t('ui.again') : t('ui.start')}
        </button>
      </div>
      {state.phase === 'busy' &&
        (progress?.phase === 'files' ? (
          <Progress
            label={t('ui.progress', { done: progress.done, total: progress.total })}
            value={progress.done}
            max={progress.total}
          />
        ) : (
          <Progress
            label={progress?.phase === 'reading' ? t('ui.reading') : t('ui.fonts')}
            value={0}
            max={1}
          />
        ))}
      {state.phase === 'error' && <ErrorNotice error={state.error} onRetry={run} />}
      {state.phase === 'done' && (
        <>
          {state.result.unsigned > 0 && (
            <p className="notice" data-testid="export-unsigned">
              {t('ui.unsigned', { count: state.result.unsigned })}
            </p>
          )}
          {state.result.withoutOpinion.length > 0 && (
            <div className="notice" data-testid="export-without-opinion">
              <p>{t('ui.withoutOpinion', { count: state.result.withoutOpinion.length })}</p>
              <ul>
                {state.result.withoutOpinion.map((o) => (
                  <li key={o.application} data-application={o.application}>
                    {t('ui.withoutOpinionItem', {
                      number: o.number,
                      title: o.title,
                      reason: t(`ui.omitted.${o.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h3>{t('ui.files')}</h3>
          <ul className="export-files" data-testid="export-files">
            {state.result.files.map((file) => (
              <li key={file.path} data-path={file.path}>
                <span>{file.path}</span>
                <button
                  type="button"
                  onClick={() =>
                    downloadFile(
                      file.path.split('/').pop()!,
                      file.bytes as Uint8Array<ArrayBuffer>,
                      mimeOf(file.path),
                    )
                  }
                >
                  {t('ui.download')}
                </button>
              </li>
            ))}
          </ul>
          {canSaveToFolder() && (
            <div className="row-actions">
              <button type="button" onClick={() => save(state.result.files, state.result)}>
                {t('ui.saveFolder')}
              </button>
            </div>
          )}
          {state.saved !== null && (
            <p className="muted" role="status">
              {t('ui.saved', { count: state.saved })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
