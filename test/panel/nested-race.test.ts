/**
 * SPEC D1: the nested-container race. Two offline replicas each create the same nested Y.Map and
 * write scores into it; after the merge one map wins and the other's scores are gone. The panel's
 * flat log cannot lose them.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CriterionId } from '../../lib/ids';
import { join, makePanel, sameMemberDevice, syncAll } from './helpers';

function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('D1 nested-container race', () => {
  it('D1: naive nested maps lose one replica’s scores', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    for (const [doc, reviewer] of [
      [a, 'r1'],
      [b, 'r2'],
    ] as const) {
      const inner = new Y.Map<number>();
      doc.getMap('apps').set('app-17', inner);
      inner.set(`${reviewer}/c1`, 8);
    }
    exchange(a, b);
    const merged = (a.getMap('apps').get('app-17') as Y.Map<number>).toJSON();
    expect(Object.keys(merged)).toHaveLength(1); // one reviewer's score is gone
    expect((b.getMap('apps').get('app-17') as Y.Map<number>).toJSON()).toEqual(merged);
  });

  it('D1: the panel log keeps both reviewers’ scores written offline', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r1 = await join(invitations[0]!, chair.doc);
    const r2 = await join(invitations[1]!, chair.doc);
    const r1b = await sameMemberDevice(r1.identity, r1.doc);
    r1.panel.setScore(app, 'c1' as CriterionId, 8);
    r1b.panel.setScore(app, 'c2' as CriterionId, 7);
    r2.panel.setScore(app, 'c1' as CriterionId, 6);
    await r1.panel.submitReview(app).catch(() => undefined);
    await syncAll(r1, r1b, r2, chair);
    // r1 submitted before seeing r1b's c2: the manifest holds c1 only, by design (SPEC S2).
    expect(chair.panel.review(app, r1.identity.memberId).values.scores).toEqual({ c1: 8 });
    expect(r1b.panel.myReview(app).filled.scores.sort()).toEqual(['c1']);
    expect(r2.panel.myReview(app).values.scores).toEqual({ c1: 6 });
    const history = chair.panel.history(app).filter((h) => h.field.kind === 'cell');
    expect(history).toHaveLength(3);
  });
});
