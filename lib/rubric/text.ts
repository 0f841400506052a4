/**
 * Counting and comparing text the way the calls mean it.
 *
 * Length ("项目名称字数控制在20字以内"): every visible character counts as one — a CJK character,
 * a Latin letter, a digit, a punctuation mark or a quote, full-width (，“”《》) or half-width
 * alike — and whitespace (including the ideographic space U+3000 and the zero-width space) is
 * ignored. A character is a grapheme cluster, so an accented letter or an emoji made of several
 * code points still counts as one.
 *
 * Identity of names, units and phones (duplicates, conflicts of interest): compared after NFKC
 * (full-width forms fold to half-width, so （ equals ( ), without whitespace and case.
 */

// Zero-width space, word joiner and BOM are dropped; the joiners U+200C/U+200D are kept, as they
// bind characters into one (an emoji sequence) and the grapheme count absorbs them.
const INVISIBLE = /[\s\u200b\u2060\ufeff]/gu;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'grapheme' })
    : undefined;

export function visibleLength(text: string): number {
  const visible = text.replace(INVISIBLE, '');
  if (!segmenter) return [...visible].length;
  let count = 0;
  for (const _ of segmenter.segment(visible)) count++;
  return count;
}

/** The form used to decide whether two names or units are the same. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/** Digits only; a leading 86 country code on an 11-digit mobile number is dropped. */
export function normalizePhone(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const na = normalizeText(a);
  return na.length > 0 && na === normalizeText(b);
}
