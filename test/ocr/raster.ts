/** Tiny drawing helpers for synthetic page images in OCR tests (no canvas needed). */
import type { GrayImage, RgbaImage } from '../../lib/ocr/image';

export function paper(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(250) };
}

export function fill(img: GrayImage, x0: number, y0: number, x1: number, y1: number, v = 20) {
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) img.data[y * img.width + x] = v;
  }
}

/** An outlined square of `size` with a border `t` pixels thick. */
export function box(img: GrayImage, x: number, y: number, size: number, t = 2) {
  fill(img, x, y, x + size, y + t);
  fill(img, x, y + size - t, x + size, y + size);
  fill(img, x, y, x + t, y + size);
  fill(img, x + size - t, y, x + size, y + size);
}

/** A thick line from (x0, y0) to (x1, y1). */
export function line(img: GrayImage, x0: number, y0: number, x1: number, y1: number, t = 2) {
  const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
  for (let s = 0; s <= steps; s++) {
    const x = x0 + ((x1 - x0) * s) / steps;
    const y = y0 + ((y1 - y0) * s) / steps;
    fill(
      img,
      Math.round(x - t / 2),
      Math.round(y - t / 2),
      Math.round(x + t / 2),
      Math.round(y + t / 2),
    );
  }
}

export function toRgba(img: GrayImage): RgbaImage {
  const data = new Uint8ClampedArray(img.width * img.height * 4);
  for (let i = 0; i < img.data.length; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = img.data[i]!;
    data[i * 4 + 3] = 255;
  }
  return { width: img.width, height: img.height, data };
}

/** A ring of outer radius `r` and stroke `t` around (cx, cy); `t >= r` draws a disc. */
export function ring(img: GrayImage, cx: number, cy: number, r: number, t = 2, v = 20) {
  for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
    for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= r && d > r - t && y >= 0 && y < img.height && x >= 0 && x < img.width)
        img.data[y * img.width + x] = v;
    }
  }
}
