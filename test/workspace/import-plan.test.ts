import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../lib/workspace/import-plan';

const file = (path: string, size = 100) => ({ path, size });

describe('planImport', () => {
  it('makes one application per folder and one per loose PDF, in pinyin order', () => {
    const plan = planImport([
      file('大连星海/推荐表.pdf'),
      file('大连星海/佐证/案例1.pdf'),
      file('沈阳白塔/推荐表.PDF'),
      file('鞍山胜利推荐表.pdf'),
    ]);
    expect(plan.applications.map((a) => [a.title, a.files.map((f) => f.path)])).toEqual([
      ['鞍山胜利推荐表', ['鞍山胜利推荐表.pdf']],
      ['大连星海', ['大连星海/推荐表.pdf', '大连星海/佐证/案例1.pdf']],
      ['沈阳白塔', ['沈阳白塔/推荐表.PDF']],
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('skips non-PDFs, empty files and system clutter, saying why', () => {
    const plan = planImport([
      file('a/说明.docx'),
      file('__MACOSX/a/._推荐表.pdf'),
      file('a/.DS_Store'),
      file('空.pdf', 0),
      file('a/推荐表.pdf'),
    ]);
    expect(plan.applications).toHaveLength(1);
    expect(plan.skipped.map((s) => [s.file.path, s.reason])).toEqual([
      ['a/说明.docx', 'notPdf'],
      ['__MACOSX/a/._推荐表.pdf', 'systemFile'],
      ['a/.DS_Store', 'systemFile'],
      ['空.pdf', 'empty'],
    ]);
  });

  it('accounts for every file exactly once, whatever is dropped', () => {
    const segment = fc.stringMatching(/^[a-z0-9\u4e00-\u4e10._]{1,6}$/);
    const path = fc
      .array(segment, { minLength: 1, maxLength: 3 })
      .chain((parts) =>
        fc.constantFrom('.pdf', '.PDF', '.docx', '').map((ext) => parts.join('/') + ext),
      );
    fc.assert(
      fc.property(fc.array(fc.record({ path, size: fc.nat(5) })), (files) => {
        const plan = planImport(files);
        const planned = plan.applications.flatMap((a) => a.files);
        expect(planned.length + plan.skipped.length).toBe(files.length);
        for (const f of planned) expect(f.path.toLowerCase().endsWith('.pdf')).toBe(true);
        expect(plan.applications.every((a) => a.files.length > 0)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
