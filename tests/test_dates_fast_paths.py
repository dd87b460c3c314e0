"""The fast paths of the date recognisers find exactly what the plain scans find.

Word gates ask for a phrase's words instead of scanning for the phrase; word anchors find an
anchor's words with str.find instead of a regex scan. Both must lose nothing.
"""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pnews.dates import _GATE_WORD, RECOGNISERS, _matches

WORD_GATED = [rec for rec in RECOGNISERS if rec.phrase_words]
WORD_ANCHORED = [rec for rec in RECOGNISERS if rec.anchor_words]
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
