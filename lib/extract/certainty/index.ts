/**
 * Certainty from structure. Readers say how sure they are of what they read; these checks ask
 * whether the document's structure agrees with it, whatever the layout: a list's rows cover the
 * region its label heads, items meet a count the form states, a second structure reading the
 * same fact agrees, a value never runs into another fact's label. A proposal a check doubts is
 * kept (the value may well be right) but proposed as uncertain, with the check's reason, so the
 * reviewer looks before taking it. Checks never change a value and never add one.
 *
 * Each check is general by construction and judged by cross-validation between the development
 * sets (`scripts/certainty-cv.ts`), never by its effect on one set it was written against.
 */
import type { ExtractedFact } from '../../facts/standard';
import type { DocumentLayout } from '../../pdf/structure/document';
import type { FactDef, RubricPack } from '../../rubric';
import { doubtful } from '../readers/context';
import { citedOptions } from './cited-options';
import { dittoAsValue } from './ditto-as-value';
import { draftInValue } from './draft-marker';
import { formMarks } from './form-marks';
import { holdsOtherValue } from './holds-other-value';
import { labelAsValue } from './label-as-value';
import { leadersInValue } from './leaders-in-value';
import { listCoverage } from './list-coverage';
import { listItemCut } from './list-item-cut';
import { listJoined } from './list-joined';
import { listNumbering } from './list-numbering';
import { listSideBySide } from './list-side-by-side';
import { listStartsLate } from './list-starts-late';
import { noteInValue } from './note-in-value';
import { noteReference } from './note-reference';
import { numberInName } from './number-in-name';
import { numberInQuote } from './number-in-quote';
import { optionsBeyondQuote } from './options-beyond-quote';
import { outlineNumber } from './outline-number';
import { pageBackwards } from './page-backwards';
import { pageOrderBreak } from './page-order-break';
import { peopleCrossRole } from './people-cross-role';
import { peopleEvidence } from './people-evidence';
import { peopleLabelElsewhere } from './people-label-elsewhere';
import { peopleNoneRead } from './people-none-read';
import { personFieldsFollow } from './person-fields-follow';
import { personMarks } from './person-marks';
import { personUnitAbove } from './person-unit-above';
import { promptAsValue } from './prompt-as-value';
import { recordFieldGap } from './record-field-gap';
import { runsIntoLabel } from './runs-into-label';
import { strayGlyphs } from './stray-glyph';
import { templateInValue } from './template-text';
import { voidedDraft } from './voided-draft';

export interface CheckContext {
  doc: DocumentLayout;
  pack?: RubricPack;
  /** The facts proposed, by id (read-only for checks). */
  found: Readonly<Record<string, ExtractedFact>>;
  /** The declarations of the facts read. */
  defs: readonly FactDef[];
}

/**
 * A structural check: the reason (a short stable code, `doubt.<code>` in the extract namespace)
 * why the fact's proposal is doubtful, or undefined when the structure agrees or says nothing.
 */
export interface CertaintyCheck {
  /** Stable name, used by the cross-validation script to switch checks on and off. */
  name: string;
  check(id: string, fact: ExtractedFact, def: FactDef, ctx: CheckContext): string | undefined;
}

/** The checks in force, in order. Each lives in its own file beside this one. */
export const CHECKS: CertaintyCheck[] = [
  // Single values (text, numbers, choices).
  labelAsValue,
  promptAsValue,
  runsIntoLabel,
  formMarks,
  citedOptions,
  numberInQuote,
  numberInName,
  optionsBeyondQuote,
  dittoAsValue,
  leadersInValue,
  noteInValue,
  noteReference,
  templateInValue,
  draftInValue,
  voidedDraft,
  outlineNumber,
  strayGlyphs,
  holdsOtherValue,
  // Lists (people by role, units, cases).
  listNumbering,
  listCoverage,
  listJoined,
  listItemCut,
  peopleEvidence,
  peopleLabelElsewhere,
  personFieldsFollow,
  peopleCrossRole,
  personMarks,
  personUnitAbove,
  recordFieldGap,
  listSideBySide,
  listStartsLate,
  peopleNoneRead,
  // Any value: where the page it was read from stands and how it was read.
  pageBackwards,
  pageOrderBreak,
];

/**
 * A check's verdict, or none when it fails on input it did not foresee: checks only advise, and
 * a fault in one must not cost the reviewer the whole extraction.
 */
function askSafely(
  check: CertaintyCheck,
  def: FactDef,
  fact: ExtractedFact,
  ctx: CheckContext,
): string | undefined {
  try {
    return check.check(def.id, fact, def, ctx);
  } catch {
    return undefined;
  }
}

/**
 * Run the checks over the proposals: a fact some check doubts becomes uncertain and carries the
 * reasons. `only` restricts to named checks (measurement); the default runs them all.
 */
export function checkCertainty(
  ctx: CheckContext,
  checks: readonly CertaintyCheck[] = CHECKS,
): Record<string, ExtractedFact> {
  const out: Record<string, ExtractedFact> = { ...ctx.found };
  for (const def of ctx.defs) {
    const fact = ctx.found[def.id];
    if (!fact) continue;
    const reasons = checks
      .map((c) => askSafely(c, def, fact, ctx))
      .filter((r): r is string => r !== undefined);
    // A reader's own doubt (a value read under a weak label) stays beside the checks'.
    if (reasons.length > 0)
      out[def.id] = { ...doubtful(fact), doubts: [...(fact.doubts ?? []), ...reasons] };
  }
  return out;
}
