"""`pnews clean`: remove what is not the article, repair the text, record every removal.

Pure functions over text and records. The patterns live in ``lexicon/boilerplate.py``; this
module decides where they apply. Rules come in three kinds:

* repairs change characters or paragraph breaks and remove nothing of the article;
* paragraph rules look at one paragraph at a time (a sign-up box, a credit line);
* document rules compare paragraphs (repeats, teasers) or look at the end (a truncated tail).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .io import Record
from .lexicon import boilerplate as bp
from .lexicon import calendar as cal

# ---------------------------------------------------------------------------------------------
# The rule catalogue


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # "repair" or "remove"
    description: str


RULES: tuple[Rule, ...] = (
    Rule("characters", "repair", "HTML entities, NFC, odd spaces and control characters, doubled spaces"),
    Rule(
        "split-sentence",
        "repair",
        "join a sentence split across paragraphs after an abbreviation (U.S., Mr.)",
    ),
    Rule(
        "signup", "remove", "newsletter sign-up boxes and form residue (enter a valid email, privacy notice)"
    ),
    Rule(
        "call-to-action",
        "remove",
        "app promos, follow/share/subscribe, Read more:, Related:, Advertisement, Watch:",
    ),
    Rule("related-headline", "remove", "stand-alone ALL-CAPS lines: headlines of other stories"),
    Rule(
        "donation",
        "remove",
        "membership and donation appeals (support independent journalism, become a member)",
    ),
    Rule(
        "editorial-notice",
        "remove",
        "Editor's Note:, developing-story, More follows, updated/corrected notices",
    ),
    Rule("credit", "remove", "wire and photo credits: (Reporting by …), Photo: …/Getty Images, © lines"),
    Rule("byline", "remove", "a paragraph that is only a byline: By Jane Doe, CNN"),
    Rule("repeated", "remove", "exact and near repeats of a paragraph, and teasers copied from the article"),
    Rule("truncated", "remove", "a last paragraph cut off mid-word (Rather than evidenc...)"),
)
RULE_NAMES = tuple(rule.name for rule in RULES)


def select_rules(only: Iterable[str] = (), skip: Iterable[str] = ()) -> frozenset[str]:
    """The rules to run; raises ValueError naming an unknown rule."""
    only, skip = list(only), list(skip)
    for name in [*only, *skip]:
        if name not in RULE_NAMES:
            raise ValueError(f"unknown rule {name!r} (see --rules)")
    chosen = set(only) if only else set(RULE_NAMES)
    return frozenset(chosen - set(skip))


# ---------------------------------------------------------------------------------------------
# Compiled patterns

_I = re.IGNORECASE


def _any(patterns: list[str], flags: int = _I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


_SIGNUP = _any(bp.SIGNUP)
_DONATION = _any(bp.DONATION)
_CALL_TO_ACTION = _any(bp.CALL_TO_ACTION)
_NOTICE_LABEL = re.compile(
    "|".join([*(f"(?i:{p})" for p in bp.NOTICE_LABELS), *(f"(?:{p})" for p in bp.NOTICE_LABELS_CASED)])
)
_NOTICE = _any(bp.NOTICES)
_NOTE_LABEL = re.compile(bp.NOTE_LABEL, _I)
_CREDIT_PARENTHETICAL = re.compile(r"\s*" + bp.CREDIT_PARENTHETICAL + r"\s*$", _I)
_CREDIT = _any(bp.CREDITS)
_BYLINE = re.compile(bp.BYLINE)
# "By March", "By Christmas Day": a date, not a name ("By June Carter" is one)
_MONTHS_AND_DAYS = frozenset(cal.MONTHS) | frozenset(cal.WEEKDAYS)
# a cheap test before the pattern: the first word of a byline's lead, and the space after it
_BYLINE_FIRST_WORDS = tuple({lead.split()[0] + " " for lead in bp.BYLINE_LEADS})
_WORD = re.compile(r"\w+")
_QUOTE_MARKS = re.compile('["“”„«»]')
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")

# ---------------------------------------------------------------------------------------------
# Repairs

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE_LIKE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\x85\u2028\u2029]")
_DOUBLE_SPACE = re.compile(r" {2,}")


def repair_characters(text: str) -> str:
    """Decode HTML entities, NFC, plain spaces for odd ones, no control or zero-width characters."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _SPACE_LIKE.sub(" ", text)
        text = _INVISIBLE.sub("", text)
        text = _LINE_BREAKS.sub("\n", text)
    else:
        text = _LINE_BREAKS.sub("\n", _INVISIBLE.sub("", text.replace("\t", " ")))
    return _DOUBLE_SPACE.sub(" ", text)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are the non-empty lines, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


