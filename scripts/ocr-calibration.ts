/**
 * Does the certain/uncertain decision for values read by OCR carry over to forms it was not
 * written on? Collects, for every fact read from the cached scans of development sets, the
 * features a score could use (the confidences of the characters its value was read from, of its
 * whole quote, of the page; its kind and length; whether post-processing changed it; the finder's
 * own doubt) and whether it equals the text twin's value, then cross-validates simple monotone
 * criteria between the sets: a threshold is chosen on all sets but one (the most lenient that
 * leaves none of OCR's own wrong-but-certain there) and measured on the one left out, unchanged.
 *
 *   npx tsx scripts/ocr-calibration.ts --cache DIR --dir SET1 --dir SET2 --dir SET3 [--out FILE]
 *   npx tsx scripts/ocr-calibration.ts --features FILE      (analysis only, from a collected FILE)
 *
 * Reads only cached readings (`ocr-measure --cache`; forms whose pages are not cached are left
 * out, nothing is read anew): about 30 s for three sets of 40-48 forms. Two layers are measured:
 *   - generic: what the character rule alone proposes as certain (page reliable, every character
 *     of the value at CHAR_CONFIDENCE_FLOOR or more, the finder not in doubt) — no doubt written
 *     after looking at a set, so a criterion tuned here is tested as it would meet unseen layouts;
 *   - current: what the app proposes as certain now (every doubt included), where a criterion's
 *     cost is what it would take from reviewers on top.
 * "Own" wrong-but-certain: certain, not the twin's value, and not the truth's either.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractFacts, isUncertain } from '../lib/extract';
import { sameValue } from '../lib/extract/measure';
import type { ExtractedFact } from '../lib/facts/standard';
import { OCR_VERSION, type OcrImageResult } from '../lib/ocr/engine';
import { spellForPack } from '../lib/ocr/extraction';
import {
  CHAR_CONFIDENCE_FLOOR,
  isOcrPageText,
  type OcrPage,
  type OcrPageText,
  ocrPageText,
} from '../lib/ocr/page-text';
import { dictionaryClasses } from '../lib/ocr/recognize';
import type { OcrService } from '../lib/ocr/service';
import { BOX_LOOKALIKES, CHECKED, UNCHECKED } from '../lib/ocr/words';
import { getDocumentText } from '../lib/pdf/document-text';
import { normalizeText } from '../lib/pdf/normalize';
import { openPdf } from '../lib/pdf/open';
import type { PageText } from '../lib/pdf/text';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { ocrModelPaths } from '../lib/platform/node-ocr';
import { builtinPack } from '../lib/rubric';
import { annotateAsTheAppDoes } from './ocr-annotate';

setPlatform(nodePlatform);
/** Marks whose confidence counts for a whole quote (as in facts.ts: a grid's boxes). */
const BOXES = new Set([CHECKED, UNCHECKED, ...BOX_LOOKALIKES]);
const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true },
    cache: { type: 'string' },
    out: { type: 'string' },
    features: { type: 'string' },
  },
});

/** One fact read from a scan, with what a score could be made of. */
interface Row {
  set: string;
  file: string;
  id: string;
  kind: 'string' | 'list' | 'records' | 'number' | 'boolean' | 'object';
  source?: string;
  /** The finder's own confidence, before OCR's. */
  finder: number;
  /** As the app decides now (every doubt included), and OCR's confidence. */
  certain: boolean;
  ocrConfidence: number;
  pageMean: number;
  pageReliable: boolean;
  /** Confidences of the characters the value's strings were read from (the whole quote when it has none). */
  value: number[];
  /** Strings of the value not found in its quotes as read (a normalised or built value). */
  leavesMissing: number;
  leaves: number;
  /** Confidences of every character of the quotes, the value's and the labels'. */
  quote: number[];
  /** Post-processing changed the value (snapped, a better reading elsewhere, brackets dropped). */
  repaired: boolean;
  items: number;
  /**
   * The same finders on the pages read without their unsure characters (below the floor) give
   * the same value (stable), or at least a value of the same shape: as many items, the same keys.
   */
  stable: boolean;
  stableShape: boolean;
  twin: boolean;
  twinMissing: boolean;
  /** The value proposed and the twin's, as JSON (for reading the cases one by one). */
  got: string;
  twinValue?: string;
  truth: boolean;
}

