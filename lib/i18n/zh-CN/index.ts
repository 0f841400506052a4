/**
 * Every message namespace in Chinese (the source language): one object, so a page can load one language
 * without the other (lib/i18n/browser.ts).
 */
import { cli as zhCli } from './cli';
import { cliInput as zhCliInput } from './cliInput';
import { collab as zhCollab } from './collab';
import { common as zhCommon } from './common';
import { desk as zhDesk } from './desk';
import { evidence as zhEvidence } from './evidence';
import { exportNs as zhExport } from './export';
import { extension as zhExtension } from './extension';
import { extract as zhExtract } from './extract';
import { files as zhFiles } from './files';
import { history as zhHistory } from './history';
import { intake as zhIntake } from './intake';
import { layout as zhLayout } from './layout';
import { ocr as zhOcr } from './ocr';
import { opinion as zhOpinion } from './opinion';
import { panel as zhPanel } from './panel';
import { panelDirectory as zhPanelDirectory } from './panelDirectory';
import { panelPage as zhPanelPage } from './panelPage';
import { pdf as zhPdf } from './pdf';
import { reconcile as zhReconcile } from './reconcile';
import { review as zhReview } from './review';
import { reviewForm as zhReviewForm } from './reviewForm';
import { rubric as zhRubric } from './rubric';
import { rubricEditor as zhRubricEditor } from './rubricEditor';
import { sign as zhSign } from './sign';
import { sync as zhSync } from './sync';
import { syncUi as zhSyncUi } from './syncUi';
import { viewer as zhViewer } from './viewer';
import { workspace as zhWorkspace } from './workspace';

export const zhCN = {
  common: zhCommon,
  cli: zhCli,
  rubric: zhRubric,
  rubricEditor: zhRubricEditor,
  workspace: zhWorkspace,
  collab: zhCollab,
  review: zhReview,
  files: zhFiles,
  intake: zhIntake,
  evidence: zhEvidence,
  history: zhHistory,
  reviewForm: zhReviewForm,
  panelPage: zhPanelPage,
  cliInput: zhCliInput,
  panelDirectory: zhPanelDirectory,
  layout: zhLayout,
  viewer: zhViewer,
  panel: zhPanel,
  sync: zhSync,
  syncUi: zhSyncUi,
  pdf: zhPdf,
  extract: zhExtract,
  ocr: zhOcr,
  opinion: zhOpinion,
  reconcile: zhReconcile,
  extension: zhExtension,
  sign: zhSign,
  export: zhExport,
  desk: zhDesk,
} as const;