_TITLE_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(a) for a in bp.TITLE_ABBREVIATIONS) + r")$"
)
_INITIALISM_END = re.compile(r"(?:^|\s)(\S+)\s+(?:[A-Z]\.){2,}$")
_STARTS_CAPITAL = re.compile(r"^[A-Z]")


def join_split_sentences(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that ends on an abbreviation to the next one, where no sentence can end."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _ends_mid_sentence(out[-1], paragraph):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out


def _ends_mid_sentence(paragraph: str, following: str) -> bool:
    if not paragraph.endswith("."):
        return False
    tail = paragraph[-60:]
    if _TITLE_ABBREVIATION_END.search(tail):
        return True
    match = _INITIALISM_END.search(tail)
    if not match or not _STARTS_CAPITAL.match(following):
        return False
    before = match.group(1)
    # "aid to the U.S." ends a sentence; "Earlier this month, U.S." does not.
    return before.lower() not in bp.INITIALISM_ENDS_AFTER and not _TERMINAL.search(before[-8:])


# ---------------------------------------------------------------------------------------------
# Paragraph rules


@dataclass
class Removal:
    text: str
    rule: str


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def covered_by(paragraph: str, pattern: re.Pattern[str]) -> tuple[int, int]:
    """(words inside matches, words in all): how much of a paragraph a pattern accounts for."""
    covered = sum(_words(m.group()) for m in pattern.finditer(paragraph))
    return covered, _words(paragraph)


def _mostly(paragraph: str, lowered: str, pattern: re.Pattern[str], triggers: tuple[str, ...]) -> bool:
    # Quoted speech is the article's, never page furniture.
    # map over the bound method: a generator's frame costs more than the look-ups
    if not any(map(lowered.__contains__, triggers)) or _QUOTE_MARKS.search(paragraph):
        return False
    covered, total = covered_by(paragraph, pattern)
    return total > 0 and covered > 0 and total - covered <= max(2, total // 4)


def _whole(paragraph: str, pattern: re.Pattern[str], max_words: int) -> bool:
    return (
        paragraph.count(" ") < max_words and bool(pattern.match(paragraph)) and _words(paragraph) <= max_words
    )


_FURNITURE_RULES = ("signup", "donation", "call-to-action")


def _furniture_rule(sentence: str, rules: frozenset[str]) -> str | None:
    """The rule that removes a paragraph (or a sentence, were it one) as page furniture, if any."""
    lowered = sentence.lower()
    if "signup" in rules and _mostly(sentence, lowered, _SIGNUP, bp.SIGNUP_TRIGGERS):
        return "signup"
    if "donation" in rules and _mostly(sentence, lowered, _DONATION, bp.DONATION_TRIGGERS):
        return "donation"
    if "call-to-action" in rules and _whole(sentence, _CALL_TO_ACTION, bp.CALL_TO_ACTION_MAX_WORDS):
        return "call-to-action"
    return None


def _furniture_sentence_by_sentence(paragraph: str, rules: frozenset[str]) -> str | None:
    """A short paragraph whose every sentence is furniture, of kinds no one rule covers ("Thanks for
    reading! Please consider a donation."): the rule that accounts for most of its words."""
    if paragraph.count(" ") >= bp.MIXED_FURNITURE_MAX_WORDS or rules.isdisjoint(_FURNITURE_RULES):
        return None
    sentences = _SENTENCE_END.split(paragraph)
    if len(sentences) < 2:
        return None
    words_by_rule: dict[str, int] = {}
    for sentence in sentences:
        rule = _furniture_rule(sentence, rules)
        if rule is None:
            return None
        words_by_rule[rule] = words_by_rule.get(rule, 0) + _words(sentence)
    return max(words_by_rule, key=lambda rule: words_by_rule[rule])


def is_related_headline(paragraph: str) -> bool:
    """A stand-alone line in capitals: the headline of another story.

    Quoted lines, numbered list heads and bracketed transcript marks stay.
    """
    if paragraph[0] in "\"'“‘«(" or paragraph[0].isdigit() or paragraph[-1] in ".;)":
        return False
    if len(paragraph) > bp.HEADLINE_MAX_CHARS or not paragraph[:12].isupper():
        return False
    if len(paragraph.split()) < bp.HEADLINE_MIN_WORDS:
        return False
    upper = sum(c.isupper() for c in paragraph)
    lower = sum(c.islower() for c in paragraph)
    return upper >= 10 and upper / (upper + lower) >= bp.HEADLINE_MIN_UPPER_RATIO


def is_byline(paragraph: str) -> bool:
    """A paragraph that is only a byline ("By Jane Doe, CNN")."""
    if not paragraph.startswith(_BYLINE_FIRST_WORDS) or _words(paragraph) > bp.BYLINE_MAX_WORDS:
        return False
    byline = _BYLINE.fullmatch(paragraph)
    if byline is None:
        return False
    named = byline.group("named").lower().rstrip(".")
    if named in _MONTHS_AND_DAYS:
        return False
    return not any(named == name or named.startswith(name + " ") for name in cal.HOLIDAY_NAMES)


def strip_notices(paragraph: str) -> tuple[str, list[str]]:
    """Remove editorial labels and notice sentences from the start of a paragraph.

    After "Editor's note:" the note runs to the end of the paragraph, unless it is a known
    notice ("This is a developing story…") followed by article text.
    """
    removed: list[str] = []
    note = _NOTE_LABEL.match(paragraph)
    if note:
        rest = paragraph[note.end() :]
        known = _NOTICE.match(rest)
        if not (known and _notice_may_lead(known, rest)):
            return "", [paragraph]
        removed.append(note.group().strip())
        paragraph = rest
    while paragraph:
        match = _NOTICE_LABEL.match(paragraph)
        if not match:
            match = _NOTICE.match(paragraph)
            if match and not _notice_may_lead(match, paragraph):
                match = None
        if not match or not match.group().strip():
            break
        removed.append(match.group().strip())
        paragraph = paragraph[match.end() :].lstrip()
    return paragraph, removed


def _notice_may_lead(match: re.Match[str], paragraph: str) -> bool:
    # A notice that ends in a full stop may lead a paragraph of article text; one that runs to the
    # end of the line (an "Updated: …" stamp) must make up the whole paragraph.
    if match.end() == len(paragraph):
        return _words(paragraph) <= bp.NOTICE_MAX_WORDS
    return match.group().rstrip()[-1:] in ".!?"


def paragraph_removals(paragraph: str, rules: frozenset[str]) -> tuple[str, list[Removal]]:
    """Apply the paragraph rules: the paragraph left (maybe empty) and what went."""
    furniture = _furniture_rule(paragraph, rules) or _furniture_sentence_by_sentence(paragraph, rules)
    if furniture:
        return "", [Removal(paragraph, furniture)]
    if "related-headline" in rules and is_related_headline(paragraph):
        return "", [Removal(paragraph, "related-headline")]
    if "byline" in rules and is_byline(paragraph):
        return "", [Removal(paragraph, "byline")]
    removals: list[Removal] = []
    if "editorial-notice" in rules:
        paragraph, notices = strip_notices(paragraph)
        removals += [Removal(text, "editorial-notice") for text in notices]
    if "credit" in rules and paragraph:
        match = _CREDIT_PARENTHETICAL.search(paragraph) if paragraph.endswith((")", ").")) else None
        if match:
            removals.append(Removal(match.group().strip(), "credit"))
            paragraph = paragraph[: match.start()].rstrip()
        if (
            paragraph
            and paragraph.count(" ") < bp.CREDIT_MAX_WORDS
            and _CREDIT.fullmatch(paragraph)
            and _words(paragraph) <= bp.CREDIT_MAX_WORDS
        ):
            removals.append(Removal(paragraph, "credit"))
            paragraph = ""
    return paragraph, removals


# ---------------------------------------------------------------------------------------------
# Document rules

_TRUNCATED_END = re.compile(r"(?<=\w)(?:\.{3}|…)\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
NEAR_REPEAT_LENGTH_RATIO = 0.8
NEAR_REPEAT_WORD_JACCARD = 0.7
NEAR_REPEAT_MAX_CHANGED = 2
REPEAT_MIN_WORDS = 8
PAIRWISE_MAX_PARAGRAPHS = 400
_LIST_ITEM = re.compile(r"^(?:[-•*–—]|\d{1,3}[.)])\s")
TEASER_MIN_WORDS = 12
TEASER_RUN = 5  # words copied in runs this long, not phrases that list items share
TEASER_COVERAGE = 0.85
TEASER_MAX_HEADLINE_WORDS = 16


def remove_truncated_tail(paragraphs: list[str]) -> tuple[list[str], list[Removal]]:
    """A last paragraph that stops mid-word with an ellipsis loses its unfinished sentence."""
    if not paragraphs:
        return paragraphs, []
    last = paragraphs[-1]
    if not _TRUNCATED_END.search(last[-8:]):
        return paragraphs, []
    cut = 0
    for match in _SENTENCE_END.finditer(last):
        cut = match.end()
    if cut:
        return [*paragraphs[:-1], last[:cut].rstrip()], [Removal(last[cut:], "truncated")]
    return paragraphs[:-1], [Removal(last, "truncated")]


def _tokens(paragraph: str) -> list[str]:
    return _WORD.findall(paragraph.casefold())


def _shingles(tokens: list[str], n: int = 3) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return set(zip(*(tokens[k:] for k in range(n)), strict=False))


def _is_complete(paragraph: str) -> bool:
    return bool(_TERMINAL.search(paragraph[-8:]))


def remove_repeats(paragraphs: list[str]) -> tuple[list[str], list[Removal]]:
    """Keep one copy of repeated paragraphs; drop teasers whose text is all found elsewhere.

    Of two near copies the complete one stays (a caption lacks the final full stop), else the
    first. List items that differ in a name are not near copies. A teaser is a paragraph whose
    words, after an optional glued headline, nearly all appear in runs of five or more elsewhere
    in the article. Beyond PAIRWISE_MAX_PARAGRAPHS (no news article has so many) only exact
    repeats are looked for, so the time stays linear.
    """
    if len(paragraphs) > PAIRWISE_MAX_PARAGRAPHS:
        return _remove_exact_repeats(paragraphs)
    tokens = [_tokens(p) for p in paragraphs]
    vocab = [set(t) for t in tokens]
    dropped: dict[int, str] = {}
    first_of: dict[tuple[str, ...], int] = {}
    for j in range(len(paragraphs)):
        nj = len(tokens[j])
        if nj < REPEAT_MIN_WORDS:
            continue
        key = tuple(tokens[j])
        i = first_of.get(key)
        if i is not None and i not in dropped:
            loser = i if _is_complete(paragraphs[j]) and not _is_complete(paragraphs[i]) else j
            dropped[loser] = paragraphs[loser]
            if loser == i:
                first_of[key] = j
            continue
        first_of.setdefault(key, j)
        if _LIST_ITEM.match(paragraphs[j]):
            continue
        for i in range(j):
            ni = len(tokens[i])
            if i in dropped or ni < REPEAT_MIN_WORDS or min(ni, nj) < NEAR_REPEAT_LENGTH_RATIO * max(ni, nj):
                continue
            if _near_repeat(tokens[i], tokens[j], vocab[i], vocab[j]):
                loser = i if _is_complete(paragraphs[j]) and not _is_complete(paragraphs[i]) else j
                dropped[loser] = paragraphs[loser]
                if loser == j:
                    break
    candidates = [
        j
        for j in range(len(paragraphs))
        if j not in dropped and len(tokens[j]) >= TEASER_MIN_WORDS and not _LIST_ITEM.match(paragraphs[j])
    ]
    if candidates:
        # A teaser copies long runs: some six-word window of its body occurs twice in the article.
        document = "\n".join(" ".join(t) for t in tokens)
        candidates = [j for j in candidates if _may_be_copied(tokens[j], document)]
    if candidates:
        runs = {k: _shingles(tokens[k], TEASER_RUN) for k in range(len(paragraphs)) if k not in dropped}
        counts: Counter[tuple[str, ...]] = Counter()
        for own in runs.values():
            counts.update(own)
        repeated = {run for run, n in counts.items() if n > 1}
        # Of a teaser and the paragraphs it copies, the teaser goes: test the later ones first.
        for j in reversed(candidates):
            own = runs[j]
            if len(own & repeated) < TEASER_COVERAGE * len(own) / 2:
                continue
            if _is_teaser(tokens[j], lambda run, own=own: counts[run] > (run in own)):
                dropped[j] = paragraphs[j]
                counts.subtract(own)
    kept = [p for k, p in enumerate(paragraphs) if k not in dropped]
    return kept, [Removal(dropped[k], "repeated") for k in sorted(dropped)]


def _may_be_copied(tokens: list[str], document: str) -> bool:
    n = len(tokens)
    for at in (n // 3, n // 2, (3 * n) // 4, n - 6):
        window = " ".join(tokens[max(0, at) : max(0, at) + 6])
        if document.count(window) >= 2:
            return True
    return False


def _remove_exact_repeats(paragraphs: list[str]) -> tuple[list[str], list[Removal]]:
    seen: set[str] = set()
    kept: list[str] = []
    removed: list[Removal] = []
    for paragraph in paragraphs:
        tokens = _tokens(paragraph)
        key = " ".join(tokens)
        if len(tokens) >= REPEAT_MIN_WORDS and key in seen:
            removed.append(Removal(paragraph, "repeated"))
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept, removed


def _near_repeat(a: list[str], b: list[str], words_a: set[str], words_b: set[str]) -> bool:
    """The same paragraph but for a word or two (list items differing in names are not)."""
    if _jaccard(words_a, words_b) < NEAR_REPEAT_WORD_JACCARD:
        return False
    from difflib import SequenceMatcher

    same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    longer = max(len(a), len(b))
    return longer - same <= max(NEAR_REPEAT_MAX_CHANGED, longer // 10)


def _jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _is_teaser(tokens: list[str], found_elsewhere: Callable[[tuple[str, ...]], bool]) -> bool:
    n = len(tokens)
    covered = [False] * n
    for i in range(n - TEASER_RUN + 1):
        if found_elsewhere(tuple(tokens[i : i + TEASER_RUN])):
            covered[i : i + TEASER_RUN] = [True] * TEASER_RUN
    start = 0
    while start < n and not covered[start]:
        start += 1
    if start > TEASER_MAX_HEADLINE_WORDS or n - start < TEASER_MIN_WORDS:
        return False
    return sum(covered[start:]) / (n - start) >= TEASER_COVERAGE


# ---------------------------------------------------------------------------------------------
# Putting it together


@dataclass
class Cleaned:
    text: str
    removed: list[Removal] = field(default_factory=list)


def clean_text(text: str, rules: frozenset[str] = frozenset(RULE_NAMES)) -> Cleaned:
    """Clean one article's text with the chosen rules."""
    if "characters" in rules:
        text = repair_characters(text)
    paragraphs = split_paragraphs(text)
    if "split-sentence" in rules:
        paragraphs = join_split_sentences(paragraphs)
    removed: list[Removal] = []
    kept: list[str] = []
    for paragraph in paragraphs:
        rest, gone = paragraph_removals(paragraph, rules)
        removed += gone
        if rest:
            kept.append(rest)
    if "repeated" in rules:
        kept, gone = remove_repeats(kept)
        removed += gone
    if "truncated" in rules:
        kept, gone = remove_truncated_tail(kept)
        removed += gone
    return Cleaned("\n\n".join(kept), removed)


SPAN_FIELDS = ("quotes", "dates")


@dataclass
class SpanReport:
    shifted: int = 0
    dropped: int = 0


def clean_record(record: Record, rules: frozenset[str] = frozenset(RULE_NAMES)) -> SpanReport:
    """Clean a record in place: rewrite ``text``, append to ``removed``, keep spans valid."""
    old = record["text"]
    cleaned = clean_text(old, rules)
    report = SpanReport()
    if cleaned.text != old:
        for name in SPAN_FIELDS:
            spans = record.get(name)
            if isinstance(spans, list):
                record[name] = relocate_spans(spans, old, cleaned.text, report)
    record["text"] = cleaned.text
    if "characters" in rules and isinstance(record.get("title"), str):
        record["title"] = repair_characters(record["title"]).strip()
    removed = record.get("removed")
    if not isinstance(removed, list):
        removed = []
    removed += [{"text": r.text, "rule": r.rule} for r in cleaned.removed]
    record["removed"] = removed
    return report


def relocate_spans(spans: list, old: str, new: str, report: SpanReport) -> list:
    """Move spans to where their text now stands; drop those whose text is gone or changed."""
    kept = []
    cursor = 0
    for span in spans:
        if (
            not isinstance(span, dict)
            or not isinstance(span.get("start"), int)
            or not isinstance(span.get("end"), int)
        ):
            kept.append(span)
            continue
        start, end = span["start"], span["end"]
        piece = old[start:end]
        where = new.find(piece, cursor) if piece else -1
        if where < 0:
            where = new.find(piece) if piece else -1
        if where < 0:
            report.dropped += 1
            continue
        if where != start:
            report.shifted += 1
            span = {**span, "start": where, "end": where + len(piece)}
        kept.append(span)
        cursor = where
    return kept


def explain(record: Record, removals: list[dict], emit: Callable[[str], None]) -> None:
    """One line per removal, for --explain."""
    for removal in removals:
        text = removal["text"]
        short = text if len(text) <= 70 else text[:67] + "..."
        emit(f"{record['id']}: [{removal['rule']}] {short}")
