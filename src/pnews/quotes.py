"""`pnews quotes`: direct and partial quotations, with their cue and speaker resolved to a name.

A character-level rule engine, in four steps:

1. ``find_quotes``: pair quotation marks paragraph by paragraph. Apostrophes are told from
   closing single quotes by their neighbours; a quote left open at a paragraph end continues
   when the next paragraph reopens it (the news convention), and otherwise ends there, so one
   broken mark never spoils the rest of the article.
2. ``host_sentences``: the writer's sentences, with quoted words treated as opaque.
3. ``attribute``: the cue and speaker of each quote: after it (“…,” he said), before it
   (He added: “…”), around it (The focus, he said, “…”), "according to X", "X quoted Y as
   saying", a dash, or the previous quote's speaker when a paragraph continues it.
4. ``Resolver``: pronouns to the nearest fitting person, names to their fullest form.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .io import Record
from .lexicon import calendar as calendar_words
from .lexicon import names as given
from .lexicon import quotes as lx
from .patterns import trie_pattern

# ---------------------------------------------------------------------------------------------
# 1. Quotation marks

DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‹"
SINGLE_CLOSERS = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = (
    DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_DOUBLE + STRAIGHT_SINGLE
)
_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")
DASHES = "—–―‒"  # em, en, horizontal bar, figure dash
_BEFORE_OPENER = set(" \t\n([{-/" + DASHES) | set(DOUBLE_OPENERS + SINGLE_OPENERS)
_AFTER_CLOSER = set(" \t\n.,;:!?)]}-…" + DASHES) | set(DOUBLE_CLOSERS + SINGLE_CLOSERS)
_ELISIONS = ("em ", "em.", "em,", "til ", "cause ", "n ", "n’", "n'", "tis ", "twas ", "bout ")

OPEN, CLOSE, APOSTROPHE, CLOSE_OR_APOSTROPHE, EITHER = "open", "close", "apostrophe", "close?", "either"


def _glyph(ch: str) -> str:
    if ch in STRAIGHT_DOUBLE + STRAIGHT_SINGLE:
        return "straight"
    if ch in "«»‹›":
        return "guillemet"
    if ch == "„":
        return "low"
    return "curly"


def classify_mark(text: str, i: int) -> tuple[str, str]:
    """(family, role) of the mark at ``text[i]``: family "double" or "single"."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in DOUBLE_OPENERS:
        if ch == "“" and prev in ",.!?" and nxt in " \t\n":
            return "double", CLOSE  # “It's unusual,“ said X: an opener typed where a closer belongs
        return "double", OPEN
    if ch in DOUBLE_CLOSERS:
        if prev in " \t\n" and nxt.isalnum():
            return "double", OPEN  # a closer typed where an opener belongs
        return "double", CLOSE
    if ch == STRAIGHT_DOUBLE:
        if prev in " \t" and nxt in " \t\n":
            return "double", EITHER  # 'outreach,' " he said: stray spaces; pairing decides
        if prev in _BEFORE_OPENER:
            return "double", OPEN
        if nxt in _AFTER_CLOSER:
            return "double", CLOSE
        if prev == ":":
            return "double", OPEN
        return "double", EITHER
    if ch in SINGLE_OPENERS:
        if nxt.isdigit() or (prev.isalpha() and nxt.isalpha()):
            return "single", APOSTROPHE  # ‘90s, a ‘ typed for an apostrophe
        return "single", OPEN
    # ’ and '
    if prev.isalnum() and nxt.isalnum():
        return "single", APOSTROPHE  # nation’s, don't
    rest = text[i + 1 : i + 6]
    if prev in _BEFORE_OPENER or i == 0:
        if nxt.isdigit() or rest.startswith(_ELISIONS):
            return "single", APOSTROPHE  # ’90s, ’n’, 'em
        if ch == STRAIGHT_SINGLE or ch in "›":
            return "single", OPEN if nxt.isalnum() or nxt in ALL_MARKS else APOSTROPHE
        return "single", APOSTROPHE
    return "single", CLOSE_OR_APOSTROPHE  # States’ “…”, or the end of a quote: decided by pairing


@dataclass
class QuoteSpan:
    """Quoted words: one (start, end) content range per paragraph they run over."""

    segments: list[tuple[int, int]]
    open_at: int  # position of the opening mark
    close_at: int | None  # position of the closing mark; None when it ended without one
    family: str
    nested: bool = False

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def words(self, text: str) -> str:
        return " ".join(text[a:b].strip() for a, b in self.segments if text[a:b].strip())


@dataclass
class _Open:
    family: str
    glyph: str
    at: int
    segments: list[tuple[int, int]] = field(default_factory=list)
    segment_start: int = 0
    nested: bool = False


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in the text, in order of its opening mark."""
    found: list[QuoteSpan] = []
    paragraphs = paragraph_spans(text)
    carried: _Open | None = None  # a double quote that runs on into the next paragraph
    for p, (p_start, p_end) in enumerate(paragraphs):
        stack: list[_Open] = []
        marks = [m.start() for m in _MARK.finditer(text, p_start, p_end)]
        if carried is not None:
            if (
                marks
                and text[p_start : marks[0]].strip() == ""
                and classify_mark(text, marks[0])[1] in (OPEN, EITHER)
            ):
                carried.segment_start = marks[0] + 1
                stack.append(carried)
                marks = marks[1:]
            else:
                carried = None
        carried = None
        closing_two = _on_first_use(functools.partial(_marks_closing_two_quotes, text, marks))
        for i in marks:
            family, role = classify_mark(text, i)
            glyph = _glyph(text[i])
            if family == "double":
                _double(text, i, role, glyph, stack, found, closing_two)
            else:
                _single(text, i, role, glyph, stack, found, p_end)
        # at the paragraph end: singles left open were apostrophes; doubles continue or end here
        stack = [q for q in stack if q.family == "double"]
        if stack:
            outer = stack[0]
            for inner in stack[:0:-1]:
                _close(text, inner, p_end, None, found)
            nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
            if nxt and _reopens(text, nxt):
                outer.segments.append((outer.segment_start, p_end))
                carried = outer
            else:
                _close(text, outer, p_end, None, found)
    found.sort(key=lambda q: q.open_at)
    return [q for q in found if q.words(text)]


def _on_first_use(compute: Callable[[], set[int]]) -> Callable[[], set[int]]:
    """``compute``, worked out on the first call only: most paragraphs never ask. (functools.cache
    would do, but building one per paragraph costs more than the scan it saves.)"""
    result: set[int] | None = None

    def get() -> set[int]:
        nonlocal result
        if result is None:
            result = compute()
        return result

    return get


def _reopens(text: str, paragraph: tuple[int, int]) -> bool:
    start, end = paragraph
    head = text[start:end].lstrip()
    return bool(head) and head[0] in DOUBLE_OPENERS + STRAIGHT_DOUBLE


def _double(
    text: str,
    i: int,
    role: str,
    glyph: str,
    stack: list[_Open],
    found: list[QuoteSpan],
    closing_two: Callable[[], set[int]],
) -> None:
    open_doubles = [k for k, q in enumerate(stack) if q.family == "double"]
    if role == EITHER:
        role = CLOSE if open_doubles else OPEN
    if role == OPEN and open_doubles and stack[open_doubles[-1]].glyph == "low" and text[i] == "“":
        role, glyph = CLOSE, "low"  # „…“: the German closer looks like an English opener
    if role == OPEN:
        if open_doubles:
            top = stack[open_doubles[-1]]
            if top.glyph != glyph:
                stack.append(_Open("double", glyph, i, segment_start=i + 1, nested=True))
                return
            if i in closing_two():
                # “… what he calls “hell” than …”: a quote inside a quote in the same marks
                stack.append(_Open("double", glyph, i, segment_start=i + 1, nested=True))
                return
            # the same mark again before a closer: the first quote lost its closer
            while len(stack) > open_doubles[-1]:
                _close(text, stack.pop(), i, None, found)
        stack.append(_Open("double", glyph, i, segment_start=i + 1, nested=bool(stack)))
        return
    if not open_doubles:
        return  # a stray closer
    matching = [k for k in open_doubles if stack[k].glyph == glyph] or open_doubles
    k = matching[-1]
    while len(stack) > k + 1:
        stack.pop()  # singles opened inside and never closed were apostrophes
    _close(text, stack.pop(), i, i, found)


def _marks_closing_two_quotes(text: str, marks: list[int]) -> set[int]:
    """The marks after which the paragraph closes two double quotes: where a second opening mark
    inside an open quote nests rather than ends it. One pass from the end (not a scan per mark, which
    a run of marks would make quadratic): the lowest running count of the double marks after each
    one, an opener counting +1 and any other -1."""
    closing_two: set[int] = set()
    lowest = 0
    for i in reversed(marks):
        family, role = classify_mark(text, i)
        if family != "double":
            continue
        if lowest <= -2:
            closing_two.add(i)
        lowest = (1 if role == OPEN else -1) + min(0, lowest)
    return closing_two


def _single(
    text: str, i: int, role: str, glyph: str, stack: list[_Open], found: list[QuoteSpan], p_end: int
) -> None:
    if role == APOSTROPHE:
        return
    if role == OPEN:
        stack.append(_Open("single", glyph, i, segment_start=i + 1, nested=bool(stack)))
        return
    if stack and stack[-1].family == "single":
        _close(text, stack.pop(), i, i, found)
        return
    # “…not enough.’ at the end of a paragraph: a wrong glyph closing the double quote
    wrong_closer = text[i + 1 : p_end].strip() == "" and text[i - 1] in ".!?,"
    if role == CLOSE_OR_APOSTROPHE and stack and stack[-1].family == "double" and wrong_closer:
        _close(text, stack.pop(), i, i, found)


def _close(text: str, q: _Open, end: int, close_at: int | None, found: list[QuoteSpan]) -> None:
    segments = [*q.segments, (q.segment_start, end)]
    # trim white space inside the marks
    trimmed = []
    for a, b in segments:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    if trimmed:
        found.append(QuoteSpan(trimmed, q.at, close_at, q.family, q.nested))


# ---------------------------------------------------------------------------------------------
# 2. The writer's sentences

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "sgt",
    "capt",
    "maj",
    "adm",
    "brig",
    "rev",
    "st",
    "mt",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ft",
    "approx",
    "dept",
    "est",
    "fig",
    "hon",
    "pres",
    "supt",
    "cmdr",
    "gens",
    "reps",
    "sens",
}
_SENTENCE_STARTERS = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "still",
    "yet",
    "so",
    "for",
    "with",
    "some",
    "many",
    "most",
    "one",
    "two",
}
_CLOSERS_AFTER_STOP = "\"”’'»)]"
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9])")


def sentence_spans(text: str, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """The writer's sentences: quoted words are not split, paragraphs always are."""
    segments = sorted(seg for q in quotes for seg in q.segments)
    # where a quote that opened inside the writer's sentence closes on a full stop
    opened_at = {q.close_at: q.open_at for q in quotes if q.close_at is not None}
    sentences: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            if _after_abbreviation(text, m.start(), m.end()):
                continue
            if _inside_any(segments, m.start(), m.end()):
                # Japan called it an “outlaw nation.” Russia said…: the quote's stop ends the sentence
                closer = m.start() + len(m.group().rstrip().rstrip(_CLOSERS_AFTER_STOP))
                opener = opened_at.get(closer)
                if opener is None or not text[start:opener].strip() or text[opener - 1 : opener] == ":":
                    continue
            sentences.append((start, m.end()))
            start = m.end()
        if start < p_end:
            sentences.append((start, p_end))
    return sentences


