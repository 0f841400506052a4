/**
 * All message namespaces, one file per feature and language. To add a namespace: write
 * `zh-CN/<ns>.ts` (the source), `en/<ns>.ts` typed as `Messages<typeof zh>`, and add one import
 * line per language and one line in each object below.
 */
import { cli as enCli } from './en/cli';
import { cliInput as enCliInput } from './en/cliInput';
import { collab as enCollab } from './en/collab';
import { common as enCommon } from './en/common';
import { desk as enDesk } from './en/desk';
import { evidence as enEvidence } from './en/evidence';
import { exportNs as enExport } from './en/export';
import { extension as enExtension } from './en/extension';
import { extract as enExtract } from './en/extract';
import { files as enFiles } from './en/files';
import { history as enHistory } from './en/history';
import { intake as enIntake } from './en/intake';
import { layout as enLayout } from './en/layout';
import { ocr as enOcr } from './en/ocr';
import { opinion as enOpinion } from './en/opinion';
import { panel as enPanel } from './en/panel';
import { panelDirectory as enPanelDirectory } from './en/panelDirectory';
import { panelPage as enPanelPage } from './en/panelPage';
import { pdf as enPdf } from './en/pdf';
import { reconcile as enReconcile } from './en/reconcile';
import { review as enReview } from './en/review';
import { reviewForm as enReviewForm } from './en/reviewForm';
import { rubric as enRubric } from './en/rubric';
import { rubricEditor as enRubricEditor } from './en/rubricEditor';
import { sign as enSign } from './en/sign';
import { sync as enSync } from './en/sync';
import { syncUi as enSyncUi } from './en/syncUi';
import { viewer as enViewer } from './en/viewer';
import { workspace as enWorkspace } from './en/workspace';
import { cli as zhCli } from './zh-CN/cli';
import { cliInput as zhCliInput } from './zh-CN/cliInput';
import { collab as zhCollab } from './zh-CN/collab';
import { common as zhCommon } from './zh-CN/common';
import { desk as zhDesk } from './zh-CN/desk';
import { evidence as zhEvidence } from './zh-CN/evidence';
import { exportNs as zhExport } from './zh-CN/export';
import { extension as zhExtension } from './zh-CN/extension';
import { extract as zhExtract } from './zh-CN/extract';
import { files as zhFiles } from './zh-CN/files';
import { history as zhHistory } from './zh-CN/history';
import { intake as zhIntake } from './zh-CN/intake';
import { layout as zhLayout } from './zh-CN/layout';
import { ocr as zhOcr } from './zh-CN/ocr';
import { opinion as zhOpinion } from './zh-CN/opinion';
import { panel as zhPanel } from './zh-CN/panel';
import { panelDirectory as zhPanelDirectory } from './zh-CN/panelDirectory';
import { panelPage as zhPanelPage } from './zh-CN/panelPage';
import { pdf as zhPdf } from './zh-CN/pdf';
import { reconcile as zhReconcile } from './zh-CN/reconcile';
import { review as zhReview } from './zh-CN/review';
import { reviewForm as zhReviewForm } from './zh-CN/reviewForm';
import { rubric as zhRubric } from './zh-CN/rubric';
import { rubricEditor as zhRubricEditor } from './zh-CN/rubricEditor';
import { sign as zhSign } from './zh-CN/sign';
import { sync as zhSync } from './zh-CN/sync';
import { syncUi as zhSyncUi } from './zh-CN/syncUi';
import { viewer as zhViewer } from './zh-CN/viewer';
import { workspace as zhWorkspace } from './zh-CN/workspace';

export const resources = {
  'zh-CN': {
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
  },
  en: {
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
  },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
