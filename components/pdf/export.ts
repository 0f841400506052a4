/** The viewer's download buttons: Web Annotation JSON and the annotated PDF, as files. */
import type { Annotation, PdfRect } from '@/lib/annotations/annotation';
import type { EvidenceLink } from '@/lib/annotations/store';
import { toWebAnnotationCollection } from '@/lib/annotations/web-annotation';
import { downloadFile } from '../shell/download';
import type { PdfTextSource } from './text-source';

const baseName = (name: string) => name.replace(/\.pdf$/i, '');

export async function downloadWebAnnotations(
  file: { hash: string; name: string },
  annotations: readonly Annotation[],
  evidence: readonly EvidenceLink[],
  source: PdfTextSource,
): Promise<void> {
  const boxes = new Map<number, PdfRect>();
  for (const page of new Set(annotations.map((a) => a.page))) {
    if (page >= source.numPages) continue;
    const proxy = await source.getPage(page);
    boxes.set(page, proxy.view as PdfRect);
  }
  const json = toWebAnnotationCollection({
    file,
    annotations,
    evidence,
    pageBox: (page) => boxes.get(page),
  });
  downloadFile(
    `${baseName(file.name)}.annotations.jsonld`,
    JSON.stringify(json, null, 2),
    'application/ld+json',
  );
}

export async function downloadAnnotatedPdf(
  file: { name: string; bytes: Uint8Array },
  annotations: readonly Annotation[],
): Promise<void> {
  // pdf-lib is large: loaded only when someone exports.
  const { exportAnnotatedPdf } = await import('@/lib/annotations/pdf-export');
  const bytes = await exportAnnotatedPdf({ bytes: file.bytes, fileName: file.name, annotations });
  downloadFile(
    `${baseName(file.name)}.annotated.pdf`,
    bytes as Uint8Array<ArrayBuffer>,
    'application/pdf',
  );
}
