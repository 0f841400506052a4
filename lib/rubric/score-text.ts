/**
 * What a reviewer typed into a score box, as a number. Chinese input methods often leave the
 * keyboard in full-width mode (２０, １８．５), and some reviewers write numerals (十八, 二〇,
 * 十八点五): all of these are read, as long as they can mean only one number. Anything else is
 * refused, never guessed (a mix like 1八, or 十十).
 */
import { CHINESE_DIGITS, digitClass } from '../chinese-digits';

const DIGIT = CHINESE_DIGITS;
const D = digitClass(0);
const N = digitClass(1);
const TEN = '[十拾]';
const HUNDRED = '[百佰]';

/** 二〇, 一八: one numeral per digit, as years are written. */
const POSITIONAL = new RegExp(`^${D}+$`, 'u');
/** 十八, 二十, 二十五, 一百, 一百零五, 一百二十: tens and hundreds spelled out. */
const SPELLED = new RegExp(
  `^(?:(${N})?${HUNDRED}(?:[零〇](${N})|(${N})${TEN}(${N})?)?|(${N})?${TEN}(${N})?)$`,
  'u',
);

function spelled(text: string): number | undefined {
  const m = SPELLED.exec(text);
  if (!m) return undefined;
  const d = (c: string | undefined, fallback = 0) => (c === undefined ? fallback : DIGIT[c]!);
  if (/[百佰]/u.test(text)) {
    return d(m[1], 1) * 100 + d(m[2]) + d(m[3]) * 10 + d(m[4]);
  }
  return d(m[5], 1) * 10 + d(m[6]);
}

function integerPart(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (POSITIONAL.test(text)) return Number([...text].map((c) => DIGIT[c]).join(''));
  return spelled(text);
}

export type ScoreText =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; text: string };

export function parseScoreText(raw: string): ScoreText {
  // NFKC turns full-width digits, signs and the full-width stop (．) into ASCII.
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return { kind: 'empty' };
  if (/^[+]?\d*\.?\d+$|^\d+\.$/.test(text)) return { kind: 'number', value: Number(text) };
  if (/^-\d*\.?\d+$/.test(text)) return { kind: 'number', value: Number(text) };
  const [whole, fraction, ...rest] = text.split('点');
  if (rest.length > 0 || whole === undefined || whole === '') return { kind: 'invalid', text: raw };
  const int = integerPart(whole);
  if (int === undefined) return { kind: 'invalid', text: raw };
  if (fraction === undefined) return { kind: 'number', value: int };
  if (!POSITIONAL.test(fraction) && !/^\d+$/.test(fraction)) return { kind: 'invalid', text: raw };
  const digits = [...fraction].map((c) => (c in DIGIT ? DIGIT[c] : c)).join('');
  return { kind: 'number', value: Number(`${int}.${digits}`) };
}
