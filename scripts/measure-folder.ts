/**
 * Extraction measured over folders of forms with truth files (`NAME.pdf` + `NAME.truth.json`:
 * `{file, rubric, facts, pagesWithoutText}`), shared by scripts/measure-extraction.ts and the
 * development sets' floors (test/extract/heldout-dev.test.ts) so both count the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractFromPdf } from '../lib/extract';
import type { CertaintyCheck } from '../lib/extract/certainty';
import { Scoreboard } from '../lib/extract/measure';
import type { ExtractedFact } from '../lib/facts/standard';
import {
  builtinPack,
  evaluate,
  isBuiltinPackId,
  parseRubricPack,
  type RubricPack,
} from '../lib/rubric';

export interface Truth {
  file?: string;
  rubric: string;
  facts: Record<string, unknown>;
  /** Facts the form states that its pack did not declare when the truth was written. */
  notInPack?: Record<string, unknown>;
  pagesWithoutText?: number[];
}

export interface FolderMeasure {
  forms: number;
  board: Scoreboard;
  eligibility: { agree: number; total: number; disagreements: string[] };
  /** One line per form that could not be measured. */
  errors: string[];
}

export function packFor(dir: string, id: string): RubricPack {
  if (isBuiltinPackId(id)) return builtinPack(id);
  const file = path.resolve(dir, id.endsWith('.json') ? id : `${id}.json`);
  const parsed = parseRubricPack(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: not a valid rubric pack`);
  return parsed.pack;
}

export function truthFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...truthFiles(full));
    else if (name.endsWith('.truth.json')) out.push(full);
  }
  return out;
}

/** A form's truth (the facts its pack declares) beside what was read from it. */
export type FormVisitor = (
  name: string,
  expected: Record<string, unknown>,
  facts: Record<string, ExtractedFact>,
) => void;

/**
 * `checks`: the structural certainty checks to run (default: those in force); `onForm` sees
 * each form's truth and proposals (the certainty script counts which values a check doubts).
 */
export async function measureFolders(
  dirs: string[],
  checks?: readonly CertaintyCheck[],
  onForm?: FormVisitor,
): Promise<FolderMeasure> {
  const board = new Scoreboard();
  const eligibility = { agree: 0, total: 0, disagreements: [] as string[] };
  const errors: string[] = [];
  let forms = 0;
  for (const dir of dirs) {
    for (const truthFile of truthFiles(dir)) {
      const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
      const pdfFile = path.join(
        path.dirname(truthFile),
        truth.file ?? path.basename(truthFile).replace(/\.truth\.json$/, '.pdf'),
      );
      if (!existsSync(pdfFile)) {
        errors.push(`${truthFile}: no PDF beside it`);
        continue;
      }
      const name = path.relative(process.cwd(), pdfFile);
      try {
        const pack = packFor(path.dirname(truthFile), truth.rubric);
        const result = await extractFromPdf(new Uint8Array(readFileSync(pdfFile)), {
          fileName: path.basename(pdfFile),
          pack,
          // A loaded machine may be slow on a first page's fonts: the budget is not measured.
          budgetMs: 60_000,
          ...(checks ? { checks } : {}),
        });
        forms++;
        // Only facts the pack declares count: a truth may list more than the pack reads.
        const declared = new Set(
          pack.facts.filter((f) => f.hints?.reader !== 'none').map((f) => f.id),
        );
        // A fact set aside as not in the pack counts once the pack declares it.
        const stated = { ...truth.notInPack, ...truth.facts };
        const expected = Object.fromEntries(
          Object.entries(stated).filter(([id]) => declared.has(id)),
        );
        board.add(name, expected, result.facts);
        onForm?.(name, expected, result.facts);
        const read = evaluate(
          pack,
          Object.fromEntries(Object.entries(result.facts).map(([k, f]) => [k, f.value])),
        );
        const real = evaluate(pack, stated);
        eligibility.total++;
        if (read.eligible === real.eligible) eligibility.agree++;
        else
          eligibility.disagreements.push(`${name}: read ${read.eligible}, truth ${real.eligible}`);
      } catch (error) {
        errors.push(`${name}: ${(error as Error).message}`);
      }
    }
  }
  return { forms, board, eligibility, errors };
}
