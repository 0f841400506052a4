/** The viewer's sidebar: thumbnails, outline or the annotation list with its editor. */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rotation } from '@/lib/annotations/view-state';
import { AnnotationPanel } from './AnnotationPanel';
import type { PageSize } from './layout';
import { Outline } from './Outline';
import { Thumbnails } from './Thumbnails';
import type { SidebarTab } from './Toolbar';
import type { PdfTextSource } from './text-source';

export function Sidebar(props: {
  tab: SidebarTab;
  doc: PDFDocumentProxy;
  source: PdfTextSource;
  sizes: readonly PageSize[];
  rotations: Readonly<Record<string, Rotation>>;
  page: number;
  onGo(index: number): void;
  annotationPanel: ComponentProps<typeof AnnotationPanel>;
}) {
  const { t } = useTranslation('viewer');
  const { tab, onGo } = props;
  return (
    <aside className="pdf-sidebar" aria-label={t(`sidebar.${tab}`)}>
      {tab === 'thumbnails' && (
        <Thumbnails
          source={props.source}
          sizes={props.sizes}
          rotations={props.rotations}
          current={props.page}
          onGo={onGo}
        />
      )}
      {tab === 'outline' && <Outline doc={props.doc} onGo={onGo} />}
      {tab === 'annotations' && <AnnotationPanel {...props.annotationPanel} />}
    </aside>
  );
}
