#!/usr/bin/env bash
# Every test: the Rust crate's (`cargo test`: unit, corpus snapshot, property and
# doc tests), then the Python package's (scripts/test-python.sh).
#
#   scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test
scripts/test-python.sh
