#!/bin/sh
# Builds the class-data-sharing archives inside an installed app-image (argument: the image's
# root folder): the JDK's base archive of the runtime (lib/server/classes.jsa, left out of the
# package to keep it small), then Demarc's own on top of it, with the launcher's own class path
# and options, so the JVM accepts the archive.
set -e
ROOT=${1:?usage: make-cds-archive.sh APP_IMAGE_ROOT}
APP="$ROOT/lib/app"
CFG=$(ls "$APP"/*.cfg | head -n 1)
JAVA="$ROOT/lib/runtime/bin/java"
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APP#g" | paste -sd: -)
OPTS=$(sed -n 's/^java-options=//p' "$CFG" | grep -v -- '-XX:SharedArchiveFile' | sed "s#\$APPDIR#$APP#g")
rm -f "$APP/demarc.jsa"
BASE="$ROOT/lib/runtime/lib/server/classes.jsa"
[ -f "$BASE" ] || "$JAVA" -Xshare:dump >/dev/null
# shellcheck disable=SC2086
"$JAVA" $OPTS -XX:ArchiveClassesAtExit="$APP/demarc.jsa" -cp "$CP" org.demarc.CdsTraining "$APP/cds-classes.txt"
