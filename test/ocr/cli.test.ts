/**
 * `review-desk extract` and `check` on a scan, as a user runs them (the real binary): scanned
 * pages are read by OCR, each reported with its mean confidence; facts read from the scan carry
 * their OCR confidence; results are cached per file hash, so a second run reads nothing again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../cli/support';

const scan = path.resolve('test/fixtures/ocr/ln-table-skewed.pdf');
const cache = mkdtempSync(path.join(os.tmpdir(), 'rd-ocr-cli-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, REVIEW_DESK_LANG: 'zh-CN', REVIEW_DESK_CACHE: cache },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('review-desk extract and check on a scan', () => {
  it('reads the scan by OCR, reports each page, then reads it from the cache', async () => {
    const first = await run(['extract', scan, '--rubric', 'liaoning-2022-community', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.pagesWithoutText).toEqual([1]);
    expect(out.ocr.pages).toHaveLength(1);
    expect(out.ocr.pages[0]).toMatchObject({ page: 1, reliable: true, cached: false });
    expect(out.ocr.pages[0].meanConfidence).toBeGreaterThan(0.9);
    expect(out.facts.leadUnit.value).toBeTruthy();
    expect(out.ocr.facts.leadUnit.confidence).toBeGreaterThan(0);

    const second = await run(['extract', scan, '--rubric', 'liaoning-2022-community']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(
      /第 1 页是扫描件，已由 OCR 识别：平均置信度 \d+\.\d%（取自缓存）/,
    );
    expect(second.stdout).toMatch(/\[OCR \d+\.\d%/);

    const check = await run(['check', '--rubric', 'liaoning-2022-community', scan, '--json']);
    expect(check.code, check.stderr).toBe(0);
    const verdict = JSON.parse(check.stdout).applications[0];
    expect(verdict.ocr.pages[0]).toMatchObject({ page: 1, cached: true });
    expect(verdict.rules.some((r: { status: string }) => r.status !== 'unknown')).toBe(true);
  }, 240_000);
});
