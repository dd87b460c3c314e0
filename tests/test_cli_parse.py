"""CLI tests of `pnews parse` with click's CliRunner: exact output."""

import gzip

from click.testing import CliRunner

from pnews.cli import cli


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_parse_one_file_exact_output(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(
        "Title: Budget passes\nDate: 16 March 2005\n\nMPs voted.\nIt passed.\n", encoding="utf-8"
    )
    result = invoke("parse", str(article))
    assert result.exit_code == 0
    assert result.stdout == (
        f'{{"id":"story","source":"{article}","date":"2005-03-16","title":"Budget passes",'
        '"text":"MPs voted.\\n\\nIt passed."}\n'
    )


def test_parse_directory_ids_are_relative_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "002.txt").write_text("Two\n")
    (tmp_path / "a" / "001.txt").write_text("One\n")
    (tmp_path / "a" / "notes.md").write_text("skip me\n")
    result = invoke("parse", "--title", "none", str(tmp_path))
    ids = [line.split('"')[3] for line in result.stdout.splitlines()]
    assert ids == ["a/001", "b/002"]
    result = invoke("parse", "--title", "none", "--glob", "*.md", str(tmp_path))
    assert '"id":"a/notes"' in result.stdout


def test_parse_stdin_is_one_article():
    result = invoke("parse", "--date", "13 Dec 2022", "-", input="First para.\nSecond para.\n")
    assert result.stdout == (
        '{"id":"stdin","source":"<stdin>","date":"2022-12-13","title":null,'
        '"text":"First para.\\n\\nSecond para."}\n'
    )


def test_parse_files_from(tmp_path):
    for name in ("x", "y"):
        (tmp_path / f"{name}.txt").write_text(f"Body {name}.\n")
    listing = tmp_path / "list"
    listing.write_text(f"{tmp_path / 'y.txt'}\n\n{tmp_path / 'x.txt'}\n")
    result = invoke("parse", "--files-from", str(listing))
    assert [line.split('"')[3] for line in result.stdout.splitlines()] == ["y", "x"]


def test_duplicate_ids_are_an_error(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text("A.\n")
    (tmp_path / "two" / "a.txt").write_text("B.\n")
    result = invoke("parse", str(tmp_path / "one" / "a.txt"), str(tmp_path / "two" / "a.txt"))
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"pnews parse: {tmp_path}/two/a.txt: duplicate id 'a' (first in {tmp_path}/one/a.txt)\n"
    )
    assert result.stdout.count("\n") == 1


def test_empty_file_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n")
    result = invoke("parse", str(tmp_path / "empty.txt"), str(tmp_path / "blank.txt"))
    assert result.exit_code == 0 and result.stdout == ""
    assert "empty.txt: empty article, skipped" in result.stderr
    assert "blank.txt: empty article, skipped" in result.stderr


def test_binary_file_is_a_clear_error(tmp_path):
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = invoke("parse", str(tmp_path / "pic.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"pnews parse: {tmp_path}/pic.txt: binary file, not a text article\n"


def test_missing_file_and_skip_invalid(tmp_path):
    (tmp_path / "ok.txt").write_text("Fine.\n")
    result = invoke("parse", str(tmp_path / "nope.txt"), str(tmp_path / "ok.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"pnews parse: {tmp_path}/nope.txt: no such file\n"
    rejects = tmp_path / "rejects.txt"
    result = invoke(
        "parse",
        "--skip-invalid",
        "--rejects",
        str(rejects),
        str(tmp_path / "nope.txt"),
        str(tmp_path / "ok.txt"),
    )
    assert result.exit_code == 0
    assert '"id":"ok"' in result.stdout
    assert rejects.read_text() == f"{tmp_path}/nope.txt\n"


def test_gzip_article(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Gzipped body.\n"))
    result = invoke("parse", str(tmp_path / "a.txt.gz"))
    assert '"id":"a"' in result.stdout and "Gzipped body." in result.stdout


def test_from_jsonl_maps_fields_and_reports_bad_lines():
    lines = '{"uid": "n1", "maintext": "A.\\nB.", "when": "2020-01-02", "keep": true}\n{"uid": "n2"}\n'
    result = invoke("parse", "--from", "jsonl", "--id-field", "uid", "--date-field", "when", input=lines)
    assert result.exit_code == 1
    assert result.stdout == (
        '{"id":"n1","source":"<stdin>","date":"2020-01-02","title":null,"text":"A.\\n\\nB.","keep":true}\n'
    )
    assert result.stderr == (
        'pnews parse: <stdin>:2: no text: field "text/maintext/content/body/article" is missing or not a string\n'
    )


def test_bad_default_date_is_a_usage_error():
    result = invoke("parse", "--date", "whenever", "-", input="x")
    assert result.exit_code == 2
    assert "cannot read 'whenever' as a date" in result.stderr


def test_help_has_examples_and_short_option():
    for args in (["-h"], ["parse", "-h"], ["parse", "--help"]):
        result = invoke(*args)
        assert result.exit_code == 0
        assert "Examples:" in result.stdout


def test_version():
    result = invoke("--version")
    assert result.stdout.startswith("pnews, version ")
