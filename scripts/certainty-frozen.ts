/**
 * Proposals frozen as the readers made them while a development set was still unseen (dumped at
 * the commit before the set was developed on; test/fixtures/frozen-proposals). Those proposals
 * hold the errors readers make on forms they were not written for (on the sets today, the same
 * readers have almost none left), so structural checks are judged on them: the check runs over
 * the frozen proposals and the document as today's layout reading sees it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type CertaintyCheck, checkCertainty } from '../lib/extract/certainty';
import { EvidenceSchema, type ExtractedFact, FACT_SOURCES } from '../lib/facts/standard';
import { getDocumentText } from '../lib/pdf/document-text';
import { openPdf } from '../lib/pdf/open';
import { DocumentLayout } from '../lib/pdf/structure/document';
import { type FormVisitor, packFor, type Truth, truthFiles } from './measure-folder';

export interface FrozenProposals {
  /** The set's folder, from the repository's root. */
  dir: string;
  /** The commit whose readers made the proposals. */
  commit: string;
  /** Proposals per form, by the PDF's path inside `dir`. */
  forms: Record<string, Record<string, ExtractedFact>>;
}

const frozenFactSchema = z.object({
  value: z.unknown().refine((v) => v !== undefined, 'no value'),
  evidence: z.array(EvidenceSchema),
  confidence: z.number().min(0).max(1).optional(),
  source: z.enum(FACT_SOURCES).optional(),
  doubts: z.array(z.string()).optional(),
});

const frozenSchema = z.object({
  dir: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{7,40}$/),
  forms: z.record(z.string(), z.record(z.string(), frozenFactSchema)),
});

/**
 * A frozen proposals file, checked: a file cut short or edited by hand would otherwise feed the
 * cross-validation wrong counts without a word.
 */
export function readFrozen(file: string): FrozenProposals {
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file}: not JSON (${(error as Error).message}); dump it again with scripts/freeze-proposals.ts`,
    );
  }
  const parsed = frozenSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${file}: not a frozen proposals file (${issue.path.join('.') || 'top level'}: ${issue.message}); dump it again with scripts/freeze-proposals.ts`,
    );
  }
  return parsed.data as FrozenProposals;
}

const layouts = new Map<string, DocumentLayout>();

async function layoutOf(pdfFile: string): Promise<DocumentLayout> {
  const cached = layouts.get(pdfFile);
  if (cached) return cached;
  const pdf = await openPdf(new Uint8Array(readFileSync(pdfFile)), {
    fileName: path.basename(pdfFile),
  });
  try {
    const text = await getDocumentText(pdf, { budgetMs: 60_000 });
    const doc = new DocumentLayout(text.pages.filter((p) => p.hasText));
    layouts.set(pdfFile, doc);
    return doc;
  } finally {
    await pdf.close();
  }
}

/** Run `checks` over a frozen set's proposals; `visit` sees each form's truth and result. */
export async function checkFrozen(
  file: string,
  checks: readonly CertaintyCheck[],
  visit: FormVisitor,
): Promise<void> {
  const frozen = readFrozen(file);
  for (const truthFile of truthFiles(frozen.dir)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
    const pdfFile = path.join(
      path.dirname(truthFile),
      truth.file ?? path.basename(truthFile).replace(/\.truth\.json$/, '.pdf'),
    );
    const found = frozen.forms[path.relative(frozen.dir, pdfFile)];
    if (!found) continue;
    const pack = packFor(path.dirname(truthFile), truth.rubric);
    const defs = pack.facts.filter((f) => f.hints?.reader !== 'none');
    const declared = new Set(defs.map((f) => f.id));
    const stated = { ...truth.notInPack, ...truth.facts };
    const expected = Object.fromEntries(Object.entries(stated).filter(([id]) => declared.has(id)));
    const doc = await layoutOf(pdfFile);
    visit(pdfFile, expected, checkCertainty({ doc, pack, found, defs }, checks));
  }
}
