"""Properties that hold for any text: no filter raises, spans are valid, clean is idempotent."""

import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pnews.clean import clean_record, clean_text
from pnews.dates import find_dates
from pnews.dedupe import Deduper, features
from pnews.io import dumps_record, loads_record
from pnews.quotes import extract_quotes

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any code point, lone surrogates included; and text made of the characters the rules look at.
ANY_CHAR = st.characters(blacklist_categories=())
NEWSY = st.sampled_from(
    [
        *"“”‘’\"'«»„ \n\t.,;:!?-–—…()$%0123456789",
        *[
            "said",
            "he",
            "she",
            "Tuesday",
            "May",
            "March",
            "2022",
            "ago",
            "days",
            "Mr.",
            "U.S.",
            "\u2028",
            "\x00",
        ],
        *string.ascii_letters,
    ]
)
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.lists(NEWSY, max_size=200).map(" ".join),
    st.lists(NEWSY, max_size=200).map("".join),
    st.just(""),
    st.just("   \n\n  "),
    st.just("“" * 2000),
    st.just("😀🇺🇦 كييف Київ 基辅 " * 20),
)


@SETTINGS
@given(TEXTS)
@example(',:"0')  # a quote whose sentence opens with a comma: once an IndexError
def test_quotes_never_raise_and_spans_cover_the_quoted_words(text):
    for q in extract_quotes(text, include_scare=True):
        assert 0 <= q["start"] <= q["end"] <= len(text)
        span = text[q["start"] : q["end"]]
        for word in q["text"].split():
            assert word in span


@SETTINGS
@given(TEXTS)
def test_dates_never_raise_and_spans_are_exact(text):
    for t in find_dates(text, None):
        assert 0 <= t.start < t.end <= len(text)
        assert t.as_dict(text)["text"] == text[t.start : t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value


@SETTINGS
@given(TEXTS)
def test_clean_never_raises_and_is_idempotent(text):
    once = clean_text(text).text
    assert clean_text(once).text == once
    assert "\n\n\n" not in once


@SETTINGS
@given(TEXTS)
def test_spans_stay_valid_after_clean(text):
    text = "Advertisement\n\n" + text
    record = {
        "id": "x",
        "text": text,
        "quotes": extract_quotes(text, include_scare=True),
        "dates": [t.as_dict(text) for t in find_dates(text, None)],
    }
    clean_record(record)
    for d in record["dates"]:
        assert record["text"][d["start"] : d["end"]] == d["text"]
    for q in record["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(record["text"])


@SETTINGS
@given(st.lists(TEXTS, min_size=1, max_size=8))
def test_dedupe_never_raises_and_counts_add_up(texts):
    deduper = Deduper(threshold=0.8)
    feats = features(texts)
    for i, (text, feat) in enumerate(zip(texts, feats, strict=True)):
        deduper.check({"id": str(i), "text": text}, feat)
    stats = deduper.stats
    assert stats.read == len(texts) == stats.kept + stats.dropped_total


@SETTINGS
@given(TEXTS, st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3))
def test_records_round_trip_with_unknown_fields(text, extra):
    record = {"id": "x", "text": text, **{k: v for k, v in extra.items() if k not in ("id", "text")}}
    line = dumps_record(record)
    line.decode("utf-8")  # always valid UTF-8, lone surrogates escaped
    assert loads_record(line.rstrip(b"\n")) == record