interface Truth {
  file: string;
  rubric: 'liaoning-2022-community' | 'yueyang-2023-alliance';
  producer: string;
  facts: Record<string, unknown>;
  pagesWithoutText?: number[];
}

function readCached(cache: string, prefix: string, file: string): OcrPage[] | null {
  const geometryFile = path.join(cache, `${prefix}${file}.v0.geometry.json`);
  if (!existsSync(geometryFile)) return null;
  const pageFile = (n: number) =>
    path.join(cache, `${prefix}${file}.v0.p${n}.ocr${OCR_VERSION}.d-.json`);
  const geometry = JSON.parse(readFileSync(geometryFile, 'utf8')) as Omit<OcrPage, 'image'>[];
  if (!geometry.every((g) => existsSync(pageFile(g.page)))) return null;
  return geometry.map((g) => ({
    ...g,
    image: JSON.parse(readFileSync(pageFile(g.page), 'utf8')) as OcrImageResult,
  }));
}

/** A page's reading with every character below the floor left out (lines left empty dropped). */
function withoutUnsure(page: OcrPage): OcrPage {
  const lines = page.image.lines
    .map((l) => ({ ...l, chars: l.chars.filter((c) => c.p >= CHAR_CONFIDENCE_FLOOR) }))
    .filter((l) => l.chars.length > 0);
  return { ...page, image: { ...page.image, lines } };
}

