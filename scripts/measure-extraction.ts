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
import { parseArgs } from 'node:util';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { measureFolders } from './measure-folder';

setPlatform(nodePlatform);

async function main() {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, mismatches: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error('usage: npx tsx scripts/measure-extraction.ts DIR... [--json] [--mismatches]');
    process.exit(2);
  }
  const { forms, board, eligibility, errors } = await measureFolders(positionals);
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
