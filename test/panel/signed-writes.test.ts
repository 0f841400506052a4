/**
 * SPEC A5, O1: a chair-signed member record whose register moves on while it is being signed (a
 * peer's version with a far higher sequence, even a forged one, arrives meanwhile) completes and
 * counts; it never stalls the panel's signed writes, and the forged version never counts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../../lib/panel/keys';
import { forge, openSession, receive, updateAs } from './forge';
import { join, makePanel } from './helpers';

afterEach(() => vi.restoreAllMocks());

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms),
    ),
  ]);
}

describe('A5 signed writes', () => {
  it('A5, O1: a forged write to the same key arriving during the signing neither stalls nor wins', async () => {
    const { chairReplica: chair, invitations } = await makePanel();
    const hostile = await join(invitations[1]!, chair.doc);
    const member = chair.panel.members().find((m) => m.role === 'reviewer')!;
    const session = await openSession(hostile.identity);
    const forged = forge(session, [
      {
        k: keys.member(member.id),
        s: Number.MAX_SAFE_INTEGER,
        v: { ...member, name: '冒名' },
        sig: 'A'.repeat(86),
        sk: chair.identity.signing.fingerprint,
      },
    ]);
    const original = crypto.subtle.sign.bind(crypto.subtle);
    let injected = 0;
    vi.spyOn(crypto.subtle, 'sign').mockImplementation(async (...args) => {
      if (injected++ === 0) receive(chair.doc, updateAs(chair.doc, session.client, [forged]));
      return original(...(args as Parameters<typeof original>));
    });
    await within(chair.panel.putMember({ ...member, unit: '某中学' }), 3000);
    expect(injected).toBeGreaterThan(0);
    await chair.panel.settled();
    // The chair's signed version is the one that counts; the forged one is not valid.
    expect(chair.panel.member(member.id)?.unit).toBe('某中学');
    expect(chair.panel.member(member.id)?.name).toBe(member.name);
    // And later chair writes still go through.
    await within(chair.panel.updateSettings({ relayUrl: 'ws://127.0.0.1:4321' }), 3000);
    expect(chair.panel.meta()?.settings.relayUrl).toBe('ws://127.0.0.1:4321');
    await within(chair.panel.putMember({ ...member, unit: '另一所中学' }), 3000);
    expect(chair.panel.member(member.id)?.unit).toBe('另一所中学');
  });
});
