#!/usr/bin/env bash
# Time, peak memory and output of `fagui parse` on each input of a folder, side by side
# with the folder's normal.txt, in one run:
#
#   cargo run --release --example hostile_inputs -- DIR [REGS_DIR]
#   scripts/robustness-table.sh DIR [FAGUI]
#
# Output goes to DIR/out (put DIR on a tmpfs). Needs GNU time (/usr/bin/time).
set -euo pipefail
dir=${1:?usage: robustness-table.sh DIR [FAGUI]}
fagui=${2:-target/release/fagui}
mkdir -p "$dir/out"
measure() { # file → "seconds peak_kB input_bytes output_bytes"
    local f=$1 out=$dir/out/$(basename "$1").json
    local t
    t=$( { /usr/bin/time -f '%e %M' "$fagui" parse "$f" > "$out"; } 2>&1 | tail -n 1)
    echo "$t $(stat -c %s "$f") $(stat -c %s "$out")"
    rm -f "$out"
}
read -r nt nm ni no < <(measure "$dir/normal.txt")
echo "| input | size | time | time/byte vs normal | peak memory | memory / input | output | output/byte vs normal |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
row() {
    awk -v name="$1" -v t="$2" -v m="$3" -v i="$4" -v o="$5" -v nt="$nt" -v ni="$ni" -v no="$no" 'BEGIN {
        tb = (nt > 0 && t > 0) ? (t / i) / (nt / ni) : 0
        printf "| %s | %.1f MB | %.2f s | %.2f | %.0f MB | %.2f | %.1f MB | %.2f |\n",
            name, i / 1e6, t, tb, m * 1024 / 1e6, m * 1024 / i, o / 1e6, (o / i) / (no / ni) }'
}
row normal.txt "$nt" "$nm" "$ni" "$no"
for f in "$dir"/*.txt; do
    [ "$(basename "$f")" = normal.txt ] && continue
    read -r t m i o < <(measure "$f")
    row "$(basename "$f")" "$t" "$m" "$i" "$o"
done
