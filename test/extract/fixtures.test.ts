/**
 * Extraction over the generated fixtures (scripts/fixtures → test/fixtures/extract): precision
 * and recall per fact, printed as a table. Text PDFs must come out exactly right, every fact;
 * scans must yield no facts and report every page as needing OCR. Every proposed fact carries
 * evidence whose quote stands in the page's text as it is in the file, and can be highlighted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExtractedFacts, extractFacts } from '../../lib/extract';
import { Scoreboard } from '../../lib/extract/measure';
import { STANDARD_FACT_IDS } from '../../lib/facts/standard';
import { fromSource, normalizeText } from '../../lib/pdf/normalize';
import { openPdf } from '../../lib/pdf/open';
import { getDocumentText, type PageText, rectsForRange } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');

interface Truth {
  file: string;
  rubric: 'liaoning-2022-community' | 'yueyang-2023-alliance';
  producer: string;
  facts: Record<string, unknown>;
  pagesWithoutText: number[];
}

const truths: Truth[] = readdirSync(dir)
  .filter((f) => f.endsWith('.truth.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Truth);

interface Run {
  truth: Truth;
  pages: PageText[];
  facts: ExtractedFacts;
}

const runs: Run[] = [];
const board = new Scoreboard();

beforeAll(async () => {
  for (const truth of truths) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, truth.file)));
    const pdf = await openPdf(bytes, { fileName: truth.file });
    const { pages } = await getDocumentText(pdf);
    await pdf.close();
    const pack = builtinPack(truth.rubric);
    const facts = extractFacts(pages, { pack });
    runs.push({ truth, pages, facts });
    // The pack's own facts (age, e-mail, date submitted) are not in these forms' truth.
    const standard = Object.fromEntries(Object.entries(facts).filter(([id]) => isStandard(id)));
    board.add(truth.file, truth.facts, standard);
  }
  console.log(`Extraction over ${truths.length} fixtures\n${board.table()}`);
}, 120_000);

function isStandard(id: string): boolean {
  return (STANDARD_FACT_IDS as string[]).includes(id);
}

describe('fact extraction over the fixtures', () => {
  it('has fixtures from every producer, for both calls, with scans', () => {
    const producers = new Set(truths.map((t) => t.producer));
    expect([...producers].sort()).toEqual(['chromium', 'docx', 'odt', 'pdf-lib', 'scan']);
    expect(new Set(truths.map((t) => t.rubric)).size).toBe(2);
  });

  it('gets every fact of every text PDF exactly right (precision and recall 100%)', () => {
    const wrong = board.mismatches.map(
      (m) =>
        `${m.file} ${m.fact}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
    );
    expect(wrong).toEqual([]);
  });

  it('reads nothing from scans and reports their pages as needing OCR', () => {
    const scans = runs.filter((r) => r.truth.producer === 'scan');
    expect(scans.length).toBeGreaterThan(0);
    for (const { truth, facts } of scans) expect(facts, truth.file).toEqual({});
    // Also a text PDF with a scanned page added: that page, and only it, needs OCR.
    expect(
      runs.some((r) => r.truth.producer !== 'scan' && r.truth.pagesWithoutText.length > 0),
    ).toBe(true);
    for (const { truth, pages } of runs) {
      expect(
        pages.filter((p) => !p.hasText).map((p) => p.page),
        truth.file,
      ).toEqual(truth.pagesWithoutText);
    }
  });

  it('gives evidence that stands in the page text as in the file, and can be highlighted', () => {
    for (const { truth, pages, facts } of runs) {
      for (const [id, fact] of Object.entries(facts)) {
        expect(fact.evidence.length, `${truth.file} ${id}`).toBeGreaterThan(0);
        for (const e of fact.evidence) {
          const page = pages.find((p) => p.page === e.page);
          expect(page, `${truth.file} ${id} page ${e.page}`).toBeDefined();
          const at = page!.source.indexOf(e.quote);
          expect(at, `${truth.file} ${id}: "${e.quote}"`).toBeGreaterThanOrEqual(0);
          const n = { text: page!.text, toSource: page!.toSource };
          const start = fromSource(n, at);
          const end = fromSource(n, at + e.quote.length);
          const rects = rectsForRange(page!, start, end);
          expect(rects.length, `${truth.file} ${id} rects`).toBeGreaterThan(0);
          const [vx0, vy0, vx1, vy1] = page!.view;
          for (const [x0, y0, x1, y1] of rects) {
            expect(x0 >= vx0 - 1 && y0 >= vy0 - 5 && x1 <= vx1 + 1 && y1 <= vy1 + 5).toBe(true);
          }
        }
      }
    }
  });

  it('normalises what it reads: no radicals or full-width digits in values', () => {
    for (const { truth, facts } of runs) {
      const text = JSON.stringify(Object.values(facts).map((f) => f.value));
      expect(/[\u2e80-\u2fdf\uff10-\uff19]/.test(text), truth.file).toBe(false);
      expect(normalizeText(text).text).toBe(text);
    }
  });
});
