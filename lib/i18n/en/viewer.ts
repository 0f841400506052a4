import type { Messages } from '../shape';
import type { viewer as zh } from '../zh-CN/viewer';

export const viewer: Messages<typeof zh> = {
  opening: 'Opening {{file}}…',
  loading: 'Loading…',
  pages: 'Pages',
  toolbar: 'PDF toolbar',
  pageLabel: 'Page',
  goToPage: 'Go to page',
  goToPageN: 'Go to page {{page}}',
  ofPages: 'of {{count}}',
  pageShort: 'p. {{page}}',
  pageUnreadable:
    'Page {{page}} cannot be shown: it is damaged or too complex. The other pages are not affected.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitWidth: 'Fit width',
  rotate: 'Rotate this page 90°',
  outline: 'Outline',
  noOutline: 'This file has no outline.',
  sidebar: { thumbnails: 'Thumbnails', outline: 'Outline', annotations: 'Annotations' },
  tools: { select: 'Select text', area: 'Mark area', note: 'Note', highlight: 'Highlight' },
  kinds: { highlight: 'Highlight', area: 'Area', note: 'Note' },
  color: 'Colour',
  comment: 'Comment',
  tags: 'Tags',
  addTag: 'Add a tag (Enter)',
  removeTag: 'Remove tag “{{tag}}”',
  evidenceFor: 'Evidence for',
  targetKinds: { criterion: 'Criterion', fact: 'Fact' },
  byAuthor: 'Annotation by {{author}} (read-only)',
  delete: 'Delete annotation',
  noAnnotations:
    'No annotations yet. Select text and choose “Highlight”, or use “Mark area” or “Note”.',
  orphaned: 'Text no longer found',
  search: {
    open: 'Search',
    placeholder: 'Search in the file',
    count: '{{current}} of {{total}}',
    progress: '(searched {{done}}/{{total}} pages)',
    previous: 'Previous',
    next: 'Next',
    close: 'Close search',
  },
  export: { json: 'Export annotations (JSON)', pdf: 'Export PDF with annotations' },
  keys: {
    title: 'Keyboard shortcuts',
    nextPage: 'Next page',
    previousPage: 'Previous page',
    firstLast: 'First / last page',
    scroll: 'Scroll',
    search: 'Search',
    searchNext: 'Next / previous search hit',
    zoom: 'Zoom in / out',
    fitWidth: 'Fit width',
    rotate: 'Rotate the current page',
    highlight: 'Highlight the selected text',
    escape: 'Close search, clear selection',
  },
  password: {
    prompt: '“{{file}}” is encrypted. Enter its password to open it.',
    wrong:
      'Wrong password: “{{file}}” did not open. Check capitals and the input method, then try again, or ask the applicant for the password.',
    label: 'Password',
    open: 'Open',
  },
  errors: {
    fileMissing:
      'The contents of “{{file}}” are not on this device (removed, or not synced yet). Add the file again, or open it once syncing has finished.',
    exportEncrypted:
      '“{{file}}” is encrypted, so annotations cannot be written into it. Export the annotations as JSON instead, or ask the applicant for an unencrypted file.',
    exportFailed:
      'Annotations could not be written into “{{file}}”: its structure is damaged. Export the annotations as JSON instead; the original file is unchanged.',
  },
  carryOver: {
    button: 'Carry {{count}} annotations from the other files over to this one',
    done: 'Found and carried over {{carried}} by their quoted text; {{lost}} could not be found in this file (areas and notes cannot be carried) and were left out.',
  },
};
