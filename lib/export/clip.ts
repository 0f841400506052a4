/**
 * Text cut to the length an export format allows (`results-model.ts`, `opinion-model.ts`), with an
 * ellipsis. The records a panel holds (a decision's opinion, a reason, a pack's labels) may be
 * longer than a column of the 汇总表 or a field of a signed opinion takes; one long text must not
 * stop the whole export (it did, with `export/badResults` or `sign/badOpinion`).
 */
/**
 * The text lengths the export formats allow (results-model.ts, opinion-model.ts): the schemas and
 * the clipping read the same numbers, so a text clipped for a field always fits it.
 */
export const LIMITS = {
  /** A level, a clause number. */
  tag: 50,
  /** A person's name, a column label, an id. */
  name: 100,
  /** A unit, a panel name, a verdict, an issuer. */
  line: 200,
  /** A title (call, application, criterion, rule). */
  title: 300,
  /** A rule's detail, a clause, a flag, a 汇总表 cell. */
  paragraph: 2000,
  /** A comment, a decision note. */
  comment: 4000,
  /** An opinion in a signed opinion; the panel results' comments. */
  opinion: 20_000,
  /** The panel results' opinion. */
  document: 50_000,
} as const;

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never leave half of a surrogate pair at the cut.
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

export function clipNullable(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}
