/**
 * Where the ink of a text line really is, column by column: runs of columns holding ink in the
 * middle band of the line (away from borders above and below), with table borders crossing the
 * line left out. Word edges taken from these runs are exact to the pixel.
 */
import type { OcrLine } from './engine';
import type { PixelRuling } from './image-rulings';

export function inkRuns(
  mask: Uint8Array,
  width: number,
  line: OcrLine,
  rulings: PixelRuling[],
): number[] {
  const { box } = line;
  const height = mask.length / width;
  const ux = Math.cos(box.angle);
  const uy = Math.sin(box.angle);
  const half = box.height * 0.3;
  const walls = rulings.filter((r) => !r.horizontal && r.from <= box.cy && r.to >= box.cy);
  const runs: number[] = [];
  let start = -1;
  const length = Math.ceil(box.width);
  for (let u = 0; u <= length; u++) {
    let ink = false;
    if (u < length) {
      const du = u + 0.5 - box.width / 2;
      const cx = box.cx + du * ux;
      const nearWall = walls.some((w) => Math.abs(w.at - cx) <= 3);
      for (let v = -half; v <= half && !ink && !nearWall; v += 1) {
        const x = Math.round(cx - v * uy);
        const y = Math.round(box.cy + du * uy + v * ux);
        if (x >= 0 && y >= 0 && x < width && y < height && mask[y * width + x] === 1) ink = true;
      }
    }
    if (ink && start < 0) start = u;
    else if (!ink && start >= 0) {
      runs.push(start, u);
      start = -1;
    }
  }
  return runs;
}

/**
 * Ink pixels under one character of a horizontal line: the band of the line's height around
 * the character's centre, a third of a line height either side.
 */
export function inkUnder(mask: Uint8Array, width: number, line: OcrLine, u: number): number {
  const { box } = line;
  const height = mask.length / width;
  const ux = Math.cos(box.angle);
  const uy = Math.sin(box.angle);
  const reach = box.height / 3;
  const half = box.height * 0.45;
  let ink = 0;
  for (let du = -reach; du <= reach; du += 1) {
    const along = u + du - box.width / 2;
    for (let v = -half; v <= half; v += 1) {
      const x = Math.round(box.cx + along * ux - v * uy);
      const y = Math.round(box.cy + along * uy + v * ux);
      if (x >= 0 && y >= 0 && x < width && y < height && mask[y * width + x] === 1) ink++;
    }
  }
  return ink;
}
