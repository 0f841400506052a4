/**
 * The frozen proposals the certainty cross-validation is judged on (test/fixtures/frozen-proposals):
 * every committed file has the shape the script reads, and a damaged one is refused with a
 * sentence instead of feeding the counts nonsense.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrozen } from '../../scripts/certainty-frozen';

const FROZEN = 'test/fixtures/frozen-proposals';

describe('frozen proposals files', () => {
  it('reads every committed file, each with proposals for its forms', () => {
    const files = readdirSync(FROZEN).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const frozen = readFrozen(path.join(FROZEN, f));
      expect(frozen.dir).toMatch(/^test\/fixtures\/heldout-v\d+$/);
      expect(Object.keys(frozen.forms).length).toBeGreaterThanOrEqual(40);
    }
  });

  it('refuses a file cut short, or one whose proposals lost their evidence', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'frozen-'));
    const cut = path.join(dir, 'cut.json');
    writeFileSync(cut, '{"dir": "test/fixtures/heldout-v14", "commit": "fab9715", "forms": {');
    expect(() => readFrozen(cut)).toThrow(/not JSON.*freeze-proposals/);
    const bare = path.join(dir, 'bare.json');
    writeFileSync(
      bare,
      JSON.stringify({
        dir: 'test/fixtures/heldout-v14',
        commit: 'fab9715',
        forms: { 'forms/a.pdf': { projectName: { value: '甲', confidence: 0.9 } } },
      }),
    );
    expect(() => readFrozen(bare)).toThrow(/forms\.forms\/a\.pdf\.projectName\.evidence/);
  });
});
