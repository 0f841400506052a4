/**
 * The PDF viewer (Zotero model: data and callbacks in, nothing of Dexie or Yjs for annotations).
 * Opens the file through lib/pdf/open (password prompt, localised errors naming the file),
 * remembers page, zoom and rotations per file as local settings, and hands the rest to
 * ViewerBody.
 *
 *   <PdfViewer file={{hash, name, bytes}} annotations evidence evidenceTargets
 *              onCreate onUpdate onDelete onLinkEvidence ref={controller} />
 *   controller.jumpTo(annotation | {page, rects?, quote?})
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Annotation,
  AnnotationDraft,
  AnnotationPatch,
  PdfRect,
} from '@/lib/annotations/annotation';
import type { EvidenceLink, EvidenceTarget } from '@/lib/annotations/store';
import type { FileHash } from '@/lib/ids';
import type { OcrPageStore, ViewStateStore } from '@/lib/workspace/stores';
import { ErrorNotice } from '../shell/ErrorNotice';
import { PasswordPrompt } from './PasswordPrompt';
import { usePdfDocument } from './usePdfDocument';
import { useViewState } from './useViewState';
import { ViewerBody } from './ViewerBody';
import './viewer.css';

/** Where to go: an annotation, or a place (page from 0; rectangles or a quote to flash). */
export type JumpTarget = Annotation | { page: number; rects?: readonly PdfRect[]; quote?: string };

export interface PdfViewerController {
  jumpTo(target: JumpTarget): void;
}

export interface PdfViewerFile {
  hash: FileHash;
  name: string;
  bytes: Uint8Array;
}

export interface PdfViewerProps {
  file: PdfViewerFile;
  /** The application's annotations; those of other files are ignored. */
  annotations: readonly Annotation[];
  evidence?: readonly EvidenceLink[];
  evidenceTargets?: readonly EvidenceTarget[];
  /** Returns the new annotation's id when known, so the viewer can select it. */
  onCreate(draft: AnnotationDraft): unknown;
  onUpdate(id: string, patch: AnnotationPatch): void;
  onDelete(id: string): void;
  onLinkEvidence?(annotationId: string, target: EvidenceTarget, linked: boolean): void;
  /** Whether this user may change an annotation (others' annotations are read-only). */
  canEdit?(annotation: Annotation): boolean;
  /** The display name for an annotation's author (a member id in the panel). */
  authorName?(author: string): string;
  /** No annotating at all (an observer): reading, search and export stay. */
  readOnly?: boolean;
  /** Where page, zoom and rotations are remembered per file; without it, nothing is. */
  viewStates?: ViewStateStore;
  /** OCR readings of scanned pages (an invisible text layer on them); without it, scans have none. */
  ocrPages?: OcrPageStore;
  /** A password already known for this file (typed earlier in this session). */
  password?: string;
  /** The file needed a password and this one opened it. */
  onUnlocked?(password: string): void;
  ref?: Ref<PdfViewerController>;
}

export function PdfViewer(props: PdfViewerProps) {
  const { file } = props;
  const { t } = useTranslation('viewer');
  const { state, submitPassword, setPageSize } = usePdfDocument(file, {
    ...(props.password ? { password: props.password } : {}),
    ...(props.onUnlocked ? { onUnlocked: props.onUnlocked } : {}),
    ...(props.ocrPages ? { ocrPages: props.ocrPages } : {}),
  });
  const view = useViewState(file.hash, props.viewStates);

  if (state.status === 'password') {
    return (
      <div className="pdf-viewer" data-state="password" data-file={file.name}>
        <PasswordPrompt fileName={file.name} wrong={state.wrong} onSubmit={submitPassword} />
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="pdf-viewer" data-state="error" data-testid="pdf-error" data-file={file.name}>
        <ErrorNotice error={state.error} />
      </div>
    );
  }
  if (state.status === 'loading' || !view.initial) {
    return (
      <div className="pdf-viewer" data-state="loading" data-file={file.name}>
        <p className="muted">{t('opening', { file: file.name })}</p>
      </div>
    );
  }
  return (
    <ViewerBody
      {...props}
      key={file.hash}
      pdf={state.pdf}
      source={state.source}
      sizes={state.sizes}
      onPageSize={setPageSize}
      initialView={view.initial}
      onViewChange={view.save}
    />
  );
}
