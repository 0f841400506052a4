/** The seeded scan degradations of a fixture's variants (shared by the OCR measure and refresh). */
import { random, type ScanOptions } from './scanner';

/** Degradations for a fixture's n-th variant, seeded by its name. */
export function degradations(name: string, n: number): Partial<ScanOptions> {
  let seed = n + 1;
  for (const ch of name) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const sealed = rnd() < 0.5;
  return {
    dpi: pick([200, 150, 120]),
    skewDegrees: Math.round((rnd() * 5 - 2.5) * 10) / 10,
    noise: pick([3, 6, 9]),
    specks: pick([10, 40, 80]),
    jpegQuality: pick([40, 55, 70]),
    color: sealed || rnd() < 0.3,
    seals: sealed
      ? [{ page: 1, x: 0.3 + rnd() * 0.4, y: 0.15 + rnd() * 0.2, text: '专用章测试单位公章' }]
      : [],
    seed,
  };
}
