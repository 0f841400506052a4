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
  },
  errors: {
    badResults: 'The panel results are incomplete or wrong ({{field}}).',
    notChair: "Only the chair's identity can export and sign the panel's results.",
    panelWithoutCertificates:
      "This panel holds no panel certificate yet, so nothing can be signed. Open the panel on the chair's device so it issues the certificates, then export.",
  },
};
