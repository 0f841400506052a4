/** Messages to the extension's background: validated on receipt, answered as `{data} | {error}`. */
import { describe, expect, it } from 'vitest';
import { ReviewDeskError } from '../../lib/errors';
import { dispatch, envelope, type Handlers, isOurs } from '../../lib/platform/extension/messages';

const opened: unknown[] = [];
const handlers: Handlers = {
  async openApp({ hash }) {
    opened.push(hash);
    return { tabId: 7 };
  },
  async capture({ tabId, link }) {
    if (tabId === 0) throw new ReviewDeskError('extension/noTabAccess');
    if (tabId === 1) return { tabId: 'not a number' } as never;
    opened.push(link);
    return { tabId: tabId + 1 };
  },
};

describe('dispatch', () => {
  it('runs the handler with validated data and returns its validated answer', async () => {
    const link = { url: 'https://p.example/a.pdf', frameId: 0 };
    expect(await dispatch(handlers, envelope('capture', { tabId: 4, link }))).toEqual({
      data: { tabId: 5 },
    });
    expect(await dispatch(handlers, envelope('openApp', { hash: '#/panel/p1' }))).toEqual({
      data: { tabId: 7 },
    });
    expect(opened).toEqual([link, '#/panel/p1']);
  });

  it('refuses what is not ours, unknown types and bad data before any handler runs', async () => {
    const before = opened.length;
    const bad = { error: { code: 'extension/badMessage', params: expect.any(Object) } };
    expect(await dispatch(handlers, { type: 'capture', data: {} })).toEqual(bad);
    expect(
      await dispatch(handlers, { ...envelope('openApp', { hash: '#/' }), type: 'eval' }),
    ).toEqual(bad);
    // Only app routes may be opened, only http(s) links captured.
    expect(
      await dispatch(handlers, envelope('openApp', { hash: 'https://evil.example/' })),
    ).toEqual(bad);
    const js = { url: 'javascript:alert(1)', frameId: 0 };
    expect(await dispatch(handlers, envelope('capture', { tabId: 3, link: js }))).toEqual(bad);
    expect(opened.length).toBe(before);
    expect(isOurs({ tag: 'something-else' })).toBe(false);
  });

  it("turns a handler's ReviewDeskError into its code, and a bad answer into a failure", async () => {
    expect(await dispatch(handlers, envelope('capture', { tabId: 0, link: null }))).toEqual({
      error: { code: 'extension/noTabAccess', params: {} },
    });
    const broken = await dispatch(handlers, envelope('capture', { tabId: 1, link: null }));
    expect(broken).toMatchObject({ error: { code: 'extension/failed' } });
  });
});
