/**
 * All message namespaces, one file per feature and language. To add a namespace: write
 * `zh-CN/<ns>.ts` (the source), `en/<ns>.ts` typed as `Messages<typeof zh>`, and add one import
 * line per language and one line in each object below.
 */
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { files as enFiles } from './en/files';
import { rubric as enRubric } from './en/rubric';
import { workspace as enWorkspace } from './en/workspace';
import { cli as zhCli } from './zh-CN/cli';
import { common as zhCommon } from './zh-CN/common';
import { files as zhFiles } from './zh-CN/files';
import { rubric as zhRubric } from './zh-CN/rubric';
import { workspace as zhWorkspace } from './zh-CN/workspace';

export const resources = {
  'zh-CN': {
    common: zhCommon,
    cli: zhCli,
    rubric: zhRubric,
    workspace: zhWorkspace,
    files: zhFiles,
  },
  en: {
    common: enCommon,
    cli: enCli,
    rubric: enRubric,
    workspace: enWorkspace,
    files: enFiles,
  },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
