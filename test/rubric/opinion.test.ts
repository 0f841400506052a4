/**
 * The opinion template (issue 13): no unresolved placeholder and no doubled punctuation ever
 * reaches the text; a field without a value is reported by its label, not its id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinPack,
  fillOpinion,
  formatMessage,
  type OpinionValues,
  type RubricPack,
  summarizeReview,
  unresolvedFields,
} from '../../lib/rubric';
import { en, render, zh } from './helpers';

const liaoning = builtinPack('liaoning-2022-community');

function withTemplate(pack: RubricPack, zhText: string, enText?: string): RubricPack {
  return { ...pack, opinion: { template: { zh: zhText, ...(enText ? { en: enText } : {}) } } };
}

const review = {
  scores: { organisation: 13, practice: 22, cases: 12, feasibility: 17, outreach: 12, support: 8 },
  comments: { practice: '实践基础扎实。。', cases: '案例典型；' },
  overallComment: '建议立项。',
  facts: {
    projectName: { state: 'accepted', value: '智慧课堂精准教学实践共同体' },
    leadUnit: { state: 'corrected', value: '大连市星海湾实验中学' },
  },
};

describe('fillOpinion', () => {
  it('reports a field without a value by its label and gives no text', () => {
    const summary = summarizeReview(liaoning, review, { date: '2026-12-01' });
    const filled = fillOpinion(liaoning, summary.opinion, render(zh));
    expect(filled.complete).toBe(false);
    expect(filled.text).toBeNull();
    expect(filled.missing.map((f) => f.name)).toEqual(['verdict']);
    expect(filled.missing.map((f) => formatMessage(zh, f.label))).toEqual(['评审结论']);
    expect(filled.missing.map((f) => formatMessage(en, f.label))).toEqual(['Verdict']);
  });

  it('names a missing fact by the pack label of the fact', () => {
    const summary = summarizeReview(liaoning, { ...review, facts: {} });
    const filled = fillOpinion(liaoning, { ...summary.opinion, verdict: '推荐' }, render(zh));
    expect(filled.missing.map((f) => formatMessage(zh, f.label))).toEqual(['项目名称', '牵头单位']);
  });

  it('fills every field once values are there, with single punctuation at every join', () => {
    const summary = summarizeReview(liaoning, review, { date: '2026-12-01', verdict: '推荐。' });
    const filled = fillOpinion(liaoning, summary.opinion, render(zh));
    expect(filled.complete).toBe(true);
    const text = filled.text!;
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).not.toMatch(/[。，；：、][。，；：、]/);
    expect(text).toContain('“智慧课堂精准教学实践共同体”（牵头单位：大连市星海湾实验中学）');
    expect(text).toContain('总分84分，等级良好。');
    expect(text).toContain('主要意见：实践基础扎实；案例典型；建议立项。');
    expect(text).toContain('评审结论：推荐。');
    expect(text).toContain('组织结构与管理制度 13/15；实践基础与成效 22/25');
  });

  it('renders values in the reader language', () => {
    const summary = summarizeReview(liaoning, review, {
      date: '2026-12-01',
      verdict: 'recommended',
    });
    const text = fillOpinion(liaoning, summary.opinion, render(en)).text!;
    expect(text).toContain('Total 84 points, level Good.');
    expect(text).toContain('Organisation and management system 13/15; Practice foundation');
    expect(text).toContain('finds eligibility: ');
  });

  it('treats an empty or punctuation-only value as missing', () => {
    const pack = withTemplate(liaoning, '结论：{{verdict}}。意见：{{comments}}。');
    const filled = fillOpinion(pack, { verdict: '  ', comments: '。' }, render(zh));
    expect(filled.missing.map((f) => f.name)).toEqual(['verdict', 'comments']);
  });

  it('never lets a value form a placeholder', () => {
    const pack = withTemplate(liaoning, '意见：{{comments}}{{verdict}}');
    const filled = fillOpinion(pack, { comments: 'a{{verdict', verdict: '}}b{' }, render(zh));
    expect(filled.text).not.toMatch(/\{\{|\}\}/);
    expect(unresolvedFields(pack, filled.text)).toEqual([]);
  });
});

describe('unresolvedFields', () => {
  it('finds placeholders left in a saved opinion and labels them', () => {
    const fields = unresolvedFields(
      liaoning,
      '经评审。。评审结论：{{verdict}}。{{ fact.projectName }}',
    );
    expect(fields.map((f) => f.name)).toEqual(['verdict', 'fact.projectName']);
    expect(fields.map((f) => formatMessage(zh, f.label))).toEqual(['评审结论', '项目名称']);
    expect(unresolvedFields(liaoning, '经评审，推荐。')).toEqual([]);
    expect(unresolvedFields(liaoning, null)).toEqual([]);
  });

  it('labels an unknown template field by its name, quoted', () => {
    const [field] = unresolvedFields(liaoning, '{{verdcit}}');
    expect(formatMessage(zh, field!.label)).toBe('模板字段“verdcit”');
  });
});

describe('fillOpinion properties', () => {
  const NAMES = ['verdict', 'total', 'comments', 'fact.projectName'] as const;
  const FULL = ['。', '，', '；', '：', '！', '？', '、'];
  const ASCII = ['.', ',', ';', ':', '!', '?'];
  const MARKS = /[。．，、；：！？,.;:!?]/;
  const letters = fc.string({
    unit: fc.constantFrom('经', '评', '审', 'a', 'B', '7', ' ', '“', '”', '{', '}'),
    minLength: 1,
    maxLength: 6,
  });
  const markRun = fc.oneof(
    fc.tuple(fc.constantFrom(...FULL), fc.integer({ min: 1, max: 3 })).map(([m, n]) => m.repeat(n)),
    fc.constantFrom(...ASCII),
  );
  /** Words with marks between them; a value's own mixed marks ("；。") are its author's text. */
  const value = fc
    .tuple(
      fc.option(markRun, { nil: '' }),
      fc.array(fc.tuple(letters, markRun), { maxLength: 3 }),
      letters,
      fc.option(markRun, { nil: '' }),
    )
    .map(([lead, mid, last, trail]) => lead + mid.map(([w, m]) => w + m).join('') + last + trail);
  const literal = fc.string({
    unit: fc.constantFrom('经', '结', '论', 'x', ' ', '“', '（', '）', ...FULL, ...ASCII),
    maxLength: 5,
  });
  const template = fc
    .array(fc.tuple(literal, fc.constantFrom(...NAMES)), { minLength: 1, maxLength: 5 })
    .chain((parts) => literal.map((tail) => parts.map(([l, n]) => `${l}{{${n}}}`).join('') + tail))
    // The pack's own text has no doubled marks (a pack author's typo is not ours to fix).
    .filter((t) => !/[。．，、；：！？,.;:!?]{2}/.test(t.replace(/\{\{[^{}]*\}\}/g, 'X')));

  it('never outputs a placeholder or two marks in a row, and keeps every value', () => {
    fc.assert(
      fc.property(template, fc.dictionary(fc.constantFrom(...NAMES), value), (tpl, values) => {
        const pack = withTemplate(liaoning, tpl);
        const filled = fillOpinion(pack, values as OpinionValues, render(zh));
        const used = [...new Set([...tpl.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]!))];
        // A value of blanks and marks only says nothing: it counts as absent.
        const absent = used.filter(
          (n) =>
            values[n] === undefined || !/[^\s。．，、；：！？,.;:!?]/.test(values[n] as string),
        );
        if (absent.length > 0) {
          expect(filled.text).toBeNull();
          expect(filled.missing.map((f) => f.name)).toEqual(absent);
          return;
        }
        const text = filled.text!;
        expect(text).not.toMatch(/\{\{|\}\}/);
        for (let i = 1; i < text.length; i++) {
          if (MARKS.test(text[i]!) && MARKS.test(text[i - 1]!)) {
            // Only a value's own mixed marks may meet, never a join or a repeated mark.
            expect(text[i]).not.toBe(text[i - 1]);
            const inside = used.some((n) =>
              (values[n] as string).includes(text.slice(i - 1, i + 1)),
            );
            expect(inside, `${JSON.stringify(text)} at ${i}`).toBe(true);
          }
        }
        for (const n of used) {
          const core = (values[n] as string).replace(
            /^[\s。．，、；：！？,.;:!?]+|[\s。．，、；：！？,.;:!?]+$/g,
            '',
          );
          const words = core.split(/[。．，、；：！？,.;:!?{}\s]+/).filter(Boolean);
          for (const w of words) expect(text).toContain(w);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the fields without a value, by label', () => {
    fc.assert(
      fc.property(fc.subarray([...NAMES]), (given) => {
        const tpl = NAMES.map((n) => `${n}：{{${n}}}。`).join('');
        const values = Object.fromEntries(given.map((n) => [n, '有值']));
        const filled = fillOpinion(withTemplate(liaoning, tpl), values, render(zh));
        const expected = NAMES.filter((n) => !given.includes(n));
        expect(filled.missing.map((f) => f.name)).toEqual(expected);
        for (const f of filled.missing) expect(formatMessage(zh, f.label)).not.toContain(f.name);
      }),
    );
  });
});
