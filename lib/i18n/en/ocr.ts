import type { Messages } from '../shape';
import type { ocr as zh } from '../zh-CN/ocr';

/** Messages of reading scans by OCR (lib/ocr, the CLI's OCR report, the app's OCR progress). */
export const ocr: Messages<typeof zh> = {
  cli: {
    page: 'Page {{page}} is a scan, read by OCR: mean confidence {{confidence}}{{cached}}',
    cached: ' (from the cache)',
    unreliable:
      'Page {{page}} is a scan whose OCR mean confidence is only {{confidence}}: it could not be read reliably. Check it against the original by hand.',
    failed: 'OCR failed on page {{page}}, skipped: {{code}}',
    fact: '[OCR {{confidence}}]',
    factUncertain: '[OCR {{confidence}}, uncertain: check the original]',
    snapped: 'read as "{{read}}", taken as the known name "{{value}}"',
    progress: 'Reading scanned page {{done}}/{{total}}…',
  },
  app: {
    preparing: 'Loading the text recognition models…',
    downloading: 'First use: downloading the text recognition models, {{loaded}} / {{total}} MB',
    running: 'Reading scanned pages: page {{done}}/{{total}}',
    cancel: 'Stop reading',
    cancelled: 'Stopped. Pages already read are kept and the rest continue next time.',
    start: 'Read scanned pages',
    pending: '"{{name}}" has {{count}} scanned page(s) whose text has not been read yet.',
    done: 'The scanned pages of "{{name}}" were read by OCR (pages {{pages}}), mean confidence {{confidence}}.',
    unreliable:
      'OCR of "{{name}}" pages {{pages}} is below the confidence floor: they could not be read reliably, so check every fact read from them against the original.',
    chip: 'OCR {{confidence}}',
    chipUncertain: 'OCR {{confidence}} · uncertain',
    factHelp: 'Read by OCR from a scan: check it against the crop of the original below.',
    uncertainHelp:
      'Read by OCR from a scan with too little confidence to propose as certain: check it against the original before accepting.',
    snapped: 'Read as "{{read}}", taken as the known name "{{value}}".',
    crop: 'Crop of the scan, page {{page}}',
  },
  errors: {
    pageFailed:
      'Page {{page}} of "{{file}}" could not be read by OCR ({{detail}}) and was skipped; other pages are not affected.',
    modelsUnavailable:
      'The text recognition models could not be loaded ({{detail}}). Try once more while online: once loaded they are kept on this device and work offline.',
    workerFailed: 'The text recognition worker failed ({{detail}}). Reload the page and try again.',
  },
};
