/**
 * Scanned applications read by OCR in Node (onnxruntime-node, the PP-OCRv4 models), through fact
 * extraction as the CLI runs it: the fixtures (test/fixtures/ocr: text fixtures printed, sealed,
 * skewed and scanned by scripts/zoo/scanner.ts) give the facts of their text twins, each
 * with OCR evidence (confidence, place on the page), and nothing wrong is proposed as certain.
 * Few and small on purpose: each page takes seconds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtractionResult, extractFromPdf } from '../../lib/extract';
import { sameValue } from '../../lib/extract/measure';
import { getPlatform } from '../../lib/platform';
import { diskOcrCache } from '../../lib/platform/node-ocr';
import { builtinPack } from '../../lib/rubric';

const dir = path.resolve('test/fixtures/ocr');
interface Truth {
  file: string;
  rubric: 'liaoning-2022-community' | 'yueyang-2023-alliance';
  facts: Record<string, unknown>;
}
const truths = readdirSync(dir)
  .filter((f) => f.endsWith('.truth.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Truth);
const runs: { truth: Truth; result: ExtractionResult }[] = [];
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'rd-ocr-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

beforeAll(async () => {
  const cache = diskOcrCache(cacheDir);
  for (const truth of truths) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, truth.file)));
    const result = await extractFromPdf(bytes, {
      fileName: truth.file,
      pack: builtinPack(truth.rubric),
      ocr: { service: getPlatform().ocr!(), cache },
    });
    runs.push({ truth, result });
  }
}, 300_000);

describe('scanned applications read by OCR', () => {
  it('reads every scanned page, reliably, with its mean confidence', () => {
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const { result } of runs) {
      expect(result.pagesWithText).toBe(0);
      expect(result.ocr!.pages.map((p) => p.page)).toEqual(result.pagesWithoutText);
      for (const p of result.ocr!.pages) {
        expect(p.reliable).toBe(true);
        expect(p.meanConfidence).toBeGreaterThan(0.9);
      }
    }
  });

  it('gives the facts of the text twin: at least 90% exact, the rest missing or uncertain', () => {
    let exact = 0;
    let total = 0;
    const wrongButCertain: string[] = [];
    for (const { truth, result } of runs) {
      for (const [id, expected] of Object.entries(truth.facts)) {
        total++;
        const fact = result.facts[id];
        if (fact && sameValue(expected, fact.value)) exact++;
        else if (fact && result.ocr!.facts[id]?.certain) {
          wrongButCertain.push(`${truth.file} ${id}: ${JSON.stringify(fact.value)}`);
        }
      }
    }
    expect(wrongButCertain).toEqual([]);
    expect(exact / total).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every fact read from a scan its OCR evidence: confidence and place', () => {
    for (const { result } of runs) {
      for (const [id, fact] of Object.entries(result.facts)) {
        const info = result.ocr!.facts[id];
        expect(info, id).toBeDefined();
        expect(info!.confidence).toBeGreaterThan(0);
        expect(info!.confidence).toBeLessThanOrEqual(1);
        for (const e of info!.evidence) {
          expect(fact.evidence.some((q) => q.page === e.page)).toBe(true);
          expect(e.rect[2]).toBeGreaterThan(e.rect[0]);
          expect(e.rect[3]).toBeGreaterThan(e.rect[1]);
        }
      }
    }
  });

  it('reads the unit under the red seal', () => {
    const sealed = runs.find((r) => r.truth.file === 'ym-form-sealed.pdf')!;
    expect(sealed.result.facts.leadUnit?.value).toBe(sealed.truth.facts.leadUnit);
  });
});
