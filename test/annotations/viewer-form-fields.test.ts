/**
 * A fillable form in the viewer (components/pdf/text-source.ts): the values that live only in
 * its fields are in the page's text, so search finds them and evidence quoted from a field is
 * highlighted where the field is.
 */
import { describe, expect, it } from 'vitest';
import { PdfTextSource } from '../../components/pdf/text-source';
import { openPdf } from '../../lib/pdf/open';
import { fillableForm } from '../pdf/fillable-form';

describe('the viewer on a fillable form', () => {
  it('has the fields’ values and ticks in the page text, inside the fields’ boxes', async () => {
    const pdf = await openPdf(await fillableForm(), { fileName: 'fillable.pdf' });
    try {
      const source = new PdfTextSource(pdf);
      const { page } = await source.pageText(0);
      expect(page.text).toContain('锦州市校际体育赛事直播共同体');
      expect(page.text).toContain('☑ 智慧体育');
      const at = page.text.indexOf('黑山县励家镇小学');
      const word = page.items.find((i) => i.start <= at && at < i.end);
      // The lead unit's field: x 170–546, y 678–698 in PDF space.
      expect(word?.rect[0]).toBeGreaterThanOrEqual(170);
      expect(word?.rect[1]).toBeGreaterThanOrEqual(678);
      source.close();
    } finally {
      await pdf.close();
    }
  }, 60_000);
});
