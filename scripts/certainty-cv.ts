/**
 * Structural certainty checks (lib/extract/certainty) judged across the development sets. For
 * each set and each check alone, then all together: of the wrong values read, how many the check
 * doubts (its recall, whether or not a reader was already unsure), and of the right values, how
 * many it doubts (its cost: a reviewer's look for nothing); then wrong values still proposed as
 * certain and right values shown as uncertain, as measure-extraction.ts counts them.
 *
 * The development sets have almost no wrong-but-certain values left (readers were written
 * against them), so a check is judged on all their wrong values, which are the kind of error
 * unseen forms make certain. Develop while looking at four sets' mismatches, read the fifth's
 * figures (`--hold SET` marks it; rotate it); measure a blind set only once the checks are
 * settled.
 *
 * Sources: the frozen proposals in test/fixtures/frozen-proposals (readers as they were while
 * each set was unseen: their errors are the ones to catch) and the development sets as today's
 * readers read them (few errors left: there the cost shows).
 *
 *   npx tsx scripts/certainty-cv.ts [--hold heldout-v11] [--only NAME,...] [--show] [--totals]
 *                                   [DIR | FROZEN.json ...]
 *
 * `--show` prints each wrong or doubted value with what the truth states (never for the held set).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CertaintyCheck, CHECKS } from '../lib/extract/certainty';
import { sameValue } from '../lib/extract/measure';
import { UNCERTAIN } from '../lib/facts/standard';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { checkFrozen } from './certainty-frozen';
import { type FormVisitor, measureFolders } from './measure-folder';

setPlatform(nodePlatform);

const DEV_SETS = [
  ...[
    'heldout-v1',
    'heldout-v7',
    'heldout-v8',
    'heldout-v9',
    'heldout-v11',
    'heldout-v12',
    'heldout-v13',
    'heldout-v14',
    'heldout-v15',
    'heldout-v16',
    'heldout-v17',
    'heldout-v18',
    'heldout-v19',
    'heldout-v20',
  ],
  // The project's own forms: no errors to catch, only right values a check could doubt.
  'extract',
  'zoo',
].map((d) => path.join('test/fixtures', d));
const FROZEN = 'test/fixtures/frozen-proposals';

/** The frozen proposals (readers as they were while each set was unseen), then today's. */
function defaultSources(): string[] {
  const frozen = existsSync(FROZEN)
    ? readdirSync(FROZEN)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(FROZEN, f))
    : [];
  return [...frozen, ...DEV_SETS];
}

interface Tally {
  wrong: number;
  wrongDoubted: number;
  right: number;
  rightDoubted: number;
  wrongCertain: number;
  rightUncertain: number;
}

/** A folder of forms read by today's readers, or a file of frozen proposals (`.json`). */
async function tally(
  source: string,
  checks: readonly CertaintyCheck[],
  show = false,
): Promise<Tally> {
  const t: Tally = {
    wrong: 0,
    wrongDoubted: 0,
    right: 0,
    rightDoubted: 0,
    wrongCertain: 0,
    rightUncertain: 0,
  };
  const visit: FormVisitor = (name, expected, facts) => {
    for (const [id, fact] of Object.entries(facts)) {
      if (!(id in expected)) continue; // not judged: the truth does not state it
      const right = sameValue(expected[id], fact.value, true);
      const doubted = (fact.doubts?.length ?? 0) > 0;
      const certain = (fact.confidence ?? 1) >= UNCERTAIN;
      if (show && (!right || doubted)) {
        const mark = `${right ? 'RIGHT' : 'WRONG'} ${certain ? 'certain' : 'unsure'}`;
        const why = doubted ? ` doubted:${fact.doubts!.join(',')}` : '';
        console.log(`${mark}${why} ${path.basename(name)} ${id}`);
        console.log(`  got  ${JSON.stringify(fact.value)}`);
        if (!right) console.log(`  want ${JSON.stringify(expected[id])}`);
      }
      if (right) {
        t.right++;
        if (doubted) t.rightDoubted++;
        if (!certain) t.rightUncertain++;
      } else {
        t.wrong++;
        if (doubted) t.wrongDoubted++;
        if (certain) t.wrongCertain++;
      }
    }
  };
  if (source.endsWith('.json')) await checkFrozen(source, checks, visit);
  else await measureFolders([source], checks, visit);
  return t;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      hold: { type: 'string' },
      only: { type: 'string' },
      // Print wrong and doubted values, never of the held set: to develop checks by.
      show: { type: 'boolean' },
      // Only no check and all of them: the figures README quotes, in a few minutes.
      totals: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const sources = positionals.length ? positionals : defaultSources();
  const names = values.only?.split(',');
  const checks = names ? CHECKS.filter((c) => names.includes(c.name)) : CHECKS;
  const rows: string[][] = [
    ['set', 'check', 'wrong doubted', 'right doubted', 'wrong certain', 'right uncertain'],
  ];
  for (const source of sources) {
    const name = path.basename(source).replace(/\.json$/, ' (frozen)');
    const held = values.hold && source.includes(values.hold) ? ' (held)' : '';
    const set = name + held;
    const row = (check: string, t: Tally) => [
      set,
      check,
      `${t.wrongDoubted}/${t.wrong}`,
      `${t.rightDoubted}/${t.right}`,
      String(t.wrongCertain),
      String(t.rightUncertain),
    ];
    if (values.show && !held) await tally(source, checks, true);
    rows.push(row('(none)', await tally(source, [])));
    if (checks.length > 1 && !values.totals) {
      for (const c of checks) rows.push(row(c.name, await tally(source, [c])));
    }
    rows.push(row('(all)', await tally(source, checks)));
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

await main();
