"""The pnews library API: one function per step, a record in and the record out.

    from pnews import api
    record = api.parse_text("Headline\\n\\nBody said Tuesday.", id="a", date="2022-12-13")
    record = api.dates(api.quotes(api.clean(record)))

The command-line filters and `pnews run` (Dask) both call these functions, so there is one
implementation of each step. Records are dicts of the pnews record contract; each function
changes the record in place and returns it. Options are keyword arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

Record = dict[str, Any]


def parse_text(
    text: str,
    *,
    id: str,
    source: str | None = None,
    date: str | None = None,
    title: str = "auto",
) -> Record | None:
    """A raw article's text as a record (headers, title and paragraphs read as `pnews parse` does).

    Returns None for an empty article.
    """
    from .parse import normalize_date
    from .parse import parse_text as split_article

    parsed = split_article(text, title)
    if not parsed.text.strip():
        return None
    record: Record = {
        "id": id,
        "source": parsed.headers.get("url") or source,
        "date": parsed.date or (normalize_date(date) if date else None),
        "title": parsed.title,
        "text": parsed.text,
    }
    if "author" in parsed.headers:
        record["author"] = parsed.headers["author"]
    return record


def parse_file(path: str, *, id: str, date: str | None = None, title: str = "auto") -> Record | None:
    """A raw article file as a record; raises ``pnews.io.InputError`` for an unreadable or binary file."""
    from .io import read_whole
    from .parse import ArticleFile, article_record

    warnings: list[str] = []
    return article_record(ArticleFile(path, id), read_whole(path), title, date, warnings)


def clean(record: Record, *, only: Iterable[str] = (), skip: Iterable[str] = ()) -> Record:
    """Remove what is not the article and repair the text; removals go to ``removed``."""
    from .clean import clean_record, select_rules

    clean_record(record, select_rules(only, skip))
    return record


def quotes(record: Record, *, include_scare: bool = False) -> Record:
    """Add ``quotes``: quotations with their cue and resolved speaker."""
    from .quotes import quote_record

    return quote_record(record, include_scare)


def dates(record: Record, *, reference_date: date | str | None = None) -> Record:
    """Add ``dates``: TIMEX3 expressions resolved against the record's date (or ``reference_date``)."""
    from .dates import date_record
    from .dates import reference_date as to_date

    reference = to_date(reference_date) if isinstance(reference_date, str) else reference_date
    return date_record(record, reference)


def dedupe(
    records: Iterable[Record],
    *,
    threshold: float = 0.8,
    containment: float | None = None,
    key: str | None = None,
    mark: bool = False,
) -> Iterator[Record]:
    """Drop (or with ``mark``, mark) exact and near duplicates, keeping the first of each group."""
    from .dedupe import DedupeOptions, Deduper, dedupe_stream
    from .io import Located

    options = DedupeOptions(threshold, containment, key, mark)
    deduper = Deduper(threshold, containment, key)
    located = (Located("<api>", n, record) for n, record in enumerate(records, 1))
    yield from dedupe_stream(located, options, deduper)


STEPS = {"clean": clean, "quotes": quotes, "dates": dates}
