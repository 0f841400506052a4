/** Opening a panel made with the command line (a panel directory) in the app. */
import type { Messages } from '../shape';
import type { panelDirectory as zh } from '../zh-CN/panelDirectory';

export const panelDirectory: Messages<typeof zh> = {
  title: 'Open a panel made with the command line',
  help: 'Pick the folder review-desk panel create wrote (with panel.json, chair.identity.json, panel.rdsync) and type the passphrase chosen then.',
  pick: 'Pick the panel folder…',
  picked: 'Picked "{{name}}": {{count}} member(s), {{files}} application file(s).',
  passphrase: 'Passphrase',
  open: 'Open',
  opened: 'Opened "{{name}}" with {{files}} application file(s).',
  errors: {
    missing:
      'The folder has no {{file}}: pick the folder review-desk panel create wrote (its --out folder).',
    badFile:
      "The folder's {{file}} cannot be read (it may be damaged): make the panel again with review-desk panel create.",
    noState:
      "The folder's panel.rdsync holds no panel: make the panel again with review-desk panel create.",
  },
};
