"""-j/--jobs: the same bytes as -j 1, errors with file and line, clean ends, no stray workers."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, run_pnews, shell


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("jobs") / "in.jsonl"
    texts = [
        "“We will win,” Mary Poe said on Tuesday. Advertisement",
        "He met them last week.\n\nSign up to our daily email Please enter a valid email address",
        "Nothing to see here at all.",
    ]
    with path.open("w") as f:
        for i in range(600):
            f.write(json.dumps({"id": str(i), "date": "2022-12-13", "text": texts[i % 3], "n": i}) + "\n")
    return path


@pytest.mark.parametrize(
    "command", [["clean"], ["quotes"], ["dates"], ["quotes", "--explode"], ["clean", "--explain"]]
)
def test_jobs_output_is_identical(corpus, command):
    one = run_pnews(*command, "-j", "1", str(corpus), check=True)
    two = run_pnews(*command, "-j", "2", str(corpus), check=True)
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_parse_jobs_identical(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:03d}.txt").write_text(f"Headline {i}\n\nBody {i} said Tuesday.\n")
    one = run_pnews("parse", str(tmp_path), check=True)
    zero = run_pnews("parse", "-j", "0", str(tmp_path), check=True)
    assert one.stdout == zero.stdout and one.stdout.count(b"\n") == 40


def test_jobs_bad_line_keeps_file_and_line(tmp_path, corpus):
    bad = tmp_path / "bad.jsonl"
    lines = corpus.read_text().splitlines()
    lines[300] = "{oops"
    bad.write_text("\n".join(lines) + "\n")
    proc = run_pnews("clean", "-j", "2", str(bad))
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith(f"pnews clean: {bad}:301: invalid JSON")
    assert proc.stdout.count(b"\n") == 300
    rejects = tmp_path / "rejects"
    proc = run_pnews("clean", "-j", "2", "--skip-invalid", "--rejects", str(rejects), str(bad))
    assert proc.returncode == 0 and proc.stdout.count(b"\n") == 599
    assert rejects.read_text() == "{oops\n"


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


@pytest.fixture(scope="module")
def long_articles(tmp_path_factory):
    """Article-length records: workers are still writing results when ``head`` closes the pipe."""
    path = tmp_path_factory.mktemp("jobs") / "long.jsonl"
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with path.open("w") as f:
        for i in range(2400):
            f.write(json.dumps({"id": str(i), "date": "2022-12-13", "text": seeds[i % len(seeds)]}) + "\n")
    return path


def test_jobs_head_ends_quietly(long_articles):
    # several rounds: the closed pipe lands at a different moment of the workers' writes each time,
    # and a worker killed holding a queue lock, or forked anew, once hung the pipeline for good
    for _ in range(5):
        # timeout kills its whole process group, stray workers included, so a hang fails the test
        pipeline = f"cat {long_articles} | {sys.executable} -m pnews quotes -j 2 | head -1"
        proc = shell(f"timeout -k 5 120 bash -c '{pipeline}'; echo $? >&2")
        assert len(proc.stdout.splitlines()) == 1
        assert b"Traceback" not in proc.stderr
        assert proc.stderr.split()[-1] not in (b"124", b"137"), "pnews did not end after head closed the pipe"


def test_jobs_ctrl_c_exits_130_and_leaves_no_workers(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pnews", "dates", "-j", "2", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    with open(fifo, "w") as writer:
        for i in range(200):
            writer.write(json.dumps({"id": str(i), "text": "said Tuesday"}) + "\n")
        writer.flush()
        time.sleep(1.0)
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    time.sleep(0.2)
    for pid in workers:
        stat = Path(f"/proc/{pid}/stat")
        assert not stat.exists() or stat.read_text().split()[2] == "Z"


EXIT_WHILE_MAPPING = """
import sys
from pnews.io import parallel_map

def double(x):
    return 2 * x

results = parallel_map(double, range(100_000), 2, batch=10)
print(next(results))
sys.exit(3)  # the generator is still suspended, as when an error ends a command
"""


def test_exit_while_the_pool_is_open_is_quiet_and_prompt(tmp_path):
    """Python's own exit hooks, not the generator, are the first to meet the open pool."""
    script = tmp_path / "exit_while_mapping.py"
    script.write_text(EXIT_WHILE_MAPPING)
    for _ in range(5):  # the order of the exit hooks and the generator's close is not fixed
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, cwd=ROOT, timeout=60)
        assert (proc.returncode, proc.stdout, proc.stderr) == (3, b"0\n", b"")
