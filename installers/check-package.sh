#!/usr/bin/env bash
# Checks a built Demarc package: an app-image folder (target/jpackage/Demarc) or a .deb.
#   - the runtime carries no JDK development tools (javac, javadoc, jrunscript, jshell, ... in bin/;
#     jdk.compiler, jdk.javadoc, ... among its modules, from runtime/release and from the runtime's
#     own `java --list-modules`, which reads lib/modules);
#   - demarc.jar is the thin jar: Demarc's classes only, no dependency packed into it;
#   - a .deb stays within the size budget (DEMARC_DEB_BUDGET bytes, default 45 MB = 45,000,000).
# Prints what it found and exits 1 on the first broken rule.
# Usage: installers/check-package.sh target/jpackage/Demarc | target/jpackage/packages/demarc_*.deb
set -euo pipefail

TARGET=${1:?usage: check-package.sh APP_IMAGE_FOLDER|PACKAGE.deb}
BUDGET=${DEMARC_DEB_BUDGET:-45000000}
TOOLS="javac javadoc jrunscript jshell jar jarsigner jlink jpackage jdeps jdb jconsole jcmd jmap jstack serialver"
DEV_MODULES="jdk.compiler jdk.javadoc java.compiler java.scripting jdk.jshell jdk.jdeps jdk.jlink jdk.jpackage \
jdk.jartool jdk.jdi jdk.jdwp.agent jdk.jconsole jdk.hotspot.agent jdk.jcmd"

fail() {
  echo "check-package: FAILED: $*" >&2
  exit 1
}

WORK=""
cleanup() { [ -n "$WORK" ] && rm -rf "$WORK"; return 0; }
trap cleanup EXIT

case "$TARGET" in
  *.deb)
    [ -f "$TARGET" ] || fail "no such package: $TARGET"
    SIZE=$(stat -c %s "$TARGET")
    echo "check-package: $(basename "$TARGET") $SIZE bytes ($(awk "BEGIN { printf \"%.1f\", $SIZE / 1e6 }") MB; budget $(awk "BEGIN { printf \"%.1f\", $BUDGET / 1e6 }") MB)"
    [ "$SIZE" -le "$BUDGET" ] || fail "$(basename "$TARGET") is $SIZE bytes, over the budget of $BUDGET"
    WORK=$(mktemp -d)
    dpkg-deb -x "$TARGET" "$WORK"
    LAUNCHER=$(find "$WORK" -path '*/bin/Demarc' -type f | head -n 1)
    [ -n "$LAUNCHER" ] || fail "no bin/Demarc in $(basename "$TARGET")"
    ROOT=$(dirname "$(dirname "$LAUNCHER")")
    ;;
  *)
    [ -d "$TARGET" ] || fail "no such app-image folder: $TARGET"
    ROOT=$TARGET
    ;;
esac

RUNTIME="$ROOT/lib/runtime"
APP="$ROOT/lib/app"
[ -d "$ROOT/Contents" ] && { RUNTIME="$ROOT/Contents/runtime/Contents/Home"; APP="$ROOT/Contents/app"; }
[ -f "$RUNTIME/release" ] || fail "no runtime/release in $ROOT"

for tool in $TOOLS; do
  if [ -e "$RUNTIME/bin/$tool" ] || [ -e "$RUNTIME/bin/$tool.exe" ]; then
    fail "the runtime carries the JDK tool bin/$tool"
  fi
done

RELEASED=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$RUNTIME/release" | tr ' ' '\n')
[ -n "$RELEASED" ] || fail "runtime/release names no modules"
JAVA="$RUNTIME/bin/java"
[ -x "$JAVA" ] || JAVA="$RUNTIME/bin/java.exe"
if [ -x "$JAVA" ]; then
  LINKED=$("$JAVA" --list-modules | sed 's/@.*//')
else
  LINKED=$RELEASED
fi
for m in $DEV_MODULES; do
  if echo "$RELEASED" | grep -qxF "$m" || echo "$LINKED" | grep -qxF "$m"; then
    fail "the runtime carries the JDK development module $m"
  fi
done
[ "$(echo "$RELEASED" | sort)" = "$(echo "$LINKED" | sort)" ] || fail "runtime/release and lib/modules disagree"

JAR="$APP/demarc.jar"
[ -f "$JAR" ] || fail "no demarc.jar in $APP"
FOREIGN=$(jar tf "$JAR" | grep '\.class$' | grep -v '^org/demarc/' | grep -v '^META-INF/versions/[0-9]*/org/demarc/' | head -n 3 || true)
[ -z "$FOREIGN" ] || fail "demarc.jar packs classes of its dependencies (e.g. $(echo "$FOREIGN" | head -n 1))"

echo "check-package: ok: $(echo "$LINKED" | wc -l) modules, no JDK tools; runtime $(du -sm "$RUNTIME" | cut -f1) MB," \
  "lib/app $(du -sm "$APP" | cut -f1) MB; modules: $(echo "$LINKED" | sort | paste -sd' ' -)"
