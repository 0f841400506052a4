import { describe, expect, it } from 'vitest';
import { type CertaintyCheck, checkCertainty } from '../../lib/extract/certainty';
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
