/**
 * Carry this reviewer's annotations from the application's other files onto the file shown (a
 * re-exported or corrected version): each is found again by its quote; evidence links follow.
 * What cannot be found is said, never placed at a guess.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { carryOver } from '@/lib/annotations/carry-over';
import { ReviewDeskError } from '@/lib/errors';
import type { AnnotationId, ApplicationId, FileHash } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import type { EvidenceTarget } from '@/lib/panel/records/review-cell';
import { openPdf } from '@/lib/pdf/open';
import { usePanelValue } from '../hooks/usePanelValue';
import { PdfTextSource } from '../pdf/text-source';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useStores } from '../workspace/WorkspaceContext';

export function CarryOver({
  panel,
  applicationId,
  file,
}: {
  panel: Panel;
  applicationId: ApplicationId;
  file: { hash: FileHash; name: string };
}) {
  const { t } = useTranslation('viewer');
  const stores = useStores();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const candidates = usePanelValue(
    panel,
    (p) => {
      const mine = p.annotations(applicationId).filter((a) => a.author === p.me().id);
      const here = new Set(
        mine.filter((a) => a.fileHash === file.hash).map((a) => a.quote.exact + a.comment),
      );
      return mine.filter((a) => a.fileHash !== file.hash && !here.has(a.quote.exact + a.comment));
    },
    [applicationId, file.hash],
  );
  // The report stays after the last annotation was carried (the button then has nothing to do).
  if (candidates.length === 0 && !report && !error) return null;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const bytes = await stores.files.get(file.hash);
      if (!bytes) throw new ReviewDeskError('viewer/fileMissing', { file: file.name });
      const password = stores.passwords.get(file.hash);
      const pdf = await openPdf(bytes, { fileName: file.name, ...(password ? { password } : {}) });
      try {
        const source = new PdfTextSource(pdf);
        await source.indexAll();
        const { carried, lost } = await carryOver(candidates, {
          texts: source.allTexts,
          model: async (page) => (await source.pageText(page)).page,
        });
        const evidence = panel.myReview(applicationId).values.evidence;
        for (const { from, draft } of carried) {
          const id = panel.addAnnotation(applicationId, file.hash, draft);
          for (const [target, ids] of Object.entries(evidence)) {
            if (ids.includes(from.id as AnnotationId)) {
              panel.linkEvidence(applicationId, target as EvidenceTarget, id);
            }
          }
        }
        setReport(t('carryOver.done', { carried: carried.length, lost: lost.length }));
      } finally {
        await pdf.close();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="carry-over" data-testid="carry-over">
      {candidates.length > 0 && (
        <button type="button" onClick={run} disabled={busy}>
          {t('carryOver.button', { count: candidates.length })}
        </button>
      )}
      {report && (
        <span className="muted" role="status">
          {report}
        </span>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
