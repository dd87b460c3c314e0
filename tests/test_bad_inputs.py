"""Every broken input of tests/data/bad through every command: status, message, what comes out.

The results asserted here are the ones the README's "Errors and exit codes" section documents.
"""

import gzip
import json
import os
import resource
import subprocess
import sys

import pytest

from conftest import DATA, ROOT, run_pnews

BAD = DATA / "bad"
FILTERS = ["clean", "quotes", "dates", "dedupe"]

# file: (exit status, message after "FILE:", records written before the run stopped)
EXPECTED = {
    "invalid-json.jsonl": (1, "2: invalid JSON: Expecting value (column 21)", 1),
    "truncated-last-line.jsonl": (1, "3: invalid JSON: Unterminated string starting at (column 13)", 2),
    "array-line.jsonl": (1, "2: expected a JSON object, got an array", 1),
    "number-line.jsonl": (1, "2: expected a JSON object, got a number", 1),
    "text-wrong-type.jsonl": (1, '2: "text" must be a string, got a number', 1),
    "missing-id.jsonl": (1, '2: missing "id"', 1),
    "invalid-utf8.jsonl": (1, "2: invalid UTF-8 (byte 0xe9 at column 25)", 1),
    "utf16.jsonl": (1, "1: UTF-16 input; pnews reads UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)", 0),
    "bom-middle.jsonl": (1, "2: byte-order mark (U+FEFF) in the middle of the stream", 1),
    "gzip-cut.jsonl.gz": (1, "1490: gzip stream is corrupt or cut short", 1489),
    "duplicate-ids.jsonl": (0, None, 2),
    "empty.jsonl": (0, None, 0),
    "blank-lines.jsonl": (0, None, 0),
}
# how many lines of each file are good records, and how many bad (for --skip-invalid)
GOOD_BAD = {
    "invalid-json.jsonl": (2, 1),
    "truncated-last-line.jsonl": (2, 1),
    "array-line.jsonl": (2, 1),
    "number-line.jsonl": (2, 1),
    "text-wrong-type.jsonl": (2, 1),
    "missing-id.jsonl": (2, 1),
    "invalid-utf8.jsonl": (2, 1),
    "bom-middle.jsonl": (1, 1),
}


def records(blob: bytes) -> int:
    return len(blob.splitlines())


