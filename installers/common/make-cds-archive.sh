#!/bin/sh
# Builds Demarc's class-data-sharing archive inside an installed app-image (argument: the image's
# root folder). Uses the launcher's own class path and options, so the JVM accepts the archive.
set -e
ROOT=${1:?usage: make-cds-archive.sh APP_IMAGE_ROOT}
APP="$ROOT/lib/app"
CFG=$(ls "$APP"/*.cfg | head -n 1)
JAVA="$ROOT/lib/runtime/bin/java"
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APP#g" | paste -sd: -)
OPTS=$(sed -n 's/^java-options=//p' "$CFG" | grep -v -- '-XX:SharedArchiveFile' | sed "s#\$APPDIR#$APP#g")
rm -f "$APP/demarc.jsa"
# shellcheck disable=SC2086
"$JAVA" $OPTS -XX:ArchiveClassesAtExit="$APP/demarc.jsa" -cp "$CP" org.demarc.CdsTraining "$APP/cds-classes.txt"
