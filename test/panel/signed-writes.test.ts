/**
 * SPEC D3/D6: a signed write whose key moves on while it is being signed (a peer's entry, even a
 * forged one, arrives meanwhile) signs again and completes; it never stalls the panel's signed
 * writes. Regression for a deadlock where the retry queued behind itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { LOG_NAME } from '../../lib/panel/entry';
import { keys } from '../../lib/panel/keys';
import { makePanel } from './helpers';

afterEach(() => vi.restoreAllMocks());

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms),
    ),
  ]);
}

describe('D6 signed writes', () => {
  it('D6: a write to the same key arriving during the signing does not stall signed writes', async () => {
    const { chairReplica: chair } = await makePanel();
    const member = chair.panel.members().find((m) => m.role === 'reviewer')!;
    const key = keys.member(member.id);
    // A peer's copy that appends a forged, higher-sequence version of the same register.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(chair.doc));
    const original = crypto.subtle.sign.bind(crypto.subtle);
    let injected = 0;
    vi.spyOn(crypto.subtle, 'sign').mockImplementation(async (...args) => {
      if (injected < 2) {
        injected++;
        peer.getArray(LOG_NAME).push([
          {
            k: key,
            s: 1000 + injected,
            d: 7,
            by: chair.panel.me().id,
            at: Date.now(),
            v: { ...member, name: '冒名' },
            sig: 'A'.repeat(86),
            sk: 'f'.repeat(32),
          },
        ]);
        Y.applyUpdate(
          chair.doc,
          Y.encodeStateAsUpdate(peer, Y.encodeStateVector(chair.doc)),
          'test-remote',
        );
      }
      return original(...(args as Parameters<typeof original>));
    });
    await within(chair.panel.putMember({ ...member, unit: '某中学' }), 3000);
    expect(injected).toBe(2);
    // The chair's signed version is the one that counts; the forged ones are not valid.
    expect(chair.panel.member(member.id)?.unit).toBe('某中学');
    expect(chair.panel.member(member.id)?.name).toBe(member.name);
    // And later signed writes still go through.
    await within(chair.panel.updateSettings({ relayUrl: 'ws://127.0.0.1:4321' }), 3000);
    expect(chair.panel.meta()?.settings.relayUrl).toBe('ws://127.0.0.1:4321');
  });
});
