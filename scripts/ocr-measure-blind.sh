#!/usr/bin/env bash
# Measure OCR on scans made from a blind held-out set (test/heldout-blind/NAME.tar.gz), printing
# the totals only: no file name, no per-scan line, nothing of the forms (see
# test/heldout-blind/README.md). A cache folder (kept by the caller, never looked into) lets a
# second run after post-processing changes skip the reading.
#
#   bash scripts/ocr-measure-blind.sh v21 [CACHE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=blind-unpack.sh
. scripts/blind-unpack.sh "${1:-}"
cache=()
[ -z "${2:-}" ] || cache=(--cache "$2")
if ! npx tsx scripts/ocr-measure.ts --dir "$forms" "${cache[@]}" 2>"$dir/errors.txt" >"$dir/out.txt"; then
  echo "ocr-measure failed on blind set $name (its errors are not shown: they would show the" \
    "forms). Run it on a development set to find the fault." >&2
  exit 1
fi
# The summary is the last three lines (the per-scan lines before them name forms and values).
tail -n 3 "$dir/out.txt"
