/**
 * Fill-in brackets around a value read as brackets of other kinds, or one of them lost. A form
 * sets a blank's answer in 【】, 〔〕, 「」 or （）; the text layer's reading strips a pair of one
 * kind (推荐单位：【本溪市教育局】 gives 本溪市教育局). On a scan the recogniser often reads the
 * pair as two different brackets ([本溪市教育局）, （…（临湘市）】) or misses one of them
 * (「江州市东湖区第二小学, 智慧体育）), and the value keeps them. At a value's edges such
 * brackets are no part of it: a pair of two kinds, or a bracket that nothing in the value closes
 * or opens. Brackets inside a value, and a value wrapped in one kind of parentheses, are kept.
 */

const OPEN = '[【〔「『〖［（(';
const CLOSE = ']】〕」』〗］）)';
const PARENS = new Set(['（', '(', '）', ')']);

/**
 * For each bracket of `chars`, the index of the one it pairs with (any kind with any kind,
 * innermost first), or -1 when none does.
 */
function partners(chars: string[]): number[] {
  const out = chars.map(() => -1);
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (OPEN.includes(c)) open.push(i);
    else if (CLOSE.includes(c) && open.length > 0) {
      const j = open.pop()!;
      out[i] = j;
      out[j] = i;
    }
  });
  return out;
}

/** The value without stray or mismatched brackets at its edges (the value itself if none). */
export function withoutStrayBrackets(value: string): string {
  let chars = Array.from(value.trim());
  for (;;) {
    if (chars.length < 2) return chars.join('');
    const first = chars[0]!;
    const last = chars.at(-1)!;
    const pair = partners(chars);
    const opens = OPEN.includes(first);
    const closes = CLOSE.includes(last);
    if (opens && closes && pair[0] === chars.length - 1) {
      // One pair around the whole value: kept when it is parentheses of one kind, as the text
      // layer keeps them; two kinds are a misread pair.
      if (PARENS.has(first) && PARENS.has(last)) return chars.join('');
      if (OPEN.indexOf(first) === CLOSE.indexOf(last)) return chars.join('');
      chars = chars.slice(1, -1);
    } else if (opens && pair[0] === -1) chars = chars.slice(1);
    else if (closes && pair[chars.length - 1] === -1) chars = chars.slice(0, -1);
    else return chars.join('');
    chars = Array.from(chars.join('').trim());
  }
}
