import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support';

describe('review-desk CLI', () => {
  it('--help lists the subcommands, in Chinese by default and in English on request', () => {
    const zh = runCli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('demo');
    expect(zh.stdout).toContain('命令');
    const en = runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Commands:');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('an unknown command is a usage error with a sentence, exit 2', () => {
    const result = runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('frobnicate');
    expect(result.stderr).toContain('--help');
  });

  it('demo --out writes both panels: PDFs, demo.json and a full backup per panel', {
    timeout: 240_000,
  }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rd-demo-'));
    const result = runCli(['demo', '--out', dir]);
    expect(result.code, result.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(dir, 'demo.json'), 'utf8'));
    expect(manifest.panels).toHaveLength(2);
    for (const panel of manifest.panels) {
      expect(panel.applications.length).toBeGreaterThanOrEqual(6);
      const files = await readdir(path.join(dir, panel.id));
      for (const app of panel.applications) {
        expect(files).toContain(app.path);
        const head = (await readFile(path.join(dir, panel.id, app.path))).subarray(0, 5).toString();
        expect(head).toBe('%PDF-');
      }
      // The panel with its experts' reviews, as `review-desk report --panel` reads it.
      const backup = await readFile(path.join(dir, `${panel.rubricId}.rdsync`));
      expect(backup.subarray(0, 6).toString()).toBe('RDSYNC');
    }
  });

  it('demo without --out says which option is missing', () => {
    const result = runCli(['demo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out');
  });
});
