/**
 * Text cut to the length an export format allows (`results-model.ts`, `opinion-model.ts`), with an
 * ellipsis. The records a panel holds (a decision's opinion, a reason, a pack's labels) may be
 * longer than a column of the 汇总表 or a field of a signed opinion takes; one long text must not
 * stop the whole export (it did, with `export/badResults` or `sign/badOpinion`).
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never leave half of a surrogate pair at the cut.
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

export function clipNullable(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}
