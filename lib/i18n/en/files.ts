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
  skipped: {
    notPdf: '{{name}}: not a PDF, skipped.',
    systemFile: '{{name}}: a system file, skipped.',
    empty:
      '{{name}}: the file is empty (0 bytes), skipped. Ask the applicant for the complete file.',
  },
};
