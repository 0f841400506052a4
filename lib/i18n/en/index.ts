/**
 * Every message namespace in English: one object, so a page can load one language
 * without the other (lib/i18n/browser.ts).
 */
import { cli as enCli } from './cli';
import { cliInput as enCliInput } from './cliInput';
import { collab as enCollab } from './collab';
import { common as enCommon } from './common';
import { desk as enDesk } from './desk';
import { evidence as enEvidence } from './evidence';
import { exportNs as enExport } from './export';
import { extension as enExtension } from './extension';
import { extract as enExtract } from './extract';
import { files as enFiles } from './files';
import { history as enHistory } from './history';
import { intake as enIntake } from './intake';
import { layout as enLayout } from './layout';
import { ocr as enOcr } from './ocr';
import { opinion as enOpinion } from './opinion';
import { panel as enPanel } from './panel';
import { panelDirectory as enPanelDirectory } from './panelDirectory';
import { panelPage as enPanelPage } from './panelPage';
import { pdf as enPdf } from './pdf';
import { reconcile as enReconcile } from './reconcile';
import { review as enReview } from './review';
import { reviewForm as enReviewForm } from './reviewForm';
import { rubric as enRubric } from './rubric';
import { rubricEditor as enRubricEditor } from './rubricEditor';
import { sign as enSign } from './sign';
import { sync as enSync } from './sync';
import { syncUi as enSyncUi } from './syncUi';
import { viewer as enViewer } from './viewer';
import { workspace as enWorkspace } from './workspace';

export const enMessages = {
  common: enCommon,
  cli: enCli,
  rubric: enRubric,
  rubricEditor: enRubricEditor,
  workspace: enWorkspace,
  collab: enCollab,
  review: enReview,
  files: enFiles,
  intake: enIntake,
  evidence: enEvidence,
  history: enHistory,
  reviewForm: enReviewForm,
  panelPage: enPanelPage,
  cliInput: enCliInput,
  panelDirectory: enPanelDirectory,
  layout: enLayout,
  viewer: enViewer,
  panel: enPanel,
  sync: enSync,
  syncUi: enSyncUi,
  pdf: enPdf,
  extract: enExtract,
  ocr: enOcr,
  opinion: enOpinion,
  reconcile: enReconcile,
  extension: enExtension,
  sign: enSign,
  export: enExport,
  desk: enDesk,
} as const;
