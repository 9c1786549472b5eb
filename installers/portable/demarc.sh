#!/bin/sh
# Starts Demarc's portable edition on an installed Java 17 or newer (JAVA_HOME's, else the java on
# the PATH), from wherever this folder is: JavaFX of this OS from javafx/, on the module path, with
# the options the installers give it. Data goes to the per-user data folder, as with an install.
# Usage: demarc.sh [FILE.demarc]   the GUI
#        demarc.sh COMMAND ...     the command line (demarc.sh --help lists the commands)
HERE=$(cd "$(dirname "$0")" && pwd)

no_java() {
  echo "Demarc needs Java 17 or newer. $1" >&2
  echo "Install Java 17 or newer (for example Eclipse Temurin; its archive needs no admin rights)," >&2
  echo "then set JAVA_HOME to its folder or put its bin folder on the PATH, and start Demarc again." >&2
  exit 3
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  JAVA=$(command -v java)
else
  no_java "None was found: JAVA_HOME is not set to a Java and there is no java on the PATH."
fi
# One start of that java says its version, OS and architecture (Java 7 and later understand this).
SETTINGS=$("$JAVA" -XshowSettings:properties -version 2>&1)
prop() { echo "$SETTINGS" | sed -n "s/^ *$1 = //p" | head -n 1; }
SPEC=$(prop java.specification.version)
case "$SPEC" in
  "") no_java "$JAVA did not start as a Java (macOS's stand-in when no Java is installed does this)." ;;
  1.*|[0-9]|1[0-6]) no_java "$JAVA is Java $SPEC, too old." ;;
esac

OS=$(prop os.name)
ARCH=$(prop os.arch)
case "$OS/$ARCH" in
  Linux/amd64|Linux/x86_64) FX=linux ;;
  Mac*/x86_64|Mac*/amd64) FX=mac ;;
  Mac*/aarch64) FX=mac-aarch64 ;;
  *) FX=none ;;
esac
if [ ! -d "$HERE/javafx/$FX" ]; then
  echo "This copy of Demarc holds no JavaFX for $OS on $ARCH (the Java at $JAVA)." >&2
  echo "Take the portable archive made for this system, or demarc-*-portable.zip, which holds all of them." >&2
  exit 3
fi
exec "$JAVA" --module-path "$HERE/javafx/$FX" --add-modules javafx.controls "@$HERE/lib/javafx-options.txt" \
  -cp "$HERE/lib/*" org.demarc.Launcher "$@"
