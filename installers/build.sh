#!/usr/bin/env bash
# One command per platform: builds Demarc's app-image and the native installer of the OS it runs on.
#   Linux:   target/jpackage/Demarc (app-image), demarc_VERSION_amd64.deb, and .rpm where rpmbuild exists
#   macOS:   Demarc-VERSION.dmg         (not yet verified: no macOS build machine)
#   Windows: Demarc-VERSION.msi, run from Git Bash; JDK 17's jpackage needs WiX 3 (not yet verified)
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
./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/deps"
# JavaFX goes into the runtime image (module path); everything else onto the class path.
for jar in "$OUT"/deps/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) mv "$jar" "$OUT/javafx/" ;;
    *) mv "$jar" "$OUT/input/" ;;
  esac
done
cp "target/original-demarc-$VERSION.jar" "$OUT/input/demarc.jar"
cp NOTICE installers/common/make-cds-archive.sh "$OUT/input/"
[ "$OS" = linux ] && cp installers/linux/org.demarc.Demarc.metainfo.xml "$OUT/input/"

echo "== runtime image"
MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$OUT/input/*" "$OUT/input/demarc.jar")
jlink --module-path "$OUT/javafx" --add-modules "$MODULES,javafx.controls,javafx.fxml" \
  --generate-cds-archive --strip-debug --no-header-files --no-man-pages --output "$OUT/runtime"
echo "   modules: $MODULES,javafx.controls,javafx.fxml"

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
  @installers/common/jpackage.args "${JAVA_OPTS[@]}" "${EXTRA[@]}"
IMAGE="$OUT/Demarc"
[ "$OS" = macos ] && IMAGE="$OUT/Demarc.app"

echo "== class list for the CDS archive (a GUI start, recorded once here)"
CP=$(ls "$OUT"/input/*.jar | paste -sd "$SEP" -)
RUNNER=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then RUNNER=(xvfb-run -a); fi
"${RUNNER[@]}" "$OUT/runtime/bin/java" $(cat installers/common/javafx-module-options.txt) \
  -XX:DumpLoadedClassList="$OUT/cds-classes.txt" -Djava.util.prefs.userRoot="$OUT/prefs" \
  -cp "$CP" org.demarc.Launcher --self-test || echo "   (no display: CLI classes only)"
"$OUT/runtime/bin/java" -XX:DumpLoadedClassList="$OUT/cds-classes-cli.txt" -cp "$CP" org.demarc.Launcher \
  validate src/main/resources/org/demarc/samples/webshop.demarc >/dev/null
APPDIR="$IMAGE/lib/app"
[ "$OS" = macos ] && APPDIR="$IMAGE/Contents/app"
cat "$OUT"/cds-classes*.txt | grep -v '^#' | sort -u > "$APPDIR/cds-classes.txt"
echo "   $(wc -l < "$APPDIR/cds-classes.txt") classes"

"$IMAGE/bin/Demarc" --version
$IMAGE_ONLY && { echo "== app-image ready: $IMAGE"; exit 0; }

echo "== installer"
case "$OS" in
  linux)
    jpackage --type deb --app-image "$IMAGE" --dest "$OUT/packages" --app-version "$VERSION" \
      @installers/common/jpackage.args @installers/linux/jpackage.args \
      --resource-dir installers/linux/resources --icon "$ICON" \
      --file-associations installers/linux/demarc-file.properties
    if command -v rpmbuild >/dev/null; then
      jpackage --type rpm --app-image "$IMAGE" --dest "$OUT/packages" --app-version "$VERSION" \
        @installers/common/jpackage.args --install-dir /opt --linux-shortcut --icon "$ICON" \
        --file-associations installers/linux/demarc-file.properties
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
