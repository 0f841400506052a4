/**
 * A label that only suggests a fact (the pack's `hints.weakKeywords`: 填报日期, the day the form
 * was filled in, for 报送日期, the day it was submitted): read only when no label of the fact's
 * own gives a value, and then proposed as uncertain with its reason, never as certain.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { builtinPack, type RubricPack } from '../../lib/rubric';
import { parseRubricPack } from '../../lib/rubric/validate';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

function table(rows: string[][]) {
  return { kind: 'table' as const, rows, widths: [0.3, 0.7] };
}

describe('weak labels', () => {
  it('reads the fact under a weak label as uncertain, saying why', () => {
    const facts = extractFacts(
      [
        page([
          table([
            ['项目名称', '甲市某某实践共同体'],
            ['填报日期', '2022年9月16日'],
          ]),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.submittedOn?.value).toBe('2022-09-16');
    expect(isUncertain(facts.submittedOn!)).toBe(true);
    expect(facts.submittedOn?.doubts).toContain('weakLabel');
  });

  it("prefers the fact's own label, certain, and leaves the weak one unread", () => {
    const facts = extractFacts(
      [
        page([
          table([
            ['填报日期', '2022年9月1日'],
            ['报送日期', '2022年9月20日'],
          ]),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.submittedOn?.value).toBe('2022-09-20');
    expect(isUncertain(facts.submittedOn!)).toBe(false);
    expect(facts.submittedOn?.doubts ?? []).not.toContain('weakLabel');
  });

  it('is part of the pack format: a pack without weakKeywords still reads, one with them validates', () => {
    const raw = JSON.parse(JSON.stringify(liaoning));
    const def = raw.facts.find((f: { id: string }) => f.id === 'submittedOn');
    delete def.hints.weakKeywords;
    const parsed = parseRubricPack(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const without: RubricPack = parsed.pack;
    const facts = extractFacts([page([table([['填报日期', '2022年9月16日']])])], {
      pack: without,
    });
    expect(facts.submittedOn).toBeUndefined();
    def.hints.weakKeywords = [''];
    expect(parseRubricPack(raw).ok).toBe(false);
  });
});
