/**
 * The wrong values of frozen proposals (and of development sets as today's readers read them),
 * one line each: what was read, what is true, whether it was certain, which checks doubt it.
 * A held set is never printed: its values must stay unseen while checks are written.
 *
 *   npx tsx scripts/certainty-show.ts --hold heldout-v11 [--right] [SOURCE ...]
 */
import { parseArgs } from 'node:util';
import { CHECKS } from '../lib/extract/certainty';
import { sameValue } from '../lib/extract/measure';
import type { ExtractedFact } from '../lib/facts/standard';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { checkFrozen } from './certainty-frozen';
import { type FormVisitor, measureFolders } from './measure-folder';

setPlatform(nodePlatform);

const short = (v: unknown) => JSON.stringify(v)?.slice(0, 160);

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      hold: { type: 'string' },
      right: { type: 'boolean' },
      only: { type: 'string' },
    },
    allowPositionals: true,
  });
  const names = values.only?.split(',');
  const checks = names ? CHECKS.filter((c) => names.includes(c.name)) : CHECKS;
  for (const source of positionals) {
    if (!values.hold) throw new Error('--hold SET is required: a held set stays unseen');
    if (source.includes(values.hold)) {
      console.log(`${source}: held, not shown`);
      continue;
    }
    const visit: FormVisitor = (name, expected, facts) => {
      for (const [id, fact] of Object.entries(facts) as [string, ExtractedFact][]) {
        if (!(id in expected)) continue;
        const right = sameValue(expected[id], fact.value, true);
        const doubts = fact.doubts?.join(',') ?? '';
        // --right lists the right values a check doubts (the cost), else the wrong values.
        if (values.right ? !right || !doubts : right) continue;
        const certain = (fact.confidence ?? 1) >= 0.6 ? 'CERTAIN' : 'unsure';
        console.log(`${name} ${id} [${certain}${doubts ? ` doubts=${doubts}` : ''}]`);
        console.log(`   read ${short(fact.value)}  truth ${short(expected[id])}`);
        for (const e of fact.evidence)
          console.log(`   p${e.page} ${short(e.quote)}  (${fact.source ?? ''})`);
      }
    };
    if (source.endsWith('.json')) await checkFrozen(source, checks, visit);
    else await measureFolders([source], checks, visit);
  }
}

await main();
