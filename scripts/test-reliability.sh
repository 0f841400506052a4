#!/usr/bin/env bash
# `npm run test:reliability`: the long reliability suites (test/reliability/*.test.ts, and the
# browser suites test/reliability/*.e2e.ts, with RELIABILITY=long), one file after another so that
# each has the machine to itself. Each suite prints its report — what it tried, what held — and
# this script ends with one line per suite. The short versions of the same files run inside
# `npm test` (the browser suites with the browser tests, after the builds). Before a browser suite
# the PWA is built (dist/pwa), so that it drives the code as it is now.
#
#   npm run test:reliability                      every suite, long
#   npm run test:reliability -- convergence       the suites whose file name contains a word
#   RELIABILITY_SEED=7 npm run test:reliability   another seed (each suite has its own default)
#   RELIABILITY_CONVERGENCE=500 …                 any suite's size; see the header of each file
#
# Long means minutes to hours on a 2-core machine (10,000 convergence sequences, 10,000 fuzzed
# .rdsync files and relay updates, the whole pdf-edge corpus plus 2,000 damaged fixtures, 20
# reviewers through 16 rounds of relay faults, Chromium killed 50 times while scoring). Needs
# ../shared (the pdf-edge corpus), redis-server and Chromium; a missing one fails with a sentence
# saying so.
set -uo pipefail
cd "$(dirname "$0")/.."

export RELIABILITY=long
files=()
for f in test/reliability/*.test.ts test/reliability/*.e2e.ts; do
  if [ $# -eq 0 ]; then
    files+=("$f")
  else
    for word in "$@"; do
      case "$(basename "$f")" in *"$word"*) files+=("$f") && break ;; esac
    done
  fi
done
if [ ${#files[@]} -eq 0 ]; then
  echo "No reliability suite matches: $*. Suites: $(ls test/reliability/*.test.ts test/reliability/*.e2e.ts | xargs -n1 basename | sed -E 's/\.(test|e2e)\.ts//' | tr '\n' ' ')" >&2
  exit 2
fi

summary=()
failed=0
built=0
for f in "${files[@]}"; do
  name="$(basename "$f" | sed -E 's/\.(test|e2e)\.ts$//')"
  config=()
  case "$f" in
    *.e2e.ts)
      # A browser suite: it drives the built PWA in Chromium, with the browser-test config.
      config=(-c vitest.e2e.config.ts)
      if [ "$built" -eq 0 ]; then
        printf '\n\033[1m== building the PWA for the browser suites\033[0m\n'
        mkdir -p .tmp
        if ! npm run --silent build:pwa >.tmp/build.log 2>&1; then
          cat .tmp/build.log
          summary+=("$(printf '%-16s %-6s %s' "$name" FAILED 'the PWA did not build')")
          failed=1
          continue
        fi
        built=1
      fi
      ;;
  esac
  printf '\n\033[1m== reliability: %s (long)\033[0m\n' "$name"
  started=$(date +%s)
  # Each suite's timeouts grow with its size; vitest's own defaults would cut a long run short.
  if npx vitest run ${config[@]+"${config[@]}"} "$f" --reporter=verbose --testTimeout=0 --hookTimeout=0; then
    status=held
  else
    status=FAILED
    failed=1
  fi
  summary+=("$(printf '%-16s %-6s %ss' "$name" "$status" "$(($(date +%s) - started))")")
done

printf '\n\033[1m== reliability summary\033[0m\n'
printf '%s\n' "${summary[@]}"
exit "$failed"
