/** Draws the first page of a stored PDF with pdf.js (the full viewer replaces this). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileHash } from '@/lib/ids';
import { getPlatform } from '@/lib/platform';
import { getFile } from '@/lib/store/blobs';
import { getDb } from '@/lib/store/db';
import { ErrorNotice } from '../shell/ErrorNotice';

export function PdfFirstPage({ hash, name }: { hash: FileHash; name: string }) {
  const { t } = useTranslation('workspace');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | { error: unknown }>('loading');

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | undefined;
    (async () => {
      const bytes = await getFile(getDb(), hash);
      if (!bytes) throw new Error(`missing file ${hash}`);
      const platform = getPlatform();
      const pdfjs = await platform.loadPdfjs();
      const task = pdfjs.getDocument({ data: bytes.slice(), ...platform.pdfDocumentOptions() });
      destroy = () => task.destroy();
      const doc = await task.promise;
      const page = await doc.getPage(1);
      const target = canvas.current;
      if (cancelled || !target) return;
      const width = target.parentElement?.clientWidth ?? 800;
      const viewport = page.getViewport({
        scale: (width / page.getViewport({ scale: 1 }).width) * devicePixelRatio,
      });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / devicePixelRatio}px`;
      await page.render({ canvas: target, viewport }).promise;
      if (!cancelled) setState('drawn');
    })().catch((error) => !cancelled && setState({ error }));
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [hash]);

  return (
    <figure className="pdf-first-page" data-state={typeof state === 'string' ? state : 'error'}>
      {typeof state === 'object' && <ErrorNotice error={state.error} />}
      {state === 'loading' && <p className="muted">{t('loadingPdf', { name })}</p>}
      <canvas ref={canvas} data-testid="pdf-page-1" aria-label={name} />
    </figure>
  );
}