def _inside_any(segments: list[tuple[int, int]], a: int, b: int) -> bool:
    k = bisect.bisect_right(segments, (a, float("inf"))) - 1
    return k >= 0 and segments[k][0] <= a and b <= segments[k][1]


def _after_abbreviation(text: str, dot: int, next_start: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“‘':
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    if _INITIALISM.fullmatch(word):  # U.S., U.N., a.m.
        following = _NEXT_WORD.match(text, next_start)
        return not (following and following.group(1).lower() in _SENTENCE_STARTERS)
    return False


def sentence_at(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    k = bisect.bisect_right(sentences, (position, float("inf"))) - 1
    return sentences[max(k, 0)]


# ---------------------------------------------------------------------------------------------
# 3. Cues and speakers


def _inflections(lemma: str) -> list[str]:
    if lemma in lx.IRREGULAR_CUE_FORMS:
        return [lemma, *lx.IRREGULAR_CUE_FORMS[lemma]]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        # admit → admitted, but visit → visited: both spellings, the wrong one never occurs
        last = lemma[-1]
        return [lemma, lemma + "s", lemma + last + "ed", lemma + last + "ing", lemma + "ed", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "s", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


CUE_FORMS: dict[str, str] = {}
for _lemma in lx.CUE_VERBS:
    for _form in _inflections(_lemma):
        CUE_FORMS.setdefault(_form, _lemma)
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_NEXT_WORD = re.compile(r"\W*(\w+)")
_PLURAL_NOUNS = re.compile(r"[a-z-]+s(?: [a-z-]+s)?")
_BE_FORM_END = re.compile(r"\b(?:is|are|was|were|been|be)\s*$", re.I)
_LAST_WORD = re.compile(r"([\w’'-]+)\W*$")
_REPEATS = re.compile(r"(.)\1+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+$", re.I)


_CUE = "(?:" + trie_pattern(sorted(CUE_FORMS)).replace(r"\ ", r"\s+") + ")"
_CUE_SCAN = re.compile(rf"(?<![\w’'-]){_CUE}(?![\w’'-])")


@dataclass
class _Cue:
    """A cue word found by `cue_words`; quacks like the regex matches it replaces."""

    begin: int
    finish: int
    word: str

    def start(self, name: str = "cue") -> int:
        return self.begin

    def end(self, name: str = "cue") -> int:
        return self.finish

    def group(self, name: str = "cue") -> str:
        return self.word


def cue_words(text: str, start: int = 0, end: int | None = None) -> list[_Cue]:
    """Reporting verbs in ``text[start:end]`` (lower-case words only)."""
    return [
        _Cue(m.start(), m.end(), " ".join(m.group().split()))
        for m in _CUE_SCAN.finditer(text, start, len(text) if end is None else end)
    ]


_ADVERB = (
    "(?:"
    + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(lx.ADVERBS, key=len, reverse=True))
    + ")"
)
_WHEN = (
    r"(?:(?:on|last|this|early|late)\s+)?(?:"
    + "|".join(calendar_words.WEEKDAY_NAMES)
    + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:at|in|on|during|after)\s+(?:the|a|an|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|(?:yesterday|today|tonight|recently|later|earlier)"
)
_ABBREVIATION_DOT = (
    r"(?:Corp|Inc|Co|Ltd|Jr|Sr|Gen|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Brig|St|Maj|Adm|Rev|Prof|No)\."
    r"|(?<=[A-Z])\.(?=[A-Z]\.?)|(?<=\b[A-Z]\.[A-Z])\.|(?<=\b[A-Z])\.(?=\s+[A-Z])"
)
_PARTY_TAG = r"\((?:[A-Z]{1,3}-[A-Z][\w. ]{1,14}|[A-Z]|[A-Z][a-z]+\.?)\)"  # Sen. Marco Rubio (R-Fla.)
_SPEAKER_WORDS = rf"(?:{_PARTY_TAG}|{_ABBREVIATION_DOT}|[^,.;:!?“”\"«»()\n]){{1,90}}?"
_PARTY_TAG_RE = re.compile(_PARTY_TAG)
_INVERTED_SPEAKER = re.compile(rf"\s+(?P<sp>{_SPEAKER_WORDS})\s*[:,]\s*$")
_QUOTE_CHARS = "“”\"«»‘’'„"

# “…,” said Mr X; the name ends before a preposition or a clause ("said Sanders as he closed out")
_AFTER_CUE_SPEAKER = re.compile(
    rf"^[\s,]*(?P<cue>{_CUE})\s+(?P<sp>{_SPEAKER_WORDS})"
    r"(?=[,.;:!?]|\s+(?:in|on|at|during|after|to|of|while|when|before|because|since|until|who)\b"
    r"|\s+as\s+(?:he|she|they|I|we|you|it|his|her|their|its)\b|$)"  # not "known as Bob"
)
_AFTER_ACCORDING = re.compile(
    rf"^[\s,]*(?P<cue>(?i:{lx.ACCORDING_TO}))\s+(?P<sp>{_SPEAKER_WORDS})(?=[,.;:!?]|$)"
)
_SENTENCE_END_CUE_SPEAKER = re.compile(
    rf",\s*(?P<cue>{_CUE})\s+(?P<sp>{_SPEAKER_WORDS}(?:,\s*[^,“”\"\n]{{1,90}}?)?)[.!?]?\s*$"
)
_NAME_COLON = re.compile(
    rf"(?:^|[-{DASHES}]\s*)(?P<sp>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){{0,5}})\s*:\s*$"
)
_AFTER_DASH = re.compile(rf"^\s*[{DASHES}]+\s*(?P<sp>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,4}})")
# … the decision, the senior official told CNN.
_SENTENCE_END_CUE = re.compile(
    rf",\s*(?P<sp>{_SPEAKER_WORDS})\s+(?:(?i:{_ADVERB}|{_WHEN})\s+)*(?P<cue>{_CUE})\b[^,;“”\"]*$"
)
_SENTENCE_END_ACCORDING = re.compile(rf"(?P<cue>(?i:{lx.ACCORDING_TO}))\s+(?P<sp>{_SPEAKER_WORDS})[.!?]?\s*$")
# He added: “…” / Name said, “…” / X told CNN that the US is “…”
_CUE_IN_PREFIX = re.compile(rf"\b(?P<cue>{_CUE})\b")
_CUE_CLAUSE_AT_END = re.compile(rf"\b(?P<cue>{_CUE})\b(?:\s+[\w’'.-]+){{0,3}}?\s*[:,]?\s*$")
_PASSIVE_OR_INFINITIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|to|not|will|would|can|could|may|might|must|should|shall)\s*$", re.I
)
_QUOTED_AS_SAYING = re.compile(
    r"\b(?P<cue>quot(?:ed|es|ing))\s+(?P<sp>[^“”\"]{1,120}?)\s*,?\s+as\s+(?:saying|telling|writing|describing)\b",
    re.I,
)
_ACCORDING_PREFIX = re.compile(rf"\b(?P<cue>(?i:{lx.ACCORDING_TO}))\s+(?P<sp>{_SPEAKER_WORDS})\s*,")
_CLAUSE_BREAK = re.compile(
    r"(?:[;(]|\b(?:that|and|but|because|while|although|though|whereas|as|when|after|before|what|which|"
    r"who|whom|whose|where|how|why|whether|if)\b)",
    re.I,
)
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|then|also|meanwhile|however|instead|what|which|who|whom|where|while|when|as|if"
    r"|(?:is|was|are|were)(?=\s+(?:what|how)\b))\s+)+",
    re.I,
)
# "WASHINGTON — ", "Maine (AP) — ": the dateline that opens an article is no part of a name
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.’' -]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([A-Za-z .]+\))?"
    rf"|[A-Z][\w.’' ,-]{{0,40}}?\([A-Za-z .]+\))\s*[{DASHES}-]+\s+"
)
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{_ADVERB}|{_WHEN}))+$", re.I)
_DETERMINER = re.compile(
    r"^(?:the|a|an|one|two|three|some|several|many|other|another|both|his|her|their|its)\b", re.I
)
_NAME_TOKEN = re.compile(r"[A-Z][\w’'.-]*")


