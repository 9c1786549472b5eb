#!/usr/bin/env bash
# One command per platform: builds Demarc's app-image and the native installer of the OS it runs on.
#   Linux:   target/jpackage/Demarc (app-image), demarc_VERSION_amd64.deb and, where rpmbuild
#            exists (Debian: apt-get install rpm), demarc-VERSION.x86_64.rpm, both checked by
#            installers/check-package.sh: no JDK tools, within the size budget, the launcher runs
#   macOS:   Demarc-VERSION.dmg         (not yet verified: no macOS build machine)
#   Windows: Demarc-VERSION.msi, run from Git Bash; JDK 17's jpackage needs WiX 3 (not yet verified)
# .github/workflows/installers.yml runs it on each OS; installers/portable.sh makes the portable
# edition from what it built.
# Usage: installers/build.sh [--image-only]
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE_ONLY=false
[ "${1:-}" = "--image-only" ] && IMAGE_ONLY=true
case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 2 ;;
esac
VERSION=$(sed -n 's:^  <version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
OUT=target/jpackage
SEP=":"; [ "$OS" = windows ] && SEP=";"

echo "== building Demarc $VERSION for $OS"
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/javafx" "$OUT/deps" "$OUT/packages"
# The thin jar and the dependencies come from a fresh Maven build folder of their own, never from
# target/: there a second `package` finds the jar up to date, and target/original-*.jar is then the
# previous shaded jar, which packed every dependency twice.
MVN_OUT="$PWD/$OUT/maven"
./mvnw -q -B -Ddemarc.buildDirectory="$MVN_OUT" -Dmaven.test.skip=true process-classes jar:jar \
  dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$PWD/$OUT/deps"
cp "$MVN_OUT/demarc-$VERSION.jar" "$OUT/input/demarc.jar"
# JavaFX goes into the runtime image (module path); everything else onto the class path.
for jar in "$OUT"/deps/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) mv "$jar" "$OUT/javafx/" ;;
    *) mv "$jar" "$OUT/input/" ;;
  esac
