"""Shared fixtures: the repository root and the `fagui` command line, whose output the
Python package must match."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `fagui` binary: $FAGUI_CLI (scripts/test.sh passes the one `cargo test`
    has just built), or built here by `cargo build`."""
    given = os.environ.get("FAGUI_CLI")
    if given:
        return Path(given)
    subprocess.run(["cargo", "build", "--quiet", "--bin", "fagui"], cwd=ROOT, check=True)
    return ROOT / "target" / "debug" / "fagui"


@pytest.fixture(scope="session")
def run_cli(cli):
    """Runs the command line in the repository root: (exit code, stdout, stderr)."""

    def run(*args: str):
        done = subprocess.run([str(cli), *args], cwd=ROOT, capture_output=True, text=True)
        return done.returncode, done.stdout, done.stderr

    return run
