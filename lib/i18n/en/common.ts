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
  save: {
    loading: 'Reading local data…',
    saving: 'Saving to this device ({{count}} pending)…',
    saved: 'Saved on this device',
    unsaved: 'Typed but not saved yet: {{count}} (press Enter or leave the box to save)',
    error: 'Saving failed; retrying',
  },
  status: {
    persisted: 'Local data: kept (persistent storage granted)',
    notPersisted: 'Local data: persistent storage not granted',
    notPersistedHelp:
      'The browser may clear this app’s data when the disk is short. Install the app (PWA) or bookmark it and reopen, and sync with the panel or export a sync file regularly.',
    persistUnknown: 'Local data: persistence unknown',
    usage: '{{used}} MB used of {{total}} MB',
  },
  errors: {
    unknown:
      'Something unexpected went wrong ({{detail}}). Nothing already saved was changed; try again, and if it happens again send this sentence to support.',
    storageQuota:
      'The browser storage is full, so the last change was not saved. Remove panels or files you no longer need, or free space for this app in the browser settings, then try again.',
    notFound: 'This page does not exist: {{what}}. Go back to the list of panels.',
  },
};