@dataclass
class Attribution:
    cue: str | None
    speaker_text: str | None
    cue_at: int  # position of the cue, for pronoun resolution
    how: str  # which rule found it (for tests and --explain)
    antecedent: str | None = None  # what a relative pronoun speaker ("who") stands for


def strip_trailing_aux(text: str) -> str:
    """Drop times and auxiliaries at the end ("X has also", "Y on Tuesday"), looking only at the tail."""
    head, tail = text[:-80], text[-80:]
    return head + _TRAILING_AUX.sub("", tail)


_SPEAKER_STRIP = " ,-\t\n" + DASHES


def clean_speaker(raw: str) -> str | None:
    """The speaker phrase as written, minus conjunctions in front and times or auxiliaries behind."""
    sp = _PARTY_TAG_RE.sub("", raw).strip(_SPEAKER_STRIP) if "(" in raw else raw.strip(_SPEAKER_STRIP)
    if " - " in sp or any(dash in sp for dash in DASHES):
        sp = _DATELINE.sub("", sp)
    sp = _LEADING_JUNK.sub("", sp)
    first, _, rest = sp.partition(" ")
    if rest and first.lower() in lx.SENTENCE_ADVERBS:
        sp = rest.lstrip()  # "Recently she announced": she
    sp = strip_trailing_aux(sp).strip(" ,")
    if not sp or any(c in sp for c in _QUOTE_CHARS.replace("’", "").replace("'", "")):
        return None
    words = sp.split()
    if len(words) > 12:
        return None
    # an appositive: "Jake Sullivan, the White House national security adviser" -> the name
    return sp


_INTRO_SUFFIXES = (
    "ated",
    "ened",
    "ised",
    "ized",
    "ssed",
    "ally",
    "ately",
    "ously",
    "edly",
    "ntly",
    "ingly",
    "ively",
    "fully",
)
_COMPLEMENT = re.compile(r"\s*(?:that|how|why|what|whether|if|it|to)\b", re.I)
_PREPOSITIONS = frozenset(
    "in on at during after before since until for from with without by under over despite into through "
    "about against toward towards of to while when as if because although though".split()
)
_FUNCTION_END = re.compile(
    r"\b(?:to|of|the|a|an|and|or|but|that|which|who|is|are|was|were|be|been|has|have|had|will|would|"
    r"can|could|should|may|might|must|not|in|on|at|by|for|with|from|as|if|than)$",
    re.I,
)


_VERB_PHRASE_START = re.compile(
    r"^(?:(?:is|are|was|were|be|been|being|has|have|had|does|did|do|will|would|can|could|should|may|might|must)\b"
    r"|[a-z]+(?:ed|ing)\s+(?:by|in|on|at|to|with|for|from|about|the|a|an|his|her|their|its|that|this|what)\b"
    r"|[a-z]+s\s+(?:the|a|an|his|her|their|its)\s)"
)


# "Aug." or "Monday" said nothing ("May" is also a given name)
_CALENDAR_WORDS = (frozenset(calendar_words.MONTHS) - {"may"}) | frozenset(calendar_words.WEEKDAY_NAMES)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+\b")


def plausible_speaker(sp: str) -> bool:
    words = sp.split()
    first = words[0].lower()
    if first in lx.PRONOUNS:
        return len(words) == 1
    if first in _PREPOSITIONS or _VERB_PHRASE_START.match(sp):
        return False  # "was filed in court", "fostered by Trump": a verb phrase, not who spoke
    if ")" in sp and "(" not in sp:
        return False  # "D-MA)": the tail of a party tag
    if (
        "..." in sp
        or "…" in sp
        or (
            len(words) > 2
            and words[-1].lower() in lx.PRONOUNS
            and words[-2].lower() in lx.OPENING_A_FREE_RELATIVE
        )
    ):
        return False  # "Hispanic woman....I’d rather live in what he": a clause, whose subject ends it
    if len(words) == 1 and _bare(sp) in _CALENDAR_WORDS:
        return False  # "Aug.", "Monday"
    if (_INFINITIVE.search(sp) and not _DETERMINER.match(sp)) or (len(words) >= 3 and sp.isupper()):
        return False  # "encourage Americans to check out what he"; an ALL-CAPS subheading
    if _FUNCTION_END.search(sp) or len(words) > 10:
        return False
    if _DETERMINER.match(sp) or any(w[:1].isupper() for w in words):
        return True
    return bool(_PLURAL_NOUNS.fullmatch(sp))  # officials, analysts, aides


HOST_WINDOW = 600  # characters of the host sentence read on each side of a quote


def attribute(text: str, q: QuoteSpan, sentences: list[tuple[int, int]]) -> Attribution | None:
    """Find the cue and speaker of one quote in its host sentence, or None."""
    first_sentence = sentence_at(sentences, q.open_at)
    last_sentence = sentence_at(sentences, q.end)
    # a "sentence" that never ends (junk, a list) must not make every quote read all of it
    first_sentence = (max(first_sentence[0], q.open_at - HOST_WINDOW), first_sentence[1])
    before = text[first_sentence[0] : q.open_at]
    after_start = (q.close_at + 1) if q.close_at is not None else q.end
    after_end = min(last_sentence[1], after_start + HOST_WINDOW)
    after = text[after_start:after_end] if after_start < after_end else ""
    if not after.strip() and q.close_at is not None and not before.strip():
        # “…?” Trump asked. — the quote ended its own sentence; the cue opens the next one
        following = sentence_at(sentences, after_start + 1)
        if following[0] >= after_start and len(text[following[0] : following[1]].split()) <= 14:
            found = _after_quote(text[following[0] : following[1]], following[0], next_sentence=True)
            if found:
                return found
    found = _after_quote(after, after_start)
    if found:
        return found
    m = _SENTENCE_END_ACCORDING.search(after)
    if m:
        found = _make(m, after_start, "according-to")
        if found:
            return found
    found = _before_quote(text, before, first_sentence[0])
    if found:
        return found
    found = _sentence_end(after, after_start)
    if found:
        return found
    return _subject_verb(before, first_sentence[0])


_SUBJECT_VERB = re.compile(
    rf"^\s*(?:(?:[A-Z][\w’'-]*|[a-z]+)(?:\s+[\w’'.-]+){{0,6}}?\s*,\s+)?"
    rf"(?P<sp>(?:he|she|He|She|They|they)\b|(?:[A-Z][\w’'.-]*\s+){{0,4}}[A-Z][\w’'.-]*)"
    rf"\s+(?:(?i:{_ADVERB})\s+)*(?P<cue>[a-z]{{3,}}(?:ed|es|s))\b"
)


def _subject_verb(before: str, base: int) -> Attribution | None:
    """A person doing something with quoted words: "Moore thanked him for “stepping up”"."""
    m = _SUBJECT_VERB.match(before)
    if not m:
        return None
    sp = clean_speaker(m.group("sp"))
    if not sp or _is_intro(sp):
        return None
    if sp.split()[0].lower() not in lx.PRONOUNS:
        tokens = strip_titles(sp).split()
        if not tokens or any(_bare(t) in lx.NON_PERSON_WORDS for t in tokens):
            return None
    return Attribution(m.group("cue"), sp, base + m.start("cue"), "subject-verb")


