/**
 * All message namespaces of both languages, one file per feature and language. To add a
 * namespace: write `zh-CN/<ns>.ts` (the source), `en/<ns>.ts` typed as `Messages<typeof zh>`,
 * and add one line to `zh-CN/index.ts` and one to `en/index.ts`. The browser pages load English
 * only when it is chosen (lib/i18n/browser.ts); the CLI and the exports use both from here.
 */
import { enMessages } from './en';
import { zhCN } from './zh-CN';

export const resources = { 'zh-CN': zhCN, en: enMessages } as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
