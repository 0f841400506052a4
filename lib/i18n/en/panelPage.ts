/** The panel page's summary line and progress words; the sync state of read-only members. */
import type { Messages } from '../shape';
import type { panelPage as zh } from '../zh-CN/panelPage';

export const panelPage: Messages<typeof zh> = {
  youAre: 'You are {{name}}',
  role: 'Role: {{role}}',
  rubric: 'Rubric: ',
  rubricId: ' ({{id}})',
  onlyYou: 'You are the only scorer',
  noReviewers: 'No reviewers invited yet',
  observerConnected: 'Connected (read-only)',
};