/** A value's shape: its kind, how many items, which keys. */
function shape(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shape).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().join(',')}}`;
  return typeof value;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

function kindOf(value: unknown): Row['kind'] {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    return value.some((v) => v && typeof v === 'object') ? 'records' : 'list';
  }
  return 'object';
}

/** Confidences of the non-blank characters of source[from, to). */
function confidences(page: OcrPageText, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (page.source[i]!.trim() === '') continue;
    out.push(page.ocr.confidence[i] ?? 1);
  }
  return out;
}

/** The features of one fact's reading (as facts.ts locates quotes and values). */
function readingFeatures(fact: ExtractedFact, pages: Map<number, OcrPageText>) {
  const quote: number[] = [];
  const value: number[] = [];
  const boxes: number[] = [];
  let pageMean = 1;
  let pageReliable = true;
  const leaves = strings(fact.value).filter((s) => s.trim() !== '');
  const ranges: { page: OcrPageText; start: number; end: number }[] = [];
  for (const e of fact.evidence) {
    const page = pages.get(e.page);
    if (!page) continue;
    pageMean = Math.min(pageMean, page.ocr.meanConfidence);
    pageReliable &&= page.ocr.reliable;
    const at = page.source.indexOf(e.quote);
    if (at < 0) continue;
    ranges.push({ page, start: at, end: at + e.quote.length });
    quote.push(...confidences(page, at, at + e.quote.length));
    for (let i = at; i < at + e.quote.length; i++) {
      if (BOXES.has(page.source[i]!)) boxes.push(page.ocr.confidence[i] ?? 1);
    }
  }
  let missing = 0;
  for (const leaf of leaves) {
    const wanted = normalizeText(leaf).text;
    let hit = false;
    for (const r of ranges) {
      // Offsets of the quote in the normalised text (toSource is monotonic).
      const { page } = r;
      const t0 = page.toSource.findIndex((s) => s >= r.start);
      let t1 = page.toSource.findIndex((s) => s >= r.end);
      if (t1 < 0) t1 = page.text.length;
      const at = page.text.slice(t0, t1).indexOf(wanted);
      if (at < 0) continue;
      for (let i = t0 + at; i < t0 + at + wanted.length; i++) {
        if (page.text[i]!.trim() === '') continue;
        value.push(page.ocr.confidence[page.toSource[i]!] ?? 1);
      }
      hit = true;
      break;
    }
    if (!hit) missing++;
  }
  // As facts.ts takes them: a string not found as read (an option's id, a normalised value), and
  // numbers, yes/no and choices, are as sure as the whole quote; box marks count everywhere.
  if (missing > 0 || leaves.length === 0) value.push(...quote);
  else value.push(...boxes);
  return { quote, value, pageMean, pageReliable, leaves: leaves.length, leavesMissing: missing };
}

async function collect(dirs: string[], cache: string): Promise<Row[]> {
  const dictionary = new Set(
    dictionaryClasses(readFileSync(ocrModelPaths().dictionary, 'utf8')).slice(1),
  );
  const service = { dictionary: async () => dictionary } as unknown as OcrService;
  const rows: Row[] = [];
  for (const dir of dirs) {
    const source = path.resolve(dir);
    const prefix = `${source.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '')}/`;
    const set = path.basename(path.dirname(source)) || source;
    const truths = readdirSync(source)
      .filter((f) => f.endsWith('.truth.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(source, f), 'utf8')) as Truth)
      .filter((t) => t.producer !== 'scan' && (t.pagesWithoutText ?? []).length === 0);
    for (const truth of truths) {
      const ocrPages = readCached(cache, prefix, truth.file);
      if (!ocrPages) {
        console.error(`${set} ${truth.file}: not cached, left out`);
        continue;
      }
      const bytes = new Uint8Array(readFileSync(path.join(source, truth.file)));
      const twinPdf = await openPdf(bytes, { fileName: truth.file });
      const twinPages = (await getDocumentText(twinPdf, { budgetMs: 120_000 })).pages.filter(
        (p) => p.hasText,
      );
      await twinPdf.close();
      const pack = builtinPack(truth.rubric);
      const twinFacts = extractFacts(twinPages, { pack });
      const pages: PageText[] = await spellForPack(
        ocrPages.map((p) => ocrPageText(p)),
        { service },
        pack,
      );
      const facts = extractFacts(pages, { pack });
      const before = structuredClone(facts);
      const sureOnly = await spellForPack(
        ocrPages.map((p) => ocrPageText(withoutUnsure(p))),
        { service },
        pack,
      );
      const perturbed = extractFacts(sureOnly, { pack });
      const summary = await annotateAsTheAppDoes(facts, pages, service, pack);
      const byPage = new Map<number, OcrPageText>();
      for (const p of pages) if (isOcrPageText(p)) byPage.set(p.page, p);
      for (const [id, fact] of Object.entries(facts)) {
        const info = summary.facts[id];
        if (!info) continue;
        const read = before[id]!;
        const features = readingFeatures(read, byPage);
        const twin = twinFacts[id];
        rows.push({
          set,
          file: truth.file,
          id,
          kind: kindOf(fact.value),
          ...(read.source ? { source: read.source } : {}),
          finder: read.confidence ?? 1,
          certain: !isUncertain(fact),
          ocrConfidence: info.confidence,
          ...features,
          repaired: !sameValue(read.value, fact.value),
          stable: perturbed[id] !== undefined && sameValue(perturbed[id]!.value, read.value),
          stableShape:
            perturbed[id] !== undefined && shape(perturbed[id]!.value) === shape(read.value),
          items: Array.isArray(fact.value) ? fact.value.length : 1,
          twin: twin !== undefined && sameValue(twin.value, fact.value),
          twinMissing: twin === undefined,
          got: JSON.stringify(fact.value),
          ...(twin ? { twinValue: JSON.stringify(twin.value) } : {}),
          truth: id in truth.facts && sameValue(truth.facts[id], fact.value),
        });
      }
    }
    console.error(`${set}: ${rows.filter((r) => r.set === set).length} facts read from scans`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Analysis

const own = (r: Row) => !r.twin && !r.truth;
const min = (xs: number[]) => (xs.length ? Math.min(...xs) : 1);
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 1);
/** Probability that every character is right, were the confidences calibrated and independent. */
const product = (xs: number[]) => xs.reduce((p, x) => p * x, 1);

/** Monotone scores: higher is surer; a value is certain when its score reaches the threshold. */
const SCORES: Record<string, (r: Row) => number> = {
  'value min': (r) => min(r.value),
  'value 2nd lowest': (r) => [...r.value].sort((a, b) => a - b)[1] ?? 1,
  'value mean': (r) => mean(r.value),
  'value product': (r) => product(r.value),
  'quote min': (r) => min(r.quote),
  'quote mean': (r) => mean(r.quote),
  'quote product': (r) => product(r.quote),
  'page mean': (r) => r.pageMean,
  'value length (neg)': (r) => -r.value.length,
  'items (neg)': (r) => -r.items,
};

/** Which values a criterion applies to: all, or only lists (of titles, of records). */
const SCOPES: Record<string, (r: Row) => boolean> = {
  all: () => true,
  lists: (r) => r.kind === 'list' || r.kind === 'records',
};

/**
 * What the character rule alone proposes as certain (page reliable, every character of the value
 * at the floor, the finder not in doubt): no doubt written after looking at a set.
 */
const generic = (r: Row) =>
  r.pageReliable && r.finder >= 0.6 && min(r.value) >= CHAR_CONFIDENCE_FLOOR;

/** The most lenient threshold leaving no own wrong-but-certain among `rows`. */
function tuneThreshold(rows: Row[], score: (r: Row) => number): number {
  const wrong = rows.filter(own).map(score);
  if (wrong.length === 0) return Number.NEGATIVE_INFINITY;
  const worst = Math.max(...wrong);
  // Halfway to the next score up (or a hair above the surest wrong value).
  const above = rows
    .map(score)
    .filter((s) => s > worst)
    .sort((a, b) => a - b)[0];
  return above === undefined ? worst + 1e-9 : (worst + above) / 2;
}

/** A criterion on one set: what it leaves and what it costs, on both layers. */
function outcome(rows: Row[], inScope: (r: Row) => boolean, held: (r: Row) => boolean) {
  const layer = rows.filter(generic);
  const dropped = (r: Row) => inScope(r) && !held(r);
  const current = rows.filter((r) => r.certain);
  return {
    ownWrong: layer.filter((r) => own(r) && !dropped(r)).length,
    ownWrongBefore: layer.filter(own).length,
    cost: layer.filter((r) => r.twin && dropped(r)).length,
    exact: layer.filter((r) => r.twin).length,
    costNow: current.filter((r) => r.twin && dropped(r)).length,
    exactNow: current.filter((r) => r.twin).length,
    ownWrongNow: current.filter((r) => own(r) && !dropped(r)).length,
  };
}

const cell = (o: ReturnType<typeof outcome>) =>
  `own ${o.ownWrong}/${o.ownWrongBefore} cost ${o.cost}/${o.exact} now ${o.costNow}/${o.exactNow}`;

function analyse(rows: Row[]): void {
  const sets = [...new Set(rows.map((r) => r.set))].sort();
  for (const set of sets) {
    const of = rows.filter((r) => r.set === set);
    const g = of.filter(generic);
    const c = of.filter((r) => r.certain);
    console.log(
      `${set}: ${of.length} facts from scans, ${of.filter((r) => r.twin).length} as the twin; ` +
        `character rule alone: ${g.length} certain, ${g.filter(own).length} own wrong; ` +
        `now: ${c.length} certain, ${c.filter(own).length} own wrong, ${c.filter((r) => !r.twin && r.truth).length} the truth's`,
    );
  }
  console.log(
    '\nTuned on two sets (character rule alone, most lenient threshold with no own wrong-but-certain\n' +
      "there), measured on the third: own = OCR's own wrong-but-certain left of the character rule's;\n" +
      'cost = twin-exact values moved to uncertain (of those the character rule proposes as certain);\n' +
      'now = the same cost on top of the doubts as they stand (of the exact values certain now).',
  );
  for (const [scopeName, inScope] of Object.entries(SCOPES)) {
    for (const [name, score] of Object.entries(SCORES)) {
      const cells = sets.map((heldOut) => {
        const train = rows.filter((r) => r.set !== heldOut && generic(r) && inScope(r));
        const t = tuneThreshold(train, score);
        const o = outcome(
          rows.filter((r) => r.set === heldOut),
          inScope,
          (r) => score(r) >= t,
        );
        const shown = t === Number.NEGATIVE_INFINITY ? '-inf' : t.toFixed(4);
        return `${heldOut.replace('heldout-', '')} t ${shown} ${cell(o)}`;
      });
      console.log(`${`${scopeName}: ${name}`.padEnd(28)}${cells.join(' | ')}`);
    }
  }
  // Criteria with nothing to tune (so every set is held out): a value is certain only when…
  const untuned: Record<string, [(r: Row) => boolean, (r: Row) => boolean]> = {
    'every quote char at the floor': [SCOPES.all!, (r) => min(r.quote) >= CHAR_CONFIDENCE_FLOOR],
    'the same, lists only': [SCOPES.lists!, (r) => min(r.quote) >= CHAR_CONFIDENCE_FLOOR],
    'same value without unsure chars': [SCOPES.all!, (r) => r.stable],
    'same shape without unsure chars': [SCOPES.all!, (r) => r.stableShape],
    'never, for a list': [SCOPES.lists!, () => false],
  };
  console.log('\nUntuned criteria (nothing chosen on any set):');
  for (const [name, [inScope, held]] of Object.entries(untuned)) {
    const cells = sets.map((set) => {
      const o = outcome(
        rows.filter((r) => r.set === set),
        inScope,
        held,
      );
      return `${set.replace('heldout-', '')} ${cell(o)}`;
    });
    console.log(`${name.padEnd(34)}${cells.join(' | ')}`);
  }
  // What a score would have to separate: the character rule's own wrong-but-certain.
  console.log("\nThe character rule's own wrong-but-certain (each caught by a doubt now):");
  for (const r of rows.filter((r) => generic(r) && own(r))) {
    const f = (x: number) => x.toFixed(3);
    console.log(
      `  ${r.set.replace('heldout-', '')} ${r.file.slice(0, 16).padEnd(16)} ${r.id.padEnd(19)} ${r.kind.padEnd(7)} ` +
        `now ${r.certain ? 'CERTAIN' : `uncertain (${r.ocrConfidence})`}  value min ${f(min(r.value))} ` +
        `mean ${f(mean(r.value))}  quote min ${f(min(r.quote))}  page ${f(r.pageMean)}  chars ${r.value.length}`,
    );
    console.log(
      `      got  ${r.got.slice(0, 150)}\n      twin ${(r.twinValue ?? '—').slice(0, 150)}`,
    );
  }
  // Calibration: how often a value is the twin's by its weakest character (page reliable, finder
  // sure), every set together. Flat above the floor: no higher floor finds what is left.
  console.log("\nThe twin's value, by the value's weakest character (all sets):");
  const bins = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 1.01];
  const sure = rows.filter((r) => r.pageReliable && r.finder >= 0.6);
  for (let i = 0; i + 1 < bins.length; i++) {
    const bin = sure.filter((r) => min(r.value) >= bins[i]! && min(r.value) < bins[i + 1]!);
    if (bin.length === 0) continue;
    const share = bin.filter((r) => r.twin).length / bin.length;
    console.log(
      `  [${bins[i]}, ${Math.min(bins[i + 1]!, 1)}${bins[i + 1]! > 1 ? ']' : ')'}`.padEnd(16) +
        `${String(bin.length).padStart(4)} values, ${Math.round(share * 100)}% as the twin, ${bin.filter(own).length} own wrong`,
    );
  }
  // Where those values sit among the exact ones: the share of exact values scoring as low or lower.
  console.log('\nShare of exact values (character rule) scoring at or below each wrong one:');
  const exact = rows.filter((r) => generic(r) && r.twin);
  for (const name of ['value min', 'value mean', 'quote min', 'page mean']) {
    const score = SCORES[name]!;
    const ranks = rows
      .filter((r) => generic(r) && own(r))
      .map((w) => exact.filter((e) => score(e) <= score(w)).length / exact.length)
      .sort((a, b) => a - b);
    console.log(`  ${name.padEnd(12)} ${ranks.map((x) => `${Math.round(x * 100)}%`).join(' ')}`);
  }
}

async function main() {
  let rows: Row[];
  if (values.features) {
    rows = readFileSync(values.features, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Row);
  } else {
    if (!values.cache || !values.dir?.length) throw new Error('--cache DIR and --dir SET… needed');
    rows = await collect(values.dir, values.cache);
    if (values.out) writeFileSync(values.out, rows.map((r) => JSON.stringify(r)).join('\n'));
  }
  analyse(rows);
}

await main();