def _make(match: re.Match[str], base: int, how: str, cue: str | None = None) -> Attribution | None:
    raw = match.group("sp")
    sp = _appositive_head(raw) if "," in raw else clean_speaker(raw)
    if sp is None or not plausible_speaker(sp):
        return None
    return Attribution(cue or " ".join(match.group("cue").split()), sp, base + match.start("cue"), how)


_CONTRACTED_IS = frozenset("he she it that who what there here where everyone nobody".split())
_POSSESSIVE_WORD = re.compile(r"\w(?:[’']s|s[’'])$")


def _is_cue(text: str, m: re.Match[str]) -> bool:
    """A cue word used as a verb: not "a dozen states", not "is expected to announce"."""
    word = m.group("cue").lower()
    before = text[max(0, m.start("cue") - 40) : m.start("cue")]
    if _PASSIVE_OR_INFINITIVE.search(before) and not (word.endswith("ing") and _BE_FORM_END.search(before)):
        return False
    previous = _LAST_WORD.search(before)
    if (
        previous
        and before.endswith(previous.group(1) + " ")
        and _POSSESSIVE_WORD.search(previous.group(1))
        and previous.group(1).lower()[:-2] not in _CONTRACTED_IS
    ):
        return False  # "Mr. Obama's remarks", "the senator’s statement": a noun
    if previous:
        word_before = previous.group(1).lower()
        if word_before in lx.QUANTIFIERS and (
            word in lx.NOUN_LIKE_CUES or word_before not in ("that", "which", "what")
        ):
            return False  # "the email read" has its verb after "email", not "email" itself
    return True


def _after_quote(after: str, base: int, next_sentence: bool = False) -> Attribution | None:
    if not next_sentence:
        for pattern, how in ((_AFTER_ACCORDING, "according-to"), (_AFTER_CUE_SPEAKER, "cue-speaker")):
            m = pattern.match(after)
            if (
                m
                and how == "cue-speaker"
                and (m.group("cue").endswith("ing") or _COMPLEMENT.match(m.group("sp")))
            ):
                continue  # ", noting that …" is no speaker
            if (
                m
                and how == "cue-speaker"
                and m.group("cue").lower() in lx.NOUN_LIKE_CUES
                and any(_is_cue(after, c) for c in cue_words(after, m.start("sp"), m.end("sp")))
            ):
                continue  # “…,” state Sen. Jo Holt said: a noun before the name, whose verb comes after it
            if m and _is_cue(after, m):
                found = _make(m, base, how)
                if found:
                    return found
    # the first cue word may be a noun ("the email read"): try each cue word in turn
    for m in _speaker_cue_matches(after):
        if not _is_cue(after, m):  # type: ignore[arg-type]
            continue
        if _COMPLEMENT.match(m.group("sp")) and after[: m.start("cue")].rstrip().endswith(","):
            # “…” that Sanders can catch Clinton, said Steve Elmendorf: the quote's sentence goes
            # on, and the speaker comes after the cue
            inverted = _AFTER_CUE_SPEAKER.match(after[m.start("cue") :])
            if inverted and inverted.group("sp")[:1].isupper():
                return _make(inverted, base + m.start("cue"), "cue-speaker")
        found = _make(m, base, "speaker-cue")  # type: ignore[arg-type]
        if found and (
            not next_sentence
            or found.speaker_text.split()[0].lower() in lx.PRONOUNS
            or found.speaker_text[0].isupper()
        ):
            return found
        break
    if next_sentence:
        m = _AFTER_CUE_SPEAKER.match(after)
        if m and m.group("sp")[:1].isupper():
            return _make(m, base, "cue-speaker")
        return None
    m = _AFTER_DASH.match(after)
    if m:
        return Attribution("—", _without_full_stop(m.group("sp")), base + m.start(), "dash")
    return None


def _without_full_stop(name: str) -> str:
    """ "Carla Sanchez." → "Carla Sanchez"; "Robert Smith Jr." and "Oscar P." keep their dot."""
    last = name.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) > 2 and last[:-1].lower() not in _ABBREVIATIONS:
        return name[:-1]
    return name


@dataclass
class _CueMatch:
    """What `_make` needs of a match: the speaker words and the cue, with positions."""

    sp: str
    cue: str
    cue_start: int

    def group(self, name: str) -> str:
        return self.sp if name == "sp" else self.cue

    def start(self, name: str) -> int:
        return self.cue_start


_SPEAKER_BEFORE_CUE = re.compile(
    rf"^[\s,]*(?:[-{DASHES}]+\s*)?(?P<sp>{_SPEAKER_WORDS}(?:,\s*[^,“”\"\n]{{1,90}}?){{0,2}}),?\s+"
    rf"(?:(?i:{_ADVERB}|{_WHEN})\s+)*$"
)


def _speaker_cue_matches(after: str, limit: int = 150):
    """“…,” SPEAKER CUE: each cue word in the first words after the quote, nearest first."""
    for m in cue_words(after, 0, min(limit, len(after))):
        head = _SPEAKER_BEFORE_CUE.match(after[: m.start()])
        if head and not _SUBORDINATE_START.match(head.group("sp")):
            if _A_OR_AN.match(head.group("sp")) and m.group("cue").lower() in _BASE_FORMS:
                continue  # “unhinged” a Donald Trump tweet: "a … tweet" is a noun phrase
            yield _CueMatch(head.group("sp"), m.group("cue"), m.start())


_A_OR_AN = re.compile(r"\s*(?:a|an)\s", re.I)
_PAST_FORMS = {form for forms in lx.IRREGULAR_CUE_FORMS.values() for form in forms}
_BASE_FORMS = frozenset(lemma for lemma in lx.CUE_VERBS if " " not in lemma) - _PAST_FORMS


# “That makes me smart,” when Clinton blasted him: a clause about something else
_SUBORDINATE_START = re.compile(
    r"\s*(?:when|whenever|after|before|because|since|until|while|although|though|whereas|unless|once)\b", re.I
)


def _sentence_end(after: str, base: int) -> Attribution | None:
    for pattern, how in (
        (_SENTENCE_END_ACCORDING, "according-to"),
        (_SENTENCE_END_CUE, "sentence-end"),
        (_SENTENCE_END_CUE_SPEAKER, "sentence-end"),
    ):
        m = pattern.search(after)
        if m and _is_cue(after, m):
            found = _make(m, base, how)
            if found:
                return found
    return None


def _last_match(pattern: re.Pattern[str], text: str, start: int = 0) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, start):  # noqa: B007 - the last one is wanted
        pass
    return last


def _before_quote(text: str, before: str, base: int) -> Attribution | None:
    m = _last_match(_QUOTED_AS_SAYING, before)
    if m:
        sp = _appositive_head(m.group("sp"))
        if sp:
            return Attribution("quoted ... as saying", sp, base + m.start("cue"), "quoted-as-saying")
    colon = _NAME_COLON.search(before)
    if colon:
        return Attribution(":", colon.group("sp"), base + colon.start("sp"), "colon")
    cues = [m for m in cue_words(before) if _is_cue(before, m)]
    if before.rstrip().endswith(":") and not cues:
        # "A footnote in the report makes that clear: “…”" — the sentence's subject
        subject = _sentence_subject(before)
        if subject:
            return Attribution(":", subject, base + len(before.rstrip()) - 1, "colon")
    closing = _CUE_CLAUSE_AT_END.search(before)
    if closing and cues and cues[-1].start() == closing.start("cue"):
        m = cues[-1]
        cue = " ".join(m.group("cue").split())
        # "…, explained Rosenberg, “" — the speaker follows the verb ("Mook told CBS," — not so)
        inverted = _INVERTED_SPEAKER.match(before, m.end())
        lead = before[: m.start()].rstrip()
        if inverted and (not lead or lead[-1] in ",:;" + _QUOTE_CHARS):
            sp = clean_speaker(inverted.group("sp"))
            if sp and plausible_speaker(sp) and sp[0].isupper() and not cue.endswith("ing"):
                return Attribution(cue, sp, base + m.start(), "cue-speaker-before")
        # "Clinton, a top aide said, “" — the words just before the verb
        last_part = before[: m.start()].rsplit(",", 1)[-1]
        sp = clean_speaker(strip_trailing_aux(last_part.rstrip()))
        if sp and plausible_speaker(sp) and not _is_intro(sp) and "," in before[: m.start()]:
            return Attribution(cue, sp, base + m.start(), "interrupted")
    # the reporting verb nearest the quote: ", he said, “" / "He added: “" / "X told CNN that …"
    for m in reversed(cues):
        if _in_a_relative_clause_closed_before(before, m):
            continue
        cue = " ".join(m.group("cue").split())
        # "X described her as a “disgrace” after she blamed shootings on “implicit bias”"
        clause = _last_match(_SUBORDINATE_SUBJECT, before, m.end())
        verb = clause.group("verb") if clause else ""
        if clause and "," not in before[clause.end() :] and verb not in _VERB_HINTS and _verb_like(verb):
            return Attribution(verb, clause.group("sp"), base + clause.start("verb"), "subordinate")
        # "the police department, which reported “…”": the relative pronoun stands for the name
        relative = _RELATIVE_SUBJECT.search(before[: m.start()]) or _DESCRIBED_PERSON_WHO.search(
            before[: m.start()]
        )
        if relative and not cue.endswith("ing"):
            return Attribution(
                cue, relative.group("pronoun"), base + m.start(), "relative", antecedent=relative.group("sp")
            )
        if cue.endswith("ing") and not _BE_FORM_END.search(before[max(0, m.start() - 12) : m.start()]):
            # "footage of Trump saying “…”": the name just before the participle speaks
            named = _NAME_BEFORE_PARTICIPLE.search(before[: m.start()])
            # "…wrote to Attorney General Jane Roe asking": the object of "to" is not who asks
            if (
                named
                and named.group("word") not in _OBJECT_PREPOSITIONS
                and (named.group("sp") in ("him", "her", "them") or _looks_like_name(named.group("sp")))
            ):
                return Attribution(cue, named.group("sp"), base + m.start(), "participle")
            # "…, adding that …": the speaker is the subject of the main clause
            subject = _sentence_subject(before[: m.start()])
            return Attribution(cue, subject, base + m.start(), "participle")
        subject = _subject_before(before[: m.start()])
        if subject and any(_is_cue(subject, c) for c in cue_words(subject)):
            continue  # "Clinton says Trump’s flurry of late-night tweets was": the earlier verb
        if subject is None and _COORDINATED.search(before[: m.start()]):
            # "Carson did not mention …, but told his supporters, “…”": the first clause's subject
            subject = _sentence_subject(before[: m.start()])
        if subject:
            return Attribution(cue, subject, base + m.start(), "prefix-cue")
        inverted = _INVERTED_SPEAKER.match(before, m.end())
        if inverted:
            sp = clean_speaker(inverted.group("sp"))
            if sp and plausible_speaker(sp) and sp[0].isupper():
                return Attribution(cue, sp, base + m.start(), "cue-speaker-before")
        if _THAT_AFTER_CUE.match(before, m.end()):
            # "…, and said that" with the subject in an earlier clause
            subject = _sentence_subject(before[: m.start()])
            if subject:
                return Attribution(cue, subject, base + m.start(), "prefix-cue")
    m = _last_match(_ACCORDING_PREFIX, before)
    if m:
        return _make(m, base, "according-to")
    return None


