/**
 * Text from PDFs, normalised for matching, with a map back to the text as it stands in the file.
 *
 * What normalisation does, and why:
 * - NFKC: full-width digits and letters become ASCII (２０１９ → 2019), Kangxi radicals become
 *   ideographs (⼀ → 一; Chromium prints CJK with Type 3 fonts whose text comes out that way).
 * - CJK Radicals Supplement (U+2E80–U+2EF3), which NFKC leaves alone, goes through a table
 *   (⻚ → 页, ⻓ → 长, ⻔ → 门): the same glyph is shared by radical and ideograph in CJK fonts.
 * - Full-width punctuation is deliberately KEPT as written (（ ） ： ， ； …): it is native
 *   Chinese punctuation, and values such as unit names must read as in the file. Matching
 *   accepts both forms (`foldPunctuation`, and the finders' character classes).
 * - Colons written with look-alike code points (︰ ∶ ꞉) become ： (see COLON_LOOKALIKES).
 * - Circled and parenthesised numbers (① ⑴ ㈠) are kept: NFKC would turn ① into a bare 1,
 *   which breaks numbered lists such as the host qualifications ①–⑥.
 * - Whitespace next to a CJK character is removed (pdf.js inserts spaces between table cells,
 *   letter-spaced labels read "学 段", Word puts spaces around digits: "2019 年"), except beside
 *   a checkbox mark; other runs of whitespace become one space; line breaks are kept.
 */

/** CJK Radicals Supplement → the ideograph with the same glyph in CJK fonts (NFKC maps none). */
const RADICALS_SUPPLEMENT: Record<number, string> = {
  11905: '厂',
  11906: '乛',
  11907: '乚',
  11908: '乙',
  11909: '亻',
  11910: '冂',
  11911: '几',
  11913: '刂',
  11914: '卜',
  11915: '㔾',
  11916: '小',
  11917: '小',
  11918: '兀',
  11919: '尣',
  11920: '尢',
  11922: '巳',
  11923: '幺',
  11924: '彑',
  11925: '彐',
  11926: '忄',
  11927: '心',
  11928: '扌',
  11929: '攵',
  11931: '旡',
  11932: '日',
  11933: '月',
  11934: '歺',
  11935: '母',
  11936: '民',
  11937: '氵',
  11938: '氺',
  11939: '灬',
  11940: '爫',
  11942: '丬',
  11943: '牛',
  11944: '犭',
  11945: '王',
  11947: '目',
  11948: '示',
  11949: '礻',
  11951: '糹',
  11952: '纟',
  11953: '罓',
  11954: '罒',
  11955: '㓁',
  11961: '耂',
  11962: '肀',
  11963: '聿',
  11964: '肉',
  11965: '臼',
  11966: '艹',
  11967: '艹',
  11968: '艹',
  11969: '虎',
  11970: '衤',
  11971: '覀',
  11972: '西',
  11973: '见',
  11974: '角',
  11976: '讠',
  11977: '贝',
  11979: '车',
  11980: '辶',
  11981: '辶',
  11982: '辶',
  11983: '阝',
  11984: '钅',
  11985: '長',
  11986: '镸',
  11987: '长',
  11988: '门',
  11990: '阝',
  11991: '雨',
  11992: '青',
  11993: '韦',
  11994: '页',
  11995: '风',
  11996: '飞',
  11997: '食',
  11999: '飠',
  12000: '饣',
  12002: '马',
  12003: '骨',
  12004: '鬼',
  12005: '鱼',
  12006: '鸟',
  12007: '卤',
  12008: '麦',
  12009: '黄',
  12010: '黾',
  12011: '斉',
  12012: '齐',
  12013: '歯',
  12014: '齿',
  12015: '竜',
  12016: '龙',
  12017: '龜',
  12018: '亀',
  12019: '龟',
};

/**
 * Colons in other code points, read as the full-width colon they stand for: ︰ (U+FE30, the
 * colon of Big5-era fonts and of Traditional-Chinese input methods, which NFKC turns into "..")
 * and ∶ (U+2236 RATIO, which Chinese input methods offer beside ：), ꞉ (U+A789). One character
 * for one, so "名稱︰" ends in a colon like "名称：". ﹕ and ︓ become ":" by NFKC already.
 */
const COLON_LOOKALIKES = new Set([0xfe30, 0x2236, 0xa789]);

/** Characters NFKC would change that we keep as written (see the header). */
function keptAsWritten(cp: number): boolean {
  return (
    (cp >= 0xff01 && cp <= 0xff0f) || // ！＂＃＄％＆＇（）＊＋，－．／
    (cp >= 0xff1a && cp <= 0xff20) || // ：；＜＝＞？＠
    (cp >= 0xff3b && cp <= 0xff40) || // ［＼］＾＿｀
    (cp >= 0xff5b && cp <= 0xff60) || // ｛｜｝～｟｠
    (cp >= 0x2460 && cp <= 0x24ff) || // ① ⑴ ⒈ Ⓐ
    (cp >= 0x3220 && cp <= 0x325f) || // ㈠ ㉑
    (cp >= 0x3280 && cp <= 0x32bf) // ㊀
  );
}

