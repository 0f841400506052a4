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

step "Unit tests (vitest, Node $(node --version))"
npx vitest run

# The current LTS too: the `node` package on the npm registry carries its binary. The suites that
# load better-sqlite3 (built for the Node above) stay on the Node above; see vitest.node24.config.ts.
step "Unit tests again under Node 24 (except better-sqlite3 suites, reliability, development-set floors and the readers' own tests)"
npx -y -p node@24 -- node node_modules/vitest/vitest.mjs run -c vitest.node24.config.ts

step "Builds (PWA, Chrome and Firefox extensions)"
mkdir -p .tmp
quietly() { "$@" >.tmp/build.log 2>&1 || { cat .tmp/build.log; exit 1; }; }
quietly npm run --silent build:pwa
quietly npx wxt build
quietly npx wxt build -b firefox --mv3
echo "built dist/pwa, .output/chrome-mv3, .output/firefox-mv3"

step "Browser tests (vitest + playwright-core, Chromium)"
npx vitest run -c vitest.e2e.config.ts