_RELATIVE_CLAUSE_OPENS = re.compile(r",\s*(?:which|who|whom|that)\s+(?:[\w’'-]+\s+){0,4}$")
_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?P<verb>[a-z]+)\s+[^,]*$")


def _in_a_relative_clause_closed_before(before: str, cue: re.Match[str]) -> bool:
    """ "the announcement, which some have argued was a ploy, was an “insult”": the cue is the
    relative clause's, and the clause closes before the quote, where the main clause's verb resumes."""
    if not _RELATIVE_CLAUSE_OPENS.search(before, max(0, cue.start() - 60), cue.start()):
        return False
    resumes = _MAIN_CLAUSE_RESUMES.search(before, cue.end())
    return bool(resumes) and resumes.group("verb") in _VERB_HINTS


_NAME_BEFORE_PARTICIPLE = re.compile(
    r"(?<![\w’'-])(?P<word>[a-z]+)\s+(?P<sp>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|him|her|them)\s+$"
)
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|because|when|while|since|before|although|though|until|whereas)\s+"
    r"(?P<sp>he|she|they|I|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+)\b"
)
_RELATIVE_SUBJECT = re.compile(
    r"(?P<sp>\b(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*),?\s+(?P<pronoun>which|who|that)\s+$"
)
# "The senator, who said the plan was “reckless,”": a person described, then "who"
_DESCRIBED_PERSON_WHO = re.compile(
    r"(?P<sp>\b(?:[Tt]he|[Aa]n?)\s+(?:[\w’'.-]+\s+){0,3}[a-z][\w’'.-]*),\s+(?P<pronoun>who)\s+$"
)
_OBJECT_PREPOSITIONS = frozenset("to at by in on for from with into toward towards against".split())
_THAT_AFTER_CUE = re.compile(r"\s*(?:[\w’'.-]+\s+){0,3}?(?:that|[:,])")
_COORDINATED = re.compile(rf"\b(?:and|but|then)\s+(?:(?i:{_ADVERB})\s+)*$")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|whose|whom)\b[^,]*")
_INTRO_PHRASE = re.compile(r"^\s*(?:[A-Z][\w’'-]*|[a-z]+)(?:\s+[“\"‘]?[\w’'.-]+){0,8}?\s*,[”\"’]?\s+")
_SUBJECT_START = re.compile(
    r"(?P<sp>(?:he|she|they|we|it|I|He|She|They|We|It)\b|(?:[A-Z][\w’'.-]*\s+(?:of\s+)?){0,5}[A-Z][\w’'.-]*)"
)
_DESCRIPTION_START = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]everal|[Mm]any|[Ss]ome"
    r"|[Mm]ost|[Bb]oth|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ff]ew)\s"
)
_VERB_HINTS = frozenset(
    "is are was were has had have will would can could may might must did does do went made took gave "
    "came got kept left put set ran sent spent told said thought felt found saw knew began".split()
)


def _sentence_subject(prefix: str) -> str | None:
    """The subject at the start of the sentence: "Trump went after Bush, calling him" → Trump."""
    for start in _subject_starts(prefix):
        rest = prefix[start:]
        m = None if _DESCRIPTION_START.match(rest) else _SUBJECT_START.match(rest)
        if m:
            sp = m.group("sp")
        elif _DESCRIPTION_START.match(rest):
            words = rest.split()
            # "The retired neurosurgeon has": a participle right after the determiner describes
            k = 2 if len(words) > 2 and _an_adjective_in_ed(words[1], words[2]) else 1
            while k < min(len(words), 6) and not _verb_like(words[k]):
                k += 1
            if k >= len(words) or not _verb_like(words[k]):
                continue
            sp = " ".join(words[:k])
        else:
            continue
        sp = clean_speaker(sp)
        if sp and plausible_speaker(sp) and _bare(sp.split()[0]) not in lx.INTRO_WORDS:
            sp_at = rest.find(sp)
            sp_end = sp_at + len(sp) if sp_at >= 0 else -1
            following = _NEXT_WORD.match(rest, sp_end) if sp_end >= 0 else None
            # "…in Salem, New Hampshire, Trump went after Bush": the place ends the opening phrase
            named_next = _name_then_verb(rest, sp_end, len(rest), at_start=True) if sp_end >= 0 else None
            if named_next:
                return named_next
            # "Speaking to MSNBC, Bush…" opens with a participle; "Boreing said" with a name
            if not _is_intro(sp) or (following and _verb_like(following.group(1))):
                return sp
    return _subject_after_clauses(prefix)


def _subject_starts(prefix: str) -> list[int]:
    # "DECATUR, Ill. — Sen. Ted Cruz weighed in": the sentence starts after the dateline
    dateline = _DATELINE.match(prefix) if prefix[:1].isupper() else None
    start = dateline.end() if dateline else 0
    starts = [start]
    intro = _INTRO_PHRASE.match(prefix[start:])
    if intro:
        starts.insert(0, start + intro.end())
    return starts


_NAME_THEN_VERB = re.compile(
    r",\s+(?P<sp>(?P<pronoun>he|she|they|we|I)|(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+)\b"
)


def _subject_after_clauses(prefix: str) -> str | None:
    """ "Speaking to MSNBC on Monday, which …, Bush referred to…": a name and its verb after the
    sentence's opening clauses."""
    if not _is_intro(prefix.split(",", 1)[0]):
        return None
    return _name_then_verb(prefix, 0, len(prefix))


def _name_then_verb(text: str, start: int, end: int, at_start: bool = False) -> str | None:
    """The first ", Name verb" (or ", he verb") in ``text[start:end]``; with ``at_start``, only one
    at ``start``."""
    found = (
        [_NAME_THEN_VERB.match(text, start, end)] if at_start else _NAME_THEN_VERB.finditer(text, start, end)
    )
    for m in found:
        if not m or not _verb_like(m.group("verb")):
            continue
        if m.group("pronoun"):
            # a pronoun is taken only from the writer's words: “In most weeks, we would speak”
            if not any(mark in text[start : m.start()] for mark in '“”"«»'):
                return m.group("sp")
        elif _looks_like_name(m.group("sp")):
            return m.group("sp")
    return None


_NOT_A_NOUN_AFTER_A_VERB = _PREPOSITIONS | lx.QUANTIFIERS | {"him", "them", "it", "us", "me"}


def _an_adjective_in_ed(word: str, following: str) -> bool:
    """ "retired" of "the retired neurosurgeon": an -ed word before a noun, not a verb before its object."""
    w = word.lower()
    return (
        w.endswith("ed")
        and w not in _VERB_HINTS
        and following.islower()
        and not _verb_like(following)
        and following.lower() not in _NOT_A_NOUN_AFTER_A_VERB
    )


