/** Evidence as clickable page references: a click shows the place in the viewer. */
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@/lib/facts/standard';
import { type EvidenceLocation, useReviewContext } from './ReviewContext';

export function EvidenceLinks({
  evidence,
  fileHash,
}: {
  evidence: (Evidence & { annotationId?: string; fileHash?: string })[];
  fileHash?: string;
}) {
  const { t } = useTranslation('review');
  const { showEvidence } = useReviewContext();
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-links">
      {evidence.map((e, i) => {
        const where: EvidenceLocation = { page: e.page, quote: e.quote };
        const hash = e.fileHash ?? fileHash;
        if (hash) where.fileHash = hash;
        if (e.annotationId) where.annotationId = e.annotationId;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: evidence has no id and never reorders
          <li key={i}>
            <button type="button" className="evidence-link" onClick={() => showEvidence(where)}>
              <span className="evidence-page">{t('evidence.page', { page: e.page })}</span>
              <q>{e.quote}</q>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
