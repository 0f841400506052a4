/**
 * `review-desk report` on the demo panels' full backups (the files `review-desk demo` writes,
 * made here in-process without the PDFs): the JSON contract of issue 9, the text table, and the
 * errors a user can meet.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPanels } from '../../lib/demo';
import { demoPanelFile } from '../../lib/demo/panel';
import { decodeContainer, encodeContainer } from '../../lib/sync/rdsync-format';
import { runCli } from './support';

let dir: string;
const file = (rubric: string) => path.join(dir, `${rubric}.rdsync`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-report-'));
  for (const demo of demoPanels()) await writeFile(file(demo.rubricId), await demoPanelFile(demo));
}, 180_000);

const keys = (o: object) => Object.keys(o).sort();

// Each run starts the CLI (tsx) in a child process: slow on a shared machine, never timed.
describe('review-desk report', { timeout: 240_000 }, () => {
  it('--json prints exactly the shape of issue 9, with the demo disagreements in it', () => {
    const result = runCli(['report', '--panel', file('liaoning-2022-community'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(keys(json)).toEqual(['agreement', 'applications', 'panel', 'reviewers']);
    expect(keys(json.agreement)).toEqual(['alpha', 'icc21', 'icc2k', 'kendallW']);
    expect(json.applications).toHaveLength(8);
    for (const app of json.applications) {
      expect(keys(app)).toEqual(['decision', 'flags', 'id', 'reviews', 'stats', 'title']);
      expect(keys(app.stats)).toEqual(['mean', 'median', 'n', 'range', 'sd', 'trimmedMean']);
      expect(app.decision).toBeNull();
      // Five experts submitted every application.
      expect(app.stats.n).toBe(5);
      expect(app.reviews.filter((r: { status: string }) => r.status === 'submitted')).toHaveLength(
        5,
      );
      for (const review of app.reviews) {
        expect(keys(review)).toEqual(['reviewer', 'scores', 'status', 'total']);
        expect(keys(review.scores)).toEqual([
          'cases',
          'feasibility',
          'organisation',
          'outreach',
          'practice',
          'support',
        ]);
        // The total is the pack's total (a sum pack: the criterion scores added up).
        const sum = Object.values(review.scores as Record<string, number>).reduce(
          (a, b) => a + b,
          0,
        );
        expect(review.total).toBe(sum);
      }
      for (const flag of app.flags) {
        expect(keys(flag)).toEqual(['kind', 'message']);
        expect(flag.message).not.toMatch(/\{\{|reconcile:/);
      }
    }
    // Real disagreement, a lenient and a harsh expert, one disputed fact, one conflict.
    expect(
      Math.max(...json.applications.map((a: { stats: { range: number } }) => a.stats.range)),
    ).toBeGreaterThanOrEqual(10);
    const flags = json.applications.flatMap((a: { flags: { kind: string }[] }) =>
      a.flags.map((f) => f.kind),
    );
    expect(flags).toContain('divergent');
    expect(flags.filter((k: string) => k === 'factDisputed')).toHaveLength(1);
    expect(flags).toContain('conflictOfInterest');
    const severities = json.reviewers.map((r: { severity: number }) => r.severity);
    expect(Math.max(...severities)).toBeGreaterThan(5);
    expect(Math.min(...severities)).toBeLessThan(-5);
    for (const r of json.reviewers) expect(keys(r)).toEqual(['id', 'n', 'name', 'severity']);
    expect(json.agreement.icc21).toBeGreaterThan(0);
    expect(json.agreement.icc21).toBeLessThan(1);
    expect(json.panel.rubric).toBe('liaoning-2022-community');
  });

  it('ranks by the statistic asked for and leaves conflicted reviewers out when asked', () => {
    const plain = JSON.parse(
      runCli(['report', '--panel', file('liaoning-2022-community'), '--json']).stdout,
    );
    const left = runCli([
      'report',
      '--panel',
      file('liaoning-2022-community'),
      '--json',
      '--leave-out-conflicts',
      '--rank-by',
      'median',
    ]);
    expect(left.code, left.stderr).toBe(0);
    const json = JSON.parse(left.stdout);
    const conflicted = json.applications.find((a: { flags: { kind: string }[] }) =>
      a.flags.some((f) => f.kind === 'conflictOfInterest'),
    );
    const before = plain.applications.find((a: { id: string }) => a.id === conflicted.id);
    expect(conflicted.stats.n).toBe(before.stats.n - 1);
    const medians = json.applications.map((a: { stats: { median: number } }) => a.stats.median);
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
  });

  it('prints a readable table, in English on request', () => {
    const zh = runCli(['report', '--panel', file('yueyang-2023-alliance')]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('评审组：岳阳市');
    expect(zh.stdout).toContain('示例专家丁');
    expect(zh.stdout).toContain('一致性');
    expect(zh.stdout).toContain('ICC(2,1)');
    const en = runCli(['report', '--panel', file('yueyang-2023-alliance'), '--lang', 'en']);
    expect(en.stdout).toContain('Ranked by: mean');
    expect(en.stdout).toContain('Agreement (8 applications × 5 reviewers');
    expect(en.stdout).not.toMatch(/\{\{/);
  });

  it('says what is wrong with a missing file, a file that is not .rdsync or a bad statistic', async () => {
    const missing = runCli(['report', '--panel', path.join(dir, 'nope.rdsync')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    expect(runCli(['report']).stderr).toContain('--panel');
    const bad = runCli(['report', '--panel', file('yueyang-2023-alliance'), '--rank-by', 'max']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('mean、median');
    const notRdsync = path.join(dir, 'not.rdsync');
    await writeFile(notRdsync, 'hello');
    expect(runCli(['report', '--panel', notRdsync]).stderr).toContain('.rdsync');
    expect(runCli(['report', '--panel', notRdsync]).stderr).not.toMatch(/at .*\.ts:/);
  });

  it('refuses a tampered file and changes nothing', async () => {
    const bytes = new Uint8Array(
      await import('node:fs/promises').then((fs) => fs.readFile(file('yueyang-2023-alliance'))),
    );
    const parts = decodeContainer(bytes);
    const payload = parts[0]!.payload.slice();
    payload[payload.length - 10]! ^= 1;
    const tampered = path.join(dir, 'tampered.rdsync');
    await writeFile(tampered, encodeContainer([{ ...parts[0]!, payload }]));
    const result = runCli(['report', '--panel', tampered]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('签名时不一致');
  });
});
