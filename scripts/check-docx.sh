#!/usr/bin/env bash
# Writes the comparison table of corpus pairs as Word (fagui diff --format docx),
# opens each file in headless LibreOffice, converts it to PDF and checks that:
# the pages are A4 landscape, the text holds the title and the three column headers,
# the header row is repeated on every page of a table that runs over several pages,
# page 1 renders to a picture that is not blank, and the .docx reads back through
# `parse --from table` to the pair's two versions (with --all). Then the clean text of a
# directive and of a statute as Word (`fagui parse --format docx`, the list numbers as
# Word's automatic numbering), converted the same way: the PDF, read back, gives the same
# clean text (LibreOffice numbers the lists as fagui's reader does).
# Writes target/check-docx/PAIR.{docx,pdf,txt} and PAIR-1.png, and text-NAME.{docx,pdf,png}.
#
#   scripts/check-docx.sh [PAIR…]      (default: every pair in corpus/pairs)
#
# Needs LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm, pdfinfo);
# installs them from Debian's packages when missing and run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice > /dev/null || ! command -v pdftoppm > /dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk > /dev/null
    else
        echo "check-docx: needs soffice (libreoffice-writer-nogui) and poppler-utils" >&2
        exit 2
    fi
fi

out="target/check-docx"
mkdir -p "$out"
cargo build --quiet
fagui="target/debug/fagui"
if [ "$#" -gt 0 ]; then
    pairs=("$@")
else
    pairs=()
    for f in corpus/pairs/*.old.txt; do pairs+=("$(basename "$f" .old.txt)"); done
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

failed=0
for pair in "${pairs[@]}"; do
    old="corpus/pairs/$pair.old.txt"
    new="corpus/pairs/$pair.new.txt"
    docx="$out/$pair.docx"
    "$fagui" diff --all --format docx -o "$docx" "$old" "$new"
    timeout 300 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
        --outdir "$out" "$docx" > /dev/null 2>&1 || true
    pdf="$out/$pair.pdf"
    if [ ! -s "$pdf" ]; then
        echo "check-docx: $pair: LibreOffice did not convert the file" >&2
        failed=1
        continue
    fi
    pdftotext -layout "$pdf" "$out/$pair.txt"
    pdftoppm -r 60 -f 1 -l 1 -png "$pdf" "$out/$pair"
    png="$(ls "$out/$pair"-*1.png | head -n 1)"
    # Read back: the 現行 and 修正 columns of the .docx against the texts (the tree:
    # ids, numbers, captions, texts; a table carries no history block).
    for side in old new; do
        file="$old"; [ "$side" = new ] && file="$new"
        if ! python3 - <("$fagui" parse --from table --side "$side" "$docx") <("$fagui" parse "$file") <<'EOF'
import json, sys
def nodes(path):
    out = []
    def walk(n):
        out.append((n["id"], n["num"], n.get("caption"), n["text"], n.get("deleted", False)))
        for c in n["children"]:
            walk(c)
    doc = json.load(open(path, encoding="utf-8"))
    for u in doc["units"]:
        walk(u)
    return doc["title"], out
sys.exit(0 if nodes(sys.argv[1]) == nodes(sys.argv[2]) else 1)
EOF
        then
            echo "check-docx: $pair: the $side column does not read back to $file" >&2
            failed=1
        fi
    done
    python3 - "$pdf" "$out/$pair.txt" "$png" "$pair" <<'EOF' || failed=1
import re, struct, sys, zlib, subprocess

pdf, txt, png, pair = sys.argv[1:5]
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
size = re.search(r"Page size:\s*([\d.]+) x ([\d.]+)", info)
pages = int(re.search(r"Pages:\s*(\d+)", info).group(1))
w, h = float(size.group(1)), float(size.group(2))
if abs(w - 842) > 3 or abs(h - 595) > 3:
    sys.exit(f"check-docx: {pair}: page is {w:.0f} x {h:.0f} pt, not A4 landscape")
text = open(txt, encoding="utf-8").read()
heads = ("修正規定", "現行規定") if "修正規定" in text else ("修正條文", "現行條文")
for word in heads + ("說明", "對照表"):
    if word not in text:
        sys.exit(f"check-docx: {pair}: {word} is not in the converted text")
# The header row on every page that holds table rows.
per_page = text.split("\f")
body = [p for p in per_page if p.strip() and not p.strip().isdigit()]
missing = [i + 1 for i, p in enumerate(body) if heads[0] not in p]
if missing:
    sys.exit(f"check-docx: {pair}: no header row on page(s) {missing}")

# Page 1 is not blank: count the dark pixels of the PNG (8-bit RGB, no interlace).
data = open(png, "rb").read()
pos, idat, width, height = 8, b"", 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
    elif kind == b"IDAT":
        idat += chunk
    pos += 12 + n
raw = zlib.decompress(idat)
bpp = 3
stride = width * bpp
prev = bytearray(stride)
dark = 0
i = 0
for _ in range(height):
    f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    dark += sum(1 for x in range(0, stride, bpp) if line[x] < 128)
    prev = line
share = dark / (width * height)
if share < 0.005:
    sys.exit(f"check-docx: {pair}: page 1 looks blank ({share:.2%} dark pixels)")
print(f"check-docx: {pair}: {pages} page(s) A4 landscape, header row on each, page 1 {share:.1%} ink")
EOF
done

# The clean text as Word: LibreOffice's rendering of the numbering reads back as the text.
for law in corpus/directives/data-governance-1a.txt corpus/statutes/marine-survey-act-2a.txt; do
    name="text-$(basename "$law" .txt)"
    "$fagui" parse --format docx "$law" > "$out/$name.docx"
    timeout 300 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
        --outdir "$out" "$out/$name.docx" > /dev/null 2>&1 || true
    if [ ! -s "$out/$name.pdf" ]; then
        echo "check-docx: $name: LibreOffice did not convert the file" >&2
        failed=1
        continue
    fi
    pdftoppm -r 60 -f 1 -l 1 -png "$out/$name.pdf" "$out/$name"
    if ! cmp -s <("$fagui" parse --format text "$out/$name.pdf") <("$fagui" parse --format text "$law"); then
        echo "check-docx: $name: the PDF of parse --format docx does not read back as the text" >&2
        failed=1
    else
        echo "check-docx: $name: Word numbering rendered by LibreOffice reads back as the text"
    fi
done
exit "$failed"
