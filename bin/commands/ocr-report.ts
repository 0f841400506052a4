/**
 * OCR in the CLI (`extract`, `check`): scanned pages are read by the Node platform's OCR
 * (onnxruntime-node) unless `--no-ocr`, with results cached on disk per file hash (see
 * lib/platform/node-ocr.ts); and the lines that report it: which pages were read by OCR with
 * their mean confidence, and each fact read from a scan with its confidence.
 */
import type { ExtractionResult } from '../../lib/extract';
import type { ExtractionOcrOptions } from '../../lib/ocr/extraction';
import { getPlatform } from '../../lib/platform';
import { diskOcrCache } from '../../lib/platform/node-ocr';
import type { CliContext } from '../cli-kit';

/** OCR options for extraction, or undefined with `--no-ocr` (or where the platform has none). */
export function cliOcrOptions(
  ctx: CliContext,
  enabled: boolean,
  known?: readonly string[],
): ExtractionOcrOptions | undefined {
  const service = enabled ? getPlatform().ocr?.() : undefined;
  if (!service) return undefined;
  return {
    service,
    cache: diskOcrCache(),
    ...(known?.length ? { known } : {}),
    onPage: (_page, done, total) => {
      // Progress only for a person watching; pipes and tests get the result alone.
      if (process.stderr.isTTY) ctx.err(ctx.t('ocr:cli.progress', { done, total }));
    },
  };
}

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

/** The OCR note after a fact's value in the readable table ('' for facts from text layers). */
export function ocrFactNote(ctx: CliContext, result: ExtractionResult, id: string): string {
  const info = result.ocr?.facts[id];
  if (!info) return '';
  const key = info.certain ? 'ocr:cli.fact' : 'ocr:cli.factUncertain';
  const notes = [ctx.t(key, { confidence: percent(info.confidence) })];
  for (const s of info.snapped ?? []) notes.push(ctx.t('ocr:cli.snapped', s));
  return `  ${notes.join('; ')}`;
}

/** One line per page read by OCR (or that OCR could not read). */
export function printOcrPages(ctx: CliContext, result: ExtractionResult): void {
  for (const p of result.ocr?.pages ?? []) {
    const confidence = percent(p.meanConfidence);
    if (!p.reliable) ctx.out(ctx.t('ocr:cli.unreliable', { page: p.page, confidence }));
    else {
      const cached = p.cached ? ctx.t('ocr:cli.cached') : '';
      ctx.out(ctx.t('ocr:cli.page', { page: p.page, confidence, cached }));
    }
  }
  for (const f of result.ocr?.failures ?? []) ctx.out(ctx.t('ocr:cli.failed', f));
}

/** Pages without text that OCR did not read (none when every scanned page was read). */
export function pagesNotRead(result: ExtractionResult): number[] {
  const read = new Set(result.ocr?.pages.map((p) => p.page));
  return result.pagesWithoutText.filter((p) => !read.has(p));
}

/** Names other applications state (units, recommending bodies): what unsure readings may mean. */
export function knownNames(results: ExtractionResult[]): string[] {
  const names = new Set<string>();
  for (const r of results) {
    for (const [id, fact] of Object.entries(r.facts)) {
      if (r.ocr?.facts[id]) continue; // only names read from text layers count as known
      collectNames(id, fact.value, names);
    }
  }
  return [...names];
}

function collectNames(key: string, value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (/unit|body|name/i.test(key) && value.length >= 4) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectNames(key, v, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectNames(k === 'name' ? key : k, v, out);
  }
}
