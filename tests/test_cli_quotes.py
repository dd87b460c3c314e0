"""CLI tests of `pnews quotes`: exact output, --explode, --all."""

import json

from click.testing import CliRunner

from pnews.cli import cli

TEXT = "Mary Poe met voters.\n\n“We will win,” she said. The “hype” faded."
QUOTE = {
    "text": "We will win,",
    "start": 23,
    "end": 35,
    "kind": "direct",
    "speaker": "Mary Poe",
    "speaker_text": "she",
    "cue": "said",
}
LINE = json.dumps({"id": "a", "text": TEXT, "keep": 1}, ensure_ascii=False) + "\n"


def invoke(*args, input=LINE):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_quotes_exact_output():
    result = invoke("quotes")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert list(record) == ["id", "text", "keep", "quotes"]
    assert record["quotes"] == [QUOTE]
    assert TEXT[23:35] == "We will win,"


def test_explode_one_line_per_quote():
    result = invoke("quotes", "--explode")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [{"id": "a", "n": 0, **QUOTE}]
    assert list(lines[0]) == ["id", "n", *QUOTE]


def test_all_includes_scare_quotes():
    result = invoke("quotes", "--all", "--explode")
    kinds = [json.loads(line)["kind"] for line in result.stdout.splitlines()]
    assert kinds == ["direct", "scare"]


def test_bad_record_is_reported():
    result = invoke("quotes", input='{"id": "a", "text": "ok"}\n{"id": "b"}\n')
    assert result.exit_code == 1
    assert result.stdout == '{"id":"a","text":"ok","quotes":[]}\n'
    assert result.stderr == 'pnews quotes: <stdin>:2: "text" must be a string, got nothing\n'
