/**
 * Page images as plain typed arrays, and the few pixel operations OCR needs: the "ink" grey image
 * (red seals made transparent so the text under them stays readable), skew estimation and
 * correction, resizing, and cropping a rotated rectangle into a text-line strip. No canvas and no
 * DOM: this runs in Node, in a Web Worker and in an extension page alike.
 */

/** 8-bit RGBA, row by row (what a canvas's getImageData returns). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** 8-bit grey, row by row; 0 is black ink, 255 is paper. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function grayImage(width: number, height: number, fill = 255): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { width, height, data };
}

/**
 * How strongly red a pixel must be (R above both G and B) before it counts as seal ink; a full
 * blend from there over RED_RAMP more. Grey and black ink, and blue or black signatures, are left
 * alone.
 */
const RED_START = 25;
const RED_RAMP = 40;

/**
 * Grey levels for reading, with red seal ink taken out. Ink layers multiply: red ink lets red
 * light through, so in the red channel a seal all but vanishes while black text printed under it
 * stays dark. Where a pixel is clearly red we read the red channel, scaled so the seal's own red
 * comes out as paper; elsewhere the usual luma. A person reads text under a seal the same way,
 * by looking through the red.
 */
export function inkGray(image: RgbaImage): GrayImage {
  const { width, height, data } = image;
  const n = width * height;
  // The red level of seal ink on this page: the median red channel of clearly red pixels.
  const histogram = new Uint32Array(256);
  let reds = 0;
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    const r = data[p]!;
    const redness = r - Math.max(data[p + 1]!, data[p + 2]!);
    if (redness > RED_START + RED_RAMP) {
      histogram[r]!++;
      reds++;
    }
  }
  let sealRed = 230;
  if (reds > 0) {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!;
      if (seen * 2 >= reds) {
        sealRed = Math.max(120, v);
        break;
      }
    }
  }
  const out = new Uint8Array(n);
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    const r = data[p]!;
    const g = data[p + 1]!;
    const b = data[p + 2]!;
    const luma = (299 * r + 587 * g + 114 * b) / 1000;
    const redness = r - (g > b ? g : b);
    if (redness <= RED_START) {
      out[i] = luma;
      continue;
    }
    const t = Math.min(1, (redness - RED_START) / RED_RAMP);
    const throughRed = Math.min(255, (r * 255) / sealRed);
    out[i] = luma * (1 - t) + throughRed * t;
  }
  return { width, height, data: out };
}

/** Average over s×s blocks (s an integer ≥ 1): a cheap, alias-free downscale. */
export function shrinkGray(image: GrayImage, s: number): GrayImage {
  if (s <= 1) return image;
  const width = Math.max(1, Math.floor(image.width / s));
  const height = Math.max(1, Math.floor(image.height / s));
  const out = new Uint8Array(width * height);
  const area = s * s;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < s; dy++) {
        const row = (y * s + dy) * image.width + x * s;
        for (let dx = 0; dx < s; dx++) sum += image.data[row + dx]!;
      }
      out[y * width + x] = sum / area;
    }
  }
  return { width, height, data: out };
}

/** Bilinear sample at (x, y), paper outside the image. */
export function sample(image: GrayImage, x: number, y: number): number {
  const { width, height, data } = image;
  if (x < 0 || y < 0 || x > width - 1 || y > height - 1) {
    if (x < -1 || y < -1 || x > width || y > height) return 255;
    x = Math.min(width - 1, Math.max(0, x));
    y = Math.min(height - 1, Math.max(0, y));
  }
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = x0 + 1 < width ? x0 + 1 : x0;
  const y1 = y0 + 1 < height ? y0 + 1 : y0;
  const fx = x - x0;
  const fy = y - y0;
  const a = data[y0 * width + x0]!;
  const b = data[y0 * width + x1]!;
  const c = data[y1 * width + x0]!;
  const d = data[y1 * width + x1]!;
  return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
}

/** Resize to width × height: block averaging when shrinking a lot, then bilinear. */
export function resizeGray(image: GrayImage, width: number, height: number): GrayImage {
  const factor = Math.floor(Math.min(image.width / width, image.height / height));
  const source = factor >= 2 ? shrinkGray(image, factor) : image;
  const out = new Uint8Array(width * height);
  const sx = source.width / width;
  const sy = source.height / height;
  for (let y = 0; y < height; y++) {
    const srcY = (y + 0.5) * sy - 0.5;
    for (let x = 0; x < width; x++) {
      out[y * width + x] = sample(source, (x + 0.5) * sx - 0.5, srcY);
    }
  }
  return { width, height, data: out };
}

/**
 * Turn the image about its centre so that lines running along y = c + x·tan(radians) come out
 * horizontal (counter-clockwise on screen when positive); same size, paper at the corners.
 */
export function rotateGray(image: GrayImage, radians: number): GrayImage {
  const { width, height } = image;
  const out = new Uint8Array(width * height);
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // Inverse mapping: where in the source does this output pixel come from?
      const srcX = cx + dx * cos - dy * sin;
      const srcY = cy + dx * sin + dy * cos;
      out[y * width + x] = sample(image, srcX, srcY);
    }
  }
  return { width, height, data: out };
}

