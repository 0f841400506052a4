#!/usr/bin/env bash
# `npm run test:reliability`: the long reliability suites (test/reliability/*.test.ts with
# RELIABILITY=long, plus the browser half of hostile-text, test/e2e/hostile-text.e2e.ts, run on
# the built PWA in dist/pwa, built first when missing), one file after another so that each has
# the machine to itself. Each suite
# prints its report — what it tried, what held — and this script ends with one line per suite.
# The short versions of the same files run inside `npm test`.
#
#   npm run test:reliability                      every suite, long
#   npm run test:reliability -- convergence       the suites whose file name contains a word
#   RELIABILITY_SEED=7 npm run test:reliability   another seed (each suite has its own default)
#   RELIABILITY_CONVERGENCE=500 …                 any suite's size; see the header of each file
#
# Long means minutes to hours on a 2-core machine (10,000 convergence sequences, 10,000 fuzzed
# .rdsync files and relay updates, the whole pdf-edge corpus plus 2,000 damaged fixtures, 20
# reviewers through 16 rounds of relay faults). Needs ../shared (the pdf-edge corpus) and
# redis-server; a missing one fails with a sentence saying so.
set -uo pipefail
cd "$(dirname "$0")/.."

export RELIABILITY=long
files=()
# Suites with a browser half keep it in test/e2e (it needs the built PWA and the e2e config).
for f in test/reliability/*.test.ts test/e2e/hostile-text.e2e.ts; do
  if [ $# -eq 0 ]; then
    files+=("$f")
  else
    for word in "$@"; do
      case "$(basename "$f")" in *"$word"*) files+=("$f") && break ;; esac
    done
  fi
done
if [ ${#files[@]} -eq 0 ]; then
  echo "No reliability suite matches: $*. Suites: $(ls test/reliability/*.test.ts | xargs -n1 basename | sed 's/\.test\.ts//' | tr '\n' ' ')" >&2
  exit 2
fi

summary=()
failed=0
for f in "${files[@]}"; do
  name="$(basename "$f" .test.ts)"
  config=()
  case "$f" in
    *.e2e.ts)
      name="$(basename "$f" .e2e.ts) (browser)"
      config=(-c vitest.e2e.config.ts)
      [ -d dist/pwa ] || npm run --silent build:pwa >/dev/null || { echo "build:pwa failed" >&2; exit 1; }
      ;;
  esac
  printf '\n\033[1m== reliability: %s (long)\033[0m\n' "$name"
  started=$(date +%s)
  # Each suite's timeouts grow with its size; vitest's own defaults would cut a long run short.
  if npx vitest run "${config[@]}" "$f" --reporter=verbose --testTimeout=0 --hookTimeout=0; then
    status=held
  else
    status=FAILED
    failed=1
  fi
  summary+=("$(printf '%-26s %-6s %ss' "$name" "$status" "$(($(date +%s) - started))")")
done

printf '\n\033[1m== reliability summary\033[0m\n'
printf '%s\n' "${summary[@]}"
exit "$failed"
