/**
 * Which code `review-desk` runs: the bundle in dist/cli/ (scripts/build-cli.mjs, made by
 * `npm ci`) while it is up to date, the TypeScript sources through tsx otherwise.
 *
 * Up to date means every file the bundle was made from (its inputs.json: lib/ and bin/ modules,
 * tsconfig.json, the build script) still has the size and modification time it had when it was
 * bundled — equal, not merely older, so a file put back from elsewhere with an old date counts as
 * changed too. That is about 370 `stat` calls, well under 10 ms. A stale bundle is not rebuilt
 * here: the CLI would write into the install while it runs (tests start many CLIs at once; an
 * install may be read-only) and a half-edited file would turn into a build error; tsx runs the
 * sources exactly, as it always did, and `npm run build:cli` brings the fast start back.
 *
 * REVIEW_DESK_BUNDLE=off always runs the sources; REVIEW_DESK_BUNDLE=DIR looks for the bundle
 * in DIR instead (the tests use both).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIR = fileURLToPath(new URL('../dist/cli', import.meta.url));

/** True when every input listed in DIR/inputs.json is as it was when DIR was bundled. */
export function bundleIsFresh(dir) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(path.join(dir, 'inputs.json'), 'utf8')).inputs;
  } catch {
    return false; // no bundle (or a broken one)
  }
  // The list is ours, but a cut write or a hand edit must send the CLI to tsx, not crash it.
  if (typeof inputs !== 'object' || inputs === null) return false;
  for (const [file, recorded] of Object.entries(inputs)) {
    if (typeof recorded !== 'object' || recorded === null) return false;
    let now;
    try {
      now = statSync(path.join(dir, file));
    } catch {
      return false; // a source was moved or deleted
    }
    if (now.mtimeMs !== recorded.mtimeMs || now.size !== recorded.size) return false;
  }
  return true;
}

/** The bundle's entry to import, or null to run the sources through tsx. */
export function freshBundleEntry(env = process.env) {
  const choice = env.REVIEW_DESK_BUNDLE;
  if (choice === 'off') return null;
  const dir = choice ? path.resolve(choice) : DEFAULT_DIR;
  return bundleIsFresh(dir) ? path.join(dir, 'review-desk.js') : null;
}
