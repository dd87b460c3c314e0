#!/usr/bin/env python3
"""`pnews dedupe` at scale, beside datasketch and rensa streaming filters on the same input.

    python benchmarks/dedupe_bench.py                      # 20k and 100k articles
    python benchmarks/dedupe_bench.py --sizes 20000 100000 1000000

Inputs are built from the BBC corpus: 90% of the articles are new texts (the first half of one
BBC article joined to the second half of another), 10% are near copies of an earlier article
with a few words changed, so the near duplicates are real and the index keeps growing.
Each filter runs in its own process, reading JSON Lines on stdin; peak RSS is that process's.
datasketch and rensa are measured when installed (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BBC = ROOT.parent / "shared" / "data" / "bbc"

# A straightforward streaming filter over a MinHash library: what a user would write.
BASELINE = r"""
import re, sys, orjson
LIB = sys.argv[1]
WORD = re.compile(r"\w+")
if LIB == "datasketch":
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
else:
    from rensa import RMinHash, RMinHashLSH
    lsh = RMinHashLSH(threshold=0.8, num_perm=128, num_bands=16)
out = sys.stdout.buffer
kept = 0
for n, line in enumerate(sys.stdin.buffer):
    record = orjson.loads(line)
    words = WORD.findall(record["text"].casefold())
    shingles = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    if LIB == "datasketch":
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles])
        if lsh.query(m):
            continue
        lsh.insert(str(n), m)
    else:
        m = RMinHash(num_perm=128, seed=42)
        m.update(list(shingles))
        if lsh.query(m):
            continue
        lsh.insert(n, m)
    kept += 1
    out.write(line)
print(kept, file=sys.stderr)
"""


def build_input(bbc: Path, size: int, path: Path, seed: int = 7) -> int:
    """Write ``size`` articles; returns the bytes of article text."""
    parsed = subprocess.run(
        [sys.executable, "-m", "pnews", "parse", "-q", str(bbc)], capture_output=True, check=True
    ).stdout
    texts = [orjson.loads(line)["text"] for line in parsed.splitlines()]
    vocab = sorted({w for t in texts[:200] for w in t.split()})
    rng = random.Random(seed)
    made: list[str] = []
    total = 0
    with path.open("wb") as out:
        for i in range(size):
            if made and rng.random() < 0.1:
                words = rng.choice(made[-5000:]).split(" ")
                for _ in range(rng.randint(1, 4)):
                    words[rng.randrange(len(words))] = rng.choice(vocab)
                text = " ".join(words)
            else:
                a, b = rng.choice(texts), rng.choice(texts)
                text = a[: len(a) // 2] + " " + b[len(b) // 2 :] + f" {i}"
                made.append(text)
            total += len(text.encode("utf-8"))
            out.write(orjson.dumps({"id": str(i), "text": text}) + b"\n")
    return total


def measure(cmd: list[str], stdin_path: Path) -> tuple[float, float, str]:
    with stdin_path.open("rb") as stdin:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark: {' '.join(cmd)} failed: {err[-500:]}")
    return elapsed, usage.ru_maxrss / 1024, err.strip()


def installed(module: str) -> bool:
    probe = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
    return probe.returncode == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    ap.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    ap.add_argument("--baseline-max", type=int, default=100_000, help="largest size the baselines run on")
    a = ap.parse_args()
    baselines = [lib for lib in ("datasketch", "rensa") if installed(lib)]
    print(
        f"{'size':>9} {'filter':12} {'articles/s':>11} {'MB/s':>6} {'peak RSS MB':>12} {'pnews speed-up':>15}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in a.sizes:
            path = Path(tmp) / f"in-{size}.jsonl"
            text_bytes = build_input(a.bbc, size, path)
            seconds, rss, err = measure([sys.executable, "-m", "pnews", "dedupe"], path)
            rows = [("pnews", seconds, rss)]
            for lib in baselines if size <= a.baseline_max else []:
                t, r, _ = measure([sys.executable, "-c", BASELINE, lib], path)
                rows.append((lib, t, r))
            for name, t, r in rows:
                ratio = "" if name == "pnews" else f"{t / seconds:14.1f}x"
                print(
                    f"{size:9,} {name:12} {size / t:11,.0f} {text_bytes / 1e6 / t:6.1f} {r:12.0f} {ratio:>15}"
                )
            print(f"{'':9} {err.removeprefix('pnews dedupe: ')}")
            path.unlink()


if __name__ == "__main__":
    main()
