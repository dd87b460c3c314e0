import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


RUN_TIMEOUT_SECONDS = 300


def run_pnews(*args: str, input: bytes | None = None, cwd: Path = ROOT, check: bool = False):
    """Run the real `pnews` in a subprocess, as a user's shell would."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.run(
        [sys.executable, "-m", "pnews", *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=RUN_TIMEOUT_SECONDS,  # a hang fails its test instead of stalling the suite
    )
    if check and proc.returncode != 0:
        raise AssertionError(proc.stderr.decode())
    return proc


def shell(script: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a shell pipeline with `pnews` meaning this checkout's pnews."""
    env = dict(os.environ)
    env["PNEWS"] = f"{sys.executable} -m pnews"
    return subprocess.run(
        ["bash", "-c", 'set -o pipefail; pnews() { $PNEWS "$@"; }; ' + script],
        capture_output=True,
        cwd=cwd,
        env=env,
    )


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path
