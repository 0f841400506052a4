#!/usr/bin/env bash
# Measure extraction on a blind held-out set kept in test/heldout-blind/NAME.tar.gz, printing
# totals per fact only: no mismatch, no file name, nothing of the forms themselves, so that
# measuring a round on it does not show anyone its layouts (see test/heldout-blind/README.md).
#
#   bash scripts/measure-blind.sh v21
set -euo pipefail
cd "$(dirname "$0")/.."
# Its own folder: an OCR measurement of the same set may hold the fixed one (blind-unpack.sh).
BLIND_DIR="$(mktemp -d)"
export BLIND_DIR
# shellcheck source=blind-unpack.sh
. scripts/blind-unpack.sh "${1:-}"
# Its own errors name forms and what they hold: kept aside, and only counted (npm's notices aside).
errors() { grep -vc '^npm warn' "$dir/errors.txt" || true; }
if ! npx tsx scripts/measure-extraction.ts "$forms" 2>"$dir/errors.txt" >"$dir/out.txt"; then
  echo "measure-extraction failed on blind set $name ($(errors) lines of errors, not shown:" \
    "they would show the forms). Run it on a development set to find the fault." >&2
  exit 1
fi
grep -v '^  ' "$dir/out.txt"
n="$(errors)"
[ "$n" = 0 ] || echo "($n lines of per-form errors not shown: they would show the forms)"
