#!/usr/bin/env python3
"""How much `pnews clean` removes from text that is already clean, and what.

    python benchmarks/clean_report.py                        # BBC + PolNeAR train
    python benchmarks/clean_report.py DIR [DIR...] --top 20

Runs the real pipeline (`pnews parse DIR | pnews clean`) and prints the removed-word rate per
corpus and per rule, and the most frequent removed lines per rule. Reading that list is how
false positives are found. The target on clean news text is at most 0.5% of words removed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import orjson

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DEFAULT_DIRS = [SHARED / "bbc", SHARED / "polnear" / "train" / "docs"]
WORD = re.compile(r"\w+")


def words(text: str) -> int:
    return len(WORD.findall(text))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--top", type=int, default=8, help="removed lines to show per rule")
    a = ap.parse_args()
    pnews = [sys.executable, "-m", "pnews"]
    total_words = total_removed = 0
    for folder in a.dirs:
        if not folder.is_dir():
            print(f"skipped {folder}: not here")
            continue
        parsed = subprocess.run([*pnews, "parse", "-q", str(folder)], capture_output=True, check=True).stdout
        cleaned = subprocess.run([*pnews, "clean"], input=parsed, capture_output=True, check=True).stdout
        before = sum(words(orjson.loads(line)["text"]) for line in parsed.splitlines())
        per_rule: Counter[str] = Counter()
        lines: dict[str, Counter[str]] = defaultdict(Counter)
        docs = 0
        for line in cleaned.splitlines():
            docs += 1
            for removal in orjson.loads(line)["removed"]:
                per_rule[removal["rule"]] += words(removal["text"])
                lines[removal["rule"]][removal["text"][:100]] += 1
        removed = sum(per_rule.values())
        total_words += before
        total_removed += removed
        rate = removed / before
        print(f"== {folder}: {docs} articles, {before:,} words, removed {removed:,} = {rate:.3%}")
        for rule, count in per_rule.most_common():
            print(f"   {rule:18} {count:7,} words  {count / before:.3%}")
            for text, n in lines[rule].most_common(a.top):
                print(f"      {n:4}x {text}")
    if total_words:
        rate = total_removed / total_words
        print(f"== all: removed {total_removed:,} of {total_words:,} words = {rate:.3%}")


if __name__ == "__main__":
    main()
