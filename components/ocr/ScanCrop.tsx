/**
 * The crop of a scan where an OCR value was read, drawn from the stored PDF by pdf.js, so the
 * reviewer compares the value with the original beside it. Opened files are shared by the crops
 * of one application (a few kept).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileHash } from '@/lib/ids';
import { type OpenedPdf, openPdf } from '@/lib/pdf/open';
import type { Rect } from '@/lib/pdf/text';
import type { FileStore } from '@/lib/workspace/stores';
import { useStores } from '../workspace/WorkspaceContext';

const opened = new Map<string, Promise<OpenedPdf>>();
const KEEP = 3;

function openStored(files: FileStore, hash: FileHash): Promise<OpenedPdf> {
  let pdf = opened.get(hash);
  if (!pdf) {
    pdf = files.get(hash).then((bytes) => {
      if (!bytes) throw new Error('file missing');
      return openPdf(bytes.slice(), { fileName: hash });
    });
    pdf.catch(() => opened.delete(hash));
    opened.set(hash, pdf);
    while (opened.size > KEEP) {
      const [oldest, first] = opened.entries().next().value as [string, Promise<OpenedPdf>];
      opened.delete(oldest);
      void first.then((p) => p.close()).catch(() => {});
    }
  }
  return pdf;
}

/** Width of the crop on screen, CSS pixels. */
const WIDTH = 280;
/** Margin around the value, PDF points. */
const MARGIN = 6;

export function ScanCrop({
  fileHash,
  page,
  rect,
}: {
  fileHash: FileHash;
  page: number;
  rect: Rect;
}) {
  const { t } = useTranslation('ocr');
  const { files } = useStores();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    (async () => {
      const pdf = await openStored(files, fileHash);
      const proxy = await pdf.proxy.getPage(page);
      const canvas = ref.current;
      if (cancelled || !canvas) return;
      const [x0, y0, x1, y1] = [
        rect[0] - MARGIN,
        rect[1] - MARGIN,
        rect[2] + MARGIN,
        rect[3] + MARGIN,
      ];
      const ratio = window.devicePixelRatio || 1;
      const scale = Math.min(3, WIDTH / Math.max(1, x1 - x0)) * ratio;
      const viewport = proxy.getViewport({ scale });
      // The crop's top-left corner in the viewport's pixels.
      const [left, top] = viewport.convertToViewportPoint(x0, y1) as [number, number];
      canvas.width = Math.ceil((x1 - x0) * scale);
      canvas.height = Math.ceil((y1 - y0) * scale);
      canvas.style.width = `${canvas.width / ratio}px`;
      const render = proxy.render({
        canvas,
        viewport,
        transform: [1, 0, 0, 1, -left, -top],
      });
      task = render;
      await render.promise;
    })().catch(() => {});
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [files, fileHash, page, rect]);
  return (
    <canvas
      ref={ref}
      className="scan-crop"
      data-testid="scan-crop"
      role="img"
      aria-label={t('app.crop', { page })}
    />
  );
}
