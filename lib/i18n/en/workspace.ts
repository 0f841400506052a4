import type { Messages } from '../shape';
import type { workspace as zh } from '../zh-CN/workspace';

export const workspace: Messages<typeof zh> = {
  title: 'Panels',
  empty: 'There are no panels on this device yet.',
  installingDemo: 'Loading the demo panels…',
  loading: 'Loading…',
  loadingPdf: 'Opening {{name}}…',
  confirmRemove: 'Remove "{{name}}" from this device?',
  columns: { title: 'Project', applicant: 'Applicant', recommendingBody: 'Recommended by' },
  reviewForm: 'Review form',
  reviewFormSoon: 'The review form will show eligibility checks and scoring here.',
  errors: {
    badDemo:
      'The demo data is damaged and cannot be loaded. Existing panels are untouched; rebuild or update the app.',
  },
};
