"""The fast paths of the date recognisers find exactly what the plain scans find.

Word gates ask for a phrase's words instead of scanning for the phrase; word anchors find an
anchor's words with str.find instead of a regex scan; keyed anchors run the anchor's regex only
around its key words; the gate index picks the recognisers a text's words let run. All must lose
nothing.
"""

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pnews.dates import (
    _ABBREVIATIONS,
    _GATE_WORD,
    RECOGNISERS,
    _matches,
    find_dates,
    gate_words,
    matches_no_letter,
    recognisers_to_run,
    sentence_starts,
    words_a_substring_needs,
)

WORD_GATED = [rec for rec in RECOGNISERS if rec.phrase_words]
WORD_ANCHORED = [rec for rec in RECOGNISERS if rec.anchor_words]
KEYED = [rec for rec in RECOGNISERS if rec.anchor_keys]
JOINERS = [" ", "  ", "\n", "-", "‐", "'", "’", "'s", ".", ",", "s", "x", "the ", "a ", *"01259"]
LEFT_CONTEXTS = ["", "x", "1", "_", "é", "the ", "two ", "10 ", "1400", "at 3 ", "in the ", "for the "]
LEFT_CONTEXTS += ["this ", "next ", "the past ", "in recent ", "a few ", "several ", "three-"]
RIGHT_CONTEXTS = ["", "x", "s", "_", ".", " 2022", "-", "'s", " ago", " later", "-long", " ahead"]


def _spans(rec, text: str, gated: bool, words: set[str] | None) -> list[tuple[int, int]]:
    if not gated:
        return []
    lowered = text.lower()
    same_length = lowered if len(lowered) == len(text) else None
    return [m.span() for m in _matches(rec, text, same_length, None, words)]


def assert_fast_paths_agree(rec, text: str) -> None:
    lowered = text.lower()
    words = set(_GATE_WORD.findall(lowered))
    scanned = any(p in lowered for p in rec.contains) or not rec.words.isdisjoint(words)
    if not rec.words and not rec.contains:
        scanned = True
    fast = _spans(rec, text, rec.may_match(words, lowered), words)
    assert fast == _spans(rec, text, scanned, None), text


@pytest.mark.parametrize("rec", WORD_GATED + WORD_ANCHORED, ids=lambda rec: rec.name)
def test_fast_paths_agree_in_every_context(rec):
    for word in (*rec.contains, *rec.anchor_words):
        for left in LEFT_CONTEXTS:
            for right in RIGHT_CONTEXTS:
                for form in (word, word.title(), word.upper()):
                    assert_fast_paths_agree(rec, f"{left}{form}{right}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(WORD_GATED + WORD_ANCHORED), st.data())
def test_fast_paths_agree_on_any_mix_of_their_words(rec, data):
    words = {w for ws in rec.phrase_words for w in ws} | set(rec.anchor_words)
    pieces = [*rec.contains, *(p.title() for p in rec.contains), *words, *JOINERS, *LEFT_CONTEXTS]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=12)))
    assert_fast_paths_agree(rec, text)


@pytest.mark.parametrize("rec", WORD_ANCHORED, ids=lambda rec: rec.name)
def test_anchor_words_are_the_words_the_anchor_matches(rec):
    anchor = rec.anchor if rec.anchor is not None else rec.pattern
    if rec.on_lowered is not None:
        anchor = re.compile(anchor.pattern, anchor.flags & ~re.I)
    vocabulary = set(re.findall(r"[a-z]+", anchor.pattern)) | set(rec.anchor_words)
    vocabulary |= (
        {w + "s" for w in vocabulary} | {w[:-1] for w in vocabulary} | {w + "es" for w in vocabulary}
    )
    matched = {w for w in vocabulary if anchor.fullmatch(w)}
    assert matched == set(rec.anchor_words)


