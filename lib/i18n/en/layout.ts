/** Page layout words: the PDF / form switch on narrow screens. */
import type { Messages } from '../shape';
import type { layout as zh } from '../zh-CN/layout';

export const layout: Messages<typeof zh> = {
  switch: 'Show the application files or the review form',
  pdf: 'Files',
  form: 'Review form',
};
