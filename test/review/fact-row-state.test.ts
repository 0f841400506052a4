/**
 * A fact's row says "not found" only once the files have been read; while they are, it says it
 * is being read (the reviewer is not told to type in what is about to be proposed).
 */
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../components/hooks/useExtraction';
import { rowState } from '../../components/review/fact-row-state';

const proposal = {
  value: '甲校',
  confidence: 0.9,
  evidence: [],
  fileHash: 'h',
} as never as Proposal;

describe('the state a fact row shows', () => {
  it('is "reading" while the files are read and nothing is proposed, "not found" after', () => {
    expect(rowState(undefined, undefined, true)).toBe('reading');
    expect(rowState(undefined, undefined, false)).toBe('notFound');
    expect(rowState(undefined, undefined)).toBe('notFound');
  });

  it('shows a proposal, and the reviewer’s answer over both, whether or not reading goes on', () => {
    expect(rowState(proposal, undefined, true)).toBe('pending');
    expect(rowState(proposal, undefined, false)).toBe('pending');
    expect(rowState(undefined, { state: 'unknown' } as never, true)).toBe('unknown');
    expect(rowState(proposal, { state: 'accepted', value: '甲校' } as never, false)).toBe(
      'accepted',
    );
  });
});
