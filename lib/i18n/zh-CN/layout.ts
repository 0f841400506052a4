/** Page layout words: the PDF / form switch on narrow screens. */
export const layout = {
  switch: '显示申报材料或评审表',
  pdf: '申报材料',
  form: '评审表',
} as const;
