# Sourced by the blind measuring scripts: unpacks test/heldout-blind/$1.tar.gz into a folder
# removed on exit and sets $dir (that folder) and $forms (its forms folder). Run from the
# repository's root.
name="${1:?which set? e.g. v15}"
archive="test/heldout-blind/$name.tar.gz"
[ -f "$archive" ] || { echo "no blind set $archive" >&2; exit 1; }
# A fixed place per set (emptied first, removed on exit): OCR's reading cache is keyed by the
# forms' folder, so a second run with the same cache reads nothing again.
# A caller that keeps no cache (scripts/measure-blind.sh) gives its own folder in BLIND_DIR, so
# that it can run while an OCR measurement of the same set holds the fixed one.
dir="${BLIND_DIR:-${TMPDIR:-/tmp}/review-desk-blind-$name}"
rm -rf "$dir" && mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT
tar -xzf "$archive" -C "$dir"
forms="$(find "$dir" -mindepth 2 -maxdepth 2 -type d -name forms | head -1)"
