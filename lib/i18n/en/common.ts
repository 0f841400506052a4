import type { Messages } from '../shape';
import type { common as zh } from '../zh-CN/common';

export const common: Messages<typeof zh> = {
  appName: 'Review Desk',
  appTagline: 'Expert panel workspace',
  language: 'Language',
  languages: { 'zh-CN': '中文', en: 'English' },
  demoBadge: 'Demo',
  actions: {
    back: 'Back',
    open: 'Open',
    remove: 'Remove',
    cancel: 'Cancel',
    confirm: 'OK',
    retry: 'Retry',
    close: 'Close',
  },
  errors: {
    unknown:
      'Something unexpected went wrong ({{detail}}). Nothing already saved was changed; try again, and if it happens again send this sentence to support.',
    storageQuota:
      'The browser storage is full, so the last change was not saved. Remove panels or files you no longer need, or free space for this app in the browser settings, then try again.',
    notFound: 'This page does not exist: {{what}}. Go back to the list of panels.',
  },
};
