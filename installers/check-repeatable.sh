#!/usr/bin/env bash
# Two builds in a row in the same checkout give the same packages: runs installers/build.sh twice
# (with --image-only: the app-image only) and compares the app-image's lib/app and lib/runtime
# file by file (name and size; the class-data-sharing archives are made where the program is
# installed, so they are left out) and the name and size of every package. Leaves the second build
# in place.
# Usage: installers/check-repeatable.sh [--image-only]
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/jpackage
RECORD=target/repeatable
rm -rf "$RECORD"
mkdir -p "$RECORD"

snapshot() {
  local app="$OUT/Demarc/lib/app"
  [ -d "$OUT/Demarc.app" ] && app="$OUT/Demarc.app/Contents/app"
  (cd "$app" && find . -type f ! -name demarc.jsa -printf 'lib/app/%P %s\n' | LC_ALL=C sort)
  (cd "$app/../runtime" && find . -type f ! -name classes.jsa -printf 'lib/runtime/%P %s\n' | LC_ALL=C sort)
  if [ -d "$OUT/packages" ]; then
    (cd "$OUT/packages" && find . -type f -printf 'package %P %s\n' | LC_ALL=C sort)
  fi
}

# One date for both builds (build.sh takes the commit's): a commit between the two would change
# every file date in the package, and with them the compressed size.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)}
export SOURCE_DATE_EPOCH

for run in 1 2; do
  echo "== repeatable: build $run of 2"
  installers/build.sh "$@"
  snapshot > "$RECORD/build-$run.txt"
done

if ! diff -u "$RECORD/build-1.txt" "$RECORD/build-2.txt"; then
  echo "check-repeatable: FAILED: the second build differs from the first (above)" >&2
  exit 1
fi
echo "check-repeatable: ok: both builds gave the same $(wc -l < "$RECORD/build-2.txt") files," \
  "lib/app $(awk '/^lib\/app/ { s += $2 } END { printf "%.1f", s / 1e6 }' "$RECORD/build-2.txt") MB"
grep '^package ' "$RECORD/build-2.txt" || true
