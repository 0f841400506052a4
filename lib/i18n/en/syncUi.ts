import type { Messages } from '../shape';
import type { syncUi as zh } from '../zh-CN/syncUi';

export const syncUi: Messages<typeof zh> = {
  progress: {
    title: 'Review progress',
    help: 'Independent scoring: until a reviewer submits, you see which criteria they have scored, not the scores; the scores show once they submit.',
    application: 'Application',
    reviewer: 'Reviewer',
    status: 'Status',
    criteria: 'Criteria',
    summary: 'Progress',
    filled: '{{filled}} of {{total}} scored',
    total: 'Total {{value}}',
    cellEmpty: '{{criterion}}: not scored',
    cellHidden: '{{criterion}}: scored (hidden until submitted)',
    cellValue: '{{criterion}}: {{value}}',
    none: 'No applications or reviewers yet.',
  },
};
