/**
 * Fictional people for demo panels and fixtures: deterministic from a seed, so the demo is the
 * same on every machine. Any likeness to real people is accidental.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '子涵欣怡梓轩浩然雨桐宇航思远佳琪俊杰雅婷志强丽华建国海燕春梅晓东文博明哲嘉怡一鸣诗雨晨曦天宇若溪立新玉兰秋实景行';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `count` distinct names of two or three characters. */
export function makeNames(
  random: () => number,
  count: number,
  avoid: Set<string> = new Set(),
): string[] {
  const out: string[] = [];
  const given = [...GIVEN];
  while (out.length < count) {
    const surname = pick(random, [...SURNAMES]);
    const length = random() < 0.6 ? 2 : 1;
    let name = surname;
    for (let i = 0; i < length; i++) name += pick(random, given);
    if (!avoid.has(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

export function makePhone(random: () => number): string {
  let digits = pick(random, ['138', '139', '150', '151', '177', '186', '189']);
  for (let i = 0; i < 8; i++) digits += Math.floor(random() * 10);
  return digits;
}
