#!/usr/bin/env python3
"""pnews benchmark: articles/s, MB/s of article text and peak RSS, beside the orjson floor.

    python benchmarks/run.py                 # BBC corpus from ../shared/data/bbc
    python benchmarks/run.py --bbc DIR --repeat 3

Each command runs in its own process; peak RSS is that process's own (os.wait4). The
"passthrough" line is the floor every filter is measured against: read JSON Lines with orjson
and write them back, nothing else. Never part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BBC = ROOT.parent / "shared" / "data" / "bbc"

# Per-record filters, each measured on the parsed corpus from stdin.
FILTERS = ["clean", "quotes"]

PASSTHROUGH = r"""
import sys, orjson
out = sys.stdout.buffer
for line in sys.stdin.buffer:
    if line.strip():
        out.write(orjson.dumps(orjson.loads(line), option=orjson.OPT_APPEND_NEWLINE))
"""


def measure(cmd: list[str], stdin_path: Path | None, repeat: int) -> tuple[float, float]:
    """Best wall time over ``repeat`` runs and the peak RSS (MB) of the command's process."""
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if stdin_path:
            stdin.close()
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"benchmark: {' '.join(cmd)} failed: {err[-500:]}")
        best = min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, peak


def corpus_stats(jsonl: Path) -> tuple[int, int]:
    docs = text_bytes = 0
    with jsonl.open("rb") as f:
        for line in f:
            docs += 1
            text_bytes += len(orjson.loads(line)["text"].encode("utf-8"))
    return docs, text_bytes


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="the BBC corpus directory")
    ap.add_argument("--repeat", type=int, default=3, help="runs per command; the best is kept")
    a = ap.parse_args()
    if not a.bbc.is_dir():
        sys.exit(f"benchmark: no corpus at {a.bbc}")
    pnews = [sys.executable, "-m", "pnews"]
    with tempfile.TemporaryDirectory() as tmp:
        parsed = Path(tmp) / "bbc.jsonl"
        subprocess.run([*pnews, "parse", "-q", str(a.bbc), "-o", str(parsed)], check=True)
        docs, text_bytes = corpus_stats(parsed)
        rows = []
        floor_s, floor_rss = measure([sys.executable, "-c", PASSTHROUGH], parsed, a.repeat)
        rows.append(("orjson passthrough (floor)", floor_s, floor_rss))
        t, rss = measure([*pnews, "parse", "-q", str(a.bbc)], None, a.repeat)
        rows.append(("pnews parse", t, rss))
        for command in FILTERS:
            t, rss = measure([*pnews, *command.split(), "-q"], parsed, a.repeat)
            rows.append((f"pnews {command}", t, rss))
    print(f"machine: {machine()}")
    print(f"corpus: {a.bbc} ({docs} articles, {text_bytes / 1e6:.1f} MB of article text)")
    print(f"{'command':30} {'articles/s':>11} {'MB/s':>7} {'peak RSS MB':>12} {'x floor time':>12}")
    for name, seconds, rss in rows:
        print(
            f"{name:30} {docs / seconds:11,.0f} {text_bytes / 1e6 / seconds:7.1f} {rss:12.1f} "
            f"{seconds / floor_s:12.2f}"
        )


if __name__ == "__main__":
    main()
