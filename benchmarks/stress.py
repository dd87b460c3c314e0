#!/usr/bin/env python3
"""Pathological text through every filter: time per MB, to show the rules stay linear.

    python benchmarks/stress.py              # 1 MB strings
    python benchmarks/stress.py --mb 4       # bigger, to compare growth

Each case is a string built to stress the patterns (long runs of quote marks, capitals, digits,
spaces, repeated "said", repeated month names). Linear time means the seconds per MB stay flat
as --mb grows. The test suite runs small versions of the same cases with a generous timeout.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date


def cases(size: int) -> dict[str, str]:
    """The stress strings, each about ``size`` characters."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "quote marks": fill("“"),
        "mixed quote marks": fill("“‘\"'”’«» "),
        "capitals": fill("ABCDEFGHIJ "),
        "capitals no spaces": fill("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "digits": fill("0123456789"),
        "digits and dashes": fill("2009-2010 1990s 3:15 "),
        "spaces": fill(" "),
        "newlines": fill("\n"),
        "said": fill("said "),
        "he said that": fill("“Yes,” he said that he said. "),
        "month names": fill("January February March May "),
        "weekdays": fill("Monday Tuesday "),
        "numbers and units": fill("three hundred days two weeks "),
        "long word": fill("a"),
        "one long sentence": fill("word, "),
        "unclosed quotes per paragraph": fill("“He said it\n\n"),
        "apostrophes": fill("’s ’90s rock ’n’ roll "),
        "sentences opening on a year": fill("In 2005, prices fell in March and rose in May. "),
    }


def filters() -> dict[str, Callable[[str], object]]:
    from pnews.clean import clean_text
    from pnews.dates import find_dates
    from pnews.dedupe import features
    from pnews.quotes import extract_quotes

    return {
        "clean": clean_text,
        "quotes": lambda text: extract_quotes(text, include_scare=True),
        "dates": lambda text: find_dates(text, date(2022, 12, 13)),
        "dedupe": lambda text: features([text]),
    }


def run(mb: float) -> dict[tuple[str, str], float]:
    size = int(mb * 1_000_000)
    results = {}
    for case, text in cases(size).items():
        for name, function in filters().items():
            start = time.perf_counter()
            function(text)
            results[(case, name)] = (time.perf_counter() - start) / mb
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    a = ap.parse_args()
    results = run(a.mb)
    names = ["clean", "quotes", "dates", "dedupe"]
    print(f"seconds per MB, on {a.mb:g} MB strings")
    print(f"{'case':32} " + " ".join(f"{n:>8}" for n in names))
    for case in cases(10):
        print(f"{case:32} " + " ".join(f"{results[(case, n)]:8.2f}" for n in names))
    worst = max(results.items(), key=lambda kv: kv[1])
    print(f"worst: {worst[0][1]} on {worst[0][0]!r}: {worst[1]:.2f} s/MB")


if __name__ == "__main__":
    main()
