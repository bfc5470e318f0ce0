#!/usr/bin/env bash
# Every test: the Rust crate's (`cargo test`: unit, corpus snapshot, property and
# doc tests), then the Python package's (scripts/test-python.sh).
#
#   scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test
# The Python tests compare the package with the command line: the one cargo test has
# just built for its own CLI tests.
FAGUI_CLI="$PWD/target/debug/fagui" scripts/test-python.sh