done
# Every jar stored, not deflated: the installer's compression then packs the class files
# themselves, to half the size of deflated jars. ICU4J without the locale data the report never
# reads: the folders the shade filter of pom.xml leaves out of the runnable jar, so both routes
# run the same ICU4J.
ICU_DROP=$(sed -n '/<artifact>com.ibm.icu:icu4j<\/artifact>/,/<\/excludes>/s:.*<exclude>\(.*\)\*\*</exclude>.*:\1:p' pom.xml)
[ -n "$ICU_DROP" ] || { echo "no ICU4J shade filter found in pom.xml" >&2; exit 1; }
DROP=()
for d in $ICU_DROP; do DROP+=(--drop "$d"); done
java installers/common/StoreJar.java "${DROP[@]}" "$OUT"/input/*.jar
cp NOTICE installers/common/make-cds-archive.sh "$OUT/input/"
[ "$OS" = linux ] && cp installers/linux/org.demarc.Demarc.metainfo.xml "$OUT/input/"

echo "== runtime image"
# The modules are the reviewed list in installers/common/jlink-modules.txt. jdeps still runs, so a
# new library that needs a module nobody reviewed stops the build instead of failing at run time.
LISTED=$(sed 's/#.*//' installers/common/jlink-modules.txt | tr -d ' \t\r' | grep -v '^$')
MODULES=$(echo "$LISTED" | grep -v '^-' | paste -sd, -)
REPORTED=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$OUT/input/*" "$OUT/input/demarc.jar" | tr ',' '\n')
UNREVIEWED=$(echo "$REPORTED" | grep -vxF -f <(echo "$LISTED" | sed 's/^-//') || true)
if [ -n "$UNREVIEWED" ]; then
  echo "jdeps reports modules that installers/common/jlink-modules.txt neither lists nor leaves out:" \
    "$(echo "$UNREVIEWED" | paste -sd' ' -)" >&2
  exit 1
fi
# No --generate-cds-archive: the JDK's base archive (12 MB, and a second one for heaps over 32 GB)
# is made where the program is installed, with Demarc's own (lib/app/make-cds-archive.sh).
jlink --module-path "$OUT/javafx" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --output "$OUT/runtime"
echo "   modules: $MODULES"

JAVA_OPTS=()
while IFS= read -r opt; do
  [ -n "$opt" ] && JAVA_OPTS+=(--java-options "$opt")
done < installers/common/javafx-module-options.txt
# The program's own CDS archive is built where it is installed (see make-cds-archive.sh).
JAVA_OPTS+=(--java-options '-XX:SharedArchiveFile=$APPDIR/demarc.jsa' --java-options '-Xshare:auto')

ICON=assets/icon/generated/demarc-256.png
[ "$OS" = windows ] && ICON=assets/icon/generated/demarc.ico
[ "$OS" = macos ] && ICON=assets/icon/generated/demarc.icns
EXTRA=()
[ "$OS" = windows ] && EXTRA+=(--add-launcher "demarc-cli=installers/windows/cli-launcher.properties")

echo "== app-image"
jpackage --type app-image --dest "$OUT" --app-version "$VERSION" --runtime-image "$OUT/runtime" \
  --input "$OUT/input" --main-jar demarc.jar --main-class org.demarc.Launcher --icon "$ICON" \
  @installers/common/jpackage.args "${JAVA_OPTS[@]}" ${EXTRA[@]+"${EXTRA[@]}"}
IMAGE="$OUT/Demarc"
LAUNCHER="$IMAGE/bin/Demarc"
[ "$OS" = macos ] && { IMAGE="$OUT/Demarc.app"; LAUNCHER="$IMAGE/Contents/MacOS/Demarc"; }
# Windows: the console launcher; Demarc.exe has no console to print to.
[ "$OS" = windows ] && LAUNCHER="$IMAGE/demarc-cli.exe"

APPDIR="$IMAGE/lib/app"
[ "$OS" = macos ] && APPDIR="$IMAGE/Contents/app"
[ "$OS" = windows ] && APPDIR="$IMAGE/app"
CP=$(ls "$OUT"/input/*.jar | paste -sd "$SEP" -)
# The list a GUI start loads differs by a few classes from run to run (4,947 and 4,944 in two
# builds here: what a timer or a wait that ran out under load happened to load), and with it the
# package. So it is recorded once per content of the jars (names, sizes and CRCs of their entries)
# and the launch options, and a second build of the same sources packs the same list.
CDS_LIST=""
if command -v unzip >/dev/null; then
  CDS_KEY=$( {
    for jar in "$OUT"/input/*.jar; do
      basename "$jar"
      unzip -lv "$jar" | awk '$7 ~ /^[0-9a-f]+$/ && length($7) == 8 { print $1, $7, $8 }'
    done
    cat installers/common/javafx-module-options.txt
    echo "$MODULES"
  } | cksum | tr ' ' '-')
  CDS_LIST="target/cds-class-lists/$OS-$CDS_KEY.txt"
fi
if [ -n "$CDS_LIST" ] && [ -f "$CDS_LIST" ]; then
  echo "== class list for the CDS archive: recorded before for these jars ($CDS_LIST)"
  cp "$CDS_LIST" "$APPDIR/cds-classes.txt"
else
  echo "== class list for the CDS archive (a GUI start, recorded once for these jars)"
  RUNNER=()
  if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then RUNNER=(xvfb-run -a); fi
  # ${A[@]+"${A[@]}"}: an empty array under set -u, which macOS's bash 3.2 otherwise calls unbound.
  ${RUNNER[@]+"${RUNNER[@]}"} "$OUT/runtime/bin/java" $(cat installers/common/javafx-module-options.txt) \
    -XX:DumpLoadedClassList="$OUT/cds-classes.txt" -Djava.util.prefs.userRoot="$OUT/prefs" \
    -cp "$CP" org.demarc.Launcher --self-test || echo "   (no display: CLI classes only)"
  "$OUT/runtime/bin/java" -XX:DumpLoadedClassList="$OUT/cds-classes-cli.txt" -cp "$CP" org.demarc.Launcher \
    validate src/main/resources/org/demarc/samples/webshop.demarc >/dev/null
  # Class names only: the ids and the lambda entries of the JVM's list change from run to run, and
  # make-cds-archive.sh reads the names only.
  cat "$OUT"/cds-classes*.txt | grep -v '^[#@]' | cut -d' ' -f1 | LC_ALL=C sort -u > "$APPDIR/cds-classes.txt"
  if [ -n "$CDS_LIST" ]; then mkdir -p "$(dirname "$CDS_LIST")" && cp "$APPDIR/cds-classes.txt" "$CDS_LIST"; fi
fi
echo "   $(wc -l < "$APPDIR/cds-classes.txt") classes"

"$LAUNCHER" --version
$IMAGE_ONLY && { echo "== app-image ready: $IMAGE"; exit 0; }

echo "== installer"
# File dates in the package from the version's commit, not from the clock: two builds of one
# commit give the same package (dpkg-deb honours SOURCE_DATE_EPOCH).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)}
export SOURCE_DATE_EPOCH
case "$OS" in
  linux)
    jpackage --type deb --app-image "$IMAGE" --dest "$OUT/packages" --app-version "$VERSION" \
      @installers/common/jpackage.args @installers/linux/jpackage.args @installers/linux/deb.args \
      --resource-dir installers/linux/resources --icon "$ICON" \
      --file-associations installers/linux/demarc-file.properties
    installers/check-package.sh "$OUT"/packages/demarc_*.deb
    # The .rpm: the same app-image, file association, menu entry and `demarc` on the PATH
    # (installers/linux/resources/demarc.spec, jpackage's spec template extended as postinst is).
    if command -v rpmbuild >/dev/null; then
      jpackage --type rpm --app-image "$IMAGE" --dest "$OUT/packages" --app-version "$VERSION" \
        @installers/common/jpackage.args @installers/linux/jpackage.args @installers/linux/rpm.args \
        --resource-dir installers/linux/resources --icon "$ICON" \
        --file-associations installers/linux/demarc-file.properties
      installers/check-package.sh "$OUT"/packages/demarc-*.rpm
    else
      echo "   no rpmbuild: no .rpm (Debian, Ubuntu: apt-get install rpm)"
    fi ;;
  macos)
    jpackage --type dmg --app-image "$IMAGE" --dest "$OUT/packages" --app-version "$VERSION" \
      @installers/common/jpackage.args @installers/macos/jpackage.args \
      --resource-dir installers/macos/resources --file-associations installers/macos/demarc-file.properties ;;
  windows)
    jpackage --type msi --app-image "$IMAGE" --dest "$OUT/packages" --app-version "$VERSION" \
      @installers/common/jpackage.args @installers/windows/jpackage.args \
      --resource-dir installers/windows/resources --file-associations installers/windows/demarc-file.properties ;;
esac
ls -l "$OUT/packages"
