/** The history of an application as sentences (lib/history/sentences). */
import type { Messages } from '../shape';
import type { history as zh } from '../zh-CN/history';

export const history: Messages<typeof zh> = {
  today: 'Today',
  yesterday: 'Yesterday',
  none: '(empty)',
  overall: 'Overall',
  sealed: '{{who}} changed {{what}} (sealed until submitted)',
  cells: {
    score: 'the score of "{{name}}"',
    comment: 'the comment on "{{name}}"',
    fact: 'the fact "{{name}}"',
    verdict: 'an eligibility review',
    evidence: 'an evidence link',
    opinion: 'the opinion',
  },
  score: {
    set: '{{who}} scored "{{criterion}}" {{value}}',
    changed: '{{who}} changed "{{criterion}}" from {{from}} to {{to}}',
    cleared: '{{who}} cleared the score of "{{criterion}}"',
  },
  comment: {
    set: '{{who}} commented on "{{criterion}}": "{{text}}"',
    changed: '{{who}} changed the comment on "{{criterion}}" to: "{{text}}"',
    cleared: '{{who}} deleted the comment on "{{criterion}}"',
  },
  fact: {
    accepted: '{{who}} confirmed "{{fact}}": {{value}}',
    corrected: '{{who}} corrected "{{fact}}" to: {{value}}',
    correctedFrom: '{{who}} corrected "{{fact}}" from "{{from}}" to: {{value}}',
    unknown: '{{who}} marked "{{fact}}" unknown',
    cleared: '{{who}} undid the confirmation of "{{fact}}"',
  },
  verdict: {
    set: '{{who}} reviewed "{{rule}}" as {{verdict}}: {{note}}',
    cleared: '{{who}} withdrew the review of "{{rule}}"',
  },
  verdicts: { pass: 'pass', fail: 'not met', unknown: 'unknown' },
  evidence: {
    linked: '{{who}} linked evidence for "{{target}}"',
    unlinked: '{{who}} removed evidence for "{{target}}"',
  },
  opinion: {
    changed: '{{who}} changed the opinion: "{{text}}"',
    cleared: '{{who}} cleared the opinion',
  },
  application: {
    added: '{{who}} added this application, "{{title}}"',
    changed: '{{who}} changed the application details (now "{{title}}")',
    removed: '{{who}} deleted this application',
  },
  file: {
    added: '{{who}} added the file {{name}}',
    removed: '{{who}} removed the file {{name}}',
  },
  submitted: '{{who}} submitted their review',
  annotation: {
    added: '{{who}} annotated page {{page}}',
    changed: '{{who}} changed an annotation on page {{page}}',
    removed: '{{who}} deleted an annotation on page {{page}}',
  },
  thread: '{{who}} started the discussion "{{title}}"',
  message: '{{who}} posted in a discussion',
  messageRemoved: '{{who}} withdrew a message',
  decision: '{{who}} decided: {{decision}}',
  panelFact: '{{who}} settled “{{fact}}” (reason: {{reason}})',
  returned: '{{who}} returned {{reviewer}}’s review (reason: {{reason}})',
  decisions: { recommend: 'recommend', notRecommend: 'do not recommend', pending: 'pending' },
  overwritten: 'overwritten by a simultaneous edit elsewhere',
  empty: 'No changes yet.',
  label: 'History',
};
