"""Real subprocess pipelines, as a user's shell runs them."""

import gzip
import json
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SEEDS, needs_shared, run_pnews, shell


def lines(blob: bytes) -> list[dict]:
    return [json.loads(line) for line in blob.decode("utf-8").splitlines()]


def test_parse_seeds_done_when():
    proc = run_pnews("parse", *sorted(str(p.relative_to(ROOT)) for p in SEEDS.glob("*.txt")), check=True)
    records = lines(proc.stdout)
    assert [r["id"] for r in records] == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    assert [r["date"] for r in records] == ["2022-12-13", "2022-12-13", None, None, None]
    assert not any(r["text"].startswith(" date") or r["text"].startswith("date") for r in records)
    for record in records:
        assert list(record)[:5] == ["id", "source", "date", "title", "text"]
        assert "\n\n\n" not in record["text"]
    assert proc.stderr == b""


def test_output_is_utf8_with_a_newline_after_every_record():
    proc = run_pnews("parse", "seeds/004_1d9d178e6d2e2c96.txt", check=True)
    assert proc.stdout.endswith(b"}\n") and proc.stdout.count(b"\n") == 1
    assert "“".encode() in proc.stdout and b"\\u201c" not in proc.stdout
    assert not proc.stdout.startswith(b"\xef\xbb\xbf")


def test_stdin_gzip_and_head():
    proc = shell("cat seeds/000_*.txt | gzip | pnews parse - | head -c 60")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b'{"id":"stdin","source":"<stdin>","date":"2022-12-13"')


def test_head_one_ends_quietly():
    proc = shell('pnews parse seeds/*.txt seeds/*.txt | head -1; echo "status=${PIPESTATUS[0]}" >&2')
    out = proc.stdout.decode().splitlines()
    assert len(out) == 1 and json.loads(out[0])["id"] == "000_db4817d7a5dae3bb"
    # the duplicate ids come after head has gone: pnews sees the closed pipe first and stops quietly
    assert "Traceback" not in proc.stderr.decode()


def test_head_one_on_a_long_stream(tmp_path):
    big = tmp_path / "big.jsonl"
    with big.open("w") as f:
        for i in range(20000):
            f.write(json.dumps({"id": str(i), "text": "word " * 50}) + "\n")
    proc = shell(f'pnews parse --from jsonl {big} | head -1; echo "status=${{PIPESTATUS[0]}}" >&2')
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr.decode() == "status=141\n"


def test_malformed_line_is_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "in.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"\n{"id": "c", "text": "z"}\n')
    proc = run_pnews("parse", "--from", "jsonl", str(bad))
    assert proc.returncode == 1
    assert (
        proc.stderr.decode() == f"pnews parse: {bad}:2: invalid JSON: Expecting ',' delimiter (column 24)\n"
    )
    assert [r["id"] for r in lines(proc.stdout)] == ["a"]


def test_skip_invalid_with_rejects_loses_nothing(tmp_path):
    bad = tmp_path / "in.jsonl.gz"
    raw = b'{"id": "a", "text": "x"}\nnot json\n[1]\n{"id": "d", "text": "w", "mine": {"k": 1}}\n'
    bad.write_bytes(gzip.compress(raw))
    rejects = tmp_path / "rejects.jsonl"
    proc = run_pnews("parse", "--from", "jsonl", str(bad), "--skip-invalid", "--rejects", str(rejects))
    assert proc.returncode == 0
    out = lines(proc.stdout)
    assert [r["id"] for r in out] == ["a", "d"]
    assert out[1]["mine"] == {"k": 1}  # unknown fields preserved
    assert rejects.read_bytes() == b"not json\n[1]\n"
    err = proc.stderr.decode()
    assert f"{bad}:2: invalid JSON" in err and f"{bad}:3: expected a JSON object" in err
    assert "skipped 2 invalid lines, written to" in err


def test_write_error_is_an_error():
    proc = run_pnews("parse", "seeds/000_db4817d7a5dae3bb.txt", "-o", "/dev/full")
    assert proc.returncode == 1
    assert proc.stderr.decode() == "pnews parse: cannot write /dev/full: No space left on device\n"


def test_no_traceback_for_a_directory_as_output(tmp_path):
    proc = run_pnews("parse", "seeds/000_db4817d7a5dae3bb.txt", "-o", str(tmp_path))
    assert proc.returncode != 0 and b"Traceback" not in proc.stderr


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    fifo = tmp_path / "fifo"
    import os

    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pnews", "parse", "--from", "jsonl", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with open(fifo, "w") as writer:
        writer.write('{"id": "a", "text": "x"}\n')
        writer.flush()
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err


