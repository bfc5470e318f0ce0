"""Throughput of the Python package against the Rust library, measured in one run,
and the speed-up of two threads over one.

    cargo build --release --example parse_files
    maturin develop --release -m python/Cargo.toml      # in a virtualenv
    python python/bench/throughput.py [DIR] [--rounds N]

DIR holds open-data records (default: ../shared/data/regs, the 300 dev regulations).
Each is measured twice: as the JSON record, and as the canonical text of its law
(written once to a temporary folder), which goes through the text parser. In every
round the Rust library (examples/parse_files: decode, detect open data, parse every
document) and fagui.parse_file_all read the same files one after the other; the best
round of each is reported. Then the files are parsed three times over by one thread,
and by two threads taking every other file: the wall time of each, from Python and,
as a control, from Rust (on a busy machine two threads cannot have two cores; the load
average is printed too)."""

import argparse
import os
import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import fagui

ROOT = Path(__file__).resolve().parents[2]


def rust_round(files, threads=1, passes=1):
    exe = ROOT / "target" / "release" / "examples" / "parse_files"
    flags = ["--threads", str(threads), "--passes", str(passes)]
    out = subprocess.run([str(exe), *flags, *map(str, files)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)["seconds"][0]


def python_round(files):
    start = time.perf_counter()
    for f in files:
        fagui.parse_file_all(f)
    return time.perf_counter() - start


def threads_round(files, threads, passes=3):
    """Each of `threads` threads parses its share of the files (every n-th), `passes`
    times over; the wall time of the whole."""

    def work(share):
        for _ in range(passes):
            for f in share:
                fagui.parse_file_all(f)

    shares = [files[i::threads] for i in range(threads)]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        start = time.perf_counter()
        list(pool.map(work, shares))
        return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "regs"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    records = sorted(Path(args.dir).glob("*.json"))
    if not records:
        sys.exit(f"no *.json in {args.dir}")
    with tempfile.TemporaryDirectory() as tmp:
        texts = []
        for r in records:
            path = Path(tmp) / (r.stem + ".txt")
            path.write_text("".join(d.to_text() for d in fagui.parse_file_all(r)), encoding="utf-8")
            texts.append(path)
        print(f"{len(records)} records from {args.dir}, best of {args.rounds} rounds")
        print(f"{'input':<6} {'MB':>6} {'Rust s':>8} {'Python s':>9} {'Python/Rust':>12}")
        for name, files in (("json", records), ("text", texts)):
            mb = sum(f.stat().st_size for f in files) / 1e6
            rust, py = [], []
            for _ in range(args.rounds):
                rust.append(rust_round(files))
                py.append(python_round(files))
            print(f"{name:<6} {mb:6.2f} {min(rust):8.3f} {min(py):9.3f} {min(py) / min(rust):12.2f}")
        print(f"threads, 3 passes (load average {os.getloadavg()[0]:.1f})")
        print(f"{'input':<6} {'':<7} {'1 thread s':>11} {'2 threads s':>12} {'speed-up':>9}")
        for name, files in (("json", records), ("text", texts)):
            got = {key: [] for key in ("rust1", "rust2", "py1", "py2")}
            for _ in range(args.rounds):
                got["rust1"].append(rust_round(files, 1, 3))
                got["py1"].append(threads_round(files, 1))
                got["rust2"].append(rust_round(files, 2, 3))
                got["py2"].append(threads_round(files, 2))
            for lang, one, two in (("Rust", "rust1", "rust2"), ("Python", "py1", "py2")):
                a, b = min(got[one]), min(got[two])
                print(f"{name:<6} {lang:<7} {a:11.3f} {b:12.3f} {a / b:9.2f}")


if __name__ == "__main__":
    main()
