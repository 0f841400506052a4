/**
 * A PDF page as pixels for OCR, drawn by pdf.js on the canvas its document's canvas factory
 * makes (Node: @napi-rs/canvas; browsers: a canvas of the page), at OCR resolution, with the
 * viewport transform that maps PDF user space to those pixels.
 */
import type { OpenedPdf } from '../pdf/open';
import type { Rect } from '../pdf/text';
import type { RgbaImage } from './image';

/** Scans are read at 200 dpi: 9-point text is then ~25 pixels high, plenty for the models. */
export const OCR_DPI = 200;
/** Larger pages (posters, A2 drawings) are read at a lower resolution to bound memory. */
const MAX_PIXELS = 12_000_000;

export interface PageImage {
  image: RgbaImage;
  dpi: number;
  view: Rect;
  rotation: number;
  /** PDF user space → image pixels. */
  transform: number[];
}

interface CanvasAndContext {
  canvas: unknown;
  context: {
    getImageData(
      x: number,
      y: number,
      w: number,
      h: number,
    ): {
      width: number;
      height: number;
      data: Uint8ClampedArray;
    };
  };
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

export async function renderPageImage(
  pdf: OpenedPdf,
  pageNumber: number,
  dpi = OCR_DPI,
): Promise<PageImage> {
  const page = await pdf.proxy.getPage(pageNumber);
  try {
    const unit = page.getViewport({ scale: 1 });
    const wanted = dpi / 72;
    const limit = Math.sqrt(MAX_PIXELS / Math.max(1, unit.width * unit.height));
    const scale = Math.min(wanted, limit);
    const viewport = page.getViewport({ scale });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const factory = pdf.proxy.canvasFactory as CanvasFactory;
    const target = factory.create(width, height);
    try {
      await page.render({
        canvas: null,
        canvasContext: target.context as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      const data = target.context.getImageData(0, 0, width, height);
      return {
        image: { width: data.width, height: data.height, data: data.data },
        dpi: scale * 72,
        view: page.view as Rect,
        rotation: page.rotate,
        transform: [...viewport.transform],
      };
    } finally {
      factory.destroy(target);
    }
  } finally {
    page.cleanup();
  }
}
