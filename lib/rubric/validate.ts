/**
 * `parseRubricPack`: the one door a pack comes in by (built-in JSON, an imported file, a panel's
 * stored copy). Older formats are migrated first; then the schema; then the checks the schema
 * cannot make. A bad pack is rejected whole, with every problem and its JSON path, so the
 * panel's current rubric stays as it was.
 */
import { migratePack } from './migrations';
import { type RubricPack, RubricPackSchema } from './pack';
import { type Problem, problem, problemsFromZod } from './problems';
import { type CheckContext, checkFactsAndRules } from './validate-rules';
import { checkOutputs } from './validate-scoring';

export type ParseResult =
  | { ok: true; pack: RubricPack; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Packs are shallow documents; anything nested deeper is rejected before zod recurses into it. */
const MAX_DEPTH = 48;

function tooDeep(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return true;
    for (const child of Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

export function parseRubricPack(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [problem([], 'notObject')] };
  }
  if (tooDeep(input)) return { ok: false, problems: [problem([], 'tooDeep', { max: MAX_DEPTH })] };
  const migrated = migratePack(input);
  if (!migrated.ok) {
    return { ok: false, problems: [problem(['formatVersion'], migrated.code, migrated.params)] };
  }
  const parsed = RubricPackSchema.safeParse(migrated.pack);
  if (!parsed.success) {
    return { ok: false, problems: problemsFromZod(parsed.error, migrated.pack) };
  }
  const pack = parsed.data;
  const ctx: CheckContext = {
    pack,
    facts: new Map(pack.facts.map((f) => [f.id, f])),
    clauses: new Set(pack.call.clauses.map((c) => c.id)),
    problems: [],
  };
  checkFactsAndRules(ctx);
  checkOutputs(ctx);
  if (ctx.problems.length > 0) return { ok: false, problems: ctx.problems };
  return migrated.from < pack.formatVersion
    ? { ok: true, pack, migratedFrom: migrated.from }
    : { ok: true, pack };
}
