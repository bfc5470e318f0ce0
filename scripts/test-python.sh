#!/usr/bin/env bash
# Builds the Python package (python/) into a virtualenv and runs its tests.
#
#   scripts/test-python.sh [PYTEST ARGS…]
#
# The virtualenv is target/python-venv (made once, with maturin and pytest from PyPI);
# the extension is built into it by `maturin develop`. Needs python3 with venv (on
# Debian without it, the python3-venv package is installed when apt-get is there).
# $PYTHON chooses the interpreter. The tests compare the package with the command
# line: $FAGUI_CLI, or one they build with `cargo build`.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-python3}"
venv="target/python-venv"
if [ ! -x "$venv/bin/python" ]; then
    rm -rf "$venv"
    if ! "$python" -m venv "$venv" > /dev/null 2>&1; then
        rm -rf "$venv"
        if command -v apt-get > /dev/null; then
            echo "test-python: installing python3-venv" >&2
            { apt-get update > /dev/null 2>&1 && apt-get install -y python3-venv > /dev/null 2>&1; } \
                || echo "test-python: python3-venv could not be installed" >&2
        fi
        "$python" -m venv "$venv"
    fi
fi
if ! "$venv/bin/python" -c "import pytest" 2> /dev/null || [ ! -x "$venv/bin/maturin" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check maturin pytest
fi
VIRTUAL_ENV="$PWD/$venv" PATH="$PWD/$venv/bin:$PATH" \
    maturin develop --quiet --manifest-path python/Cargo.toml
"$venv/bin/python" -m pytest python/tests "$@"
