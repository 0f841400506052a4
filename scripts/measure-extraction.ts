/**
 * Measure extraction on any folder of forms: every `*.pdf` with a `*.truth.json` beside it (the
 * format of test/fixtures/zoo: `{file, rubric, facts, pagesWithoutText}`, facts as the form
 * states them). Prints precision and recall per fact, how many values were exact, and how often
 * eligibility read from the PDF agrees with eligibility from the truth; `--json` prints the
 * same as one object; wrong values proposed as certain (confidence 0.6 and above) are counted
 * apart, since a reviewer takes those without a second look; and right values shown as uncertain
 * (the cost of caution: a reviewer checks them for nothing). Lists count as right in any order;
 * those right only in another order are counted too, so that in-order figures (before December
 * 2026) can be compared. A truth's `rubric` is a built-in pack id or a pack file beside it.
 *
 *   npx tsx scripts/measure-extraction.ts DIR... [--json] [--mismatches]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractFromPdf } from '../lib/extract';
import { Scoreboard } from '../lib/extract/measure';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import {
  builtinPack,
  evaluate,
  isBuiltinPackId,
  parseRubricPack,
  type RubricPack,
} from '../lib/rubric';

setPlatform(nodePlatform);

interface Truth {
  file?: string;
  rubric: string;
  facts: Record<string, unknown>;
  /** Facts the form states that its pack did not declare when the truth was written. */
  notInPack?: Record<string, unknown>;
  pagesWithoutText?: number[];
}

function packFor(dir: string, id: string): RubricPack {
  if (isBuiltinPackId(id)) return builtinPack(id);
  const file = path.resolve(dir, id.endsWith('.json') ? id : `${id}.json`);
  const parsed = parseRubricPack(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: not a valid rubric pack`);
  return parsed.pack;
}

function truthFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...truthFiles(full));
    else if (name.endsWith('.truth.json')) out.push(full);
  }
  return out;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, mismatches: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error('usage: npx tsx scripts/measure-extraction.ts DIR... [--json] [--mismatches]');
    process.exit(2);
  }
  const board = new Scoreboard();
  const eligibility = { agree: 0, total: 0, disagreements: [] as string[] };
  const errors: string[] = [];
  let forms = 0;
  for (const dir of positionals) {
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
          budgetMs: 60_000,
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
  const total = board.total();
  const exact = total.tp;
  const judged = total.tp + total.fn;
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          forms,
          facts: Object.fromEntries(board.facts),
          total,
          exact: { right: exact, of: judged },
          eligibility,
          mismatches: values.mismatches ? board.mismatches : undefined,
          errors,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`${forms} forms\n${board.table()}`);
  console.log(
    `\nexact values: ${exact} of ${judged} stated (${judged ? ((100 * exact) / judged).toFixed(1) : '-'}%)`,
  );
  console.log(
    `wrong values proposed as certain: ${total.wrongCertain ?? 0} (wrong values shown as uncertain: ${total.fp - (total.wrongCertain ?? 0)})`,
  );
  console.log(
    `lists right in another order than the truth's: ${total.otherOrder ?? 0} (exact in order: ${exact - (total.otherOrder ?? 0)} of ${judged})`,
  );
  // The cost of caution: a right value shown as uncertain costs a reviewer a look.
  console.log(`right values shown as uncertain: ${total.uncertainRight ?? 0}`);
  console.log(
    `eligibility agrees with the truth: ${eligibility.agree} of ${eligibility.total}` +
      (eligibility.disagreements.length ? `\n  ${eligibility.disagreements.join('\n  ')}` : ''),
  );
  if (values.mismatches) {
    console.log('\nmismatches:');
    for (const m of board.mismatches) {
      console.log(
        `  ${m.file} ${m.fact}${m.certain ? ' (proposed as certain)' : ''}\n    expected ${JSON.stringify(m.expected)}\n    got      ${JSON.stringify(m.actual)}`,
      );
    }
  }
  for (const e of errors) console.error(e);
}

await main();
