/** DB post-processing: probability map → text-line boxes, without OpenCV. */
import { describe, expect, it } from 'vitest';
import { boxesFromProbability, DETECT_DEFAULTS } from '../../lib/ocr/detect';
import { contains, type RotatedRect } from '../../lib/ocr/geometry';

/** A map with the given (shrunk) text kernels at probability 0.9 over a 0.05 background. */
function map(width: number, height: number, kernels: RotatedRect[]): Float32Array {
  const prob = new Float32Array(width * height).fill(0.05);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (kernels.some((k) => contains(k, x + 0.5, y + 0.5))) prob[y * width + x] = 0.9;
    }
  }
  return prob;
}

describe('text-line boxes from the detector map', () => {
  it('finds each line, straight or tilted, grown back by the unclip ratio', () => {
    const kernels: RotatedRect[] = [
      { cx: 100, cy: 40, width: 160, height: 12, angle: 0 },
      { cx: 150, cy: 120, width: 200, height: 14, angle: (4 * Math.PI) / 180 },
      { cx: 60, cy: 200, width: 30, height: 12, angle: 0 },
    ];
    const boxes = boxesFromProbability(map(320, 240, kernels), 320, 240).sort(
      (a, b) => a.cy - b.cy,
    );
    expect(boxes).toHaveLength(3);
    boxes.forEach((box, i) => {
      const k = kernels[i]!;
      const d = (k.width * k.height * DETECT_DEFAULTS.unclipRatio) / (2 * (k.width + k.height));
      expect(box.cx).toBeCloseTo(k.cx, 0);
      expect(box.cy).toBeCloseTo(k.cy, 0);
      expect(Math.abs(box.width - (k.width + 2 * d))).toBeLessThan(3);
      expect(Math.abs(box.height - (k.height + 2 * d))).toBeLessThan(3);
      expect(Math.abs(box.angle - k.angle)).toBeLessThan(0.02);
    });
  });

  it('drops specks and faint regions', () => {
    const prob = map(100, 100, [{ cx: 50, cy: 50, width: 2, height: 2, angle: 0 }]);
    // A faint blob: above the pixel threshold, below the box threshold.
    for (let y = 10; y < 20; y++) for (let x = 10; x < 60; x++) prob[y * 100 + x] = 0.4;
    expect(boxesFromProbability(prob, 100, 100)).toEqual([]);
  });
});