/** A quarter turn count: degrees clockwise on screen, 0, 90, 180 or 270. */
export type Orientation = 0 | 90 | 180 | 270;

/** The image turned clockwise by `degrees` (a multiple of 90): pixels moved, none resampled. */
export function turnGray(image: GrayImage, degrees: Orientation): GrayImage {
  const { width, height, data } = image;
  if (degrees === 0) return image;
  const quarter = degrees === 90 || degrees === 270;
  const w = quarter ? height : width;
  const h = quarter ? width : height;
  const out = new Uint8Array(w * h);
  // Each pixel of the turned image comes from where turning it back puts it.
  const back = ((360 - degrees) % 360) as Orientation;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [sx, sy] = turnPoint(w, h, back, x, y);
      out[y * w + x] = data[sy * width + sx]!;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Where a point of a `width` × `height` image lies once the image is turned clockwise by
 * `degrees` (pixel centres at whole numbers, as `sample` reads them).
 */
export function turnPoint(
  width: number,
  height: number,
  degrees: Orientation,
  x: number,
  y: number,
): [number, number] {
  switch (degrees) {
    case 90:
      return [height - 1 - y, x];
    case 180:
      return [width - 1 - x, height - 1 - y];
    case 270:
      return [y, width - 1 - x];
    default:
      return [x, y];
  }
}

/** Where a point of the image rotated by `rotateGray(…, radians)` lies in the original image. */
export function unrotatePoint(
  width: number,
  height: number,
  radians: number,
  x: number,
  y: number,
): [number, number] {
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const dx = x - cx;
  const dy = y - cy;
  return [cx + dx * cos - dy * sin, cy + dx * sin + dy * cos];
}

/**
 * Otsu's threshold of a grey image: the level that best separates ink from paper. Used as a
 * ceiling for "dark" so that a page of light noise is not read as ink.
 */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const v of image.data) histogram[v]!++;
  const total = image.data.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v]!;
  let sumBelow = 0;
  let below = 0;
  let best = 0;
  let threshold = 128;
  for (let v = 0; v < 256; v++) {
    below += histogram[v]!;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    sumBelow += v * histogram[v]!;
    const meanBelow = sumBelow / below;
    const meanAbove = (sum - sumBelow) / above;
    const between = below * above * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = v;
    }
  }
  return threshold;
}

/**
 * Ink mask: 1 where a pixel is clearly darker than its neighbourhood (a local mean over a
 * `window`-pixel square) and below the page's Otsu level, so uneven paper and scanner shading do
 * not turn into ink.
 */
export function binarize(image: GrayImage, window = 31): Uint8Array {
  const { width, height, data } = image;
  const stride = width + 1;
  // Integer sums: 255 × 12 million pixels still fits 32 bits.
  const integral = new Uint32Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    const above = y * stride;
    const here = above + stride;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      integral[here + x + 1] = integral[above + x + 1]! + row;
    }
  }
  const ceiling = Math.min(200, otsuThreshold(image) + 20);
  const r = window >> 1;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r) * stride;
    const y1 = Math.min(height, y + r + 1) * stride;
    const rows = (y1 - y0) / stride;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      if (v >= ceiling) continue;
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      const sum = integral[y1 + x1]! - integral[y0 + x1]! - integral[y1 + x0]! + integral[y0 + x0]!;
      // v < 0.85 × mean, in integers.
      if (v * rows * (x1 - x0) * 100 < sum * 85) out[y * width + x] = 1;
    }
  }
  return out;
}

/**
 * The page's skew in radians: its lines of text run along y = c + x·tan(skew) (image
 * coordinates, y down), so `rotateGray(image, skew)` straightens them. Found from the projection
 * profile of ink: the angle at which rows of ink line up best, within ±`maxDegrees`.
 */
export function estimateSkew(image: GrayImage, maxDegrees = 6): number {
  // Work at about 70 dpi-equivalent from a 200 dpi page: plenty for lines of text.
  const factor = Math.max(1, Math.round(image.width / 600));
  const small = shrinkGray(image, factor);
  const ink = binarize(small, 15);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      if (ink[y * small.width + x]) {
        xs.push(x - small.width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length < 50) return 0;
  const step = Math.max(1, Math.floor(xs.length / 60_000));
  const bins = new Float64Array(small.height * 2 + 8);
  const score = (radians: number) => {
    bins.fill(0);
    const t = Math.tan(radians);
    const offset = small.height / 2 + 4;
    for (let i = 0; i < xs.length; i += step) {
      const b = Math.round(ys[i]! - xs[i]! * t + offset);
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (const v of bins) s += v * v;
    return s;
  };
  const search = (from: number, to: number, by: number, best: number) => {
    let bestScore = -1;
    for (let d = from; d <= to + 1e-9; d += by) {
      const s = score((d * Math.PI) / 180);
      if (s > bestScore) {
        bestScore = s;
        best = d;
      }
    }
    return best;
  };
  const coarse = search(-maxDegrees, maxDegrees, 0.25, 0);
  const fine = search(coarse - 0.25, coarse + 0.25, 0.025, coarse);
  return (fine * Math.PI) / 180;
}
