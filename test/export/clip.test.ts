/**
 * Text cut to an export format's limits (lib/export/clip.ts): a pack label or decision text longer
 * than the 汇总表 or a signed opinion holds is cut with an ellipsis instead of refusing the export.
 * The whole path, with labels and reasons of every length, is in the hostile-text reliability suite.
 */
import { describe, expect, it } from 'vitest';
import { clip, clipNullable } from '../../lib/export/clip';

describe('clip', () => {
  it('keeps text within the limit and cuts longer text to exactly the limit, ending in …', () => {
    expect(clip('等级优秀', 50)).toBe('等级优秀');
    expect(clip('x'.repeat(50), 50)).toBe('x'.repeat(50));
    const cut = clip('y'.repeat(51), 50);
    expect(cut).toHaveLength(50);
    expect(cut.endsWith('…')).toBe(true);
    expect(clipNullable(null, 5)).toBeNull();
  });

  it('never leaves half of a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀😀`;
    for (let max = 2; max <= text.length; max++) {
      const cut = clip(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});
