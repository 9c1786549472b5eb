#!/usr/bin/env bash
# Renders the master icons (demarc.svg, document.svg) into every size and format the installers
# need. Needs ImageMagick and python3. The results are committed; run again after editing a master.
set -euo pipefail
cd "$(dirname "$0")"
out=generated
mkdir -p "$out"
for name in demarc document; do
  for size in 16 24 32 48 64 128 256 512 1024; do
    convert -background none -density 300 "$name.svg" -resize "${size}x${size}" "PNG32:$out/$name-$size.png"
  done
  convert "$out/$name-16.png" "$out/$name-24.png" "$out/$name-32.png" "$out/$name-48.png" \
          "$out/$name-64.png" "$out/$name-128.png" "$out/$name-256.png" "$out/$name.ico"
  # ICNS: a header and one PNG per size (ic07 128, ic08 256, ic09 512, ic10 1024).
  python3 - "$out" "$name" <<'PY'
import struct, sys
out, name = sys.argv[1], sys.argv[2]
chunks = b""
for kind, size in (("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)):
    data = open(f"{out}/{name}-{size}.png", "rb").read()
    chunks += kind.encode() + struct.pack(">I", len(data) + 8) + data
open(f"{out}/{name}.icns", "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
done
echo "icons written to $out/"
