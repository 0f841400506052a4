/**
 * The chair's writes behind the desk (SPEC S8 and D5): returning a submitted review, settling a
 * fact, withdrawing an application, decisions with consensus scores — and the independence rule
 * that a reviewer who has not submitted sees nobody else's highlights or threads.
 */
import { describe, expect, it } from 'vitest';
import type { CriterionId, FactId, FileHash } from '../../lib/ids';
import { allEntries } from './forge';
import { join, makePanel, syncAll } from './helpers';

const c1 = 'c1' as CriterionId;

describe('S8 returning a review', () => {
  it('S8: a returned review is a draft again, edits stay sealed, resubmission counts; history keeps both', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    a.panel.setScore(app, c1, 8);
    await a.panel.submitReview(app);
    await syncAll(a, b, chair);
    expect(chair.panel.review(app, a.identity.memberId).status).toBe('submitted');
    expect(
      await chair.panel.returnReview(app, b.identity.memberId, '未提交').catch((e) => e.code),
    ).toBe('panel/notSubmitted');
    await chair.panel.returnReview(app, a.identity.memberId, '请补充评语');
    await syncAll(a, b, chair);
    const mine = a.panel.myReview(app);
    expect(mine.status).toBe('draft');
    expect(mine.returned?.reason).toBe('请补充评语');
    // Editing again works; the new value is sealed under a new key, unreadable to the chair.
    a.panel.setScore(app, c1, 9);
    a.panel.setComment(app, c1, '补充说明-SEALED');
    await syncAll(a, b, chair);
    expect(chair.panel.review(app, a.identity.memberId).visible).toBe(false);
    const comment = allEntries(a.doc).find((e) => e.k.endsWith('/comment/c1'))!;
    expect(comment.x).toBeDefined();
    await a.panel.submitReview(app);
    await syncAll(a, b, chair);
    expect(chair.panel.review(app, a.identity.memberId).values.scores[c1]).toBe(9);
    expect(chair.panel.review(app, a.identity.memberId).values.comments[c1]).toBe(
      '补充说明-SEALED',
    );
    const submissions = chair.panel.history(app).filter((h) => h.field.kind === 'submission');
    expect(submissions).toHaveLength(2);
    expect(chair.panel.history(app).some((h) => h.field.kind === 'return')).toBe(true);
  });
});

describe('D5 the chair’s desk writes', () => {
  it('D5: settled facts, withdrawals and decisions with consensus scores are the chair’s alone', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    await chair.panel.settleFact(app, 'practiceStart' as FactId, '2019-03', '以立项文件为准');
    chair.panel.withdrawApplication(app, '申报单位撤回');
    await chair.panel.decide(app, {
      decision: 'recommend',
      rank: 1,
      scores: { c1: 18 },
      reasons: { c1: '专家组复核' },
      opinion: '同意推荐。',
    });
    await syncAll(a, chair);
    expect(a.panel.panelFacts(app).practiceStart?.value).toBe('2019-03');
    expect(a.panel.application(app)?.withdrawn?.reason).toBe('申报单位撤回');
    expect(a.panel.decisions()[app]).toMatchObject({ scores: { c1: 18 }, opinion: '同意推荐。' });
    await expect(a.panel.settleFact(app, 'x' as FactId, 1, 'r')).rejects.toMatchObject({
      code: 'panel/chairOnly',
    });
    expect(() => a.panel.withdrawApplication(app, 'x')).toThrow(/panel\/chairOnly/);
    chair.panel.withdrawApplication(app, null);
    expect(chair.panel.application(app)?.withdrawn).toBeNull();
  });
});

describe('S3 independence on the page', () => {
  it('S3: before submitting, a reviewer sees only their own highlights and threads — not the chair’s', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    const note = {
      kind: 'note' as const,
      page: 0,
      rects: [],
      quote: { exact: '', prefix: '', suffix: '' },
      position: { start: 0, end: 0 },
      color: '#ffd54f',
      tags: [],
    };
    const file = 'a'.repeat(64) as FileHash;
    chair.panel.addAnnotation(app, file, { ...note, comment: '组长的标注' });
    chair.panel.createThread(app, '组长的讨论');
    b.panel.addAnnotation(app, file, { ...note, comment: '乙的标注' });
    a.panel.addAnnotation(app, file, { ...note, comment: '甲的标注' });
    await syncAll(a, b, chair);
    expect(a.panel.annotations(app).map((x) => x.comment)).toEqual(['甲的标注']);
    expect(a.panel.threads(app)).toEqual([]);
    expect(chair.panel.annotations(app)).toHaveLength(3);
    a.panel.setScore(app, c1, 5);
    await a.panel.submitReview(app);
    expect(a.panel.annotations(app)).toHaveLength(3);
    expect(a.panel.threads(app).map((t) => t.title)).toEqual(['组长的讨论']);
  });
});
