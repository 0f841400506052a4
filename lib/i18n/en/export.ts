import type { Messages } from '../shape';
import type { exportNs as zh } from '../zh-CN/export';

export const exportNs: Messages<typeof zh> = {
  summary: {
    score: 'Panel score',
    level: 'Level',
    verdict: 'Verdict',
    rank: 'Rank',
    eligible: 'eligible',
    ineligible: 'not eligible',
    subtitle: 'Panel: {{panel}}    Chair: {{chair}}    Exported: {{date}}',
  },
  outcomes: { pass: 'meets', fail: 'fails', unknown: 'to check' },
  roles: { chair: 'Chair', reviewer: 'Reviewer', observer: 'Observer' },
  report: {
    title: 'Panel report',
    footer: 'Page {{page}} of {{pages}}',
    none: '(none)',
    fields: {
      panel: 'Panel',
      call: 'Call',
      rubric: 'Rubric',
      dates: 'Dates',
      datesValue: 'Panel created {{created}}, report exported {{exported}}',
    },
    matrix: {
      heading: '1. Results',
      rank: 'Rank',
      application: 'Application / applicant',
      eligibility: 'Eligible',
      n: 'Reviews',
      min: 'Min',
      max: 'Max',
      score: 'Score',
      spread: 'Spread',
      divergent: '⚑',
      verdict: 'Verdict',
    },
    stats: {
      heading: '2. Statistics',
      line: '{{applications}} applications, {{eligible}} eligible; {{reviews}} reviews submitted; mean panel score {{mean}}; {{divergent}} with scores diverging beyond the threshold.',
      chart: 'Distribution of panel scores (applications):',
    },
    flags: {
      heading: '3. Flags and how they were settled',
      application: 'Application',
      kind: 'Flag',
      detail: 'Detail',
      resolution: 'Settled',
      open: 'open',
    },
    decisions: {
      heading: '4. Decisions',
      application: 'Application',
      verdict: 'Verdict',
      note: 'Note',
      by: 'By',
      date: 'Date',
    },
    members: {
      heading: '5. Panel members',
      name: 'Name',
      role: 'Role',
      unit: 'Unit',
      added: 'Added',
      removed: 'Removed',
    },
    files: {
      heading: '6. Application files',
      application: 'Application',
      file: 'File',
      size: 'Bytes',
      sha256: 'SHA-256',
    },
  },
  cli: {
    summary: 'Export the summary table, the panel report, signed opinions and the result bundle',
    usage:
      'Usage: review-desk export --panel PANEL.rdsync --identity ID_FILE --passphrase P --out DIR\n  Writes 汇总表.xlsx, 汇总表.csv, report.pdf, opinions/<application>.pdf (signed) and bundle.json (signed).',
    written: 'Wrote {{file}}',
    done: 'Export done: {{dir}} ({{opinions}} signed opinions)',
    progress: 'Export: {{done}}/{{total}}',
    unsigned:
      "Note: {{count}} submitted reviews are not yet signed by their reviewer's own device and were left out of the result bundle (the bundle names them). A reviewer's device signs once the reviewer opens the panel; export again afterwards.",
  },
  flagKinds: {
    divergent: 'Scores diverge',
    criterionDivergent: 'Criterion scores diverge',
    eligibilityDiffers: 'Eligibility findings differ',
    factDisputed: 'Fact disputed',
    reviewMissing: 'Review missing',
    conflictOfInterest: 'Conflict of interest',
    overQuota: 'Over quota',
    duplicatePerson: 'Person in several applications',
  },
  flags: { decided: 'The chair decided: {{verdict}}' },
  demoReadme: {
    intro:
      "Review Desk demo\n\nEach demo panel has three files: <rubric-id>.rdsync (its full backup; five demo experts submitted and signed every review), <rubric-id>.chair.identity (the chair's identity, passphrase: {{passphrase}}) and <rubric-id>.ca.pem (the panel certificate).",
    commands:
      'Export and verify:\n  review-desk export --panel {{rubric}}.rdsync --identity {{rubric}}.chair.identity --passphrase {{passphrase}} --out OUT\n  review-desk verify OUT/opinions/<any application>.pdf --ca {{rubric}}.ca.pem\n  review-desk verify OUT/bundle.json',
  },
  ui: {
    title: 'Export and sign',
    chairHeading: 'The panel’s results (chair)',
    ownHeading: 'My review opinions',
    reading: 'Reading the panel’s reviews, certificates and signatures…',
    signing: 'Signing…',
    chairIntro:
      "Export the panel's summary table (XLSX, CSV), the panel report, the panel's opinions signed by the chair and the signed result bundle.",
    start: 'Generate and sign',
    again: 'Generate again',
    fonts: 'Loading the Chinese font (about 10 MB on the first export; offline afterwards)…',
    progress: 'Generating: {{done}}/{{total}}',
    files: 'Files',
    download: 'Download',
    saveFolder: 'Save all to a folder…',
    saved: 'Saved {{count}} files to the folder you chose.',
    unsigned:
      "{{count}} submitted reviews are not yet signed by their reviewer's own device and were left out of the result bundle. A reviewer's device signs once the reviewer opens the panel.",
    withoutOpinion: 'No panel opinion was generated for these applications ({{count}}):',
    withoutOpinionItem: '{{number}}. {{title}}: {{reason}}',
    omitted: {
      noDecisionNoReview:
        'no decision by the chair and no counted review yet (for example a locked PDF nobody has opened with its password). Record a decision or submit a review, then generate again.',
    },
    reviewerIntro:
      "Download the review opinions you submitted, each signed with this device's key under a certificate the panel issued.",
    sign: 'Sign and download',
    notSubmitted: 'Not submitted',
    noneSubmitted: 'You have not submitted any review yet.',
    observer: "Observers sign no opinions and cannot export the panel's results.",
    waitingCertificate:
      "This device has not received its certificate from the panel yet. The chair's device issues it once it sees this device's registration; sync, then sign.",
    links: {
      export: 'Export and sign',
      backup: 'Back up identity',
      verify: 'Verify a signed file',
      restore: 'Restore identity',
    },
  },
  errors: {
    badResults: 'The panel results are incomplete or wrong ({{field}}).',
    notChair: "Only the chair's identity can export and sign the panel's results.",
    panelWithoutCertificates:
      "This panel holds no panel certificate yet, so nothing can be signed. Open the panel on the chair's device so it issues the certificates, then export.",
  },
};
