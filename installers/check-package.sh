#!/usr/bin/env bash
# Checks a built Demarc package: an app-image folder (target/jpackage/Demarc), a .deb or an .rpm.
#   - the runtime carries no JDK development tools (javac, javadoc, jrunscript, jshell, ... in bin/;
#     jdk.compiler, jdk.javadoc, ... among its modules, from runtime/release and from the runtime's
#     own `java --list-modules`, which reads lib/modules);
#   - demarc.jar is the thin jar: Demarc's classes only, no dependency packed into it;
#   - a .deb or .rpm stays within the size budget (DEMARC_DEB_BUDGET bytes, default 45 MB =
#     45,000,000), registers the .demarc file type (the menu entry's MIME type, the MIME glob), puts
#     `demarc` on the PATH (the .deb's postinst, a link in the .rpm), builds the class-data-sharing
#     archives where it is installed, and its launcher, unpacked, runs `--version` and the command
#     line on the sample.
# Prints what it found and exits 1 on the first broken rule.
# Usage: installers/check-package.sh target/jpackage/Demarc | target/jpackage/packages/demarc_*.deb
#        | target/jpackage/packages/demarc-*.rpm
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
TARGET_ABS=$(readlink -f "$TARGET")
SAMPLE=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/org/demarc/samples/webshop.demarc

case "$TARGET" in
  *.deb|*.rpm)
    [ -f "$TARGET" ] || fail "no such package: $TARGET"
    SIZE=$(stat -c %s "$TARGET")
    echo "check-package: $(basename "$TARGET") $SIZE bytes ($(awk "BEGIN { printf \"%.1f\", $SIZE / 1e6 }") MB; budget $(awk "BEGIN { printf \"%.1f\", $BUDGET / 1e6 }") MB)"
    [ "$SIZE" -le "$BUDGET" ] || fail "$(basename "$TARGET") is $SIZE bytes, over the budget of $BUDGET"
    WORK=$(mktemp -d)
    mkdir -p "$WORK/root" "$WORK/control"
    case "$TARGET" in
      *.deb)
        dpkg-deb -x "$TARGET" "$WORK/root"
        dpkg-deb -e "$TARGET" "$WORK/control"
        SCRIPTS=$(cat "$WORK/control/postinst")
        grep -qxF '        ln -sf /opt/demarc/bin/Demarc /usr/bin/demarc' "$WORK/control/postinst" \
          || fail "the postinst of $(basename "$TARGET") puts no demarc on the PATH"
        ;;
      *.rpm)
        (cd "$WORK/root" && rpm2cpio "$TARGET_ABS" | cpio -idm --quiet)
        SCRIPTS=$(rpm -qp --scripts "$TARGET" 2>/dev/null)
        LISTED=$(rpm -qlp "$TARGET" 2>/dev/null)
        for f in /usr/bin/demarc /usr/share/applications/demarc-Demarc.desktop \
          /usr/share/mime/packages/demarc-Demarc.xml /usr/share/metainfo/org.demarc.Demarc.metainfo.xml \
          /opt/demarc/bin/Demarc /opt/demarc/lib/app/demarc.jar; do
          echo "$LISTED" | grep -qxF "$f" || fail "$(basename "$TARGET") does not list $f (rpm -qlp)"
        done
        # Folders of the system (Fedora's filesystem package) must not belong to Demarc.
        OWNED=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$TARGET" 2>/dev/null | sed -n 's/^d[^ ]* //p' \
          | grep -vx '/opt/demarc\(/.*\)\?' || true)
        [ -z "$OWNED" ] || fail "$(basename "$TARGET") owns system folders: $(echo "$OWNED" | paste -sd' ' -)"
        [ "$(readlink "$WORK/root/usr/bin/demarc")" = /opt/demarc/bin/Demarc ] \
          || fail "/usr/bin/demarc in $(basename "$TARGET") is not a link to /opt/demarc/bin/Demarc"
        ;;
    esac
    echo "$SCRIPTS" | grep -q '/opt/demarc/lib/app/make-cds-archive.sh /opt/demarc' \
      || fail "$(basename "$TARGET") builds no class-data-sharing archive where it is installed"
    LAUNCHER=$(find "$WORK/root" -path '*/bin/Demarc' -type f | head -n 1)
    [ -n "$LAUNCHER" ] || fail "no bin/Demarc in $(basename "$TARGET")"
    ROOT=$(dirname "$(dirname "$LAUNCHER")")
    grep -qxF 'MimeType=application/x-demarc+json' "$ROOT/lib/demarc-Demarc.desktop" \
      || fail "the menu entry of $(basename "$TARGET") opens no .demarc files"
    grep -qF 'glob pattern="*.demarc"' "$ROOT/lib/demarc-Demarc-MimeInfo.xml" \
      || fail "$(basename "$TARGET") registers no MIME type for *.demarc"
    VERSION=$("$LAUNCHER" --version) || fail "the launcher of $(basename "$TARGET") does not start: $VERSION"
    "$LAUNCHER" validate "$SAMPLE" >/dev/null || fail "the launcher of $(basename "$TARGET") fails on the sample"
    echo "check-package: unpacked, bin/Demarc --version: $VERSION; validate on the sample: ok"
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
