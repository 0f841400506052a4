/**
 * All message namespaces, one file per feature and language. To add a namespace: write
 * `zh-CN/<ns>.ts` (the source), `en/<ns>.ts` typed as `Messages<typeof zh>`, and list both here.
 */
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { cli as zhCli } from './zh-CN/cli';
import { common as zhCommon } from './zh-CN/common';

export const resources = {
  'zh-CN': { common: zhCommon, cli: zhCli },
  en: { common: enCommon, cli: enCli },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
