/** Real PDFs for annotation tests: Chinese text pages written with the app's own PDF writer. */

import type { Annotation, AnnotationDraft } from '../../lib/annotations/annotation';
import { createAnnotation } from '../../lib/annotations/annotation';
import { documentText, type GeneratedDocument } from '../../lib/docgen/document';
import { writePdf } from '../../lib/docgen/pdf-writer';
import type { ApplicationId, FileHash } from '../../lib/ids';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';

/** A PDF with one page per entry, each page a title and paragraphs. */
export async function chinesePdf(pages: string[][]): Promise<Uint8Array> {
  const blocks: GeneratedDocument['blocks'] = [];
  pages.forEach((paragraphs, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    for (const text of paragraphs) blocks.push({ kind: 'paragraph', text });
  });
  const doc: GeneratedDocument = { title: '测试文件', blocks };
  const [font, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  return writePdf(doc, { font: subset(font, documentText(doc)), date: new Date(0) });
}

export const FILE_HASH = 'a'.repeat(64) as FileHash;
export const APP_ID = 'app-1' as ApplicationId;

export function annotation(
  draft: Partial<AnnotationDraft> & Pick<AnnotationDraft, 'kind'>,
): Annotation {
  return createAnnotation(
    {
      page: 0,
      rects: [[100, 700, 200, 712]],
      quote: { exact: '', prefix: '', suffix: '' },
      position: { start: 0, end: 0 },
      color: '#ffd54f',
      tags: [],
      comment: '',
      ...draft,
    },
    { applicationId: APP_ID, fileHash: FILE_HASH, author: '王老师' },
    Date.UTC(2026, 10, 1),
  );
}
