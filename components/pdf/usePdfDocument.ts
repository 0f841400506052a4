/**
 * Open the viewer's PDF through lib/pdf/open (the one opener: clear, localised errors that name
 * the file), ask for a password when the file needs one, and learn the page sizes (page 1's size
 * stands in for pages not yet measured, so a 5,000-page file lays out at once).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isReviewDeskError } from '@/lib/errors';
import type { FileHash } from '@/lib/ids';
import { type OpenedPdf, openPdf, pageError } from '@/lib/pdf/open';
import type { OcrPageStore } from '@/lib/workspace/stores';
import type { PageSize } from './layout';
import { PdfTextSource } from './text-source';

export type DocumentState =
  | { status: 'loading' }
  | { status: 'password'; wrong: boolean }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; pdf: OpenedPdf; source: PdfTextSource; sizes: PageSize[] };

/** Pages measured in the background after opening; later pages are measured when drawn. */
const MEASURE_AHEAD = 2000;
/** The longest measuring the other pages waits for the first page's picture. */
const MEASURE_WAIT_MS = 2_000;

export function usePdfDocument(
  file: { name: string; bytes: Uint8Array; hash: string },
  options: {
    password?: string;
    onUnlocked?: (password: string) => void;
    /** Where scanned pages get their text (OCR readings on this device). */
    ocrPages?: OcrPageStore;
  } = {},
) {
  const [state, setState] = useState<DocumentState>({ status: 'loading' });
  // An object, so submitting the same (wrong) password again still tries again.
  const [password, setPassword] = useState<{ value?: string }>(() =>
    options.password ? { value: options.password } : {},
  );
  const onUnlocked = useRef(options.onUnlocked);
  onUnlocked.current = options.onUnlocked;
  const ocrPagesRef = useRef(options.ocrPages);
  ocrPagesRef.current = options.ocrPages;

  useEffect(() => {
    let cancelled = false;
    let opened: OpenedPdf | null = null;
    let source: PdfTextSource | null = null;
    setState({ status: 'loading' });
    (async () => {
      const pdf = await openPdf(file.bytes, { fileName: file.name, password: password.value });
      opened = pdf;
      if (cancelled) return;
      // The reviewer's password opened it: the rest of the app (reading facts) may use it too.
      if (password.value) onUnlocked.current?.(password.value);
      // A one-page file whose page cannot be read is unusable: say so in words (pdf/…). In a
      // longer file the page shows its own error and the others stay readable.
      const first =
        pdf.numPages > 0
          ? await pdf.proxy.getPage(1).catch((error) => {
              if (pdf.numPages === 1) throw pageError(error, file.name, 1);
              return null;
            })
          : null;
      const v = first?.getViewport({ scale: 1 });
      const fallback: PageSize = { width: v?.width ?? 595, height: v?.height ?? 842 };
      const sizes = new Array<PageSize>(pdf.numPages).fill(fallback);
      if (cancelled) return;
      const ocrPages = ocrPagesRef.current;
      const hash = file.hash as FileHash;
      source = new PdfTextSource(
        pdf,
        ocrPages && {
          page: (page) => ocrPages.page(hash, page),
          onStored: (listener) => ocrPages.watch(hash, listener),
        },
      );
      setState({ status: 'ready', pdf, source, sizes });
      // Measure the other pages without holding up the first paint: after it (or a while).
      await Promise.race([
        source.firstPicture,
        new Promise((resolve) => setTimeout(resolve, MEASURE_WAIT_MS)),
      ]);
      let changed = false;
      const measured = sizes.slice();
      for (let i = 1; i < Math.min(pdf.numPages, MEASURE_AHEAD) && !cancelled; i++) {
        try {
          const vp = (await pdf.proxy.getPage(i + 1)).getViewport({ scale: 1 });
          if (vp.width !== fallback.width || vp.height !== fallback.height) {
            measured[i] = { width: vp.width, height: vp.height };
            changed = true;
          }
        } catch {
          // A page that cannot be read keeps the stand-in size; drawing it reports the error.
        }
        if (changed && (i % 100 === 99 || i === Math.min(pdf.numPages, MEASURE_AHEAD) - 1)) {
          const snapshot = measured.slice();
          changed = false;
          if (!cancelled) {
            setState((s) =>
              s.status === 'ready' && s.pdf === pdf ? { ...s, sizes: snapshot } : s,
            );
          }
        }
      }
    })().catch((error) => {
      if (cancelled) return;
      if (isReviewDeskError(error) && error.code === 'pdf/passwordRequired') {
        setState({ status: 'password', wrong: false });
      } else if (isReviewDeskError(error) && error.code === 'pdf/wrongPassword') {
        setState({ status: 'password', wrong: true });
      } else {
        setState({ status: 'error', error });
      }
    });
    return () => {
      cancelled = true;
      source?.close();
      void opened?.close();
    };
  }, [file.bytes, file.name, file.hash, password]);

  /** A page turned out to have another size than assumed (measured when drawn). */
  const setPageSize = useCallback((index: number, size: PageSize) => {
    setState((s) => {
      if (s.status !== 'ready') return s;
      const old = s.sizes[index];
      if (
        !old ||
        (Math.abs(old.width - size.width) < 0.5 && Math.abs(old.height - size.height) < 0.5)
      ) {
        return s;
      }
      const sizes = s.sizes.slice();
      sizes[index] = size;
      return { ...s, sizes };
    });
  }, []);

  const submitPassword = useCallback((value: string) => setPassword({ value }), []);
  return { state, submitPassword, setPageSize };
}
