import { describe, expect, it } from 'vitest';
import { type CertaintyCheck, checkCertainty } from '../../lib/extract/certainty';
import { describeDoubts } from '../../lib/extract/describe';
import type { ExtractedFact } from '../../lib/facts/standard';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import type { FactDef } from '../../lib/rubric';

const defs = [
  { id: 'projectName', type: 'text' },
  { id: 'leadUnit', type: 'text' },
] as FactDef[];

const found: Record<string, ExtractedFact> = {
  projectName: { value: '甲', evidence: [{ page: 1, quote: '甲' }], confidence: 0.95 },
  leadUnit: { value: '乙校', evidence: [{ page: 1, quote: '乙校' }], confidence: 0.9 },
};

const doubtsLead: CertaintyCheck = {
  name: 'lead',
  check: (id) => (id === 'leadUnit' ? 'runsIntoLabel' : undefined),
};

describe('structural certainty checks', () => {
  const doc = new DocumentLayout([]);

  it('makes a doubted proposal uncertain with its reasons, value and evidence kept', () => {
    const out = checkCertainty({ doc, found, defs }, [doubtsLead]);
    expect(out.leadUnit).toMatchObject({ value: '乙校', evidence: found.leadUnit!.evidence });
    expect(out.leadUnit!.confidence).toBeLessThan(0.6);
    expect(out.leadUnit!.doubts).toEqual(['runsIntoLabel']);
    expect(out.projectName).toBe(found.projectName);
  });

  it('leaves the proposals it was given untouched', () => {
    checkCertainty({ doc, found, defs }, [doubtsLead]);
    expect(found.leadUnit!.confidence).toBe(0.9);
    expect(found.leadUnit!.doubts).toBeUndefined();
  });

  it('with no checks, changes nothing', () => {
    expect(checkCertainty({ doc, found, defs }, [])).toEqual(found);
  });
});

describe('doubts in words', () => {
  const messages: Record<string, string> = {
    'extract:doubt.other': 'general',
    'extract:doubt.runsIntoLabel': 'runs into a label',
  };
  const t = (key: string) => messages[key] ?? `MISSING ${key}`;
  const has = (key: string) => key in messages;

  it('says each known reason once, and an unknown or odd code as the general sentence', () => {
    expect(describeDoubts(['runsIntoLabel', 'runsIntoLabel'], t, has)).toEqual([
      'runs into a label',
    ]);
    expect(describeDoubts(['fromANewerVersion'], t, has)).toEqual(['general']);
    // A code from a file is data: it never picks another namespace's message.
    expect(describeDoubts(['../cli.summary', '__proto__', 'a'.repeat(60)], t, has)).toEqual([
      'general',
    ]);
    expect(describeDoubts(undefined, t, has)).toEqual([]);
  });
});