def _verb_like(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return w in _VERB_HINTS or w in CUE_FORMS or (w.endswith("ed") and len(w) > 3)


# "The minister — who resigned in May — said": an aside set off by dashes, like one set off by commas
_DASH_ASIDE_AT_END = re.compile(rf"\s+[{DASHES}]\s[^{DASHES}]{{1,120}}\s[{DASHES}]$")


def _subject_before(prefix: str) -> str | None:
    """The subject of a cue verb: the words since the last clause break, appositives removed."""
    prefix = strip_trailing_aux(prefix.rstrip())
    if prefix.endswith(tuple(DASHES)):
        prefix = _DASH_ASIDE_AT_END.sub("", prefix)
    if "(" in prefix:  # "Paul D. Ryan (R-Wis.) said": the tag's bracket is no clause break
        prefix = _PARTY_TAG_RE.sub("", prefix)
    cut = max(prefix.rfind(c) for c in '“”"«»')
    if cut >= 0:
        prefix = prefix[cut + 1 :]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(prefix)]
    clause = prefix[breaks[-1] :] if breaks else prefix
    clause = clause.strip(" ,")
    if not clause:
        return None
    # "X, president of Y, which represents teachers, said": the relative clause is no subject
    relative = bool(breaks) and prefix[: breaks[-1]].rstrip().lower().endswith(
        ("who", "which", "whom", "whose")
    )
    head = None if relative and prefix.rstrip().endswith(",") else _appositive_head(clause)
    if head is None and breaks and prefix.rstrip().endswith(","):
        # "John Podesta, a former adviser who supported …, said": the appositive held a clause
        head = _appositive_head(_RELATIVE_CLAUSE.sub("", prefix))
    return head


def _is_intro(part: str) -> bool:
    words = part.split()
    if not words:
        return False  # a sentence that opens with a comma
    first = _bare(words[0])
    if first in lx.INTRO_WORDS or (first.endswith("ing") and first not in ("king",)):
        return True
    if len(words) == 1 and first.endswith(_INTRO_SUFFIXES):
        return True  # "Frustrated, Sanders said" / "Separately, …"
    return bool({_bare(w) for w in words} & lx.TIME_HEADS) and not _looks_like_name(part)


def _appositive_head(phrase: str) -> str | None:
    """Of "Name, the role," or "Last month, Name", the part that names the speaker."""
    parts = [clean_speaker(p) for p in phrase.split(",")]
    parts = [p for p in parts if p and not _is_intro(p) and plausible_speaker(p)]
    if not parts:
        return None
    if len(parts) > 1 and parts[-1].lower() in lx.PRONOUNS:
        return parts[-1]  # "Loyalty, he noted, …": a topic put first, then who speaks
    for part in parts:
        if _looks_like_name(part) or part.split()[0].lower() in lx.PRONOUNS:
            return part
    # no name: "the bespectacled, 71-year-old diplomat" is one description
    whole = ", ".join(parts)
    if len(whole.split()) <= 8:
        return whole
    # "…whether he senses anger among his supporters, the Vermont senator": the short description
    described = [p for p in parts if _DETERMINER.match(p) and len(p.split()) <= 6]
    if described:
        return described[-1]
    return parts[0] if len(parts[0].split()) <= 8 else None


def _looks_like_name(phrase: str) -> bool:
    tokens = phrase.split()
    caps = [t for t in tokens if _NAME_TOKEN.fullmatch(t) and t.lower().strip(".") not in lx.NON_PERSON_WORDS]
    return bool(caps) and tokens[-1][0].isupper()


# ---------------------------------------------------------------------------------------------
# 4. Names