/** Wide characters: spaces next to them carry no meaning in Chinese text. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3100 && cp <= 0x312f) || // bopomofo
    (cp >= 0x3190 && cp <= 0x31ff) ||
    (cp >= 0x3200 && cp <= 0x33ff) || // enclosed CJK, compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xac00 && cp <= 0xd7af) || // hangul
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // vertical forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x20000 && cp <= 0x3ffff) || // extensions B–H
    cp === 0x201c || // “ ” ‘ ’ are used as Chinese quotes
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x2014 || // —— dash
    cp === 0x2026 // …… ellipsis
  );
}

/**
 * Checkbox marks (□ ■ ☑ ☒ √ ✓ ○ ● …): a space beside one is kept, because it tells which
 * option the mark belongs to ("小学□ 初中■" versus "□小学 ■初中").
 */
export function isMark(cp: number): boolean {
  return (
    (cp >= 0x25a0 && cp <= 0x25ff) ||
    (cp >= 0x2610 && cp <= 0x2612) ||
    (cp >= 0x2713 && cp <= 0x2718) ||
    cp === 0x221a ||
    cp === 0x2b1b ||
    cp === 0x2b1c
  );
}

const COMBINING = /\p{M}/u;

function isSpace(ch: string): boolean {
  // Line breaks are structure, kept apart from spaces.
  return ch !== '\n' && /\s/u.test(ch);
}

/** One source cluster (a code point and its combining marks) in normalised form. */
function mapCluster(cluster: string): string {
  const cp = cluster.codePointAt(0)!;
  // Most of a page: ASCII and common ideographs, which NFKC leaves as they are.
  if (cluster.length === 1 && ((cp > 0x20 && cp < 0x7f) || (cp >= 0x4e00 && cp <= 0x9fff))) {
    return cluster;
  }
  const radical = RADICALS_SUPPLEMENT[cp];
  if (radical) return radical + cluster.slice(cp > 0xffff ? 2 : 1).normalize('NFKC');
  if (COLON_LOOKALIKES.has(cp)) return '：';
  if (keptAsWritten(cp)) return cluster;
  return cluster.normalize('NFKC');
}

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * For each UTF-16 offset of `text` (and one past its end), the offset in the source where the
   * character came from. Non-decreasing, so a range maps to a range.
   */
  toSource: Uint32Array;
}

function lastCodePoint(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && text.length > 1)
    return text.codePointAt(text.length - 2)!;
  return last;
}

/** Normalise `source`, keeping where every character came from. */
export function normalizeText(source: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  /** Last emitted code point, or -1 at a line start. */
  let previous = -1;
  /** Source offset of a pending run of spaces, or -1. */
  let pendingSpace = -1;

  const emit = (piece: string, from: number) => {
    for (let i = 0; i < piece.length; i++) map.push(from);
    out.push(piece);
  };

  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i)!;
    let end = i + (cp > 0xffff ? 2 : 1);
    const ch = source.slice(i, end);
    if (ch === '\n') {
      pendingSpace = -1;
      emit('\n', i);
      previous = -1;
      i = end;
      continue;
    }
    if (isSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      i = end;
      continue;
    }
    while (end < source.length && COMBINING.test(source[end]!)) end++;
    const mapped = mapCluster(source.slice(i, end));
    if (mapped.trim() === '') {
      // NFKC turned it into a space (e.g. U+3000 ideographic space).
      if (pendingSpace < 0) pendingSpace = i;
      i = end;
      continue;
    }
    const first = mapped.codePointAt(0)!;
    if (pendingSpace >= 0) {
      const keep = isMark(previous) || isMark(first) || (!isCjk(previous) && !isCjk(first));
      if (previous >= 0 && keep) emit(' ', pendingSpace);
      pendingSpace = -1;
    }
    emit(mapped, i);
    previous = lastCodePoint(mapped);
    i = end;
  }
  map.push(source.length);
  const toSource = Uint32Array.from(map);
  return { text: out.join(''), toSource };
}

/** Normalised text only, for patterns, keywords and values compared across documents. */
export function normalize(source: string): string {
  return normalizeText(source).text;
}

/**
 * Normalised text with no white space, punctuation kept: the form to find a value or a quote in a
 * line that may wrap or space it anywhere ("巴特尔·额 尔敦").
 */
export function normalizeNoSpace(source: string): string {
  return normalize(source).replace(/\s+/g, '');
}

/** The offset in `text` of the first character that comes from `sourceOffset` or later. */
export function fromSource(n: NormalizedText, sourceOffset: number): number {
  const map = n.toSource;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The source range a normalised range came from. */
export function sourceRange(n: NormalizedText, start: number, end: number): [number, number] {
  const map = n.toSource;
  const s = map[Math.max(0, Math.min(start, map.length - 1))]!;
  // The end is where the character after the range starts (or the end of the source).
  const e = end >= map.length - 1 ? map[map.length - 1]! : map[end]!;
  return [s, Math.max(s, e)];
}

const PUNCTUATION_FOLD: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '．': '.',
  '／': '/',
  '－': '-',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '～': '~',
  '＂': '"',
  '＇': "'",
  '＋': '+',
  '％': '%',
};

/**
 * Normalised text with full-width punctuation folded to ASCII and no spaces at all: the form to
 * compare names in (two files writing （筹） and (筹) name the same unit).
 */
export function foldForCompare(text: string): string {
  let out = '';
  for (const ch of normalize(text)) {
    if (/\s/u.test(ch)) continue;
    out += PUNCTUATION_FOLD[ch] ?? ch;
  }
  return out;
}

/** Full-width punctuation folded to ASCII, nothing else changed (offsets stay the same). */
export function foldPunctuation(text: string): string {
  let out = '';
  for (const ch of text) out += PUNCTUATION_FOLD[ch] ?? ch;
  return out;
}
