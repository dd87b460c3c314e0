"""CLI tests of `pnews dates`: exact output, --reference-date, --explode, --timeline."""

import json

from click.testing import CliRunner

from pnews.cli import cli

LINE = (
    json.dumps({"id": "a", "date": "2022-12-13", "text": "He said Tuesday the war began in late-February."})
    + "\n"
)


def invoke(*args, input=LINE):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_dates_exact_output():
    result = invoke("dates")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["dates"] == [
        {"text": "Tuesday", "start": 8, "end": 15, "type": "DATE", "value": "2022-12-13", "mod": None},
        {"text": "late-February", "start": 33, "end": 46, "type": "DATE", "value": "2022-02", "mod": "END"},
    ]


def test_reference_date_overrides_and_no_date_keeps_placeholders():
    result = invoke("dates", "--reference-date", "2023-03-01", "--explode")
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["2023-02-28", "2023-02"]
    no_date = json.dumps({"id": "b", "text": "It opened on July 9."}) + "\n"
    result = invoke("dates", "--explode", input=no_date)
    assert json.loads(result.stdout) == {
        "id": "b",
        "n": 0,
        "text": "July 9",
        "start": 13,
        "end": 19,
        "type": "DATE",
        "value": "XXXX-07-09",
        "mod": None,
    }


def test_bad_reference_date_is_a_usage_error():
    result = invoke("dates", "--reference-date", "soon")
    assert result.exit_code == 2 and "is not an ISO date" in result.stderr
    result = invoke("dates", "--reference-date", "0001-01-01")
    assert result.exit_code == 2
    assert "'0001-01-01' is outside the years dates are resolved against (1000 to 8999)" in result.stderr


def test_a_placeholder_date_in_a_record_keeps_placeholders_and_the_stream_goes_on():
    lines = [
        {"id": "a", "date": "0001-01-01T00:00:00", "text": "It opened on Tuesday."},
        {"id": "b", "date": "9999-12-31", "text": "It opened on Tuesday."},
        {"id": "c", "date": "2020-01-01", "text": "It opened on Tuesday."},
    ]
    result = invoke("dates", "--explode", input="".join(json.dumps(line) + "\n" for line in lines))
    assert result.exit_code == 0
    assert [(row["id"], row["value"]) for row in map(json.loads, result.stdout.splitlines())] == [
        ("a", "XXXX-XX-XX"),
        ("b", "XXXX-XX-XX"),
        ("c", "2019-12-31"),
    ]


def test_timeline_sorts_by_value_with_the_sentence():
    result = invoke("dates", "--timeline")
    assert result.stdout.splitlines() == [
        "== a (2022-12-13)",
        "2022-02          late-February            He said Tuesday the war began in late-February.",
        "2022-12-13       Tuesday                  He said Tuesday the war began in late-February.",
    ]