@pytest.mark.slow
def test_parse_bbc_corpus():
    bbc = needs_shared("data", "bbc")
    proc = run_pnews("parse", str(bbc))
    assert proc.returncode == 0
    records = lines(proc.stdout)
    ids = [r["id"] for r in records]
    assert len(ids) == 2225 and len(set(ids)) == 2225
    assert ids[0] == "business/001"
    assert all(r["title"] for r in records)
    assert proc.stderr.decode() == (
        f"pnews parse: warning: {bbc}/sport/199.txt: not valid UTF-8 (byte 0xa3 at offset 257); read as cp1252\n"
    )


def test_parse_clean_pipeline_on_seeds():
    proc = shell("pnews parse seeds/*.txt | pnews clean | pnews clean")
    assert proc.returncode == 0, proc.stderr
    records = lines(proc.stdout)
    assert len(records) == 5
    assert all(r["removed"] is not None for r in records)
    assert not any("Please enter a valid email" in r["text"] for r in records)


def test_clean_gzip_stdin_and_head(tmp_path):
    proc = shell(
        f"pnews parse seeds/*.txt | gzip > {tmp_path}/p.jsonl.gz; pnews clean < {tmp_path}/p.jsonl.gz | head -1"
    )
    # clean may finish before head closes the pipe (0) or see it closed (141): quietly either way
    assert proc.returncode in (0, 141) and proc.stderr == b""
    assert json.loads(proc.stdout)["id"] == "000_db4817d7a5dae3bb"


def test_clean_malformed_line_keeps_earlier_output(tmp_path):
    bad = tmp_path / "in.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{"id": "b" "text": "y"}\n')
    proc = run_pnews("clean", str(bad))
    assert proc.returncode == 1
    assert proc.stdout == b'{"id":"a","text":"x","removed":[]}\n'
    assert proc.stderr.decode().startswith(f"pnews clean: {bad}:2: invalid JSON")


@pytest.mark.slow
def test_clean_removes_little_from_clean_text():
    bbc = needs_shared("data", "bbc")
    proc = shell(f"pnews parse -q {bbc} | pnews clean")
    assert proc.returncode == 0
    records = lines(proc.stdout)
    assert len(records) == 2225
    removed = sum(len(r["text"].split()) for rec in records for r in rec["removed"])
    total = sum(len(r["text"].split()) for r in records) + removed
    assert removed / total < 0.005
    assert not any("&#" in r["text"] or "&amp;" in r["text"] for r in records)


@pytest.mark.slow
def test_dedupe_bbc_finds_the_gold_pairs(tmp_path):
    bbc = needs_shared("data", "bbc")
    gold = {tuple(sorted((g["a"], g["b"]))) for g in map(json.loads, (bbc / "gold-duplicates.jsonl").open())}
    proc = shell(f"pnews parse -q {bbc} | pnews dedupe --mark")
    assert proc.returncode == 0
    records = lines(proc.stdout)
    assert len(records) == 2225
    parent = {r["id"]: r.get("duplicate_of") or r["id"] for r in records}
    groups: dict[str, list[str]] = {}
    for rid in parent:
        groups.setdefault(parent[rid], []).append(rid)
    pairs = {tuple(sorted((a, b))) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1 :]}
    assert pairs == gold
    assert "read 2225, kept 2068, dropped 137 exact, 20 near" in proc.stderr.decode()


def test_full_pipeline_parse_clean_dedupe():
    proc = shell("pnews parse seeds/*.txt seeds/*.txt --skip-invalid -q | pnews clean | pnews dedupe")
    assert proc.returncode == 0, proc.stderr
    assert len(lines(proc.stdout)) == 5


def test_seed_quotes_through_the_real_pipeline():
    proc = shell("pnews parse seeds/*.txt | pnews clean | pnews quotes --explode")
    assert proc.returncode == 0, proc.stderr
    rows = lines(proc.stdout)
    assert len(rows) >= 25
    by_text = {r["text"][:30]: r for r in rows}
    assert by_text["It would be right to begin the"]["speaker"] == "Volodymyr Zelensky"
    assert all(r["kind"] in ("direct", "partial") for r in rows)
