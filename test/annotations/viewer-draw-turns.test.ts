/**
 * The viewer draws page pictures one at a time, in the order asked (components/pdf/text-source.ts
 * `drawTurn`): the page in view is on screen before its neighbours start, a slow page holds the
 * next back for a second at most, and `firstPicture` settles when the first drawing ends.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfTextSource } from '../../components/pdf/text-source';
import type { OpenedPdf } from '../../lib/pdf/open';

const source = () =>
  new PdfTextSource({ fileName: 'a.pdf', numPages: 3, proxy: {} } as unknown as OpenedPdf);

describe('drawing turns', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives one turn at a time, in the order asked, and settles firstPicture after the first', async () => {
    const s = source();
    const order: string[] = [];
    let firstDone = false;
    void s.firstPicture.then(() => {
      firstDone = true;
    });
    const ends: (() => void)[] = [];
    for (const name of ['p1', 'p2', 'p3']) {
      void s.drawTurn().then((end) => {
        order.push(name);
        ends.push(end);
      });
    }
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['p1']);
    expect(firstDone).toBe(false);
    ends[0]!();
    await vi.waitFor(() => expect(order).toEqual(['p1', 'p2']));
    expect(firstDone).toBe(true);
    ends[1]!();
    await vi.waitFor(() => expect(order).toEqual(['p1', 'p2', 'p3']));
  });

  it('lets the next page start after a second when a drawing does not end', async () => {
    vi.useFakeTimers();
    const s = source();
    const order: string[] = [];
    void s.drawTurn().then(() => order.push('slow'));
    void s.drawTurn().then(() => order.push('next'));
    await vi.advanceTimersByTimeAsync(900);
    expect(order).toEqual(['slow']);
    await vi.advanceTimersByTimeAsync(200);
    expect(order).toEqual(['slow', 'next']);
  });
});
