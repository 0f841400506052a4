/**
 * Label ablation: how a list fact is read when the form names it by no label the pack knows, as
 * unseen writers do (a renamed label, a caption under the list, none at all). The development
 * sets are read through their labels, so their figures say nothing of that: here the fact's own
 * words (its keywords, section headings and item words) are blanked out of every page's text
 * before facts are read (same length, so offsets hold; a word inside another fact's label, as
 * 单位名称 in 牵头单位名称, is kept), and the fact is measured with and without the shape finder
 * (`hints.nameEndings`, lib/extract/readers/units-by-shape.ts), with and without ablation.
 *
 *   npx tsx scripts/ablate-labels.ts DIR... [--facts memberUnits,memberSchools] [--list]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFacts, isUncertain } from '../lib/extract';
import { sameValue } from '../lib/extract/measure';
import { getDocumentText } from '../lib/pdf/document-text';
import { normalize } from '../lib/pdf/normalize';
import { openPdf } from '../lib/pdf/open';
import { wordsPattern } from '../lib/pdf/structure/sections';
import type { PageText } from '../lib/pdf/text';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import type { FactDef, RubricPack } from '../lib/rubric';
import { packFor, type Truth, truthFiles } from './measure-folder';

setPlatform(nodePlatform);

const wordsOf = (def: FactDef) => [
  ...(def.hints?.keywords ?? []),
  ...(def.hints?.sections ?? []),
  ...(def.hints?.items ?? []),
];

/** Every match of `re` (global) in `text`, as [start, end). */
function spans(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)]
    .filter((m) => m[0].length > 0)
    .map((m) => [m.index!, m.index! + m[0].length]);
}

/** The pages with the fact's label words blanked out, other facts' labels kept whole. */
export function ablated(pages: PageText[], pack: RubricPack, fact: string): PageText[] {
  const def = pack.facts.find((f) => f.id === fact);
  if (!def) return pages;
  const own = new RegExp(wordsPattern(wordsOf(def).map(normalize)).source, 'gu');
  const otherWords = pack.facts
    .filter((f) => f.id !== fact && !f.id.startsWith(fact.replace(/s$/, '')))
    .flatMap((f) => f.hints?.keywords ?? [])
    .filter((w) => !wordsOf(def).includes(w));
  const kept = otherWords.length
    ? new RegExp(wordsPattern(otherWords.map(normalize)).source, 'gu')
    : undefined;
  return pages.map((page) => {
    const keep = kept ? spans(kept, page.text) : [];
    const chars = page.text.split('');
    for (const [start, end] of spans(own, page.text)) {
      if (keep.some(([a, b]) => a < end && start < b && b - a > end - start)) continue;
      for (let i = start; i < end; i++) if (!/\s/.test(chars[i]!)) chars[i] = ' ';
    }
    return { ...page, text: chars.join('') };
  });
}

/** The pack without the shape finder's hint. */
function withoutShapes(pack: RubricPack): RubricPack {
  return {
    ...pack,
    facts: pack.facts.map((f) => {
      if (!f.hints?.nameEndings) return f;
      const { nameEndings: _, ...hints } = f.hints;
      return { ...f, hints };
    }),
  };
}

interface Tally {
  stated: number;
  exact: number;
  wrong: number;
  wrongCertain: number;
  /** Proposals by the shape finder: right, wrong where the form states the fact, wrong where not. */
  shapeRight: number;
  shapeWrong: number;
}

const empty = (): Tally => ({
  stated: 0,
  exact: 0,
  wrong: 0,
  wrongCertain: 0,
  shapeRight: 0,
  shapeWrong: 0,
});

async function main() {
  const { values, positionals } = parseArgs({
    options: { facts: { type: 'string' }, list: { type: 'boolean' } },
    allowPositionals: true,
  });
  const factIds = (values.facts ?? 'memberUnits').split(',');
  const configs = ['labels', 'labels+shape', 'ablated', 'ablated+shape'] as const;
  for (const dir of positionals) {
    const tally = Object.fromEntries(configs.map((c) => [c, empty()])) as Record<
      (typeof configs)[number],
      Tally
    >;
    for (const truthFile of truthFiles(dir)) {
      const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
      const pack = packFor(path.dirname(truthFile), truth.rubric);
      const ids = factIds.filter((id) => pack.facts.some((f) => f.id === id));
      if (ids.length === 0) continue;
      const pdfFile = truthFile.replace(/\.truth\.json$/, '.pdf');
      const pdf = await openPdf(new Uint8Array(readFileSync(pdfFile)), {
        fileName: path.basename(pdfFile),
      });
      let pages: PageText[];
      try {
        pages = (await getDocumentText(pdf, { budgetMs: 60_000 })).pages;
      } finally {
        await pdf.close();
      }
      for (const config of configs) {
        let read = pages;
        for (const id of config.startsWith('ablated') ? ids : []) read = ablated(read, pack, id);
        const facts = extractFacts(read, {
          pack: config.endsWith('shape') ? pack : withoutShapes(pack),
        });
        for (const id of ids) {
          const t = tally[config];
          const expected = { ...truth.notInPack, ...truth.facts }[id];
          const got = facts[id];
          const right =
            got !== undefined && expected !== undefined && sameValue(got.value, expected, true);
          if (expected !== undefined) t.stated++;
          if (right) t.exact++;
          else if (got) {
            t.wrong++;
            if (!isUncertain(got)) t.wrongCertain++;
          }
          if (values.list && config === 'ablated+shape' && !got && expected !== undefined) {
            console.log(`  ${config} ${path.basename(pdfFile)} ${id} missed`);
          }
          if (got?.doubts?.includes('unitsByShape')) {
            if (right) t.shapeRight++;
            else t.shapeWrong++;
            if (values.list) {
              console.log(
                `  ${config} ${path.basename(pdfFile)} ${id} ${right ? 'right' : 'WRONG'}\n    got      ${JSON.stringify(got.value)}\n    expected ${JSON.stringify(expected)}`,
              );
            }
          }
        }
      }
    }
    console.log(`${dir}`);
    for (const c of configs) {
      const t = tally[c];
      console.log(
        `  ${c.padEnd(14)} exact ${t.exact}/${t.stated}, wrong ${t.wrong} (certain ${t.wrongCertain}); by shape: right ${t.shapeRight}, wrong ${t.shapeWrong}`,
      );
    }
  }
}

// Run as a script, not when a test imports `ablated`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
