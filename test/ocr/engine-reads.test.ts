/**
 * What the engine asks of its models (a fake runtime counting the lines it is given): an unsure
 * upright page has its longest lines read first, a sample read both ways round, and then only
 * the lines not read yet — never the first batch twice.
 */
import { describe, expect, it } from 'vitest';
import { OcrEngine } from '../../lib/ocr/engine';
import { SAMPLE_LINES } from '../../lib/ocr/orientation';
import type { OcrRuntime } from '../../lib/ocr/runtime';
import { fill, paper, toRgba } from './raster';

/**
 * A detector that finds `count` bars across the page (each shorter than the one above), and a
 * recogniser that reads every line as 甲 at 0.6 (unsure), counting the lines it reads.
 */
function fakeRuntime(count: number) {
  const read = { lines: 0 };
  let sessions = 0;
  const runtime: OcrRuntime = {
    name: 'fake',
    async createSession() {
      const detector = sessions++ === 0;
      return {
        async run(_input, dims) {
          if (detector) {
            const [, , h, w] = dims as [number, number, number, number];
            const data = new Float32Array(h * w);
            for (let k = 0; k < count; k++) {
              for (let y = 10 + k * 30; y < 22 + k * 30; y++) {
                for (let x = 20; x < w - 40 - k * 10; x++) data[y * w + x] = 1;
              }
            }
            return { data, dims: [1, 1, h, w] };
          }
          const [n, , , w] = dims as [number, number, number, number];
          read.lines += n;
          const columns = w / 8;
          const classes = 3; // blank, 甲, space
          const data = new Float32Array(n * columns * classes);
          for (let i = 0; i < n * columns; i++) {
            data[i * classes] = 0.4;
            data[i * classes + 1] = 0.6;
          }
          return { data, dims: [n, columns, classes] };
        },
        async release() {},
      };
    },
  };
  return { runtime, read };
}

describe('the engine reads each line once', () => {
  it('reads an unsure upright page’s first batch once, then only the rest', async () => {
    const count = 12; // two batches of lines
    const { runtime, read } = fakeRuntime(count);
    const engine = await OcrEngine.create(runtime, {
      detection: new Uint8Array(),
      recognition: new Uint8Array(),
      dictionary: '甲\n',
    });
    // Ink where the bars are: characters with no ink under them are dropped as specks.
    const page = paper(480, 416);
    for (let k = 0; k < count; k++) fill(page, 20, 12 + k * 30, 440 - k * 10, 20 + k * 30);
    const result = await engine.read(toRgba(page), { dpi: 120 });
    expect(result.orientation).toBeUndefined();
    expect(result.lines).toHaveLength(count);
    // Each line once, and the sample both ways round.
    expect(read.lines).toBe(count + 2 * Math.min(count, SAMPLE_LINES));
  });
});

describe('the engine’s dictionary', () => {
  it('is every character it can write, built once for the engine’s life', async () => {
    const { runtime } = fakeRuntime(1);
    const engine = await OcrEngine.create(runtime, {
      detection: new Uint8Array(),
      recognition: new Uint8Array(),
      dictionary: '甲\n乙\n',
    });
    expect([...engine.dictionary]).toEqual(expect.arrayContaining(['甲', '乙']));
    expect(engine.dictionary).toBe(engine.dictionary);
  });
});
