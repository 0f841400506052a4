/**
 * Freeze what today's readers propose on a development set before a round is developed on it
 * (test/fixtures/frozen-proposals; see its README): the proposals are dumped with no structural
 * certainty check, so that scripts/certainty-cv.ts can judge the checks on errors made by
 * readers that were not written for the set.
 *
 *   npx tsx scripts/freeze-proposals.ts test/fixtures/heldout-v14 > test/fixtures/frozen-proposals/heldout-v14.json
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ExtractedFact } from '../lib/facts/standard';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import type { FrozenProposals } from './certainty-frozen';
import { measureFolders } from './measure-folder';

setPlatform(nodePlatform);

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/freeze-proposals.ts DIR > OUT.json');
    process.exit(2);
  }
  const forms: Record<string, Record<string, ExtractedFact>> = {};
  const { errors } = await measureFolders([dir], [], (name, _expected, facts) => {
    forms[path.relative(dir, name)] = facts;
  });
  for (const e of errors) console.error(e);
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const frozen: FrozenProposals = { dir: dir.replace(/\/$/, ''), commit, forms };
  console.log(JSON.stringify(frozen, null, 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
