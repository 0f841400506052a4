import type { Messages } from '../shape';
import type { workspace as zh } from '../zh-CN/workspace';

export const workspace: Messages<typeof zh> = {
  title: 'Panels',
  empty: 'There are no panels on this device yet.',
  installingDemo: 'Loading the demo panels…',
  loading: 'Loading…',
  loadingPdf: 'Opening {{name}}…',
  confirmRemove:
    'Remove "{{name}}" from this device? Its scores and annotations stored here go too (other members’ copies are not affected).',
  noApplications: 'This panel has no applications yet. The chair can add application files below.',
  noFiles: 'This application has no files yet.',
  youAre: 'You are {{name}} ({{role}}).',
  roles: { chair: 'chair', reviewer: 'reviewer', observer: 'observer' },
  columns: {
    title: 'Project',
    applicant: 'Applicant',
    recommendingBody: 'Recommended by',
    files: 'Files',
    myReview: 'My review',
  },
  reviewStatus: { notStarted: 'Not started', draft: 'Draft', submitted: 'Submitted' },
  scoredCount: '{{count}} scored',
  reviewForm: 'Review form',
  findings: {
    title: 'Across applications',
    waiting: '{{count}} more checks wait until the facts they need are confirmed.',
    clause: 'Basis: {{number}}',
    status: { fail: 'Fails', unknown: 'To check' },
  },
  newPanel: {
    title: 'New panel',
    name: 'Panel name',
    rubric: 'Rubric (the call)',
    chair: 'Chair’s name (the user of this device)',
    unit: 'Chair’s unit',
    create: 'Create',
  },
  join: {
    title: 'Join a panel',
    help: 'Open the invitation file the chair sent you (invitations/<your name>.json). A token file the chair sends when reissuing your token (<your name>.token.json) is opened here too: the panel you joined then syncs with the new token.',
    open: 'Open invitation or token file…',
  },
  errors: {
    demoUnavailable:
      'The demo files could not be read from the app (HTTP {{status}}). Existing panels are untouched; reload the page or reinstall the app.',
    notTheSameFile:
      '"{{file}}" is not the file this application names (its content differs). Pick the very file the chair imported.',
    badDemo:
      'The demo data is damaged and cannot be loaded. Existing panels are untouched; rebuild or update the app.',
    noIdentity:
      'This device holds no identity for panel {{panel}}, so it cannot be opened. Join again with your invitation file, or export your identity on another device with “Back up identity” and import it here with “Restore identity”.',
    badRubric:
      'This panel’s rubric cannot be read (it may be damaged). No scores were changed; ask the chair to set the rubric again.',
    badInvitation:
      '"{{file}}" is not a valid invitation file (not JSON). Ask the chair for the file named after you in the invitations folder.',
    alreadyJoined: 'You have already joined this panel on this device.',
    badTokenFile:
      'This file is not a valid token file. Ask the chair for the .token.json file named after you. Nothing on this device has changed.',
    tokenInvalid:
      'The token in this file was not signed by this panel’s chair, or it was altered. Nothing on this device has changed; ask the chair for a new one.',
    tokenExpired:
      'The token in this file has expired. Nothing on this device has changed; ask the chair to reissue your token.',
    tokenNotHere:
      'This device has not joined the panel "{{panel}}". A token file only renews the token on devices that joined; join with your invitation first.',
    tokenNotYours:
      'This token file is for "{{name}}", not for you. Nothing on this device has changed.',
    tokenOlder:
      'This token is older than the one on this device and has been withdrawn. Open the latest token file the chair sent you.',
  },
};
