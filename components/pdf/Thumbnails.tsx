/** Page thumbnails, virtualised like the pages: only thumbnails in view have a canvas. */
import type { RenderTask } from 'pdfjs-dist';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rotation } from '@/lib/annotations/view-state';
import { computeLayout, type PageSize, visibleRange } from './layout';
import type { PdfTextSource } from './text-source';

const THUMB_WIDTH = 120;

function Thumbnail(props: {
  source: PdfTextSource;
  index: number;
  scale: number;
  rotation: Rotation;
  top: number;
  width: number;
  height: number;
  current: boolean;
  onGo(index: number): void;
}) {
  const { source, index, scale, rotation, top, width, height, current, onGo } = props;
  const { t } = useTranslation('viewer');
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let task: RenderTask | null = null;
    let cancelled = false;
    const target = canvas.current;
    source
      .getPage(index)
      .then((page) => {
        if (cancelled || !target) return;
        const vp = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
        target.width = Math.max(1, Math.floor(vp.width));
        target.height = Math.max(1, Math.floor(vp.height));
        task = page.render({ canvas: target, viewport: vp });
        return task.promise;
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      task?.cancel();
      if (target) {
        target.width = 0;
        target.height = 0;
      }
    };
  }, [source, index, scale, rotation]);
  return (
    <button
      type="button"
      className={current ? 'pdf-thumb current' : 'pdf-thumb'}
      style={{ top, height: height + 18 }}
      onClick={() => onGo(index)}
      aria-label={t('goToPageN', { page: index + 1 })}
      aria-current={current ? 'page' : undefined}
    >
      <canvas ref={canvas} style={{ width, height }} />
      <span>{index + 1}</span>
    </button>
  );
}

export function Thumbnails(props: {
  source: PdfTextSource;
  sizes: readonly PageSize[];
  rotations: Readonly<Record<string, Rotation>>;
  current: number;
  onGo(index: number): void;
}) {
  const { source, sizes, rotations, current, onGo } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const scale = THUMB_WIDTH / Math.max(1, sizes[0]?.width ?? 595);
  // Thumbnails carry an 18px label below the picture.
  const layout = useMemo(() => {
    const l = computeLayout(sizes, scale, rotations);
    const tops = l.tops.map((top, i) => top + i * 18);
    return { ...l, tops, totalHeight: l.totalHeight + sizes.length * 18 };
  }, [sizes, scale, rotations]);
  const [first, last] = visibleRange(layout, view.top, view.height, 3);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = layout.tops[current] ?? 0;
    if (
      top < el.scrollTop ||
      top + (layout.heights[current] ?? 0) > el.scrollTop + el.clientHeight
    ) {
      el.scrollTop = Math.max(0, top - 20);
    }
  }, [current, layout]);

  const items = [];
  for (let i = first; i <= last; i++) {
    items.push(
      <Thumbnail
        key={i}
        source={source}
        index={i}
        scale={scale}
        rotation={rotations[i] ?? 0}
        top={layout.tops[i]!}
        width={layout.widths[i]!}
        height={layout.heights[i]!}
        current={i === current}
        onGo={onGo}
      />,
    );
  }
  return (
    <div
      ref={scroller}
      className="pdf-thumbs"
      data-testid="pdf-thumbnails"
      onScroll={(e) =>
        setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
      }
    >
      <div style={{ height: layout.totalHeight, position: 'relative' }}>{items}</div>
    </div>
  );
}
