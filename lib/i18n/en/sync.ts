import type { Messages } from '../shape';
import type { sync as zh } from '../zh-CN/sync';

export const sync: Messages<typeof zh> = {
  cli: {
    summary: 'Sync files: merge and inspect .rdsync files',
    usage:
      "Usage:\n  review-desk sync merge A.rdsync B.rdsync… --out C.rdsync   combine sync files of one panel into one (each author's signature is kept)\n  review-desk sync inspect FILE.rdsync                         show the panel, the authors and what the file holds",
    merged: 'Merged {{files}} files ({{parts}} signed parts) into {{out}}',
    inspectPanel: 'Panel: {{panel}}',
    inspectPart: '{{index}}. {{author}} ({{authorId}}) {{kind}}, {{created}}, {{size}} bytes',
    inspectCounts: '   holds: {{counts}}',
    kinds: { changes: 'changes', full: 'full backup' },
    noFiles: 'Give at least one .rdsync file.',
  },
  relay: {
    summary: 'Relay server: live sync for panel members',
    usage:
      'Usage: review-desk relay [--host 127.0.0.1] [--port 4321] [--data DIR] [--redis redis://HOST:PORT] [--allow-chairs FILE]\n  Panel documents and application files are kept in --data (default ./relay-data).\n  With --redis, several relay nodes serve the same panels.\n  With --allow-chairs, only the chairs listed in FILE are served (one chair public key as JSON or one panel id per line). Stop with Ctrl+C.',
    log: {
      started: 'Relay started: ws://{{host}}:{{port}}, data in {{dataDir}}, Redis: {{redis}}',
      admitted: 'Admitted: panel {{panel}}, member {{member}} ({{role}})',
      refused: 'Refused: panel {{panel}}, reason {{reason}}',
      removed:
        'Member {{member}} was removed from panel {{panel}}: disconnected and refused from now on',
      refusedUpdate: 'Refused an update from member {{member}} in panel {{panel}}: {{reason}}',
      fileStored: 'Stored file {{hash}}… ({{size}} bytes, panel {{panel}}, member {{member}})',
      fileRefused: 'Refused a file request: panel {{panel}}, reason {{reason}}',
      redisError:
        'Redis cannot be reached ({{message}}); reconnecting. Until it is back, this node serves only its own connections.',
      stopped: 'Relay stopped (port {{port}})',
    },
  },
  errors: {
    notRdsync:
      'This is not a Review Desk sync file (.rdsync). Check that you picked the right file.',
    truncated:
      'The sync file is incomplete (perhaps not fully transferred). Ask for it again; the document was not changed.',
    malformed:
      'The sync file is damaged and cannot be read. Ask for it again; the document was not changed.',
    wrongPanel:
      'This sync file belongs to another panel ({{panel}}) and was not imported. Check that the right panel is open.',
    badSignature:
      'The sync file has a wrong signature: it may have been altered or forged, and was not imported. Ask its author for it directly.',
    hashMismatch:
      'The sync file content does not match what was signed (damaged or altered) and was not imported. Ask for a new export.',
    notMember:
      'The author of this sync file ({{author}}) is not a member of this panel; it was not imported.',
    removedAuthor:
      'The author of this sync file, "{{author}}", was removed from the panel; it was not imported.',
    deletions:
      'The sync file contains deletions; Review Desk never deletes, so it was not imported. Ask for a new export.',
    corrupt:
      'The sync file content cannot be decoded (damaged); it was not imported. Ask for a new export.',
    foreign:
      'The sync file contains data that is not part of a panel document; it was not imported.',
    oldFormat:
      'This sync file was made by an earlier Review Desk (format 1), whose entries are not signed one by one, so their author cannot be checked; it was not imported. Ask for it again from the current version.',
    tooLarge:
      'The sync file or update is over the size limit (64 MB); it was not imported and the document was not changed.',
    invalidContent:
      'Nothing in the sync file could be verified (wrong signatures, wrong places or invalid content); it was not imported and the document is unchanged. Ask its author for it again.',
    noRelay:
      'This panel has no relay address, so it cannot sync online. Exchange sync files, or ask the chair to set a relay.',
    noToken: 'This device has no relay token. Open the invitation from the chair again.',
    refused:
      'The relay refused the connection ({{reason}}). The token may have expired, belong to another panel, or you were removed. Ask the chair for a new invitation.',
    timeout:
      'Syncing with the relay timed out. Check the network and the relay address; your changes are saved on this device and will sync later.',
    relayUnreachable:
      'Cannot reach the relay. Check the network and the relay address, and try again later.',
    fileMissing:
      'The relay does not have this file. Ask the uploader to upload it again, or import the same file directly.',
    fileTooLarge: 'The file is too large for the relay (limit 200 MB).',
    relayError: 'The relay reported an error (HTTP {{status}}). Try again later.',
    fileCorrupt:
      'The downloaded file does not match its fingerprint (damaged or replaced in transit); it was discarded. Try again.',
    badAllowList:
      'Line {{line}} of the --allow-chairs file is neither a chair public key (JSON) nor a panel id (p and 32 hex digits). Fix it and try again.',
    mixedPanels: 'These sync files belong to different panels and cannot be merged.',
  },
};
