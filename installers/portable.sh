#!/usr/bin/env bash
# Builds Demarc's portable edition (runs from any folder, nothing installed, data in the per-user
# data folder) into target/portable/:
#   demarc-VERSION-linux-x64.tar.gz      the app-image of installers/build.sh (its own runtime)
#   demarc-VERSION-windows-x64.zip       the cross-platform form for the OSes this build machine
#   demarc-VERSION-macos-x64.tar.gz        cannot make a runtime for: Demarc's jars, JavaFX of that
#   demarc-VERSION-macos-aarch64.tar.gz    OS (javafx/win, mac, mac-aarch64 or linux, natives
#                                          inside) and the launchers demarc.cmd, demarc.command,
#                                          demarc.sh, on an installed Java 17 or newer
#   demarc-VERSION-portable.zip          the cross-platform form with JavaFX of every OS above
# Takes the app-image and the jars of the last installers/build.sh (runs `build.sh --image-only`
# when there is none); JavaFX of the other OSes comes from Maven (the `portable` profile of pom.xml).
# Checked by installers/check-portable.sh and PortableArchivesTest.
# Usage: installers/portable.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$(sed -n 's:^  <version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
JP=target/jpackage
OUT=target/portable
if [ "$("$JP/Demarc/bin/Demarc" --version 2>/dev/null | grep -o "$VERSION" | head -n 1)" != "$VERSION" ]; then
  installers/build.sh --image-only
fi

echo "== portable edition of Demarc $VERSION"
rm -rf "$OUT"
mkdir -p "$OUT/stage"
./mvnw -q -B -Pportable dependency:copy@portable-javafx -Ddemarc.portableJavafx="$PWD/$OUT/javafx"
# Same bytes from two builds of one commit: file dates from the commit, names sorted, no owners.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)}

# The cross-platform form, one folder: the jars the app-image runs (Demarc's thin jar and the
# class path, stored and with the ICU4J of the runnable jar), JavaFX per OS, the launchers.
FORM="$OUT/stage/form"
mkdir -p "$FORM/lib" "$FORM/javafx"
cp "$JP"/input/*.jar "$FORM/lib/"
cp installers/common/javafx-module-options.txt "$FORM/lib/javafx-options.txt"
cp NOTICE installers/portable/README.txt installers/portable/demarc.sh installers/portable/demarc.command \
  installers/portable/demarc.cmd "$FORM/"
cp -r "$OUT"/javafx/* "$FORM/javafx/"

# stage NAME FX-FOLDERS... : a copy of the form under NAME/demarc-VERSION with those JavaFX folders only.
stage() {
  local dir="$OUT/stage/$1/demarc-$VERSION"
  shift
  mkdir -p "$dir/javafx"
  # Hard links: four copies of 120 MB of jars cost no time and no disk.
  cp -rl "$FORM/lib" "$FORM"/NOTICE "$FORM"/README.txt "$FORM"/demarc.* "$dir/"
  for fx in "$@"; do cp -rl "$FORM/javafx/$fx" "$dir/javafx/"; done
  find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}
targz() {
  tar -C "$1" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -cf - "$3" \
    | gzip -n > "$2"
}
zipped() {
  local abs
  abs="$PWD/$2"
  (cd "$1" && find "$3" | LC_ALL=C sort | zip -q -X "$abs" -@)
}

stage windows win
stage macos-x64 mac
stage macos-aarch64 mac-aarch64
stage portable win mac mac-aarch64 linux
zipped "$OUT/stage/windows" "$OUT/demarc-$VERSION-windows-x64.zip" "demarc-$VERSION"
targz "$OUT/stage/macos-x64" "$OUT/demarc-$VERSION-macos-x64.tar.gz" "demarc-$VERSION"
targz "$OUT/stage/macos-aarch64" "$OUT/demarc-$VERSION-macos-aarch64.tar.gz" "demarc-$VERSION"
zipped "$OUT/stage/portable" "$OUT/demarc-$VERSION-portable.zip" "demarc-$VERSION"

# Linux: the app-image itself, under demarc-VERSION/. Without the class-data-sharing archives of
# a machine that ran it (they record absolute paths; the JVM starts without them, see README).
mkdir -p "$OUT/stage/linux"
cp -rl "$JP/Demarc" "$OUT/stage/linux/demarc-$VERSION"  # hard links; tar sets the dates
find "$OUT/stage/linux" -name '*.jsa' -delete
targz "$OUT/stage/linux" "$OUT/demarc-$VERSION-linux-x64.tar.gz" "demarc-$VERSION"

rm -rf "$OUT/stage" "$OUT/javafx"
ls -l "$OUT"
