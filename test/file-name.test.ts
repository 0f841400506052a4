/** File names made from names: safe on every file system, never empty, the same everywhere. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../lib/file-name';
import { tokenFileName } from '../lib/identity/token-file';
import { invitationFileName } from '../lib/workspace/invitations';

describe('safe file names', () => {
  it('never holds a separator, a reserved or control character, or a leading dot', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const out = safeFileName(name);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be gone
        expect(out).not.toMatch(/[\\/:*?"<>|\s\u0000-\u001f]/);
        expect(out).not.toMatch(/^\./);
        expect([...out].length).toBeLessThanOrEqual(60);
        expect(out.length).toBeGreaterThan(0);
      }),
    );
  });

  it('falls back to the member id when a name leaves nothing', () => {
    expect(tokenFileName({ name: '  ', member: 'm12345' })).toBe('m12345.token.json');
    expect(invitationFileName({ name: '../..', member: 'm12345' })).toBe('m12345.invitation.json');
    expect(tokenFileName({ name: '李 专家', member: 'm1' })).toBe('李_专家.token.json');
  });
});
