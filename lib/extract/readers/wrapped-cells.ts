/**
 * Cells whose text wraps inside a word of Latin letters ("App Invent" over "or", "micro:" over
 * "bit"): whether the break stood for a space is not in the file, so a value joined from such
 * lines is a guess either way. Between ideographs, or between a word and an ideograph, the join
 * is plain (no space), and digits (a phone, a date) never keep one.
 */
import type { DocCell, DocumentLayout } from '../../pdf/structure/document';

/** Does the cell's text run over lines that break between two Latin letters (or a colon)? */
export function wrapsInsideWord(doc: DocumentLayout, cell: DocCell): boolean {
  const page = doc.page(cell.page);
  if (!page || !/[A-Za-z]/.test(cell.text)) return false;
  const [x0, y0, x1, y1] = cell.rect;
  const inside = page.items.filter((item) => {
    const cx = (item.rect[0] + item.rect[2]) / 2;
    const cy = (item.rect[1] + item.rect[3]) / 2;
    return cx > x0 && cx < x1 && cy > Math.min(y0, y1) && cy < Math.max(y0, y1) && item.str.trim();
  });
  // Lines of the cell, top first: items sharing a baseline.
  const lines: { y: number; text: string; x: number }[] = [];
  for (const item of inside.sort((a, b) => b.rect[1] - a.rect[1] || a.rect[0] - b.rect[0])) {
    const line = lines.find((l) => Math.abs(l.y - item.rect[1]) < 2);
    if (line) {
      if (item.rect[0] >= line.x) line.text += item.str;
      else line.text = item.str + line.text;
      line.x = Math.max(line.x, item.rect[0]);
    } else lines.push({ y: item.rect[1], text: item.str, x: item.rect[0] });
  }
  return lines.some((line, i) => {
    const next = lines[i + 1];
    return (
      next !== undefined &&
      /[A-Za-z:：]$/.test(line.text.trimEnd()) &&
      /^[A-Za-z]/.test(next.text.trimStart())
    );
  });
}
