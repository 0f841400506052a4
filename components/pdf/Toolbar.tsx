/** The viewer's toolbar: sidebar, page N of M, zoom, rotation, tools, colour, search, export, keys. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColorPicker } from './AnnotationPanel';
import type { Tool } from './PageOverlay';

export type SidebarTab = 'thumbnails' | 'outline' | 'annotations';

export const KEYS = [
  ['PageDown / →', 'keys.nextPage'],
  ['PageUp / ←', 'keys.previousPage'],
  ['Home / End', 'keys.firstLast'],
  ['↑ / ↓', 'keys.scroll'],
  ['Ctrl/⌘ + F', 'keys.search'],
  ['Enter / Shift+Enter', 'keys.searchNext'],
  ['+ / −', 'keys.zoom'],
  ['0', 'keys.fitWidth'],
  ['R', 'keys.rotate'],
  ['H', 'keys.highlight'],
  ['Esc', 'keys.escape'],
] as const;

export interface ToolbarProps {
  /** Hide the annotation tools (an observer reads and searches only). */
  readOnly: boolean;
  page: number;
  numPages: number;
  scale: number;
  fitWidth: boolean;
  tool: Tool;
  color: string;
  sidebar: SidebarTab | null;
  busy: boolean;
  onGoTo(index: number): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFitWidth(): void;
  onRotate(): void;
  onTool(tool: Tool): void;
  onColor(color: string): void;
  onSidebar(tab: SidebarTab | null): void;
  onSearch(): void;
  onExportJson(): void;
  onExportPdf(): void;
}

export function Toolbar(p: ToolbarProps) {
  const { t } = useTranslation('viewer');
  const [pageInput, setPageInput] = useState(String(p.page + 1));
  useEffect(() => setPageInput(String(p.page + 1)), [p.page]);
  const go = () => {
    const n = Number.parseInt(pageInput, 10);
    if (Number.isFinite(n)) p.onGoTo(Math.max(0, Math.min(p.numPages - 1, n - 1)));
    else setPageInput(String(p.page + 1));
  };
  const tab = (name: SidebarTab) => (
    <button
      type="button"
      aria-pressed={p.sidebar === name}
      onClick={() => p.onSidebar(p.sidebar === name ? null : name)}
    >
      {t(`sidebar.${name}`)}
    </button>
  );
  const tool = (name: Tool) => (
    <button
      type="button"
      aria-pressed={p.tool === name}
      data-testid={`tool-${name}`}
      onClick={() => p.onTool(name)}
    >
      {t(`tools.${name}`)}
    </button>
  );
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="pdf-toolbar-group">
        {tab('thumbnails')}
        {tab('outline')}
        {tab('annotations')}
      </div>
      <form
        className="pdf-toolbar-group pdf-goto"
        onSubmit={(e) => {
          e.preventDefault();
          go();
        }}
      >
        <label>
          <span>{t('pageLabel')}</span>
          <input
            value={pageInput}
            inputMode="numeric"
            size={4}
            data-testid="pdf-page-input"
            aria-label={t('goToPage')}
            onChange={(e) => setPageInput(e.target.value)}
            onBlur={go}
          />
        </label>
        <span data-testid="pdf-page-count">{t('ofPages', { count: p.numPages })}</span>
      </form>
      <div className="pdf-toolbar-group">
        <button type="button" onClick={p.onZoomOut} aria-label={t('zoomOut')}>
          −
        </button>
        <span className="pdf-zoom" data-testid="pdf-zoom">
          {Math.round(p.scale * 100)}%
        </span>
        <button type="button" onClick={p.onZoomIn} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" aria-pressed={p.fitWidth} onClick={p.onFitWidth}>
          {t('fitWidth')}
        </button>
        <button type="button" onClick={p.onRotate} aria-label={t('rotate')} title={t('rotate')}>
          ↻
        </button>
      </div>
      {!p.readOnly && (
        <div className="pdf-toolbar-group">
          {tool('select')}
          {tool('area')}
          {tool('note')}
          <ColorPicker value={p.color} onChange={p.onColor} label={t('color')} />
        </div>
      )}
      <div className="pdf-toolbar-group">
        <button type="button" onClick={p.onSearch}>
          {t('search.open')}
        </button>
        <button type="button" onClick={p.onExportJson} disabled={p.busy}>
          {t('export.json')}
        </button>
        <button type="button" onClick={p.onExportPdf} disabled={p.busy}>
          {t('export.pdf')}
        </button>
        <details className="pdf-help">
          <summary aria-label={t('keys.title')}>?</summary>
          <dl>
            {KEYS.map(([key, label]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{t(label)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </div>
  );
}
