import type { Messages } from '../shape';
import type { review as zh } from '../zh-CN/review';

export const review: Messages<typeof zh> = {
  tabs: {
    facts: 'Facts',
    eligibility: 'Eligibility',
    scores: 'Scores',
    opinion: 'Opinion',
    history: 'History',
    shortcut: 'Shortcut Alt+{{key}}',
  },
  status: { draft: 'Draft (only you can see it)', submitted: 'Submitted' },
  submit: {
    button: 'Submit review',
    confirm:
      'Once submitted the review cannot be changed, and other reviewers see your scores after submitting their own. Submit?',
    issues: 'Not ready to submit:',
  },
  extraction: {
    running: 'Reading the application files…',
    noText:
      '{{name}}, page(s) {{pages}}: no text layer (a scan). These need OCR or manual entry; nothing is guessed from them.',
  },
  evidence: { page: 'p. {{page}}' },
  facts: {
    state: {
      pending: 'To confirm',
      accepted: 'Accepted',
      corrected: 'Corrected',
      unknown: 'Unknown',
      reading: 'Reading',
      notFound: 'Not found',
    },
    count: ' ({{count}} in all)',
    notFoundHelp: 'Not found in the files. Enter it by hand, or mark it unknown.',
    readingHelp:
      'Still being read from the files; it will show here once read. You can also enter it by hand.',
    accept: 'Accept',
    acceptAll: 'Accept all ({{count}})',
    correct: 'Correct',
    markUnknown: 'Mark unknown',
    undo: 'Undo',
    save: 'Save',
    hint: {
      single: 'Type the value, Enter to save, Esc to cancel.',
      names: 'One per line. Ctrl+Enter saves.',
      units: 'One unit per line: name | region | type. Ctrl+Enter saves.',
      people:
        'One person per line: name | unit | duty | title | subject | phone. Ctrl+Enter saves.',
      flags: 'One true option per line. Ctrl+Enter saves.',
    },
    inputErrors: {
      empty: 'Enter a value, or mark the fact unknown.',
      number: 'Enter a number.',
      month: 'Enter a month as 2019-09 or 2019年9月.',
      date: 'Enter an existing date as 2022-09-15.',
      option: 'Only one of these: {{options}}.',
    },
  },
  eligibility: {
    verdict: {
      eligible: 'Eligible (by the confirmed facts)',
      ineligible: 'Not eligible',
      undecided: 'Undecided: some rules depend on facts not confirmed yet',
    },
    counts: '  pass {{pass}} · fail {{fail}} · unknown {{unknown}}',
    unconfirmed:
      '{{count}} facts read from the files are not confirmed yet; they count once confirmed.',
    status: { pass: 'Pass', fail: 'Fails', unknown: 'Unknown' },
    severity: { hard: 'Gate', warning: 'Flag' },
    clause: 'Basis: {{number}}',
    factMissing: 'not confirmed',
    factInvalid: 'wrong format',
  },
  scores: {
    total: 'Total {{value}} / {{max}}',
    missing: '  ({{count}} not scored yet)',
    chart: 'Each criterion’s score as a share of its maximum',
    keyboardHelp:
      'Keyboard: type a score, ↑/↓ step it, Enter saves and moves down, Shift+Enter moves up, Esc restores.',
    scoreFor: 'Score for "{{title}}" (out of {{max}})',
    commentFor: 'Comment on "{{title}}"',
    commentPlaceholder: 'Comment (optional)',
    commentPlaceholderRequired: 'Comment (required)',
    commentRequired: 'A score below {{below}} needs a comment.',
  },
  opinion: {
    fromTemplate: 'Fill from template',
  },
  history: {
    empty: 'No changes yet.',
    when: 'When',
    who: 'Member',
    what: 'What',
    change: 'Change',
    sealed: '(unsubmitted score, encrypted)',
    overwritten: 'overwritten',
    cells: {
      score: 'Score',
      comment: 'Comment',
      fact: 'Fact',
      verdict: 'Eligibility note',
      evidence: 'Evidence',
      opinion: 'Opinion',
    },
    kinds: {
      application: 'Application',
      file: 'File',
      cell: 'Review',
      submission: 'Review submitted',
      annotation: 'Annotation',
      thread: 'Discussion',
      message: 'Discussion message',
      decision: 'Chair’s decision',
      panelFact: 'Fact settled by the panel',
      return: 'Review returned',
    },
  },
};
