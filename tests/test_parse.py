"""Unit tests of parse's text functions."""

import pytest

from pnews.parse import (
    FieldMap,
    NotText,
    decode_article,
    looks_like_headline,
    map_foreign_record,
    normalize_date,
    parse_text,
    read_header,
    read_inline_header,
    strip_extension,
)


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2022-12-13", "2022-12-13"),
        ("Dec 13, 2022", "2022-12-13"),
        ("Tuesday, December 13, 2022", "2022-12-13"),
        ("13 December 2022 10:00 +0100", "2022-12-13T10:00:00+01:00"),
        ("2022-12-13T10:00:00Z", "2022-12-13T10:00:00+00:00"),
        ("2022-12-13 10:30", "2022-12-13T10:30:00"),
        ("March 2022", "2022-03"),
        ("2022", "2022"),
        ("December 13", None),  # no year: never taken from the clock
        ("2022-13-45", None),
        ("soon", None),
        ("", None),
    ],
)
def test_normalize_date(given, iso):
    assert normalize_date(given) == iso


def test_inline_date_header_leaves_the_text():
    date, rest = read_inline_header(" date 2022-12-13 Sign up to our newsletter")
    assert (date, rest) == ("2022-12-13", "Sign up to our newsletter")
    assert read_inline_header("Date night 2022 was fun") == (None, "Date night 2022 was fun")
    assert read_inline_header("Updated 2023-01-02T10:00Z Text")[0] == "2023-01-02T10:00Z"


def test_header_block():
    lines = [
        "Title: A headline",
        "Date: 13 Dec 2022",
        "URL: https://x.test/a",
        "Author: Jo Bloggs",
        "",
        "Body.",
    ]
    headers, start = read_header(lines)
    assert headers == {
        "title": "A headline",
        "date": "13 Dec 2022",
        "url": "https://x.test/a",
        "author": "Jo Bloggs",
    }
    assert lines[start:] == ["", "Body."]
    assert read_header(["Note: this is text.", "Body"]) == ({}, 0)


def test_parse_text_with_header_block():
    parsed = parse_text("Title: Budget passes\nDate: 2005-03-16\n\nMPs voted.\nThe bill\n\n\nwent through.\n")
    assert (parsed.title, parsed.date) == ("Budget passes", "2005-03-16")
    assert parsed.text == "MPs voted.\n\nThe bill\n\nwent through."


def test_title_auto_takes_a_headline_that_stands_alone():
    parsed = parse_text("Ad sales boost Time Warner profit\n\nQuarterly profits jumped.\n")
    assert parsed.title == "Ad sales boost Time Warner profit"
    assert parsed.text == "Quarterly profits jumped."


def test_title_auto_leaves_a_lede_and_a_glued_line():
    lede = "Joe Biden was said to be finalizing plans to send a system to Ukraine.\n\nMore text.\n"
    assert parse_text(lede).title is None
    glued = "Short headline\nBody straight after it.\n"
    assert parse_text(glued).title is None
    assert parse_text(glued, "first-line").title == "Short headline"
    assert parse_text("Ad sales up\n\nBody.\n", "none").text == "Ad sales up\n\nBody."


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Ad sales boost Time Warner profit", True),
        ("Can Labour win a third term?", True),
        ("'Dozens' of systems pledged", True),
        ("This ends with a full stop.", False),
        ("lower-case start is body text", False),
        ("iTunes now selling Band Aid song", True),
        ("Rivals of the £400 Apple...", True),
        ("&#163;1.8m indecency fine for Viacom", True),
        ("Word " * 40, False),
    ],
)
def test_looks_like_headline(line, ok):
    assert looks_like_headline(line) is ok


def test_paragraph_characters_are_kept_as_they_are():
    parsed = parse_text("  Indented  line\u00a0with nbsp \r\nsecond\r\n", "none")
    assert parsed.text == "  Indented  line\u00a0with nbsp \n\nsecond"


def test_decode_article():
    assert decode_article("“Kyiv”".encode()) == ("“Kyiv”", None)
    assert decode_article(b"\xef\xbb\xbfabc") == ("abc", None)
    assert decode_article("abc".encode("utf-16")) == ("abc", None)
    text, warning = decode_article(b"cost \xa3600m \x81")
    assert text == "cost £600m \x81"
    assert warning == "not valid UTF-8 (byte 0xa3 at offset 5); read as cp1252"
    with pytest.raises(NotText):
        decode_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


@pytest.mark.parametrize(
    ("name", "stem"),
    [("business/001.txt", "business/001"), ("a.txt.gz", "a"), ("noext", "noext"), ("x/.hidden", "x/.hidden")],
)
def test_strip_extension(name, stem):
    assert strip_extension(name) == stem


def test_map_foreign_record_news_please():
    obj = {
        "url": "https://x.test/a",
        "title": "T",
        "maintext": "One.\nTwo.",
        "date_publish": "2021-03-04 05:06:07",
        "language": "en",
    }
    record = map_foreign_record(obj, FieldMap(), "dump:1", "dump.jsonl")
    assert record == {
        "id": "dump:1",
        "source": "https://x.test/a",
        "date": "2021-03-04T05:06:07",
        "title": "T",
        "text": "One.\n\nTwo.",
        "url": "https://x.test/a",
        "language": "en",
    }


def test_map_foreign_record_explicit_fields_must_exist():
    with pytest.raises(ValueError, match='field "uid" is missing'):
        map_foreign_record({"text": "x"}, FieldMap(id="uid"), "f:1", "f")
    with pytest.raises(ValueError, match='no text: field "body.main"'):
        map_foreign_record({"body": {}}, FieldMap(text="body.main"), "f:1", "f")
    record = map_foreign_record(
        {"body": {"main": "x"}, "uid": 5}, FieldMap(id="uid", text="body.main"), "", "f"
    )
    assert (record["id"], record["text"]) == ("5", "x")


def test_a_date_line_under_the_headline_is_the_date():
    parsed = parse_text(
        "Mary Barra appointed as chief\n\nDecember 10, 2013\n\nGeneral Motors today named her.\n"
    )
    assert (parsed.title, parsed.date) == ("Mary Barra appointed as chief", "2013-12-10")
    assert parsed.text == "General Motors today named her."
    body = parse_text("December 10, 2013 was a cold day.\n\nMore.\n", "none")
    assert body.date is None and body.text.startswith("December 10, 2013 was")
