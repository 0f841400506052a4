#!/usr/bin/env bash
# `npm test`: the one gate. Format and lint, typecheck, unit tests (Node), then the builds and
# the browser tests in real Chromium. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step says how long the run has taken so far, so a slow stage shows in CI's log.
started=$SECONDS
step() { printf '\n\033[1m== %s\033[0m (at %ds)\n' "$*" "$((SECONDS - started))"; }
trap 'printf "\n== done or stopped at %ds\n" "$((SECONDS - started))"' EXIT

step "System packages"
bash scripts/ensure-system-deps.sh

step "Format and lint (biome)"
npx biome check .

step "Typecheck (tsc --noEmit)"
npx tsc --noEmit -p .

# The CLI tests spawn bin/review-desk.mjs: bundle it first, so they run what `npm ci` installs
# (with a stale bundle they would run the sources through tsx).
step "CLI bundle (esbuild)"
npm run --silent build:cli

# The same suites again under the current LTS, at the same time: each vitest run keeps to one
# worker (CPU-bound suites), so the two Nodes side by side use both cores — about three minutes
# less than one after the other. The Node 24 run writes to a log that is printed when both end.
# The `node` package on the npm registry carries its binary. The suites that load better-sqlite3
# (built for the main Node) stay on the main Node; see vitest.node24.config.ts.
step "Unit tests (vitest, Node $(node --version)), and under Node 24 alongside (except better-sqlite3 suites, reliability, development-set floors and the readers' own tests)"
mkdir -p .tmp
npx -y -p node@24 -- node node_modules/vitest/vitest.mjs run -c vitest.node24.config.ts >.tmp/unit-node24.log 2>&1 &
node24=$!
# Stopped or failed before the wait, the script takes the Node 24 run down with it.
trap 'kill "$node24" 2>/dev/null || true; printf "\n== done or stopped at %ds\n" "$((SECONDS - started))"' EXIT
main_status=0
npx vitest run || main_status=$?
node24_status=0
wait "$node24" || node24_status=$?
step "Unit tests under Node 24 (run alongside the step above; its log)"
cat .tmp/unit-node24.log
if [ "$main_status" -ne 0 ] || [ "$node24_status" -ne 0 ]; then
  echo "unit tests failed: Node $(node --version) exit $main_status, Node 24 exit $node24_status"
  exit 1
fi

step "Builds (PWA, Chrome and Firefox extensions)"
mkdir -p .tmp
quietly() { "$@" >.tmp/build.log 2>&1 || { cat .tmp/build.log; exit 1; }; }
quietly npm run --silent build:pwa
quietly npx wxt build
quietly npx wxt build -b firefox --mv3
echo "built dist/pwa, .output/chrome-mv3, .output/firefox-mv3"

step "Browser tests (vitest + playwright-core, Chromium)"
npx vitest run -c vitest.e2e.config.ts
