/**
 * All message namespaces, one file per feature and language. To add a namespace: write
 * `zh-CN/<ns>.ts` (the source), `en/<ns>.ts` typed as `Messages<typeof zh>`, and add one import
 * line per language and one line in each object below.
 */
import { cli as enCli } from './en/cli';
import { collab as enCollab } from './en/collab';
import { common as enCommon } from './en/common';
import { extract as enExtract } from './en/extract';
import { files as enFiles } from './en/files';
import { ocr as enOcr } from './en/ocr';
import { panel as enPanel } from './en/panel';
import { pdf as enPdf } from './en/pdf';
import { review as enReview } from './en/review';
import { rubric as enRubric } from './en/rubric';
import { rubricEditor as enRubricEditor } from './en/rubricEditor';
import { sync as enSync } from './en/sync';
import { syncUi as enSyncUi } from './en/syncUi';
import { viewer as enViewer } from './en/viewer';
import { workspace as enWorkspace } from './en/workspace';
import { cli as zhCli } from './zh-CN/cli';
import { collab as zhCollab } from './zh-CN/collab';
import { common as zhCommon } from './zh-CN/common';
import { extract as zhExtract } from './zh-CN/extract';
import { files as zhFiles } from './zh-CN/files';
import { ocr as zhOcr } from './zh-CN/ocr';
import { panel as zhPanel } from './zh-CN/panel';
import { pdf as zhPdf } from './zh-CN/pdf';
import { review as zhReview } from './zh-CN/review';
import { rubric as zhRubric } from './zh-CN/rubric';
import { rubricEditor as zhRubricEditor } from './zh-CN/rubricEditor';
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
    viewer: zhViewer,
    panel: zhPanel,
    sync: zhSync,
    syncUi: zhSyncUi,
    pdf: zhPdf,
    extract: zhExtract,
    ocr: zhOcr,
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
    viewer: enViewer,
    panel: enPanel,
    sync: enSync,
    syncUi: enSyncUi,
    pdf: enPdf,
    extract: enExtract,
    ocr: enOcr,
  },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
