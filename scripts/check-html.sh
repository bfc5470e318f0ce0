#!/usr/bin/env bash
# Renders the comparison table (fagui diff --format table-html) of a corpus pair in
# headless Chromium and checks that the page is not blank, has no horizontal
# overflow, and prints on A4 landscape. Writes the screenshot to
# target/check-html/PAIR.png and the printout to target/check-html/PAIR.pdf.
#
#   scripts/check-html.sh [PAIR]        (default: seed-partial)
#
# Needs chromium (or $CHROMIUM) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

pair="${1:-seed-partial}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then
    echo "check-html: chromium not found" >&2
    exit 2
fi
out="target/check-html"
mkdir -p "$out"
html="$out/$pair.html"
probe="$out/$pair.probe.html"
png="$out/$pair.png"
pdf="$out/$pair.pdf"

cargo run --quiet -- diff --format table-html \
    "corpus/pairs/$pair.old.txt" "corpus/pairs/$pair.new.txt" > "$html"

# The same page with a script that writes the overflow check into the DOM.
python3 - "$html" "$probe" <<'EOF'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
script = """<script>
window.addEventListener('load', function () {
  var d = document.documentElement;
  var r = document.createElement('div');
  r.id = 'overflow-check';
  r.textContent = 'scrollWidth=' + d.scrollWidth + ' innerWidth=' + window.innerWidth +
    ' ok=' + (d.scrollWidth <= window.innerWidth);
  document.body.appendChild(r);
});
</script>"""
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", script + "\n</body>"))
EOF

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --hide-scrollbars --window-size=1600,1200)

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" "${flags[@]}" --user-data-dir="$profile" --screenshot="$png" \
    "file://$PWD/$html" > /dev/null 2>&1 || true
dom="$("$browser" "${flags[@]}" --user-data-dir="$profile" --virtual-time-budget=3000 --dump-dom \
    "file://$PWD/$probe" 2> /dev/null || true)"
"$browser" "${flags[@]}" --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$pdf" \
    "file://$PWD/$html" > /dev/null 2>&1 || true

python3 - "$pdf" <<'EOF'
import re, sys
try:
    data = open(sys.argv[1], "rb").read()
except OSError:
    sys.exit("check-html: no printout was written")
boxes = {tuple(float(x) for x in m.split()) for m in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)}
if not boxes:
    sys.exit("check-html: the printout has no pages")
for x0, y0, x1, y1 in boxes:
    w, h = x1 - x0, y1 - y0
    # A4 landscape: 842 x 595 points.
    if abs(w - 842) > 3 or abs(h - 595) > 3:
        sys.exit(f"check-html: printed page is {w:.0f} x {h:.0f} pt, not A4 landscape")
pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
print(f"check-html: printout on A4 landscape ({pages} pages)")
EOF

python3 - "$png" "$dom" <<'EOF'
import re, struct, sys, zlib

png, dom = sys.argv[1], sys.argv[2]
try:
    data = open(png, "rb").read()
except OSError:
    sys.exit("check-html: no screenshot was written")
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("check-html: the screenshot is not a PNG")
pos, chunks = 8, {}
idat = b""
while pos < len(data):
    (length,) = struct.unpack(">I", data[pos:pos + 4])
    kind = data[pos + 4:pos + 8]
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        chunks["IHDR"] = body
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
width, height, depth, color = struct.unpack(">IIBB", chunks["IHDR"][:10])
if depth != 8 or color not in (2, 6):
    sys.exit(f"check-html: unexpected PNG format (depth {depth}, colour type {color})")
bpp = 3 if color == 2 else 4
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
dark = 0
i = 0
for _ in range(height):
    filt = raw[i]
    line = bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if filt == 1:
            line[x] = (line[x] + a) & 255
        elif filt == 2:
            line[x] = (line[x] + b) & 255
        elif filt == 3:
            line[x] = (line[x] + (a + b) // 2) & 255
        elif filt == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        if min(line[x], line[x + 1], line[x + 2]) < 200:
            dark += 1
    prev = line
share = dark / (width * height)
print(f"check-html: {png}: {width}x{height}, {dark} non-white pixels ({share:.2%})")
if share < 0.005:
    sys.exit("check-html: the page looks blank")
m = re.search(r"scrollWidth=(\d+) innerWidth=(\d+) ok=(\w+)", dom)
if not m:
    sys.exit("check-html: the overflow probe did not run")
print(f"check-html: scrollWidth {m.group(1)}, innerWidth {m.group(2)}")
if m.group(3) != "true":
    sys.exit("check-html: the table overflows horizontally")
print("check-html: ok")
EOF
