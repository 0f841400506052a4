/**
 * OCR of an application's scanned pages in the review pane: the models' first download and then
 * the pages read, with a button to stop (and, once stopped, one to read them after all);
 * afterwards which pages were read by OCR and how surely, pages below the confidence floor, and
 * pages left unread (scans nobody asked to read).
 */
import { useTranslation } from 'react-i18next';
import type { ExtractionState } from '../hooks/useExtraction';
import { Progress } from '../shell/Progress';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

export function OcrStatus({
  extraction,
}: {
  extraction: ExtractionState & { cancelOcr?: () => void; readScans?: () => void };
}) {
  const { t } = useTranslation('ocr');
  const { t: tr } = useTranslation('review');
  const { ocr } = extraction;
  return (
    <>
      {ocr && (
        <div className="ocr-progress" data-testid="ocr-progress" data-phase={ocr.phase}>
          <Progress
            label={
              ocr.phase === 'pages'
                ? t('app.running', { done: ocr.done, total: ocr.total })
                : ocr.total === 0
                  ? // The models' sizes are being asked for (or come from the cache).
                    t('app.preparing')
                  : t('app.downloading', { loaded: mb(ocr.done), total: mb(ocr.total) })
            }
            value={ocr.done}
            max={ocr.total || 1}
          />
          <button type="button" onClick={() => extraction.cancelOcr?.()} data-testid="ocr-cancel">
            {t('app.cancel')}
          </button>
        </div>
      )}
      {extraction.ocrCancelled && (
        <p className="notice">
          {t('app.cancelled')}{' '}
          {!extraction.running && extraction.readScans && (
            <button type="button" onClick={extraction.readScans} data-testid="ocr-start">
              {t('app.start')}
            </button>
          )}
        </p>
      )}
      {extraction.results.map(({ hash, name, result }) => {
        const pages = result.ocr?.pages ?? [];
        const read = new Set(pages.map((p) => p.page));
        const unread = result.pagesWithoutText.filter((p) => !read.has(p));
        const weak = pages.filter((p) => !p.reliable).map((p) => p.page);
        const mean = pages.length
          ? pages.reduce((s, p) => s + p.meanConfidence, 0) / pages.length
          : 0;
        return (
          <div key={hash}>
            {pages.length > 0 && (
              <p className="notice" data-testid="ocr-done">
                {t('app.done', {
                  name,
                  pages: pages.map((p) => p.page).join('、'),
                  confidence: percent(mean),
                })}
              </p>
            )}
            {weak.length > 0 && (
              <p className="notice notice-error" data-testid="ocr-unreliable">
                {t('app.unreliable', { name, pages: weak.join('、') })}
              </p>
            )}
            {unread.length > 0 && (
              <p className="notice" data-testid="needs-ocr">
                {tr('extraction.noText', { name, pages: unread.join('、') })}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
