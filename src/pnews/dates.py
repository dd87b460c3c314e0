"""`pnews dates`: temporal expressions, normalised to TimeML TIMEX3 against the article's date.

Recognisers (a pattern and a handler each) propose spans; overlaps go to the longest span.
Each handler normalises its expression against the reference date (the record's ``date``),
using the tense of the words around it for expressions that could point either way ("Tuesday",
"in February"). With no reference date, the parts that need one stay ``X``. The calendar
arithmetic is python-dateutil's (relativedelta, weekday steps, easter).
"""

from __future__ import annotations

import bisect
import re
from calendar import isleap, monthrange
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import TH, relativedelta
from dateutil.relativedelta import weekday as rd_weekday

from . import hebrew_calendar
from .io import Record
from .lexicon import calendar as cal
from .lexicon import countries, names
from .lexicon.boilerplate import TITLE_ABBREVIATIONS
from .patterns import trie_pattern

# ---------------------------------------------------------------------------------------------
# Output


class Anaphor(NamedTuple):
    """How to value "the same month", "a year earlier" once the date before it is known."""

    unit: str  # the grain it names
    offset: int  # units on from the anchor
    at_anchor_grain: bool = False  # "a year earlier" than a quarter is a quarter
    year: int | None = None  # "the same month in 2004"
    years_on: int = 0  # "the same month last year": -1
    offset_without_anchor: int | None = None  # "profit for the quarter rose": the one just ended
    part_of_day: str | None = None  # "that night": the day's NI
    grain_without_anchor: str | None = None  # "the year-ago quarter": the last one ended, a year before
    month: int | None = None  # "that September", "March the following year": a month of that year
    # "the following March", "the previous winter": the first one after the anchor (-1: the last before)
    step_to_named: int = 0
    season: str | None = None  # "that summer": the season of that year
    # "rates will drop later in the year": what lies ahead of now is in no year gone, whatever was named
    not_gone_when_ahead: bool = False


@dataclass
class Timex:
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    # "the same day", "the following year", "a year earlier": valued from the date before it
    # once every expression of the text is found
    anaphor: Anaphor | None = field(default=None, compare=False)
    # a time of day with no day named ("at 3 p.m.", "in the evening"): on the day its sentence names
    floating: bool = field(default=False, compare=False)

    def as_dict(self, text: str) -> dict:
        return {
            "text": text[self.start : self.end],
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }


# ---------------------------------------------------------------------------------------------
# Context: the reference date and the tense around an expression

# numbers are words here so "rose to 125.3 in August" sees "to" before a number: no infinitive
_WORD = re.compile(r"[A-Za-z’']+|\d[\d.,]*")
# "stood face-to-face Thursday", "door-to-door": a "to" inside a compound is no infinitive
_A_TO_IN_A_COMPOUND = re.compile(r"(?<=[A-Za-z])-to-(?=[A-Za-z])")
# a dot after these ends no sentence: "at 6 a.m. (0400 GMT)", "on Jan. 15", "Mr. Smith"
_ABBREVIATION_WORDS = [
    *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No".split(),
    "a.m",
    "p.m",
    *(a.rstrip(".") for a in TITLE_ABBREVIATIONS),
]
_ABBREVIATIONS = [re.escape(a) for a in _ABBREVIATION_WORDS]
# a stop, its closing quotes and the space before a capital or a digit; or a line break. A wire's
# '' and `` quote as “ ” do. One set of first characters lets the engine skip to each candidate.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’')]*\s+(?=(?:''|``|[\"“‘(])?[A-Z0-9]))")
# tested on the text up to a dot: one search, not a look-behind per abbreviation at every stop
_AN_ABBREVIATION_ENDS = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)})\.$")
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATION_WORDS)) + 1  # its dot
# the last two characters of each: a stop after any others ("said.") needs no search
_ABBREVIATION_TAILS = frozenset(a[-2:] for a in _ABBREVIATION_WORDS)


def sentence_starts(text: str) -> list[int]:
    """Where each sentence after the first starts: after a stop, its closing quotes and the space
    before a capital or a digit, unless the stop ends an abbreviation; and after every line break."""
    starts = []
    for m in _SENTENCE_END.finditer(text):
        stop = m.start() + 1
        if (
            text[m.start()] == "."
            and text[stop - 3 : stop - 1] in _ABBREVIATION_TAILS
            and _AN_ABBREVIATION_ENDS.search(text, max(0, stop - _LONGEST_ABBREVIATION), stop)
        ):
            # "Mr.\nSmith": the line breaks the stop's match swallowed still end their lines
            starts.extend(at + 1 for at in range(stop, m.end()) if text[at] == "\n")
        else:
            starts.append(m.end())
    return starts


class Context:
    def __init__(self, text: str, dct: date | None):
        self.text = text
        self.dct = dct
        self._bounds: list[int] | None = None  # sentence starts, found on first need
        self.anchor_spans: dict[tuple, list[tuple[int, int]]] = {}
        self.word_spans: dict[str, list[tuple[int, int]]] = {}  # whole words, found once for all

    def sentence(self, position: int) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = [0, *sentence_starts(self.text), len(self.text)]
        k = bisect.bisect_right(self._bounds, position) - 1
        k = max(0, min(k, len(self._bounds) - 2))
        return self._bounds[k], self._bounds[k + 1]

    def tense(self, start: int, end: int) -> str:
        """ "future" or "past", whichever marker is nearest the date in its clause; "unknown" with none;
        "either" for a plan seen from the past ("was due to appear on Monday"): the nearest such day."""
        s_start, s_end = self.sentence(start)
        window_start = max(s_start, start - 80)
        bracket = self.text.rfind("(", window_start, start)
        in_brackets = self.text[bracket + 1 : start] if bracket >= 0 else ""
        # "(0100 GMT Saturday)": a clock time glosses the date outside, as a preposition does
        if (
            bracket >= 0
            and ")" not in in_brackets
            and _a_clause_opens(_without_a_clock_time_at_the_end(in_brackets))
        ):
            window_start = bracket + 1  # "(although as Tuesday's results show, …)": a clause of its own
        window_start = _after_an_open_quotation(self.text, s_start, window_start, start)
        window_start = _after_a_semicolon(self.text, window_start, start)
        # "critics who on Sunday cast doubt": a relative clause has its own tense, or none
        relative = _A_RELATIVE_PRONOUN_BEFORE.search(self.text, window_start, start)
        if relative:
            return self._tense_after(relative.start(), start, end, s_start, s_end)
        # "I have decided that on Election Day, I will vote": the clause the date opens says first
        clause_start = _a_clause_the_date_opens(self.text, window_start, start, end)
        if clause_start is not None:
            tense = self._tense_after(clause_start, start, end, s_start, s_end)
            if tense != "unknown":
                return tense
        return self._tense_after(window_start, start, end, s_start, s_end)

    def _tense_after(self, window_start: int, start: int, end: int, s_start: int, s_end: int) -> str:
        """The tense of a date read from window_start on."""
        window_cut = window_start == start - 80 > s_start  # its first word may be inside a clause
        written_before = _WORD.findall(
            _A_TO_IN_A_COMPOUND.sub(
                "-",
                _without_a_clock_time_at_the_end(
                    _without_a_closed_relative_clause(
                        self.text, s_start if window_cut else window_start, window_start, start
                    )
                ),
            )
        )
        lowered_before = [word.lower() for word in written_before]
        if (
            lowered_before[-1:] == ["since"]
            or _SINCE_OPENS.match(self.text, start, end)
            or _LOOKING_BACK_TO.search(self.text, max(window_start, start - 30), start)
        ):
            return "past"  # "on hold since September", "way back in October": a time gone, whatever the verb
        # "the favourite to win come November": the one ahead; "but come August, she was injured":
        # opening a clause, the clause's verb says
        come_before = lowered_before[-1:] == ["come"]
        if come_before and not (len(lowered_before) == 1 or lowered_before[-2] in cal.CLAUSE_JOINERS):
            return "future"
        # "Until Friday, the department had declined to comment", "Until that day in April, he had
        # never been": opening the sentence, alone or in a short phrase before a comma, "until" looks
        # ahead only when the clause after it says nothing
        until_opens = lowered_before[:1] in (["until"], ["till"]) and (
            len(lowered_before) == 1
            or (not window_cut and len(lowered_before) <= 4 and self.text.startswith(",", end))
        )
        kept = 0 if come_before or until_opens else len(lowered_before)
        while kept and lowered_before[kept - 1] in cal.PREPOSITIONS_BEFORE_A_DATE:
            kept -= 1
        before = lowered_before[:kept]  # the prepositions just before the date add no distance
        written_kept = written_before[:kept]
        opens_the_sentence = not before
        possessive = self.text.startswith(("'s", "’s"), end)  # "missing Monday's Commons vote": a noun phrase
        if possessive and _AN_UNPLANNED_EVENT_AFTER_A_POSSESSIVE.match(self.text, end):
            return "past"
        # "On Monday morning at 10, the court will reconvene", "and while Monday's debate in New York
        # will be": the verb comes after the subject
        subject_first = (
            opens_the_sentence
            or (possessive and before[-1] in cal.CLAUSE_JOINERS)
            # "The Feb. 13 death of Justice Scalia left": the date inside the subject
            or (not window_cut and set(before) <= cal.DETERMINERS)
        )
        reach_after = (70, 8) if subject_first else (40, 4)
        if _a_comma_closes_the_date(self.text, end, possessive) and (
            opens_the_sentence
            or _a_phrase_opens(before, window_cut)
            # "Ahead of Friday's meeting, France and Germany unveiled"
            or (not window_cut and len(before) <= 2 and _looks_ahead_to(lowered_before))
        ):
            # "In January, in his final State of the Union address, he conceded"; "During that stormy
            # game in October, United striker Ruud van Nistelrooy caught"
            reach_after = (110, 14)
        window_after = _before_a_quotations_tag(
            _before_a_semicolon(self.text[end : min(s_end, end + reach_after[0])])
        )
        written_after = _WORD.findall(_A_TO_IN_A_COMPOUND.sub("-", window_after))
        after = [word.lower() for word in written_after]
        best: tuple[int, str] | None = None
        for distance, word in enumerate(reversed(before)):
            k = len(before) - 1 - distance
            kind = _marker(written_before[k], k > 0 or window_cut)
            if word in _MODAL_TRIGGERS:
                kind = _modal_kind(word, lowered_before[k + 1 : k + 3], kind)
                if (
                    word in cal.MODALS_BEFORE_A_PERFECT
                    and lowered_before[k + 1 :] == ["have"]
                    and not possessive
                    and not _opens_with_a_preposition(self.text, start)
                ):
                    kind = "past"  # "the role of spoiler that he could have Tuesday": its participle left out
            if kind and word in cal.COMPARATIVES_OF_TIME and lowered_before[k + 1 : k + 2] == ["than"]:
                kind = None  # "would be launched no earlier than August": a bound, not a time told
            elif _a_present_passive_for(word, kind, before, lowered_before, k):
                kind = "future"  # "snow is forecast for Friday", "talks are planned for Monday"
            elif _a_past_passive_scheduling(word, kind, before, lowered_before, k):
                kind = "either"  # "the vote was scheduled for Thursday": the day may be gone or still ahead
            elif _a_set_off_scheduling(word, k, lowered_before, self.text, start, end, written_after):
                kind = "either"  # "The vote, scheduled for Thursday, was postponed": told from the past
            elif (
                kind == "future"
                and word in ("until", "till")
                and before[k - 1 : k]
                and before[k - 1] in cal.PAST_VERBS_OF_LASTING
                and before[k - 2 : k - 1] not in (["be"], ["being"])  # "will be held until Friday"
            ):
                kind = "past"  # "the talks lasted until Friday": a time gone
            elif kind == "future" and word == "to" and window_cut and k < _REACH_OF_A_TO:
                # "have taken to social media to complain about the actor attending the Democratic
                # National Convention on Wednesday": the verb the "to" hangs on, cut off by the window
                written = _words_back_to(self.text, s_start, window_start, written_before)
                shift = len(written) - len(written_before)
                lowered = [w.lower() for w in written]
                kind = _what_a_to_marks(written, lowered, lowered[: shift + len(before)], k + shift, False)
            elif kind == "future" and word == "to":
                kind = _what_a_to_marks(written_before, lowered_before, before, k, window_cut)
            elif kind == "future" and k > 0 and before[k - 1] in cal.COMPARISONS_BEFORE_A_PARTICIPLE:
                kind = None  # "created fewer jobs than expected in January", "went ahead as planned"
            elif kind == "future" and word in cal.FUTURE_MARKERS_ALSO_NOUNS and _a_noun_here(before, k):
                kind = None  # "parliament rejected the bailout plan on Tuesday"
            elif kind == "future" and word == "coming" and _from_where(lowered_before[k + 1 :]):
                kind = None  # "the cheers coming out of her headquarters Monday night"
            elif kind == "future" and word == "set" and _set_as_a_noun(before[:k]):
                kind = None  # "a four-set win in Friday's semi-final"
            elif kind == "future" and word == "set" and _a_past_setting(before[:k], lowered_before[k + 1 :]):
                kind = "past"  # "the record was set in October"; not "was set for Tuesday"
            elif (
                kind == "future"
                and word == "later"
                and k > 0
                and _marker(written_before[k - 1], k > 1 or window_cut) == "past"
            ):
                kind = "past"  # "the plant closed later in March": later in a story told in the past
            elif kind == "future" and word == "later" and k == 0 and not window_cut:
                kind = None  # "Later in the evening he dined": opening its clause, the verb after says
            elif (
                kind == "past"
                and k == 0
                and not window_cut
                and written_before[0][0].isupper()
                and word not in cal.PAST_MARKERS_NOT_VERBS  # "Yesterday, …", "Earlier, …" say
                and word not in cal.PAST_AUXILIARIES  # "Was the vote on Monday, as planned, …?"
                and "," in self.text[window_start:start]
            ):
                # "Faced with this ultimatum, the prospect of hearings in September could": a
                # participle opening the sentence, set off by a comma, is no verb of the date's clause
                kind = None
            elif kind == "past" and word in cal.FORECAST_PARTICIPLES and _after_with_and_a_noun(before, k):
                kind = "future"  # "with an increase predicted in the second half of the year"
            elif kind == "past" and word == "already" and k > 0 and before[k - 1] in cal.PRESENT_FORMS_OF_BE:
                kind = None  # "it is already almost July": a state now
            elif kind == "past" and k > 0 and before[k - 1] in cal.DETERMINERS_BEFORE_AN_ADJECTIVE:
                kind = None  # "will receive an unprecedented windfall in March": an adjective
            elif (
                kind == "past"
                and k < len(before) - 1
                and before[k] in cal.PARTICIPLES_OF_A_STATE
                and _a_participle_describing_a_noun(before, k)
                and (
                    cal.MODALS_OF_THE_CLAUSE.intersection(before[: k - 2])
                    or _a_modal_later_in_the_clause(after[: reach_after[1]], 0) is not None
                )
            ):
                # "will give him the boost needed for a strong performance Tuesday", "a campaign
                # focused on winning in the fall must": a state, not an event of its own ("a deal
                # reached with Iran in July could")
                kind = None
            elif kind == "past" and _a_participle_after_its_object(written_before, before, k):
                kind = None  # "will get it done by Friday": the verb before the object says
            elif kind == "past" and k > 0 and before[k - 1] in cal.MODALS_BEFORE_A_VERB:
                kind = None  # "will last until Friday", "expected to hit by Thursday": a bare verb
            elif (
                kind == "past"
                and (be := _the_word_before_its_adverbs(before, k)) >= 0
                and before[be] == "be"
                and not _after_could(before[:be])
            ):
                # "to be held on", "will be formally installed on"; not "could not be reached"
                kind = "future"
            elif kind == "past" and not possessive and _conditional_passive(before, k):
                kind = "future"  # "if a Republican is elected in November"
            elif kind == "past" and _supposed_past(before, k, after):
                kind = "future"  # "how ties would fare if he won the election on Nov. 8"
            elif kind is None and _an_arrangement_in_the_progressive(written_kept, k, distance):
                kind = "either"
            elif kind is None and _states_a_timetable(written_kept, k, distance):
                kind = "future"
            elif kind is None and distance <= 2 and word in cal.UNPLANNED_EVENTS:
                kind = "past"  # "after the church massacre in June": nobody plans one
            if kind:
                best = (distance, kind)
                break
        if best is not None and best[1] == "past" and _a_noun_timed_by_a_participle(before):
            best = (best[0], "either")  # "arrived for a summit starting on Thursday": the summit's day
        # "has found herself in a tight race ahead of the caucuses on Monday": a state lasting until now
        # that looks ahead puts the date ahead
        lasting_ahead = (
            best is not None
            and best[1] == "past"
            and _a_present_perfect(before, len(before) - 1 - best[0])
            and _looks_ahead_to(lowered_before)
        )
        drawing_near = _a_time_drawing_near(after)
        if drawing_near:
            # "as Election Day nears": ahead; "talk grew, with the March deadline looming": near the
            # past telling
            return (
                "either" if drawing_near == "either" and best is not None and best[1] == "past" else "future"
            )
        if (
            opens_the_sentence
            and after[:1]
            and after[0] in cal.PRESENT_VERBS_OF_A_DAY_AHEAD
            and self.text[start:end].lower() in cal.WEEKDAYS
        ):
            return "future"  # "Saturday marks the 20th anniversary", "Friday is the deadline"
        prospect_at = _a_prospect_of_doing(before)
        # "a strike for Monday", "was adjourned to Monday": what is arranged for that day
        arranged_at = _a_noun_scheduled_for(written_before, lowered_before)
        if arranged_at is None:
            arranged_at = _a_date_moved_to(lowered_before)
        # "a warning for those who travelled on Friday": a verb after the noun says
        scheduled_for = arranged_at is not None and (best is None or len(before) - 1 - best[0] <= arranged_at)
        if best is not None and prospect_at is not None and len(before) - 1 - best[0] > prospect_at:
            prospect_at = None  # "chances of winning after he lost in February": the date is the loss's
        if best is not None and best[1] == "past" and _an_event_participle_owns_the_date(before, best[0]):
            after = []  # "the agreement reached in Paris on Saturday still leaves": the participle's day
        elif best is not None and _a_relative_clause_closes(
            before, len(before) - 1 - best[0], self.text, end
        ):
            after = []  # "Mr Clarke, who will unveil his plans on Monday, said": "said" is the main clause's
        elif best is None and _a_relative_clause_closes(before, len(before), self.text, end):
            after = []  # "Florida, which votes in mid-March, Rubio is mired": so is "mired"
        elif best is not None and _a_phrase_set_off_closes(self.text, window_start, start, end, best[0]):
            after = []  # "The storm, expected to make landfall Saturday, has already forced": the phrase's
        elif best is not None and _A_SPEECH_TAG_AFTER.match(self.text, end):
            after = []  # "the musical will open in November, said Mr Richards": the tag has its own tense
        elif best is not None:
            # "went on offense on Monday, saying he would abdicate": what the participle reports is its own
            after = after[: _words_before_a_participle_clause(window_after)]
        if _A_COMMA_THEN_A_CONJUNCTION.match(self.text, end):
            after = []  # "the convention in July, but well-organized rival Ted Cruz is": another clause
        in_a_condition = _in_an_opening_condition(self.text, s_start, start, before)
        if in_a_condition and self.text.startswith(",", end):
            after = []  # "When Democrats get to Philadelphia in July, it is assumed": the main clause's
        # "said Friday's meeting will": the verb after says first; ahead, the nearest such day, since
        # what is named may be done already ("said Monday's ruling will change the race")
        reported_subject = best is not None and _inside_a_reported_subject(
            written_kept, len(before) - 1 - best[0], possessive, self.text, start, end
        )
        if reported_subject or (
            best is not None
            # the word test first: the preposition's is a regex match
            and _said_of_a_noun_the_date_follows(written_kept, len(before) - 1 - best[0])
            and (kept < len(lowered_before) or _opens_with_a_preposition(self.text, start))
        ):
            best = (_PAST_THE_CLAUSE, "past")
        for distance, word in enumerate(after[: reach_after[1]]):
            if word in cal.CLAUSE_JOINERS and best is not None:
                break  # "met him on Jan. 15 and will meet again": the next clause has its own tense
            if distance == 0 and word in cal.CONJUNCTIONS_OF_CLAUSES and _a_subject_opens(written_after, 1):
                # "it is already almost July and Congress has failed": another clause's verb; not
                # "on Saturday, Alaska, Hawaii and Washington hold", a list in the subject
                break
            # "on May 2 to build": a purpose, not a time
            kind = (
                _marker(written_after[distance])
                if word != "to" and word not in cal.ABILITY_MODALS and not _opens_a_time(after, distance)
                else None
            )
            if word in cal.FUTURE_MARKERS_ALSO_NOUNS and _a_noun_here(after, distance, before_the_date=False):
                kind = None  # "sent a memo in April explaining his plan"
            elif kind == "past" and distance and after[distance - 1] in ("be", *cal.PRESENT_FORMS_OF_BE):
                # "before Christmas, you can be forgiven": the verb before "be" says; "By Friday it is
                # thought that the deal will close": a present passive, the clause it opens says
                kind = None
            elif kind == "past" and _a_participle_describing_a_noun(after, distance):
                # "By early September, a campaign focused on winning in the fall must have": the
                # clause's own verb comes later
                later_modal = _a_modal_later_in_the_clause(after, distance + 1)
                if later_modal is not None and later_modal < reach_after[1]:
                    kind = None
            if word in _MODAL_TRIGGERS:
                modal = _modal_kind(word, after[distance + 1 : distance + 3], kind)
                # "Saturday would have been his birthday", "hearings in September could become": the
                # main verb; not after a verb of its own ("a deal reached in July could lead") nor in
                # the next clause ("campaigning Wednesday and could split")
                if modal == "past" or (best is None and not set(after[:distance]) & cal.CLAUSE_JOINERS):
                    kind = modal
                if (
                    kind == "future"
                    and word == "would"
                    and _A_WEEKDAY_IN.search(self.text, start, end)
                    and _reported_from_the_past(written_before)
                ):
                    # "said that a session on Monday would focus on": after the saying, not
                    # always after the story; a month so reported is still to come
                    kind = "either"
            if (
                kind is None
                and 0 < distance < 8  # "Seven decades on, it is remarkable how many arguments continue"
                and not possessive
                and _plural_present(written_after, distance)
            ):
                kind = "future"
            if kind and (best is None or distance < best[0]):
                best = (distance, kind)
                break
        if prospect_at is not None or scheduled_for:
            # "chances of winning in November", "called a strike for Monday": still to come, or,
            # seen from the past ("his chances of winning in February evaporated", "has issued a
            # warning for Thursday"), the nearest such time
            return "either" if best is not None and best[1] == "past" else "future"
        if lasting_ahead:
            return "future"
        if best is None and (come_before or until_opens or _looks_ahead_to(lowered_before) or in_a_condition):
            return "future"
        if (
            best is not None
            and best[1] == "past"
            and _A_WEEKDAY_IN.search(self.text, start, end)
            # "ahead of Friday's meeting", "heading into Tuesday's primary": after what is told
            and _ends_looking_ahead(lowered_before, cal.AHEAD_OF_WHAT_IS_TOLD)
            and "had" not in before
            and "had" not in after[: reach_after[1]]
        ):
            # "Ahead of Friday's meeting, France and Germany unveiled": a day after what is told, which
            # may still be to come: the nearest such day; not "had forecast ahead of Friday's figures"
            return "either"
        if best is not None and best[1] == "past" and _takes_effect_on(lowered_before):
            return "unknown"  # "was named president effective Jan. 1": in force when it comes
        if reported_subject and best is not None and best[1] == "future":
            return "either"
        return best[1] if best else "unknown"


# a comma, then a conjunction that can only open a clause (not "and", which may join a list)
_A_COMMA_THEN_A_CONJUNCTION = re.compile(
    r"\s*,\s*(?:" + "|".join(sorted(cal.CONJUNCTIONS_OF_CLAUSES - {"and"})) + r")\b", re.I
)


def _a_subject_opens(written: list[str], k: int) -> bool:
    """The word at k is a pronoun or a name that may be a clause's subject, not a date joined to the
    one before ("in July and August were")."""
    if k >= len(written):
        return False
    word = written[k]
    lowered = word.lower()
    if lowered in cal.SUBJECT_PRONOUNS:
        return True
    return word[0].isupper() and lowered not in cal.MONTHS and lowered not in cal.WEEKDAYS


def _from_where(words: list[str]) -> bool:
    return any(tuple(words[: len(source)]) == source for source in cal.FROM_WHERE_AFTER_COMING)


def _a_present_perfect(lowered: list[str], k: int) -> bool:
    """The participle at k follows "has" or "have", perhaps past "been" or an adverb: "has found",
    "have long been"."""
    j = k - 1
    while j >= 0 and j >= k - 3 and (lowered[j] == "been" or lowered[j] in cal.ADVERBS_INSIDE_A_PERFECT):
        j -= 1
    return j >= 0 and (lowered[j] in ("has", "have") or lowered[j].endswith(("'ve", "’ve")))


def _reported_from_the_past(written: list[str]) -> bool:
    """A past verb of saying or thinking before the date's clause: "said", "anticipated that"."""
    for j, word in enumerate(written):
        lowered = word.lower()
        if (lowered in cal.SPEECH_TAG_VERBS or written[j + 1 : j + 2] == ["that"]) and _marker(
            word, j > 0
        ) == "past":
            return True
    return False


_PAST_THE_CLAUSE = 99  # words: farther than any marker after the date


def _inside_a_reported_subject(
    written: list[str], k: int, possessive: bool, text: str, start: int, end: int
) -> bool:
    """ "said Friday's meeting would", "said the Friday meeting will", "said first-quarter earnings
    would": the date describes the subject of what was said, not the day of the saying ("said
    Friday the meeting would")."""
    lowered = [word.lower() for word in written]
    between = lowered[k + 1 :]
    if len(between) > 2 or not set(between) <= cal.DETERMINERS:
        return False
    if not (lowered[k] in cal.SPEECH_TAG_VERBS or between[:1] == ["that"]) or _marker(written[k]) != "past":
        return False
    a_determiner = bool(between) and between[-1] != "that"
    a_compound = "-" in text[start:end]  # "first-quarter"
    return possessive or ((a_determiner or a_compound) and bool(_A_NOUN_AFTER.match(text, end)))


_A_NOUN_AFTER = re.compile(r"[ \t]+([a-z]{3,})\b")
# "will be affected by Sunday's 9.0 magnitude earthquake": nobody plans one, so it has happened
_AN_UNPLANNED_EVENT_AFTER_A_POSSESSIVE = re.compile(
    r"['’]s(?:[ \t]+(?!(?:"
    + "|".join(sorted(cal.WORDS_AFTER_A_NOUN_PHRASE))
    + r")\b)[\w.-]+){0,3}?[ \t]+(?:"
    + "|".join(sorted(cal.UNPLANNED_EVENTS, key=len, reverse=True))
    + r")\b",
    re.I,
)


def _said_of_a_noun_the_date_follows(written: list[str], k: int) -> bool:
    """ "said the gathering in September in New York would be": a verb of saying that takes no
    object, then a noun phrase whose preposition the date follows: the subject of what was said,
    whose verb comes after the date."""
    noun_phrase = written[k + 1 :]
    return (
        written[k].lower() in cal.VERBS_OF_SAYING_BEFORE_A_CLAUSE
        and 2 <= len(noun_phrase) <= 3
        and noun_phrase[0].lower() in cal.DETERMINERS
        and noun_phrase[0].lower() != "that"
        and all(word.isalpha() and word.islower() and _marker(word) is None for word in noun_phrase[1:])
    )


def _words_before_a_participle_clause(window_after: str) -> int | None:
    """How many words come before a comma that opens a participle clause (", saying he would")."""
    for comma in _A_COMMA_AND_A_WORD.finditer(window_after):
        word = comma.group(1)
        if word.endswith("ing") and len(word) > 5 and word not in cal.WORDS_IN_ING_NOT_A_PARTICIPLE:
            return len(_WORD.findall(window_after, 0, comma.start()))
    return None


_A_COMMA_AND_A_WORD = re.compile(r",\s+([a-z]+)\b")


def _in_an_opening_condition(text: str, s_start: int, start: int, before: list[str]) -> bool:
    """ "If Cruz wins Wisconsin's contest Tuesday, …", "When Democrats get to Philadelphia in late
    July, …": a condition or a time in the present, with no marker, lies ahead. Not a date that
    qualifies a noun ("If he follows up his Tuesday wins"), nor one past the clause's comma."""
    opening = _A_CONDITION_OPENS.match(text, s_start, start)
    if not opening or "," in text[s_start:start]:
        return False
    words = [word.lower() for word in _WORD.findall(text, opening.end(), start)]
    return (
        len(words) < _CONDITION_LENGTH
        and not cal.CLAUSE_JOINERS.intersection(words)  # "If it's late and you close …": it goes on
        and not cal.VERBS_ALIKE_IN_PAST_AND_PRESENT.intersection(words)  # "When they split in December"
        and before[-1:] != []
        and before[-1] not in cal.DETERMINERS
    )


_CONDITION_LENGTH = 12  # words: past them the date is likelier in the main clause
_A_CONDITION_OPENS = re.compile(
    rf"\W*(?:(?:{trie_pattern(sorted(cal.CONJUNCTIONS_OPENING_A_SENTENCE))})\W+)*"
    rf"(?:{trie_pattern(sorted(cal.CONDITIONS_OPENING_A_SENTENCE))})\b",
    re.I,
)


_A_COMMA_AT_THE_END = re.compile(r",\s*$")
_A_RELATIVE_PRONOUN_BEFORE = re.compile(
    rf"\b(?:{trie_pattern(sorted(cal.RELATIVE_SUBJECTS))})\s+"
    rf"(?:(?:{trie_pattern(sorted(cal.PREPOSITIONS_BEFORE_A_DATE))})\s+)?$",
    re.I,
)


def _a_clause_the_date_opens(text: str, window_start: int, start: int, end: int) -> int | None:
    """Where the clause starts when the date opens it: set off by a comma after a conjunction
    ("decided that on Election Day, I will vote"), or as a possessive subject after a comma ("to doom
    his candidacy, Thursday's referendum was")."""
    if text.startswith(("'s", "’s"), end) and _A_COMMA_AT_THE_END.search(text, window_start, start):
        return start
    if not text.startswith(",", end):
        return None
    words = list(_WORD.finditer(text, window_start, start))
    prepositions = int(_opens_with_a_preposition(text, start))
    while words and words[-1].group().lower() in cal.PREPOSITIONS_BEFORE_A_DATE:
        words.pop()
        prepositions += 1
    # a preposition between: not "in January and February," which joins two dates
    if prepositions and words and words[-1].group().lower() in cal.CLAUSE_JOINERS:
        return words[-1].end()
    return None


# ", who lost to Saudi Arabia last month," set off by commas before the date: its verb is not the
# date's ("Argentina, who lost ..., face France in Sunday's final")
_A_CLOSED_RELATIVE_CLAUSE = re.compile(
    rf",\s*(?:{trie_pattern(sorted(cal.RELATIVE_SUBJECTS))})\b[^,;:()\"“”]*,\s+(?=([a-z’']+))", re.I
)
# the word after the clause is the main verb: "..., face France", not "..., thanks to his romp"
_MAIN_VERBS_AFTER_A_CLAUSE = (
    cal.SCHEDULE_VERBS
    | cal.PLURAL_SCHEDULE_VERBS
    | cal.PRESENT_AUXILIARIES
    | cal.PAST_AUXILIARIES
    | cal.MODALS_BEFORE_A_VERB - {"to"}
)


def _without_a_closed_relative_clause(text: str, reach_back_to: int, window_start: int, start: int) -> str:
    """The window's text with a relative clause set off by commas taken out, and as many
    characters from before that clause as it took, back to reach_back_to: the sentence's start
    when only the window's length cut it, else the window's own start (a quotation, a clause)."""
    window = text[window_start:start]
    if "," not in window:
        return window
    reach = text[reach_back_to:start]
    without = _A_CLOSED_RELATIVE_CLAUSE.sub(_a_clause_before_a_main_verb, reach)
    return window if without == reach else without[-len(window) :]


def _a_clause_before_a_main_verb(clause: re.Match[str]) -> str:
    verb = clause.group(1)
    if verb in _MAIN_VERBS_AFTER_A_CLAUSE or _marker(verb) is not None:
        return " "
    return clause.group()


def _without_a_clock_time_at_the_end(window: str) -> str:
    """ "close at 8 p.m. on Tuesday", "at noon Friday": a clock time is part of the date, no distance
    to the verb."""
    found = _CLOCK_TIME_AT_THE_END.search(window)
    return window[: found.start()] if found else window


# "Ahead of Friday's meeting, France and Germany unveiled": the noun a day's possessive opens
_A_POSSESSIVES_NOUN_THEN_A_COMMA = re.compile(r"['’]s(?:\s+[\w.-]+){1,4},")


def _a_comma_closes_the_date(text: str, end: int, possessive: bool) -> bool:
    """A comma right after the date, or after the noun phrase its possessive opens."""
    return text.startswith(",", end) or (
        possessive and _A_POSSESSIVES_NOUN_THEN_A_COMMA.match(text, end) is not None
    )


def _a_phrase_opens(before: list[str], window_cut: bool) -> bool:
    """The words before the date are a short phrase opening the clause: "During that stormy game in"."""
    return not window_cut and 0 < len(before) <= 6 and before[0] in cal.PREPOSITIONS_OPENING_A_CLAUSE


def _after_a_semicolon(text: str, window_start: int, start: int) -> int:
    """ "voted to strike; by the fall, talks had collapsed": the clause after a semicolon has its own
    tense; not one inside brackets ("($332; £179.3) from November")."""
    semicolon = text.rfind(";", window_start, start)
    if semicolon < 0 or ")" in text[semicolon:start]:
        return window_start
    return semicolon + 1


def _before_a_semicolon(window: str) -> str:
    semicolon = window.find(";")
    if semicolon < 0 or "(" in window[:semicolon]:
        return window
    return window[:semicolon]


# a speech tag's verb, after at most four words: " he said", " said Mr Richards", " the paper reported"
_A_TAG_VERB = r"\s+(?:[\w.’'-]+\s+){0,4}?(?:" + "|".join(sorted(cal.SPEECH_TAG_VERBS)) + r")\b"
# "…love us in May or June or July," he said: the closing quotation mark, then the tag
_A_QUOTATIONS_TAG = re.compile(r"(?<!\s)(?:[,!?]?[”\"]|[,!?][’'])" + _A_TAG_VERB, re.I)


def _before_a_quotations_tag(window: str) -> str:
    """The words after a date up to the end of the quotation holding it: the tag's verb tells when
    it was said, not when the date is."""
    if "”" not in window and '"' not in window and "’" not in window and "'" not in window:
        return window
    tag = _A_QUOTATIONS_TAG.search(window)
    return window if tag is None else window[: tag.start()]


def _after_an_open_quotation(text: str, s_start: int, window_start: int, start: int) -> int:
    """ "boomed: “Let’s defeat her in November.”": a sentence quoted whole has its own tense; a partial
    quotation ("vowed to “beat him on Tuesday”") starts in lower case and shares the one outside."""
    opening = text.rfind("“", window_start, start)
    if opening < 0 or "”" in text[opening:start]:
        opening = -1
        if text.count('"', s_start, start) % 2:  # straight quotes: an odd count opens the last one
            opening = text.rfind('"', window_start, start)
    if opening < 0:
        return window_start
    return opening + 1 if text[opening + 1 : opening + 2].isupper() else window_start


def _a_relative_clause_closes(before: list[str], k: int, text: str, end: int) -> bool:
    """The marker at k follows "who" or "which" ("which is set to host the contest Tuesday, Bush
    said"), and a comma after the date closes that clause."""
    opening = before[max(0, k - 4) : k]
    return text.startswith(",", end) and any(word in cal.RELATIVE_SUBJECTS for word in opening)


def _opens_a_time(after: list[str], k: int) -> bool:
    """ "before declining later in the day": after the date, "later" opens a time of its own."""
    return after[k] in cal.FUTURE_MARKERS_OPENING_A_TIME and bool(
        cal.WORDS_OPENING_A_TIME_AFTER_A_MARKER.intersection(after[k + 1 : k + 2])
    )


def _a_phrase_set_off_closes(text: str, window_start: int, start: int, end: int, distance: int) -> bool:
    """The marker ``distance`` words before the date is in a phrase that a comma and a marker open
    and a comma after the date closes: "The storm, expected to make landfall Saturday, has"."""
    if not text.startswith(",", end):
        return False
    comma = text.rfind(",", window_start, start)
    if comma < 0:
        return False
    words = _WORD.findall(text[comma + 1 : start])
    return distance < len(words) and _marker(words[0]) is not None


def _a_clause_opens(words_in_brackets: str) -> bool:
    """Not a gloss of the date outside: "next Thursday (3 March)", "the game (on 29 January)"."""
    return any(
        word.lower() not in cal.PREPOSITIONS_BEFORE_A_DATE and word.lower() not in ("the", "a", "an")
        for word in _WORD.findall(words_in_brackets)
    )


_LOOKING_AHEAD_LENGTHS = sorted({len(phrase.split()) for phrase in cal.LOOKING_AHEAD_TO})


def _looks_ahead_to(lowered_before: list[str]) -> bool:
    """ "ahead of Saturday's caucus", "in the run-up to May", or ahead of a noun the date places:
    "ahead of the state's contest on Saturday"."""
    if _ends_looking_ahead(lowered_before):
        return True
    # "on" before the date is the date's; the noun phrase ends before it
    phrase_end = len(lowered_before) - (lowered_before[-1:] in (["on"], ["in"], ["at"]))
    for length in range(1, _NOUN_PHRASE_LENGTH + 1):
        noun_phrase = lowered_before[phrase_end - length : phrase_end]
        if (
            phrase_end - length > 0
            and noun_phrase[0] in cal.DETERMINERS
            and not cal.CLAUSE_JOINERS.intersection(noun_phrase[1:])
            and _ends_looking_ahead(lowered_before[: phrase_end - length])
        ):
            return True
    return False


def _a_time_drawing_near(after: list[str]) -> str | None:
    """ "future" for "(Election Day) nears", "either" for "(the deadline) looming", whose tense is the
    clause's: the date is the subject of a verb of coming closer."""
    for word in after[: _DRAWING_NEAR_REACH + 1]:
        if word in cal.VERBS_OF_A_TIME_DRAWING_NEAR:
            return "either" if word.endswith("ing") else "future"
        if word in cal.CLAUSE_JOINERS:
            break
    return None


def _a_prospect_of_doing(before: list[str]) -> int | None:
    """Where the gerund is in "chances of winning", "hopes of taking the nomination": what may come,
    the date its time."""
    for k in range(max(2, len(before) - _PROSPECT_REACH), len(before)):
        if before[k].endswith("ing") and before[k - 1] == "of" and before[k - 2] in cal.NOUNS_OF_A_PROSPECT:
            return None if cal.CLAUSE_JOINERS.intersection(before[k + 1 :]) else k
    return None


_PROSPECT_REACH = 5  # words before the date: "chances of winning the White House in"


_NOUNS_ARRANGED_FOR_A_DAY = cal.NOUNS_SCHEDULED_FOR_A_DAY | cal.NOUNS_OF_A_FORECAST
_SCHEDULED_FOR_REACH = 4  # words between "for" and the date: "for Thursday, Friday and", "for heavy snow on"


def _a_noun_scheduled_for(written_before: list[str], lowered: list[str]) -> int | None:
    """Where the noun is in "a strike for", "a warning for snow on", "a deadline of", just before the
    date: what is arranged for that day."""
    end = len(lowered)
    if end and lowered[-1] in cal.PREPOSITIONS_BEFORE_A_DATE and lowered[-1] not in ("for", "of"):
        end -= 1  # "a warning for snow on Thursday"
    for between in range(_SCHEDULED_FOR_REACH + 1):
        k = end - between - 2
        if k < 0 or lowered[k + 1] not in ("for", "of"):
            continue
        words_between = written_before[k + 2 : end]
        # "strikes for Thursday and Friday": a day listed before shares the noun
        listed_days = bool(words_between) and all(
            word in cal.WEEKDAY_NAMES or word in cal.CONJUNCTIONS_JOINING_OBJECTS
            for word in lowered[k + 2 : end]
        )
        if lowered[k] in cal.NOUNS_OF_A_FORECAST and all(word.islower() for word in words_between):
            return k
        if (
            lowered[k] in _NOUNS_ARRANGED_FOR_A_DAY
            and lowered[k + 1] == "for"
            and (listed_days or not words_between)
        ):
            return k
    return None


def _a_date_moved_to(lowered: list[str]) -> int | None:
    """Where the verb is in "was adjourned to", "pushed back to", "was called for", just before the
    date: the day something was moved to, or called for."""
    if len(lowered) >= 3 and lowered[-1] == "for" and lowered[-2] in cal.VERBS_THAT_CALL_FOR_A_DAY:
        return len(lowered) - 2 if lowered[-3] in cal.PASSIVE_AUXILIARIES else None
    if len(lowered) < 2 or lowered[-1] not in ("to", "until", "till"):
        return None
    k = len(lowered) - 2
    if lowered[k] in cal.PARTICLES_OF_A_MOVED_DATE and k > 0:
        k -= 1
        if lowered[k] in cal.VERBS_THAT_MOVE_A_DATE_WITH_A_PARTICLE:
            return k
    return k if lowered[k] in cal.VERBS_THAT_MOVE_A_DATE else None


def _ends_looking_ahead(lowered: list[str], phrases: frozenset[str] = cal.LOOKING_AHEAD_TO) -> bool:
    """The words end on one of the phrases (all of them in LOOKING_AHEAD_TO)."""
    return any(" ".join(lowered[-n:]) in phrases for n in _LOOKING_AHEAD_LENGTHS)


_NOUN_PHRASE_LENGTH = 4  # words: "the state's nominating contest"


def _takes_effect_on(lowered_before: list[str]) -> bool:
    """ "effective Jan. 1", "effective from March 3": "effective" and at most prepositions before the date."""
    for word in reversed(lowered_before[-3:]):
        if word == "effective":
            return True
        if word not in cal.PREPOSITIONS_BEFORE_A_DATE:
            return False
    return False


# what follows a preposition "to" rather than an infinitive one
_A_NUMBER_AFTER_TO = re.compile(r"^(?:|\d[\d.,]*\w*)$")


_MODAL_TRIGGERS = (
    cal.MODALS_BEFORE_A_PERFECT
    | cal.POSSIBILITY_MODALS
    | {modal for modal in cal.PAST_MODALS if " " not in modal}
    | {modal + ending for modal in cal.MODALS_BEFORE_A_PERFECT for ending in ("'ve", "’ve")}
    | {"wouldn't", "wouldn’t"}
)


def _modal_kind(word: str, following: list[str], kind: str | None) -> str | None:
    """ "could resume in the spring" looks ahead; "could have died", "could not attend" look back."""
    if word.endswith(("'ve", "’ve")) and word[:-3] in cal.MODALS_BEFORE_A_PERFECT:
        return "past"  # "could've gone"
    if word in cal.MODALS_BEFORE_A_PERFECT and following[:1] == ["have"] and _a_participle(following[1:]):
        return "past"  # "could have died"; not "would have trouble"
    if word in cal.PAST_MODALS or " ".join([word, *following[:1]]) in cal.PAST_MODALS:
        return "past"  # "couldn't attend", "could not attend"
    if _a_refusal(word, following):
        return "past"  # "wouldn't say Tuesday how"
    if word in cal.POSSIBILITY_MODALS:
        return "future"
    return kind


def _a_refusal(word: str, following: list[str]) -> bool:
    """ "would not say", "wouldn't comment": what a spokesman declined to do."""
    if word in ("wouldn't", "wouldn’t"):
        return bool(following) and following[0] in cal.REFUSED_AFTER_WOULD_NOT
    return (
        word == "would"
        and len(following) > 1
        and following[0] == "not"
        and following[1] in cal.REFUSED_AFTER_WOULD_NOT
    )


# words between a verb and the participle that completes its object: "make their voice heard"
_OBJECT_LENGTH = 3


def _a_verb_before_its_object(
    written: list[str], before: list[str], k: int, verbs: frozenset[str]
) -> int | None:
    """Where one of verbs stands with only its object, of one to a few words, between it and k; not
    past an adverb of the verb group ("have already passed"), a subject of its own ("like the one he
    delivered") nor another verb ("keep abortion legal and celebrated the ruling")."""
    for j in range(k - 2, max(-1, k - 2 - _OBJECT_LENGTH), -1):
        if before[j] in verbs:
            between = before[j + 1 : k]
            clean = not any(
                _an_adverb(word) or word in _NOT_AN_OBJECT or _marker(written[j + 1 + i], True) is not None
                for i, word in enumerate(between)
            )
            return j if clean else None
    return None


def _a_participle_describing_a_noun(words: list[str], k: int) -> bool:
    """The participle at k follows a noun and its determiner and takes a preposition: "the boost
    needed for", "a campaign focused on". Not a verb of saying ("the company announced in")."""
    return (
        k >= 2
        and words[k].endswith("ed")
        and (
            words[k - 2] in cal.DETERMINERS
            # "the international agreement reached in": an adjective between
            or (k >= 3 and words[k - 3] in cal.DETERMINERS and _an_adjective_here(words[k - 2]))
            # "will unveil plans aimed at": a plural needs none, before a participle of a state
            or (
                words[k] in cal.PARTICIPLES_OF_A_STATE
                and _plural_form(words[k - 1])
                and words[k - 1] not in cal.NOT_PLURAL_SUBJECTS
                and words[k - 2] not in cal.SUBJECT_PRONOUNS
            )
        )
        and words[k - 1] not in cal.DETERMINERS
        and words[k - 1].isalpha()
        and words[k] not in cal.VERBS_BEFORE_A_THAT_CLAUSE
        and k + 1 < len(words)
        and words[k + 1] in cal.PREPOSITIONS_AFTER_A_PARTICIPLE
    )


def _an_event_participle_owns_the_date(before: list[str], distance: int) -> bool:
    """The past marker, a few words before the date, is a participle describing a noun, of an event
    ("the agreement reached in Paris on Saturday", "a man arrested on Friday"): the date is its own,
    whatever the main verb after it."""
    k = len(before) - 1 - distance
    if distance > _WORDS_FROM_A_PARTICIPLE_TO_ITS_DATE or before[k] in cal.PARTICIPLES_OF_A_STATE:
        return False
    # at the end of the words before the date, the participle's preposition is the date's own
    return _a_participle_describing_a_noun([*before, "on"], k)


_WORDS_FROM_A_PARTICIPLE_TO_ITS_DATE = 4


def _an_adjective_here(word: str) -> bool:
    """A word between a determiner and its noun, not an adverb or a verb: "international"."""
    return word.isalpha() and not word.endswith(("ly", "ed")) and word not in cal.NOT_IN_AN_OBJECT


def _a_modal_later_in_the_clause(words: list[str], start: int) -> int | None:
    """Where the clause's modal comes after start, before anything that joins another clause."""
    for position in range(start, len(words)):
        if words[position] in cal.CLAUSE_JOINERS or words[position] in cal.SUBJECT_PRONOUNS:
            return None
        if words[position] in cal.MODALS_OF_THE_CLAUSE:
            return position
    return None


def _a_participle_after_its_object(written: list[str], before: list[str], k: int) -> bool:
    """The participle at k, last before the date, completes an object of a verb a few words back:
    "get it done", "have the roof fixed"."""
    verbs = cal.VERBS_BEFORE_AN_OBJECT_AND_ITS_PARTICIPLE
    return k == len(before) - 1 and _a_verb_before_its_object(written, before, k, verbs) is not None


_NOT_AN_OBJECT = cal.NOT_IN_AN_OBJECT | cal.PASSIVE_AUXILIARIES | cal.CLAUSE_JOINERS


def _opens_with_a_preposition(text: str, start: int) -> bool:
    """A date may hold its preposition: "on Tuesday", "in November"."""
    first_word = _WORD.match(text, start)
    return bool(first_word) and first_word.group().lower() in cal.PREPOSITIONS_BEFORE_A_DATE


def _a_participle(words: list[str]) -> bool:
    """What follows a modal's "have" is a participle ("could have died", "could have easily won"),
    not the start of an object ("would have trouble", "could have big consequences")."""
    if not words or words[0] in cal.OBJECTS_OF_HAVE or words[0][:1].isdigit():
        return False
    word = words[0]
    return _an_adverb(word) or _marker(word) == "past" or word in cal.PARTICIPLES_NOT_PAST_MARKERS


def _a_past_setting(before: list[str], after: list[str]) -> bool:
    """ "was set in October" happened; "is set to", "was set for Tuesday" are plans."""
    return (
        bool(before)
        and before[-1] in cal.PAST_AUXILIARIES
        and (not after or after[0] not in cal.PURPOSES_AFTER_SET)
    )


# words back from a "to" to the verb it hangs on: a verb and its object (_a_purpose_of_a_past_verb)
_REACH_OF_A_TO = 8
# the window's cut fell inside a word
_INSIDE_A_WORD = re.compile(r"[A-Za-z’'\d]{2}")


def _words_back_to(text: str, s_start: int, window_start: int, written: list[str]) -> list[str]:
    """The words of a window cut by its length, after those from the sentence's start to the cut: a
    word the cut fell inside made whole again."""
    head = _WORD.findall(_A_TO_IN_A_COMPOUND.sub("-", text[s_start:window_start]))
    if head and written and _INSIDE_A_WORD.fullmatch(text, window_start - 1, window_start + 1):
        return [*head[:-1], head[-1] + written[0], *written[1:]]
    return [*head, *written]


def _what_a_to_marks(
    written: list[str], lowered: list[str], before: list[str], k: int, window_cut: bool
) -> str | None:
    """The tense the "to" at k marks: a plan ahead, unless it is a preposition ("according to an April
    2nd report", "flocked to stores"), follows a verb of something under way ("has begun to rebut",
    "tried to stop": the past), is a plan seen from the past ("was scheduled to leave late Tuesday":
    gone by now, or not) or gives a past verb's purpose ("asked for $1.9 billion to fight Zika in
    February": the verb says)."""
    if _not_a_verb_after_to(written[k + 1] if k + 1 < len(before) else ""):
        return None
    if k > 1 and before[k - 2] == "to" and not _not_a_verb_after_to(written[k - 1]):
        # "sought to appeal to voters", "want to try to win": the chain's first "to" says; not "has
        # flown to Dublin to join"
        return _what_a_to_marks(written, lowered, before, k - 2, window_cut)
    if k > 0 and before[k - 1] in cal.PAST_VERBS_BEFORE_TO:
        return "past"
    if _made_to_happen(written, before, k):
        return "past"  # "forced Schultz to resign from her job Sunday": she did
    j = _a_verb_before_its_object(written, before, k, cal.PARTICIPLES_THAT_MADE_IT_HAPPEN)
    if j is not None and (j == 0 or before[j - 1] not in cal.PASSIVE_AUXILIARIES):
        return None  # "refused to help, forcing the firm to file on Monday": the clause before says
    if _a_plan_seen_from_the_past(before, k):
        return "either"
    if _after_a_verb_of_going(lowered, k):
        return None  # "took to social media": the past verb before it says
    if _a_purpose_of_a_past_verb(written, lowered, k, window_cut):
        return None
    return "future"


def _made_to_happen(written: list[str], before: list[str], k: int) -> bool:
    """A past verb, its object between it and the "to" at k, that made the object do what the "to"
    says: "forced Schultz to", "prompted the party to"; not "would have forced ministers to", which
    never did."""
    j = _a_verb_before_its_object(written, before, k, cal.VERBS_THAT_MADE_IT_HAPPEN)
    return j is not None and not (
        j > 1 and before[j - 1] == "have" and before[j - 2] in cal.MODALS_BEFORE_A_PERFECT
    )


def _a_purpose_of_a_past_verb(words: list[str], lowered: list[str], k: int, window_cut: bool) -> bool:
    """The "to" at k gives the purpose of a past verb a few words before it, past its object:
    "asked for $1.9 billion to fight", "traveled to Iowa to campaign", or right after a verb of
    meeting or stopping: "met to discuss"; not "urged them to vote", a request, "vowed to fight", the
    plan itself, "are likely to vote", a present, nor "to campaign ahead of Monday's vote", which
    looks ahead."""
    if k < 1 or lowered[k - 1] in cal.OBJECT_PRONOUNS or lowered[k - 1] in cal.STATES_AND_PLANS_BEFORE_TO:
        return False
    if set(lowered[k + 1 :]) & cal.LOOKING_AHEAD_BEFORE_A_DATE or _looks_ahead_to(lowered):
        return False
    if lowered[k - 1] in cal.PAST_VERBS_BEFORE_A_PURPOSE:
        return True  # "the jury retired to consider its verdict on Tuesday": no object between
    if k < 2:
        return False
    j, reach = k - 1, k - 7
    while (j := j - 1) > max(-1, reach):
        word = lowered[j]
        if word == "to" and (_not_a_verb_after_to(words[j + 1]) or _after_a_verb_of_going(lowered, j)):
            continue  # "traveled to Iowa to campaign", "took to social media to complain": a place
        if word in cal.CONJUNCTIONS_JOINING_OBJECTS and _joins_two_objects(words, j):
            reach -= 3  # "braved a hot sun and long lines to cast": a second object, as long
            continue
        if word in cal.CLAUSE_JOINERS or word == "to" or word in cal.PRESENT_AUXILIARIES:
            return False
        kind = None if word in cal.PAST_MARKERS_NOT_VERBS else _marker(words[j], j > 0 or window_cut)
        if kind == "future":
            return False
        if kind == "past":
            if lowered[j + 1] in cal.OBJECT_PRONOUNS:
                return False
            if word in cal.VERBS_OF_AN_INTENT:
                return False  # "agreed on Tuesday to raise taxes": the plan itself
            return word not in cal.VERBS_OF_A_REQUEST or lowered[j + 1] == "for"  # "asked for $1bn to"
    return False


def _joins_two_objects(words: list[str], j: int) -> bool:
    """The conjunction at j joins two noun phrases: what follows is no subject of a clause of its own
    ("and long lines", not "and they", "and Trump")."""
    following = words[j + 1]
    return following.islower() and following not in cal.SUBJECT_PRONOUNS and _marker(following) is None


def _after_a_verb_of_going(lowered: list[str], j: int) -> bool:
    """The "to" at j follows a past verb of going or turning, so leads to a place ("took to social
    media", "has flown to Kyiv"); not "tried to reach", "arranged to meet", nor a passive's purpose
    ("was taken to cut costs")."""
    return (
        j > 0
        and lowered[j - 1] in cal.PAST_VERBS_BEFORE_TO_A_PLACE
        and (j == 1 or lowered[j - 2] not in cal.PASSIVE_AUXILIARIES)
    )


def _after_with_and_a_noun(before: list[str], k: int) -> bool:
    """ "with an increase of a quarter point predicted": "with" a few words back, and no clause between."""
    for word in reversed(before[max(0, k - 8) : k]):
        if word == "with":
            return True
        if word in cal.CLAUSE_JOINERS or _marker(word) is not None:
            return False
    return False


def _a_noun_here(words: list[str], k: int, before_the_date: bool = True) -> bool:
    """ "the plan on Tuesday", "Trump's plans for May", "plans of"; not "the party plans to vote"."""
    if before_the_date and k == len(words) - 1:
        return True  # only prepositions between it and the date: a verb would want its object first
    if k > 0 and (words[k - 1] in cal.WORDS_BEFORE_A_NOUN_PLAN or words[k - 1].endswith(("'s", "’s"))):
        return True
    if words[k] == "plan" and k > 0 and len(words[k - 1]) > 4 and words[k - 1].endswith("ing"):
        return True  # "his funding plan", "a housing plan": a compound noun ("they plan" is the verb)
    return k + 1 < len(words) and words[k + 1] in cal.WORDS_AFTER_A_NOUN_PLAN


def _set_as_a_noun(before: list[str]) -> bool:
    if not before:
        return False
    word = before[-1]
    return word in cal.WORDS_BEFORE_SET_AS_A_NOUN or word in cal.NUMBER_WORDS or word[:1].isdigit()


def _a_present_passive_for(
    word: str, kind: str | None, before: list[str], lowered: list[str], k: int
) -> bool:
    """ "is forecast for", "are planned for": a present passive whose "for" gives the date it is for."""
    return (
        (kind == "past" or word in cal.VERBS_ALIKE_IN_PAST_AND_PRESENT)
        and k > 0
        and before[k - 1] in ("is", "are")
        and lowered[k + 1 :] == ["for"]
    )


def _a_plan_seen_from_the_past(before: list[str], k: int) -> bool:
    """ "was scheduled to", "were originally due to", "was to": before[k] is the "to"."""
    if k > 0 and before[k - 1] in cal.PLANS_SEEN_FROM_THE_PAST:
        return _after_a_past_auxiliary(before, k - 1)  # "had been due to fly out on Friday"
    return k > 0 and before[k - 1] in ("was", "were")  # not "had been to see", a visit


def _after_a_past_auxiliary(before: list[str], k: int) -> bool:
    """Whether "was", "were" or "had been" comes before before[k], with adverbs of the verb group
    between ("was originally scheduled")."""
    at = k - 1
    while at >= 0 and before[at] in cal.ADVERBS_IN_A_VERB_GROUP:
        at -= 1
    if at > 0 and before[at] == "been" and before[at - 1] == "had":
        return True
    return at >= 0 and before[at] in ("was", "were")


def _a_past_passive_scheduling(
    word: str, kind: str | None, before: list[str], lowered: list[str], k: int
) -> bool:
    """ "was scheduled for", "had been set for": a plan told from the past, whose "for" gives the date."""
    return (
        kind is not None
        and word in cal.SCHEDULED_FOR_VERBS
        and lowered[k + 1 :] == ["for"]
        and _after_a_past_auxiliary(before, k)
    )


_A_PARTICIPLE_SET_OFF_BEFORE_FOR = re.compile(
    rf",\s+(?:(?:{'|'.join(sorted(cal.ADVERBS_IN_A_VERB_GROUP))})\s+)?"
    rf"(?:{trie_pattern(sorted(cal.SCHEDULED_FOR_VERBS))})\s+for\s+$",
    re.I,
)


def _a_set_off_scheduling(
    word: str, k: int, lowered: list[str], text: str, start: int, end: int, written_after: list[str]
) -> bool:
    """ "The vote, scheduled for Thursday, was postponed": a plan set off by commas, then changed in
    the past, is seen from the past."""
    if word not in cal.SCHEDULED_FOR_VERBS or lowered[k + 1 :] != ["for"] or not written_after:
        return False
    if not text.startswith(",", end) or not _A_PARTICIPLE_SET_OFF_BEFORE_FOR.search(
        text, max(0, start - 40), start
    ):
        return False
    # not "has been cancelled": what is called off now is likelier still ahead
    verb = [w.lower() for w in written_after[:5]]
    if verb[0] in ("was", "were"):
        verb = verb[1:]
    elif verb[:2] == ["had", "been"]:
        verb = verb[2:]
    while verb and verb[0] in cal.ADVERBS_BEFORE_A_CHANGE:
        verb = verb[1:]
    if not verb:
        return False
    if verb[0] in cal.PHRASAL_VERBS_THAT_CHANGE_A_PLAN:
        return verb[1:2] == [cal.PHRASAL_VERBS_THAT_CHANGE_A_PLAN[verb[0]]]
    return verb[0] in cal.VERBS_THAT_CHANGE_A_PLAN


def _not_a_verb_after_to(word: str) -> bool:
    """ "to the", "to 125.3", "to Paris", "to stores": no verb follows, so "to" says no tense."""
    lowered = word.lower()
    if lowered in cal.NO_VERB_AFTER_TO or lowered in cal.NUMBER_WORDS or word[:1].isupper():
        return True
    if len(lowered) > 5 and lowered.endswith(cal.NOUN_ENDINGS_AFTER_TO):
        return True  # "to discovery", "to prosperity"
    return bool(_A_NUMBER_AFTER_TO.match(word)) or _plural_form(word)  # a number, a plural noun


def _copula_before_date(between: list[str]) -> bool:
    """ "is Friday", "are on Tuesday", "is in March": a copula that links its subject to the date."""
    return not between or between in (["on"], ["in"])


def _states_a_timetable(words: list[str], k: int, distance: int) -> bool:
    """ "the vote is on Tuesday", "ministers meet on Friday": the present tense of a plan."""
    if words[k].lower() in cal.SCHEDULE_COPULAS:
        return _copula_before_date([word.lower() for word in words[k + 1 :]])
    return distance < _PLURAL_PRESENT_REACH and k > 0 and _plural_present(words, k)


def _an_arrangement_in_the_progressive(words: list[str], k: int, distance: int) -> bool:
    """ "Sanders is speaking Thursday", "who is running in Tuesday's primary": an arrangement, on
    the nearest such day (the paper's date may be the day after it was written)."""
    if (
        k == 0
        or distance >= _PROGRESSIVE_REACH
        or words[k].lower() not in cal.ARRANGEMENTS_IN_THE_PROGRESSIVE
    ):
        return False
    auxiliary = words[k - 1].lower()
    if auxiliary in ("is", "are", "am"):
        return True
    # "he's", "they're"; not a possessive ("the show's opening night", "Trump's running mate")
    pronoun, _, contraction = auxiliary.replace("’", "'").partition("'")
    return contraction in ("s", "re", "m") and pronoun in _SUBJECTS_OF_A_CONTRACTION


_SUBJECTS_OF_A_CONTRACTION = cal.SUBJECT_PRONOUNS | cal.RELATIVE_SUBJECTS


def _a_noun_timed_by_a_participle(before: list[str]) -> bool:
    """ "a summit starting on Thursday", "a strike beginning Monday": the participle times the noun
    before it, which a past verb further back does not put in the past."""
    if len(before) < 3 or before[-1] not in cal.PARTICIPLES_THAT_TIME_A_NOUN:
        return False
    noun = before[-2]
    if not noun.isalpha() or noun.endswith("ed") or noun in cal.NOT_NOUNS_BEFORE_A_PARTICIPLE:
        return False  # "within minutes of opening", "started running", "hammered out beginning"
    # the noun's determiner, at most two words between: "a summit", "a two-day summit"
    return bool(cal.DETERMINERS.intersection(before[-5:-2]))


# how far a present-tense verb may stand before its date: "go into the tie on the back of a win over
# Fulham on Sunday" dates the win, not the tie
_PLURAL_PRESENT_REACH = 9
_DRAWING_NEAR_REACH = 3  # words after the date: "with New York's April 19 primary looming"
_PROGRESSIVE_REACH = 12  # "is facing the prospect of a humiliating loss in his own state on Tuesday"


def _plural_present(words: list[str], at: int) -> bool:
    """ "Democrats vote", "finance ministers meet", "they play", "England face": a timetable in the
    present tense, the verb at `at`."""
    subject, verb = words[at - 1], words[at]
    if verb not in cal.PLURAL_SCHEDULE_VERBS:  # as written: "the Australian Open" is no verb
        return False
    lowered = subject.lower()
    if lowered in ("they", "we") or lowered in cal.RELATIVE_SUBJECTS:
        return True
    if lowered == "that":  # "states that host contests in March"; not "after that vote on Monday"
        antecedent = words[at - 2].lower() if at >= 2 else ""
        return _plural_form(antecedent) and antecedent not in cal.NOT_PLURAL_SUBJECTS
    if lowered.endswith(("'s", "’s")) or lowered in cal.NOT_PLURAL_SUBJECTS:
        return False
    if _plural_form(lowered):
        return True
    # a team takes a plural verb ("England face France"); after a determiner a name is a noun's
    # ("the Senate vote on Tuesday")
    before_subject = words[at - 2].lower() if at >= 2 else ""
    return (
        subject[:1].isupper()
        and lowered not in cal.WORDS_BEFORE_A_NOUN_PLAN  # "His return on Monday was a surprise"
        and before_subject not in cal.WORDS_BEFORE_A_NOUN_PLAN
    )


def _plural_form(word: str) -> bool:
    """ "stores", "Democrats": ends in a plural "s", not in "ss", "us" or "is" ("press", "bus", "this")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


# how far back a conjunction may open the clause of "is elected": "if a Republican is elected"
_CONDITIONAL_REACH = 6


def _conditional_passive(words: list[str], k: int) -> bool:
    """ "if he is elected", "unless it is approved": a present passive in a condition, still to come."""
    # a participle, regular or not: "if it is held on 5 May"
    participle = _marker(words[k]) == "past" and words[k] not in cal.PAST_MARKERS_NOT_VERBS
    if k == 0 or words[k - 1] not in ("is", "are") or not participle:
        return False
    clause = words[max(0, k - 1 - _CONDITIONAL_REACH) : k - 1]
    if any(word in cal.CONDITIONAL_CONJUNCTIONS for word in clause):
        return True
    clause = words[max(0, k - 1 - _CONDITIONAL_REACH - 3) : k - 1]  # room for the phrase's own words
    return any(_has_run(clause, phrase) for phrase in cal.CONDITIONAL_PHRASES)


def _has_run(words: list[str], run: tuple[str, ...]) -> bool:
    """Whether ``run`` occurs in ``words`` word for word."""
    return any(tuple(words[i : i + len(run)]) == run for i in range(len(words) - len(run) + 1))


def _supposed_past(words: list[str], k: int, after: list[str]) -> bool:
    """ "would fare if he won on Nov. 8", "if she lost on Tuesday, he could": a supposition, still to come;
    "would be paid when the markets opened on Friday": a time clause backshifted under "would"."""
    opening = words[max(0, k - 4) : k]
    if "if" in opening:
        before_if = words[: k - len(opening) + opening.index("if")]
        return any(word in cal.MODALS_OF_A_SUPPOSITION for word in (*before_if[-8:], *after[:5]))
    opener = next((i for i in range(len(opening) - 1, -1, -1) if opening[i] in cal.TIME_CLAUSE_OPENERS), None)
    if opener is None:
        return False
    before_opener = words[: k - len(opening) + opener]
    return any(word in cal.MODALS_OF_A_FUTURE_IN_THE_PAST for word in before_opener[-8:])


def _the_word_before_its_adverbs(before: list[str], k: int) -> int:
    """Where the word before before[k] is, past the adverbs between: "be formally installed"."""
    at = k - 1
    while at >= 0 and _an_adverb(before[at]):
        at -= 1
    return at


def _an_adverb(word: str) -> bool:
    """An adverb inside a verb group: "originally", "formally"; not "July", "family"."""
    return word in cal.ADVERBS_IN_A_VERB_GROUP or (
        word.endswith("ly") and word not in cal.NOT_ADVERBS_ENDING_IN_LY
    )


def _after_could(words: list[str]) -> bool:
    """ "could not be reached", "couldn't be reached": the news idiom for a failed call, in the past."""
    return " ".join(words[-2:]) in cal.PAST_MODALS or " ".join(words[-1:]) in cal.PAST_MODALS


_FUTURE_WORDS = cal.FUTURE_MARKERS | cal.SCHEDULE_VERBS
_WILL_CONTRACTED = ("'ll", "’ll")
_NOT_CONTRACTED = ("n't", "n’t")
# the auxiliaries whose negation keeps a tense: "won't" will, "didn't" did; not "couldn't", "wouldn't"
# (see _modal_kind)
_NEGATED_AUXILIARIES = {"wo": "will", "did": "did", "was": "was", "were": "were", "had": "had"}


def _marker(written: str, inside_a_clause: bool = True) -> str | None:
    """The tense a word marks; inside a clause a capitalised word is a name, not a verb."""
    word = written.lower()
    if word.endswith(_NOT_CONTRACTED):  # "won't", "didn't": the tokens keep a contraction whole
        word = _NEGATED_AUXILIARIES.get(word[:-3], "")
    if word in _FUTURE_WORDS or written in cal.LOWER_CASE_FUTURE_MARKERS or word.endswith(_WILL_CONTRACTED):
        return "future"  # "we'll"
    if word in cal.PAST_MARKERS:
        return "past"
    if word.endswith("ed") and len(word) > 4 and word not in cal.NOT_PAST_ENDING_IN_ED:
        if written[0].isupper() and (inside_a_clause or word in cal.NAMES_ENDING_IN_ED):
            return None  # "the United States", "Ahmed": a name
        return "past"
    return None


# ---------------------------------------------------------------------------------------------
# Value helpers


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def nearest_year_for(month: int, day: int | None, ctx: Context, tense: str) -> int | None:
    """The year that puts a month (and day) on the right side of the reference date."""
    if ctx.dct is None:
        return None
    year = _nearest_year(month, day, ctx.dct, tense)
    if month == 2 and day == 29:  # only a leap year has it: the nearest one on the same side
        step = 1 if tense == "future" else -1
        while not isleap(year):
            year += step
    return year


# How far a bare day may lie on the wrong side of the reference date for its tense and still be
# this year's: a date a year away would carry its year
_TENSE_SLACK_DAYS = 31


def _nearest_year(month: int, day: int | None, ref: date, tense: str) -> int:
    candidate_day = min(day or 1, 28)
    this_year = date(ref.year, month, candidate_day)
    if tense == "future":
        if day is None:
            return ref.year if month >= ref.month else ref.year + 1
        # "paused to remember the victims of the June 12 attack", said on June 27: a date a few
        # weeks gone is that date, not next year's
        return ref.year if this_year >= ref - timedelta(days=_TENSE_SLACK_DAYS) else ref.year + 1
    if tense == "past":
        if day is None:
            return ref.year if month <= ref.month else ref.year - 1
        # a bare date a few weeks ahead is this year's: a date a year gone would carry its year,
        # so the past tense belongs to another clause ("campaigned ahead of the June 7 primary")
        return ref.year if this_year <= ref + timedelta(days=_TENSE_SLACK_DAYS) else ref.year - 1
    # no tense to go by: the nearest such date
    return min(
        (ref.year - 1, ref.year, ref.year + 1),
        key=lambda y: _distance_ahead_weighted(date(y, month, candidate_day), ref),
    )


def _distance_ahead_weighted(day: date, ref: date) -> float:
    """Days from the reference, a day ahead counting 1.5: news reports what has happened, so the
    one ahead must be nearer by a third."""
    days = (day - ref).days
    return days * 1.5 if days > 0 else -days


def full_year(two_digits: int, ref: date | None) -> int:
    """ "07" in 7/8/07 or "'82": the century that puts it at most 20 years after the reference."""
    pivot = (ref.year if ref else 2000) + 20
    return two_digits + (2000 if 2000 + two_digits <= pivot else 1900)


_FRACTION = re.compile(r"(\d+)(?:\s+(\d)/(\d)|\s?([½¼¾]))")


_HYPHENED_AFTER = "|".join(k[1:] for k in cal.AMOUNT_MODIFIERS_AFTER if k.startswith("-"))
_OR_AFTER = "|".join(k.split()[1] for k in cal.AMOUNT_MODIFIERS_AFTER if k.startswith("or "))
_ROUGH_ENDING = re.compile(rf"-(?:{_HYPHENED_AFTER})$|\s+or\s+(?:{_OR_AFTER})$")


def number_value(words: str) -> float | None:
    """ "three hundred" → 300, "two and a half" → 2.5, "12" → 12; None when unknown."""
    words = _ROUGH_ENDING.sub("", words.lower())
    words = words.replace("-", " ").replace(",", "").replace("and a half", "and half").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    fraction = _FRACTION.fullmatch(words)
    if fraction:  # "3 1/2", "2½"
        whole, numerator, denominator, sign = fraction.groups()
        part = int(numerator) / int(denominator) if numerator else cal.FRACTION_SIGNS[sign]
        return int(whole) + part
    total, current, article = 0.0, 0.0, False
    for word in words.split():
        if word in ("and", "of"):
            continue
        if word not in cal.NUMBER_WORDS:
            return None
        value = cal.NUMBER_WORDS[word]
        if word in ("a", "an"):
            article = True  # one, unless a word follows: "a dozen", "a half"
        elif word in cal.NUMBER_MULTIPLIERS:  # "two dozen", "a couple", "three hundred"
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    if not total and not current and article:
        return 1.0
    return total + current


def format_amount(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# units ISO 8601 has no letter for, counted in one it has: a decade is P10Y, a fortnight P2W
_IN_AN_ISO_UNIT = {"DE": (10, "Y"), "CE": (100, "Y"), "FN": (2, "W")}


_SMALLER_TIME_UNIT = {"H": "M", "M": "S"}


def duration_value(amount: float | None, unit: str) -> str:
    letter, is_time = cal.UNITS[unit.lower()]
    per, letter = _IN_AN_ISO_UNIT.get(letter, (1, letter))
    amount = None if amount is None else amount * per
    if amount is not None and is_time and amount < 1 and letter in _SMALLER_TIME_UNIT:
        amount, letter = amount * 60, _SMALLER_TIME_UNIT[letter]  # "half an hour" is PT30M
    count = "X" if amount is None else format_amount(amount)
    return f"PT{count}{letter}" if is_time else f"P{count}{letter}"


def shift(ref: date, amount: float, unit: str, sign: int) -> str:
    """The date ``amount`` units before (sign -1) or after the reference, at the unit's grain."""
    letter, is_time = cal.UNITS[unit.lower()]
    if is_time:  # "three hours ago": the day itself
        return ref.isoformat()
    per, letter = _IN_AN_ISO_UNIT.get(letter, (1, letter))  # "a decade ago": ten years back
    grain, amount = _GRAIN_OF_LETTER[letter], amount * per
    if amount != int(amount) and grain in _FINER_GRAIN:  # "a year and a half ago": 18 months
        grain, per = _FINER_GRAIN[grain]
        amount *= per
    return grain_value(ref, grain, round(amount) * sign)


_FINER_GRAIN = {"year": ("month", 12), "week": ("day", 7), "month": ("day", 30)}
_GRAIN_OF_LETTER = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Y": "year",
                    "DE": "decade", "CE": "century", "Q": "quarter"}  # fmt: skip
_UNKNOWN_GRAIN = {
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "weekend": "XXXX-WXX-WE",
    "quarter": "XXXX-QX",
    "decade": "XXX",
    "century": "XX",
    "day": "XXXX-XX-XX",
}


_YEARS_IN_A_UNIT = {"day": 1 / 365.2425, "week": 7 / 365.2425, "weekend": 7 / 365.2425, "month": 1 / 12,
                    "quarter": 1 / 4, "decade": 10, "century": 100}  # fmt: skip


def year_text(year: int) -> str:
    """A TIMEX3 year: "0005", and before year 1 "BC" and the year counted back ("BC3996")."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def grain_value(ref: date | None, unit: str, offset: int) -> str:
    """ "this/next/last week|month|year…" as a value at that unit's grain."""
    unit = unit.lower()
    if ref is None:
        return _UNKNOWN_GRAIN.get(unit, "XXXX")
    years = offset * _YEARS_IN_A_UNIT.get(unit, 1)
    if not 1 <= ref.year + years <= 9999 or (unit in ("decade", "century") and ref.year + years < 100):
        return year_text(ref.year + round(years))  # beyond the calendar's dates: "6,000 years ago"
    if unit == "week":
        return iso_week(ref + timedelta(weeks=offset))
    if unit == "weekend":
        return iso_week(ref + timedelta(weeks=offset)) + "-WE"
    if unit == "month":
        moved = ref + relativedelta(months=offset)
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit == "year":
        return year_text(ref.year + offset)
    if unit == "quarter":
        moved = ref + relativedelta(months=3 * offset)
        return f"{moved.year:04d}-Q{quarter_of(moved)}"
    if unit == "decade":
        return f"{(ref.year // 10 + offset):03d}"
    if unit == "century":
        return f"{(ref.year // 100 + offset):02d}"
    if unit == "day":
        return (ref + timedelta(days=offset)).isoformat()
    if unit in cal.SEASONS:
        return f"{ref.year + offset:04d}-{cal.SEASONS[unit]}"
    return f"{ref.year + offset:04d}"


def weekday_date(ref: date, weekday: int, tense: str, offset_words: str = "") -> date:
    """The date of a weekday (1 = Monday) near the reference: back for the past, on for the future."""
    today = ref.isoweekday()
    if offset_words == "next":
        delta = (weekday - today) % 7 or 7
        return ref + timedelta(days=delta if delta > 0 else 7)
    if offset_words == "last":
        delta = (today - weekday) % 7 or 7
        return ref - timedelta(days=delta)
    if offset_words == "this":
        return ref + timedelta(days=weekday - today)
    if tense == "future" or (tense == "either" and (weekday - today) % 7 < (today - weekday) % 7):
        return ref + timedelta(days=(weekday - today) % 7)
    return ref - timedelta(days=(today - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    key = name.lower()
    if key in cal.FIXED_HOLIDAYS:
        month, day = cal.FIXED_HOLIDAYS[key]
        return date(year, month, day)
    if key in cal.EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=cal.EASTER_HOLIDAYS[key])
    if key in cal.ORTHODOX_EASTER_HOLIDAYS:
        return easter(year, EASTER_ORTHODOX) + timedelta(days=cal.ORTHODOX_EASTER_HOLIDAYS[key])
    if key in cal.NTH_WEEKDAY_HOLIDAYS:
        nth = nth_weekday(year, *cal.NTH_WEEKDAY_HOLIDAYS[key])
        return nth + timedelta(days=cal.HOLIDAY_DAYS_AFTER.get(key, 0)) if nth else None
    if key in cal.HEBREW_CALENDAR_HOLIDAYS:
        return hebrew_calendar.in_gregorian_year(year, *cal.HEBREW_CALENDAR_HOLIDAYS[key])
    return None


# ---------------------------------------------------------------------------------------------
# Patterns

_MONTH_NAMES = sorted({k for k in cal.MONTHS if len(k) > 3} | {"May"}, key=len, reverse=True)
_FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]  # fmt: skip
_SHORT_MONTHS = ["Jan.", "Jan", "Feb.", "Feb", "Mar.", "Mar", "Apr.", "Apr", "Jun.", "Jun", "Jul.", "Jul",
                 "Aug.", "Aug", "Sept.", "Sept", "Sep.", "Sep", "Oct.", "Oct", "Nov.", "Nov", "Dec.",
                 "Dec"]  # fmt: skip
# trie-shaped, so that a capital letter that starts no month fails at once
MONTH = "(?:" + trie_pattern(_FULL_MONTHS + _SHORT_MONTHS) + ")"
MONTH_FULL = "(?:" + trie_pattern(_FULL_MONTHS) + ")"
WEEKDAY = (
    "(?:" + trie_pattern(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) + ")"
)
# before a written date a short weekday is safe: "Sat 17 Dec", "Tue., Dec. 13"; alone it is not ("Sun")
WEEKDAY_BEFORE_A_DATE = (
    "(?:" + WEEKDAY + "|" + trie_pattern(sorted(k.title() for k in cal.WEEKDAYS if len(k) < 6)) + r"\.?)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# "the third of March": a day as a word only between "the" and "of"
_DAY_WORD_AFTER_THE = (
    r"(?<=[Tt]he\s)(?i:"
    + trie_pattern(list(cal.DAY_ORDINAL_WORDS)).replace(r"\-", r"[\s-]")
    + r")(?=\s+of\s)"
)
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
RUN_WORDS = "|".join(sorted(cal.RUN_WORDS))  # "a third straight day"
_ORDINAL_WORD = trie_pattern([w for w in cal.ORDINALS if w not in ("last", "final")])
_NUMBER_WORD = trie_pattern([w for w in cal.NUMBER_WORDS if w not in ("a", "an")])
# "a hundred and twenty", "two thousand and five", "two and a half"; "two and three years" are two numbers
_AND_INSIDE_A_NUMBER = (
    r"(?:(?<=hundred)|(?<=thousand)|(?<=million))[\s-]+and|[\s-]+and(?=[\s-]+(?:a[\s-]+)?half\b)"
)
_WHOLE_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?!,?\d)|\d+)"  # "10,000"
# "20-odd years", "five-plus months": an amount given roughly or as the least (not "an A-plus year")
_ROUGHLY_AFTER_A_NUMBER = (
    rf"(?:(?:(?<=\d)|(?<=[a-z]{{3}}))-(?:{_HYPHENED_AFTER})|\s+or\s+(?:{_OR_AFTER})(?=\s+[a-z]))?"
)
NUMBER = (
    rf"(?:{_WHOLE_NUMBER}(?:\.\d+|\s+[1-3]/[2-4]|\s?[½¼¾])?|(?:a|an|{_NUMBER_WORD})(?:(?:{_AND_INSIDE_A_NUMBER})?[\s-]+(?:a[\s-]+)?(?:{_NUMBER_WORD}))*"
    r"(?:(?:(?<=couple)|(?<=dozen))\s+of)?)"  # "a couple of weeks"
    f"{_ROUGHLY_AFTER_A_NUMBER}"
)
VAGUE_AMOUNT = "(?:" + trie_pattern(sorted(cal.VAGUE_AMOUNTS)).replace(r"\ ", r"\s+") + ")"
_AND_A_HALF = r"(?P<half>\s+and\s+a\s+half\b)?"
# "on a day-to-day basis", "a year-on-year rise", "a month-to-month lease": an adjective, no length
_NO_COMPOUND_OF_UNITS = r"(?![-‐](?:to|on|over|by|after)[-‐])"
UNIT_FORMS = (
    *("second", "minute", "hour", "day", "week", "weekend", "month", "year", "decade", "quarter"),
    *("seconds", "minutes", "hours", "days", "weeks", "weekends", "months", "years", "decades", "quarters"),
    *("century", "centuries", "fortnight", "fortnights"),
)
UNIT = "(?:" + trie_pattern(sorted(UNIT_FORMS)) + ")"
_PLURAL_UNITS = tuple(sorted(form for form in UNIT_FORMS if form.endswith("s")))
_PART_WORDS = ("morning", "afternoon", "evening", "night")
PART = "(?:" + "|".join(_PART_WORDS) + ")"
SMALL_HOURS = r"(?:early|small|wee)\s+hours"
# "late afternoon", "mid-morning", and "midafternoon" in one word
_EDGE_OF_A_PART = r"(?:(?P<edge>early|late|mid)(?:[\s-]+|(?<=mid)))"
SEASON = "(?:" + "|".join(cal.SEASONS) + ")"
_SEASON_WORDS = tuple(cal.SEASONS)
EDGE = (
    r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    # "at end-March", "by end-2012"; bare "end" is a verb: "the strike will end March 1"
    r"|end\s+of|beginning\s+of|start\s+of|end(?=-))"
)
_HOLIDAY_NAMES = sorted(cal.HOLIDAY_NAMES, key=len, reverse=True)
HOLIDAY = "(?:" + trie_pattern(_HOLIDAY_NAMES).replace(r"\ ", r"\s+") + ")"

# holiday names as they may be written, lower-cased: the exact phrase, not its common first word
_HOLIDAY_TRIGGERS = tuple(sorted({v for h in _HOLIDAY_NAMES for v in (h, h.replace("'", "’"))}))
_HOLIDAY_PATTERN = re.compile(rf"{HOLIDAY}$", re.I)

_MOD_WORDS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "close": "END",
    "turn": "START",
}


def _mod(words: str | None) -> str | None:
    """The TimeML mod of an edge word: "late" is END, "mid-" MID; "later" and "earlier" none."""
    if not words:
        return None
    return next((_MOD_WORDS[word] for word in _MOD_WORD.findall(words.lower()) if word in _MOD_WORDS), None)


_MOD_WORD = re.compile(r"[a-z]+")
# "the end of the year", "the turn of the century", "the middle of the 1980s"
_EDGE_NOUNS = ("end", "beginning", "start", "middle", "close", "turn")
_EDGE_NOUN = "|".join(_EDGE_NOUNS)


def _month_number(name: str) -> int:
    return cal.MONTHS[name.lower().rstrip(".")]


def _day_number(text: str) -> int:
    """ "15", "15th", "fifteenth", "twenty first" → the day of the month."""
    if text[:1].isdigit():
        return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]
    return cal.DAY_ORDINAL_WORDS["-".join(re.split(r"[\s-]+", text.lower()))]


Handler = Callable[[re.Match[str], Context], "list[Timex] | Timex | None"]


@dataclass
class Recogniser:
    name: str
    source: str  # the pattern as written, compiled with ``flags`` on first need
    flags: int
    handler: Handler
    words: frozenset[str]  # lower-case words, one of which the text must have…
    contains: tuple[str, ...]  # …or one of these substrings; with neither, it always runs
    anchor_source: str | None = None  # the rare core: the pattern runs only around it
    anchor_flags: int = 0
    before: int = 0  # how far a match may start before the anchor
    after: int = 0  # and end after it
    # Case-insensitive patterns also come compiled without re.I, to run on the lower-cased text:
    # re.I turns off the engine's fast scanning, and these patterns are all lower case.
    on_lowered: re.Pattern[str] | None = None
    anchor_on_lowered: re.Pattern[str] | None = None
    phrase_anchors: bool = False  # anchors are where the `contains` phrases occur (str.find)
    # The words of each `contains` phrase, when the pattern matches a phrase only as whole words: a
    # set lookup per phrase is much cheaper than scanning the text for each.
    phrase_words: tuple[frozenset[str], ...] = ()
    # The words the anchor matches, when it is a list of whole words: found with str.find, which
    # is many times faster than a regex scan of the text.
    anchor_words: frozenset[str] = frozenset()
    # Whole words, rarer than the anchor's other parts, one of which lies within ``key_reach``
    # (before, after) characters of every anchor match: the anchor is looked for only there.
    anchor_keys: frozenset[str] = frozenset()
    key_reach: tuple[int, int] = (0, 0)
    # An anchor that can match no letter finds the same spans in the text and in its lower case:
    # recognisers that run on either share one scan ("1998" for "year" and "late 1998").
    anchor_matches_no_letter: bool = False

    # Compiled on first need: a recogniser run on the lower-cased text (``on_lowered``) needs its
    # case-blind form only for the rare text whose lower case changes its length.
    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)

    @cached_property
    def anchor(self) -> re.Pattern[str] | None:
        return re.compile(self.anchor_source, self.anchor_flags) if self.anchor_source else None

    def may_match(self, words: set[str], lowered: str) -> bool:
        if not self.words and not self.contains:
            return True
        if not self.words.isdisjoint(words):
            return True
        if self.phrase_words:
            return any(map(words.issuperset, self.phrase_words))
        return any(map(lowered.__contains__, self.contains))


RECOGNISERS: list[Recogniser] = []
_GATE_WORD = re.compile(r"[a-z0-9]+")
# every byte but a lower-case ASCII letter or a digit becomes a space: the gate words are then the
# split, twice as fast as _GATE_WORD.findall over the text
_NOT_A_GATE_CHAR_TO_SPACE = bytes.maketrans(
    bytes(range(256)),
    bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256)),
)


def gate_words(lowered: str) -> set[str]:
    """The runs of ASCII letters and digits of the lower-cased text: the words gates look up."""
    # any character past Latin-1 is written "?", which is no gate character either
    return set(lowered.encode("latin-1", "replace").translate(_NOT_A_GATE_CHAR_TO_SPACE).decode().split())


_MONTH_TRIGGERS = tuple(cal.MONTHS)
_WEEKDAY_TRIGGERS = tuple(cal.WEEKDAYS)
_DIGITS = tuple("0123456789")


def recogniser(
    name: str,
    pattern: str,
    flags: int = 0,
    words: tuple[str, ...] = (),
    contains: tuple[str, ...] = (),
    anchor: str | None = None,
    before: int = 80,
    after: int = 0,
    phrase_anchors: bool = False,
    anchor_words: tuple[str, ...] = (),
    anchor_keys: tuple[str, ...] = (),
    key_reach: tuple[int, int] = (0, 0),
) -> Callable[[Handler], Handler]:
    """``phrase_anchors``: the pattern matches each ``contains`` phrase only between word
    boundaries, so a text can match only if it has all of some phrase's words, and the pattern
    runs only where a phrase occurs. ``anchor_words``: the anchor is these words, each whole.
    ``anchor_keys``: every anchor match, with what its lookarounds read, lies within ``key_reach``
    characters before and after one of these whole words; a regex scan of the whole text costs
    as much as a dozen str.find calls, so the anchor runs only around the keys the text has. With
    neither ``words`` nor ``contains``, the anchor words (or else the keys) are the gate."""
    if not words and not contains:
        # every match holds an anchor word, or lies near a key: the text must have one to match
        words = anchor_words or anchor_keys
    if anchor_words:
        anchor = r"\b(?:" + trie_pattern(sorted(anchor_words)) + r")\b"
    if anchor and anchor.startswith(r"\b"):
        # A leading \b stops the engine skipping ahead to the possible first characters; the
        # pattern, run around each anchor, still checks the boundary.
        anchor = anchor[2:]

    def register(handler: Handler) -> Handler:
        # anchor words are found in the lower-cased text: in the text as written, in any case
        anchor_flags = flags | (re.I if anchor_words else 0)
        gate = (frozenset(words), contains)
        rec = Recogniser(name, pattern, flags, handler, *gate, anchor or None, anchor_flags, before, after)
        rec.phrase_anchors = phrase_anchors
        if phrase_anchors:
            rec.phrase_words = tuple(frozenset(_GATE_WORD.findall(phrase)) for phrase in contains)
        rec.anchor_words = frozenset(anchor_words)
        rec.anchor_keys, rec.key_reach = frozenset(anchor_keys), key_reach
        rec.anchor_matches_no_letter = anchor is not None and matches_no_letter(anchor)
        if flags & re.I and "(?-i:" not in pattern:  # a case-sensitive part needs the text as written
            rec.on_lowered = re.compile(pattern, flags & ~re.I)
            rec.anchor_on_lowered = re.compile(anchor, flags & ~re.I) if anchor else None
        else:  # most texts need these: compiled now, where a broken pattern shows at once
            rec.pattern, rec.anchor  # noqa: B018
        RECOGNISERS.append(rec)
        return handler

    return register


# the syntax that is written with letters but matches none: digits, spaces, boundaries, groups
_LETTERLESS_SYNTAX = re.compile(r"\\[dsbB]|\(\?(?:P<\w+>|P=\w+\)|<[=!]|[:=!])")
# what may match a letter: a letter, an escape of letters (\w, \S, \D), any character, a negated set
_MAY_MATCH_A_LETTER = re.compile(r"[A-Za-z]|(?<!\\)\.|\[\^")


def matches_no_letter(pattern: str) -> bool:
    """Whether a regex can match no letter, judged from its text; "not sure" counts as no."""
    return _MAY_MATCH_A_LETTER.search(_LETTERLESS_SYNTAX.sub("", pattern)) is None


_A_MONTHLY_STATISTIC = re.compile(r"\s+(" + trie_pattern(sorted(cal.MONTHLY_STATISTICS)) + r")\b", re.I)


def _date_value(ctx: Context, month: int, day: int | None, year: int | None, at: int, end: int) -> str:
    if year is None and day is None and _A_MONTHLY_STATISTIC.match(ctx.text, end):
        # "an expected announcement Friday of August unemployment data": a month measured by now
        year = nearest_year_for(month, day, ctx, "past")
    elif year is None:
        tense = ctx.tense(at, end)
        if (
            tense == "unknown"
            and day is None
            and ctx.dct is not None
            # "can't translate into a victory in November", said in March: the one ahead, unless
            # just gone ("sales in November are up", said in December)
            and not 1 <= (ctx.dct.month - month) % 12 <= _MONTHS_A_PRESENT_LOOKS_BACK
            and _told_in_the_present(ctx, at, end)
        ):
            tense = "future"
        year = nearest_year_for(month, day, ctx, tense)
    yyyy = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return f"{yyyy}-{month:02d}"
    try:
        date(year or 2000, month, day)
    except ValueError:
        return ""
    return f"{yyyy}-{month:02d}-{day:02d}"


@recogniser(
    "iso-date",
    rf"\b(?P<year>{YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<clock>(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?:\.\d+)?(?P<zone>Z|[+-]\d\d:?\d\d)?)?"
    r"(?![\w:-])",
    contains=("-0", "-1"),  # the month after the year
    anchor=r"\d-(?:0[1-9]|1[0-2])-",
    before=4,
    after=30,
)
def _iso(m, ctx):
    """ "2022-12-13"; a timestamp "2022-12-13T10:00:00Z" is a time, in UTC when it says so."""
    day = f"{m.group('year')}-{m.group('month')}-{m.group('day')}"
    if not m.group("clock"):
        return Timex(m.start(), m.end(), "DATE", day)
    zone = "Z" if m.group("zone") in ("Z", "+00:00", "+0000") else ""
    return Timex(m.start(), m.end(), "TIME", f"{day}T{m.group('clock')}{zone}")


@recogniser(
    "numeric-date",
    r"\b(?P<first>3[01]|[12]\d|0?[1-9])/(?P<second>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})\b(?![/.]\d)",
    contains=("/",),
    anchor="/",
    before=3,
    after=8,
)
def _numeric(m, ctx):
    """ "12/13/2022" month first, as American news writes it; "13/12/2022" day first, as it must be."""
    year = int(m.group("year"))
    if len(m.group("year")) == 2:
        year = full_year(year, ctx.dct)
    month, day = int(m.group("first")), int(m.group("second"))
    if month > 12:
        month, day = day, month
    if month > 12:
        return None
    value = _date_value(ctx, month, day, year, m.start(), m.end())
    return Timex(m.start(), m.end(), "DATE", value) if value else None


@recogniser(
    "dotted-date",
    r"(?<![\d.])(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.(?P<year>(?:19|20)\d\d)\b(?![.,]?\d)",
    contains=(".19", ".20"),
    anchor=r"\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d\b",
    before=4,
    after=0,
)
def _dotted(m, ctx):
    """ "15.03.2013": day first, as the rest of Europe writes it; only with a full year."""
    month, day, year = int(m.group("month")), int(m.group("day")), int(m.group("year"))
    value = _date_value(ctx, month, day, year, m.start(), m.end())
    return Timex(m.start(), m.end(), "DATE", value) if value else None


def _year_with_weekday(month: int, day: int, weekday: int, ctx: Context, at: int, end: int) -> int | None:
    """ "Monday, March 3": of the years next to the tense's choice, the one whose March 3 is a Monday."""
    guess = nearest_year_for(month, day, ctx, ctx.tense(at, end))
    if guess is None or not 1 <= day <= 31:
        return guess
    for year in (guess, guess - 1, guess + 1):
        try:
            if date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return guess


_RANGE_JOINER = r"\s*(?:-?\bto\b-?|-|–|\band\b|\bthrough\b|\buntil\b|\btill\b)\s*"
# after the second day: not a count ("Feb. 2 and 3 games") nor a score or a share
_NOT_A_DAY_AFTER = r"(?![\d:%]|[.,]\d|\s+[a-z]+s\b|\s+(?:per|percent|points?|million|billion|[ap]\.?m)\b)"


# the other day of a run in one month: "March 1-15", "from 1 to 15 March"
_RANGE_END_AFTER = re.compile(rf"{_RANGE_JOINER}(?P<day>{DAY}){_NOT_A_DAY_AFTER}(?:,?\s+(?P<year>{YEAR}))?\b")
_RANGE_START_BEFORE = re.compile(rf"\b(?P<day>{DAY}){_RANGE_JOINER}$")


class _OtherDay(NamedTuple):
    start: int
    end: int
    day: int
    year: int | None  # "March 1-15, 2014": the year written after the run


def _run_of_days(m, ctx) -> _OtherDay | None:
    """The other day of "March 1-15" / "1 to 15 March"."""
    if m.start("month") < m.start("day"):
        other = _RANGE_END_AFTER.match(ctx.text, m.end())
        if other is None or _day_number(other.group("day")) <= _day_number(m.group("day")):
            return None  # "March 2-1": a score
        year = int(other.group("year")) if other.group("year") else None
        return _OtherDay(other.start("day"), other.end(), _day_number(other.group("day")), year)
    other = _RANGE_START_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if other is None or _day_number(other.group("day")) >= _day_number(m.group("day")):
        return None
    return _OtherDay(other.start("day"), other.end("day"), _day_number(other.group("day")), None)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _the_goes_with_a_noun(m: re.Match[str], ctx: Context) -> bool:
    """ "the 11 September attacks": "the" is the noun's; "the 3rd of March", "on the 11 December in
    Kumasi": the date's."""
    if "the" not in m.groupdict() or not m.group("the") or m.group("of"):
        return False
    after = _NEXT_WORD.match(ctx.text, m.end())
    return bool(after) and after.group(1) not in cal.FUNCTION_WORDS_AFTER_A_DATE


# "Jan. 1 next year", "the spring of next year": the year the date is in, itself marked on its own
_RELATIVE_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<rel>this|next|last)\s+year\b", re.I)


def _relative_year_after(ctx: Context, end: int) -> int | None:
    after = _RELATIVE_YEAR_AFTER.match(ctx.text, end)
    if after is None or ctx.dct is None:
        return None
    return ctx.dct.year + cal.RELATIVE_OFFSETS[after.group("rel").lower()]


@recogniser(
    "month-day",
    rf"\b(?:(?P<wd>{WEEKDAY_BEFORE_A_DATE}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d|:\d)(?:,?\s+(?P<year>{YEAR}))?(?!\s*%)\b",
    anchor=MONTH,
    before=30,
    after=30,
    anchor_keys=_MONTH_TRIGGERS,
)
def _month_day(m, ctx):
    """A day and a month (and perhaps a year), in either order; both days of a run in one month."""
    if _HOLIDAY_PATTERN.match(ctx.text, m.start("day"), m.end("month")):
        return None  # "the Fourth of July": the holiday's, with its own rules
    other = _run_of_days(m, ctx)
    run_year = other.year if other else None
    year = int(m.group("year")) if m.group("year") else run_year or _relative_year_after(ctx, m.end())
    month, day = _month_number(m.group("month")), _day_number(m.group("day"))
    if year is None and m.group("wd") and ctx.dct is not None:
        weekday = cal.WEEKDAYS[m.group("wd").lower().rstrip(".")]
        year = _year_with_weekday(month, day, weekday, ctx, m.start(), m.end())
    if year is None and other and ctx.dct is not None:  # a run of days is in one year: its last day's
        year = nearest_year_for(month, max(day, other.day), ctx, ctx.tense(m.start(), m.end()))
    value = _date_value(ctx, month, day, year, m.start(), m.end())
    if not value:
        return None
    start = m.start("day") if _the_goes_with_a_noun(m, ctx) else m.start()
    found = Timex(start, m.end(), "DATE", value)
    other_value = other and _date_value(ctx, month, other.day, year, m.start(), m.end())
    return [found, Timex(other.start, other.end, "DATE", other_value)] if other_value else found


_day_month = recogniser(
    "day-month",
    rf"\b(?:(?P<wd>{WEEKDAY_BEFORE_A_DATE}),?\s+)?(?P<the>[Tt]he\s+)?(?P<day>{DAY}|{_DAY_WORD_AFTER_THE})(?P<of>\s+of)?\s+(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?(?:\b|(?<=\.))",
    anchor=MONTH,
    before=30,
    after=30,
    anchor_keys=_MONTH_TRIGGERS,
)(_month_day)  # the same handler: day and month in the other order


@recogniser(
    "day-of-month",
    r"\b(?:(?P<prep>on|by|until|till|since|from|before|after)\s+)?(?P<what>the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th))\b"
    r"(?:\s+of\s+(?P<rel>this|last|next)\s+month\b)?(?=\s*(?:[.,;:!?)\"”]|and\b|or\b|$)|(?<=month)(?!['’]s))",
    re.I,
    anchor=r"\d(?:st|nd|rd|th)\b",
    before=16,
    after=24,
    anchor_keys=tuple(f"{day}{suffix}" for day in range(1, 32) for suffix in ("st", "nd", "rd", "th")),
)
def _day_of_month(m, ctx):
    """ "on the 15th", standing alone: that day of the month the tense points to; "the 5th of last
    month": that month's."""
    day = int(m.group("day"))
    if not 1 <= day <= 31 or not (m.group("prep") or m.group("rel")):
        return None
    if ctx.dct is None:
        return Timex(m.start("what"), m.end(), "DATE", f"XXXX-XX-{day:02d}")
    tense = ctx.tense(m.start(), m.end())
    month = date(ctx.dct.year, ctx.dct.month, 1)
    if m.group("rel"):
        month += relativedelta(months=cal.RELATIVE_OFFSETS[m.group("rel").lower()])
    elif tense == "past" and day > ctx.dct.day + 1:
        month -= relativedelta(months=1)
    elif tense == "future" and day < ctx.dct.day:
        month += relativedelta(months=1)
    try:
        value = month.replace(day=day).isoformat()
    except ValueError:
        return None
    return Timex(m.start("what"), m.end(), "DATE", value)


@recogniser(
    "month-year",
    rf"\b(?:(?i:the\s+month\s+of)\s+|(?P<edge>{EDGE})[\s-]+)?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})\b",
    anchor=MONTH,
    before=30,
    after=30,
    anchor_keys=_MONTH_TRIGGERS,
)
def _month_year(m, ctx):
    return Timex(
        m.start(),
        m.end(),
        "DATE",
        f"{int(m.group('year')):04d}-{_month_number(m.group('month')):02d}",
        _mod(m.group("edge")),
    )


# "no later than May", "until at least March"
_HEDGE = "|".join(hedge.replace(" ", r"\s+") for hedge in cal.HEDGES_BEFORE_A_DATE)
_HEDGE_AFTER_A_LEAD = "|".join(hedge.replace(" ", r"\s+") for hedge in cal.HEDGES_AFTER_A_LEAD)
_MONTH_HEDGE = rf"{_HEDGE}|(?:until|till|by|since|from|through|into)\s+(?:{_HEDGE_AFTER_A_LEAD})"
_A_HEDGE_AFTER_A_LEAD_AT_THE_END = re.compile(rf"\s+(?i:{_HEDGE_AFTER_A_LEAD})\s*$")
_A_HEDGE_AT_THE_END = re.compile(rf"\b(?i:{_HEDGE})\s+$")

# "between January and March", "May to June": a month next to another is a month
_MONTH_THEN_JOINER = re.compile(rf"{MONTH_FULL}\s*(?:,|and|or|to|through|until|till|-|–)\s*$")
_SPAN_TO_BEFORE = re.compile(
    rf"\b(?:{trie_pattern(sorted(cal.SPANS_ENDING_IN_A_MONTH))})\s+(?:to|ending|ended)\s+$", re.I
)
# "the trial is set for May": a date is scheduled, not a person named May
_SCHEDULED_FOR_BEFORE = re.compile(rf"\b(?:{trie_pattern(sorted(cal.SCHEDULED_FOR_VERBS))})\s+for\s+$", re.I)
_JOINER_THEN_MONTH = re.compile(
    rf"\s*(?:,|and|or|to|through|until|till|-|–)\s*{MONTH_FULL}\b(?:,?\s+(?P<year>{YEAR})\b)?"
)


@recogniser(
    "month",
    # every match opens on a letter: the look-ahead spares the case-blind prefixes at each word's end
    rf"\b(?=[A-Za-z])(?:(?P<edge>(?i:{EDGE}))[\s-]+|(?P<month_of>(?i:the\s+month\s+)(?=(?i:of)\s))?"
    r"(?P<rel>(?i:this|next|last|in|since|until|till|by|from|during|through|throughout|into|before|after|of|early|late"
    r"|as\s+of|as\s+(?:early|late)\s+as|as\s+far\s+back\s+as|as\s+long\s+ago\s+as|back\s+to"
    rf"|{_MONTH_HEDGE}))\s+)?"
    rf"(?P<month>{MONTH_FULL})\b(?!\s+\d)(?:,?\s+(?:of\s+)?(?P<yrel>this|next|last)\s+year\b)?",
    anchor=MONTH_FULL,
    before=40,
    after=30,
    anchor_keys=_MONTH_TRIGGERS,
)
def _month(m, ctx):
    month = m.group("month")
    next_month = _JOINER_THEN_MONTH.match(ctx.text, m.end())
    month_before = _MONTH_THEN_JOINER.search(ctx.text, max(0, m.start() - 25), m.start())
    if (
        month.lower() in cal.AMBIGUOUS_MONTHS
        and not (m.group("edge") or m.group("rel"))
        and not (next_month or month_before)
        and not _SPAN_TO_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start())
        and not _SCHEDULED_FOR_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start())
        and not _a_month_describing_a_noun(ctx.text, m.start(), m.end())
    ):
        return None  # "May" the modal, "March" the verb
    if not (m.group("edge") or m.group("rel") or next_month or month_before) and (
        _a_first_name(ctx.text, m.start(), m.end())  # "April Mellody, a spokeswoman", "with June Carter Cash"
        or _a_surname(ctx.text, m.start())  # "Jill June, a spokeswoman", "said spokesman John August"
    ):
        return None
    rel = (m.group("rel") or "").lower()
    mod = _mod(m.group("edge"))
    start = m.start("month") if rel and rel not in ("this", "next", "last") else m.start()
    if m.group("month_of"):  # "the month of October" is one expression
        start = m.start()
    number = _month_number(month)
    if m.group("yrel"):  # "October of next year": the month takes that year; "next year" is its own
        offset = cal.RELATIVE_OFFSETS[m.group("yrel")]
        year_value = f"{ctx.dct.year + offset:04d}" if ctx.dct else "XXXX"
        return Timex(start, m.end("month"), "DATE", f"{year_value}-{number:02d}", mod)
    if next_month and next_month.group("year"):  # "between March and October 2004"
        return Timex(start, m.end(), "DATE", f"{next_month.group('year')}-{number:02d}", mod)
    if rel in ("next", "last", "this") and ctx.dct is not None:
        year = (
            ctx.dct.year
            + (1 if rel == "next" and number <= ctx.dct.month else 0)
            - (1 if rel == "last" and number >= ctx.dct.month else 0)
        )
        value = f"{year:04d}-{number:02d}"
    else:
        # "as far back as March", "dates back to March": the words before the month tell its tense
        tense_from = m.start("month") if len(rel.split()) > 1 else m.start()
        year = None
        if mod in _DAY_AT_AN_EDGE and ctx.dct is not None:
            # "to complete the process by the end of January", said in February: a day weeks gone,
            # as a bare date is
            year = nearest_year_for(number, _DAY_AT_AN_EDGE[mod], ctx, ctx.tense(tense_from, m.end()))
        elif not (rel or mod):
            year = _the_year_of_a_month_just_ahead(number, ctx, m.start(), m.end())
        value = _date_value(ctx, number, None, year, tense_from, m.end())
    return Timex(start, m.end(), "DATE", value, mod)


_MONTHS_A_PRESENT_LOOKS_BACK = 2
# the clause before a date, back to a stop, a comma, a dash or a bracket
_A_CLAUSE_BREAK = re.compile(r"[,;:(\u2014\u2013]|\s--?\s")


def _told_in_the_present(ctx: Context, start: int, end: int) -> bool:
    """A present form is the verb of the clause of a month or season ("Republicans have 24 seats up in
    November", "November is"), with no word before it that puts it behind ("up from 5% in November")
    nor an adverb of a habit."""
    s_start, s_end = ctx.sentence(start)
    window_start = max(s_start, start - 80)
    for m in _A_CLAUSE_BREAK.finditer(ctx.text, window_start, start):
        window_start = m.end()
    before = [word.lower() for word in _WORD.findall(ctx.text, window_start, start)]
    for at in range(len(before) - 1, -1, -1):
        if before[at] in cal.CLAUSE_JOINERS:
            before = before[at + 1 :]
            break
    if not cal.GONE_BEFORE_A_MONTH.isdisjoint(before[-3:]):
        return False
    after_end = min(s_end, end + 40)
    cut = _A_CLAUSE_BREAK.search(ctx.text, end, after_end)
    after = [word.lower() for word in _WORD.findall(ctx.text, end, cut.start() if cut else after_end)][:4]
    for at, word in enumerate(after):
        if word in cal.CLAUSE_JOINERS:
            after = after[:at]
            break
    words = before + after
    if not cal.HABITUAL_ADVERBS.isdisjoint(words):
        return False  # "December is traditionally a quiet month": every December
    return any(
        word in cal.PRESENT_TENSE_FORMS
        # "sales in January have been lower": a present perfect looks back
        and not (word in cal.PRESENT_PERFECT_AUXILIARIES and _a_participle(words[at + 1 : at + 2]))
        for at, word in enumerate(words)
    )


_DAY_AT_AN_EDGE = {"START": 1, "MID": 15, "END": 28}  # of a month: where its edge lies
_MONTHS_AHEAD_A_NOUN_MAY_BE = 2
# "fallen from their July peaks", "since the March election": what the noun names is gone
_GONE_BY_THE_WORD_BEFORE = re.compile(r"\b(?:from|since|after)\s+\S+\s+$", re.I)


def _the_year_of_a_month_just_ahead(number: int, ctx: Context, start: int, end: int) -> int | None:
    """ "officials detailed the operation in the March states", said in January: a month that dates
    a noun, a month or two ahead, is this year's whatever the tense, as a bare date a few weeks
    ahead is; None for any other month, which _date_value reads."""
    # the cheap test first: most months are no month or two ahead
    if ctx.dct is None or not 0 < (number - ctx.dct.month) % 12 <= _MONTHS_AHEAD_A_NOUN_MAY_BE:
        return None
    if not _a_month_describing_a_noun(ctx.text, start, end) or _A_MONTHLY_STATISTIC.match(ctx.text, end):
        return None  # "the August jobs report" measures a month gone (see _date_value)
    tense = ctx.tense(start, end)
    if tense != "past" or _GONE_BY_THE_WORD_BEFORE.search(ctx.text, max(0, start - 30), start):
        return nearest_year_for(number, None, ctx, tense)  # the tense read once, not again by _date_value
    return ctx.dct.year + (1 if number < ctx.dct.month else 0)


_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but)\b)([a-z][a-z-]*)")  # a month's noun, a frequency's
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b(?!\s*\d)")
_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


_TITLES_BEFORE_A_FIRST_NAME = names.MALE_TITLES | names.FEMALE_TITLES | cal.ROLES_BEFORE_A_FIRST_NAME


def _a_first_name(text: str, start: int, end: int) -> bool:
    """ "April Mellody said", "with June Carter Cash", "Detective Sergeant April Smith": a month that
    is a first name, before a surname; not after a determiner, a number or a capitalised word other
    than a title ("a June Trump rally", "10 January Cellnet", "Wins June Primary") nor before a word
    that names an event ("August Bank Holiday")."""
    if text[start:end] not in cal.MONTHS_ALSO_FIRST_NAMES:
        return False
    surname = _NAME_AFTER.match(text, end)
    if not surname or surname.group(1).lower() in cal.WORDS_AFTER_A_MONTH_IN_A_NAME:
        return False
    before = _TOKEN_BEFORE.search(text, max(0, start - 20), start)
    if before is None or before.group(1)[-1] in ".!?\"'“”’":
        return True  # opening a sentence
    word = before.group(1).rstrip(",")
    if word.lower() in _TITLES_BEFORE_A_FIRST_NAME:
        return True  # "Detective Sergeant April Smith"
    return word.isalpha() and word.islower() and word not in cal.DETERMINERS


_GIVEN_NAMES_NOT_AUXILIARIES = (
    (names.MALE_GIVEN_NAMES | names.FEMALE_GIVEN_NAMES) - _MODAL_TRIGGERS - cal.FUTURE_FROM_NOW
)
# a capitalised word just before, and the word before it
_A_CAPITALISED_WORD_JUST_BEFORE = re.compile(r"(?:\b([\w'’]+)\s+)?(?<![\w'’-])([A-Z][a-z]+) $")


def _a_surname(text: str, start: int) -> bool:
    """ "Jill June said", "spokesman John August": a month straight after a given name is the
    surname; not after "Will" opening a question ("Will June be hotter?") nor after a place named
    like a person ("the Virginia June primary")."""
    given = _A_CAPITALISED_WORD_JUST_BEFORE.search(text, max(0, start - 40), start)
    return (
        given is not None
        and given.group(2).lower() in _GIVEN_NAMES_NOT_AUXILIARIES
        and (given.group(1) or "").lower() not in cal.DETERMINERS
    )


def _a_month_describing_a_noun(text: str, start: int, end: int) -> bool:
    """ "the March survey", "a May election", "his March budget": between a determiner and a noun
    ("the March on Washington", "the May government" are a protest and a prime minister's)."""
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    after = _NOUN_AFTER.match(text, end)
    if not (before and before.group(1).lower() in cal.DETERMINERS and after):
        return False
    noun = after.group(1)
    return (
        len(noun) > 2
        and noun not in cal.WORDS_AFTER_A_NOUN_NOT_A_MONTH
        and not noun.endswith("ly")
        and _marker(noun) is None
        and not (text[start:end].lower() == "may" and noun in cal.NOUNS_AFTER_A_LEADERS_NAME)
    )


# not a weekday before a day number: "Monday 12th", "on Thursday 9."; but "released Monday, 50 percent"
@recogniser(
    "weekday",
    rf"\b(?:(?P<rel>(?i:this\s+coming|this\s+past|this|next|last|on|coming|past|(?:early|late)(?:\s+on)?))\s+)?(?P<wd>{WEEKDAY})(?:,?\s+(?P<part>{PART}))?\b(?!,?\s+\d{{1,2}}(?:(?:st|nd|rd|th)\b|\s*(?:[.;:)]|,(?!\d)|$)))"
    r"(?:,?\s+(?:of\s+)?(?P<wrel>this|next|last)\s+week\b(?![’']s))?",  # not "Monday of last week's shooting"
    anchor=WEEKDAY,
    before=20,
    after=30,
    anchor_keys=_WEEKDAY_TRIGGERS,
)
def _weekday(m, ctx):
    following = re.match(r"\s+([A-Z][a-z]+)", ctx.text[m.end() : m.end() + 20])
    if following and following.group(1).lower() in cal.WEEKDAY_NAME_PARTS:
        return None  # the Sunday Times
    epithet = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if epithet and epithet.group(1)[0].isupper() and epithet.group(1).lower() in cal.WEEKDAY_EPITHETS:
        return None  # Black Monday, Bloody Sunday: an event's name
    rel = " ".join((m.group("rel") or "").lower().split())
    start = m.start("wd") if rel in ("on", "past") else m.start()
    rel = _WEEKDAY_STEP.get(rel, rel)  # "this coming Monday" is the next one, "this past Sunday" the last
    weekday = cal.WEEKDAYS[m.group("wd").lower()]
    part = m.group("part")
    end = m.end("part") if part else m.end("wd")  # "next week" in "Monday next week" is its own
    some_day = _SOME_WEEKDAY_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    if some_day and not rel and _NO_NOUN_AFTER.match(ctx.text, end):
        # "they met on a Tuesday in 2011": some Tuesday, not the last one (but "on a Friday deadline")
        value = f"XXXX-WXX-{weekday}"
        if part:
            return Timex(some_day.start(1), end, "TIME", f"{value}T{cal.PARTS_OF_DAY[part.lower()]}")
        return Timex(some_day.start(1), end, "DATE", value)
    if ctx.dct is None:
        value = "XXXX-XX-XX"
    elif m.group("wrel"):  # "Friday of last week": that week's Friday
        in_week = ctx.dct + timedelta(weeks=cal.RELATIVE_OFFSETS[m.group("wrel")])
        value = weekday_date(in_week, weekday, "", "this").isoformat()
    else:
        tense = ctx.tense(m.start(), end)
        day = weekday_date(ctx.dct, weekday, tense, rel if rel in ("next", "last", "this") else "")
        value = day.isoformat()
    if part:  # "late Thursday night": the end of that night
        return Timex(start, end, "TIME", f"{value}T{cal.PARTS_OF_DAY[part.lower()]}", _mod(rel))
    return Timex(start, end, "DATE", value, _mod(rel))


_WEEKDAY_STEP = {"coming": "next", "this coming": "next", "past": "last", "this past": "last"}
# "on a Tuesday", "it was a Sunday", "One Sunday in late 2001": some such weekday
_SOME_WEEKDAY_BEFORE = re.compile(
    r"(?:\b(?:[Oo]n|was|is|be|been)\s+(?=a\s)|(?<![\w-])(?=[Oo]ne\s))(a|[Oo]ne)\s+$"
)
# what may follow "on a Tuesday", "by evening" or "by midweek" when no noun does ("by morning light"):
# punctuation, the end, a preposition or conjunction
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"”]|$|(?:in|at|of|and|or|but|when|after|before|that|with|to|for|while)\b)"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_SINCE_OPENS = re.compile(r"since\s", re.I)
# "way back in October", "as far back as 1998", "as long ago as March", "dating back to March": a
# time gone
_LOOKING_BACK = (
    r"(?:way\s+back|as\s+far\s+back\s+as|as\s+long\s+ago\s+as"
    r"|(?:dat(?:e|es|ed|ing)|go(?:es|ing))\s+back\s+to)"
)
_LOOKING_BACK_TO = re.compile(rf"\b{_LOOKING_BACK}\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$", re.I)
# "…, said Mr Richards", "…, a police spokesman said", "…, the Treasury has announced"
_A_SPEECH_TAG_AFTER = re.compile(r"\s*,[\"”’']?" + _A_TAG_VERB, re.I)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # "the New Year Honours"


_WEEK_STEPS = tuple(cal.DAYS_IN_A_STEP)
# not a span from one day to another: "a week from Monday to Friday"
_NOT_A_SPAN_AFTER = r"(?![’'-]|\s*[–—]|\s+(?:to|through|thru|until|till|and|or)\b)"


_A_LENGTH_BEFORE_STEPS = re.compile(
    r"\b(?:in|within|for|over|than|of|only|just|about|around|nearly|almost|some|every|per|took|take|takes|lasted|spent|spend)\s+$",
    re.I,
)


@recogniser(
    "steps-from-a-day",
    rf"\b(?P<n>(?i:a|one|two|three|four))\s+(?P<step>(?i:{'|'.join(_WEEK_STEPS)}))\s+"
    rf"(?:(?P<dir>(?i:on|from|ago|last|before))\s+)?(?P<day>{WEEKDAY}|(?i:today|tomorrow|yesterday))\b{_NOT_A_SPAN_AFTER}"
    # "Thursday week": the Thursday a week after the coming one
    rf"|\b(?P<wd>{WEEKDAY})\s+(?P<after>week|fortnight)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|when|and|or|in|after|before|for|to)\b)",
    anchor_words=_WEEK_STEPS,
    before=16,
    after=34,
)
def _steps_from_a_day(m, ctx):
    """ "a week on Monday", "Thursday week", "a fortnight today", "a week ago Monday": a day
    counted in weeks from a named one."""
    if m.group("n") and _A_LENGTH_BEFORE_STEPS.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "his third number one in three weeks on Sunday": a length, then the day
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", "XXXX-XX-XX")
    if m.group("wd"):
        named, direction = m.group("wd").lower(), ""
        days = cal.DAYS_IN_A_STEP[m.group("after")]
    else:
        named, direction = m.group("day").lower(), (m.group("dir") or "").lower()
        amount = number_value(m.group("n").lower())
        if amount is None:
            return None
        days = int(amount) * cal.DAYS_IN_A_STEP[m.group("step").lower()]
    back = direction in cal.STEPS_BACK_FROM_A_DAY or named == "yesterday"
    if not direction and named == "today":  # "he died a week today": a week ago
        back = ctx.tense(m.start(), m.end()) == "past"
    if named in cal.WEEKDAYS:
        tense = "past" if back else "future"
        day = weekday_date(ctx.dct, cal.WEEKDAYS[named], tense, "last" if direction == "last" else "")
    else:
        day = ctx.dct + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[named])
    day += timedelta(days=-days if back else days)
    return Timex(m.start(), m.end(), "DATE", day.isoformat())


_THE_AT_START = re.compile(r"(?:the\s+)?", re.I)
_CAPITALISED_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


_A_COUNTRY_OR_PEOPLE_BEFORE = re.compile(r"\b([A-Z]\w+?)(['’]s)?\s+$")  # "UK's", "Türkiye's"


def _another_country_before(text: str, start: int) -> bool:
    """ "Ukraine's", "India’s" or "Ukrainian" just before: not a holiday of the United States."""
    before = _A_COUNTRY_OR_PEOPLE_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return False
    name = before.group(1).lower()
    return name in (countries.COUNTRY_NAMES if before.group(2) else countries.PEOPLES)


@recogniser(
    "holiday",
    rf"\b(?:(?P<rel>this|next|last)\s+|(?P<every>every|each)\s+)?(?P<name>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?\b"
    r"(?P<weekend>\s+(?:holiday\s+)?weekend\b(?![-’']))?",
    re.I,
    contains=_HOLIDAY_TRIGGERS,
    phrase_anchors=True,
    before=6,
    after=24,
)
def _holiday(m, ctx):
    name = " ".join(m.group("name").split())
    found_before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    word_before = found_before.group(1).lower() if found_before else ""
    if word_before in cal.GREETINGS_BEFORE_A_HOLIDAY:
        return None  # "Merry Christmas", "Happy New Year": a greeting
    if word_before in cal.NAMES_BEFORE_A_HOLIDAY and found_before.group(1).istitle():
        return None  # "Father Christmas": a person; not "visit his father Christmas Day"
    if name.lower().startswith("new year"):
        if word_before in cal.OTHER_NEW_YEARS:
            return None  # "Chinese New Year": a day of another calendar
        if name.lower() == "new year" and _NAME_GOES_ON.match(ctx.text, m.end()):
            return None  # "the New Year Honours"
        the = _THE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        if name.lower() == "new year" and the and not (m.group("rel") or m.group("year")):
            return _the_new_year(the.start(), m.end(), ctx)
    if name.lower() in cal.HOLIDAYS_OF_THE_UNITED_STATES and _another_country_before(ctx.text, m.start()):
        return None  # "Ukraine's Independence Day": not July 4
    following = _CAPITALISED_WORD_AFTER.match(ctx.text, m.end())
    if following and following.group(1).lower() in cal.NAMES_AFTER_A_HOLIDAY:
        return None  # "Christmas Island", "the Easter Rising"
    thing = _WORD_AFTER.match(ctx.text, m.end())
    if thing and thing.group(1).lower() in cal.THINGS_NAMED_AFTER_A_HOLIDAY and not m.group("weekend"):
        return None  # "a Christmas tree", "Easter eggs"
    capital = m.start("name") + _THE_AT_START.match(m.group("name")).end()
    if not ctx.text[capital].isupper():
        return None  # "christmas" in a URL, "the fourth of july" in lower case
    if m.group("every") and not m.group("year"):  # "every Easter weekend": once a year
        return Timex(m.start(), m.end(), "SET", "P1Y" if m.group("weekend") else _every_year_on(name))
    start = m.start("name") if m.group("every") else m.start()  # "each Christmas 2005 was"
    rel = (m.group("rel") or "").lower()
    year_after = None if rel or m.group("year") else _relative_year_after(ctx, m.end())
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif ctx.dct is None:
        year = None
    elif year_after is not None:
        year = year_after  # "on New Year's Eve this year", "at Christmas last year"
    elif name.lower() in cal.HOLIDAYS_OF_ELECTION_YEARS:
        year = _election_year_of(name, ctx.dct, rel)
    else:
        this = holiday_date(name, ctx.dct.year)
        if rel == "next":
            year = ctx.dct.year + (1 if this and this <= ctx.dct else 0)
        elif rel == "last":
            year = ctx.dct.year - (1 if this and this >= ctx.dct else 0)
        elif rel == "this":
            year = ctx.dct.year
        else:
            tense = ctx.tense(m.start(), m.end())
            year = ctx.dct.year
            if this and tense == "past" and this > ctx.dct + timedelta(days=1):
                year -= 1
            elif this and tense == "future" and this < ctx.dct:
                year += 1
            elif this and tense in ("unknown", "either"):
                # the nearest occurrence, leaning back as a month does
                days = {y: d for y in (year - 1, year, year + 1) if (d := holiday_date(name, y))}
                if name.lower() in cal.HOLIDAYS_MOSTLY_OF_EVEN_YEARS:
                    days = {y: d for y, d in days.items() if y % 2 == 0 or abs((d - ctx.dct).days) <= 60}
                year = min(days, key=lambda y: _distance_ahead_weighted(days[y], ctx.dct))
    if year is None:
        key = name.lower()
        if m.group("weekend"):
            return Timex(start, m.end(), "DATE", "XXXX-WXX-WE")
        if key in cal.FIXED_HOLIDAYS:
            month, day = cal.FIXED_HOLIDAYS[key]
            return Timex(start, m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}")
        return Timex(start, m.end(), "DATE", "XXXX-XX-XX")
    found = holiday_date(name, year)
    if found and m.group("weekend"):
        return Timex(start, m.end(), "DATE", iso_week(_saturday_of_the_weekend_by(found)) + "-WE")
    return Timex(start, m.end(), "DATE", found.isoformat()) if found else None


def _election_year_of(name: str, dct: date, rel: str) -> int | None:
    """ "Super Tuesday": the election year's nearest the reference date, or the next or last one."""
    first = dct.year - dct.year % 4
    days = {year: day for year in (first - 4, first, first + 4) if (day := holiday_date(name, year))}
    if rel == "next":
        return min((year for year, day in days.items() if day > dct), default=None)
    if rel == "last":
        return max((year for year, day in days.items() if day < dct), default=None)
    return min(days, key=lambda year: abs((days[year] - dct).days), default=None)


# from a day's ISO weekday to the Saturday of the weekend it belongs to: a Monday holiday's weekend
# is the one before it, Thanksgiving's (a Thursday) the one after
_TO_THE_WEEKEND_SATURDAY = {1: -2, 2: -3, 3: 3, 4: 2, 5: 1, 6: 0, 7: -1}


def _saturday_of_the_weekend_by(day: date) -> date:
    """ "the Memorial Day weekend", "Easter weekend": the weekend a holiday makes long or falls in."""
    return day + timedelta(days=_TO_THE_WEEKEND_SATURDAY[day.isoweekday()])


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (or, for -1, the last) weekday (0 = Monday) of a month; None if it has no such day."""
    if nth > 0:
        day = date(year, month, 1) + relativedelta(weekday=rd_weekday(weekday)(nth))
    else:
        day = date(year, month, 1) + relativedelta(day=31, weekday=rd_weekday(weekday)(-1))
    return day if day.month == month else None


@recogniser(
    "nth-weekday-of-month",
    rf"\b(?i:the\s+)?(?P<nth>(?i:{'|'.join(cal.NTH_WEEKDAY_ORDINALS)}))\s+(?P<wd>{WEEKDAY})\s+(?i:in|of)\s+"
    rf"(?P<month>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR}))?\b",
    words=tuple(cal.NTH_WEEKDAY_ORDINALS),
    anchor=WEEKDAY,
    before=12,
    after=30,
    anchor_keys=_WEEKDAY_TRIGGERS,
)
def _nth_weekday_of_month(m, ctx):
    """ "the second Sunday in March", "the last Friday of June 2013": that day of that month."""
    nth = cal.NTH_WEEKDAY_ORDINALS[m.group("nth").lower()]
    weekday = cal.WEEKDAYS[m.group("wd").lower()] - 1
    month = _month_number(m.group("month"))
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif ctx.dct is None:
        year = None
    else:
        this_year = nth_weekday(ctx.dct.year, month, weekday, nth)
        day = this_year.day if this_year else None
        year = nearest_year_for(month, day, ctx, ctx.tense(m.start(), m.end()))
    if year is None:
        return Timex(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-XX")
    found = nth_weekday(year, month, weekday, nth)  # a fifth Monday some months lack: the month
    return Timex(m.start(), m.end(), "DATE", found.isoformat() if found else f"{year:04d}-{month:02d}")


def _every_year_on(name: str) -> str:
    """ "every Christmas" is XXXX-12-25; a holiday whose date moves is once a year, P1Y."""
    fixed = cal.FIXED_HOLIDAYS.get(name.lower())
    return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "P1Y"


def _the_new_year(start: int, end: int, ctx: Context) -> Timex:
    """ "into the new year": the year whose first day is nearest; "since the new year": this one."""
    if ctx.dct is None:
        return Timex(start, end, "DATE", "XXXX")
    since = _SINCE_BEFORE.search(ctx.text, max(0, start - 8), start)
    # "will act in the new year", said in June: the coming one; in January it may be this one
    ahead = ctx.dct.month >= 7 or (ctx.dct.month >= 3 and ctx.tense(start, end) == "future")
    year = ctx.dct.year + (1 if ahead and not since else 0)
    return Timex(start, end, "DATE", f"{year:04d}")


@recogniser(
    "deictic-day",
    r"\b(?:(?P<pre>earlier|later|late|early)\s+|the\s+day\s+(?P<step>after|before)\s+)?"
    rf"(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART}))?\b",
    re.I,
    anchor_words=("today", "tonight", "yesterday", "tomorrow"),
    before=30,
    after=12,
)
def _deictic(m, ctx):
    written = ctx.text[m.start("word") : m.end("word")]  # the match may run on the lowered text
    alone = m.start("word") == m.start()
    if alone and written.istitle() and _a_title_inside_a_sentence(ctx.text, m.start(), m.end("word")):
        return None  # "USA Today", "Radio 4's Today programme", "Are You Lonesome Tonight"
    if alone and written.isupper() and _an_upper_case_name_in_a_sentence(ctx.text, m.start(), m.end("word")):
        return None  # "a USA TODAY poll": a masthead; "STRIKE TODAY" in a headline is a day
    word = written.lower()
    if alone and not m.group("part") and _a_generic_day(ctx.text, m.start(), m.end()):
        return Timex(m.start(), m.end(), "DATE", cal.GENERIC_DAY_VALUES[word])
    if ctx.dct is None:
        value = "XXXX-XX-XX"
    else:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        if m.group("step"):  # "the day after tomorrow", "the day before yesterday"
            offset += 1 if m.group("step").lower() == "after" else -1
        value = (ctx.dct + timedelta(days=offset)).isoformat()
    part = m.group("part")
    edge = m.group("pre")  # "late yesterday": its end; "later today" is only some time in it
    mod = _mod(edge)
    if word == "tonight":
        return Timex(m.start(), m.end(), "TIME", f"{value}TNI", mod)
    if part:
        return Timex(m.start(), m.end(), "TIME", f"{value}T{cal.PARTS_OF_DAY[part.lower()]}", mod)
    return Timex(m.start(), m.end(), "DATE", value, mod)


_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:(?:today|tomorrow|yesterday)\s+(?:and|or)\s+)?$")
_AN_ARTICLE_BEFORE = re.compile(
    rf"\ban?\s+(?:(?:{trie_pattern(sorted(cal.ADJECTIVES_OF_A_GENERIC_DAY))})\s+)?$", re.I
)
_DAY_GOES_ON = re.compile(r"(?:['’]s\b|\s+" + PART + r"\b)", re.I)


def _a_generic_day(text: str, start: int, end: int) -> bool:
    """ "the cars of tomorrow", "the children of today", "a better tomorrow": no day in particular;
    not "as of today"."""
    if _AN_ARTICLE_BEFORE.search(text, max(0, start - 20), start):
        return True
    noun_of = _NOUN_OF_BEFORE.search(text, max(0, start - 40), start)
    if not noun_of or _DAY_GOES_ON.match(text, end):
        return False
    return noun_of.group("noun") not in cal.NOUNS_OF_A_PARTICULAR_DAY


# one upper-case word, not the last of a run of them (a heading: "THE MOVEMENT TODAY")
_UPPER_CASE_WORD_BEFORE = re.compile(r"(?<![A-Z]{2}[ \t])(?<![\w-])[A-Z]{2,}[ \t]+$")


def _an_upper_case_name_in_a_sentence(text: str, start: int, end: int) -> bool:
    """An upper-case word after a single other, in a line written in lower case: part of a name."""
    if not _UPPER_CASE_WORD_BEFORE.search(text, max(0, start - 12), start):
        return False
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    line_end = text.find("\n", end, end + 40)
    around = text[line_start:start] + text[end : line_end if line_end >= 0 else end + 40]
    return any(char.islower() for char in around)


# not "she said: “Today.”", a quote of its own
_A_STOP_AND_A_CLOSING_QUOTE = re.compile(r"[.,!?](?:[”\"]|'')")
_A_QUOTE_OPENED_AFTER_A_WORD = re.compile(r"\w[ \t]*(?:[“\"]|''|``)$")


def _a_title_inside_a_sentence(text: str, start: int, end: int) -> bool:
    """A capitalised word alone in quotes, or neither opening a clause nor after a preposition of time."""
    if text.startswith(("”", '"', "''"), end):  # NBC's “Today”: a quoted word with no stop inside
        return True
    if _A_STOP_AND_A_CLOSING_QUOTE.match(text, end) and _A_QUOTE_OPENED_AFTER_A_WORD.search(
        text, max(0, start - 30), start
    ):
        return True  # "the executive in charge of ''Today,'' reminded": quoted mid-sentence, stop and all
    if _OPENS_A_CLAUSE_BEFORE.search(text, max(0, start - 4), start):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return not (word and word.group(1).lower() in cal.PREPOSITIONS_BEFORE_A_TITLED_DAY)


@recogniser(
    "the-weekend",
    r"\b(?:over|during|at|on|by|until|till|through|throughout|into|for|before|after|since|ahead\s+of"
    r"|spen[dt]|spends|spending)"
    # "the weekend of June 7" is that date's; "the long weekend", "the bank holiday weekend" the one in view
    r"\s+(?P<what>the\s+(?:(?:long|holiday|bank[\s-]+holiday|long\s+holiday)\s+)?weekend)\b(?![-’']|\s+of\b)",
    re.I,
    anchor_words=("weekend",),
    before=50,
    after=6,
)
def _the_weekend(m, ctx):
    """ "over the weekend", "by the weekend", "spent the weekend": the one in view, gone or coming."""
    if ctx.dct is None:
        return Timex(m.start("what"), m.end(), "DATE", "XXXX-WXX-WE")
    # "until the weekend" looks ahead; "issued a warning for the weekend", the nearest one
    tense = ctx.tense(m.start("what"), m.end())
    saturday = weekday_date(ctx.dct, 6, tense if tense in ("future", "either") else "past")
    return Timex(m.start("what"), m.end(), "DATE", iso_week(saturday) + "-WE")


@recogniser(
    "midweek",
    r"\b(?P<lead>by|until|till|at|in|from|since|around|on)\s+(?P<what>mid-?week)\b(?![-’'])",
    re.I,
    words=("midweek", "mid"),
    anchor=r"\bmid-?week\b",
    before=8,
    after=1,
)
def _midweek(m, ctx):
    """ "by midweek", "until midweek": the middle of the week in view; not "a midweek match"."""
    if not _NO_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    if ctx.dct is None:
        return Timex(m.start("what"), m.end(), "DATE", "XXXX-WXX", "MID")
    weekday = ctx.dct.isoweekday()
    tense = ctx.tense(m.start("what"), m.end())
    if m.group("lead").lower() in ("until", "till"):
        tense = "future"
    # the coming one if this week's middle is gone; the one gone if it has not come yet
    shift = 7 if tense == "future" and weekday >= 4 else -7 if tense == "past" and weekday <= 2 else 0
    return Timex(m.start("what"), m.end(), "DATE", iso_week(ctx.dct + timedelta(days=shift)), "MID")


@recogniser(
    "part-of-day",
    # "late in the evening": the edge before "in" is the expression's own
    r"\b(?:(?P<edge_before>early|late)\s+(?=in\s+the\s))?"
    r"(?:(?P<lead>in|into|during|throughout|by|until|till)\s+(?P<the>the\s+)?)?"
    rf"(?:{_EDGE_OF_A_PART}?(?P<part>morning|afternoon|evening)\b(?!\s+of\b)"
    # "in the early hours (of the morning)"; not "the early hours of the campaign", "… after the quake"
    rf"|(?P<small>{SMALL_HOURS})(?:\s+of\s+the\s+morning)?\b(?!\s+(?:of|after|since|following)\b))"
    r"(?P<trade>(?=\s+(?:trade|trading|deals)\b))?",
    re.I,
    contains=(
        *("morning", "afternoon", "evening", "midmorning", "midafternoon"),
        *("early hours", "small hours", "wee hours"),
    ),
    phrase_anchors=True,
    before=30,
    after=12,
)
def _part_of_day(m, ctx):
    """ "in the afternoon", "in late afternoon trading", "in the early hours": that part of the day in
    view."""
    if m.group("small"):
        if not (m.group("lead") and m.group("the")):
            return None  # "early hours trading"
        return _time_in_view(m.start("the"), m.end(), ctx, "MO", "START")
    if not ctx.text[m.start("part")].islower():
        return None  # "the Evening Standard"
    word_after = _A_NOUN_AFTER.match(ctx.text, m.end())
    if word_after and word_after.group(1) in cal.NOUNS_A_PART_OF_THE_DAY_DESCRIBES:
        return None  # "an upheaval in the morning shows"
    edge = m.group("edge")
    lead = (m.group("lead") or "").lower()
    bare_after_by = lead in ("by", "until", "till") and _NO_NOUN_AFTER.match(ctx.text, m.end())
    if not edge and not (lead and (m.group("the") or m.group("trade") is not None or bare_after_by)):
        return None  # "morning prayers", "a morning paper"; but "in morning trade", "by evening"
    start = m.start("the") if m.group("the") else m.start("edge") if edge else m.start("part")
    if m.group("edge_before") and not edge and not m.group("small"):
        start, edge = m.start("edge_before"), m.group("edge_before")
    return _time_in_view(start, m.end(), ctx, cal.PARTS_OF_DAY[m.group("part").lower()], _mod(edge))


@recogniser(
    "this-part-of-day",
    rf"\b(?:(?P<pre>earlier|later|late|early)\s+)?(?P<which>this|last|(?<=\bby\s)this)\s+(?P<part>{PART})\b",
    re.I,
    anchor_words=_PART_WORDS,
    before=30,
    after=1,
)
def _this_part(m, ctx):
    if _a_programme_title(ctx.text, m.start(), m.end()):
        return None
    offset = -1 if m.group("which").lower() == "last" else 0
    value = "XXXX-XX-XX" if ctx.dct is None else (ctx.dct + timedelta(days=offset)).isoformat()
    edge = m.group("pre")  # "late last night": its end; "earlier this morning" is only some time in it
    mod = _mod(edge)
    return Timex(m.start(), m.end(), "TIME", f"{value}T{cal.PARTS_OF_DAY[m.group('part').lower()]}", mod)


# "ABC's This Week", "CBS This Morning": after a broadcaster's name, written in capitals or as a possessive
_A_BROADCASTERS_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&]*['’]s|(?<![\w-])[A-Z][A-Z0-9]+)\s+$")


def _a_programme_title(text: str, start: int, end: int) -> bool:
    """ "on ABC's This Week", "told CBS This Morning": a time in capitals after a name is a programme."""
    written = text[start:end]
    return written.istitle() and bool(_A_BROADCASTERS_NAME_BEFORE.search(text, max(0, start - 20), start))


_GRAIN_WORDS = ("week", "weekend", "month", "year", "quarter", "decade", "century", *_SEASON_WORDS)


_A_STRETCH_BEFORE = re.compile(r"\b(?:over|within|for|throughout|in)\s+$", re.I)
# "his last year in office", "the last week of his life": the final one of something, not the one before this
# (a company's "its last quarter" is the one before this)
_A_PERSONS_BEFORE = re.compile(
    rf"\b(?:{trie_pattern(sorted(cal.POSSESSIVE_DETERMINERS - {'its'}))})\s+$", re.I
)
_OF_A_THING_AFTER = re.compile(
    r"\s+of\s+(?:the|his|her|its|their|our|my|your|this|that)\s+(?!(?:week|month|year|quarter|decade|century)\b)",
    re.I,
)


@recogniser(
    "grain",
    r"\b(?:(?P<pre>earlier|later|early|late)\s+)?(?:the\s+|(?P<this>this\s+)(?=past))?(?P<rel>this|next|last|past|coming|current)"
    # "this holiday weekend", "next long weekend": the weekend so named
    r"\s+(?:(?:long|holiday|bank[\s-]+holiday|long\s+holiday)\s+(?=weekend\b))?"
    rf"(?P<unit>week|weekend|month|year|quarter|decade|century|{SEASON})\b",
    re.I,
    anchor_words=_GRAIN_WORDS,
    before=40,
    after=0,
)
def _grain(m, ctx):
    if _a_programme_title(ctx.text, m.start(), m.end()):
        return None
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    if rel == "last" and (
        # "her last week in office"; not "met her earlier last week"
        _A_PERSONS_BEFORE.search(ctx.text, max(0, m.start("rel") - 8), m.start("rel"))
        or _OF_A_THING_AFTER.match(ctx.text, m.end())
    ):
        return None
    if rel == "last" and unit == "decade" and m.group().lower().startswith("the"):
        rel = "past"  # "in the last decade": the ten years up to now, not the 1990s
    step = -1 if rel == "past" else cal.RELATIVE_OFFSETS[rel]
    if unit in cal.SEASONS and step and ctx.dct is not None:  # "this past spring", "next winter"
        if rel == "next" and m.group().lower().startswith("the") and _the_next_in_a_story(m, ctx):
            return None  # "in 2015 … the next spring": the one after the story's (anaphoric-season)
        season = cal.SEASONS[unit]
        year = _last_or_next_season(season, ctx.dct, step)
        mod = _mod(m.group("pre"))
        return Timex(m.start(), m.end(), "DATE", f"{year:04d}-{season}", mod)
    if unit in cal.SEASONS and ctx.dct is not None:  # "this winter", said in February: the one under way
        season = cal.SEASONS[unit]
        year = _this_seasons_year(season, m, ctx)
        return Timex(m.start(), m.end(), "DATE", f"{year:04d}-{season}", _mod(m.group("pre")))
    if rel == "past":
        if unit in cal.SEASONS or m.group("this"):  # "this past weekend": the one just gone
            return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, unit, -1))
        return Timex(m.start(), m.end(), "DURATION", duration_value(1, unit))
    stretch = _A_STRETCH_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if (
        stretch
        and unit not in cal.SEASONS
        and unit != "weekend"
        and m.group().lower().startswith("the")
        and (
            (rel == "next" and not stretch.group().lower().startswith("in"))
            or (rel == "last" and unit != "quarter" and not _accounts_for(stretch, ctx))
        )
    ):  # "over the next year", "in the last month": the stretch ahead or behind, as "the past year";
        # not "in the next year, he moved": the year after, in a story told in the past
        return Timex(m.start(), m.end(), "DURATION", duration_value(1, unit))
    if rel == "next" and m.group().lower().startswith("the") and _the_next_in_a_story(m, ctx):
        return None  # "retired the next year": the year after the story's, an anaphor (anaphoric-grain)
    offset = cal.RELATIVE_OFFSETS[rel]
    if unit == "week" and ctx.dct is not None and ctx.dct.isoweekday() == 7:
        offset = _a_week_seen_from_a_sunday(m, ctx, offset)
    return Timex(
        m.start(),
        m.end(),
        "DATE",
        grain_value(ctx.dct, unit, offset),
        _mod(m.group("pre")),
    )


def _a_week_seen_from_a_sunday(m: re.Match[str], ctx: Context, offset: int) -> int:
    """Said on a Sunday, the week that ends that day is "last week" ("lost his home state last week"),
    and the one that starts the next day is "this week" in what is to come ("will campaign this
    week", "later this week"); "earlier this week" and "this week" told in the past end that day."""
    pre = (m.group("pre") or "").lower()
    if offset == -1:  # "late last week" too
        return 0
    if offset == 0 and pre == "later":
        return 1
    if offset == 0 and not pre and ctx.tense(m.start(), m.end()) == "future":
        return 1
    return offset


# "this year and next", "last year and this": the second word stands for its unit, when nothing
# follows it but a stop or a new clause ("this year and next to nothing" is no such date)
_AFTER_AN_ELIDED_UNIT = (
    rf"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:{'|'.join(sorted(cal.WORDS_AFTER_AN_ELIDED_UNIT))})\b)"
)


@recogniser(
    "elided-grain",
    r"\b(?P<first>this|next|last)\s+(?P<unit>week|month|year|quarter)\s+(?:and|or)\s+"
    rf"(?P<second>(?:the\s+)?next|last|this){_AFTER_AN_ELIDED_UNIT}",
    re.I,
    contains=tuple(
        f"{joiner} {second}" for joiner in ("and", "or") for second in ("next", "the next", "last", "this")
    ),
    phrase_anchors=True,
    before=25,
    after=12,
)
def _elided_grain(m, ctx):
    first, second = m.group("first").lower(), m.group("second").lower().split()[-1]
    if first == second:
        return None
    offset = cal.RELATIVE_OFFSETS[second]
    unit = m.group("unit").lower()
    return Timex(m.start("second"), m.end("second"), "DATE", grain_value(ctx.dct, unit, offset))


def _the_next_in_a_story(m: re.Match[str], ctx: Context) -> bool:
    """ "won in 2015 and retired the next year": in a story told in the past, "the next week, month,
    year, spring" is the one after the story's date (an anaphor); otherwise it counts from now. The
    grain recogniser asks, and so do the anaphoric-grain and anaphoric-season ones, so that exactly
    one of them takes it."""
    return not m.groupdict().get("pre") and ctx.tense(m.start(), m.end()) == "past"


def _accounts_for(stretch: re.Match, ctx: Context) -> bool:
    """ "a profit for the last year": the year of the accounts, not the twelve months to now."""
    if not stretch.group().lower().startswith(("for", "in")):
        return False
    return _sentence_has(stretch.start(), ctx, cal.PERIOD_RESULT_WORDS)


@recogniser(
    "after-next",
    r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<step>after\s+next|before\s+last)\b"
    rf"(?![’'-]|\s+(?:{UNIT}|{SEASON}|season|(?i:{WEEKDAY}))\b)",  # not "the week after next year's vote"
    re.I,
    contains=("after next", "before last"),
)
def _after_next(m, ctx):
    """ "the week after next", "the year before last": two steps from this one."""
    offset = 2 if m.group("step").lower().startswith("after") else -2
    return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, m.group("unit"), offset))


_PENDING = "XXXX-XX-XX"  # the value until the anaphora are resolved
_DAY_AND_ITS_PARTS = frozenset({"day", *cal.PARTS_OF_DAY})


_ANAPHORIC_UNITS = ("day", "week", "weekend", "month", "year", "quarter", "decade", "period", "time")


@recogniser(
    "anaphoric-grain",
    r"\b(?:(?P<pre>earlier|later|early|late)\s+)?(?:that\s+(?:very\s+|same\s+)?|the\s+(?:very\s+)?same\s+"
    r"|(?P<this>this\s+)(?=time\s+(?:(?:last|next)\s+(?:year|month|week)|a\s+year\s+ago)\b)"
    r"|the\s+(?P<rel>following|previous|preceding|prior|next)\s+)"
    rf"(?P<unit>{'|'.join(_ANAPHORIC_UNITS)}|morning|afternoon|evening|night)\b(?!-)"
    rf"(?:\s+(?:of|in)\s+(?P<year>{YEAR})\b"
    r"|\s+(?P<last>last\s+year|a\s+year\s+(?:earlier|ago|before))\b|\s+(?P<next>next\s+year)\b"
    r"|(?<=time)\s+(?P<step>last|next)\s+(?P<grain>week|month)\b)?",
    re.I,
    anchor=r"\b(?:that|same|following|previous|preceding|prior|next|this(?=\s+time\b))\s+"
    rf"(?:{'|'.join(_ANAPHORIC_UNITS)}|morning|afternoon|evening|night)\b",
    before=20,
    after=30,
    # the unit ends every anchor and is half as common as "that", "this" and "next"
    anchor_keys=(*_ANAPHORIC_UNITS, *cal.PARTS_OF_DAY),
    key_reach=(25, 0),
)
def _anaphoric_grain(m, ctx):
    offset = cal.ANAPHORIC_OFFSETS[(m.group("rel") or "same").lower()]
    mod = _mod(m.group("pre"))
    unit = m.group("unit").lower()
    next_one = (m.group("rel") or "").lower() == "next"
    if next_one and unit not in _DAY_AND_ITS_PARTS and not _the_next_in_a_story(m, ctx):
        return None  # "in the next year we will" counts from now (grain)
    if unit in cal.PARTS_OF_DAY:  # "that night", "the following morning"
        anaphor = Anaphor("day", offset, part_of_day=cal.PARTS_OF_DAY[unit])
        return Timex(m.start(), m.end(), "TIME", _PENDING, anaphor=anaphor)
    if unit == "decade" and (
        (m.group("rel") or "").lower() in ("previous", "preceding", "prior")
        or not _A_DECADE.search(ctx.text, 0, m.start())
    ):
        return None  # "in that decade" after "10 years ago", "the previous decade": ten years
    years_on = -1 if m.group("last") else 1 if m.group("next") else 0
    if m.group("grain") and not m.group("this"):
        return None  # "the same time last week": left to "last week"
    if m.group("grain"):  # "this time next week"
        offset = 1 if m.group("step").lower() == "next" else -1
        return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, m.group("grain").lower(), offset))
    if m.group("this"):  # "this time last year": counted from the reference date, not the last date
        return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, "year", years_on))
    if unit in ("period", "time"):  # "the same period last year": the last date's own grain
        if not (m.group("year") or m.group("last") or m.group("next")) or m.group("rel"):
            return None
        year = int(m.group("year")) if m.group("year") else None
        anaphor = Anaphor("year", 0, True, year=year, years_on=years_on)
        return Timex(m.start(), m.end(), "DATE", _PENDING, mod, anaphor=anaphor)
    if unit == "year":  # "that year in 2004": the year has its own expression
        return Timex(m.start(), m.end("unit"), "DATE", _PENDING, mod, anaphor=Anaphor(unit, offset))
    year = int(m.group("year")) if m.group("year") else None
    anaphor = Anaphor(unit, offset, year=year, years_on=years_on)
    return Timex(m.start(), m.end(), "DATE", _PENDING, mod, anaphor=anaphor)


_A_DECADE = re.compile(
    rf"\b\d{{3}}0['’]?s\b|['’]\d0s\b|\b(?:{trie_pattern(sorted(cal.DECADE_WORDS))})\b", re.I
)
_TWO_WORDS_BEFORE = re.compile(r"(?:([A-Za-z’']+)\s+)?([A-Za-z’']+)\s+$")


def _opens_a_that_clause(text: str, start: int) -> bool:
    """ "said that …", "told reporters that …": "that" is the conjunction of a reported clause."""
    words = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if not words:
        return False
    two_back, one_back = (words.group(1) or "").lower(), words.group(2).lower()
    return one_back in cal.VERBS_BEFORE_A_THAT_CLAUSE or two_back in cal.VERBS_WITH_AN_OBJECT_BEFORE_THAT


# "that year", "the following year", "the year before": the year of the date in view, or one on
_THE_YEAR_IN_VIEW = (
    r"(?:that\s+(?:same\s+)?year|the\s+(?P<rel>following|next|previous|preceding|prior|same)\s+year"
    r"|the\s+year\s+(?P<dir>before|after))"
)


@recogniser(
    "anaphoric-month",
    rf"\b(?:[Tt]hat\s+(?:same\s+|very\s+)?(?P<that>{MONTH_FULL})(?!\s+\d|\s+[A-Z])"
    rf"|[Tt]he\s+(?P<step>following|next|previous|preceding)\s+(?P<stepped>{MONTH_FULL})(?!\s+\d)"
    rf"|(?P<month>{MONTH_FULL})\s+(?:of\s+)?{_THE_YEAR_IN_VIEW})\b",
    anchor=MONTH_FULL,  # shared with "month": one scan for both
    before=30,
    after=40,
    anchor_keys=_MONTH_TRIGGERS,
)
def _anaphoric_month(m, ctx):
    """ "that September", "March the following year", "the following March": a month of the year in view."""
    if m.group("that"):
        if _opens_a_that_clause(ctx.text, m.start()):
            return None  # "said that September's vote was void": the conjunction, then the month
        if m.group("that") == "May" and not re.match(r"\s*(?:[,.;:!?)]|$)", ctx.text[m.end() : m.end() + 2]):
            return None  # "said that May would resign": the name or the modal
        month = cal.MONTHS[m.group("that").lower()]
        return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=Anaphor("year", 0, month=month))
    if m.group("stepped"):
        step = cal.ANAPHORIC_OFFSETS[m.group("step").lower()]
        month = cal.MONTHS[m.group("stepped").lower()]
        return Timex(
            m.start(), m.end(), "DATE", _PENDING, anaphor=Anaphor("year", 0, month=month, step_to_named=step)
        )
    offset = cal.ANAPHORIC_OFFSETS[(m.group("rel") or m.group("dir") or "same").lower()]
    month = cal.MONTHS[m.group("month").lower()]
    return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=Anaphor("year", offset, month=month))


_VERB_AT_THE_EDGE_OF_A_PERIOD = trie_pattern(sorted(cal.VERBS_AT_THE_EDGE_OF_A_PERIOD))


@recogniser(
    "the-day",
    rf"\b(?:{_VERB_AT_THE_EDGE_OF_A_PERIOD})"
    # not "starts the day after Thanksgiving", "ended the day of the vote": a day named after it
    r"\s+(?P<object>the\s+day)\b(?!-|\s+(?:after|before|of|when|that)\b)"
    r"|\b(?P<edge>(?:the\s+)?(?P<part>rest|end|start|close|course|remainder|middle|beginning|most)\s+of\s+the\s+day)\b(?!-)"
    r"|(?:^|(?<=[.!?\n]\s)|(?<=\n))[Ff]or\s+(?P<opening>the\s+day),"
    r"|\b(?P<within>(?P<when>later|earlier|late|early)\s+in\s+the\s+day)\b"
    r"|\b(?P<step>the\s+(?:day|night)\s+(?P<dir>before|after|earlier|later))(?=\s*(?:[.,;:!?)\"”]|and\b|but\b|$))",
    re.I,
    anchor=r"\bthe\s+(?:day|night)\b",
    before=40,
    after=10,
    anchor_keys=("day", "night"),
    key_reach=(10, 0),
)
def _the_day(m, ctx):
    """ "the day" where it can only mean a day: "ended the day", "the end of the day", "the day before"."""
    for whole in ("object", "opening"):  # "ended the day", "For the day, the index fell"
        if m.group(whole):
            return Timex(m.start(whole), m.end(whole), "DATE", _PENDING, anaphor=Anaphor("day", 0))
    if m.group("edge"):
        opening = _CLAUSE_OPENING_AT.search(ctx.text[max(0, m.start() - 30) : m.start()])
        if m.group("part").lower() == "end" and opening:
            return None  # "At the end of the day, it's up to voters": the idiom
        mod = _mod(m.group("part"))
        return Timex(m.start("edge"), m.end("edge"), "DATE", _PENDING, mod, anaphor=Anaphor("day", 0))
    if m.group("within"):
        mod = _mod(m.group("when"))
        return Timex(m.start(), m.end(), "DATE", _PENDING, mod, anaphor=Anaphor("day", 0))
    offset = cal.ANAPHORIC_OFFSETS[m.group("dir").lower()]
    if m.group("step").lower().startswith("the night"):  # "the night before": a time of that day
        return Timex(m.start(), m.end(), "TIME", _PENDING, anaphor=Anaphor("day", offset, part_of_day="NI"))
    return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=Anaphor("day", offset))


@recogniser(
    "within-the-period",
    r"\b(?:(?P<when>later|earlier|late|early)\s+in\s+the\s+(?P<unit>week|month|year|quarter)"
    r"|the\s+(?:rest|remainder|balance)\s+of\s+the\s+(?P<rest_of>day|week|month|year|quarter)"
    r"|(?:most|much)\s+of\s+the\s+(?P<most_of>week|month|year|quarter))\b(?![-’'])",
    re.I,
    words=("week", "month", "year", "quarter", "rest", "remainder", "balance", "most", "much"),
    anchor=r"\b(?:in|of)\s+the\s+(?:day|week|month|year|quarter)\b",
    before=20,
    after=1,
    anchor_keys=("day", "week", "month", "year", "quarter"),
    key_reach=(20, 0),
)
def _within_the_period(m, ctx):
    """ "earlier in the week", "later in the year", "the rest of the day", "for most of the year": the
    period of the last date."""
    when = (m.group("when") or "").lower()
    mod = _mod(when)
    unit = (m.group("unit") or m.group("rest_of") or m.group("most_of")).lower()
    anaphor = Anaphor(unit, 0, not_gone_when_ahead=True)
    return Timex(m.start(), m.end(), "DATE", _PENDING, mod, anaphor=anaphor)


_WHOLE = "|".join(cal.WHOLE_OF_A_SPAN)


@recogniser(
    "the-period",
    r"(?:\b(?:in|for|during|over|throughout|through)\s+(?P<what>the\s+(?P<unit>quarter|month))\b"
    rf"|(?:\b(?:for|during|throughout|{_VERB_AT_THE_EDGE_OF_A_PERIOD})\s+"
    rf"|\b(?=the\s+(?:{_WHOLE})\s))(?P<whole>the\s+(?:(?P<all_of>{_WHOLE})\s+)?(?P<long_unit>year|week|month|quarter))\b)"
    # "for the year to March", "for the year ahead", "during the week of": another span, said on
    r"(?![-’']|\s+(?:to\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?=(?-i:[A-Z])|the\s+end\b)|ahead|coming|since|before|after|ended|ending|beginning|starting|through|of|in)\b)",
    re.I,
    anchor=rf"\bthe\s+(?:(?:{_WHOLE})\s+)?(?:quarter|month|year|week)\b",
    before=20,
    after=12,
    anchor_keys=("quarter", "month", "year", "week"),
    key_reach=(30, 0),
)
def _the_period(m, ctx):
    """ "profit for the quarter", "ended the year higher", "as we close the year", "ignored it the
    entire year": the one last named, or the one just ended."""
    what = "what" if m.group("what") else "whole"
    unit = (m.group("unit") or m.group("long_unit")).lower()
    verb = m.group().lower() if m.group("whole") else ""
    closing = verb.startswith(("end", "clos", "finish"))
    past = verb.startswith(("ended", "closed", "finished")) or ctx.tense(m.start(), m.end()) == "past"
    # what was reported for a quarter or month, or said to have ended, is the last one; a year so
    # reported is last year's only while the new one is young; a week ends on Friday
    ended = past and (
        (unit in ("quarter", "month") and not verb.startswith(("start", "began", "begin", "open")))
        or (unit == "year" and (closing or _early_in_year(ctx.dct)))
        # "spent the entire week" before its Friday: a week gone
        or (unit == "week" and (closing or m.group("all_of")) and _before_friday(ctx.dct))
    )
    anaphor = Anaphor(unit, 0, offset_without_anchor=-1 if ended else 0, not_gone_when_ahead=True)
    return Timex(m.start(what), m.end(what), "DATE", _PENDING, anaphor=anaphor)


@recogniser(
    "ranked-in-the-period",
    rf"\b(?:{trie_pattern(sorted(cal.SUPERLATIVES))})\s+(?:[\w-]+\s+){{1,3}}?of\s+"
    # not "the year to March", nor "the week (that) it came out": a period of its own
    r"(?P<what>the\s+(?P<unit>year|month|week|quarter))\b"
    r"(?![-’']|\s+(?:to|ended|ending|before|after|that|when|in\s+which|it|he|she|they|we|i)\b)",
    re.I,
    words=tuple(cal.SUPERLATIVES),
    anchor=r"\bof\s+the\s+(?:year|month|week|quarter)\b",
    before=60,
    after=12,
    anchor_keys=("quarter", "month", "year", "week"),
    key_reach=(15, 0),
)
@recogniser(
    "the-period's-ranked",
    r"\b(?P<what>the\s+(?P<unit>year|month|week|quarter))['’]s\s+(?:(?:second|third|single|very)[\s-]+)?"
    rf"(?:{trie_pattern(sorted(cal.SUPERLATIVES))})\b",
    re.I,
    anchor=r"\bthe\s+(?:year|month|week|quarter)['’]s\s",
    after=30,
    anchor_keys=("quarter", "month", "year", "week"),
    key_reach=(10, 4),
)
def _ranked_in_the_period(m, ctx):
    """ "the biggest weekly gain of the year", "the first snow of the month", "the year's biggest
    upset": the period in view."""
    if not ctx.text[m.start("unit")].islower():
        return None  # "Player of the Year": a title
    unit = m.group("unit").lower()
    year = _year_written_before(m.start(), ctx) if unit == "year" else None
    if year:  # "grew in 2004 after accelerating in the last quarter of the year"
        return Timex(m.start("what"), m.end("what"), "DATE", year)
    # else the period of the reference date: an earlier sentence's date is rarely what is ranked in
    return Timex(m.start("what"), m.end("what"), "DATE", grain_value(ctx.dct, unit, 0))


def _year_written_before(position: int, ctx: Context) -> str | None:
    """The last year written earlier in the sentence, but not a starting point ("since 2008")."""
    sentence_start = ctx.sentence(position)[0]
    for year in reversed(list(_A_YEAR.finditer(ctx.text, sentence_start, position))):
        if not _SINCE_A_DATE.search(ctx.text, max(sentence_start, year.start() - 16), year.start()):
            return year.group()
    return None


_A_YEAR = re.compile(rf"\b{YEAR}\b")
_SINCE_A_DATE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$")


def _early_in_year(day: date | None) -> bool:
    return day is not None and day.month <= 3


def _before_friday(day: date | None) -> bool:
    return day is not None and day.isoweekday() < 5


# "a third straight day", "the second consecutive month", "the third month in a row"
_RUN_UNIT = r"(?:day|session|week|month|quarter|year)"
# "running" ends the phrase: not "a second year running the firm"
_IN_A_ROW = r"(?:in\s+a\s+row\b|running(?=\s*[.,;:!?)\"”]|\s+(?:in|on|and|to|as|after|since|through)\b))"
_RUN_GATE = frozenset({*cal.RUN_WORDS, "row", "running"})
_RUN = (
    rf"\b(?:a|the)\s+(?P<nth>{_ORDINAL_WORD}|\d+(?:st|nd|rd|th))\s+"
    rf"(?:(?:{RUN_WORDS})\s+(?P<unit>{_RUN_UNIT})\b|(?P<unit_before_row>{_RUN_UNIT})\s+{_IN_A_ROW})"
)


@recogniser(
    "run-count",
    _RUN,
    re.I,
    anchor=rf"\b(?:(?:{RUN_WORDS})\s+{_RUN_UNIT}\b|{_RUN_UNIT}\s+{_IN_A_ROW})",
    before=25,
    after=12,
    anchor_keys=tuple(_RUN_GATE),
    key_reach=(25, 25),
)
def _run_count(m, ctx):
    """ "for a third straight day": the latest of a run, the day (week, year) being reported; of
    quarters, the last one ended, since a quarter's figures come out after it, unless ahead."""
    unit = (m.group("unit") or m.group("unit_before_row")).lower()
    offset = -1 if unit == "quarter" and ctx.tense(m.start(), m.end()) != "future" else 0
    grain = "day" if unit == "session" else unit
    return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, grain, offset))


# "the past three", "the final nine": a stretch counted back or on, before its number and unit
_THE_STRETCH = r"the\s+(?:past|last|next|first|previous|coming|final)"


@recogniser(
    "session-count",
    rf"\b(?P<n>{NUMBER}|{_THE_STRETCH}\s+(?P<n2>{NUMBER}))"
    rf"\s+(?:(?P<run>{RUN_WORDS})\s+)?(?P<trading>trading\s+)?sessions\b",
    re.I,
    anchor_words=("sessions",),
    before=40,
    after=0,
)
def _session_count(m, ctx):
    """ "for seven straight sessions", "the past five trading sessions": market days, counted; not
    "two sessions of parliament"."""
    if not (m.group("run") or m.group("trading") or m.group("n2")):
        return None
    if _the_tail_of_a_bigger_number(ctx.text, m.start()):
        return None
    amount = number_value((m.group("n2") or m.group("n")).lower())
    if amount is None:
        return None
    return Timex(m.start(), m.end(), "DURATION", duration_value(amount, "days"))


def _the_tail_of_a_bigger_number(text: str, start: int) -> bool:
    """ "rose 15,000 last week", "1,200 sessions": the number read starts inside a bigger one."""
    return bool(_A_DIGIT_AND_A_SEPARATOR.search(text, max(0, start - 2), start))


_A_DIGIT_AND_A_SEPARATOR = re.compile(r"\d[,.]$")


# standing alone: before punctuation or a conjunction, or "later"/"earlier" before a verb
# ("two years later it was sold"), never "two years later than planned", "a day after the vote" nor
# "there for two weeks earlier this month"
_STANDING_ALONE = (
    r"(?!\s+than\b)(?=\s*(?:[.,;:!?)\"”]|and\b|but\b|when\b|$)"
    r"|(?<=later|rlier|rward|wards)\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|(?:this|last|next)\s"
    r"|that\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)\b))"
)
_SHIFT_DIRECTIONS = ("earlier", "later", "before", "after", "on", "afterward", "afterwards")
_SHIFT_DIRECTION_WORDS = trie_pattern(sorted(_SHIFT_DIRECTIONS))
_SHIFT_DIRECTION = rf"(?P<dir>{_SHIFT_DIRECTION_WORDS})"


_SHIFT_UNITS = tuple(
    f"{unit}{plural}"
    for unit in ("day", "week", "fortnight", "month", "year", "quarter")
    for plural in ("", "s")
)


@recogniser(
    "anaphoric-shift",
    rf"\b(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|quarters?)\s+{_SHIFT_DIRECTION}"
    + _STANDING_ALONE,
    re.I,
    words=_SHIFT_DIRECTIONS,
    anchor=rf"\b(?:days?|weeks?|fortnights?|months?|years?|quarters?)\s+(?:{_SHIFT_DIRECTION_WORDS})\b",
    before=40,
    after=12,
    anchor_keys=_SHIFT_UNITS,
    key_reach=(0, 25),
)
def _anaphoric_shift(m, ctx):
    """ "a year earlier", "two weeks later," standing alone: a date counted from the last one written."""
    amount = number_value(m.group("n"))
    if amount is None or amount != int(amount):
        return None
    unit = m.group("unit").lower()
    sign = cal.ANAPHORIC_OFFSETS[m.group("dir").lower()]
    # with no date before it, "three years later, the scars remain" is now, not three years ahead
    now_without_anchor = 0 if sign > 0 and ctx.tense(m.start(), m.end()) != "future" else None
    if unit.startswith(("decade", "centur")):  # "a century later": counted in years, valued as a year
        years = 10 if unit.startswith("decade") else 100
        anaphor = Anaphor("year", sign * int(amount) * years, offset_without_anchor=now_without_anchor)
        return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=anaphor)
    unit = unit.rstrip("s")
    letter = cal.UNITS[unit][0]
    per, letter = _IN_AN_ISO_UNIT.get(letter, (1, letter))  # "a fortnight later": counted in weeks
    unit, amount = _GRAIN_OF_LETTER[letter], amount * per
    per_year = {"month": 12, "quarter": 4}.get(unit)
    if per_year and amount % per_year == 0:  # "12 months later" counts from "in 2002" as a year would
        unit, amount = "year", amount // per_year
    anaphor = Anaphor(
        unit, sign * int(amount), at_anchor_grain=True, offset_without_anchor=now_without_anchor
    )
    return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=anaphor)


_long_shift = recogniser(
    "anaphoric-shift-long",
    rf"\b(?P<n>{NUMBER})\s+(?P<unit>decades?|century|centuries)\s+{_SHIFT_DIRECTION}" + _STANDING_ALONE,
    re.I,
    contains=tuple(
        f"{unit} {d}" for unit in ("decade", "decades", "century", "centuries") for d in _SHIFT_DIRECTIONS
    ),
    phrase_anchors=True,
    before=40,
    after=12,
)(_anaphoric_shift)  # the same handler: "a century later", counted in years


_VAGUE_SHIFT_UNITS = r"(?:minutes|hours|days|weeks|months|years|decades)"
_COUNT_BEFORE = re.compile(rf"(?:\d|\b(?:{_NUMBER_WORD}|of|these|those))\s+$", re.I)


@recogniser(
    "vague-shift",
    rf"\b(?:(?P<n>{VAGUE_AMOUNT})\s+)?(?P<unit>{_VAGUE_SHIFT_UNITS})\s+(?P<dir>later|earlier)"
    + _STANDING_ALONE,
    re.I,
    anchor=rf"\b{_VAGUE_SHIFT_UNITS}\s+(?:later|earlier)\b",
    before=20,
    after=12,
    anchor_keys=("later", "earlier"),
    key_reach=(20, 0),
)
def _vague_shift(m, ctx):
    """ "a few years later", "months earlier": some time on from (or before) the story's last date,
    valued as TimeML values a vague "later" or "recently", even in a story told in the past."""
    if not m.group("n") and _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "two minutes later", "a dozen years later": a count; "all these years later": now
    later = m.group("dir").lower() == "later"
    kind = "TIME" if m.group("unit").lower() in ("minutes", "hours") else "DATE"
    return Timex(m.start(), m.end(), kind, "FUTURE_REF" if later else "PAST_REF")


_STEP_WORDS = ("before", "after", "earlier", "later", "previous")


@recogniser(
    "unit-step",
    r"\bthe\s+(?P<unit>week|month|year|quarter)\s+(?P<dir>before|after|earlier|later|previous)"
    r"(?=\s*(?:[.,;:!?)\"”]|and\b|but\b|$))"
    r"|\b(?:the\s+)?(?:year-(?:earlier|ago)|prior-year)(?:\s+(?P<noun>quarter|period|month|week))?\b"
    # written open, "year ago" is the period's only before its noun: not "a year ago"
    r"|\bthe\s+year\s+(?:earlier|ago)\s+(?P<open_noun>quarter|period|month|week)\b",
    re.I,
    contains=(
        *(f"{unit} {step}" for unit in ("week", "month", "year", "quarter") for step in _STEP_WORDS),
        "year-earlier",
        "year-ago",
        *(f"year ago {noun}" for noun in ("quarter", "period", "month", "week")),
        "prior-year",
    ),
    phrase_anchors=True,
    before=12,
    after=12,
)
def _step_from_last_date(m, ctx):
    """ "The year before, it lost money", "the year-ago quarter": one unit on from the last date."""
    if m.group("unit"):
        step = cal.ANAPHORIC_OFFSETS[m.group("dir").lower()]
        return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=Anaphor(m.group("unit").lower(), step))
    # "year-earlier results": the last date's period, a year before
    noun = (m.group("noun") or m.group("open_noun") or "").lower()
    grain = noun if noun in ("quarter", "month", "week") else None
    anaphor = Anaphor("year", -1, at_anchor_grain=True, grain_without_anchor=grain)
    return Timex(m.start(), m.end(), "DATE", _PENDING, anaphor=anaphor)


_A_POSSESSIVE = re.compile(r"['’]s\b")
_OF_AFTER = re.compile(r"\s+of\b", re.I)


# "At the end of the day" opening a clause is the idiom "all things considered"
_CLAUSE_OPENING_AT = re.compile(r"(?:^|[.!?;:,\"“‘(—–-]|\b(?:and|but|because|that|so|yet))\s*at\s+$", re.I)


@recogniser(
    "edge-of",
    rf"\b(?:the\s+)?(?:(?P<edge>{_EDGE_NOUN})|(?P<part>{trie_pattern(sorted(cal.PARTS_AT_AN_EDGE))})\s+part)"
    # "a strong start to the year", "a dismal end to the week"; not "an end to the year's violence"
    r"\s+(?:of|(?P<to>(?<=start\s)to|(?<=end\s)to))\s+"
    r"(?:the\s+|this\s+|(?P<rel>next|last|the\s+next|the\s+last)\s+)?"
    # "the start of the financial year": the company's year
    r"(?:(?P<fiscal>fiscal|financial)\s+(?=year\b))?"
    # not "the end of the year-long strike"
    r"(?P<unit>week|month|year|decade|century|quarter)\b(?!-\w)",
    re.I,
    words=(*_EDGE_NOUNS, "part"),
    anchor=r"\b(?:of|to)\s+(?:the\s+|this\s+|next\s+|last\s+|the\s+next\s+|the\s+last\s+)?"
    r"(?:(?:fiscal|financial)\s+)?(?:week|month|year|decade|century|quarter)\b",
    before=30,
    after=2,
    anchor_keys=("week", "month", "year", "decade", "century", "quarter"),
    key_reach=(25, 0),
)
def _edge_of(m, ctx):
    if _A_POSSESSIVE.match(ctx.text, m.end()):
        return None  # "the start of this year's tournament": the edge of the tournament
    if m.group("to") and (
        m.group("unit").lower() not in ("week", "month", "year") or _OF_AFTER.match(ctx.text, m.end())
    ):
        return None  # "an end to the decade of war"
    rel = (m.group("rel") or "").lower().replace("the ", "")
    offset = cal.RELATIVE_OFFSETS.get(rel, 0)
    # "the latter part of the year": an edge said as a part
    mod = cal.PARTS_AT_AN_EDGE[m.group("part").lower()] if m.group("part") else _mod(m.group("edge"))
    turn = (m.group("edge") or "").lower() == "turn"
    if turn and m.group("unit").lower() == "century" and not rel and ctx.dct:
        return Timex(m.start(), m.end(), "DATE", _turn_of_the_century(m, ctx), mod)
    label = "FY" if m.group("fiscal") else ""
    return Timex(m.start(), m.end(), "DATE", label + grain_value(ctx.dct, m.group("unit"), offset), mod)


def _turn_of_the_century(m: re.Match, ctx: Context) -> str:
    """The turn nearest the reference year, or the last one behind it in the past tense: said in
    1998, "by the turn of the century" is 2000 (`20`), "at the turn of the century the town had
    10,000 people" is 1900 (`19`)."""
    turn = (ctx.dct.year + 50) // 100 * 100
    if turn > ctx.dct.year and ctx.tense(m.start(), m.end()) == "past":
        turn -= 100
    return f"{turn // 100:02d}"


@recogniser(
    "year-end",
    r"\b(?:the\s+)?year(?:-end|\s+end|['’]s\s+end)\b(?!-)",
    re.I,
    contains=("year-end", "year end", "year's end", "year’s end"),
    phrase_anchors=True,
    before=4,
    after=1,
)
def _year_end(m, ctx):
    """ "by year-end": the end of the reference year, or of the last one for a past early in the year."""
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", "XXXX", "END")
    return Timex(m.start(), m.end(), "DATE", f"{_the_year_just_ended_or_now(m, ctx):04d}", "END")


def _the_year_just_ended_or_now(m: re.Match, ctx: Context) -> int:
    """The reference year; told in the past early in the year, the one just ended."""
    year = ctx.dct.year
    return year - 1 if _early_in_year(ctx.dct) and ctx.tense(m.start(), m.end()) == "past" else year


@recogniser(
    "first-of-the-period",
    r"\bthe\s+(?:first|1st)\s+of\s+(?:(?P<rel>the|this|next|last)\s+)(?P<unit>year|month)\b(?![-’'])",
    re.I,
    contains=("first of", "1st of"),
    phrase_anchors=True,
    before=4,
    after=16,
)
def _first_of_the_period(m, ctx):
    """ "after the first of the year": January 1, the one ahead in the future tense; "on the first
    of next month". Not "the first of the month" alone, mostly a day that comes every month."""
    unit, rel = m.group("unit").lower(), m.group("rel").lower()
    lead = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if (
        (unit == "month" and rel == "the")
        or not lead
        or lead.group(1).lower() not in cal.LEADS_BEFORE_THE_FIRST_OF_A_PERIOD
    ):
        return None
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", "XXXX-01-01" if unit == "year" else "XXXX-XX-01")
    offset = cal.RELATIVE_OFFSETS.get(rel, 0)
    said_on_the_day = ctx.dct.day == 1 and (unit == "month" or ctx.dct.month == 1)
    if not offset and not said_on_the_day:
        offset = int(ctx.tense(m.start(), m.end()) == "future")  # January 1 ahead, not gone
    if unit == "year":
        return Timex(m.start(), m.end(), "DATE", f"{ctx.dct.year + offset:04d}-01-01")
    first = ctx.dct.replace(day=1) + relativedelta(months=offset)
    return Timex(m.start(), m.end(), "DATE", first.isoformat())


@recogniser(
    "mid-year",
    # "the mid-year review": a modifier, without the article
    r"\b(?:the\s+(?=mid(?:-|\s)?year\b(?!\s+[a-z])))?mid(?:-|\s)?year\b(?![-’'])",
    re.I,
    contains=("midyear", "mid-year", "mid year"),
    phrase_anchors=True,
    before=4,
    after=1,
)
def _mid_year(m, ctx):
    """ "by mid-year": the middle of the reference year, or of the one on the side its tense says."""
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", "XXXX", "MID")
    year, tense = ctx.dct.year, ctx.tense(m.start(), m.end())
    if tense == "past" and ctx.dct.month < 6:
        year -= 1
    elif tense == "future" and ctx.dct.month > 7:
        year += 1
    return Timex(m.start(), m.end(), "DATE", f"{year:04d}", "MID")


@recogniser(
    "edge-year",
    rf"\b(?:(?P<edge>{EDGE})[\s-]+)(?P<year>{YEAR})\b(?!\s*%)",
    re.I,
    words=("early", "mid", "late", "end", "beginning", "start", "middle"),
    anchor=YEAR,
    before=40,
    after=10,
)
def _edge_year(m, ctx):
    return Timex(m.start(), m.end(), "DATE", m.group("year"), _mod(m.group("edge")))


_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)  # "every single day from now": each
# "set the project two years back": a verb that moves something, so "back" is a delay
_MOVED_BACK_BY = re.compile(rf"\b(?:{trie_pattern(sorted(cal.VERBS_THAT_MOVE_BACK))})\b[^.]*$", re.I)


# "half a century", "a quarter of an hour", "three-quarters of a century"
_A_FRACTION_OF = r"half\s+an?|(?:(?:a|one|three)[\s-]+)?quarters?\s+of\s+an?"


def _fraction_value(words: str) -> float | None:
    if words.startswith("half"):
        return 0.5
    if "quarter" in words:
        return 0.75 if words.startswith("three") else 0.25
    return None


_AGO_KEYS = ("ago", "hence", "now", "today", "back", "time")


@recogniser(
    "ago",
    rf"\b(?:(?P<n>{_A_FRACTION_OF}|{NUMBER}|{VAGUE_AMOUNT})\s+|(?P<part>(?:a\s+)?(?:half|quarter))[-‐\s])"
    rf"(?P<unit>{UNIT})(?P<own>['’]s?)?{_AND_A_HALF}(?:\s+or\s+so)?"
    r"\s+(?P<dir>ago|from\s+(?:now|today)|hence|time|back(?=\s*[,.;:!?)—–]|\s+(?:in|when|on|at)\b))\b"
    # "a year ago today", "ten years ago this week": that day or week of the year named
    r"(?:\s+(?P<this>today|this\s+(?:week|month))\b)?",
    re.I,
    anchor=r"\b(?:ago|from\s+(?:now|today)|hence|back(?=\s*[,.;:!?)—–]|\s+(?:in|when|on|at)\b))\b|['’]s?\s+time\b"
    rf"|\b(?:{trie_pattern(_PLURAL_UNITS)})\s+time\b",
    after=12,  # what follows "back" says whether it is a time gone; "ago this month"
    anchor_keys=_AGO_KEYS,
    key_reach=(20, 10),
)
def _ago(m, ctx):
    in_time = m.group("dir").lower() == "time"
    if in_time != bool(m.group("own")) and not (
        # "in two weeks time": the apostrophe left out, after "in"
        in_time
        and m.group("unit").lower() in _PLURAL_UNITS
        and _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        return None  # "in two weeks' time", but not "spent three years time" nor "two weeks' pay"
    if _EVERY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "every single day from now until the election": each day, not one
    back = m.group("dir").lower() == "back"
    if back and _MOVED_BACK_BY.search(ctx.text, max(0, m.start() - 25), m.start()):
        return None  # "set the project two years back": a delay
    # "half a century ago", or joined to its unit: "a quarter-century ago", "a half hour ago"
    amount = _fraction_value(" ".join((m.group("part") or m.group("n")).lower().split()).removeprefix("a "))
    if amount is None:
        amount = number_value(m.group("n"))
    if amount is not None and m.group("half"):
        amount += 0.5
    unit = m.group("unit")
    sign = -1 if back or m.group("dir").lower() == "ago" else 1
    if amount is None:
        return Timex(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if ctx.dct is None:
        return Timex(m.start(), m.end("dir"), "DATE", "XXXX-XX-XX")
    same_day_then = m.group("this") and sign < 0 and _the_same_day_then(ctx.dct, amount, unit)
    if same_day_then:
        this = m.group("this").lower()
        value = same_day_then.isoformat()
        if this != "today":
            value = value[:7] if this.endswith("month") else iso_week(same_day_then)
        return Timex(m.start(), m.end(), "DATE", value)
    return Timex(m.start(), m.end("dir"), "DATE", shift(ctx.dct, amount, unit, sign))


def _the_same_day_then(dct: date, amount: float, unit: str) -> date | None:
    """The reference's day ``amount`` years, months or weeks back; None for a fraction or a finer unit."""
    letter, is_time = cal.UNITS[unit.lower()]
    per, letter = _IN_AN_ISO_UNIT.get(letter, (1, letter))
    if is_time or amount != int(amount) or letter not in _ONE_CALENDAR_STEP:
        return None
    try:
        return dct - _ONE_CALENDAR_STEP[letter] * int(amount * per)
    except (ValueError, OverflowError):
        return None


_ONE_CALENDAR_STEP = {"Y": relativedelta(years=1), "M": relativedelta(months=1), "W": relativedelta(weeks=1)}


_OTHER_DAY_UNITS = ("day", "night", "morning", "afternoon", "evening", "week")


@recogniser(
    "the-other-day",
    rf"\bthe\s+other\s+(?:{'|'.join(_OTHER_DAY_UNITS)})\b(?![-’']|\s+(?:of|in|on)\b)",
    re.I,
    contains=tuple(f"the other {unit}" for unit in _OTHER_DAY_UNITS),
    phrase_anchors=True,
    after=6,
)
def _the_other_day(m, ctx):
    """ "I saw him the other day", "the other night": a recent time not said."""
    return Timex(m.start(), m.end(), "DATE", "PAST_REF")


@recogniser(
    "moments-ago",
    r"\b(?:(?P<moments>(?:a\s+)?(?:few\s+)?moments?)|(?:a\s+)?(?:short\s+|little\s+|long\s+)?while"
    r"|(?:a\s+(?:short|long)\s+|some\s*)time)\s+(?:ago|(?P<later>later))\b"
    # not "some time later this year": that is later this year
    r"(?!(?<=later)\s+(?:this|that|next|in|on|today|tonight|tomorrow|the)\b)",
    re.I,
    anchor_words=("ago", "later"),
    before=30,
    after=12,
)
def _moments_ago(m, ctx):
    """ "moments ago", "a short time ago": a time just gone, with no unit to count; "moments later",
    "some time later": one after, as "minutes later" is."""
    kind = "TIME" if m.group("moments") and m.group("later") else "DATE"  # as "minutes later", "minutes ago"
    return Timex(m.start(), m.end(), kind, "FUTURE_REF" if m.group("later") else "PAST_REF")


@recogniser("vague-ago", rf"\b(?P<unit>{UNIT})\s+ago\b", re.I, anchor_words=("ago",), before=20)
def _vague_ago(m, ctx):
    if not m.group("unit").lower().endswith("s"):
        return None
    return Timex(m.start(), m.end(), "DATE", "PAST_REF")


_ARTICLE_BEFORE_NUMBER = re.compile(
    r"an?[\s-]+(?!(?:hundred|thousand|million|billion|dozen|half|couple|few|handful|number)\b)(?=[a-z])", re.I
)


def _duration_after_article(m, ctx, skip: int):
    words = m.group("n")[skip:]
    amount = number_value(words)
    if amount is None:
        return None
    return Timex(m.start() + skip, m.end(), "DURATION", duration_value(amount, m.group("unit")))


_RUN_WORD = re.compile(rf"\b(?:{RUN_WORDS})\b", re.I)
# an amount before "a year" makes it a rate: "5% a year", "$100 a day", "12 hours a day"
_RATE_AMOUNT_WORD = trie_pattern(sorted(cal.RATE_AMOUNT_WORDS)).replace(r"\ ", r"\s*")
_RATE_BEFORE = re.compile(rf"(?:\d(?:%|bn|m|k)?|\b(?:{_RATE_AMOUNT_WORD}))\s+$", re.I)
# "save $300 million in fuel a year": a sum of money and what it is in, then the unit
_MONEY_IN_BEFORE = re.compile(
    r"[$£€¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m|k)\b)?"
    r"\s+(?:in|on|of)\s+[a-z]+(?:\s+[a-z]+)?\s+$",
    re.I,
)
_COUNT_QUANTIFIER = trie_pattern(sorted(cal.COUNT_QUANTIFIERS)).replace(r"\ ", r"\s+")
# "50 men a day", "6.7 million posts a day": a count of things before it makes it a rate too
_COUNTED_NOUNS_BEFORE = re.compile(
    rf"(?:\d[\d,.]*|\b(?i:{_NUMBER_WORD}|million|billion|dozens|hundreds|thousands|millions|{_COUNT_QUANTIFIER}))\s+"
    r"(?:[a-z]+[^s\W]s|men|women|people|children)\s+$"
)
# what makes "a quarter" a span of time rather than a share: "for a quarter", "within one quarter",
# "longer than a quarter"; not "more than a quarter have bought"
_QUARTER_AS_TIME_BEFORE = re.compile(
    r"\b(?:for|in|within|over|(?:longer|shorter)\s+than|after|before|each|every|per|another|full|whole|single)\s+$",
    re.I,
)


_COUNT_OF_TIMES_BEFORE = re.compile(
    rf"\b(?:once|twice|thrice|(?:{NUMBER}|\d+|several|many)\s+times)\s+$", re.I
)
_SOME_DAY = re.compile(r"(?:[Oo]ne|[Ss]ome)\s+day\b")
# what makes "one day" a length: "in one day", "only one day", "one day after the ban", "one day's notice"
_LENGTH_BEFORE = re.compile(
    r"\b(?:in|for|within|than|as|of|only|just|over|about|after|every|per|to|with|the|a|last|lasted|take|takes|took)\s*$"
)
# "concluding that one day the country might return": the modal of its own clause decides
_MODAL_SOON_AFTER = re.compile(r"(?:,?\s+[\w’']+){0,3}?\s+(?:will|would|might|could|can|may|shall)\b", re.I)
_ARTICLE_A_WORD_BEFORE = re.compile(r"\b(?:a|an|the|their|its|his|her)\s+[\w-]+\s+$", re.I)
_LENGTH_AFTER = re.compile(
    r"(?:['’]s|-|\s+(?:after|before|later|earlier|ago|of|a|per|until|to|and|or|early|late|sooner|short"
    r"|longer|shorter|more|less|behind|ahead|off)\b)"
)
# "researchers hope one day to harness", "she wants to one day run": a day to come, whatever follows
_HOPING_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(cal.VERBS_OF_HOPING))})\s+(?:to\s+)?"
    rf"|(?:{'|'.join(sorted(cal.VERBS_OF_WANTING))})\s+to\s+)$",
    re.I,
)


_IDIOM_LEAD_BEFORE = re.compile(r"\b(?:at|until|till|to)\s+$", re.I)


# "three wins in as many weeks", "the third in as many years": the count the amount repeats, the
# last before it (matched from the window's start: the greedy lead backs off to it); a bare number
# is no such count ("a loss in 2004 - in as many years")
_IN_AS_MANY_BEFORE = re.compile(
    rf"(?s:.*)\b(?P<count>{_ORDINAL_WORD}|{_NUMBER_WORD}|\d+(?:st|nd|rd|th))\b[^.;!?]{{0,60}}?\bin\s+(?P<as>as)\s+$",
    re.I,
)


@recogniser(
    "duration",
    rf"\b(?P<n>{_A_FRACTION_OF}|{NUMBER}|{VAGUE_AMOUNT}|{_THE_STRETCH}(?:\s+(?P<n2>{NUMBER}|few|several))?|another)"
    rf"\s+(?:(?:{RUN_WORDS}|full|whole|entire|long|more|additional|further|extra|short)\s+)?"
    rf"(?:(?:trading|business|working|calendar|school)\s+(?=days?\b))?(?P<unit>{UNIT})\b{_NO_COMPOUND_OF_UNITS}"
    f"{_AND_A_HALF}",
    re.I,
    anchor_words=UNIT_FORMS,
    before=50,
    after=12,
)
def _duration(m, ctx):
    if _the_tail_of_a_bigger_number(ctx.text, m.start()):
        return None
    words = m.group("n").lower()
    fraction = _fraction_value(words)
    if fraction is not None or m.group("half"):  # "a quarter of a century", "a year and a half"
        if fraction is not None:
            amount = fraction
        elif words.startswith("the "):  # "the past year and a half", "the last two years and a half"
            amount = number_value(m.group("n2")) if m.group("n2") else 1
        else:
            amount = number_value(words)
        if amount is None:
            return None
        amount += 0.5 if m.group("half") else 0
        return Timex(m.start(), m.end(), "DURATION", duration_value(amount, m.group("unit")))
    article = _ARTICLE_BEFORE_NUMBER.match(words)
    if article:  # "a four day rally": the article belongs to the noun, not to the number
        return _duration_after_article(m, ctx, article.end())
    unit = m.group("unit")
    if words == "another":  # "for another decade"; not "another day" ("live to fight another day")
        if unit.lower() in ("day", "second", "quarter", *_PLURAL_UNITS) or ctx.text.startswith(
            ("-", "‐"), m.end()
        ):
            return None  # nor "another year-long delay": the adjective is marked alone
        return Timex(m.start(), m.end(), "DURATION", duration_value(1, unit))
    if words == "the first" and unit.lower() == "quarter":
        return None  # "the first quarter" is a quarter of the calendar; "the first two quarters" a span
    if words.startswith("the final") and (
        "Final" in ctx.text[m.start("n") : m.end("n")]
        or (m.group("n2") is None and not unit.lower().endswith("s"))
    ):
        return None  # "The Final Days", a title; "the final quarter", "the final week": a part of something
    if words.startswith("the "):
        if (
            words.split()[-1] in ("first", "last", "final")
            and m.group("n2") is None
            and ctx.text.startswith(" of ", m.end())
        ):
            return None  # "the last day of the season": a point in something, not a length
        if (
            words == "the last"
            and unit.lower() == "minute"
            and _IDIOM_LEAD_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        ):
            return None  # "saved at the last minute", "kept secret until the last minute": an idiom
        if (
            any(w in words for w in ("coming", "next"))
            and m.group("n2") is None
            and unit.lower().endswith("s")
        ):
            return Timex(m.start(), m.end(), "DATE", "FUTURE_REF")
        amount = number_value(m.group("n2")) if m.group("n2") else (None if unit.lower().endswith("s") else 1)
        if m.group("n2") and m.group("n2").lower() in ("few", "several"):
            amount = None
        return Timex(m.start(), m.end(), "DURATION", duration_value(amount, unit))
    vague = " ".join(words.split()) in cal.VAGUE_AMOUNTS
    amount = None if vague else number_value(words)
    if amount is None and not vague:
        return None
    if words == "many" and (as_many := _IN_AS_MANY_BEFORE.match(ctx.text, max(0, m.start() - 80), m.start())):
        # "the third storm in as many weeks": as many as the count before says
        count = as_many.group("count").lower()
        amount = cal.ORDINALS.get(count) or number_value(count) or number_value(count[:-2])
        return Timex(as_many.start("as"), m.end(), "DURATION", duration_value(amount, unit))
    if vague and words != "some" and unit.lower() not in _PLURAL_UNITS:
        return None  # "several weekend rallies": the unit is a noun's modifier, no amount of it
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    count = words in ("a", "an") and _COUNT_OF_TIMES_BEFORE.search(
        ctx.text, max(0, m.start() - 30), m.start()
    )
    if count:  # "twice a month": the count is part of the set
        return Timex(count.start(), m.end(), "SET", duration_value(1, unit))
    if re.search(r"\b(?:once|twice|times|per)\s*$", before) or (
        words in ("a", "an")
        and (
            _RATE_BEFORE.search(before)
            or _COUNTED_NOUNS_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
            or _MONEY_IN_BEFORE.search(ctx.text, max(0, m.start() - 45), m.start())
        )
    ):
        return Timex(m.start(), m.end(), "SET", duration_value(1, unit))
    if unit.lower() in ("quarter", "quarters") and (
        (vague and words != "several")  # "in some quarters", "from many quarters": groups of people
        or (amount is not None and amount < 1)
        or (ctx.text.startswith(" of ", m.end()) and (amount or 1) <= 3 and not _RUN_WORD.search(m.group()))
        or (amount == 1 and not _QUARTER_AS_TIME_BEFORE.search(before))
    ):
        return None  # "a quarter of its dealers", "about a quarter": a share, not a time
    if unit.lower() == "second" and words in ("a", "an", "one"):
        return None  # "a second attempt": an ordinal
    if words in ("one", "some") and unit.lower() == "day" and _SOME_DAY.match(ctx.text, m.start()):
        before_words = ctx.text[max(0, m.start() - 30) : m.start()]
        length_after = _LENGTH_AFTER.match(ctx.text, m.end())
        hoped_for = _HOPING_BEFORE.search(before_words) is not None and (
            length_after is None or length_after.group().strip() == "to"
        )
        if hoped_for or not (
            _LENGTH_BEFORE.search(before)
            or length_after
            or _ARTICLE_A_WORD_BEFORE.search(before_words)  # "a co-ordinated one day strike"
        ):
            # "he will one day stand down", "ran alongside me one day": some day, not a length
            past = (
                not hoped_for
                and ctx.tense(m.start(), m.end()) == "past"
                and not _MODAL_SOON_AFTER.match(ctx.text, m.end())
            )
            return Timex(m.start(), m.end(), "DATE", "PAST_REF" if past else "FUTURE_REF")
    return Timex(m.start(), m.end(), "DURATION", duration_value(amount, unit))


@recogniser(
    "all-unit",
    r"\ball\s+(?P<unit>day|week|weekend|month|year)(?:\s+long)?\b(?![-’'])",
    re.I,
    words=("all",),
    anchor=r"\ball\s+(?:day|week|weekend|month|year)\b",
    before=0,
    after=6,
)
def _all_unit(m, ctx):
    """ "talked all day", "all year long": a whole unit."""
    return Timex(m.start(), m.end(), "DURATION", duration_value(1, m.group("unit")))


@recogniser(
    "unit-long",
    r"\b(?P<unit>second|minute|hour|day|week|weekend|fortnight|month|year|decade|century)[-‐](?:long|old)\b",
    re.I,
    contains=("-long", "-old", "‐long", "‐old"),
    anchor=r"[-‐](?:long|old)\b",
    anchor_keys=("long", "old"),
    key_reach=(1, 0),
    before=12,
    after=1,
)
def _unit_long(m, ctx):
    """ "a month-long strike", "a week-old truce": one unit, without the article, which is the noun's;
    "a two hour-long show", "a 20 year-old": the amount written apart."""
    amount = _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    value = number_value(amount.group("n")) if amount else None
    if value is not None:
        return Timex(amount.start(), m.end(), "DURATION", duration_value(value, m.group("unit")))
    return Timex(m.start(), m.end(), "DURATION", duration_value(1, m.group("unit")))


@recogniser(
    "quarter-century",
    r"\b(?:(?P<the>the\s+(?:past|last|next|previous|coming)\s+)|(?P<article>an?\s+))?"
    r"(?P<part>quarter|half)[\s-]+century\b",
    re.I,
    contains=("quarter century", "quarter-century", "half century", "half-century"),
    phrase_anchors=True,
    before=20,
)
def _quarter_century(m, ctx):
    """ "in a quarter-century", "the past half century": 25 or 50 years; in "a half-century career"
    the article is the noun's."""
    years = 25 if m.group("part").lower() == "quarter" else 50
    attributive = m.group("article") and not _NO_NOUN_AFTER.match(ctx.text, m.end())
    start = m.start("part") if attributive else m.start()
    return Timex(start, m.end(), "DURATION", f"P{years}Y")


_AMOUNT_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<n>{_WHOLE_NUMBER}(?:\.\d+)?|{_NUMBER_WORD}(?:[\s-]{_NUMBER_WORD})?)\s+$", re.I
)


@recogniser(
    "adjectival-duration",
    # not "2-year-old" alone in "a 3 1/2-year-old"
    rf"(?<!/)\b(?P<n>{_WHOLE_NUMBER}(?:\.\d+|\s+[1-3]/[2-4])?|{_NUMBER_WORD}(?:[\s-]{_NUMBER_WORD})?)"
    r"(?P<half>[\s-]and[\s-]a[\s-]half|½)?"
    r"[-‐](?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:s?[-‐](?:long|old))?\b",
    re.I,
    anchor=r"[-‐](?:second|minute|hour|day|week|month|year|decade|century)(?:s?[-‐](?:long|old))?\b",
    anchor_keys=UNIT_FORMS,
    key_reach=(1, 8),
    before=80,
)
def _adjectival(m, ctx):
    amount = number_value(m.group("n"))
    if amount is None:
        return None
    if m.group("half"):  # "a two-and-a-half-year deal"
        amount += 0.5
    return Timex(m.start(), m.end(), "DURATION", duration_value(amount, m.group("unit")))


@recogniser(
    "long-units",
    r"\b(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)[-‐]long\b",
    re.I,
    contains=("-long", "‐long"),
)
def _long_units(m, ctx):
    return Timex(m.start(), m.end(), "DURATION", duration_value(None, m.group("unit")))


_NOT_A_BARE_DURATION_BEFORE = re.compile(
    r"\b(?:the|these|those|recent|coming|past|many|several|few|early|small|wee|first|last|final"
    r"|(?:the|its|his|her|their|our)\s+[a-z]+ing)\s+$",  # "the waning days of", "its closing hours"
    re.I,
)
_BARE_UNIT_BEFORE = re.compile(
    r"\b(?:for|over|within|took|take|takes|lasted|last|spent|following|after|just|mere|nearly|almost|about|"
    r"in|of|than|only|barely|within|by)\s+$",
    re.I,
)
# "over the years", "down the decades"; "over the years 2001-05", "the months of May and June" name them
_OVER_THE_BEFORE = re.compile(r"\b(?:over|through|throughout|down|across)\s+(?P<the>the)\s+$", re.I)
_NAMED_AFTER = re.compile(r"\s+(?:\d|of\b)")
# "in the weeks since the attack", "in the days before the vote": the stretch around an event
_IN_THE_BEFORE = re.compile(r"\b(?:in|during|over|through|throughout|within|for)\s+(?P<the>the)\s+$", re.I)
_AN_EVENT_AFTER = re.compile(
    r"\s+(?:since|after|following|before|preceding|leading\s+up\s+to|prior\s+to|that\s+followed)\b", re.I
)
_BARE_UNIT_AFTER = re.compile(
    r"^\s+(?:of|after|before|ahead\s+of|prior\s+to|away|later|earlier|into|on\s+end)\b", re.I
)


_BARE_UNITS = ("hours", "days", "weeks", "months", "years", "decades", "centuries", "minutes")


@recogniser(
    "bare-units",
    rf"\b(?P<unit>{'|'.join(_BARE_UNITS)})\b",
    re.I,
    anchor_words=_BARE_UNITS,
    before=0,
)
def _bare_units(m, ctx):
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    after = ctx.text[m.end() : m.end() + 12]
    over_the = _OVER_THE_BEFORE.search(before)
    if over_the and m.group("unit").lower() in cal.LONG_UNITS and not _NAMED_AFTER.match(after):
        start = m.start() - len(before) + over_the.start("the")  # "over the years": a long stretch
        return Timex(start, m.end(), "DURATION", duration_value(None, m.group("unit")))
    in_the = _IN_THE_BEFORE.search(before)
    if in_the and _AN_EVENT_AFTER.match(ctx.text, m.end()):
        start = m.start() - len(before) + in_the.start("the")
        return Timex(start, m.end(), "DURATION", duration_value(None, m.group("unit")))
    if not (_BARE_UNIT_BEFORE.search(before) or _BARE_UNIT_AFTER.match(after)):
        return None
    if _NOT_A_BARE_DURATION_BEFORE.search(before):
        return None  # "the hours", "in the early hours": a time of day, not a length
    return Timex(m.start(), m.end(), "DURATION", duration_value(None, m.group("unit")))


_REF_WORDS = (
    "recent",
    "recently",
    "lately",
    "past",
    "coming",
    "upcoming",
    "future",
    "ahead",
    "currently",
    "present",
    "moment",
    "now",
    "nowadays",
    "someday",
)


# a ref that looks ahead: "in the coming days", "the years to come"
_A_REF_AHEAD = re.compile(r"\b(?:coming|upcoming|ahead|to come|future|next few|someday)\b")
# "at the moment when the bomb exploded", "at the moment of his arrest": a moment the words after name
_A_MOMENT_NAMED_AFTER = re.compile(r"\s+(?:when|of|in\s+which)\b", re.I)
_A_CLAUSE_AFTER = re.compile(r"[^,.;:!?()\n]{1,40}")


def _a_moment_named_after(ctx: Context, end: int) -> bool:
    """ "At the moment Sanders announced his candidacy", "at the moment the bomb went off": a
    subject and its verb in the past straight after name the moment, which is not now; not "At the
    moment, we", "at the moment the party is divided" nor "At the moment support for trusted …"."""
    if _A_MOMENT_NAMED_AFTER.match(ctx.text, end):
        return True
    clause = _A_CLAUSE_AFTER.match(ctx.text, end)
    words = _WORD.findall(clause.group())[:3] if clause else []
    if not words:
        return False
    first = words[0].lower()
    if first in cal.SUBJECT_PRONOUNS:
        verb_places: tuple[int, ...] = (1,)
    elif first in cal.DETERMINERS:  # "at the moment that the polls closed" too
        verb_places = (2,)
    elif words[0][0].isupper():
        verb_places = (1, 2) if len(words) < 2 or words[1][0].isupper() else (1,)
    else:
        return False
    return any(at < len(words) and _marker(words[at], inside_a_clause=True) == "past" for at in verb_places)


@recogniser(
    "refs",
    r"\b(?P<ref>(?:in\s+)?recent\s+(?:days|weeks|months|years|decades|times)|recently|lately|in\s+the\s+(?:(?:recent|distant)\s+)?past"
    # "in the past three sessions", "in the past few matches": a stretch counted back, not the past
    rf"(?!\s+(?:\d|{_NUMBER_WORD}\b|few\b|several\b|couple\b|little\b|dozen\b))|"
    # "recent losses": an attributive "recent" is the past; "the most recent figures" only ranks them
    r"(?<!\bmost\s)(?<!\bmore\s)(?<!\bless\s)recent(?=\s+[a-z])(?!\s+past\b)|the\s+(?:recent|distant)\s+past|"
    # "a thing of the past.", "lessons from the past, and": the noun, where no noun follows
    r"(?:of|from|to|into|with|like|than|on|about|behind)\s+the\s+past(?=\s*[.,;:!?)”\"’]|\s+(?:and|or|but)\b)|"
    r"(?:the\s+)?(?:coming|upcoming|next\s+few)\s+(?:days|weeks|months|years)|in\s+the\s+(?:(?:near|foreseeable|immediate|distant)\s+)?future|"
    r"for\s+the\s+(?:foreseeable|immediate)\s+future|"
    r"(?:in\s+)?the\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come)|currently|at\s+present|at\s+the\s+moment|right\s+now|"
    r"nowadays|these\s+days|for\s+now|by\s+now|(?:un)?till?\s+now|up\s+to\s+now|as\s+of\s+now|from\s+now\s+on|"
    r"between\s+now(?=\s+and\b)|"
    # "on sale now.": the present; a "now" inside a clause ("will now conduct") is an adverb of sequence
    r"(?<![-\w])now(?=\s*[.,;:!?”\"’)])|"
    # "in future, it will": British for "in the future"; not "in future years"
    r"someday|in\s+future(?=\s*[,.;:!?)]|\s+(?:it|he|she|they|we|you|i|there|the|this|that|all|any|such|our|people)\b))",
    re.I,
    words=_REF_WORDS,
    contains=("these days", "next few", "to come"),
    anchor_words=(*_REF_WORDS, "next", "these", "come"),
    before=20,
    after=25,
)
def _refs(m, ctx):
    ref = " ".join(m.group("ref").lower().split())
    start, end = m.start(), m.end()
    written = ctx.text[start:end]
    # "Apocalypse Now", "NOW": a title or a name; "Now, it" opens a clause
    if written in ("Now", "NOW") and (
        written == "NOW" or not _OPENS_A_CLAUSE_BEFORE.search(ctx.text, max(0, start - 4), start)
    ):
        return None
    if ref == "at the moment" and _a_moment_named_after(ctx, end):
        return None
    if ref.startswith("in ") and "recent" in ref:
        start = m.start() + 3
    if _A_REF_AHEAD.search(ref):
        value = "FUTURE_REF"
        if ref.startswith(("in ", "over ", "for ")):  # the preposition is not part of it
            start = m.start() + max(m.group("ref").lower().find("the"), 3)
    elif re.search(r"\b(?:recent|recently|lately|past)\b", ref):
        value = "PAST_REF"
        if not ref.startswith(("the ", "recent")) and " the " in ref:  # the preposition is not part of it
            start = m.start() + m.group("ref").lower().find("the")
    else:
        value = "PRESENT_REF"
        if ref != "right now" and ref.endswith(("now", "now on")):
            start = m.start() + m.group("ref").lower().find("now")  # TimeML marks only "now"
            end = start + 3
    return Timex(start, end, "DATE", value)


@recogniser(
    "ref-phrase",
    r"\b(?:for\s+)?(?P<what>the\s+time\s+being)\b"
    rf"|\b(?:in|over|for)\s+(?P<near>the\s+(?:{'|'.join(cal.TERM_LENGTHS)})(?:\s+term|-term(?!\s+[a-z])))\b",
    re.I,
    contains=("time being", *(f"{w}{sep}term" for w in cal.TERM_LENGTHS for sep in " -")),
    phrase_anchors=True,
    before=12,
    after=12,
)
def _ref_phrase(m, ctx):
    """ "for the time being": now; "in the near term", "over the long term": the future."""
    if m.group("what"):
        return Timex(m.start("what"), m.end(), "DATE", "PRESENT_REF")
    return Timex(m.start("near"), m.end(), "DATE", "FUTURE_REF")


# "1989's fourth quarter", "fiscal 1990's first half"
_YEARS_OWN = rf"(?P<own_fy>fiscal\s+)?(?P<own_year>{YEAR})['’]s\s+"


# "the first quarter-final", "a quarterfinal": a round of a contest
_NOT_A_QUARTER_FINAL = r"(?![-‐\s]?final(?:s|ists?)?\b)"


@recogniser(
    "quarter",
    # "the fiscal 1989 second quarter", "the second fiscal quarter"
    rf"\b(?:{_YEARS_OWN}|(?:the\s+)?(?P<lead_fy>fiscal\s+)?(?P<lead_year>{YEAR})\s+|the\s+)?(?:fiscal\s+)?"
    rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter{_NOT_A_QUARTER_FINAL}"
    rf"(?:\s+of\s+(?:(?P<fy>fiscal\s+(?:year\s+)?)?(?P<year>{YEAR})|(?:the\s+)?(?P<rel>this|next|last|the\s+same)\s+year))?\b",
    re.I,
    words=("quarter",),
    anchor=r"\bquarter\b",
    before=32,
    after=24,
)
def _quarter(m, ctx):
    ordinal = m.group("ord").lower()
    number = {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "final": 4,
    }.get(ordinal)
    named_year = m.group("year") or m.group("own_year") or m.group("lead_year")  # "the 1988 third quarter"
    if ordinal == "last":
        if named_year or m.group("rel"):
            number = 4
        else:
            return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, "quarter", -1))
    if m.group("fy") or m.group("own_fy") or m.group("lead_fy"):  # "fiscal 1989's first quarter"
        return Timex(m.start(), m.end(), "DATE", f"FY{named_year}-Q{number}")
    rel = (m.group("rel") or "").lower()
    return Timex(m.start(), m.end(), "DATE", _quarter_value(ctx, number, named_year, rel, m.start(), m.end()))


def _quarter_value(ctx: Context, number: int, named_year: str | None, rel: str, at: int, end: int) -> str:
    if named_year:
        year: int | None = int(named_year)
    elif ctx.dct is None:
        year = None
    else:
        year = ctx.dct.year + cal.RELATIVE_OFFSETS.get(rel, 0)
        current = quarter_of(ctx.dct)
        results = _sentence_has(at, ctx, cal.PERIOD_RESULT_WORDS)
        # a past quarter is one begun; one whose results are reported is one ended
        past_this_year = number < current or (number == current and not results)
        tense = "" if rel else ctx.tense(at, end)
        if tense == "past" and not past_this_year:
            year -= 1
        # "will close in the first quarter" said in December: the next one; but "growth is expected to
        # slow in the first quarter" said in May awaits the figures for the one just ended
        elif tense == "future" and number < current - 1 and not results:
            year += 1
        elif not rel and results and number == 4 and current == 1:
            year -= 1  # "will report fourth-quarter earnings", said in February: the one just ended
    return f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}"


@recogniser(
    "months-of-a-quarter",
    rf"\b(?:[Tt]he\s+)?(?P<first>{MONTH_FULL})(?:(?:\s*[-–]\s*|-to-|\s+to\s+|\s+through\s+)(?P<last>{MONTH_FULL}))?"
    rf"(?:\s+(?P<year>{YEAR}))?\s+quarter\b{_NOT_A_QUARTER_FINAL}",
    words=("quarter",),
    anchor=r"\bquarter\b",
    before=40,
    after=8,
)
def _months_of_a_quarter(m, ctx):
    """ "the October-to-December quarter", "the April-June quarter": that calendar quarter; "the
    December quarter", "its June 2023 quarter": the calendar quarter that month ends."""
    if m.group("last"):
        first, last = _month_number(m.group("first")), _month_number(m.group("last"))
    else:
        last = _month_number(m.group("first"))
        first = last - 2
    if first % 3 != 1 or last != first + 2:
        return None  # "the November-January quarter", "the May quarter": fiscal; the months stay dates
    value = _quarter_value(ctx, (first + 2) // 3, m.group("year"), "", m.start(), m.end())
    return Timex(m.start(), m.end(), "DATE", value)


# "2q12", "1h23": one word each
_NQ_YY = tuple(
    f"{n}{letter}{yy:02d}"
    for letter, most in (("q", 4), ("h", 2))
    for n in range(1, most + 1)
    for yy in range(100)
)
# "in H2", "during H1": a half on its own only after a preposition of time ("green H2" is hydrogen)
_A_HALF_PREPOSITION_BEFORE = re.compile(r"\b(?:in|for|during|over|through|into|by)\s+$", re.I)


@recogniser(
    "quarter-or-half-code",
    rf"\b(?:(?P<letter>[QH])(?P<n>[1-4])(?:\s+(?P<year>{YEAR}))?|(?P<nn>[1-4])(?P<letter2>[QH])(?:\s+(?P<year2>{YEAR})|(?P<yy>\d\d)))\b",
    words=(
        *(f"{letter}{n}" for n in range(1, 5) for letter in "qh"),
        *(f"{n}{letter}" for n in range(1, 5) for letter in "qh"),
        *_NQ_YY,
    ),
)
def _quarter_or_half_code(m, ctx):
    """ "Q3 2012", "Q3", "H1 2023"; "2Q 2012", "2Q12", "2H22" only with their year; "H2" alone only
    after "in", "for", "during": a quarter or a half of the year."""
    letter, n = m.group("letter") or m.group("letter2"), int(m.group("n") or m.group("nn"))
    if letter == "H" and (n > 2 or ctx.text.startswith(("-", "‐", "/"), m.end())):
        return None  # "an H1-B visa"
    year = m.group("year") or m.group("year2")
    if m.group("yy"):
        year = f"{full_year(int(m.group('yy')), ctx.dct):04d}"
    if year is None and letter == "H":
        after_a_preposition = _A_HALF_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        if not (m.group("letter") and after_a_preposition):
            return None  # "green H2", "the 2H pencil": no half of a year
    year = year or (f"{ctx.dct.year:04d}" if ctx.dct else "XXXX")
    return Timex(m.start(), m.end(), "DATE", f"{year}-{letter}{n}")


# the gate: "FY05", "FY2005" are one word each
_FISCAL_WORDS = (
    "fiscal",
    "fy",
    "financial",
    "calendar",
    *(f"fy{n:02d}" for n in range(100)),
    *(f"fy{year}" for year in range(1600, 2200)),
)


@recogniser(
    "fiscal-year",
    rf"\b(?:fiscal(?:\s+year)?\s+|financial\s+year\s+|FY\s?|fy\s?|(?P<calendar>calendar(?:\s+year)?\s+))"
    rf"(?P<year>{YEAR}|(?(calendar)(?!)|\d\d))\b"  # "calendar 05" is no year
    rf"|\b(?:the\s+)?(?P<before>{YEAR})\s+(?:fiscal|financial|(?P<calendar_after>calendar))\s+year\b",
    re.I,
    words=_FISCAL_WORDS,
    # not the words themselves as an anchor: a trie of 700 words costs start-up time to compile, and
    # the gate lets this run on few texts
    anchor=r"(?:fiscal|financial|calendar|fy)",
    before=15,
    after=20,
)
def _fiscal(m, ctx):
    """ "fiscal 1990", "FY2016", "FY98": a two-digit year in the century nearest the article;
    "calendar 2004", "the 2004 calendar year": that year, as against the fiscal one."""
    year = m.group("year") or m.group("before")
    if len(year) == 2:
        year = f"{full_year(int(year), ctx.dct):04d}"
    calendar = m.group("calendar") or m.group("calendar_after")
    return Timex(m.start(), m.end(), "DATE", year if calendar else f"FY{year}")


@recogniser(
    "relative-fiscal-year",
    r"\b(?:the\s+)?(?P<rel>this|next|last|current|coming|previous)\s+(?:fiscal|financial|(?P<calendar>calendar))"
    r"\s+year\b",
    re.I,
    contains=("fiscal year", "financial year", "calendar year"),
    phrase_anchors=True,
    before=16,
    after=0,
)
def _relative_fiscal(m, ctx):
    """ "next fiscal year": the company's year, labelled by the calendar year it is in; "this
    calendar year": the year itself."""
    label = "" if m.group("calendar") else "FY"
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", f"{label}XXXX")
    year = ctx.dct.year + cal.RELATIVE_OFFSETS[m.group("rel").lower()]
    return Timex(m.start(), m.end(), "DATE", f"{label}{year:04d}")


@recogniser(
    "the-fiscal-year",
    r"\bthe\s+(?:fiscal|financial)\s+year\b(?![-’'])",
    re.I,
    contains=("fiscal year", "financial year"),
    phrase_anchors=True,
    before=4,
    after=0,
)
def _the_fiscal_year(m, ctx):
    """ "The fiscal year ends in March": the company's year now under way; told in the past early in
    the calendar year, the one just ended, as "the year" is."""
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", "FYXXXX")
    return Timex(m.start(), m.end(), "DATE", f"FY{_the_year_just_ended_or_now(m, ctx):04d}")


@recogniser(
    "latest-unit",
    r"\bthe\s+(?:latest|most\s+recent)\s+(?P<unit>week|month|quarter)\b(?![-’'])",
    re.I,
    contains=tuple(
        f"{lead} {unit}" for lead in ("latest", "recent") for unit in ("week", "month", "quarter")
    ),
    phrase_anchors=True,
    before=10,
    after=0,
)
def _latest_unit(m, ctx):
    """ "the latest quarter": the last one ended."""
    return Timex(m.start(), m.end(), "DATE", grain_value(ctx.dct, m.group("unit").lower(), -1))


# "the first half of", "the latter part of", "the end of", "the first decade of"
_PART_OF_A_SPAN = (
    rf"(?:(?:the\s+)?(?:(?P<which>{'|'.join(cal.PART_OF_A_SPAN_MODS)}|{_ORDINAL_WORD})\s+(?P<part>{'|'.join(cal.PARTS_OF_A_SPAN)})"
    rf"|the\s+(?P<edge_of>{_EDGE_NOUN}))\s+of\s+)?"
)


def _part_of_a_span(m: re.Match[str], value: str, edge_mod: str | None) -> tuple[str, str | None] | None:
    """The value and mod of "the first half of the 1990s", "the first decade of the 21st century"."""
    if m.group("edge_of"):
        return value, _mod(m.group("edge_of"))
    which, part = (m.group("which") or "").lower(), (m.group("part") or "").lower()
    if not part:
        return value, edge_mod
    if part == "decade":  # a decade of a century is a decade
        nth = cal.ORDINALS.get(which)
        if len(value) != 2 or nth is None or nth > 10:
            return None
        return f"{value}{9 if nth < 0 else nth - 1}", None
    if which == "second" and part != "half":
        return value, None  # "the second quarter of": neither edge
    return value, cal.PART_OF_A_SPAN_MODS.get(which)


@recogniser(
    "decade",
    rf"\b(?i:{_PART_OF_A_SPAN})(?P<span>(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d0)[’']?s)\b",
    contains=("0s", "0’s", "0's"),
    anchor=r"(?:1[6-9]|20)\d0[’']?s\b",
    before=60,
)
def _decade(m, ctx):
    part = _part_of_a_span(m, m.group("dec")[:3], _mod(m.group("edge")))
    if part is None:  # "the first decade of the 1990s": the decade alone
        return Timex(m.start("span"), m.end(), "DATE", m.group("dec")[:3], _mod(m.group("edge")))
    return Timex(m.start(), m.end(), "DATE", *part)


@recogniser(
    "short-decade",
    r"(?:\bthe\s+)?(?:\b(?P<edge>early|mid|late)[\s-]+)?(?<![\w’'])[’'](?P<d>\d)0s\b",
    contains=("0s",),
    anchor=r"[’']\d0s\b",
    before=30,
)
def _short_decade(m, ctx):
    d = int(m.group("d"))
    return Timex(m.start(), m.end(), "DATE", f"{'19' if d >= 3 else '20'}{d}", _mod(m.group("edge")))


_SHORT_YEAR = (
    rf"\b(?P<pre>(?i:in|since|of|from|to|by|until|till|and|through|before|after|early|mid|late|summer|spring|autumn|fall|winter|class\s+of)|{MONTH_FULL})"
    # "the summer of '95", "March of '96": "of" between a month or season and its year
    r"\s+(?:of\s+)?(?P<year>[’'](?P<yy>\d\d))(?![’'\w%-])"
)


# One recogniser per apostrophe: an anchor with a literal first character is found as fast as
# str.find, one with a choice of two first characters is a scan of every character
@recogniser("short-year", _SHORT_YEAR, contains=("'",), anchor=r"'\d\d\b", before=16, after=1)
@recogniser("short-year’", _SHORT_YEAR, contains=("’",), anchor=r"’\d\d\b", before=16, after=1)
def _short_year(m, ctx):
    """ "since '82", "May '97": a year written with two digits after an apostrophe."""
    year = f"{full_year(int(m.group('yy')), ctx.dct):04d}"
    pre = m.group("pre").lower()
    if pre in cal.MONTHS:
        return Timex(m.start(), m.end(), "DATE", f"{year}-{cal.MONTHS[pre]:02d}")
    if pre in cal.SEASONS:
        return Timex(m.start(), m.end(), "DATE", f"{year}-{cal.SEASONS[pre]}")
    mod = _mod(pre)
    return Timex(m.start() if mod else m.start("year"), m.end(), "DATE", year, mod)


_HALF_YEAR_NOUNS = trie_pattern(sorted(cal.PERIOD_RESULT_WORDS))


def _sentence_has(position: int, ctx: Context, words: frozenset[str]) -> bool:
    start, end = ctx.sentence(position)
    return any(word in words for word in re.findall(r"[a-z]+", ctx.text[start:end].lower()))


@recogniser(
    "half-year",
    rf"\b(?:{_YEARS_OWN}|(?P<the>the)\s+)?(?P<ord>first|second|1st|2nd)[\s-]+half\b(?:(?P<of>\s+of\s+)(?:(?P<year>{YEAR})|(?:fiscal\s+)?(?P<fy>{YEAR})"
    r"|(?:the\s+|this\s+|(?P<rel>next|last|the\s+next|the\s+previous|the\s+last)\s+)?(?:fiscal\s+)?year)\b"
    # after "2008's" or "the", nothing more is needed
    rf"|(?=\s+(?P<noun>{_HALF_YEAR_NOUNS})\b)|(?(own_year)|(?(the)(?![\s-]+of\b)|(?!))))",
    re.I,
    words=("half",),
    anchor=r"\bhalf\b",
    before=30,
    after=40,
)
def _half_year(m, ctx):
    """ "the first half of 2009", "second-half profit": a half year, YYYY-H1 or YYYY-H2."""
    half = 1 if m.group("ord").lower() in ("first", "1st") else 2
    if (
        m.group("the")
        and not (m.group("of") or m.group("noun"))
        and not _sentence_has(m.start(), ctx, cal.ECONOMIC_CONTEXT_WORDS)
    ):
        return None  # a bare "the second half" is as often a match's as a year's
    if m.group("own_year"):
        fiscal = "FY" if m.group("own_fy") else ""
        return Timex(m.start(), m.end(), "DATE", f"{fiscal}{m.group('own_year')}-H{half}")
    if m.group("year"):
        return Timex(m.start(), m.end(), "DATE", f"{m.group('year')}-H{half}")
    if m.group("fy"):
        return Timex(m.start(), m.end(), "DATE", f"FY{m.group('fy')}-H{half}")
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", f"XXXX-H{half}")
    rel = (m.group("rel") or "").lower().replace("the ", "")
    year = ctx.dct.year + cal.RELATIVE_OFFSETS.get(rel, 0)
    if not m.group("of"):  # "first-half profit": the half the tense points to
        half_over = ctx.dct >= date(ctx.dct.year, 6 * half, 30 if half == 1 else 31)
        half_begun = ctx.dct >= date(ctx.dct.year, 1 if half == 1 else 7, 1)
        tense = ctx.tense(m.start(), m.end())
        # results reported are for a half that is over; other past events need only its start
        if tense == "past" and not (half_over if _reports_results(m, ctx) else half_begun):
            year -= 1
        elif tense == "future" and half_over:
            year += 1
    return Timex(m.start(), m.end(), "DATE", f"{year:04d}-H{half}")


def _reports_results(m: re.Match[str], ctx: Context) -> bool:
    """ "first-half profit", "sales fell in the first half": results, reported for a period over."""
    return bool(m.group("noun")) or _sentence_has(m.start(), ctx, cal.PERIOD_RESULT_WORDS)


_CENTURY_AS_AN_ADJECTIVE = re.compile(r"(?:st|nd|rd|th)[-‐]century$", re.I)
# "the nineteenth century"; "the twenty first century"
_CENTURY_ORDINAL_WORD = trie_pattern([w for w, n in cal.DAY_ORDINAL_WORDS.items() if n <= 22]).replace(
    r"\-", r"[\s-]"
)
# "44 BC", "753 B.C.", "300 BCE", "AD 79", "79 CE": written as such, in capitals
ERA = r"(?-i:BCE|B\.C\.E\.|BC|B\.C\.|AD|A\.D\.|CE|C\.E\.)(?!\w)"


# "Century" in capitals, then a name: "Twentieth Century Fox"
_A_NAME_AFTER_CENTURY = re.compile(r"(?<=Century)\s+[A-Z]")


def _before_christ(era: str | None) -> bool:
    return bool(era) and era.startswith("B")


@recogniser(
    "century",
    rf"\b{_PART_OF_A_SPAN}(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?"
    rf"(?:(?P<ord>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{_CENTURY_ORDINAL_WORD}))[\s-]+century\b"
    rf"(?:\s+(?P<era>{ERA}))?",
    re.I,
    # every ordinal ends so, written in digits or in words
    anchor=r"(?:st|nd|rd|th)[\s-]+century\b",
    before=60,
    after=8,
    anchor_keys=("century",),
    key_reach=(15, 0),
)
def _century(m, ctx):
    """ "the 19th century", "the fifth century BC" (`BC04`), "the first century AD"; not "its first
    century" with no era, a hundred years."""
    nth = int(m.group("ord")) if m.group("ord") else _day_number(m.group("word"))
    if m.group("word") and nth == 1 and not m.group("era"):
        return None
    if _A_NAME_AFTER_CENTURY.match(ctx.text, m.end()) and not m.group().lower().startswith("the"):
        return None  # "Twentieth Century Fox", "a 21st Century Fund report": a name
    part = _part_of_a_span(m, f"{nth - 1:02d}", _mod(m.group("edge")))
    if not part:
        return None
    value, mod = part
    if _before_christ(m.group("era")):
        value = "BC" + value
    start = m.start()
    if _CENTURY_AS_AN_ADJECTIVE.search(m.group()) and not (m.group("part") or m.group("edge_of")):
        # "the 18th-century church"
        start = m.start("edge") if m.group("edge") else m.start("ord" if m.group("ord") else "word")
    return Timex(start, m.end(), "DATE", value, mod)


@recogniser(
    "era-year",
    r"(?<![\w.,$£€#])(?:(?-i:AD|A\.D\.)\s?(?P<ad>[1-9]\d{0,3})(?![\w,.]?\d|\w)"
    rf"|(?P<year>[1-9]\d?,\d{{3}}|[1-9]\d{{0,3}})\s?(?P<era>{ERA}))",
    words=("bc", "bce", "ad", "ce"),
    contains=("b.c.", "a.d.", "c.e."),
    anchor=ERA,
    before=12,
    after=8,
)
def _era_year(m, ctx):
    """ "44 BC" → `BC0044`, "AD 79" and "79 CE" → `0079`; not "the 2013 BC election": before a
    modern year, "BC" is British Columbia."""
    if m.group("ad"):
        return Timex(m.start(), m.end(), "DATE", year_text(int(m.group("ad"))))
    year = int(m.group("year").replace(",", ""))
    if not _before_christ(m.group("era")):
        return Timex(m.start(), m.end(), "DATE", year_text(year))
    if m.group("era") == "BC" and year in cal.MODERN_YEARS_NOT_BEFORE_CHRIST:
        return None
    return Timex(m.start(), m.end(), "DATE", year_text(1 - year))


_NAMED_DECADE = trie_pattern(sorted(cal.NAMED_DECADES)).replace(r"\ ", r"\s+")


@recogniser(
    "decade-word",
    rf"\bthe\s+(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<named>{_NAMED_DECADE})"
    rf"|(?P<word>{trie_pattern(sorted(cal.DECADE_WORDS))}))\b",
    re.I,
    words=tuple(cal.DECADE_WORDS),
)
def _decade_word(m, ctx):
    """ "the nineties": the latest such decade begun by the reference date; "the Swinging Sixties"
    the one so named."""
    if m.group("named"):
        named = cal.NAMED_DECADES[" ".join(m.group("named").lower().split())]
        return Timex(m.start(), m.end(), "DATE", named, _mod(m.group("edge")))
    digit = cal.DECADE_WORDS[m.group("word").lower()]
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "DATE", f"XX{digit}", _mod(m.group("edge")))
    century = ctx.dct.year // 100 - (1 if ctx.dct.year % 100 < digit * 10 else 0)
    return Timex(m.start(), m.end(), "DATE", f"{century:02d}{digit}", _mod(m.group("edge")))


@recogniser(
    "year-range",
    rf"(?<![\d$£€#.,])(?P<y1>{YEAR})\s*[-–—/]\s*(?P<y2>{YEAR}|\d\d)(?![\d%])",
    contains=_DIGITS,
    anchor=YEAR,
    before=10,
    after=10,
)
def _year_range(m, ctx):
    y2 = m.group("y2")
    if len(y2) == 2:
        y2 = m.group("y1")[:2] + y2
    if int(y2) <= int(m.group("y1")):
        return None
    return [
        Timex(m.start("y1"), m.end("y1"), "DATE", m.group("y1")),
        Timex(m.start("y2"), m.end("y2"), "DATE", y2),
    ]


_COUNT_AFTER = re.compile(
    # a plural: not "crisis", "census", "class"
    r"^\s*(?:(?!(?:was|is|has|does|as|its|his|this|thus|plus|versus|sees|saw|marks|brings)\b)[a-z]+(?<![siu])s"
    r"|people|men|women|children|staff|police|percent|per\s+cent|troops)\b"
)
_A_PLURAL_DATED_BY_THE_YEAR_AFTER = re.compile(
    r"^\s*(?:" + trie_pattern(sorted(cal.PLURALS_DATED_BY_A_YEAR)) + r")\b", re.I
)
_YEAR_OF_RESULTS = re.compile(r"^\s*(?:" + trie_pattern(sorted(cal.PERIOD_RESULT_WORDS)) + r")\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|your)|\w['’]s)\s+$", re.I)
_THE_YEAR_BEFORE = re.compile(r"\bthe\s+year\s+$", re.I)
# an approximate year needs a preposition of time: "rose to about 1500" is a count
_APPROX_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|until|till|before|after|during)\s+(?P<approx>about|around|roughly|approximately)"
    r"|\b(?P<circa>circa|c\.|ca\.))\s+$",
    re.I,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]|\bNo\.?|\bnumber|\bof|\babout|\bsome|\bnearly|\bover|\baround)\s*$", re.I
)


_LABEL_BEFORE_A_NUMBER = re.compile(
    r"(?:(?<![\w.])H\.?\s?R\.?|(?<![\w.])S\.|\b(?:" + "|".join(cal.LABELS_BEFORE_A_NUMBER) + r"))\s+$"
)

# "1600 Pennsylvania Avenue", "2100 Main St.", "1700 K Street": the number of a house
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:" + "|".join(cal.STREET_SUFFIXES) + r")\b(?![’'-])"
)


def _a_house_number(ctx: Context, start: int, end: int) -> bool:
    if not _STREET_AFTER.match(ctx.text, end):
        return False
    if _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 12), start):
        return False  # "Egypt's 2011 Tahrir Square protests": a year
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 12), start)
    word = before.group(1).lower() if before else ""
    return word not in cal.WORDS_BEFORE_A_YEAR_NOT_AN_ADDRESS and word not in cal.MONTHS


@recogniser(
    "year",
    # glued to a letter it is part of a name: "@givens1613", "#Election2016"
    rf"(?<![\d$£€#.,:/A-Za-z-])(?P<year>{YEAR})(?![\d%:/]|,\d|\.\d|-\d)",
    contains=("1", "2"),
    anchor=YEAR,
    before=2,
    after=25,
)
def _year(m, ctx):
    after = ctx.text[m.end() : m.end() + 20]
    if (
        _COUNT_AFTER.match(after)
        and not _A_PLURAL_DATED_BY_THE_YEAR_AFTER.match(after)
        and not _YEAR_OF_RESULTS.match(after)
        and not _POSSESSIVE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None  # 2000 troops, but "its 1989 results", "the company's 2004 sales"
    approx = _APPROX_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if approx:  # "in about 1990", "since around 2005", "circa 1950"
        start = approx.start("approx") if approx.group("approx") else approx.start("circa")
        return Timex(start, m.end(), "DATE", m.group("year"), "APPROX")
    before = ctx.text[max(0, m.start() - 10) : m.start()]
    if _NOT_YEAR_BEFORE.search(before) and not re.search(r"\bof\s*$", before, re.I):
        return None
    if _LABEL_BEFORE_A_NUMBER.search(ctx.text, max(0, m.start() - 14), m.start()):
        return None  # "H.R. 2022", "Resolution 2334", "Flight 1549": a number that names
    if _a_house_number(ctx, m.start(), m.end()):
        return None
    the_year = _THE_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())  # "the year 2000"
    return Timex(the_year.start() if the_year else m.start(), m.end(), "DATE", m.group("year"))


_ZONE_OFFSET = r"(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d\d)?"
_NOT_A_ZONE = "|".join(sorted(cal.NOT_A_ZONE))
# "Eastern time", "London time", "New York time", "Pacific Daylight Time"; not "p.m. The time"
_PLACE_TIME = (
    rf"(?-i:(?!(?i:{_NOT_A_ZONE})\s)(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:\s+(?:Standard|Daylight|Summer|Mean))?"
    r"\s+[Tt]ime)"
)
_TZ = (
    rf"(?:{_ZONE_OFFSET}|\({_ZONE_OFFSET}\)|"  # before the abbreviations: "GMT+2" is not GMT
    + "|".join([*cal.TIME_ZONE_ABBREVIATIONS, *(z.lower() for z in cal.TIME_ZONE_ABBREVIATIONS)])
    + rf"|local\s+time|{_PLACE_TIME}"
    + "|(?-i:"
    + "|".join(cal.TIME_ZONE_REGIONS)
    + "))"
)


def _time_in_view(start: int, end: int, ctx: Context, time: str, mod: str | None = None) -> Timex:
    """A time of day with no day named: on the reference date (or a day unknown) until
    `_anchor_times` finds the day its sentence names."""
    day = "XXXX-XX-XX" if ctx.dct is None else ctx.dct.isoformat()
    return Timex(start, end, "TIME", f"{day}T{time}", mod, floating=True)


def _clock(hour: int, minute: int, tz: str | None = None) -> str:
    zone = "Z" if tz and " ".join(tz.lower().split()) in cal.UTC_ZONES else ""
    return f"{hour:02d}:{minute:02d}{zone}"


_AMPM_CLOCK = r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])(?P<dot>\.)?\s?m\b(?(dot)\.?)"
# a clock time that ends the words before a date (see Context.tense)
_CLOCK_TIME_AT_THE_END = re.compile(
    # "0100 GMT Saturday": four digits are a clock time only with their zone
    rf"(?:(?:{_AMPM_CLOCK}|\bnoon|\bmidnight)(?:\s+{_TZ}(?!\w))?|\b(?:[01]\d|2[0-3])[0-5]\d\s+{_TZ}(?!\w))\s*$",
    re.I,
)


_AMPM_WORDS = (
    "am",
    "pm",
    "m",
    *(f"{n}{half}" for n in (*range(60), *(f"{n:02d}" for n in range(10))) for half in ("am", "pm")),
)


@recogniser(
    "clock-ampm",
    rf"{_AMPM_CLOCK}(?:\s+(?P<tz>{_TZ})(?!\w))?",
    re.I,
    # "7pm" and "10.30pm" are words of their own; "a.m." is "a" and "m": "m" is the rarer
    anchor=r"(?<![a-z])[ap]\.?\s?m\b",
    before=12,
    after=32,
    anchor_keys=_AMPM_WORDS,
    key_reach=(4, 0),
)
def _clock_ampm(m, ctx):
    hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
    minute = int(m.group("m") or 0)
    return _time_in_view(m.start(), m.end(), ctx, _clock(hour, minute, m.group("tz")))


_HOUR_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|until|till|by|from|to|around|about|after|before|past|since|or)\s+$", re.I
)


@recogniser(
    "o-clock",
    rf"\b(?P<h>1[0-2]|[1-9]|{trie_pattern(list(cal.CLOCK_HOURS))})(?P<oclock>\s+o['’]clock)?"
    r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+(?P<night>at\s+night))?\b",
    re.I,
    contains=("o'clock", "o’clock", "in the morning", "in the afternoon", "in the evening", "at night"),
    phrase_anchors=True,
    before=16,
    after=18,
)
def _o_clock(m, ctx):
    """ "ten o'clock", "three in the morning", "ten at night": an hour."""
    if not m.group("oclock"):
        if not (m.group("part") or m.group("night")):
            return None
        if not _HOUR_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            return None  # "no one in the morning"
    hour = m.group("h").lower()
    hours = cal.CLOCK_HOURS.get(hour) or int(hour)
    part = (m.group("part") or "").lower()
    if hours == 12 and part == "morning":
        hours = 0
    elif part or m.group("night"):
        hours = _hour_in_part_of_day(hours, cal.PARTS_OF_DAY[part] if part else "NI")
    return _time_in_view(m.start(), m.end(), ctx, _clock(hours, 0))


_MINUTES_WORD = trie_pattern(sorted(cal.MINUTES_ON_THE_HOUR)).replace(r"\ ", r"\s+").replace(r"\-", r"[\s-]")
_CLOCK_HOUR_WORD = trie_pattern(list(cal.CLOCK_HOURS))
# "to" needs a time preposition before it: "at ten to eleven", but not "odds of ten to one"; unlike
# _HOUR_PREPOSITION_BEFORE, not "from", "to" or "or", which open a span of numbers ("from five to ten")
_TIME_PREPOSITIONS = ("at", "until", "till", "by", "around", "about", "after", "before", "since", "just")
_TIME_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(_TIME_PREPOSITIONS)})\s+$", re.I)


@recogniser(
    "minutes-on-the-hour",
    rf"\b(?P<min>{_MINUTES_WORD}|[1-9]|[12]\d)(?:\s+minutes?)?\s+(?P<rel>past|to)\s+"
    rf"(?P<h>1[0-2]|[1-9]|{_CLOCK_HOUR_WORD})(?![\w:-]|\.\d)(?P<oclock>\s+o['’]clock)?"
    r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+(?P<night>at\s+night))?",
    re.I,
    # "to" is in every text; the minutes before it are words ("ten to six"), which gate it
    words=("past", *(word for word in cal.MINUTES_ON_THE_HOUR if " " not in word and "-" not in word)),
    anchor=rf"\b(?:past|to)\s+(?:1[0-2]|[1-9]|{_CLOCK_HOUR_WORD})\b",
    before=30,
    after=40,
)
def _minutes_on_the_hour(m, ctx):
    """ "half past nine", "a quarter to eleven", "twenty past six in the evening": a clock time."""
    minutes_said = " ".join(m.group("min").lower().replace("-", " ").split())
    minutes = int(minutes_said) if minutes_said.isdigit() else cal.MINUTES_ON_THE_HOUR.get(minutes_said)
    if minutes is None:
        return None
    to_the_hour = m.group("rel").lower() == "to"
    if to_the_hour and minutes_said.isdigit():
        return None  # "rose 10 to 12": the words gate "to", and digits are no sign of a time
    # "odds of ten to one", "from five to ten", "it was 5 past 2": a time only where one is expected
    if (to_the_hour or minutes_said.isdigit()) and not (
        m.group("oclock")
        or m.group("part")
        or m.group("night")
        or _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None
    hour_said = m.group("h").lower()
    hour = cal.CLOCK_HOURS.get(hour_said) or int(hour_said)
    if to_the_hour:
        hour, minutes = (hour - 1) or 12, 60 - minutes
    part = (m.group("part") or "").lower()
    if hour == 12 and part == "morning":
        hour = 0
    elif part or m.group("night"):
        hour = _hour_in_part_of_day(hour, cal.PARTS_OF_DAY[part] if part else "NI")
    return _time_in_view(m.start(), m.end(), ctx, _clock(hour, minutes))


def _hour_in_part_of_day(hour: int, part: str) -> int:
    """ "three in the afternoon", "8:30 tonight": a clock hour read on a 24-hour clock."""
    if hour < 12 and (part in ("AF", "EV") or (part == "NI" and hour >= 6)):
        return hour + 12
    return hour


_A_RECORDING_POSITION_AFTER = re.compile(rf"\s+(?:{'|'.join(cal.POSITIONS_IN_A_RECORDING)})\b")


_RACE_TIME_BEFORE = re.compile(r"(?<!\bas\s)\b(?:in|of)\s+$", re.I)


@recogniser(
    "clock-24h",
    # not a race time: "7:39.89"
    rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)(?:\s+(?P<tz>{_TZ})(?!\w))?",
    contains=(":",),
    anchor=r":[0-5]\d",  # a literal first character: found as fast as str.find
    before=3,
    after=32,
)
def _clock_24h(m, ctx):
    if not m.group("tz") and _RACE_TIME_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "won in 7:41", "a time of 3:59": how long, not when
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    if before and before.group(1) in cal.SCRIPTURE_BOOKS:
        return None  # "citing Exodus 18:21": a chapter and verse
    if _A_RECORDING_POSITION_AFTER.match(ctx.text, m.end()):
        return None  # "the comments start around the 2:05 mark": a place in a recording
    clock = _clock(int(m.group("h")), int(m.group("m")), m.group("tz"))
    return _time_in_view(m.start(), m.end(), ctx, clock)


# a part of a day that a bare clock number may stand before: "at 9.30 on Saturday night"
_PART_OF_A_DAY_AFTER = (
    rf"\s+(?:this\s+{PART}|tonight|last\s+night|in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
    rf"|(?:on\s+)?(?:{WEEKDAY}|yesterday|tomorrow)\s+{PART})\b"
)


_TONIGHT_AFTER = re.compile(r"\s+tonight\b", re.I)


@recogniser(
    "clock-before-part-of-day",
    # "at 9.30 on Saturday night", "at 7 tonight", "22.10 local time": a number is a clock time
    # only where a part of the day or a zone follows; "closed at 1.45 on Friday" is a price
    r"(?<![\d.,:$£€#])(?P<h>[01]?\d|2[0-3])(?:\.(?P<m>[0-5]\d))?(?![\d%]|[.,:]\d)"
    rf"(?:(?={_PART_OF_A_DAY_AFTER})|\s+(?P<tz>{_TZ})(?!\w))",
    words=(*_PART_WORDS, "tonight"),
    contains=("gmt", "utc", "local time", " time"),
    anchor=rf"\d(?:(?={_PART_OF_A_DAY_AFTER})|\s+{_TZ}(?!\w))",
    before=5,
    after=40,
    anchor_keys=(*_PART_WORDS, "tonight", "time", *(zone.lower() for zone in cal.TIME_ZONE_ABBREVIATIONS)),
    key_reach=(40, 10),
)
def _clock_before_part_of_day(m, ctx):
    """ "at 11.45 on Tuesday night", "at 7 tonight": a clock time that `_anchor_times` joins to its day."""
    if m.group("m") is None and m.group("tz"):
        return None  # "at 14 GMT" is no way to write a time; "the 12 Eastern" is a count
    if not m.group("tz") and not _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "won 2 this morning": a score; a time needs "at", "by", "until" before it
    if m.group("m") is None and not _TONIGHT_AFTER.match(ctx.text, m.end()):
        return None  # "the toll stood at 10 on Friday night": a count; "at 7 tonight" is a time
    clock = _clock(int(m.group("h")), int(m.group("m") or 0), m.group("tz"))
    return _time_in_view(m.start(), m.end(), ctx, clock)


@recogniser(
    "military-time",
    r"(?<![\d:.,$])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<tz>UTC|GMT|local\s+time)\b",
    contains=("utc", "gmt", "local time"),
    anchor=r"\b(?:UTC|GMT|local\s+time)\b",
    before=20,
    after=0,
)
def _military_time(m, ctx):
    """ "at 0800 UTC", "at 0900 local time": four digits are a time only after a time preposition
    and before a zone."""
    if not re.search(
        r"(?:\b(?:at|by|around|about|from|until|till|before|after|to)\s+|\()$",
        ctx.text[max(0, m.start() - 8) : m.start()],
        re.I,
    ):
        return None
    return _clock_24h(m, ctx)


@recogniser(
    "noon-midnight",
    rf"\b(?P<word>noon|midday|midnight)\b(?:\s+(?P<tz>{_TZ})(?!\w))?",
    re.I,
    after=32,
    anchor_words=("noon", "midday", "midnight"),
)
def _noon(m, ctx):
    hour = 12 if m.group("word").lower() in ("noon", "midday") else 24
    return _time_in_view(m.start(), m.end(), ctx, _clock(hour, 0, m.group("tz")))


@recogniser(
    "twilight",
    # the preposition may open the sentence ("By nightfall, …"); "Dawn French" is no time
    r"\b(?i:at|before|after|until|till|by|from|since|around|near|to|towards?)\s+(?P<word>"
    + trie_pattern(sorted(cal.TWILIGHT_PARTS)).replace(r"\ ", r"\s+")
    + r")\b",
    words=tuple(sorted(word for word in cal.TWILIGHT_PARTS if " " not in word)),
    contains=tuple(sorted(word for word in cal.TWILIGHT_PARTS if " " in word)),  # "first" is too common
    anchor=trie_pattern(sorted(cal.TWILIGHT_PARTS)).replace(r"\ ", r"\s+"),
    before=12,
    after=1,
)
def _twilight(m, ctx):
    """ "at dawn", "until dusk": the part of the day it opens or closes; "Dawn French" is no time."""
    part = cal.TWILIGHT_PARTS[" ".join(m.group("word").split())]
    return _time_in_view(m.start("word"), m.end(), ctx, part)


@recogniser(
    "every",
    rf"\b(?:[Ee]very|[Ee]ach)\s+(?:(?P<n>other|few|several|{NUMBER})\s+(?P<units>(?:day|week|month|year|hour|minute)s?)\b|"
    rf"(?:other\s+)?(?P<what>day|week|fortnight|month|year|quarter|hour|morning|afternoon|evening|night|weekend|{WEEKDAY}"
    rf"|(?i:{SEASON})|{MONTH_FULL})\b)",
    anchor_words=("every", "each"),
    before=0,
    after=60,
)
def _every(m, ctx):
    if m.group("units"):  # "every two weeks", "every other day"
        n = m.group("n").lower()
        amount = 2 if n == "other" else None if n in ("few", "several") else number_value(n)
        return Timex(m.start(), m.end(), "SET", duration_value(amount, m.group("units")))
    what = m.group("what").lower()
    if what in cal.WEEKDAYS:
        return Timex(m.start(), m.end(), "SET", f"XXXX-WXX-{cal.WEEKDAYS[what]}")
    if what in cal.PARTS_OF_DAY:
        return Timex(m.start(), m.end(), "SET", f"XXXX-XX-XXT{cal.PARTS_OF_DAY[what]}")
    if what in cal.SEASONS:
        return Timex(m.start(), m.end(), "SET", f"XXXX-{cal.SEASONS[what]}")
    if what == "weekend":  # as "at weekends"
        return Timex(m.start(), m.end(), "SET", "XXXX-WXX-WE")
    if what in cal.MONTHS:  # "every January"
        return Timex(m.start(), m.end(), "SET", f"XXXX-{cal.MONTHS[what]:02d}")
    return Timex(m.start(), m.end(), "SET", duration_value(1, what))


_A_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w’']*\s+$")


def _a_name_or_the_paper(text: str, start: int) -> bool:
    """ "Happy Mondays", "I Don't Like Mondays": a name; "he read the Sundays": the papers."""
    if _A_CAPITALISED_WORD_BEFORE.search(text, max(0, start - 20), start):
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(word) and word.group(1).lower() == "the"


@recogniser(
    "weekday-plural",
    rf"\b(?:(?P<pre>(?i:on|most|some|at))\s+)?(?P<wd>{WEEKDAY}|(?i:weekend))(?:s|\s+(?P<part>{PART})s)\b",
    words=_WEEKDAY_TRIGGERS + tuple(f"{name}s" for name in cal.WEEKDAYS) + ("weekends",),
    anchor_words=(*(f"{day}s" for day in cal.WEEKDAYS), "weekends", *(f"{p}s" for p in _PART_WORDS)),
    before=20,
    after=12,
)
def _weekday_plural(m, ctx):
    """ "closed on Sundays", "on Friday nights", "at weekends": every such day."""
    day = m.group("wd").lower()
    pre = (m.group("pre") or "").lower()
    if day != "weekend" and pre == "at":
        return None  # "at weekends" is British; "at Mondays club" is a name
    if not pre and (day == "weekend" or _a_name_or_the_paper(ctx.text, m.start())):
        return None  # "weekends" alone is a noun
    value = f"XXXX-WXX-{'WE' if day == 'weekend' else cal.WEEKDAYS[day]}"
    if m.group("part"):
        value += f"T{cal.PARTS_OF_DAY[m.group('part').lower()]}"
    return Timex(m.start("wd"), m.end(), "SET", value)


@recogniser(
    "frequency",
    rf"\b(?P<word>{trie_pattern(sorted(cal.FREQUENCY_WORDS))})\b",
    re.I,
    anchor_words=tuple(word for word in cal.FREQUENCY_WORDS if "-" not in word),
    before=6,
    after=1,
)
def _frequency(m, ctx):
    """ "paid monthly", "weekly jobless claims", "an annual profit": how often."""
    word = m.group("word").lower()
    if not ctx.text[m.start()].islower() and not _SENTENCE_START_BEFORE.search(
        ctx.text, max(0, m.start() - 4), m.start()
    ):
        return None  # "the Daily Telegraph", "The Weekly Standard": a title
    if re.search(r"[A-Za-z]-$", ctx.text[max(0, m.start() - 2) : m.start()]):
        return None  # "bi-weekly", "half-hourly", "near-daily": not once per unit
    title = _A_TITLE_AFTER.match(ctx.text, m.end()) if word in cal.PUBLICATION_FREQUENCIES else None
    if title and title.group(1).lower() not in cal.MONTHS and title.group(1).lower() not in cal.WEEKDAYS:
        return None  # "the trade weekly Screen International", "the Israeli daily Haaretz": a paper
    if word in cal.PUBLICATION_FREQUENCIES and _a_paper_after_its_determiner(m, ctx):
        return None
    noun = _NOUN_AFTER.match(ctx.text, m.end())
    pay = _PAY_KIND_AFTER.match(ctx.text, m.end())
    if word == "hourly" and pay and pay.group(1).lower() in cal.HOURLY_PAY_WORDS:
        return None  # "hourly workers": paid by the hour, a kind of job
    if noun and (
        noun.group(1).lower() in cal.PUBLICATION_NOUNS
        or _PROMO_OWNER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None  # "your daily guide", "a weekly newsletter": a thing to read, not how often
    return Timex(m.start(), m.end(), "SET", duration_value(*cal.FREQUENCY_WORDS[word]))


def _a_paper_after_its_determiner(m: re.Match[str], ctx: Context) -> bool:
    """ "the business daily said", "told a national weekly.": not "the loan is paid monthly.", "the
    trains daily."."""
    if not _A_PAPER_ENDS_AFTER.match(ctx.text, m.end()):
        return False
    before = _A_DETERMINER_AND_MODIFIERS_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    return before is not None and not any(
        _marker(word)
        or word.lower() in cal.PASSIVE_AUXILIARIES
        or (word.endswith("s") and word.lower() not in cal.KINDS_OF_PAPER_IN_S)
        for word in before.group(1).split()
    )


@recogniser(
    "per-unit",
    r"\bper\s+(?P<unit>second|minute|hour|day|week|month|quarter|year|annum)\b",
    re.I,
    before=0,
    after=10,
    anchor_words=("per",),
)
def _per_unit(m, ctx):
    """ "$4.85 per hour", "100,000 barrels per day", "per annum": a rate, each such unit."""
    unit = m.group("unit").lower()
    return Timex(m.start(), m.end(), "SET", duration_value(1, "year" if unit == "annum" else unit))


@recogniser(
    "times-a-unit-adjective",
    r"\b(?:once|twice|thrice)-(?:a|an|per)-(?P<unit>day|week|fortnight|month|quarter|year|decade|century)\b",
    re.I,
    anchor_words=("once", "twice", "thrice"),
    before=0,
    after=20,
)
def _times_a_unit_adjective(m, ctx):
    """ "the once-a-decade congress", "a twice-a-year review": how often, as "once a decade" is."""
    return Timex(m.start(), m.end(), "SET", duration_value(1, m.group("unit")))


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)$")
# what may stand before a capitalised word that opens a sentence, a quote or a clause
_OPENS_A_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?:;—–(\[\"“‘'][\"”’]?\s*|\n\s*|\s-\s+)$")
# a name that ends its noun phrase: "weekly Screen International.", "daily Haaretz reported"
_A_TITLE_AFTER = re.compile(
    r"\s+([A-Z][\w'’]*)(?:\s+(?:[A-Z][\w'’]*|de|du|la|le))*(?=\s*(?:[.,;:)!?\"”]|$)"
    r"|\s+(?:said|says|reported|reports|quoted|wrote|writes|newspaper|magazine)\b)"
)
# "told the daily.", "the business daily said": a paper, known by its determiner and what comes after
_A_PAPER_ENDS_AFTER = re.compile(
    r"\s*(?:[.,;:)!?\"”]|$)|\s+(?:said|says|reported|reports|quoted|wrote|writes|cited|added)\b"
)
_A_DETERMINER_AND_MODIFIERS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(cal.DETERMINERS_BEFORE_AN_ADJECTIVE))})\s+((?:[\w'’-]+\s+){{0,2}})$",
    re.I,
)
_PAY_KIND_AFTER = re.compile(r"\s+(?:(?:and|or)\s+)?([a-z]+)")
_PROMO_OWNER_BEFORE = re.compile(r"\b(?:your|our|my)\s+$", re.I)


@recogniser(
    "year-season",
    # lower case: not "the 2006 Winter Olympics"
    rf"\b(?:{'|'.join(sorted(cal.DETERMINERS_BEFORE_AN_ADJECTIVE))}|\w+['’]s)\s+(?P<year>{YEAR})\s+"
    rf"(?-i:(?P<season>{'|'.join(cal.SEASONS)}))\b(?!-)",
    re.I,
    anchor_words=_SEASON_WORDS,
    before=40,
    after=0,
)
def _year_season(m, ctx):
    """ "its 2006 autumn conference", "the 2004 summer": the season of that year."""
    season = cal.SEASONS[m.group("season").lower()]
    return Timex(m.start("year"), m.end(), "DATE", f"{m.group('year')}-{season}")


_SEASON_LEADS = "this|next|last|early|late|the|" + "|".join(sorted(cal.SEASON_LEADS))
# "the fall of Rome", "the fall in prices", "the spring from which it flows", "the winter of
# discontent": not seasons
_FALL_NOUN_AFTER = re.compile(r"\s+(?:of|in|from|to|on|at)\b", re.I)
_SEASON_NOUN_AFTER = re.compile(r"\s+of\b", re.I)
_A_KIND_OF_NOUN_AFTER = re.compile(
    r"\s+(?:" + trie_pattern(sorted(cal.NOUNS_A_SEASON_MAKES_A_KIND)) + r")\b(?![-'’])", re.I
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


@recogniser(
    "season",
    rf"\b(?:(?P<rel>{_SEASON_LEADS})\s+)?(?P<season>{SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR})(?:[-–/](?P<year_after>\d\d))?)?\b(?![-–/]?\d)",
    re.I,
    anchor_words=_SEASON_WORDS,
    before=14,
    after=10,
)
def _season(m, ctx):
    rel = (m.group("rel") or "").lower()
    name = m.group("season").lower()
    if not rel and not m.group("year"):
        return None
    if m.group("year_after") and int(m.group("year_after")) != (int(m.group("year")) + 1) % 100:
        return None  # "the winter of 2010-11" spans two years; "summer 2010-14" is not one season
    year_after = None if m.group("year") else _relative_year_after(ctx, m.end())
    if not m.group("year") and year_after is None:
        also_a_noun = name in cal.SEASONS_ALSO_NOUNS
        noun_after = (_FALL_NOUN_AFTER if also_a_noun else _SEASON_NOUN_AFTER).match(ctx.text, m.end())
        capitalised = ctx.text[m.start("season")].isupper()
        if capitalised and rel in cal.NOT_BEFORE_A_CAPITAL_SEASON:
            return None  # "a free kick by Winter": a name
        # "the Winter Olympic Games", "in its Autumn Statement": a name; not "the autumn Tests"
        if (
            capitalised
            and rel not in cal.RELATIVE_OFFSETS
            and _CAPITALISED_WORD_AFTER.match(ctx.text, m.end())
        ):
            return None
        if _A_KIND_OF_NOUN_AFTER.match(ctx.text, m.end()):
            return None  # "the summer analysts", "their winter coats": a kind, not a time
        if rel == "the":
            # "until at least the spring": the word before the hedge leads
            lead_window = ctx.text[max(0, m.start() - 36) : m.start()]
            lead_window = _A_HEDGE_AFTER_A_LEAD_AT_THE_END.sub(" ", lead_window)
            before = _WORD_BEFORE.search(lead_window)
            after_lead = bool(before) and before.group(1).lower() in cal.SEASON_LEADS
            after_lead = after_lead or bool(_A_HEDGE_AT_THE_END.search(lead_window))
            # "a memorial is planned for the spring"
            after_lead = after_lead or bool(
                _SCHEDULED_FOR_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
            )
            if noun_after or (also_a_noun and not after_lead):
                return None
        elif also_a_noun and (noun_after or rel in cal.NOT_BEFORE_A_SEASON_NOUN):
            return None  # "a late fall in prices", "her fall from grace"
    season = cal.SEASONS[name]
    start = m.start() if rel in ("this", "next", "last", "early", "late") else m.start("season")
    if m.group("year"):
        return Timex(start, m.end(), "DATE", f"{m.group('year')}-{season}")
    if year_after is None and ctx.dct is None:
        return Timex(start, m.end(), "DATE", f"XXXX-{season}")
    year = year_after  # "the spring of next year"
    if year is None:
        offset = cal.RELATIVE_OFFSETS.get(rel, 0)
        if offset == 0 and rel in cal.RELATIVE_OFFSETS:
            return None  # "this summer" is the grain's (_this_seasons_year), read once
        if rel not in cal.RELATIVE_OFFSETS:  # "began in the fall": the season the tense points to
            begins = date(ctx.dct.year, cal.SEASON_START_MONTH[season], 1)
            tense = ctx.tense(m.start(), m.end())
            if tense == "past" and begins > ctx.dct:
                offset = -1
            elif tense == "future" and begins + relativedelta(months=3) <= ctx.dct:
                offset = 1
        year = ctx.dct.year + offset
    mod = _mod(rel)
    return Timex(start, m.end(), "DATE", f"{year:04d}-{season}", mod)


def _this_seasons_year(season: str, m: re.Match[str], ctx: Context) -> int:
    """The year of "this winter", "this summer": the season under way at the reference date; else the
    one of the reference year, unless that is over and the season is told ahead or in the present
    ("will marry this spring", "is expecting a child this summer", said in December: the next one).
    A season of a year gone is "last spring", whatever the tense."""
    dct = ctx.dct
    under_way_year = dct.year - 1 if dct.month < cal.SEASON_START_MONTH["SP"] else dct.year
    starts = [(year, date(year, cal.SEASON_START_MONTH[season], 1)) for year in (under_way_year, dct.year)]
    for year, begins in starts:
        if begins <= dct < begins + relativedelta(months=3):
            return year
    begins = date(dct.year, cal.SEASON_START_MONTH[season], 1)
    if begins > dct:
        return dct.year  # a season of a year gone is "last spring"; one still ahead is this year's
    tense = ctx.tense(m.start(), m.end())
    if tense == "future" or (tense == "unknown" and _told_in_the_present(ctx, m.start(), m.end())):
        return dct.year + 1
    return dct.year


@recogniser(
    "anaphoric-season",
    rf"\b(?:that\s+(?P<same>(?:same|very)\s+)?(?P<that>{SEASON})"
    rf"|the\s+(?P<step>following|next|previous|preceding)\s+(?P<stepped>{SEASON})"
    rf"|(?P<season>{SEASON})\s+of\s+{_THE_YEAR_IN_VIEW})"
    r"\b(?![-'’])",
    re.I,
    anchor_words=_SEASON_WORDS,
    before=20,
    after=30,
)
def _anaphoric_season(m, ctx):
    """ "married that summer", "that same summer", "the following spring", "the autumn of that year":
    a season of the year in view."""
    group = "that" if m.group("that") else "stepped" if m.group("stepped") else "season"
    name = m.group(group).lower()  # the match may be on the lower-cased text
    capitalised = ctx.text[m.start(group)].isupper()
    if capitalised and (group == "that" or _CAPITALISED_WORD_AFTER.match(ctx.text, m.end())):
        return None  # "the following Winter Olympics", "that Spring Festival": a name
    if group == "that" and not m.group("same") and _opens_a_that_clause(ctx.text, m.start()):
        return None  # "said that winter would be hard": the conjunction, then the season
    noun_after = _FALL_NOUN_AFTER if name == "fall" else _SEASON_NOUN_AFTER
    if group != "season" and noun_after.match(ctx.text, m.end()):
        return None  # "that fall in prices", "the following winter of discontent", "that summer of 2015"
    if group == "stepped":
        if m.group("step").lower() == "next" and not _the_next_in_a_story(m, ctx):
            return None  # "the next winter will be hard": from now (grain)
        step = cal.ANAPHORIC_OFFSETS[m.group("step").lower()]
        anaphor = Anaphor("year", 0, season=cal.SEASONS[name], step_to_named=step)
    else:
        offset = cal.ANAPHORIC_OFFSETS[(m.group("rel") or m.group("dir") or "same").lower()]
        anaphor = Anaphor("year", offset, season=cal.SEASONS[name])
    # "the autumn of that year" starts at its season, as "the spring of 2016" does
    start = m.start("season") if m.group("season") else m.start()
    return Timex(start, m.end(), "DATE", _PENDING, anaphor=anaphor)


def _last_or_next_season(season: str, dct: date, step: int) -> int:
    """ "last autumn": the latest one over by the reference date (in December, this year's);
    "next winter": the first one to begin after it (in October, this year's)."""
    year = dct.year + 1 if step < 0 else dct.year - 1
    while True:
        begins = date(year, cal.SEASON_START_MONTH[season], 1)
        if step < 0 and begins + relativedelta(months=3) <= dct:
            return year
        if step > 0 and begins > dct:
            return year
        year += step


# ---------------------------------------------------------------------------------------------
# Running the recognisers


@dataclass
class _Gates:
    by_word: dict[str, list[int]]  # a gate word → the recognisers it lets run
    words: frozenset[str]  # by_word's keys: a set meets a frozenset faster than a dict's keys
    always: list[int]
    # a phrase's words, indexed under its longest: each then costs a look-up only in texts that
    # have that word ("christmas" of "christmas eve")
    by_phrase_word: dict[str, list[tuple[int, frozenset[str]]]]
    phrase_words: frozenset[str]
    # run if the text has one of their phrases as a substring; each phrase with the words it must
    # have whole, which rule most texts out by look-ups before any scan of the text
    by_substring: list[tuple[int, frozenset[str], tuple[tuple[str, frozenset[str]], ...]]]


_GATES: _Gates | None = None


def words_a_substring_needs(phrase: str) -> frozenset[str]:
    """The gate words any text holding ``phrase`` has: the runs of letters and digits of the phrase
    with a character of another kind on each side ("local" of " local time"), as they are whole in
    the text too."""
    return frozenset(
        m.group() for m in _GATE_WORD.finditer(phrase) if m.start() > 0 and m.end() < len(phrase)
    )


def _build_gates() -> _Gates:
    gates = _Gates({}, frozenset(), [], {}, frozenset(), [])
    for place, rec in enumerate(RECOGNISERS):
        for word in rec.words:
            gates.by_word.setdefault(word, []).append(place)
        if not rec.words and not rec.contains:
            gates.always.append(place)
        elif rec.phrase_words:
            for need in rec.phrase_words:
                if not need:  # a phrase of no letters nor digits: any text may hold it
                    gates.always.append(place)
                    continue
                gates.by_phrase_word.setdefault(max(sorted(need), key=len), []).append((place, need))
        elif rec.contains:
            phrases = tuple((phrase, words_a_substring_needs(phrase)) for phrase in rec.contains)
            gates.by_substring.append((place, rec.words, phrases))
    gates.words, gates.phrase_words = frozenset(gates.by_word), frozenset(gates.by_phrase_word)
    return gates


def recognisers_to_run(words: set[str], lowered: str) -> list[int]:
    """The places in RECOGNISERS of those whose gate the text passes (``may_match``), in order:
    a look-up per word of the text is cheaper than asking each recogniser in turn."""
    global _GATES
    if _GATES is None:
        _GATES = _build_gates()
    to_run = set(_GATES.always)
    for word in words & _GATES.words:
        to_run.update(_GATES.by_word[word])
    for word in words & _GATES.phrase_words:
        for place, need in _GATES.by_phrase_word[word]:
            if need <= words:
                to_run.add(place)
    for place, their_words, phrases in _GATES.by_substring:
        if place in to_run or not their_words.isdisjoint(words):
            to_run.add(place)
            continue
        for phrase, need in phrases:  # a loop: any() over a generator costs a third more here
            if need <= words and phrase in lowered:
                to_run.add(place)
                break
    return sorted(to_run)


def find_dates(text: str, reference: date | None) -> list[Timex]:
    """Every temporal expression of a text, in document order, normalised against ``reference``
    (between EARLIEST_REFERENCE and LATEST_REFERENCE, or None)."""
    if reference is not None and not EARLIEST_REFERENCE <= reference <= LATEST_REFERENCE:
        raise ValueError(f"reference date {reference} is outside {EARLIEST_REFERENCE} to {LATEST_REFERENCE}")
    ctx = Context(text, reference)
    lowered = text.lower()
    words = gate_words(lowered)
    same_length_lowered = lowered if len(lowered) == len(text) else None
    candidates: list[tuple[int, int, int, Timex]] = []
    for priority in recognisers_to_run(words, lowered):
        rec = RECOGNISERS[priority]
        for m in _matches(rec, text, same_length_lowered, ctx, words):
            found = rec.handler(m, ctx)
            if found is None:
                continue
            for timex in found if isinstance(found, list) else [found]:
                if timex.value and timex.end > timex.start:
                    candidates.append((timex.start, timex.end, priority, timex))
    found = [
        t
        for t in _resolve_overlaps(candidates, text)
        if not (_a_quoted_title(t, text) or _a_count_in_a_name(t, ctx))
    ]
    found = _dates_later_in_a_dated_story(_days_written_again(_event_days(found, ctx), ctx), ctx)
    found = _lower_ends_of_ranges(_durations_added_up(_amount_modifiers(found, ctx), ctx), ctx)
    found = _ranges_start_before_their_end(found, ctx)
    found = _periods_ended_on(found, ctx)
    found = _holidays_on_the_day_named(_the_year_named_after(_resolve_anaphora(found, ctx), ctx), ctx)
    found = _the_year_framing_its_sentence(found, ctx)
    # after the widening: "the final quarter of the year" is whole
    found = _the_year_of_a_part_of_the_year(_parts_of_named_days(_anchor_times(found, ctx), ctx), ctx)
    return _runs_end_on_the_date_they_name(found, ctx, words)


_OF_THE_YEAR = re.compile(r"\b(?:of|in)\s+the\s+year$", re.I)
_A_YEAR_NAMED = re.compile(r"\d{4}(?![\dX])")


def _the_year_of_a_part_of_the_year(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "prices rose 15% over 2004, but only 3% in the second half of the year": told in the past, the
    year is the one its sentence named before it, not the reference year. With none named, a part
    of the year still ahead, told in the past, is last year's ("profit rose in the second half of
    the year", said in February); told ahead, a part gone ("will rise in the first quarter of the
    year", said in November) is next year's."""
    for timex in found:
        if (
            ctx.dct is None
            or timex.type != "DATE"
            or not _A_YEAR_NAMED.match(timex.value)
            or not _OF_THE_YEAR.search(ctx.text, timex.start, timex.end)
        ):
            continue
        tense = ctx.tense(timex.start, timex.end)
        if tense == "past":
            year = _year_written_before(timex.start, ctx)
            if year and int(year) < ctx.dct.year:
                timex.value = year + timex.value[4:]
                continue
        if tense not in ("past", "future") or not timex.value.startswith(f"{ctx.dct.year:04d}"):
            continue
        bounds = _part_of_a_year_bounds(timex.value[4:], timex.mod)
        if bounds is None:
            continue
        first, last = (date(ctx.dct.year, *day) for day in bounds)
        if tense == "past" and first > ctx.dct:
            timex.value = f"{ctx.dct.year - 1:04d}{timex.value[4:]}"
        elif tense == "future" and last < ctx.dct:
            timex.value = f"{ctx.dct.year + 1:04d}{timex.value[4:]}"
    return found


_PART_OF_A_YEAR = re.compile(
    r"(?:-(?P<half>H[12])|-(?P<quarter>Q[1-4])|-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?"
)


def _part_of_a_year_bounds(part: str, mod: str | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (month, day) of a part of a year written after its year ("-H2", "-Q4",
    "-03", "-12-31"), or of the whole year's edge that ``mod`` names."""
    m = _PART_OF_A_YEAR.fullmatch(part)
    if m is None:
        return None
    if m["half"]:
        return ((1, 1), (6, 30)) if m["half"] == "H1" else ((7, 1), (12, 31))
    if m["quarter"]:
        q = int(m["quarter"][1])
        return (3 * q - 2, 1), (3 * q, monthrange(2001, 3 * q)[1])
    if m["month"]:
        month = int(m["month"])
        if m["day"]:
            return (month, int(m["day"])), (month, int(m["day"]))
        return (month, 1), (month, monthrange(2001, month)[1])
    # a whole year: only its edges lie on one side of a reference date
    return {"START": ((1, 1), (3, 31)), "END": ((10, 1), (12, 31))}.get(mod or "")


_YEAR_FRAME_OPENS = re.compile(
    rf"\s*(?:(?:{trie_pattern(sorted(cal.CONJUNCTIONS_OPENING_A_SENTENCE))})\s+)?"
    # "Obama, in his 2008 campaign against Clinton, lost …": the frame set off after a named subject
    r"(?:(?-i:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s+)?(?:"
    + "|".join(lead.replace(" ", r"\s+") for lead in cal.YEAR_FRAME_LEADS)
    + rf")\s+(?:(?:the|{'|'.join(sorted(cal.POSSESSIVE_DETERMINERS))})\s+)?$",
    re.I,
)
_A_BARE_MONTH_OR_SEASON = re.compile(rf"\b(?:{MONTH}|{SEASON})\b", re.I)
_MONTH_OR_SEASON_VALUE = re.compile(r"\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)")


def _the_year_framing_its_sentence(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "In 2008, Obama's campaign began airing ads in mid-September": a sentence that opens on a
    year sets the year of the months and seasons it names after, up to the first date of
    another year ("In 2005 it lost $1.6 billion and recently reported a fall for July")."""
    for at, frame in enumerate(found[:-1]):
        # the cheap tests first: most dates are no year, and need no sentence
        if frame.type != "DATE" or not _A_YEAR_NAMED.match(frame.value):
            continue
        if not _A_YEAR.search(ctx.text, frame.start, frame.end):
            continue
        sentence_start, sentence_end = ctx.sentence(frame.start)
        if at and found[at - 1].start >= sentence_start:
            continue  # a frame is the first date of its sentence
        if not _YEAR_FRAME_OPENS.fullmatch(ctx.text, sentence_start, frame.start):
            continue
        for following in range(at + 1, len(found)):  # no slice: a copy per frame is quadratic
            previous, timex = found[following - 1], found[following]
            if timex.start >= sentence_end:
                break
            if previous.value[:4] != frame.value[:4] or ";" in ctx.text[previous.end : timex.start]:
                break
            if value := _in_another_year(timex, frame.value[:4], ctx):
                timex.value = value
    return found


def _in_another_year(timex: Timex, year: str, ctx: Context) -> str | None:
    """The value of a month, season or holiday with no year written, in another year; None for any
    other date, or one that names its year or a relation to now ("last March", "this Christmas")."""
    written = ctx.text[timex.start : timex.end]
    if _A_YEAR.search(written) or any(w.lower() in cal.NOT_IN_A_YEAR_FRAME for w in _WORD.findall(written)):
        return None
    if _A_BARE_MONTH_OR_SEASON.search(written):
        if not _MONTH_OR_SEASON_VALUE.fullmatch(timex.value) or timex.value[5:] == "02-29":
            return None
        return year + timex.value[4:]
    holiday = _HOLIDAY_PATTERN.match(written)  # the name alone: not "the day after Christmas"
    if holiday and _FULL_DATE.fullmatch(timex.value):
        day = holiday_date(" ".join(holiday.group().split()), int(year))
        return day.isoformat() if day else None
    return None


_IN_OR_OF_BETWEEN = re.compile(r"\s+(?:(?P<of>of)|in)\s+")


def _the_year_named_after(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "on March 5 in 1973", "at Easter in 1916", "on March 5 of that year": a date written without
    its year takes the one named right after it; "March 5 of 1973" is one expression, as "March of
    1973" is."""
    kept: list[Timex] = []
    for timex in found:
        before = kept[-1] if kept else None
        joined = before and _IN_OR_OF_BETWEEN.fullmatch(ctx.text, before.end, timex.start)
        if (
            joined
            and timex.type == "DATE"
            and _A_YEAR_NAMED.fullmatch(timex.value)
            and (value := _in_another_year(before, timex.value, ctx))
        ):
            before.value = value
            if joined.group("of") and _A_YEAR.fullmatch(ctx.text, timex.start, timex.end):
                before.end = timex.end
                continue
        kept.append(timex)
    return kept


_ON_BETWEEN = re.compile(r",?\s+on\s+", re.I)
_A_MONTH_IN = re.compile(rf"\b{MONTH}")


def _holidays_on_the_day_named(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "will celebrate Christmas on Jan. 7", "marked Easter on April 16": a holiday followed by the
    day it is kept on falls on that day, whatever the calendar it is kept by."""
    for holiday, day in pairwise(found):
        if (
            holiday.type == day.type == "DATE"
            and _FULL_DATE.fullmatch(holiday.value)
            and _FULL_DATE.fullmatch(day.value)
            and _ON_BETWEEN.fullmatch(ctx.text, holiday.end, day.start)
            and _A_MONTH_IN.search(ctx.text, day.start, day.end)  # not "at Christmas on Monday"
            and _HOLIDAY_PATTERN.fullmatch(ctx.text, holiday.start, holiday.end)
        ):
            holiday.value = day.value
    return found


_A_WORD_IN_PROSE = re.compile(r"\b[a-z][a-z’'-]{3,}\b")


def _a_count_in_a_name(timex: Timex, ctx: Context) -> bool:
    """ "a cameo in 24 Hour Party People", "told 60 Minutes that", "the movie 13 Hours": a count
    before a unit in capitals, in a sentence of lower-case words, is a title or a name; not in a
    headline ("Action In First 100 Days As President")."""
    written = ctx.text[timex.start : timex.end].split()
    if timex.type != "DURATION" or len(written) != 2 or not written[1][:1].isupper():
        return False
    count = written[0].lower()
    if not (count[:1].isdigit() or count in cal.NUMBER_WORDS):
        return False
    s_start, s_end = ctx.sentence(timex.start)
    return bool(
        _A_WORD_IN_PROSE.search(ctx.text, s_start, timex.start)
        or _A_WORD_IN_PROSE.search(ctx.text, timex.end, s_end)
    )


# '' closes a quotation in some wires; a lone ' does when no letter follows: "Movie '13 Hours' Is"
_CLOSING_QUOTE = re.compile(r"[.,!?]?(?:[”\"’]|''|'(?!\w))")


_TITLE_WORD = r"(?:[A-Z][\w’'.]*|\d+)"
_LOWER_CASE_TITLE_WORD = rf"(?:{'|'.join(sorted(cal.LOWER_CASE_WORDS_IN_A_TITLE))})"
# an opening quote, not an apostrophe ending a word: "Benghazi Movie ’13 Hours’"
_TITLE_QUOTE_OPENS = r"(?:[“\"‘]|''|``|(?<![\w.,])['’])"
# words in capitals, with the short words a title keeps between them: not "What a Super Tuesday!"
_TITLE_OPENS_BEFORE = re.compile(
    rf"{_TITLE_QUOTE_OPENS}[A-Z][\w’'.]*(?:\s+(?:{_LOWER_CASE_TITLE_WORD}\s+){{0,2}}{_TITLE_WORD}){{0,4}}\s+$"
)
_TITLE_CLOSES_AFTER = re.compile(
    rf"(?:\s+(?:{_LOWER_CASE_TITLE_WORD}\s+){{0,2}}{_TITLE_WORD}){{1,4}}{_CLOSING_QUOTE.pattern}"
)
_OPENS_A_TITLE_AT_ONCE = re.compile(_TITLE_QUOTE_OPENS)


def _a_quoted_title(timex: Timex, text: str) -> bool:
    """ABC's “This Week”, CBS's “This Morning”, “Fox News Sunday”, “Sunday Morning Futures”: a name
    in quotes, every word capitalised."""
    if not timex.start:
        return False
    written = text[timex.start : timex.end].split()
    capitalised = [
        word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word)) for word in written
    ]
    # "The 40-Year-Old Virgin" is in title case, and so is "13 Hours"; "the 40-year-old" is not
    in_title_case = all(up or word.isdigit() for up, word in zip(capitalised, written, strict=True))
    if not (any(capitalised) and in_title_case):
        return False
    closes_at_once = bool(_CLOSING_QUOTE.match(text, timex.end))
    if not (closes_at_once or _TITLE_CLOSES_AFTER.match(text, timex.end)):
        return False
    if _OPENS_A_TITLE_AT_ONCE.search(text, max(0, timex.start - 2), timex.start):
        return len(written) > 1 or not closes_at_once  # a bare “Tuesday” in quotes is a day
    return bool(_TITLE_OPENS_BEFORE.search(text, max(0, timex.start - 60), timex.start))


_JOINED_AS_A_RANGE = re.compile(_RANGE_JOINER)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def _ranges_start_before_their_end(found: list[Timex], ctx: Context) -> list[Timex]:
    """A range starts on the last such day before its end. "from October to March", "between Dec. 20
    and Jan. 5": the end's year stands, and the start is the year before when it falls later in the
    year; "from Monday to Friday": the start is the week before when it falls after the end."""
    for at in range(len(found) - 1):
        first, then = found[at], found[at + 1]
        if first.type != "DATE" or then.type != "DATE":
            continue
        if not (_MONTH_VALUE.fullmatch(first.value) and _MONTH_VALUE.fullmatch(then.value)):
            continue
        if _WRITTEN_YEAR.search(ctx.text, first.start, first.end) or not _a_range(found, at, ctx):
            continue
        if _WRITTEN_MONTH.search(ctx.text, first.start, first.end):
            year = int(then.value[:4]) - (1 if first.value[5:] > then.value[5:] else 0)
            first.value = f"{year:04d}{first.value[4:]}"
        elif _WRITTEN_WEEKDAY.fullmatch(ctx.text, first.start, first.end):
            _weekday_range_start(first, then)  # not a holiday: "from Easter to Christmas" keeps its days
    return found


def _a_range(found: list[Timex], at: int, ctx: Context) -> bool:
    """ "from May to June", "between May and June"; not "in May and June", nor a chain of three."""
    first, then = found[at], found[at + 1]
    before_first = found[at - 1] if at else None
    after_then = found[at + 2] if at + 2 < len(found) else None
    if (before_first and _JOINED_AS_A_RANGE.fullmatch(ctx.text, before_first.end, first.start)) or (
        after_then and _JOINED_AS_A_RANGE.fullmatch(ctx.text, then.end, after_then.start)
    ):
        return False  # "swapped from May to April to March": a chain, not a range
    between = ctx.text[first.end : then.start]
    after_between = _BETWEEN_BEFORE.search(ctx.text, max(0, first.start - 10), first.start)
    return bool(_JOINED_AS_A_RANGE.fullmatch(between)) and (between.strip() != "and" or bool(after_between))


_WRITTEN_MONTH = re.compile(rf"{MONTH_FULL}|\d{{1,2}}[/.-]\d{{1,2}}")
_WRITTEN_WEEKDAY = re.compile(rf"(?:(?:this|next|last|on|coming|past)\s+)?{WEEKDAY}", re.I)


def _weekday_range_start(first: Timex, then: Timex) -> None:
    """ "from Monday to Friday": the range starts on the last such day before its end."""
    start, end = date.fromisoformat(first.value), _FULL_DATE.match(then.value)
    if end is None:
        return
    end_day = date.fromisoformat(end.group())
    while start > end_day:
        start -= timedelta(weeks=1)
    first.value = start.isoformat()


_AMOUNT_MODIFIER = re.compile(
    r"(?:^|(?<=[^A-Za-z’']))(?P<mod>" + trie_pattern(list(cal.AMOUNT_MODIFIERS)) + r")\s+$", re.I
)
_AMOUNT = re.compile(rf"(?:{NUMBER}|half|quarters?|several|a\s+few)\b", re.I)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _last_word(written: str) -> str:
    """The last run of ASCII letters, lower-cased, when only non-word characters follow it."""
    last = _LAST_WORD.search(written)
    return last.group(1).lower() if last else ""


_OR_SO_AFTER = re.compile(rf"\s+or\s+(?:{_OR_AFTER})\b", re.I)
_A_NUMBER_ROUGHLY = re.compile(
    rf"\b(?:(?:{NUMBER}|{VAGUE_AMOUNT})(?:\s+{UNIT})?|{UNIT})"
    rf"(?P<after>-(?:{_HYPHENED_AFTER})|\s+or\s+(?:{_OR_AFTER}))\b",
    re.I,
)


_APPROXIMATE_CLOCK_BEFORE = re.compile(rf"\b(?P<mod>{'|'.join(cal.APPROXIMATE_CLOCK_WORDS)})\s+$", re.I)
# "from about 11:40 a.m. to about 5:30 p.m.": the ends of a range of times, which a number alone
# cannot be ("from five to ten")
_TIME_PREPOSITION_OR_RANGE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_TIME_PREPOSITIONS)}|from|to|between)\s+$", re.I
)
_CLOCK_VALUE = re.compile(r"T\d")


_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<MO>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<H>\d+)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?"
)
_LARGEST_PART_FIRST = ("Y", "MO", "W", "D", "H", "MI", "S")
# "an hour and 45 minutes", "2 hours, 20 minutes"; not "three days, and 20 hours of talks followed"
_ADDED_DURATION_JOINER = re.compile(r"\s+and\s+|,?\s+")


def _duration_parts(value: str) -> dict[str, float] | None:
    written = _DURATION_PARTS.fullmatch(value)
    if written is None:
        return None
    return {
        part: float(n) if "." in n else int(n) for part, n in written.groupdict().items() if n is not None
    }


def _duration_of_parts(parts: dict[str, float]) -> str:
    if "W" in parts and len(parts) > 1:  # ISO 8601 writes weeks alone: "two weeks and three days" is P17D
        weeks = parts["W"]
        parts = {part: n for part, n in parts.items() if part != "W"}
        parts["D"] = parts.get("D", 0) + 7 * weeks
    date_part = "".join(f"{parts[p]}{p[0]}" for p in ("Y", "MO", "W", "D") if p in parts)
    time_part = "".join(f"{parts[p]}{p[0]}" for p in ("H", "MI", "S") if p in parts)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _durations_added_up(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "an hour and 45 minutes", "three years, two months": one length, each unit smaller than
    the one before it."""
    kept: list[Timex] = []
    for timex in found:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.type == timex.type == "DURATION"
            and timex.mod is None
            and _ADDED_DURATION_JOINER.fullmatch(ctx.text, last.end, timex.start)
            and "-" not in ctx.text[last.start : timex.end]  # "a two-year, 10-month term"
        ):
            first, second = _duration_parts(last.value), _duration_parts(timex.value)
            if first and second and _smallest_part(first) < _largest_part(second):
                last.end, last.value = timex.end, _duration_of_parts({**first, **second})
                continue
        kept.append(timex)
    return kept


def _largest_part(parts: dict[str, float]) -> int:
    return min(_LARGEST_PART_FIRST.index(part) for part in parts)


def _smallest_part(parts: dict[str, float]) -> int:
    return max(_LARGEST_PART_FIRST.index(part) for part in parts)


# "four to six weeks", "two or three days", "4-6 weeks", "between two and three years"
_LOWER_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?P<count>{NUMBER})(?:\s+(?:to|or)\s+|\s*(?:--|[-–—])\s*)$"
    rf"|\bbetween\s+(?P<between>{NUMBER})\s+and\s+$",
    re.I,
)
_A_COUNT_AND_ITS_UNIT = re.compile(rf"(?P<count>{NUMBER})\s+(?P<unit>{UNIT})", re.I)


def _lower_ends_of_ranges(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "four to six weeks", "between two and three years": the lower count takes the unit of the
    higher and is an expression of its own, as "from Monday to Friday" is two."""
    kept: list[Timex] = []
    for timex in found:
        lower = _lower_end_of(timex, kept[-1].end if kept else 0, ctx) if timex.type == "DURATION" else None
        if lower is not None:
            kept.append(lower)
        kept.append(timex)
    return kept


def _lower_end_of(upper: Timex, floor: int, ctx: Context) -> Timex | None:
    counted = _A_COUNT_AND_ITS_UNIT.fullmatch(ctx.text, upper.start, upper.end)
    lower = counted and _LOWER_COUNT_BEFORE.search(ctx.text, max(floor, upper.start - 40), upper.start)
    if not lower:
        return None
    group = "count" if lower.group("count") else "between"
    low, high = number_value(lower.group(group)), number_value(counted.group("count"))
    if low is None or high is None or not 0 < low < high:
        return None
    return Timex(lower.start(group), lower.end(group), "DURATION", duration_value(low, counted.group("unit")))


_AN_ARTICLE_OPENS = re.compile(r"an?\s", re.I)


def _amount_modifiers(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "more than 40 years", "about a week ago": the modifier joins the extent and sets ``mod``;
    "at about 3 p.m." is a clock time given roughly."""
    for timex in found:
        if timex.type == "TIME" and not timex.mod and _CLOCK_VALUE.search(timex.value):
            roughly = _APPROXIMATE_CLOCK_BEFORE.search(ctx.text, max(0, timex.start - 16), timex.start)
            if roughly and (
                roughly.group("mod").lower() != "about" or _about_a_time(ctx.text, roughly.start())
            ):
                timex.start, timex.mod = roughly.start(), "APPROX"
            continue
        if timex.type not in ("DURATION", "DATE") or timex.mod:
            continue
        if timex.type == "DURATION" and (or_so := _OR_SO_AFTER.match(ctx.text, timex.end)):
            timex.end = or_so.end()  # "a week or so"
        written = ctx.text[timex.start : timex.end]
        # a rough amount is hyphened or has an "or": most extents have neither, and need no search
        rough = None
        if "-" in written or "or" in written.lower():
            rough = _A_NUMBER_ROUGHLY.search(ctx.text, timex.start, timex.end)
        last_word = "" if timex.type == "DURATION" else _last_word(written)
        if rough is not None:
            column = 0 if timex.type == "DURATION" else 1 if last_word in cal.COUNTED_BACK_WORDS else 2
            # "20-odd years", "a year or so ago": about; "five-plus months": more than
            roughly = cal.AMOUNT_MODIFIERS_AFTER[" ".join(rough.group("after").lower().split())]
            timex.mod = cal.AMOUNT_MODIFIERS[roughly][column]
            continue
        if not _AMOUNT.match(ctx.text, timex.start):
            continue
        if timex.type == "DURATION":
            if "-" in written and not _AN_ARTICLE_OPENS.match(written):
                continue  # "the nearly 10-month invasion": the adjective is marked alone
            column = 0
        elif last_word in cal.COUNTED_BACK_WORDS:
            column = 1
        elif last_word in cal.COUNTED_ON_WORDS:
            column = 2
        else:
            continue
        modifier = _AMOUNT_MODIFIER.search(ctx.text, max(0, timex.start - 20), timex.start)
        if modifier is None:
            continue
        words = " ".join(modifier.group("mod").lower().split())
        before = _WORD_BEFORE.search(ctx.text, max(0, modifier.start() - 20), modifier.start())
        word_before = before.group(1).lower() if before else ""
        if words in ("over", "under") and column == 0 and not _over_as_an_amount(ctx.text, before):
            continue  # "spread over two years"; but "over a year ago" is always more than a year
        if words == "about" and word_before in cal.ABOUT_AS_TOPIC_AFTER:
            continue  # "talked about two years of war"
        timex.start = modifier.start()
        timex.mod = cal.AMOUNT_MODIFIERS[words][column]
    return found


def _about_a_time(text: str, at: int) -> bool:
    """Whether the "about" at ``at``, before a clock time, gives the time roughly: "happened about
    10 p.m.", "at about 3 p.m."; not the topic of "complained about 3 a.m. calls"."""
    if _TIME_PREPOSITION_OR_RANGE_BEFORE.search(text, max(0, at - 8), at):
        return True
    before = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return before is None or before.group(1).lower() not in cal.ABOUT_AS_TOPIC_AFTER


def _over_as_an_amount(text: str, the_word_before: re.Match[str] | None) -> bool:
    """Whether "over"/"under" before a duration bounds it ("in over six years") or spans it, by the
    match of the word before it."""
    if the_word_before is None:
        return False
    word = the_word_before.group(1).lower()
    if word not in cal.AMOUNT_OVER_UNDER_AFTER:
        return False
    if word != "in":
        return True
    verb = _WORD_BEFORE.search(text, max(0, the_word_before.start() - 20), the_word_before.start())
    return verb is None or verb.group(1).lower() not in cal.VERBS_WITH_IN_AS_PARTICLE


_PART_OF = re.compile(
    rf"\b(?:the\s+)?(?:(?P<part>{PART})|(?P<small>{SMALL_HOURS}))\s+of\s+(?:the\s+)?$", re.I
)
_AN_EDGED_PART_BEFORE = re.compile(rf"\b{_EDGE_OF_A_PART}(?P<part>{PART})\s+$", re.I)
# "the week of March 5", "the week ending March 15" (the jobless-claims week): the week it falls in
_WEEK_OF = re.compile(
    r"\bthe\s+(?P<unit>week|weekend)\s+(?:of\s+(?:the\s+)?|(?<=week\s)end(?:ing|ed)\s+)$", re.I
)
_NTH_WEEK_OF = re.compile(rf"\bthe\s+(?P<nth>{_ORDINAL_WORD}|last|final)\s+week\s+of\s+$", re.I)
# "the first month of the year", "the last day of 2015", "the final quarter of the year"
_NTH_UNIT_OF = re.compile(
    rf"\b(?:the\s+)?(?P<nth>{_ORDINAL_WORD}|last|final)\s+(?P<unit>day|month|quarter)\s+of\s+$", re.I
)
_UNITS_IN_A_YEAR = {"month": 12, "quarter": 4}
_MONTH_OR_YEAR = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")
# "the end of the first quarter", "the start of the summer": an edge of a period named after it
_EDGE_OF = re.compile(
    rf"\b(?:the\s+)?(?P<edge>{'|'.join(n for n in _EDGE_NOUNS if n != 'turn')})"
    r"\s+(?:of|(?<=start\s)to|(?<=end\s)to)\s+(?:the\s+)?$",  # "a bright start to 2005"
    re.I,
)
_WORD_OR_SPAN_AFTER = re.compile(r"\s+([A-Za-z][\w.]*)|(\s*[/–-]\s*\d)")
_PERIOD = re.compile(r"(?:FY)?\d{2,4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|0[1-9]|1[0-2]))?")


def _nth_week(value: str, nth: int) -> str | None:
    """The ISO week that is the nth (or last, -1) of a month or year: the nth holding one of its Thursdays."""
    period = _MONTH_OR_YEAR.fullmatch(value)
    if not period:
        return None
    year, month = int(period["year"]), int(period["month"] or 0)
    first_day = date(year, month or 1, 1)
    if nth < 0:
        first_day += relativedelta(months=1) if month else relativedelta(years=1)
    first_thursday = first_day + relativedelta(weekday=TH(+1 if nth > 0 else -1), days=0 if nth > 0 else -1)
    week_year, number, _ = (first_thursday + relativedelta(weeks=max(nth, 1) - 1)).isocalendar()
    return f"{week_year:04d}-W{number:02d}"


_A_RUN = re.compile(_RUN, re.I)
_RUN_ENDS_ON = re.compile(r",?\s+(?:in|on|during)\s+")
_RUN_AFTER_ITS_END = re.compile(r"\s+for\s+")  # "topped 9% in 2004 for the second year in a row"
# "On Monday, prices rose for a sixth straight session": a date opening the sentence ends its run
_A_DATE_OPENING_A_RUN = re.compile(r"\s*(?:(?:and|but|so|yet|then)\s+)?(?:(?:on|in|during)\s+)?", re.I)
# "For the fourth straight month, sales rose in December": a run opening the sentence ends on the
# date of the clause, but not on one it is measured from ("after falling in December")
_A_RUN_OPENING_A_SENTENCE = re.compile(r"\s*(?:for\s+)?", re.I)
_NOT_THE_END_OF_A_RUN_BETWEEN = re.compile(
    r";|\b(?:since|after|from|than|before|until|till|compared|against|versus)\b", re.I
)
_VALUE_OF_GRAIN = {
    "day": re.compile(r"\d{4}-\d\d-\d\d"),
    "session": re.compile(r"\d{4}-\d\d-\d\d"),
    "week": re.compile(r"\d{4}-W\d\d"),
    "month": re.compile(r"\d{4}-\d\d"),
    "quarter": re.compile(r"\d{4}-Q\d"),
    "year": re.compile(r"\d{4}"),
}


_EVENT_WORDS_AFTER = {
    month_day: re.compile(r"[\s-]+(?:" + trie_pattern(sorted(nouns)).replace(r"\ ", r"\s+") + r")\b", re.I)
    for month_day, (_, nouns) in cal.EVENT_DAYS.items()
}
_AN_OBSERVANCE_AFTER = re.compile(r"['’]?[\s-]+(?:" + trie_pattern(cal.NOUNS_OF_AN_OBSERVANCE) + r")\b", re.I)
_MONTH_DAY_VALUE = re.compile(r"\d{4}-(?P<month>\d\d)-(?P<day>\d\d)")
_A_YEAR_WRITTEN = re.compile(r"\d{3,4}|['’]\d\d")


def _event_days(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "the Sept. 11 attacks", "the Jan. 6 committee": a day with no year that names an event is
    the event's day, once it has happened; "a Sept. 11 memorial service" is this year's day."""
    for timex in found:
        written = _MONTH_DAY_VALUE.fullmatch(timex.value) if timex.type == "DATE" else None
        if not written:
            continue
        month_day = (int(written.group("month")), int(written.group("day")))
        event = cal.EVENT_DAYS.get(month_day)
        if event is None or _A_YEAR_WRITTEN.search(ctx.text, timex.start, timex.end):
            continue
        day = date(event[0], *month_day)
        if ctx.dct is not None and ctx.dct < day:
            continue
        event_words = _EVENT_WORDS_AFTER[month_day].match(ctx.text, timex.end)
        if event_words and not _AN_OBSERVANCE_AFTER.match(ctx.text, event_words.end()):
            timex.value = day.isoformat()
    return found


# "this March 3", "every Sept. 11", "Tuesday, March 3": a day that says its own year
_A_YEAR_SAID_BEFORE = re.compile(r"\b(?:this|last|next|every|each)\s+$", re.I)
_A_WEEKDAY_IN = re.compile(rf"\b{WEEKDAY}\b", re.I)
# a day named by its month or its holiday, not counted from now ("yesterday", "two days ago")
_A_MONTH_OR_HOLIDAY_IN = re.compile(rf"\b(?:{MONTH}|(?i:{HOLIDAY}))")


def _days_written_again(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "the attack on March 3, 2019 … since March 3", "after 9/11 … after Sept. 11": a day written
    without its year that repeats a day written before with its year (or as its event) is that day."""
    days_with_a_year: dict[str, str] = {}
    for timex in found:
        written = _MONTH_DAY_VALUE.fullmatch(timex.value) if timex.type == "DATE" else None
        if not written:
            continue
        month_day = timex.value[5:]
        span = ctx.text[timex.start : timex.end]
        if _A_YEAR_WRITTEN.search(span) or span in cal.EVENT_DAYS_NAMED_BY_NUMBERS_ALONE:
            days_with_a_year[month_day] = timex.value
        elif (
            month_day in days_with_a_year
            and _A_MONTH_OR_HOLIDAY_IN.search(span)
            and _tied_to_no_year(timex, span, ctx)
        ):
            timex.value = days_with_a_year[month_day]
    return found


def _tied_to_no_year(timex: Timex, span: str, ctx: Context) -> bool:
    """A date written without its year and with nothing that ties it to one: not "Thursday, Dec. 1"
    (a day of this week), "this March 3", nor "May 5 next year"."""
    return (
        not _A_WEEKDAY_IN.search(span)
        and not _A_YEAR_SAID_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start)
        and _relative_year_after(ctx, timex.end) is None
    )


# a date on the calendar: a month, a day, or a time of a day
_A_CALENDAR_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d)(?P<time>T.+)?)?")
_A_DATE_COMPARED_WITH = re.compile(
    rf"\b(?:{trie_pattern(sorted(cal.WORDS_BEFORE_A_DATE_COMPARED_WITH))})\s+"
    # an amount between: "down from £2.6bn in January 2004", "from 3% in January 2012"
    r"(?:[£$€]?\d[\d.,]*\S*\s+(?:in\s+)?)?(?:(?:in|of|on)\s+)?(?:the\s+)?$",
    re.I,
)
# how far after the story's last date its next one may come
_DAYS_A_STORY_RUNS_ON = 62
_MONTHS_A_STORY_RUNS_ON = 2


def _dates_later_in_a_dated_story(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "On March 2, 2015, the Times revealed … On March 25, Platte River …", "In June 2001, … In
    August, she flew to New York", said in 2016: told in the past, a month or a day written without
    its year, in the paragraph of the story's last date or the next, up to two months after that
    date of an earlier year (written with its year, or counted on from one: "a month later"), with
    no other year's date between, is in the story's year."""
    if ctx.dct is None:
        return found
    story: date | None = None  # the story's last date, while it is in an earlier year
    story_end = 0
    for timex in found:
        parts = _A_CALENDAR_VALUE.fullmatch(timex.value) if timex.type in ("DATE", "TIME") else None
        if parts is None:
            if story is not None and timex.type == "DATE" and timex.value[:4].isdigit():
                story = None  # "in 2016", "the 1990s": the story has moved to another year
            continue
        span = ctx.text[timex.start : timex.end]
        if timex.type == "TIME" and not _A_MONTH_IN.search(span):
            continue  # "at 6 p.m.": a clock time takes its day later (_anchor_times)
        year_written = _A_YEAR_WRITTEN.search(span)
        if story is None and not year_written:
            continue  # most dates: no story to be in, and none to start
        day = parts.group("day")
        when = date(int(parts.group("year")), int(parts.group("month")), int(day or 1))
        if year_written:
            # "the biggest rise since December 1998", "down from £2.6bn in January 2004": a date
            # measured against is no story's
            compared = _A_DATE_COMPARED_WITH.search(ctx.text, max(0, timex.start - 40), timex.start)
            told = when.year < ctx.dct.year and not compared
            story, story_end = (when, timex.end) if told else (None, 0)
            continue
        if _a_date_of_the_story(timex, span, story_end, ctx):
            later = _the_date_after(story, when.month, when.day if day else None)
            if later is not None and later.year != when.year and ctx.tense(timex.start, timex.end) == "past":
                written = later.isoformat() if day else later.isoformat()[:7]
                timex.value = written + (parts.group("time") or "")
                story, story_end = max(story, later), timex.end
                continue
        if when.year != story.year:
            story = None  # "on Tuesday", "in March" of this year: the story has come back to now
        elif when >= story:
            story, story_end = when, timex.end  # "a month later": the story goes on
    return found


def _a_date_of_the_story(timex: Timex, span: str, story_end: int, ctx: Context) -> bool:
    """A month or day named by its month alone, in the paragraph of the story's last date or the next,
    with nothing that ties it to now ("last November", "this March 3", "May 5 next year")."""
    return bool(
        _A_MONTH_IN.search(span)
        and not any(w.lower() in cal.NOT_IN_A_YEAR_FRAME for w in _WORD.findall(span))
        and ctx.text.count("\n", story_end, timex.start) <= 2
        and _tied_to_no_year(timex, span, ctx)
    )


def _the_date_after(story: date, month: int, day: int | None) -> date | None:
    """The first day (or month, as its first day) with that month after the story's date, in the
    story's year or the next, if it comes up to two months after it."""
    for year in (story.year, story.year + 1):
        try:
            later = date(year, month, day or 1)
        except ValueError:
            continue
        if day is None and (year, month) > (story.year, story.month):
            months_on = (year - story.year) * 12 + month - story.month
            return later if months_on <= _MONTHS_A_STORY_RUNS_ON else None
        if day is not None and later > story:
            return later if (later - story).days <= _DAYS_A_STORY_RUNS_ON else None
    return None


_EVENT_DAYS_BY_NUMBERS = {f"{month}/{day}": (month, day) for month, day in cal.EVENT_DAYS}
# "went 9/11 from the field": a count of shots
_A_SCORE_AFTER = re.compile(r"\s+(?:from|shooting|of|for)\b", re.I)
# "Fahrenheit 9/11": a capitalised word that is no preposition makes it a title
_A_TITLE_WORD_BEFORE = re.compile(
    r"\b(?!(?:After|Before|Since|Until|During|Following|Post|Pre|Like|Unlike|On|Of|The|With|Without)\b)"
    r"[A-Z][a-z]+\s+$"
)


@recogniser(
    "event-day-by-numbers",
    r"(?<![\w/.])(?P<day>" + "|".join(map(re.escape, _EVENT_DAYS_BY_NUMBERS)) + r")(?![\w/]|\.\d)",
    contains=tuple(_EVENT_DAYS_BY_NUMBERS),
)
def _event_day_by_numbers(m, ctx):
    """ "after 9/11", "the post-9/11 era", "the 7/7 bombings": the event's day."""
    written = m.group("day")
    month, day = _EVENT_DAYS_BY_NUMBERS[written]
    when = date(cal.EVENT_DAYS[(month, day)][0], month, day)
    if (ctx.dct is not None and ctx.dct < when) or _A_SCORE_AFTER.match(ctx.text, m.end()):
        return None
    if _A_TITLE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    if written not in cal.EVENT_DAYS_NAMED_BY_NUMBERS_ALONE and not _EVENT_WORDS_AFTER[(month, day)].match(
        ctx.text, m.end()
    ):
        return None
    return Timex(m.start(), m.end(), "DATE", when.isoformat())


# "the quarter ended Sept. 30", "the three months to September", "the year ended Dec. 31"
_PERIOD_ENDED_BEFORE = re.compile(
    r"\b(?:the\s+|(?:its|their)\s+(?P<owned>))(?:(?P<fiscal_first>fiscal|financial)\s+)?(?:(?P<nth>first|second|third|fourth)\s+)?"
    r"(?:(?P<fiscal>fiscal|financial)\s+)?(?P<period>quarter|three\s+months|half|half[\s-]year|six\s+months|year)"
    r"(?:,\s+(?P<ended_set_off>ended|ending)|\s+(?:that\s+|which\s+)?(?:(?P<ended>ended|ending|ends)|to|through))\s+$",
    re.I,
)
_END_OF_A_PERIOD = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")


def _periods_ended_on(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "the quarter ended Sept. 30" is the third quarter, "the half-year to June" the first half,
    "the year ended June 30" a fiscal year: the period its end names, one expression."""
    kept: list[Timex] = []
    for timex in found:
        period = _period_ended_on(timex, ctx) if timex.type == "DATE" else None
        if period is not None:
            while kept and kept[-1].end > period.start:
                kept.pop()  # "the third quarter" inside "the third quarter ended Sept. 30"
            timex = period
        kept.append(timex)
    return kept


def _period_ended_on(end: Timex, ctx: Context) -> Timex | None:
    written = _END_OF_A_PERIOD.fullmatch(end.value)
    before = written and _PERIOD_ENDED_BEFORE.search(ctx.text, max(0, end.start - 50), end.start)
    if not before or (written.group("day") and int(written.group("day")) < 25):
        return None  # a quarter ends late in its last month
    year, month = int(written.group("year")), int(written.group("month"))
    months = cal.MONTHS_IN_A_PERIOD[" ".join(before.group("period").lower().split())]
    fiscal = before.group("fiscal") or before.group("fiscal_first")
    if months == 12 and not (before.group("ended") or before.group("ended_set_off") or fiscal):
        return None  # "inflation in the year to October": the twelve months to then, a rate
    nth = cal.ORDINALS.get((before.group("nth") or "").lower())
    if months < 12 and nth is not None and nth > 12 // months:
        return None  # "the third half": no such period
    unit = "Q" if months == 3 else "H"
    if months == 12:
        value = f"{year:04d}" if month == 12 and not fiscal else f"FY{year:04d}"
    elif nth is not None and (month % months or nth != month // months):
        # "the fourth quarter ended Sept. 30": a fiscal year's, named, as a fiscal year is, by the
        # calendar year it ends in
        year_ends_in = month + months * (12 // months - nth)
        value = f"FY{year + (year_ends_in - 1) // 12:04d}-{unit}{nth}"
    elif month % months:
        return None  # "the quarter ended Oct. 29": a fiscal quarter, which one unsaid; the date alone
    else:
        value = f"{year:04d}-{unit}{month // months}"
    # "its fiscal first quarter": the owner is no part of the time
    start = before.start("owned") if before.group("owned") is not None else before.start()
    return Timex(start, end.end, "DATE", value)


def _runs_end_on_the_date_they_name(found: list[Timex], ctx: Context, words: set[str]) -> list[Timex]:
    """ "rose for the second straight month in November", "in 2004 for the second year in a row":
    the latest of the run is the date it names, not the month or year of the reference date."""
    if not _RUN_GATE & words:
        return found
    ended: set[int] = set()
    for first, second in pairwise(found):
        for run, named, gap in ((first, second, _RUN_ENDS_ON), (second, first, _RUN_AFTER_ITS_END)):
            if not gap.fullmatch(ctx.text, first.end, second.start):
                continue
            written = _A_RUN.fullmatch(ctx.text, run.start, run.end)
            if not written:
                continue
            if _a_date_of_its_grain(written, named):
                run.value = named.value
                ended.add(id(run))
    for at, run in enumerate(found):
        written = _A_RUN.fullmatch(ctx.text, run.start, run.end)
        if not written or id(run) in ended:
            continue
        if named := _the_end_its_sentence_gives(found, at, written, ctx):
            run.value = named.value
    return found


def _a_date_of_its_grain(run: re.Match[str], named: Timex) -> bool:
    grain = _VALUE_OF_GRAIN.get((run.group("unit") or run.group("unit_before_row")).lower())
    return bool(grain and named.type == "DATE" and grain.fullmatch(named.value))


def _the_end_its_sentence_gives(
    found: list[Timex], at: int, run: re.Match[str], ctx: Context
) -> Timex | None:
    """The date that opens the run's sentence, or, when the run opens it, the first date of its
    grain in the sentence; either only with no date of that grain or turn of clause between."""
    s_start, s_end = ctx.sentence(found[at].start)
    in_the_sentence = [t for t in found if s_start <= t.start and t.end <= s_end]
    k = in_the_sentence.index(found[at])
    if k and _A_DATE_OPENING_A_RUN.fullmatch(ctx.text, s_start, in_the_sentence[0].start):
        opening = in_the_sentence[0]
        between = in_the_sentence[1:k]
        if ";" not in ctx.text[opening.end : run.start()] and not any(
            _a_date_of_its_grain(run, t) for t in between
        ):
            return opening if _a_date_of_its_grain(run, opening) else None
        return None
    if k or not _A_RUN_OPENING_A_SENTENCE.fullmatch(ctx.text, s_start, run.start()):
        return None
    for named in in_the_sentence[1:]:
        if _a_date_of_its_grain(run, named):
            if _NOT_THE_END_OF_A_RUN_BETWEEN.search(ctx.text, run.end(), named.start):
                return None
            return named
    return None


# what "the first week of", "the last day of" and "the end of", "a bright start to" all end on: most
# dates have none before them, and one search over the widest of their windows (40) rules them out
_OF_OR_TO_BEFORE = re.compile(r"\b(?:of|to)\s+(?:the\s+)?$", re.I)


def _parts_of_named_days(found: list[Timex], ctx: Context) -> list[Timex]:
    """ "the morning of March 3": a time of that day; "the week of March 5": the week it falls in;
    "the first week of March": the week holding March's first Thursday."""
    kept: list[Timex] = []
    for timex in found:
        if timex.type == "DATE":
            if _FULL_DATE.fullmatch(timex.value):
                _widen_to_part_or_week(timex, ctx)
            elif _OF_OR_TO_BEFORE.search(ctx.text, max(0, timex.start - 40), timex.start):
                _widen_to_nth_week(timex, ctx)
                _widen_to_nth_unit(timex, ctx)
                _widen_to_edge(timex, ctx)
            while kept and kept[-1].start >= timex.start:
                kept.pop()  # "the last week" inside "the last week of August"
        elif timex.type == "TIME" and timex.value.endswith("TMO") and timex.mod is None:
            _widen_to_small_hours(timex, ctx)
        kept.append(timex)
    return kept


def _widen_to_small_hours(timex: Timex, ctx: Context) -> None:
    """ "the early hours of this morning", "the small hours of Monday morning": that morning's start."""
    part = _PART_OF.search(ctx.text, max(0, timex.start - 25), timex.start)
    if part and part.group("small"):
        timex.start, timex.mod = part.start(), "START"


def _widen_to_nth_week(timex: Timex, ctx: Context) -> None:
    nth = _NTH_WEEK_OF.search(ctx.text, max(0, timex.start - 25), timex.start)
    if nth:
        ordinal = nth.group("nth").lower()
        week = _nth_week(timex.value, -1 if ordinal == "final" else cal.ORDINALS[ordinal])
        if week:
            timex.start, timex.value = nth.start(), week


def _widen_to_nth_unit(timex: Timex, ctx: Context) -> None:
    """ "the first month of the year": that month; "the last day of 2015": that day."""
    period = _MONTH_OR_YEAR.fullmatch(timex.value)
    nth = period and _NTH_UNIT_OF.search(ctx.text, max(0, timex.start - 40), timex.start)
    if not (period and nth):
        return
    ordinal, unit = nth.group("nth").lower(), nth.group("unit").lower()
    year, month = int(period["year"]), period["month"]
    number = -1 if ordinal in ("last", "final") else cal.ORDINALS[ordinal]
    if unit == "day":
        first = date(year, int(month or 1), 1)
        last = first + (relativedelta(months=1) if month else relativedelta(years=1)) - timedelta(days=1)
        day = last if number < 0 else first + timedelta(days=number - 1)
        if day > last:
            return
        value = day.isoformat()
    elif month is None:  # "the first month of March" means nothing
        count = _UNITS_IN_A_YEAR[unit]
        number = count if number < 0 else number
        if number > count:
            return
        value = f"{year:04d}-{number:02d}" if unit == "month" else f"{year:04d}-Q{number}"
    else:
        return
    timex.start, timex.value = nth.start(), value


def _widen_to_edge(timex: Timex, ctx: Context) -> None:
    if timex.mod is None and _PERIOD.fullmatch(timex.value):
        edge = _EDGE_OF.search(ctx.text, max(0, timex.start - 25), timex.start)
        after = _WORD_OR_SPAN_AFTER.match(ctx.text, timex.end)
        modifies = after and (after.group(2) or after.group(1).lower() not in cal.FUNCTION_WORDS_AFTER_A_DATE)
        modifies = modifies or _A_POSSESSIVE.match(ctx.text, timex.end)  # "the start of this year's tour"
        if edge and not modifies:
            # not "the end of the 2012 season", "the start of the 2006/07 season": the season's
            timex.start, timex.mod = edge.start(), _mod(edge.group("edge"))


def _widen_to_part_or_week(timex: Timex, ctx: Context) -> None:
    part = _PART_OF.search(ctx.text, max(0, timex.start - 25), timex.start)
    if part and part.group("small"):  # "the early hours of Sunday": before that day's dawn
        timex.start, timex.type, timex.value, timex.mod = part.start(), "TIME", timex.value + "TMO", "START"
    elif part:
        timex.start, timex.type = part.start(), "TIME"
        timex.value += "T" + cal.PARTS_OF_DAY[part.group("part").lower()]
    elif edged := _AN_EDGED_PART_BEFORE.search(ctx.text, max(0, timex.start - 25), timex.start):
        # "early morning Friday", "mid-afternoon Thursday": one time, as "late Thursday afternoon" is
        timex.start, timex.type, timex.mod = edged.start(), "TIME", _mod(edged.group("edge"))
        timex.value += "T" + cal.PARTS_OF_DAY[edged.group("part").lower()]
    else:
        week = _WEEK_OF.search(ctx.text, max(0, timex.start - 20), timex.start)
        if week and not _RANGE_END_AFTER.match(ctx.text, timex.end):  # not "the weekend of 9-10 July"
            year, number, _ = date.fromisoformat(timex.value).isocalendar()
            suffix = "-WE" if week.group("unit").lower() == "weekend" else ""
            timex.start, timex.value = week.start(), f"{year:04d}-W{number:02d}{suffix}"


_JOINED_AS_A_BASE_OF_COMPARISON = re.compile(r",?\s+(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+", re.I)


def _resolve_anaphora(found: list[Timex], ctx: Context) -> list[Timex]:
    """Value "the same day", "the following year" from the last date before them fine enough to say."""
    previous: list[Timex] = []
    for timex in found:
        anchored = True
        if timex.anaphor is not None:
            anaphor = timex.anaphor
            unit, offset = anaphor.unit, anaphor.offset
            anchor, grain, anchor_grain = ctx.dct, unit, "day"
            month_named: date | None = None  # "in February … four days later": no day to count from
            from_the_month = False
            coarser: str | None = None  # the nearest month or year before: "Last September", "in 2000"
            story_moved_to: Timex | None = None  # "… learned that in 1990 …": the story's time since
            named: Timex | None = None  # the date it counts from
            no_anchor = False  # none before it, or only one still to come
            for at in range(len(previous) - 1, -1, -1):
                t = named = previous[at]
                if _after_a_prefix(t, ctx):
                    continue  # "post-Christmas trading ... the day": not Christmas Day
                if unit == "year" and at and _a_year_naming_a_thing(t, previous[at - 1], timex, ctx):
                    continue  # "In 1968, Nixon used anger over Johnson's 1964 Civil Rights Act … that year"
                if t.floating and unit == "day":
                    continue  # "in the evening session … But the next day": its day is not known yet
                if at and _JOINED_AS_A_BASE_OF_COMPARISON.fullmatch(ctx.text, previous[at - 1].end, t.start):
                    continue  # "rose in January from December, and from a year earlier": January's
                day_part = t.value.split("T", 1)[0]
                parts = value_parts(day_part)
                if coarser is None and parts and parts[1] in ("month", "year"):
                    coarser = day_part
                    if unit == "day" and _the_story_moves_to(t, parts[0], ctx):
                        story_moved_to = t
                if _UNKNOWN_GRAIN_OF.get(day_part) in _ANCHOR_GRAINS[unit]:
                    anchor = None  # the date it counts from is itself unknown: so is this one
                    break
                if (
                    parts
                    and (
                        parts[1] in _ANCHOR_GRAINS[unit]
                        or (anaphor.at_anchor_grain and parts[1] in _COARSER_GRAINS.get(unit, ()))
                    )
                    and _an_anchor_yet_to_come(parts, anaphor, offset, timex, ctx)
                ):
                    # "Perhaps 2016 will be the year … Then DuPont, two months later, announced":
                    # what is told in the past counts from no date still to come
                    no_anchor = True
                    break
                if parts and parts[1] in _ANCHOR_GRAINS[unit]:
                    anchor, grain, anchor_grain = parts[0], unit, parts[1]
                    if story_moved_to is not None and not (
                        story_moved_to.value[:4] != f"{anchor.year:04d}"
                        and "\n" in ctx.text[t.end : story_moved_to.start]
                    ):
                        story_moved_to = None  # the same year, or the same paragraph as the day
                    if anaphor.at_anchor_grain and parts[1] != "season":
                        grain = parts[1]
                    if _APPOSITION.fullmatch(ctx.text, t.end, timex.start):
                        # "we still live today, more than 200 years later": the same time, whatever
                        # the amount
                        offset, timex.mod = 0, None
                    break
                if parts and anaphor.at_anchor_grain and parts[1] in _COARSER_GRAINS.get(unit, ()):
                    # "in 2002 ... six months later": as fine as that year allows, not from an older date
                    anchor, anchor_grain = parts[0] + _unit_step(unit, offset), parts[1]
                    grain, offset = ("year" if parts[1] == "season" else parts[1]), 0
                    story_moved_to = None  # counted from that very month or year
                    break
                if _days_from_a_month(anaphor, parts):
                    month_named = month_named or parts[0]
                    # "voted in February to stall it. Scalia died four days later"
                    from_the_month = timex.start - t.end < _NEAR_ENOUGH_TO_COUNT_FROM
                    if from_the_month:
                        break
            else:
                no_anchor = True
            if no_anchor:
                anchored, named = False, None
                from_the_month = month_named is not None  # better than today
            if from_the_month:
                anchor, anchor_grain, grain, offset, anchored = month_named, "month", "month", 0, True
            elif not anchored:
                if anaphor.offset_without_anchor is not None:
                    offset = anaphor.offset_without_anchor
                if anaphor.grain_without_anchor and anchor is not None:
                    # results compare the quarter or month just ended with the same one a year before
                    grain = anaphor.grain_without_anchor
                    if grain in ("quarter", "month"):
                        anchor = anchor + _unit_step(grain, -1)
                if _a_month_or_season_not_yet_come(anaphor, offset, timex, ctx):
                    offset = -1  # "That summer, the family moved to Ohio", told in March: last summer
            if anchor is not None:
                if anaphor.year is not None:  # "the same month in 2004"
                    anchor = anchor + relativedelta(years=anaphor.year - anchor.year)
                anchor = anchor + relativedelta(years=anaphor.years_on)
                if grain != unit:  # "a year earlier" than a quarter: that quarter
                    try:
                        anchor, offset = anchor + _unit_step(unit, offset), 0
                    except (OverflowError, ValueError):  # past the calendar's dates: a year, counted
                        grain = unit
            if anaphor.month is not None:
                timex.value = _month_of_the_year_in_view(anchor, anchor_grain, anaphor, offset)
            elif anaphor.season is not None:
                timex.value = _season_of_the_year_in_view(anchor, anchor_grain, anaphor, offset)
            else:
                timex.value = grain_value(anchor, grain, offset)
            if anchored and not from_the_month and anchor is not None and story_moved_to is not None:
                # "On Tuesday, … [paragraphs later] Roffman learned that in 1990 … But the next day":
                # a day of the year the story moved to, not one after Tuesday
                timex.value = story_moved_to.value.split("T", 1)[0]
            elif coarser is not None and unit == "day" and _counted_past_the_article(timex.value, ctx, timex):
                # "Last September, Beck called … He apologized the next day": not a day after the
                # article, as its past tense says, but one in the month or year named before
                timex.value = coarser
            elif anaphor.part_of_day:
                timex.value += "T" + anaphor.part_of_day
            if (
                anaphor.not_gone_when_ahead
                and named is not None
                and ctx.dct is not None
                # not "In 2004, it said it will open later in the year": that year
                and named.start < ctx.sentence(timex.start)[0]
            ):
                now = grain_value(ctx.dct, unit, 0)
                if len(timex.value) == len(now) and timex.value < now and _ahead_of_now(ctx, timex.start):
                    timex.value = now  # "last year's rises … rates will drop later in the year"
        # one counted from the reference date for want of a date before it anchors nothing: "in 2012
        # … that night … three years later" counts from 2012
        year = timex.value[:4]
        if anchored and timex.type in ("DATE", "TIME") and (year.isdigit() or year == "XXXX"):
            previous.append(timex)
    return found


_A_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(cal.DETERMINERS_BEFORE_AN_ADJECTIVE)) + r")|\w['’]s)\s+$", re.I
)


def _a_year_naming_a_thing(year: Timex, before: Timex, anaphor: Timex, ctx: Context) -> bool:
    """ "Johnson's 1964 Civil Rights Act", "the 2009 stimulus bill": a year before a noun, in a sentence
    whose time is a year named before it; "that year" in a later sentence is that year, not the
    thing's ("its 2004 dividend … from 55 cents a year earlier" counts from the dividend's)."""
    if not (year.value.isdigit() and ctx.text[year.start : year.end].isdigit() and before.value.isdigit()):
        return False
    if ctx.sentence(anaphor.start) == ctx.sentence(year.start):
        return False
    after = _WORD_OR_SPAN_AFTER.match(ctx.text, year.end)
    if not (after and after.group(1)) or after.group(1).lower() in cal.FUNCTION_WORDS_AFTER_A_DATE:
        return False
    if not _A_DETERMINER_BEFORE.search(ctx.text, max(0, year.start - 20), year.start):
        return False
    return ctx.sentence(before.start) == ctx.sentence(year.start)


# only a comma between a date and the anaphor after it, and perhaps a word of degree outside its
# extent: "called elections for October 2014, just eight months later"
_APPOSITION = re.compile(r"\s*,\s*(?:(?:" + "|".join(cal.DEGREE_WORDS_BEFORE_AN_AMOUNT) + r")\s+)?", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
# "the theater where Jobs had unveiled the Macintosh in 1984": an aside, not the story's time
_AN_ASIDE_BEFORE = re.compile(r"\b(?:where|which|who|whom|whose|had|'d|’d)\b", re.I)


def _the_story_moves_to(timex: Timex, start_of_it: date, ctx: Context) -> bool:
    """ "in 1990", "in July 2008": a month or year gone that the story is told in from here on."""
    sentence_start = ctx.sentence(timex.start)[0]
    return (
        ctx.dct is not None
        and start_of_it <= ctx.dct
        and _IN_BEFORE.search(ctx.text, max(0, timex.start - 4), timex.start) is not None
        and _AN_ASIDE_BEFORE.search(ctx.text, sentence_start, timex.start) is None
    )


def _ahead_of_now(ctx: Context, start: int) -> bool:
    """The clause says what lies ahead of now: "will", or a present "be" before a plan ("is slated
    to"), the last of the auxiliaries before the date; not "would", "was due to"."""
    words = [word.lower() for word in _WORD.findall(ctx.text[ctx.sentence(start)[0] : start])]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in cal.TOLD_FROM_THE_PAST or word.endswith(("'d", "’d")):
            return False
        if word in cal.FUTURE_FROM_NOW or word.endswith(_WILL_CONTRACTED):
            return True
        if word in cal.PLANS_AFTER_A_PRESENT_BE and k > 0:
            be = words[k - 1]
            return be in ("is", "are", "am") or be.endswith(("'s", "’s", "'re", "’re"))
    return False


def _an_anchor_yet_to_come(
    parts: tuple[date, str] | None, anaphor: Anaphor, offset: int, timex: Timex, ctx: Context
) -> bool:
    """A date after the article, from which what is told in the past would count on to a date
    after the article too; not "the same period last year", which counts back. A day so counted
    falls back on the month or year named before it (``_counted_past_the_article``)."""
    return (
        parts is not None
        and anaphor.unit != "day"
        and offset >= 0
        and anaphor.years_on == 0
        and anaphor.year is None
        and anaphor.step_to_named >= 0
        and ctx.dct is not None
        and parts[0] > ctx.dct
        and (counted := value_parts(grain_value(parts[0], anaphor.unit, offset))) is not None
        and counted[0] > ctx.dct  # "the whole week" of a Sunday to come began before the article
        and ctx.tense(timex.start, timex.end) == "past"
    )


def _counted_past_the_article(value: str, ctx: Context, timex: Timex) -> bool:
    """A day counted on from its anchor lands after the article, though its clause is in the past."""
    parts = value_parts(value)
    return (
        parts is not None
        and ctx.dct is not None
        and parts[1] == "day"
        and parts[0] > ctx.dct
        and not _PART_OF.search(ctx.text, max(0, timex.start - 25), timex.start)  # a time of that day
        and ctx.tense(timex.start, timex.end) == "past"
    )


def _days_from_a_month(anaphor: Anaphor, parts: tuple[date, str] | None) -> bool:
    """ "four days later" than "in February": most likely in that month."""
    return anaphor.unit == "day" and anaphor.at_anchor_grain and parts is not None and parts[1] == "month"


# characters: a month further back was mentioned in passing, unless no day comes before it
_NEAR_ENOUGH_TO_COUNT_FROM = 150


def _after_a_prefix(timex: Timex, ctx: Context) -> bool:
    """ "post-Christmas", "pre-2008": a date that only qualifies something, no day things happen on."""
    return ctx.text[max(0, timex.start - 5) : timex.start].lower().endswith(cal.PREFIXES_AROUND_A_DATE)


def _a_month_or_season_not_yet_come(anaphor: Anaphor, offset: int, timex: Timex, ctx: Context) -> bool:
    """Whether "that summer" or "that March", with no year before it, is told in the past of a
    month or season of the reference year still to begin: the one a year before is meant."""
    if ctx.dct is None or offset or anaphor.step_to_named or anaphor.year is not None or anaphor.years_on:
        return False
    month = anaphor.month or (cal.SEASON_START_MONTH[anaphor.season] if anaphor.season else None)
    if month is None or month <= ctx.dct.month:
        return False
    return ctx.tense(timex.start, timex.end) == "past"


def _month_of_the_year_in_view(anchor: date | None, anchor_grain: str, anaphor: Anaphor, offset: int) -> str:
    """ "that September" in the anchor's year; "the following March" the first one after the anchor."""
    month = anaphor.month or 1  # set whenever this is called
    return f"{_year_in_view(anchor, anchor_grain, anaphor, offset, month)}-{month:02d}"


def _season_of_the_year_in_view(anchor: date | None, anchor_grain: str, anaphor: Anaphor, offset: int) -> str:
    """ "that summer", "the autumn of the following year"; "the following spring" the first one after
    the anchor."""
    season = anaphor.season or "SU"  # set whenever this is called
    begins = cal.SEASON_START_MONTH[season]
    if anchor is not None and anchor_grain == "year" and anaphor.step_to_named > 0 and begins == 12:
        # "in 2015 … the following winter": the one that begins that December
        return f"{anchor.year + offset:04d}-{season}"
    return f"{_year_in_view(anchor, anchor_grain, anaphor, offset, begins)}-{season}"


def _year_in_view(anchor: date | None, anchor_grain: str, anaphor: Anaphor, offset: int, month: int) -> str:
    """The year of a month (or of the season that begins in it) named after an anchor."""
    if anchor is None:
        return "XXXX"
    year = anchor.year + offset
    if anaphor.step_to_named > 0 and (anchor_grain == "year" or month <= anchor.month):
        year += 1
    elif anaphor.step_to_named < 0 and (anchor_grain == "year" or month >= anchor.month):
        year -= 1
    return f"{year:04d}"


_UNKNOWN_GRAIN_OF = {
    value: grain for grain, value in _UNKNOWN_GRAIN.items() if grain in ("day", "week", "month", "year")
}
# the grains of a date that an anaphor of each unit can count from: not a month from a week
_ANCHOR_GRAINS = {
    "day": {"day"},
    "week": {"day", "week"},
    "weekend": {"day", "week"},
    "month": {"day", "month"},
    "quarter": {"day", "month", "quarter"},
    "year": {"day", "week", "month", "quarter", "season", "year"},
    "decade": {"decade"},  # "10 years ago … throughout that decade": the ten years since, no decade
}


# the grains too coarse to count weeks, months or quarters from exactly: "six months later" than
# "2002", "two weeks later" than "March 2019". Not for days, nor weeks from a year: a year
# mentioned in passing is no anchor for "two days later".
_COARSER_GRAINS = {
    "week": {"month"},
    "month": {"quarter", "season", "year"},
    "quarter": {"season", "year"},
}


def _unit_step(unit: str, amount: int) -> relativedelta:
    if unit == "quarter":
        return relativedelta(months=3 * amount)
    return relativedelta(**{("weeks" if unit == "weekend" else unit + "s"): amount})


_JOINER = re.compile(r"^\s*(?:local\s+time\s*)?(?:,|on|at|of)?\s*$", re.I)
_IN_BEFORE_A_PART_OF_THE_DAY = re.compile(r"^\s+in\s+$", re.I)  # "8:15 in the evening"


def _a_sentence_between(before: Timex, gap: str, after: Timex, ctx: Context) -> bool:
    """ "arrived at 3 p.m. The next day": the clock time's period ends a sentence when the next
    one opens with a capital that names no date ("3 p.m. Tuesday" is one time)."""
    if gap.strip() or not ctx.text.endswith(".", 0, before.end):
        return False
    first_word = _WORD.match(ctx.text, after.start)
    return (
        first_word is not None
        and first_word.group()[:1].isupper()
        and first_word.group().lower() not in _FIRST_WORDS_OF_DATE_NAMES
    )


_FIRST_WORDS_OF_DATE_NAMES = frozenset(
    {*cal.MONTHS, *cal.WEEKDAYS} | {name.split()[0] for name in _HOLIDAY_NAMES}
) - {"the"}  # "the Fourth of July": its article opens a sentence as any other does


def _the_time_in_another_zone(time: Timex, day: Timex, ctx: Context) -> bool:
    """ "at 8 p.m. (0100 GMT Sunday)": the bracket gives the same moment by another clock, whose
    day may not be the local one."""
    return (
        day.start >= time.end
        and "(" in ctx.text[time.end : day.start]
        and _CLOCK_VALUE.search(day.value) is not None  # not "PRESENT_REF", which holds a "T" too
    )


def _anchor_times(found: list[Timex], ctx: Context) -> list[Timex]:
    """A time with no day named takes the day named next to it or in its sentence ("16:00 UTC
    Monday"); "Friday evening" keeps its own."""
    merged: list[Timex] = []
    for timex in found:
        gap = ctx.text[merged[-1].end : timex.start] if merged else ""
        if (
            merged
            and not _a_sentence_between(merged[-1], gap, timex, ctx)
            and (
                _JOINER.match(gap)
                or (_IN_BEFORE_A_PART_OF_THE_DAY.match(gap) and _PART_OF_A_DAY.fullmatch(timex.value))
            )
        ):
            prev = merged[-1]
            pair = _join_time_and_day(prev, timex)
            if pair is not None:
                merged[-1] = pair
                continue
        merged.append(timex)
    starts = [t.start for t in merged]
    for timex in merged:
        if not timex.floating:
            continue
        s_start, s_end = ctx.sentence(timex.start)
        s_start, s_end = max(s_start, timex.start - 200), min(s_end, timex.end + 200)
        nearby = merged[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        days = [
            t
            for t in nearby
            if _names_the_day_of(t, timex)
            and not _after_a_prefix(t, ctx)
            and not (
                t.start >= timex.end and _a_sentence_between(timex, ctx.text[timex.end : t.start], t, ctx)
            )
        ]
        days = [
            t
            for t in days
            if not _a_day_against_the_tense(t, timex, ctx) and not _the_time_in_another_zone(timex, t, ctx)
        ]
        if not days:
            days = _the_day_in_view(merged, bisect.bisect_left(starts, timex.start), timex, ctx)
        if days:
            nearest = min(days, key=lambda t: abs(t.start - timex.start))
            timex.value = nearest.value[:10] + timex.value[10:]
        elif (
            ctx.dct is not None
            and timex.value[10:].startswith("T24:00")
            and ctx.tense(timex.start, timex.end) == "past"
        ):
            # "the fire started shortly after midnight": told in the past, the midnight gone, which
            # ended the day before; the coming one has not happened
            timex.value = (ctx.dct - timedelta(days=1)).isoformat() + timex.value[10:]
    return merged


def _the_day_in_view(found: list[Timex], before: int, timex: Timex, ctx: Context) -> list[Timex]:
    """ "Obama spent Thursday in talks … He met Abe in the morning": a part of a day whose sentence
    names no day is on the day the story last named before it (``found[:before]``), when that is
    the last date it named (not "in March") and the tense agrees. Not a clock time: "4:30 p.m."
    heads a live blog's entry, and "at 0950 GMT" after a day told in passing is today's."""
    if ctx.dct is None or not _PART_OF_A_DAY.fullmatch(timex.value):
        return []
    for at in range(before - 1, -1, -1):  # found[:before], with no copy of it per time
        t = found[at]
        if t.type not in ("DATE", "TIME") or not t.value[:4].isdigit() or _after_a_prefix(t, ctx):
            continue
        if not _FULL_DATE.match(t.value):
            return []
        tense = ctx.tense(timex.start, timex.end)
        if tense in ("past", "future") and not _a_day_against_the_tense(t, timex, ctx, None, tense):
            return [t]
        return []
    return []


_DAYS_A_TENSE_OUTWEIGHS = 7


def _a_day_against_the_tense(
    day: Timex,
    clock: Timex,
    ctx: Context,
    reach: int | None = _DAYS_A_TENSE_OUTWEIGHS,
    tense: str | None = None,
) -> bool:
    """ "The market closed at 4 p.m. and reopens at 9:30 tomorrow morning": a time told in the past
    is not on a day still to come, nor one told ahead on a day gone. By default only a day near the
    reference date: one further off, written out, is more likely right than the tense. ``reach``
    None: any day."""
    named = _FULL_DATE.match(day.value)
    if named is None or ctx.dct is None:
        return False
    days_away = (date.fromisoformat(named.group()) - ctx.dct).days
    if not days_away or (reach is not None and abs(days_away) > reach):
        return False
    tense = tense or ctx.tense(clock.start, clock.end)
    return (tense == "past" and days_away > 0) or (tense == "future" and days_away < 0)


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_A_DAY_FOR_A_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}|XXXX-WXX-[1-7]")  # "2pm on a Sunday": some Sunday
_SMALL_HOURS = range(6)


def _names_the_day_of(other: Timex, clock: Timex) -> bool:
    """A full date, or a part of a day ("last night's game ended at 10:45 p.m."): the day a clock
    time is on. Not the small hours after an evening or night: they may be the next day."""
    if other.type == "DATE":
        return bool(_A_DAY_FOR_A_CLOCK.fullmatch(other.value))
    if other.type != "TIME":
        return False
    hour = re.match(r"\d\d", clock.value.split("T")[-1])
    if hour is None:
        return False
    small_hours = int(hour.group()) in _SMALL_HOURS
    named = _PART_OF_A_DAY.fullmatch(other.value)
    if named is not None:
        return not (named.group("part") in ("EV", "NI") and small_hours)
    # "open at 7 a.m. and close at 8 p.m. on Tuesday": the other clock time's day; not the small
    # hours after an evening one ("11 p.m. Monday ... at 1 a.m.")
    on_a_day = None if other.floating else _CLOCK_ON_A_DAY.fullmatch(other.value)
    return on_a_day is not None and not (small_hours and int(on_a_day.group("hour")) >= _EVENING_HOUR)


_PART_OF_A_DAY = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})T(?P<part>MO|AF|EV|NI)")
_CLOCK_ON_A_DAY = re.compile(rf"(?P<day>{_A_DAY_FOR_A_CLOCK.pattern})T(?P<hour>\d\d):\d\d(?::\d\d)?Z?")
_EVENING_HOUR = 18


def _join_time_and_day(a: Timex, b: Timex) -> Timex | None:
    if a.type == b.type == "TIME":  # "8:30 tonight": the clock time of that part of that day
        clock, part = (a, b) if a.value.split("T")[-1][:1].isdigit() else (b, a)
        named = _PART_OF_A_DAY.fullmatch(part.value)
        hour_minute = re.fullmatch(r"(\d\d):(\d\d)", clock.value.split("T")[-1])
        if named is None or hour_minute is None:
            return None
        hour = _hour_in_part_of_day(int(hour_minute.group(1)), named.group("part"))
        value = f"{named.group('day')}T{hour:02d}:{hour_minute.group(2)}"
        return Timex(min(a.start, b.start), max(a.end, b.end), "TIME", value, clock.mod)
    time, day = (a, b) if a.type == "TIME" else (b, a)
    if (
        time.type != "TIME"
        or day.type != "DATE"
        or not _A_DAY_FOR_A_CLOCK.fullmatch(day.value)
        or "T" not in time.value
    ):
        return None
    clock = time.value.split("T", 1)[1]
    if not clock[:1].isdigit():
        return None
    return Timex(min(a.start, b.start), max(a.end, b.end), "TIME", f"{day.value}T{clock}", time.mod)


def _whole_word_spans(lowered: str, found_words: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Where the words occur between word boundaries, as \\b sees them."""
    length = len(lowered)
    for word in found_words:
        size = len(word)
        at = lowered.find(word)
        while at >= 0:
            # the re module's \w, inline: this runs for every occurrence of every gate word
            before = lowered[at - 1] if at else " "
            after = lowered[at + size] if at + size < length else " "
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                yield at, at + size
            at = lowered.find(word, at + 1)


def _cached_word_spans(
    ctx: Context | None, lowered: str, found_words: Iterable[str]
) -> list[tuple[int, int]]:
    """The whole-word spans of the words; many recognisers look for the same words ("year")."""
    if ctx is None:
        return list(_whole_word_spans(lowered, found_words))
    cache, spans = ctx.word_spans, []
    for word in found_words:
        if word not in cache:
            cache[word] = list(_whole_word_spans(lowered, (word,)))
        spans.extend(cache[word])
    return spans


def _phrase_spans(lowered: str, phrases: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    for phrase in phrases:
        at = lowered.find(phrase)
        while at >= 0:
            yield at, at + len(phrase)
            at = lowered.find(phrase, at + 1)


def _matches(
    rec: Recogniser,
    text: str,
    lowered: str | None,
    ctx: Context | None = None,
    words: set[str] | None = None,
) -> Iterator[re.Match[str]]:
    """The recogniser's matches: on the lower-cased text when it may, around anchors if it has them."""
    if lowered is not None and rec.on_lowered is not None:
        pattern, anchor, source = rec.on_lowered, rec.anchor_on_lowered, lowered
    else:
        pattern, anchor, source = rec.pattern, rec.anchor, text
    if rec.phrase_anchors and lowered is not None:
        phrases = rec.contains
        if rec.phrase_words and words is not None:  # only the phrases whose words the text has
            phrases = tuple(p for p, need in zip(phrases, rec.phrase_words, strict=True) if need <= words)
        spans: Iterator[tuple[int, int]] = _phrase_spans(lowered, phrases)
    elif rec.anchor_words and lowered is not None and words is not None:
        spans = _cached_word_spans(ctx, lowered, rec.anchor_words & words)
    elif anchor is not None:
        cache = ctx.anchor_spans if ctx is not None else {}
        # recognisers that share an anchor (and its keys) look for it once
        on_lowered = source is lowered and not rec.anchor_matches_no_letter
        cache_key = (anchor.pattern, anchor.flags, on_lowered, rec.anchor_keys, rec.key_reach)
        if cache_key not in cache:
            if rec.anchor_keys and lowered is not None and words is not None:
                keys = _cached_word_spans(ctx, lowered, rec.anchor_keys & words)
                cache[cache_key] = _spans_around_keys(anchor, source, keys, *rec.key_reach)
            else:
                cache[cache_key] = [(a.start(), a.end()) for a in anchor.finditer(source)]
        spans = iter(cache[cache_key])
    else:
        yield from pattern.finditer(source)
        return
    seen: set[tuple[int, int]] = set()
    for a_start, a_end in sorted(spans):
        # one character more than ``after``, so that a closing \b sees the next letter
        lo, hi = max(0, a_start - rec.before), min(len(source), a_end + rec.after + 1)
        for m in pattern.finditer(source, lo, hi):
            if m.start() <= a_start and m.end() >= a_end and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield m


def _spans_around_keys(
    anchor: re.Pattern[str], source: str, keys: Iterable[tuple[int, int]], before: int, after: int
) -> list[tuple[int, int]]:
    """The anchor's matches in a window around each key."""
    found: set[tuple[int, int]] = set()
    for k_start, k_end in keys:
        lo, hi = max(0, k_start - before - 1), min(len(source), k_end + after + 1)
        for a in anchor.finditer(source, lo, hi):
            if a.start() == lo > 0:
                continue  # it may start inside a word: the window of its own key holds it whole
            whole = anchor.match(source, a.start())  # the window's end may have cut it short
            if whole is not None:
                found.add(whole.span())
    return sorted(found)


def _resolve_overlaps(candidates: list[tuple[int, int, int, Timex]], text: str) -> list[Timex]:
    """Longest first, then the earlier recogniser; a span that overlaps one kept is dropped."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    if not candidates:
        return []
    taken = bytearray(max(c[1] for c in candidates))
    kept: list[Timex] = []
    for start, end, _, timex in candidates:
        if any(taken[start:end]):
            if text.startswith(",", end):  # rare: only then may it be a day before its date
                _widen_to_the_same_date(kept, taken, timex)
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(timex)
    kept.sort(key=lambda t: t.start)
    return kept


def _widen_to_the_same_date(kept: list[Timex], taken: bytearray, timex: Timex) -> None:
    """ "Palm Sunday, March 24", "last Friday, January 29": a day named before the date that the day
    opens (a comma after the day), with the same value, is one date with it; not "a week" and
    "week-long"."""
    for other in kept:
        if not (other.start < timex.end and timex.start < other.end):
            continue
        if (other.type, other.value, other.mod) != (timex.type, timex.value, timex.mod):
            return
        if not timex.start < other.start < timex.end < other.end:
            return
        if not any(taken[timex.start : other.start]):
            taken[timex.start : other.start] = b"\x01" * (other.start - timex.start)
            other.start = timex.start
        return


# The arithmetic reaches centuries either side of the reference date, and Python's dates end at
# years 1 and 9999; a date near either end is a placeholder ("0001-01-01"), not a day of news.
EARLIEST_REFERENCE = date(1000, 1, 1)
LATEST_REFERENCE = date(8999, 12, 31)


def parse_reference_date(value: str) -> date:
    """An ISO date (or timestamp) to resolve against; ValueError says why it cannot be one."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
    if not EARLIEST_REFERENCE <= day <= LATEST_REFERENCE:
        raise ValueError(
            f"{value!r} is outside the years dates are resolved against"
            f" ({EARLIEST_REFERENCE.year} to {LATEST_REFERENCE.year})"
        )
    return day


def reference_date(value: object) -> date | None:
    """The reference date from a record's ``date`` (ISO date or timestamp), or None: a value that
    is no date, or a placeholder outside the years dates are resolved against, is no reference."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return parse_reference_date(value)
    except ValueError:
        return None


def date_record(record: Record, reference: date | None = None) -> Record:
    """Add ``dates`` to a record, in place."""
    ref = reference or reference_date(record.get("date"))
    text = record["text"]
    record["dates"] = [t.as_dict(text) for t in find_dates(text, ref)]
    return record


_DECADE_VALUE = re.compile(r"\d{3}")
_DATE_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-(SP|SU|FA|WI))?")


def value_parts(value: str) -> tuple[date, str] | None:
    """The first day a TIMEX3 date value covers, and its grain: 2022-W50 → (2022-12-12, "week")."""
    m = _DATE_VALUE.match(value)
    if not m:
        decade = _DECADE_VALUE.fullmatch(value)  # "199": the 1990s
        return (date(int(value) * 10, 1, 1), "decade") if decade and value != "000" else None
    year = int(m.group(1))
    try:
        if m.group(3):
            return date(year, int(m.group(2)), int(m.group(3))), "day"
        if m.group(2):
            return date(year, int(m.group(2)), 1), "month"
        if m.group(4):
            return date.fromisocalendar(year, int(m.group(4)), 1), "week"
        if m.group(5):
            return date(year, 3 * int(m.group(5)) - 2, 1), "quarter"
        if m.group(6):
            return date(year, cal.SEASON_START_MONTH[m.group(6)], 1), "season"
        return date(year, 1, 1), "year"
    except ValueError:
        return None


def value_start(value: str) -> date | None:
    """The first day a TIMEX3 date value covers, for sorting: 2022-W50 → Monday 2022-12-12."""
    parts = value_parts(value)
    return parts[0] if parts else None


def timeline(record: Record) -> Iterator[str]:
    """Lines of the article's resolved dates, sorted, each with its sentence."""
    text = record["text"]
    ctx = Context(text, None)
    rows = []
    for d in record.get("dates") or []:
        if d["type"] not in ("DATE", "TIME") or not d["value"][:1].isdigit():
            continue
        s_start, s_end = ctx.sentence(d["start"])
        sentence = " ".join(text[s_start:s_end].split())
        rows.append((d["value"], d["text"], sentence))
    rows.sort(key=lambda row: (value_start(row[0]) or date.max, row[0]))
    yield f"== {record['id']} ({record.get('date') or 'no date'})"
    for value, expression, sentence in rows:
        short = sentence if len(sentence) <= 110 else sentence[:107] + "..."
        yield f"{value:<16} {expression:<24} {short}"
