/**
 * Checkbox groups: stages (学段), grade volumes (年级册) and the research category (研究类别).
 * A form prints every option with a box; the chosen ones carry a mark (☑ ■ √ ✓ ✔ ☒ ▣ ●),
 * before or after the option's label, sometimes in brackets ("小学（√）"). Which side the
 * marks sit on is decided per group: a group that starts with a mark has marks before labels.
 * A group written without any box lists only what was chosen ("学段：初中").
 */
import {
  type ExtractedFact,
  GRADE_VOLUMES,
  RESEARCH_CATEGORIES,
  STAGES,
} from '../../facts/standard';
import type { FactDocument } from '../document';

// Private-use code points are Word's Wingdings boxes (þ checked, ¨ empty) as pdf.js reads them.
const CHECKED = '☑☒▣■√✓✔✗✘●◉◆⊠⊗⬛\uf0fe\uf0fd\uf0fb\uf052';
const UNCHECKED = '□☐○◯◇▢◻⬜\uf0a8\uf06f\uf0a3';
const MARK = new RegExp(`[${CHECKED}${UNCHECKED}]|[（(]\\s*[${CHECKED}]?\\s*[）)]`, 'g');

interface Token {
  kind: 'mark' | 'option';
  checked?: boolean;
  option?: string;
  start: number;
  end: number;
  /** Whitespace separates it from the token before. */
  spaced: boolean;
}

function tokenize(text: string, options: readonly string[]): Token[] {
  const byLength = [...options].sort((a, b) => b.length - a.length);
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      spaced = true;
      i++;
      continue;
    }
    MARK.lastIndex = i;
    const mark = MARK.exec(text);
    if (mark && mark.index === i) {
      const checked = [...mark[0]].some((c) => CHECKED.includes(c));
      tokens.push({ kind: 'mark', checked, start: i, end: i + mark[0].length, spaced });
      i += mark[0].length;
      spaced = false;
      continue;
    }
    const option = byLength.find((o) => text.startsWith(o, i));
    if (option) {
      tokens.push({ kind: 'option', option, start: i, end: i + option.length, spaced });
      i += option.length;
    } else {
      i++;
    }
    spaced = false;
  }
  return tokens;
}

/** Chosen options of one group's text, or undefined when it cannot tell. */
export function chosenOptions(text: string, options: readonly string[]): string[] | undefined {
  const tokens = tokenize(text, options);
  const opts = tokens.filter((t) => t.kind === 'option');
  const marks = tokens.filter((t) => t.kind === 'mark');
  if (opts.length === 0) return undefined;
  if (marks.length === 0) return [...new Set(opts.map((t) => t.option!))];
  const first = tokens[0]!;
  const chosen = new Set<string>();
  // Marks on one side of every option: pair each option with its neighbour on that side.
  const before = first.kind === 'mark';
  tokens.forEach((t, k) => {
    if (t.kind !== 'option') return;
    const neighbour = before ? tokens[k - 1] : tokens[k + 1];
    if (neighbour?.kind === 'mark' && neighbour.checked) chosen.add(t.option!);
  });
  return [...chosen];
}

/** Find the group: the line or cell holding at least two of its options (or its label). */
function groupText(doc: FactDocument, options: readonly string[], label: RegExp) {
  const hits = doc.rows.filter((row) => {
    const count = options.filter((o) => row.text.includes(o)).length;
    return count >= 2 || (count >= 1 && label.test(row.text) && row.text.length <= 80);
  });
  if (hits.length === 0) return undefined;
  // A wrapped group continues on the following row(s) of the flow.
  const start = hits[0]!.flowStart;
  let end = hits[0]!.flowEnd;
  for (const row of doc.rows.slice(hits[0]!.index + 1)) {
    const own = options.filter((o) => row.text.includes(o)).length;
    const onlyMarks = row.text.replace(MARK, '').trim() === '';
    if (own === 0 && !onlyMarks) break;
    if (label !== undefined && own > 0 && hits[0]!.table < 0 && row.table >= 0) break;
    end = row.flowEnd;
  }
  return { start, end };
}

function findGroup<T extends string>(
  doc: FactDocument,
  options: readonly T[],
  label: RegExp,
): { values: T[]; start: number; end: number } | undefined {
  const range = groupText(doc, options, label);
  if (!range) return undefined;
  // The text after the group's label (学段：…), so the label's own words are not options.
  let text = doc.flow.slice(range.start, range.end);
  const labelMatch = label.exec(text);
  let offset = 0;
  if (labelMatch && labelMatch.index < 10) {
    offset = labelMatch.index + labelMatch[0].length;
    text = text.slice(offset).replace(/^\s*[:：]/, '');
  }
  const chosen = chosenOptions(text.replace(/[\t\n]/g, ' '), options);
  if (!chosen || chosen.length === 0) return undefined;
  const order = chosen.sort((a, b) => options.indexOf(a as T) - options.indexOf(b as T));
  return { values: order as T[], start: range.start, end: range.end };
}

export function findChoices(doc: FactDocument) {
  const out: {
    stages?: ExtractedFact<(typeof STAGES)[number][]>;
    gradeVolumes?: ExtractedFact<(typeof GRADE_VOLUMES)[number][]>;
    researchCategory?: ExtractedFact<(typeof RESEARCH_CATEGORIES)[number]>;
  } = {};
  const stages = findGroup(doc, STAGES, /学\s*段/);
  if (stages) {
    out.stages = { value: stages.values, evidence: doc.evidenceForFlow(stages.start, stages.end) };
  }
  const grades = findGroup(doc, GRADE_VOLUMES, /年\s*级\s*册|年\s*级|册\s*次/);
  if (grades) {
    out.gradeVolumes = {
      value: grades.values,
      evidence: doc.evidenceForFlow(grades.start, grades.end),
    };
  }
  const category = findGroup(doc, RESEARCH_CATEGORIES, /研\s*究\s*类\s*别/);
  // One category only: two marked is a contradiction for the reviewer, not a value.
  if (category && category.values.length === 1) {
    out.researchCategory = {
      value: category.values[0]!,
      evidence: doc.evidenceForFlow(category.start, category.end),
    };
  }
  return out;
}
