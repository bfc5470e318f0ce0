#!/usr/bin/env bash
# Interrupts batch runs and counts what they leave behind: each of SIGINT and SIGTERM is
# sent RUNS times (default 20) to a `fagui parse DIR --out OUT` at a random moment, then
# the output folder is searched for temporary files and for outputs that are not whole.
# Exit 130/143: stopped by the signal; exit 0: the batch was done before it came.
# As root with tmpfs mounts allowed, the batch is also run RUNS times on a nearly full
# disk. Run by hand (not in CI):
#
#   cargo build --release && scripts/signal-check.sh [path/to/fagui] [RUNS]
#
# Prints one line per kind of run and exits 1 if any temporary file was left.
set -uo pipefail
# Job control: a background job then keeps SIGINT (a non-interactive shell would start
# it with SIGINT ignored).
set -m
cd "$(dirname "$0")/.."
FAGUI=${1:-target/release/fagui}
RUNS=${2:-20}
[ -x "$FAGUI" ] || { echo "no binary at $FAGUI (cargo build --release first)"; exit 2; }
FAGUI=$(realpath "$FAGUI")

work=$(mktemp -d)
trap 'umount "$work/full" 2> /dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/in"
# 400 inputs of 10 corpus texts each: a run of a few seconds.
mapfile -t texts < <(ls corpus/directives/*.txt corpus/statutes/*.txt 2> /dev/null)
for i in $(seq 1 400); do
    f="$work/in/$(printf '%03d' "$i").txt"
    for j in $(seq 0 9); do cat "${texts[$(((i + j) % ${#texts[@]}))]}"; done > "$f"
done

leftovers() { find "$1" -name '.fagui-*.tmp' -o -name '*.tmp-*' 2> /dev/null | wc -l; }

# Outputs that do not parse as JSON (a half-written file would not).
broken() {
    python3 - "$1" << 'EOF' 2> /dev/null || echo "?"
import json, pathlib, sys
bad = 0
for p in pathlib.Path(sys.argv[1]).rglob("*.json"):
    try:
        json.loads(p.read_bytes())
    except Exception:
        bad += 1
print(bad)
EOF
}

status=0
for sig in INT TERM; do
    left=0 bad=0
    declare -A codes=()
    for _ in $(seq 1 "$RUNS"); do
        rm -rf "$work/out"
        "$FAGUI" parse "$work/in" --out "$work/out" 2> /dev/null &
        pid=$!
        # 0.05 to 0.5 s: while starting, while listing, while converting.
        sleep "$(printf '0.%02d' $((RANDOM % 46 + 5)))"
        kill -s "$sig" "$pid" 2> /dev/null
        wait "$pid"
        code=$?
        codes[$code]=$((${codes[$code]:-0} + 1))
        left=$((left + $(leftovers "$work/out")))
        b=$(broken "$work/out")
        [ "$b" = "?" ] || bad=$((bad + b))
    done
    summary=$(for c in "${!codes[@]}"; do printf 'exit %s: %s; ' "$c" "${codes[$c]}"; done)
    echo "SIG$sig × $RUNS: ${summary}temporary files left: $left; broken outputs: $bad"
    [ "$left" -eq 0 ] || status=1
    unset codes
done

# A full disk: a 1 MiB tmpfs takes a few outputs, then every write fails.
mkdir -p "$work/full"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=1m tmpfs "$work/full" 2> /dev/null; then
    left=0 failed=0
    for _ in $(seq 1 "$RUNS"); do
        rm -rf "${work:?}/full/"*
        "$FAGUI" parse "$work/in" --out "$work/full/out" 2> /dev/null
        [ $? -eq 1 ] && failed=$((failed + 1))
        left=$((left + $(leftovers "$work/full")))
    done
    echo "full disk × $RUNS: runs reporting failures (exit 1): $failed; temporary files left: $left"
    [ "$left" -eq 0 ] || status=1
    umount "$work/full"
else
    echo "full disk: skipped (needs root and a tmpfs mount)"
fi
exit "$status"
