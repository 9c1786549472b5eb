#!/usr/bin/env bash
# Checks the Linux side of the portable edition built by installers/portable.sh, each unpacked into
# a fresh folder whose name has a space (any folder must do):
#   - demarc-VERSION-linux-x64.tar.gz: the app-image's launcher runs the command line on the sample
#     and the GUI self-test (every step, under Xvfb), keeping its data in XDG_DATA_HOME;
#   - demarc-VERSION-portable.zip: demarc.sh does the same on the Java of this machine, and says
#     clearly when no Java or a too-old Java is found (exit code 3).
# Which natives each archive holds is checked by PortableArchivesTest. Exits 1 on the first failure.
# Usage: installers/check-portable.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$(sed -n 's:^  <version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
OUT=target/portable
SAMPLE="$PWD/src/main/resources/org/demarc/samples/webshop.demarc"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() {
  echo "check-portable: FAILED: $*" >&2
  exit 1
}
RUNNER=()
if [ -z "${DISPLAY:-}" ]; then RUNNER=(xvfb-run -a); fi

# runs NAME LAUNCHER: the command line and the GUI self-test through LAUNCHER, data in WORK/NAME-data.
runs() {
  local data="$WORK/$1 data"
  "$2" validate "$SAMPLE" > "$WORK/$1-validate.txt" || fail "$1: validate failed: $(cat "$WORK/$1-validate.txt")"
  XDG_DATA_HOME="$data" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$WORK/prefs" "${RUNNER[@]}" "$2" \
    --self-test > "$WORK/$1-self-test.txt" 2>&1 || true
  grep -q "DEMARC-SMOKE-OK steps=8" "$WORK/$1-self-test.txt" || fail "$1: GUI self-test: $(tail -n 5 "$WORK/$1-self-test.txt")"
  [ -d "$data/demarc" ] || fail "$1: no data folder made in XDG_DATA_HOME ($data/demarc)"
  echo "check-portable: $1: validate and GUI self-test ok ($(grep -o 'DEMARC-SMOKE-OK.*' "$WORK/$1-self-test.txt"))"
}

IMAGE_DIR="$WORK/linux image"
mkdir -p "$IMAGE_DIR"
tar -xzf "$OUT/demarc-$VERSION-linux-x64.tar.gz" -C "$IMAGE_DIR"
runs linux-x64 "$IMAGE_DIR/demarc-$VERSION/bin/Demarc"

FORM_DIR="$WORK/portable zip"
mkdir -p "$FORM_DIR"
unzip -q "$OUT/demarc-$VERSION-portable.zip" -d "$FORM_DIR"
LAUNCHER="$FORM_DIR/demarc-$VERSION/demarc.sh"
[ -x "$LAUNCHER" ] || fail "demarc.sh is not executable after unzip"
runs portable "$LAUNCHER"

# No Java (a PATH with only the tools demarc.sh uses), then a too-old one (a stand-in that answers
# as Java 11 does): a message, exit code 3.
mkdir -p "$WORK/tools"
for tool in dirname sed head; do ln -s "$(command -v "$tool")" "$WORK/tools/$tool"; done
set +e
NONE=$(env -u JAVA_HOME PATH="$WORK/tools" /bin/sh "$LAUNCHER" validate "$SAMPLE" 2>&1); NONE_RC=$?
mkdir -p "$WORK/old/bin"
printf '#!/bin/sh\necho "    java.specification.version = 11" >&2\n' > "$WORK/old/bin/java"
chmod +x "$WORK/old/bin/java"
OLD=$(JAVA_HOME="$WORK/old" "$LAUNCHER" validate "$SAMPLE" 2>&1); OLD_RC=$?
set -e
[ "$NONE_RC" = 3 ] && echo "$NONE" | grep -q "Demarc needs Java 17 or newer. None was found" \
  || fail "without a Java, demarc.sh said ($NONE_RC): $NONE"
[ "$OLD_RC" = 3 ] && echo "$OLD" | grep -q "is Java 11, too old" || fail "with Java 11, demarc.sh said ($OLD_RC): $OLD"
echo "check-portable: ok: both Linux archives run from any folder; demarc.sh refuses a missing or old Java clearly"