def _anchor_vocabulary(rec) -> list[str]:
    """Words of the anchor and of the pattern, in three cases: the pieces its matches are made of."""
    patterns = (rec.anchor.pattern + rec.pattern.pattern).lower()
    found = set(rec.anchor_keys) | set(re.findall(r"[a-z]{2,}", patterns))
    return sorted(found | {w.title() for w in found} | {w.upper() for w in found if len(w) <= 4})


def _keyed_and_scanned(rec, text: str) -> tuple[list, list]:
    """The pattern's matches around the anchors found around their keys, and around the anchors
    a scan of the whole text finds."""
    lowered = text.lower()
    same_length = lowered if len(lowered) == len(text) else None
    words = set(_GATE_WORD.findall(lowered))
    keyed = [m.span() for m in _matches(rec, text, same_length, None, words)]
    scanned = [m.span() for m in _matches(rec, text, same_length, None, None)]
    return keyed, scanned


@pytest.mark.parametrize("rec", KEYED, ids=lambda rec: rec.name)
def test_keyed_anchors_find_what_the_anchor_scan_finds(rec):
    examples = [
        "It ended three weeks ago, and the same day, two years later, in the week after",
        "At 10.30am on Tuesday night, 8 p.m. ET, the previous month and the following year",
        "Later that morning, the 21st, the start of the year and the end of the 19th century",
        "for a third straight day, the fiscal 2005 year, 10-day-long, the year-old, the year’s best",
        "On March 5, Sept. 11 and in mid-March 2005, Friday's talks, in spring, this past Sunday",
        "the best month of the year, by the next quarter, this time last year, five years’ time",
        "for the entire year, the whole  week, in\nthe month, of   the last decade, 3 in the morning",
        "ended the year higher, during the quarter, throughout the whole month, over the week",
        "two years back, a decade back when, in two years from  now, three days hence, in four years time",
        "22:30 GMT+2, at 9.30 on Saturday night, 11 local time, at 7 tonight, 6 in the evening",
    ]
    for text in examples:
        keyed, scanned = _keyed_and_scanned(rec, text)
        assert keyed == scanned, text


@pytest.mark.parametrize("rec", KEYED, ids=lambda rec: rec.name)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_keyed_anchors_agree_on_any_mix_of_their_words(rec, data):
    pieces = [*_anchor_vocabulary(rec), *JOINERS, *LEFT_CONTEXTS, *RIGHT_CONTEXTS, "10", "2005", "3rd"]
    pieces += [" ", " ", " the "]  # most texts are words between single spaces
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=14)))
    keyed, scanned = _keyed_and_scanned(rec, text)
    assert keyed == scanned, text


GATE_PIECES = sorted(
    {w for rec in RECOGNISERS for w in rec.words if len(w) > 1}
    | {c for rec in RECOGNISERS for c in rec.contains}
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*GATE_PIECES, " ", ", ", "x", "-", "0"]), max_size=10),
    st.sampled_from([" ", ""]),
)
def test_the_gate_index_lets_run_what_each_gate_lets_run(pieces, glue):
    # glued without spaces, a phrase is found inside longer runs ("0800utc"): its words are not whole
    text = glue.join(pieces)
    lowered = text.lower()
    words = set(_GATE_WORD.findall(lowered))
    asked_in_turn = [place for place, rec in enumerate(RECOGNISERS) if rec.may_match(words, lowered)]
    assert recognisers_to_run(words, lowered) == asked_in_turn


@pytest.mark.parametrize(
    ("phrase", "needs"),
    [("local time", set()), (" time", set()), ("in the morning", {"the"}), ("9/11", set()),
     ("-long", set()), ("a-b-c", {"b"}), ("the other day", {"other"})],
)  # fmt: skip
def test_a_substring_needs_only_the_words_it_holds_whole(phrase, needs):
    assert words_a_substring_needs(phrase) == needs


