/** The viewer for one of the application's files, with the panel's annotations on it. */
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationStore, EvidenceTarget } from '@/lib/annotations/store';
import { isReviewDeskError } from '@/lib/errors';
import type { ApplicationId, FileHash } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { PdfViewer, type PdfViewerController } from '../pdf/PdfViewer';
import { useStoredFile } from '../pdf/useStoredFile';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useStores } from '../workspace/WorkspaceContext';
import { MissingFile } from './MissingFile';
import { usePanelAnnotations } from './usePanelAnnotations';

export function ApplicationPdf({
  panel,
  store,
  applicationId,
  file,
  targets,
  viewer,
  me,
  names,
  readOnly,
}: {
  panel: Panel;
  store: AnnotationStore;
  applicationId: ApplicationId;
  file: { hash: FileHash; name: string };
  targets: readonly EvidenceTarget[];
  viewer: Ref<PdfViewerController>;
  /** This member's id: only their own annotations can be edited. */
  me: string;
  /** Member id → name, for exports and the annotation list. */
  names: ReadonlyMap<string, string>;
  /** Observers read; they do not annotate. */
  readOnly: boolean;
}) {
  const { t } = useTranslation('workspace');
  const [version, setVersion] = useState(0);
  const stored = useStoredFile(file.hash, file.name, version);
  const annotations = usePanelAnnotations(store, applicationId);
  const { passwords, viewStates, ocr } = useStores();
  if (isReviewDeskError(stored.error) && stored.error.code === 'viewer/fileMissing') {
    return <MissingFile panel={panel} file={file} onFound={() => setVersion((v) => v + 1)} />;
  }
  if (stored.error) return <ErrorNotice error={stored.error} />;
  if (!stored.bytes) return <p className="muted">{t('loadingPdf', { name: file.name })}</p>;
  return (
    <PdfViewer
      ref={viewer}
      file={{ hash: file.hash, name: file.name, bytes: stored.bytes }}
      annotations={annotations.annotations}
      evidence={annotations.evidence}
      evidenceTargets={targets}
      onCreate={(draft) => annotations.create(file.hash, draft)}
      onUpdate={annotations.update}
      onDelete={annotations.remove}
      onLinkEvidence={annotations.link}
      canEdit={(a) => a.author === me}
      authorName={(author) => names.get(author) ?? author}
      readOnly={readOnly}
      {...(passwords.get(file.hash) ? { password: passwords.get(file.hash) } : {})}
      onUnlocked={(password) => passwords.set(file.hash, password)}
      viewStates={viewStates}
      ocrPages={ocr}
    />
  );
}
