import type { Messages } from '../shape';
import type { extension as zh } from '../zh-CN/extension';

export const extension: Messages<typeof zh> = {
  noPanels: 'There is no panel on this device yet. Create or join one in Review Desk first.',
  activePanel: 'Current panel',
  demoName: '{{name}} (demo)',
  onlyInExtension: 'This is only available in the Review Desk browser extension.',
  loading: 'Opening the panel…',
  menu: {
    openLink: 'Open in Review Desk',
    openPdfTab: 'Open this PDF in Review Desk',
    capturePage: "Import this page's PDF links into Review Desk…",
  },
  capture: {
    pageTitle: "Import this page's submissions",
    oneTitle: 'Open in Review Desk',
    from: 'From: {{title}} ({{url}})',
    reading: 'Reading the links on the page…',
    noLinks:
      'No PDF links were found on this page. If a file sits behind a download button, right-click the link and choose "Open in Review Desk".',
    reviewerNote:
      'You are not the chair of this panel: only the chair adds applications. Files the panel already has are still recognised.',
    ruleLegend: 'How links become applications',
    rule: {
      row: 'By table row (the links of one row are one application)',
      text: 'By link text (links with the same text are one application)',
      fileName: 'By file-name pattern',
    },
    patternLabel:
      'File-name pattern (a regular expression; the part in parentheses names the application)',
    summary: '{{links}} files selected, making {{applications}} applications.',
    maybe: 'may be a PDF',
    import: 'Import the selection ({{count}} applications)',
    progress: 'Importing {{done}}/{{total}}: {{name}}',
  },
  report: {
    summary:
      '{{applications}} applications added; {{known}} files already in the panel; {{failed}} failed.',
    files: 'files: {{count}}',
    known: '"{{name}}" is already in the panel, in:',
    allow: 'Allow access to {{origin}} and retry (files: {{count}})',
    unreadable:
      '"{{name}}" was imported, but its project name could not be read; the application is named from the link for now.',
  },
  one: {
    fetching: "Downloading the file with the page's sign-in…",
    fetched:
      'Downloaded "{{name}}" ({{size}} KB) and kept it on this device. Which application does it go to?',
    known: '"{{name}}" is already in the application "{{title}}".',
    openKnown: 'Open that application',
    reviewer:
      '"{{name}}" is kept on this device, but the panel does not have this file yet; only the chair adds applications.',
    newApplication: 'A new application',
    titleLabel:
      'Application name (the project name read from the form wins, unless you change this)',
    existingApplication: 'Add to an existing application',
    pick: 'Choose an application…',
    open: 'Open in Review Desk',
  },
  side: {
    application: 'Application',
    noApplications: 'This panel has no applications yet.',
    openInApp: 'Open this application in Review Desk',
  },
  popup: {
    openApp: 'Open Review Desk',
    capture: "Import this page's PDFs…",
    sidePanel: 'Score in the side panel',
    panelLine: 'applications: {{count}} · you are {{role}}',
  },
  errors: {
    badPattern:
      'The file-name pattern "{{pattern}}" is not a valid regular expression. Change it, for example to ^([^-_]+).',
    empty:
      '"{{name}}" is an empty file (0 bytes) and was not imported. Check on the portal that it was uploaded completely.',
    htmlNotPdf:
      '"{{name}}" is not a PDF: the server sent a web page (usually a sign-in or error page). Sign in on the portal page, then try again.',
    notPdf:
      '"{{name}}" is not a PDF (it is {{kind}}) and was not imported. Ask the applicant for a PDF.',
    notChair:
      'Only the chair adds applications to the panel. The file is kept on this device and will be recognised once the chair adds it.',
    noApplication:
      'The application to add to ({{id}}) cannot be found. It may have been removed; choose again.',
    needsPermission:
      '"{{name}}" is on another site ({{origin}}) that the page itself cannot read. Allow Review Desk to access that site, then try again.',
    permissionRefused: 'Access to {{origin}} was not granted; the file was not downloaded.',
    network: 'A network error stopped the download of "{{name}}". Check the network and retry.',
    http: 'The server refused "{{name}}" (HTTP {{status}}). Check on the portal page that the link still works.',
    forbidden:
      'The server refused "{{name}}" (HTTP {{status}}): sign-in or permission needed. Sign in on the portal page, then try again.',
    tooLarge: '"{{name}}" is {{size}} MB, over the {{max}} MB limit, and was not imported.',
    badAnswer:
      'The page returned data that could not be read for "{{name}}"; nothing was imported. Reload the portal page and retry.',
    noTabAccess:
      'Review Desk cannot read this tab (the page has moved on, or it is a page of the browser itself). Go back to the portal page and start again from the Review Desk toolbar button or the right-click menu.',
    noSidePanel: 'This browser has no side panel. Score in the Review Desk page instead.',
    badMessage:
      'An internal extension message was malformed ({{type}}) and ignored. Reload the extension.',
    failed: 'The extension background failed ({{detail}}). Please retry.',
  },
};
