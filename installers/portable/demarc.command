#!/bin/sh
# macOS: double-clicked in the Finder, this opens in Terminal and starts Demarc's portable edition
# (demarc.sh beside it) on the newest Java 17 or newer that macOS knows, unless JAVA_HOME is set.
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/libexec/java_home ]; then
  if FOUND=$(/usr/libexec/java_home -v 17+ 2>/dev/null); then
    JAVA_HOME=$FOUND
    export JAVA_HOME
  fi
fi
exec "$(dirname "$0")/demarc.sh" "$@"
