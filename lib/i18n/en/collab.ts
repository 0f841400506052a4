import type { Messages } from '../shape';
import type { collab as zh } from '../zh-CN/collab';

export const collab: Messages<typeof zh> = {
  title: 'Working together',
  state: {
    local: 'This device only (no relay)',
    connecting: 'Connecting to the relay…',
    syncing: 'Syncing…',
    connected: 'In sync with the panel',
    offline: 'Offline: changes are kept on this device and sync when the network returns',
    refused: 'The relay refused the connection: {{reason}}',
  },
  refusal: {
    malformed: 'the token is malformed',
    forged: 'the token signature is wrong (it may be forged)',
    'wrong-panel': 'the token belongs to another panel',
    expired: 'the token has expired; ask the chair for a new invitation',
    removed: 'you were removed from the panel',
    'permission-denied': 'permission denied',
    revoked: 'the chair revoked this token; ask the chair for a new invitation',
    future: 'the token was issued in the future (check the clock of this device or the chair’s)',
    'not-allowed': 'this relay does not serve this panel; ask the chair which relay to use',
  },
  pending: '{{count}} to sync',
  lastSync: 'last sync {{time}}',
  peers: '{{count}} online',
  alsoHere: 'Also on this application: {{names}}',
  relay: {
    title: 'Online sync',
    url: 'Relay address',
    placeholder: 'ws://127.0.0.1:4321',
    save: 'Save',
    none: 'The chair has not set a relay address yet.',
    connect: 'Connect',
    disconnect: 'Disconnect (work locally)',
    help: 'The relay only passes on and stores the data; unsubmitted scores are encrypted, unreadable to the relay and to other members.',
  },
  roles: { chair: 'chair', reviewer: 'reviewer', observer: 'observer' },
  members: {
    title: 'Members',
    name: 'Name',
    unit: 'Unit',
    role: 'Role',
    invite: 'Invite (download the invitation file)',
    remove: 'Remove',
    removed: 'removed',
    confirmRemove:
      'Remove "{{name}}" from the panel? The relay will refuse them from now on; submitted reviews stay.',
    reissue: 'Reissue token',
    confirmReissue:
      'Reissue the token of "{{name}}"? Their old token (including a leaked one) stops working at once; send the downloaded token file to them alone, to open on each of their devices. Their reviews are not affected.',
    reissued: 'A new token for "{{name}}" was issued; the token file has downloaded.',
  },
  exchange: {
    title: 'Sync files (without a network)',
    help: 'Export your changes and send them to the chair or another member, who imports them; the order of imports and repeats do not matter.',
    exportChanges: 'Export my changes',
    exportFull: 'Export a full backup',
    import: 'Import sync files…',
    changesName: 'changes',
    backupName: 'backup',
    added: 'Imported {{count}} changes.',
    alreadyKnown: 'Already on this device; nothing to import.',
    waiting: 'Imported {{count}}; some changes wait for an earlier file to be imported.',
  },
  progress: {
    title: 'Review progress',
    submitted: '{{done}}/{{total}} submitted',
  },
  errors: {
    badRelayUrl:
      '"{{url}}" is not a relay address. Enter an address starting with ws:// or wss://, for example ws://127.0.0.1:4321.',
  },
};
