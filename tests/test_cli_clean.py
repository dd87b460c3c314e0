"""CLI tests of `pnews clean` with CliRunner: exact output."""

from click.testing import CliRunner

from pnews.cli import cli

LINE = '{"id":"a","text":"Body text here.\\n\\nAdvertisement","extra":[1]}\n'


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_clean_exact_output():
    result = invoke("clean", input=LINE)
    assert result.exit_code == 0
    assert result.stdout == (
        '{"id":"a","text":"Body text here.","extra":[1],'
        '"removed":[{"text":"Advertisement","rule":"call-to-action"}]}\n'
    )


def test_rules_lists_every_rule():
    result = invoke("clean", "--rules")
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == [
        "characters",
        "split-sentence",
        "signup",
        "call-to-action",
        "related-headline",
        "donation",
        "editorial-notice",
        "credit",
        "byline",
        "repeated",
        "truncated",
    ]


def test_skip_and_only():
    assert '"removed":[]' in invoke("clean", "--skip", "call-to-action", input=LINE).stdout
    assert '"removed":[]' in invoke("clean", "--only", "signup,credit", input=LINE).stdout
    result = invoke("clean", "--only", "nonsense", input=LINE)
    assert result.exit_code == 2 and "unknown rule 'nonsense'" in result.stderr


def test_explain_goes_to_stderr():
    result = invoke("clean", "--explain", input=LINE)
    assert result.stderr == "pnews clean: a: [call-to-action] Advertisement\n"


def test_bad_lines_report_file_and_line():
    bad = '{"id":"a","text":"x"}\n{"id":"b","text":5}\n'
    result = invoke("clean", input=bad)
    assert result.exit_code == 1
    assert result.stdout == '{"id":"a","text":"x","removed":[]}\n'
    assert result.stderr == 'pnews clean: <stdin>:2: "text" must be a string, got a number\n'


def test_missing_id_and_not_an_object():
    assert invoke("clean", input='{"text":"x"}\n').stderr == 'pnews clean: <stdin>:1: missing "id"\n'
    assert (
        invoke("clean", input="[1]\n").stderr
        == "pnews clean: <stdin>:1: expected a JSON object, got an array\n"
    )


def test_span_summary():
    line = (
        '{"id":"a","text":"Advertisement\\n\\nHe said so.","dates":[{"text":"said","start":18,"end":22}]}\n'
    )
    result = invoke("clean", input=line)
    assert '"dates":[{"text":"said","start":3,"end":7}]' in result.stdout
    assert (
        result.stderr == "pnews clean: warning: moved 1 and dropped 0 quote/date spans whose text changed\n"
    )