@pytest.mark.parametrize("command", FILTERS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_stops_with_file_and_line(command, name):
    status, message, written = EXPECTED[name]
    path = BAD / name
    proc = run_pnews(command, "-q", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == status, err
    assert "Traceback" not in err
    if message:
        assert err.startswith(f"pnews {command}: {path}:{message}")
        assert err.count("\n") == 1
    if command != "dedupe" or status == 1:
        assert records(proc.stdout) == written
    assert proc.stdout == b"" or proc.stdout.endswith(b"\n")  # never half a record


@pytest.mark.parametrize("command", FILTERS)
@pytest.mark.parametrize("name", sorted(GOOD_BAD))
def test_skip_invalid_loses_nothing(command, name, tmp_path):
    good, bad = GOOD_BAD[name]
    rejects = tmp_path / "rejects"
    proc = run_pnews(command, "--skip-invalid", "--rejects", str(rejects), str(BAD / name))
    assert proc.returncode == 0
    assert records(proc.stdout) == good
    assert len(rejects.read_bytes().splitlines()) == bad


def test_cut_gzip_with_skip_invalid_keeps_what_was_readable():
    proc = run_pnews("clean", "--skip-invalid", str(BAD / "gzip-cut.jsonl.gz"))
    assert proc.returncode == 0
    assert records(proc.stdout) == 1489
    assert "skipped the rest of" in proc.stderr.decode()


def test_duplicate_ids_are_an_error_in_parse_only(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("One.\n")
    (tmp_path / "b" / "x.txt").write_text("Two.\n")
    proc = run_pnews("parse", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"))
    assert proc.returncode == 1 and "duplicate id 'x'" in proc.stderr.decode()
    proc = run_pnews("dedupe", "--key", "id", "--mark", str(BAD / "duplicate-ids.jsonl"))
    assert [json.loads(line).get("duplicate_of") for line in proc.stdout.splitlines()] == [None, "a"]


def test_parse_bad_files(tmp_path):
    proc = run_pnews("parse", str(BAD / "binary.txt"))
    assert (proc.returncode, proc.stderr.decode()) == (
        1,
        f"pnews parse: {BAD}/binary.txt: binary file, not a text article\n",
    )
    proc = run_pnews("parse", str(BAD / "utf16-article.txt"), check=True)
    assert json.loads(proc.stdout)["text"] == "Hi"
    proc = run_pnews("parse", str(BAD / "empty.jsonl"))
    assert proc.returncode == 0 and proc.stdout == b"" and "empty article, skipped" in proc.stderr.decode()
    proc = run_pnews("parse", str(tmp_path / "missing.txt"))
    assert (proc.returncode, proc.stderr.decode()) == (
        1,
        f"pnews parse: {tmp_path}/missing.txt: no such file\n",
    )


def test_directory_with_a_broken_symlink(tmp_path):
    (tmp_path / "good.txt").write_text("Fine.\n")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    proc = run_pnews("parse", str(tmp_path))
    assert proc.returncode == 0
    assert records(proc.stdout) == 1
    assert (
        proc.stderr.decode()
        == f"pnews parse: warning: {tmp_path}/broken.txt: broken symbolic link, skipped\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n')
    path.chmod(0)
    proc = run_pnews("clean", str(path))
    assert (proc.returncode, proc.stderr.decode()) == (1, f"pnews clean: {path}: permission denied\n")


def test_a_directory_given_as_input_file(tmp_path):
    proc = run_pnews("clean", str(tmp_path))
    assert (proc.returncode, proc.stderr.decode()) == (1, f"pnews clean: {tmp_path}: is a directory\n")


def _peak_rss_mb(args: list[str]) -> tuple[int, float, bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pnews", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    out, _err = proc.communicate(timeout=300)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return proc.returncode, usage.ru_maxrss / 1024, out


def test_gzip_bomb_is_streamed(tmp_path):
    # ~60 MB of blank lines and one record, compressed about 1000 times
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(b'{"id": "a", "text": "Still here."}\n')
        chunk = b"\n" * (1 << 20)
        for _ in range(60):
            f.write(chunk)
    assert path.stat().st_size * 500 < 60 << 20
    status, _rss, out = _peak_rss_mb(["clean", str(path)])
    assert status == 0 and records(out) == 1
    proc = subprocess.run(
        ["bash", "-c", f"/usr/bin/time -f %M {sys.executable} -m pnews dates {path} > /dev/null"],
        capture_output=True,
        cwd=ROOT,
        text=True,
    )
    assert int(proc.stderr.strip().splitlines()[-1]) < 200_000  # KB: it never held the expanded data


def test_a_50mb_article_finishes_with_memory_proportional_to_it(tmp_path):
    paragraph = "The council met on Tuesday and said “the budget will pass,” a spokesman said. " * 12
    text = "\n\n".join([paragraph] * 55000)[: 50 << 20]
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "date": "2022-12-13", "text": text}) + "\n")
    for command in ("clean", "dedupe", "dates"):
        proc = subprocess.run(
            ["bash", "-c", f"/usr/bin/time -f %M {sys.executable} -m pnews {command} -q {path} | wc -l"],
            capture_output=True,
            cwd=ROOT,
            text=True,
            timeout=600,
        )
        assert proc.stdout.strip() == "1", proc.stderr
        peak_kb = int(proc.stderr.strip().splitlines()[-1])
        assert peak_kb < 25 * 50 * 1024  # a multiple of that one record


ALL = ["clean", "quotes", "dates", "dedupe"]


@pytest.mark.parametrize("command", ALL)
def test_unknown_fields_survive_unchanged(command, tmp_path):
    extra = {"url": "https://example.test/a", "meta": {"tags": ["x", 1, None], "score": 0.5}, "é": "ü"}
    record = {"zzz": 1, "id": "a", "date": "2022-12-13", "text": "“Yes,” she said on Tuesday.", **extra}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = json.loads(run_pnews(command, str(path), check=True).stdout)
    for key, value in {"zzz": 1, **extra}.items():
        assert out[key] == value
    assert list(out)[:3] == ["zzz", "id", "date"]  # in place


@pytest.mark.parametrize("command", ["parse", *ALL])
def test_full_disk_is_an_error(command, tmp_path):
    source = (
        str(ROOT / "seeds" / "000_db4817d7a5dae3bb.txt")
        if command == "parse"
        else str(BAD / "duplicate-ids.jsonl")
    )
    proc = run_pnews(command, "-q", source, "-o", "/dev/full")
    assert proc.returncode == 1
    assert proc.stderr.decode() == f"pnews {command}: cannot write /dev/full: No space left on device\n"
