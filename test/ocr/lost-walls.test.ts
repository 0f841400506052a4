/**
 * Column borders a scan lost in part: continued through a line of the table that leaves a wide
 * gap where the border stands in other rows (类别 | 智慧评价 | 应用方向 read 智慧评价应用方向).
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { lostWallPieces } from '../../lib/ocr/lost-walls';
import type { Ruling } from '../../lib/pdf/rulings';

/** A word of `chars` Han characters of 10 pt at (x, baseline y). */
const word = (str: string, x: number, y: number): TextItem =>
  ({
    str,
    dir: 'ltr',
    transform: [10, 0, 0, 10, x, y],
    width: 10 * str.length,
    height: 10,
    fontName: 'ocr',
    hasEOL: false,
  }) as TextItem;
const wall = (at: number, from: number, to: number): Ruling => ({
  horizontal: false,
  at,
  from,
  to,
});

describe('lost column borders', () => {
  // Table walls at x 50 and 500 from y 500 to 730; a column border at 270 survives only low down.
  const walls = [wall(50, 500, 730), wall(160, 500, 730), wall(500, 500, 730), wall(270, 620, 660)];

  it('continues a border through a line whose gap holds it', () => {
    const items = [word('类别', 100, 700), word('智慧评价', 170, 700), word('应用方向', 280, 700)];
    expect(lostWallPieces(items, walls)).toEqual([
      { horizontal: false, at: 270, from: 698, to: 708 },
    ]);
  });

  it('adds nothing where the gap is narrow, already parted, holds no border, or lies outside the table', () => {
    // Gap of 1.5 font sizes: text of one cell.
    expect(lostWallPieces([word('智慧评价', 222, 700), word('应用', 277, 700)], walls)).toEqual([]);
    // A border reaching the line already parts the gap.
    const parted = [...walls, wall(270, 600, 720)];
    expect(
      lostWallPieces([word('智慧评价', 170, 700), word('应用方向', 280, 700)], parted),
    ).toEqual([]);
    // No border at the gap's place anywhere.
    expect(lostWallPieces([word('智慧', 300, 700), word('应用方向', 400, 700)], walls)).toEqual([]);
    // Below the table: no walls reach the line.
    expect(lostWallPieces([word('智慧评价', 170, 400), word('应用方向', 280, 400)], walls)).toEqual(
      [],
    );
  });
});
