"""Unit tests of the shared streaming core."""

import gzip

import orjson
import pytest

from pnews.io import (
    InputError,
    IOOptions,
    Session,
    dumps_record,
    loads_record,
    read_lines,
    read_whole,
    unique_ids,
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"{bad", "invalid JSON"),
        (b"[1, 2]", "expected a JSON object, got an array"),
        (b"42", "expected a JSON object, got a number"),
        (b'"text"', "expected a JSON object, got a string"),
        (b'{"text": "x"}', 'missing "id"'),
        (b'{"id": 7, "text": "x"}', '"id" must be a string, got a number'),
        (b'{"id": "a"}', '"text" must be a string, got nothing'),
        (b'{"id": "a", "text": null}', '"text" must be a string, got null'),
        (b'{"id": "a", "text": ["x"]}', '"text" must be a string, got an array'),
        (b'{"id": "a", "text": "caf\xe9"}', "invalid UTF-8 (byte 0xe9 at column 25)"),
        (b'\xef\xbb\xbf{"id": "a", "text": "x"}', "byte-order mark"),
    ],
)
def test_loads_record_says_what_is_wrong(line, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        loads_record(line)


def test_loads_record_keeps_field_order_and_unknown_fields():
    record = loads_record(b'{"z": 1, "id": "a", "text": "t", "extra": {"k": [1, 2]}}')
    assert list(record) == ["z", "id", "text", "extra"]
    assert dumps_record(record) == b'{"z":1,"id":"a","text":"t","extra":{"k":[1,2]}}\n'


def test_dumps_is_utf8_not_ascii_escaped():
    assert dumps_record({"id": "é", "text": "“Kyiv” – ok"}) == '{"id":"é","text":"“Kyiv” – ok"}\n'.encode()


def test_lone_surrogates_and_huge_integers_survive_a_round_trip():
    record = loads_record(b'{"id": "a", "text": "x\\ud800y", "n": 123456789012345678901234567890}')
    assert record["text"] == "x\ud800y"
    line = dumps_record(record)
    line.decode("utf-8")  # valid UTF-8
    assert loads_record(line.rstrip(b"\n")) == record


@pytest.mark.parametrize("number", [-9223372036854775809, 18446744073709551616, 2**70])
def test_integers_beyond_64_bits_stay_integers(number):
    record = loads_record(b'{"id": "a", "text": "", "n": %d}' % number)
    assert record["n"] == number and isinstance(record["n"], int)
    assert loads_record(dumps_record(record).rstrip(b"\n")) == record


def test_integers_beyond_64_bits_stay_integers_inside_lists():
    record = loads_record(b'{"id": "a", "text": "", "ns": [%d, 1,%d]}' % (2**70, -(2**65)))
    assert record["ns"] == [2**70, 1, -(2**65)]


def test_read_lines_gunzips_and_strips_bom_and_crlf(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(gzip.compress(b'\xef\xbb\xbf{"a": 1}\r\n\n{"b": 2}'))
    assert list(read_lines(str(path))) == [(1, b'{"a": 1}'), (2, b""), (3, b'{"b": 2}')]


def test_read_lines_refuses_utf16(tmp_path):
    path = tmp_path / "u16.jsonl"
    path.write_bytes('{"id": "a"}\n'.encode("utf-16"))
    with pytest.raises(InputError, match=r"u16.jsonl:1: UTF-16 input"):
        list(read_lines(str(path)))


def test_truncated_gzip_is_an_error_at_the_next_line(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    body = b"".join(orjson.dumps({"id": str(i), "text": "x" * 50}) + b"\n" for i in range(2000))
    path.write_bytes(gzip.compress(body)[:-2000])
    with pytest.raises(InputError, match=r"cut.jsonl.gz:\d+: gzip stream is corrupt or cut short"):
        list(read_lines(str(path)))


def test_read_whole_gunzips_and_names_a_cut_file(tmp_path):
    plain = tmp_path / "article.txt.gz"
    plain.write_bytes(gzip.compress(b"Headline\n\nBody."))
    assert read_whole(str(plain)) == b"Headline\n\nBody."
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(b"x" * 5000)[:-8])
    with pytest.raises(InputError, match=r"cut.txt.gz: gzip stream is corrupt or cut short"):
        read_whole(str(cut))
    with pytest.raises(InputError, match=r"no such file"):
        read_whole(str(tmp_path / "missing.txt"))


def test_session_rejects_bad_lines_when_asked(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n[]\n\n{"id": "b", "text": "y"}\n')
    rejects = tmp_path / "rejects.jsonl"
    session = Session(IOOptions("test", (str(path),), str(tmp_path / "out"), True, str(rejects)))
    ids = [item.record["id"] for item in session.records()]
    session.run([])
    assert ids == ["a", "b"]
    assert rejects.read_bytes() == b"[]\n"
    assert session.stats.read == 3 and session.stats.invalid == 1
    assert f"{path}:2: expected a JSON object" in capsys.readouterr().err


def test_duplicate_ids_are_an_error(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    session = Session(IOOptions("test", (str(path),)))
    with pytest.raises(InputError, match=r"dup.jsonl:2: duplicate id 'a' \(first in .*dup.jsonl:1\)"):
        list(unique_ids(session, session.records()))
