/**
 * `review-desk extract` and `review-desk check` with PDF files. The JSON contracts run as a user
 * would (the real binary, in child processes started together); the readable table and the
 * error sentences run the same command in process, which is much faster.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from '../../bin/cli';
import { extractCommand } from '../../bin/commands/extract';
import { localizeError } from '../../lib/i18n';
import { BIN } from '../cli/support';

/** The command in this process: what it prints, or the sentence `main` would print for its error. */
async function inProcess(args: string[], language: 'zh-CN' | 'en' = 'zh-CN') {
  const ctx = makeContext(language);
  let stdout = '';
  ctx.out = (text) => {
    stdout += `${text}\n`;
  };
  try {
    await extractCommand.run({ ...ctx, cwd: process.cwd() }, args);
    return { stdout, error: '' };
  } catch (error) {
    return { stdout, error: localizeError(ctx.i18n, error) };
  }
}

const FX = path.resolve('test/fixtures');
const form = path.join(FX, 'extract/ym-form-docx.pdf');
const scan = path.join(FX, 'extract/ym-form-scan.pdf');
const locked = path.join(FX, 'pdf/encrypted-zh-password.pdf');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rd-extract-cli-'));
const empty = path.join(tmp, '空文件.pdf');
writeFileSync(empty, new Uint8Array());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], lang = 'zh-CN'): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, REVIEW_DESK_LANG: lang },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const runs = {
  json: ['extract', form, '--rubric', 'yueyang-2023-alliance', '--json'],
  // Scans are read by OCR by default (test/ocr/cli.test.ts); here they are only reported.
  check: ['check', '--rubric', 'yueyang-2023-alliance', form, scan, '--json', '--no-ocr'],
};
const results: Partial<Record<keyof typeof runs, Run>> = {};

beforeAll(async () => {
  const names = Object.keys(runs) as (keyof typeof runs)[];
  const done = await Promise.all(names.map((n) => run(runs[n])));
  names.forEach((n, i) => {
    results[n] = done[i]!;
  });
}, 120_000);

describe('review-desk extract', () => {
  it('--json prints one object: facts with evidence, pages from 1, absent facts absent', () => {
    const r = results.json!;
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual([
      'facts',
      'file',
      'pages',
      'pagesWithText',
      'pagesWithoutText',
      'sha256',
    ]);
    expect(out).toMatchObject({
      file: 'ym-form-docx.pdf',
      pages: 2,
      pagesWithText: 2,
      pagesWithoutText: [],
    });
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.facts.projectName.value).toBe('小学编程教育网络教研联盟');
    expect(out.facts.projectName.evidence[0]).toMatchObject({ page: 1 });
    expect(out.facts.projectName.evidence[0].quote).toContain('小学编程教育网络教研联盟');
    expect(out.facts.coreMembers.value.length).toBeGreaterThanOrEqual(8);
    expect('category' in out.facts).toBe(false);
    expect(Object.values(out.facts).every((f) => f !== null)).toBe(true);
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await inProcess([form]);
    expect(stdout).toContain('项目名称');
    expect(stdout).toContain('小学编程教育网络教研联盟（12 字）');
    expect(stdout).toContain('第 1 页：');
  });

  it('prints each value with its confidence, and with --explain the structure it came from', async () => {
    const { stdout } = await inProcess([form, '--rubric', 'yueyang-2023-alliance', '--explain']);
    expect(stdout).toMatch(/把握 \d+%/);
    expect(stdout).toContain('来自表格');
    expect(stdout).toContain('来自勾选框');
    const json = JSON.parse(results.json!.stdout);
    expect(json.facts.coreMembers.confidence).toBeGreaterThan(0);
    expect(json.facts.coreMembers.source).toBe('table');
  });

  it('with --no-ocr reads nothing from a scan and says its pages need OCR', async () => {
    const { stdout } = await inProcess([scan, '--no-ocr']);
    expect(stdout).toContain('没有读到任何事实');
    expect(stdout).toContain('第 2 页没有文字层');
  });

  it('names the file in one sentence for an empty or locked file; opens with --password', async () => {
    expect((await inProcess([empty])).error).toContain('“空文件.pdf”是空文件');
    expect((await inProcess([locked], 'en')).error).toContain(
      '"encrypted-zh-password.pdf" is protected by a password',
    );
    const unlocked = await inProcess([locked, '--password', '评审台', '--json']);
    expect(JSON.parse(unlocked.stdout).pagesWithText).toBe(1);
    expect((await inProcess([])).error).toContain('review-desk extract');
  });
});

describe('review-desk check with PDF files', () => {
  it('extracts each file, ids are file names, a scan not read (--no-ocr) has facts unknown', () => {
    const r = results.check!;
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const byId = Object.fromEntries(out.applications.map((a: { id: string }) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['ym-form-docx.pdf', 'ym-form-scan.pdf']);
    expect(byId['ym-form-scan.pdf'].eligible).toBeNull();
    expect(
      byId['ym-form-scan.pdf'].rules.every((rule: { status: string }) => rule.status === 'unknown'),
    ).toBe(true);
    expect(byId['ym-form-docx.pdf'].eligible).not.toBeNull();
  });
});
