"""`pnews run` on a LocalCluster: the same records as the shell pipeline."""

import json

import pytest

from conftest import needs_shared, run_pnews, shell

pytest.importorskip("dask.distributed")


def records_of(blob: bytes) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, blob.decode().splitlines())}


def read_dir(path) -> dict[str, dict]:
    out = {}
    for part in sorted(path.glob("part-*.jsonl")):
        out.update(records_of(part.read_bytes()))
    return out


def test_run_equals_the_shell_pipeline_on_the_seeds(tmp_path):
    proc = run_pnews("run", "seeds", "--output", str(tmp_path / "out"), "--workers", "2", "-q")
    assert proc.returncode == 0, proc.stderr
    expected = shell("pnews parse seeds | pnews clean | pnews quotes | pnews dates | pnews dedupe -q")
    assert read_dir(tmp_path / "out") == records_of(expected.stdout)


@pytest.mark.slow
def test_run_equals_the_shell_pipeline_on_bbc(tmp_path):
    bbc = needs_shared("data", "bbc")
    proc = run_pnews("run", str(bbc), "--output", str(tmp_path / "out"), "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    expected = shell(f"pnews parse -q {bbc} | pnews clean | pnews quotes | pnews dates | pnews dedupe -q")
    assert expected.returncode == 0
    got, want = read_dir(tmp_path / "out"), records_of(expected.stdout)
    assert len(want) == 2068
    assert got.keys() == want.keys()
    for key in want:
        assert got[key] == want[key], key
    assert "dropped 137 exact, 20 near" in proc.stderr.decode()


def test_run_marks_and_sets_aside(tmp_path):
    data = tmp_path / "in.jsonl"
    text = "The council approved the budget on Monday after a long debate about funding for schools."
    data.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(3)))
    proc = run_pnews(
        "run", str(data), "--steps", "dedupe", "--output", str(tmp_path / "o"), "--workers", "1", "-q"
    )
    assert proc.returncode == 0, proc.stderr
    assert list(read_dir(tmp_path / "o")) == ["0"]
    removed = [
        json.loads(line)
        for p in (tmp_path / "o").glob("removed-*.jsonl")
        for line in p.read_text().splitlines()
    ]
    assert sorted((r["id"], r["duplicate_of"]) for r in removed) == [("1", "0"), ("2", "0")]


def test_plain_pnews_does_not_import_dask():
    import subprocess
    import sys

    code = "import sys; from pnews.cli import cli; from pnews import api; print('dask' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    )
