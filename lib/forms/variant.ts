/**
 * How one generated form looks: every way real forms differ that the zoo varies (field order
 * and label wording, ruled or borderless tables, wrapped cells, checkbox styles, numerals,
 * dates, list-like facts as tables or prose, role sections, outcome tables, quoted notice
 * requirements). A form builder reads these knobs; the same application can be written in
 * any combination of them.
 */
export interface MarkStyle {
  checked: string;
  unchecked: string;
  position: 'before' | 'after' | 'paren';
}

export const MARK_STYLES: Record<string, MarkStyle> = {
  boxBefore: { checked: '☑', unchecked: '☐', position: 'before' },
  squareAfter: { checked: '■', unchecked: '□', position: 'after' },
  tickParen: { checked: '√', unchecked: '', position: 'paren' },
  checkAfter: { checked: '✓', unchecked: '□', position: 'after' },
  squareBefore: { checked: '■', unchecked: '□', position: 'before' },
  tickBefore: { checked: '√', unchecked: '□', position: 'before' },
};

export interface Variant {
  /** Key–value fields: a 2-column table, two pairs per row, "标签：值" lines, value below. */
  fields: 'table2' | 'table4' | 'lines' | 'below';
  /** Which wording of each label (0 = the notice's own). */
  wording: number;
  /** Shuffles the order of the fields (0 = the notice's order). */
  order: number;
  /** Tables drawn with ruling lines, or aligned by whitespace only. */
  borders: boolean;
  /** Narrow columns, so cells wrap over several lines. */
  wrap: boolean;
  marks: MarkStyle;
  numerals: 'arabic' | 'chinese' | 'fullwidth';
  dates: 'chinese' | 'dot' | 'cnNumerals' | 'fullwidth';
  /** Lists (member units, cases, people) as tables or as prose. */
  lists: 'table' | 'prose';
  /** People: a role column, a role label merged over rows, or one numbered section per role. */
  roles: 'column' | 'merged' | 'sections';
  /** Member units: table (lead unit marked in it, or not listed), prose, or only a count. */
  units: 'table' | 'tableWithLead' | 'prose' | 'countOnly';
  /** Outcomes: in sentences or in a table (成果名称 | 成果形式 | 数量). */
  outcomes: 'prose' | 'table';
  /** Checkbox grid: one line, wrapped over three lines under its label, or one cell per option. */
  grid: 'inline' | 'multiline' | 'cells';
  /** The notice's floor quoted before the applicant's plan ("按照通知要求，每年…不少于200条"). */
  quote: boolean;
  /** Enough members that their table runs over a page break. */
  long: boolean;
  pageNumbers: boolean;
}

export const BASE_VARIANT: Variant = {
  fields: 'table2',
  wording: 0,
  order: 0,
  borders: true,
  wrap: false,
  marks: MARK_STYLES.boxBefore!,
  numerals: 'arabic',
  dates: 'chinese',
  lists: 'table',
  roles: 'column',
  units: 'table',
  outcomes: 'prose',
  grid: 'inline',
  quote: false,
  long: false,
  pageNumbers: false,
};