# a dot belongs to a name only after an initial or an abbreviation: "Clinton. Trump" is two names
_NAME_ABBREVIATIONS = sorted((a.capitalize() for a in _ABBREVIATIONS), key=len, reverse=True)
_NAME_TOKEN_DOTTED = r"(?:(?:" + "|".join(_NAME_ABBREVIATIONS) + r")\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'-]*)"
# the first token written from its capital on: a pattern that opens on a set of characters is
# scanned for that set, in a third less time than one that opens on a look-behind; the
# abbreviations then go on from their capital ("(?<=G)en")
_FIRST_NAME_TOKEN = (
    r"[A-Z](?<![\w’'-].)(?:(?:"
    + "|".join(rf"(?<={a[0]}){re.escape(a[1:])}" for a in _NAME_ABBREVIATIONS)
    + r")\.|\.(?:[A-Z]\.)*|[\w’'-]*)"
)
_NAME_RUN = re.compile(
    rf"{_FIRST_NAME_TOKEN}(?:\s+(?:(?:of|de|van|von|bin|al|da|di|la|le|del|du)\s+)?{_NAME_TOKEN_DOTTED})*"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_FOLLOWED_BY_CUE = re.compile(rf"(?:[’']s?)?\s+(?:(?i:{_ADVERB})\s+)*{_CUE}\b")
# "one of the former prosecutors for David Petraeus": a description that mentions a name
_EMBEDDED_NAME = re.compile(r"^[a-z][\w-]*\b.*?\b(?:of|for|from|at|with|to|by)\s+(?:the\s+)?[A-Z]")


@functools.lru_cache(maxsize=65536)
def name_key(token: str) -> str:
    """Spelling variants share a key: Muammar ~ Muamar, Hussein ~ Husein; Hossein is another name."""
    folded = unicodedata.normalize("NFKD", token.lower())
    folded = "".join(c for c in folded if c.isalnum())
    return _REPEATS.sub(r"\1", folded)


_BARE: dict[str, str] = {}


def _bare(token: str) -> str:
    bare = _BARE.get(token)
    if bare is None:
        bare = token.lower().strip(".,’'")
        if len(_BARE) < 200_000:
            _BARE[token] = bare
    return bare


def strip_titles(phrase: str) -> str:
    """ "Defense Secretary Jane Roe" → "Jane Roe"; a phrase of titles only stays whole."""
    tokens = [_POSSESSIVE.sub("", t) for t in phrase.split()]
    k = 0
    while k < len(tokens) - 1 and (_bare(tokens[k]) in lx.TITLE_WORDS or not tokens[k][:1].isupper()):
        k += 1
    # "Texas Sen. Ted Cruz", "FBI Director James Comey": a place or body before the title
    for i in range(len(tokens) - 2, k, -1):
        if _bare(tokens[i]) in lx.TITLE_WORDS and _bare(tokens[i]) not in ("of", "the"):
            if all(t[:1].isupper() and _bare(t) not in lx.TITLE_WORDS for t in tokens[i + 1 :]):
                k = i + 1
            break
    rest = tokens[k:]
    if len(rest) == 1 and _bare(rest[0]) in lx.NON_PERSON_WORDS:
        return _LEADING_ARTICLE.sub("", phrase)
    return " ".join(rest)


@dataclass
class Mention:
    at: int
    tokens: list[str]
    kind: str  # "person", "group" or "thing"
    gender: str | None = None  # "m", "f" or unknown


def gender_of(tokens: list[str], titles: list[str] = ()) -> str | None:
    """ "m" or "f" when a title ("Mrs.") or a given name ("Alicia Machado") says so."""
    for title in titles:
        if title in given.MALE_TITLES:
            return "m"
        if title in given.FEMALE_TITLES:
            return "f"
    if len(tokens) >= 2:
        first = _bare(tokens[0])
        if first in given.MALE_GIVEN_NAMES:
            return "m"
        if first in given.FEMALE_GIVEN_NAMES:
            return "f"
    return None


def _without_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word[-1:] in "s’'" else word


_PRONOUN_WRITTEN = {p: re.compile(rf"(?<![\w’'-]){re.escape(p)}(?![\w’'-])", re.I) for p in lx.PRONOUNS}


class Resolver:
    """Person mentions of one article, for pronouns and fullest names."""

    def __init__(self, text: str, quotes: list[QuoteSpan]):
        self.text = text
        segments = sorted(seg for q in quotes for seg in q.segments)
        self.mentions: list[Mention] = []
        self.full_names: dict[str, list[list[str]]] = {}
        self._genders: dict[str, set[str]] = {}  # surname key -> genders of the people so named
        self.organisations: list[Mention] = []
        runs = []
        non_person, titles = lx.NON_PERSON_WORDS, lx.TITLE_WORDS
        for m in _NAME_RUN.finditer(text):
            run, start = m.group(), m.start()
            one_word = " " not in run and "\n" not in run
            if one_word and ((single := _bare(run)) in non_person or single in titles):
                continue  # the common case: a capitalised function word or place
            if _inside_any(segments, start, m.end()):
                continue
            if one_word:  # and no title: what the steps below come to, at a third of their cost
                if not _ARTICLE_END.search(text, max(0, start - 5), start):
                    runs.append((start, [_without_possessive(run)], False, None))
                continue
            words = run.split()
            bare = [_bare(w) for w in words]
            k, titled = 0, False
            while k < len(words) and (bare[k] in titles or bare[k] in non_person):
                titled = titled or (bare[k] in titles and bare[k] not in ("the", "of"))
                k += 1
            j = len(words)
            while j > k and (bare[j - 1] in non_person or bare[j - 1] == "of"):
                j -= 1
            if j <= k or any(b in non_person for b in bare[k:j]):
                if len(words) >= 2 and bare[-1] in non_person:
                    # "The United Nations Security Council": what a later "it" may stand for
                    self.organisations.append(Mention(start, _LEADING_ARTICLE.sub("", run).split(), "thing"))
                continue
            if _ARTICLE_END.search(text, max(0, start - 5), start):
                continue
            tokens = [_without_possessive(w) for w in words[k:j]]
            gender = gender_of(tokens, bare[:k]) if k or len(tokens) >= 2 else None
            runs.append((start, tokens, titled, gender))
            if len(tokens) >= 2 or titled:
                self.full_names.setdefault(name_key(tokens[-1]), []).append(tokens)
            if gender:
                self._genders.setdefault(name_key(tokens[-1]), set()).add(gender)
        # whoever is the subject of a reporting verb is a person: "Weiner admitted …"
        subjects = {
            name_key(tokens[0])
            for at, tokens, titled, gender in runs
            if len(tokens) == 1 and _FOLLOWED_BY_CUE.match(text, at + len(tokens[0]))
        }
        for at, tokens, titled, gender in runs:
            if (
                len(tokens) >= 2
                or titled
                or name_key(tokens[-1]) in self.full_names
                or name_key(tokens[-1]) in subjects
            ):
                self.mentions.append(Mention(at, tokens, "person", gender or self._gender(tokens)))
        self.mentions.sort(key=lambda m: m.at)
        self._mention_starts = [m.at for m in self.mentions]
        self.speakers: dict[str, list[Mention]] = {}

    def _gender(self, tokens: list[str]) -> str | None:
        genders = self._genders.get(name_key(tokens[-1]), ())
        return next(iter(genders)) if len(genders) == 1 else gender_of(tokens)

    def fullest(self, name: str, gender: str | None = None) -> str:
        tokens = name.split()
        if not tokens:
            return name
        candidates = self.full_names.get(name_key(tokens[-1]), [])
        if len(tokens) >= 2:
            first = name_key(tokens[0])
            candidates = [c for c in candidates if len(c) >= 2 and name_key(c[0])[:1] == first[:1]]
        if gender:  # "he" after "Clinton": Bill, not Hillary
            candidates = [c for c in candidates if gender_of(c) in (gender, None)]
        # "Miss Universe Alicia Machado": a form that starts with a given name is the name
        best = max(candidates, key=lambda c: (gender_of(c) is not None, len(c)), default=None)
        return strip_titles(" ".join(best)) if best and len(best) > len(tokens) else name

    def note_speaker(self, at: int, speaker: str, kind: str) -> None:
        """A resolved speaker is the likeliest referent of the next pronoun (quotes come in order)."""
        tokens = speaker.split()
        self.speakers.setdefault(kind, []).append(Mention(at, tokens, kind, self._gender(tokens)))

    def _latest(
        self, at: int, kind: str, gender: str | None = None, subject_from: int | None = None
    ) -> Mention | None:
        """The last mention of that kind before ``at``, among names and noted speakers, skipping
        people of the other gender; a person who opens the sentence (its subject) comes first."""
        compatible = lambda m: gender is None or m.gender in (gender, None)  # noqa: E731
        names: list[Mention] = []
        if kind == "person":  # names found in the text are all people
            k = bisect.bisect_left(self._mention_starts, at) - 1
            names = self.mentions[max(0, k - 40) : k + 1]
        elif kind == "thing":
            names = [m for m in self.organisations if m.at < at][-20:]
        noted = [m for m in self.speakers.get(kind, ()) if m.at < at][-20:]
        if subject_from is not None:
            for mention in names:
                opens = subject_from <= mention.at < at and not self.text[subject_from : mention.at].strip(
                    " “‘\"'("
                )
                if opens and compatible(mention):
                    return mention
        # a noted speaker sorts after a name at the same place
        ranked = sorted(
            [(m.at, 0, i) for i, m in enumerate(names)] + [(m.at, 1, i) for i, m in enumerate(noted)]
        )
        candidates = [(noted if flag else names)[i] for _, flag, i in ranked]
        for mention in reversed(candidates):
            if compatible(mention):
                return mention
        return candidates[-1] if candidates else None

    def resolve(
        self, speaker_text: str, at: int, sentence_start: int | None = None
    ) -> tuple[str | None, str]:
        """(resolved speaker, kind of speaker) for a speaker phrase found at ``at``, in a sentence
        that starts at ``sentence_start``."""
        lowered = speaker_text.lower()
        if not lowered.strip():
            return None, "person"
        if lowered in lx.PRONOUNS:
            wanted = lx.PRONOUNS[lowered]
            if lowered in ("we", "you"):
                return None, wanted
            gender = given.PRONOUN_GENDER.get(lowered)
            if sentence_start is not None:
                # written before its cue, a pronoun stands for someone named before it, not for a
                # name between it and the cue: "he did say he found Trump charming and called …"
                written = _PRONOUN_WRITTEN[lowered].search(self.text, sentence_start, at)
                if written:
                    at = written.start()
            mention = self._latest(at, wanted, gender, sentence_start)
            if mention is not None:
                return self.fullest(" ".join(mention.tokens), gender), wanted
            return None, wanted
        if _looks_like_name(speaker_text) and not _EMBEDDED_NAME.match(speaker_text):
            name = strip_titles(speaker_text)
            tokens = name.split()
            if tokens and all(_bare(t) not in lx.NON_PERSON_WORDS for t in tokens):
                return self.fullest(name), "person"
            return name, "thing"
        head = _bare(speaker_text.split()[-1])
        if head in lx.DOCUMENT_HEADS:
            return speaker_text, "thing"
        if head.endswith("s") and not head.endswith("ss"):
            return speaker_text, "group"
        return speaker_text, "person"


class _LazyResolver:
    """Builds the article's Resolver on first use: most quotes in a feed need none."""

    def __init__(self, text: str, quotes: list[QuoteSpan]):
        self._args = (text, quotes)
        self._resolver: Resolver | None = None

    def __getattr__(self, name: str):
        if self._resolver is None:
            self._resolver = Resolver(*self._args)
        return getattr(self._resolver, name)


# ---------------------------------------------------------------------------------------------
# Putting it together

_SENTENCE_LIKE = re.compile(r"^[\"“‘'(…\[]*[A-Z0-9…]")


def is_title(words: str, before: str) -> bool:
    """“Good Morning America”, “Fantastic Four”: a name in quotes, not speech."""
    tokens = words.rstrip(",.").split()
    if not tokens or len(tokens) > 8 or words.rstrip()[-1:] in ".!?":
        return False
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by", "from"}
    capitalised = all(t[:1].isupper() or t.lower() in small or not t[:1].isalpha() for t in tokens)
    return capitalised and tokens[0][:1].isupper() and bool(before.strip())


_WHOLE_SENTENCES = re.compile(r"^[\"“‘'(…\[]*[A-Z](?:\S+\s+){3,}.*[.!?…][\"”’']*$", re.S)


def quote_kind(text: str, q: QuoteSpan, sentence_start: int, attribution: Attribution | None) -> str:
    words = q.words(text)
    before = text[sentence_start : q.open_at]
    if is_title(words, before):
        return "scare"
    if attribution is None:
        # a whole sentence of speech with nobody named is still a quote
        return "direct" if _WHOLE_SENTENCES.match(words) and not before.strip() else "scare"
    if not _SENTENCE_LIKE.match(words):
        return "partial"
    lead = before.strip()
    if not lead or lead.endswith(":") or len(q.segments) > 1:
        return "direct"
    if (
        attribution.how in ("prefix-cue", "cue-speaker-before", "inherited")
        and sentence_start <= attribution.cue_at < q.open_at
    ):
        between = text[attribution.cue_at : q.open_at].split()[1:]
        if len(between) <= 3 and not any(w.lower() == "that" for w in between):
            return "direct"
        return "partial"
    return "partial"


def _enclosing_quote(out: list[dict], q: QuoteSpan) -> dict | None:
    for entry in reversed(out):
        if entry["start"] <= q.open_at < entry["end"]:
            return entry
    return None


def extract_quotes(text: str, include_scare: bool = False) -> list[dict]:
    """The quotations of one article text, in document order, as record fields."""
    spans = find_quotes(text)
    if not spans:
        return []
    sentences = sentence_spans(text, spans)
    paragraphs = paragraph_spans(text)
    resolver = _LazyResolver(text, spans)
    out: list[dict] = []
    previous: dict | None = None  # the last attributed quote
    previous_paragraph = -1
    for q in spans:
        if q.family == "single" and q.nested:
            continue
        paragraph = _paragraph_index(paragraphs, q.open_at)
        first_sentence = sentence_at(sentences, q.open_at)
        attribution = attribute(text, q, sentences)
        inherited = None
        outer = _enclosing_quote(out, q) if q.nested else None
        if (
            outer is not None
            and attribution is not None
            and outer["start"] <= attribution.cue_at < outer["end"]
            and (attribution.speaker_text or "").lower() in lx.PRONOUNS
        ):
            # “… what he calls “hell” …”: a pronoun inside the outer quote is the outer speaker's to
            # resolve, not the article's; the article gives the words to the outer speaker
            attribution, inherited = None, outer
        if attribution is None and previous is not None:
            starts_paragraph = text[paragraphs[paragraph][0] : q.open_at].strip() == ""
            same_paragraph = previous_paragraph == paragraph
            follows = previous_paragraph == paragraph - 1 and starts_paragraph
            words = q.words(text)
            if (same_paragraph and len(words.split()) >= 3) or (follows and _SENTENCE_LIKE.match(words)):
                inherited = previous
        if attribution is None and inherited is None and _colon_lead(text, paragraphs, paragraph, q):
            # "Sanders made the following comment:" ¶ “…”: the lead's subject, else the last speaker
            attribution = _colon_lead_subject(text, paragraphs, sentences, paragraph)
            if attribution is None and previous is not None:
                inherited = previous
        if attribution is None and inherited is None and _SENTENCE_LIKE.match(q.words(text)):
            attribution = _paragraph_lead(text, paragraphs, sentences, paragraph, q, spans)
        if attribution is None and inherited is None:
            attribution = _dash_paragraph(text, paragraphs, q)
        kind = quote_kind(
            text,
            q,
            first_sentence[0],
            attribution or (Attribution(None, None, q.open_at, "inherited") if inherited else None),
        )
        if kind == "scare" and not include_scare:
            continue
        if attribution is not None and attribution.speaker_text is None:
            # a participle cue ("adding"): the speaker of the sentence's main clause
            opening = _opening_participle_subject(text, q, first_sentence, attribution.cue_at)
            if opening:
                attribution.speaker_text = opening
            elif previous is not None and previous_paragraph == paragraph:
                attribution.speaker_text = previous["speaker_text"]
            else:
                start = max(first_sentence[0], attribution.cue_at - HOST_WINDOW)
                subject = _subject_before(text[start : attribution.cue_at]) or _sentence_subject(
                    text[start : attribution.cue_at]
                )
                attribution = (
                    Attribution(attribution.cue, subject, attribution.cue_at, "participle")
                    if subject
                    else None
                )
        if attribution is not None:
            speaker, speaker_kind = resolver.resolve(
                attribution.antecedent or attribution.speaker_text or "",
                attribution.cue_at,
                sentence_at(sentences, attribution.cue_at)[0],
            )
            if speaker:
                resolver.note_speaker(attribution.cue_at, speaker, speaker_kind)
            entry = _entry(text, q, kind, speaker, attribution.speaker_text, attribution.cue)
            previous, previous_paragraph = entry, _paragraph_index(paragraphs, q.end)
        elif inherited is not None:
            entry = _entry(text, q, kind, inherited["speaker"], inherited["speaker_text"], None)
            previous_paragraph = _paragraph_index(paragraphs, q.end)
        else:
            entry = _entry(text, q, kind, None, None, None)
        if kind == "scare":
            entry["speaker"] = entry["speaker_text"] = entry["cue"] = None
        out.append(entry)
    return out


_PARTICIPLE_LEAD = re.compile(r"\s*(?:(?:After|Before|While|Since|Upon|When|By|In|On|Without)\s+)?")
_MAIN_SUBJECT = re.compile(
    r"(?:[^,;]{0,200}?,)?\s*(?P<sp>he|she|they|we|I|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+)\b"
)


def _opening_participle_subject(
    text: str, q: QuoteSpan, sentence: tuple[int, int], cue_at: int
) -> str | None:
    """ "After saying her foot was “swollen,” she was taken…": the subject after the opening clause."""
    if cue_at > q.open_at or not _PARTICIPLE_LEAD.fullmatch(text, sentence[0], cue_at):
        return None
    # "After blasting the report, Glenn Beck doubled down … “…”": the subject before the quote
    named = _name_then_verb(text, cue_at, q.open_at)
    if named:
        return named
    after = (q.close_at + 1) if q.close_at is not None else q.end
    m = _MAIN_SUBJECT.match(text, after, sentence[1])
    if m and (_verb_like(m.group("verb")) or m.group("verb") in _VERB_HINTS):
        return m.group("sp")
    return None


def _paragraph_lead(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    paragraph: int,
    q: QuoteSpan,
    spans: list[QuoteSpan],
) -> Attribution | None:
    """A quote opening its paragraph (or its sentence) after a sentence that reports someone
    speaking: "Valastro praised Christie's leadership." ¶ “We need someone who…”, or
    "…, Schiff said. “The other factor is …”" """
    own = sentence_at(sentences, q.open_at)
    paragraph_start = paragraphs[paragraph][0]
    if own[0] > paragraph_start and not text[own[0] : q.open_at].strip():
        last = sentence_at(sentences, own[0] - 1)  # the sentence before, in the same paragraph
        how = "previous-sentence"
    elif paragraph > 0 and not text[paragraph_start : q.open_at].strip():
        last = sentence_at(sentences, paragraphs[paragraph - 1][1] - 1)
        how = "previous-paragraph"
    else:
        return None
    if how == "previous-paragraph" and any(last[0] <= s.open_at < last[1] for s in spans):
        return None
    sentence = text[last[0] : last[1]].rstrip()
    if how == "previous-sentence":  # "…, Schiff said." “…”
        ending = _SENTENCE_END_CUE.search(sentence)
        subject = clean_speaker(ending.group("sp")) if ending and _is_cue(sentence, ending) else None
        if subject and _looks_like_name(subject):
            return Attribution(
                " ".join(ending.group("cue").split()), subject, last[0] + ending.start("cue"), how
            )
    for m in cue_words(sentence):
        if not _is_cue(sentence, m):
            continue
        subject = _subject_before(sentence[: m.start()])
        if subject and (_looks_like_name(subject) or subject.split()[0].lower() in lx.PRONOUNS):
            return Attribution(" ".join(m.group("cue").split()), subject, last[0] + m.start(), how)
    if how == "previous-sentence":
        subject = _sentence_subject(sentence)  # "Sen. Jo Roe identified … as a reason." “…”
        if subject and _looks_like_name(subject):
            return Attribution(None, subject, last[0], how)
    return None


_DASH_LINE = re.compile(rf"\s*[-{DASHES}]+\s*(?P<sp>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,4}})\s*$")


def _dash_paragraph(text: str, paragraphs: list[tuple[int, int]], q: QuoteSpan) -> Attribution | None:
    """“Boeing pays zero taxes.” ¶ - Sanders. — a quote paragraph signed on the next line."""
    paragraph = _paragraph_index(paragraphs, q.end)
    end = paragraphs[paragraph][1]
    after = (q.close_at + 1) if q.close_at is not None else q.end
    if paragraph + 1 >= len(paragraphs) or text[after:end].strip():
        return None
    start, stop = paragraphs[paragraph + 1]
    m = _DASH_LINE.match(text, start, stop)
    if m is None:
        return None
    return Attribution("—", _without_full_stop(m.group("sp")), m.start("sp"), "dash")


def _colon_lead_subject(
    text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]], paragraph: int
) -> Attribution | None:
    prev_end = paragraphs[paragraph - 1][1]
    last = sentence_at(sentences, prev_end - 1)
    lead = text[last[0] : prev_end].rstrip()[:-1]
    cues = [m for m in cue_words(lead) if _is_cue(lead, m)]
    if cues:
        subject = _subject_before(lead[: cues[-1].start()])
        cue = " ".join(cues[-1].group("cue").split())
    else:
        subject, cue = _sentence_subject(lead), ":"
    if subject and (_looks_like_name(subject) or subject.split()[0].lower() in lx.PRONOUNS):
        return Attribution(cue, subject, last[0], "colon-paragraph")
    return None


def _colon_lead(text: str, paragraphs: list[tuple[int, int]], paragraph: int, q: QuoteSpan) -> bool:
    """A quote opening the paragraph after one that ends "X continued:"."""
    if paragraph == 0 or text[paragraphs[paragraph][0] : q.open_at].strip():
        return False
    prev_start, prev_end = paragraphs[paragraph - 1]
    return text[prev_start:prev_end].rstrip().endswith(":")


def _paragraph_index(paragraphs: list[tuple[int, int]], position: int) -> int:
    return max(0, bisect.bisect_right(paragraphs, (position, float("inf"))) - 1)


def _entry(text: str, q: QuoteSpan, kind: str, speaker, speaker_text, cue) -> dict:
    return {
        "text": q.words(text),
        "start": q.start,
        "end": q.end,
        "kind": kind,
        "speaker": speaker,
        "speaker_text": speaker_text,
        "cue": cue,
    }


def quote_record(record: Record, include_scare: bool = False) -> Record:
    """Add ``quotes`` to a record, in place."""
    record["quotes"] = extract_quotes(record["text"], include_scare)
    return record
