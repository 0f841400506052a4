/**
 * A tiny document model for the forms we generate (demo applications, test fixtures). Renderers
 * turn it into a PDF (pdf-lib), HTML (for Chromium print) or other formats; content is written
 * once. Text is plain text everywhere: renderers escape it for their format.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Rows of cells; the first row is a header when `header` is true. Widths are fractions. */
  | { kind: 'table'; rows: string[][]; widths?: number[]; header?: boolean }
  /** A row of options with a mark beside the chosen ones, as on a printed form. */
  | { kind: 'checkboxes'; label: string; options: { text: string; checked: boolean }[] }
  | { kind: 'pageBreak' };

export interface GeneratedDocument {
  title: string;
  author?: string;
  blocks: Block[];
}

/** Every character a document uses, for font subsetting. */
export function documentText(doc: GeneratedDocument): string {
  const parts: string[] = [doc.title, doc.author ?? ''];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'table':
        for (const row of block.rows) parts.push(...row);
        break;
      case 'checkboxes':
        parts.push(block.label, ...block.options.map((o) => o.text), CHECKED_MARK, UNCHECKED_MARK);
        break;
      case 'pageBreak':
        break;
      default:
        parts.push(block.text);
    }
  }
  return parts.join('');
}

// Noto Sans SC has no ☑; real forms use ☑, ■ or √ alike, and extraction accepts all three.
export const CHECKED_MARK = '■';
export const UNCHECKED_MARK = '□';
