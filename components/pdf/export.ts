/** The viewer's download buttons: Web Annotation JSON and the annotated PDF, as files. */
import type { Annotation, PdfRect } from '@/lib/annotations/annotation';
import type { EvidenceLink } from '@/lib/annotations/store';
import { toWebAnnotationCollection } from '@/lib/annotations/web-annotation';
import type { PdfTextSource } from './text-source';

function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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
  download(
    JSON.stringify(json, null, 2),
    `${baseName(file.name)}.annotations.jsonld`,
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
  download(
    bytes as Uint8Array<ArrayBuffer>,
    `${baseName(file.name)}.annotated.pdf`,
    'application/pdf',
  );
}
