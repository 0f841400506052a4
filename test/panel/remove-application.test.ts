/**
 * Removing an application added by mistake: only the chair, the register becomes null for every
 * member, the history keeps what it was, and a reviewer's forged removal changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { keys } from '../../lib/panel/keys';
import { canRemoveApplications, removeApplication } from '../../lib/workspace/remove-application';
import { allEntries, forge, openSession, receive, updateAs } from './forge';
import { join, makePanel, syncAll } from './helpers';

describe('removing an application', () => {
  it('the chair removes it for every member; the history keeps it', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    expect(canRemoveApplications(chair.panel)).toBe(true);
    expect(canRemoveApplications(a.panel)).toBe(false);
    const kept = chair.panel.addApplication({
      title: '保留的申报',
      applicantUnit: '乙校',
      recommendingBody: '某市教育局',
    });
    await removeApplication(chair.panel, app);
    await syncAll(chair, a);
    for (const r of [chair, a]) {
      expect(r.panel.applications().map((x) => x.id)).toEqual([kept]);
      expect(r.panel.application(app)).toBeNull();
    }
    const versions = allEntries(chair.doc).filter((e) => e.k === keys.app(app));
    expect(versions.map((e) => e.v === null)).toEqual([false, true]);
    // Writing to a removed application is refused with the usual sentence.
    expect(() => chair.panel.withdrawApplication(app, '重复')).toThrow(
      expect.objectContaining({ code: 'panel/unknownApplication' }),
    );
  });

  it('a reviewer cannot remove one, through the API or with a forged entry', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    await expect(removeApplication(a.panel, app)).rejects.toMatchObject({
      code: 'panel/chairOnly',
    });
    const session = await openSession(a.identity);
    const element = forge(session, [{ k: keys.app(app), s: 1e6, v: null }]);
    receive(chair.doc, updateAs(chair.doc, session.client, [element]));
    await chair.panel.settled();
    expect(chair.panel.application(app)?.title).toBe('示例申报');
  });
});
