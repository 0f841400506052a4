import type { Messages } from '../shape';
import type { files as zh } from '../zh-CN/files';

export const files: Messages<typeof zh> = {
  dropLabel: 'Add application files',
  dropHint: 'Drop application PDFs or whole folders here (each sub-folder is one application).',
  pickFiles: 'Choose files…',
  pickFolder: 'Choose a folder…',
  addToApplication: 'Add files to this application (summary table, evidence)',
  added: 'Added {{files}} files.',
  importing: 'Importing {{done}}/{{total}}: {{name}}',
  imported: 'Imported {{applications}} applications, {{files}} files.',
  alreadyStored: '{{name}} is already on this device; it was not stored twice.',
  missing: {
    notHere:
      '"{{name}}" is not on this device yet. Download it from the relay, or pick the same file if you have it.',
    downloading: 'Downloading "{{name}}" from the relay…',
    download: 'Download from the relay',
    pick: 'Pick the same file on this device…',
  },
  skipped: {
    notPdf: '{{name}}: not a PDF, skipped.',
    systemFile: '{{name}}: a system file, skipped.',
    empty:
      '{{name}}: the file is empty (0 bytes), skipped. Ask the applicant for the complete file.',
  },
};