_GATE_PIECES = [*"aZz09 _-.'’é\u0130\u212a\u00df\n", "10am", "\u01c5", "\U0001f600"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(st.sampled_from(_GATE_PIECES), max_size=20).map("".join)))
def test_gate_words_are_the_runs_the_gate_pattern_finds(text):
    lowered = text.lower()
    assert gate_words(lowered) == set(_GATE_WORD.findall(lowered))


# the sentence splitter as it was written first: a look-behind per abbreviation at every stop
_SENTENCE_END_BY_LOOK_BEHINDS = re.compile(
    r"[.!?]"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?:[\"”’')]*)\s+(?=(?:''|``|[\"“‘(])?[A-Z0-9])|\n"
)
_SENTENCE_PIECES = [
    *".!?\"”’')“‘(`\n xX1",
    " ",
    "''",
    "``",
    "Mr",
    "a.m",
    "p.m",
    "Jan",
    "Sept",
    "No",
    "U.S",
    "mMr",
    *["Mr.\n", "Jan. \n", "a.m.’ \n", ". X", "No.\n\n"],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=24).map("".join))
def test_sentence_starts_are_where_the_look_behinds_split(text):
    assert sentence_starts(text) == [m.end() for m in _SENTENCE_END_BY_LOOK_BEHINDS.finditer(text)]


def test_sentence_starts_skip_abbreviations_but_not_line_breaks():
    text = "Mr.\nSmith met Dr. Jones at 6 a.m. Monday. It rained.\nThen"
    assert sentence_starts(text) == [4, 42, 53]


LETTERLESS = [rec for rec in RECOGNISERS if rec.anchor_matches_no_letter]


@pytest.mark.parametrize(
    ("pattern", "letterless"),
    [
        *[(r"(?<!\d)(?:19|20)\d\d\b", True), (r"(?P<y>\d\d)[-/]", True), (r":[0-5]\d", True), (r"\.", True)],
        *[(r"\d+s\b", False), (r"\w+", False), (r"\S", False), (r".", False), (r"[^0-9]", False)],
    ],
)
def test_an_anchor_matches_no_letter_only_when_its_text_says_so(pattern, letterless):
    assert matches_no_letter(pattern) is letterless


@pytest.mark.parametrize("rec", LETTERLESS, ids=lambda rec: rec.name)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_letterless_anchor_finds_the_same_spans_in_either_case(rec, data):
    pieces = [
        "1998",
        "2004",
        "/",
        "-",
        "12",
        ":30",
        ".",
        "'05",
        "’99",
        " ",
        "A",
        "Mid",
        "x",
        "É",
        "FY",
        "s",
        "S",
    ]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=12)))
    anchor = re.compile(rec.anchor.pattern)
    assert [m.span() for m in anchor.finditer(text)] == [m.span() for m in anchor.finditer(text.lower())]


@pytest.mark.parametrize(
    "text",
    [
        "{I}stanbul talks will resume on Friday, three weeks after the March 3 vote, said officials.",
        "In late 2004, {I}zmir's mayor said the port would reopen next spring, about two years ago.",
        "The {I}NSTITUTE met at 3 p.m. on Tuesday and again the following week, in mid-July 2005.",
        "{I}zmir's ferries run Every Monday; Mondays are busiest, and Sundays quiet since last Summer.",
    ],
)
def test_a_text_whose_lower_case_is_longer_finds_what_its_twin_finds(text):
    # "İ" lowers to two characters: the recognisers then run case-blind on the text as written,
    # with the patterns compiled only for such texts
    dotted, plain = text.format(I="\u0130"), text.format(I="I")
    assert len(dotted.lower()) != len(dotted)
    ref = date(2005, 6, 15)
    found = [(t.start, t.end, t.type, t.value, t.mod) for t in find_dates(dotted, ref)]
    assert found == [(t.start, t.end, t.type, t.value, t.mod) for t in find_dates(plain, ref)]
    assert len(found) >= 3
