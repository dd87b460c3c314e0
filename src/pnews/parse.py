"""Raw article files (and other tools' JSON Lines) into pnews records.

Pure functions over bytes and text, plus the iteration over the paths a user named. The I/O
policy (errors, rejects, output) is ``pnews.io``'s.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .io import (
    UTF8_BOM,
    UTF16_BOMS,
    InputError,
    Located,
    Record,
    Reporter,
    Session,
    display_name,
    loads_object,
    read_lines,
    read_whole,
)
from .lexicon.headers import (
    HEADER_KEYS,
    INLINE_HEADER_KEYS,
    JSONL_DATE_FIELDS,
    JSONL_SOURCE_FIELDS,
    JSONL_TEXT_FIELDS,
    JSONL_TITLE_FIELDS,
)

TITLE_MODES = ("auto", "first-line", "none")
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
BINARY_SNIFF_BYTES = 8192


class NotText(ValueError):
    """The bytes are not a text article (binary data)."""


# ---------------------------------------------------------------------------------------------
# Bytes to text


def decode_article(data: bytes) -> tuple[str, str | None]:
    """Decode an article file: UTF-8 (BOM optional), UTF-16 with a BOM, else cp1252.

    Returns the text and a warning when a fallback was used. Raises ``NotText`` for binary data.
    """
    if data[:2] in UTF16_BOMS:
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise NotText("invalid UTF-16") from None
    if data.startswith(UTF8_BOM):
        data = data[3:]
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise NotText("binary file, not a text article")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        # cp1252 leaves five bytes undefined; take those as Latin-1 so decoding never fails.
        return data.decode("cp1252", errors="latin1_fallback"), f"not valid UTF-8 ({where}); read as cp1252"


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


import codecs  # noqa: E402 - registered next to the handler it names

codecs.register_error("latin1_fallback", _latin1_fallback)


# ---------------------------------------------------------------------------------------------
# Dates


def normalize_date(value: str) -> str | None:
    """A publication date in ISO 8601 with only the precision the input has, or None.

    ``"Dec 13, 2022"`` gives ``2022-12-13``; ``"March 2022"`` gives ``2022-03``; a timestamp keeps
    its time and offset. Parts the input lacks are never filled in from the clock.
    """
    value = value.strip()
    if not value:
        return None
    if _ISO_DATE.fullmatch(value):
        try:
            datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            return None
        return value
    from dateutil import parser as date_parser

    try:
        low = date_parser.parse(value, default=_DEFAULT_A)
        high = date_parser.parse(value, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if low.year != high.year:
        return None
    if low.month != high.month:
        return f"{low.year:04d}"
    if low.day != high.day:
        return f"{low.year:04d}-{low.month:02d}"
    if low.hour != high.hour:
        return low.date().isoformat()
    if low.tzinfo is not None:
        return low.isoformat()
    return low.replace(tzinfo=None).isoformat()


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LOWERCASE_WORD = re.compile(r"[a-z][a-z'’-]*")
# Two different defaults show which fields the input really gave.
_DEFAULT_A = datetime(2004, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2005, 2, 2, 1, 1, 1)


# ---------------------------------------------------------------------------------------------
# Text to record fields

_KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*?)\s*$")
_INLINE_DATE = re.compile(
    r"^\s*(?P<key>[A-Za-z]+):?\s+"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:\s+|$)"
)


@dataclass
class ParsedText:
    text: str
    title: str | None
    date: str | None
    headers: dict[str, str]
    bad_date: str | None = None


def split_lines(text: str) -> list[str]:
    """Lines of an article, with \\r\\n, \\r and \\n all taken as line ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """A block of ``Key: value`` lines at the top, with known keys only.

    Returns the headers (lower-case keys) and the index of the first line after the block.
    """
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start = i
    while i < len(lines):
        match = _KEY_VALUE.match(lines[i])
        if not match:
            break
        key = match.group(1).strip().lower().replace("_", " ").replace("-", " ")
        if key not in HEADER_KEYS:
            break
        headers.setdefault(HEADER_KEYS[key], match.group(2))
        i += 1
    if not headers:
        return {}, start
    return headers, i


def read_inline_header(first_line: str) -> tuple[str | None, str]:
    """The seeds' inline header, `` date 2022-12-13 Body text…``: the date and the rest of the line."""
    match = _INLINE_DATE.match(first_line)
    if not match or match.group("key").lower() not in INLINE_HEADER_KEYS:
        return None, first_line
    return match.group("date"), first_line[match.end() :]


def looks_like_headline(line: str) -> bool:
    """A line that can stand alone as a headline: short, no closing full stop, starts like a title."""
    line = line.strip()
    if not line or len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    if line[-1] in ",;:" or (line[-1] == "." and not line.endswith("...")):
        return False
    return not _LOWERCASE_WORD.fullmatch(line.split()[0])


def parse_text(text: str, title_mode: str = "auto") -> ParsedText:
    """Split an article's text into headers, title and paragraphs (joined by one blank line)."""
    lines = split_lines(text)
    headers, i = read_header(lines)
    lines = lines[i:]
    date = headers.get("date")
    bad_date = None
    if date is not None:
        iso = normalize_date(date)
        if iso is None:
            bad_date = date
        date = iso
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is not None and date is None and bad_date is None:
        inline_date, rest = read_inline_header(lines[first])
        if inline_date is not None:
            date = normalize_date(inline_date)
            lines[first] = rest
    title = headers.get("title")
    if title is None and title_mode != "none":
        title, lines = _take_title(lines, title_mode)
    if date is None and bad_date is None:
        date, lines = _take_date_line(lines)
    paragraphs = [line for line in lines if line.strip()]
    return ParsedText("\n\n".join(paragraphs), title or None, date, headers, bad_date)


def _take_title(lines: list[str], mode: str) -> tuple[str | None, list[str]]:
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, lines
    candidate = lines[first].strip()
    rest = lines[first + 1 :]
    if mode == "first-line":
        return candidate, rest
    stands_alone = bool(rest) and not rest[0].strip()
    has_body = any(line.strip() for line in rest)
    if stands_alone and has_body and looks_like_headline(candidate):
        return candidate, rest
    return None, lines


_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)[a-z]*\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)


def _take_date_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """A line at the top that is only a full date ("December 10, 2013") is the article's date."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not _DATE_LINE.fullmatch(lines[first].strip()):
        return None, lines
    date = normalize_date(lines[first].strip())
    if date is None or len(date) < 10:
        return None, lines
    return date, lines[first + 1 :]


def paragraphs_text(text: str) -> str:
    """Every non-empty line is a paragraph; paragraphs are joined by exactly one blank line."""
    return "\n\n".join(line for line in split_lines(text) if line.strip())


# ---------------------------------------------------------------------------------------------
# Paths to articles


@dataclass(slots=True)
class ArticleFile:
    path: str  # as the user gave it, or found under a directory
    record_id: str


def strip_extension(name: str) -> str:
    """``a/b.txt`` → ``a/b``; ``a/b.txt.gz`` → ``a/b``."""
    if name.endswith(".gz"):
        name = name[:-3]
    head, _, tail = name.rpartition("/")
    stem, dot, _ext = tail.rpartition(".")
    tail = stem if dot and stem else tail
    return f"{head}/{tail}" if head else tail


def expand_paths(arguments: list[str], glob: str, reporter: Reporter) -> Iterator[ArticleFile]:
    """Files as given, directories walked recursively (sorted, matching ``glob``), ``-`` for stdin."""
    for arg in arguments:
        if arg == "-":
            yield ArticleFile("-", "stdin")
        elif os.path.isdir(arg):
            yield from _walk(arg, glob, reporter)
        else:
            yield ArticleFile(arg, strip_extension(os.path.basename(arg)))


def _walk(root: str, glob: str, reporter: Reporter) -> Iterator[ArticleFile]:
    found = []
    for folder, dirs, files in os.walk(root, onerror=lambda e: reporter.warn(f"cannot read {e.filename}")):
        dirs.sort()
        for name in files:
            if fnmatch.fnmatch(name, glob):
                full = os.path.join(folder, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                found.append((rel.split("/"), full, rel))
    for _parts, full, rel in sorted(found):
        if os.path.islink(full) and not os.path.exists(full):
            reporter.warn(f"{full}: broken symbolic link, skipped")
            continue
        yield ArticleFile(full, strip_extension(rel))


def article_record(
    article: ArticleFile, data: bytes, title_mode: str, default_date: str | None, warnings: list[str]
) -> Record | None:
    """One raw article file as a record, or None when the file is empty; warnings are appended."""
    name = display_name(article.path)
    try:
        text, warning = decode_article(data)
    except NotText as exc:
        raise InputError(name, None, str(exc)) from None
    if warning:
        warnings.append(f"{name}: {warning}")
    parsed = parse_text(text, title_mode)
    if not parsed.text.strip():
        warnings.append(f"{name}: empty article, skipped")
        return None
    if parsed.bad_date:
        warnings.append(f"{name}: cannot read the date {parsed.bad_date!r}; left null")
    headers = parsed.headers
    record: Record = {
        "id": article.record_id,
        "source": headers.get("url") or name,
        "date": parsed.date or default_date,
        "title": parsed.title,
        "text": parsed.text,
    }
    if "author" in headers:
        record["author"] = headers["author"]
    return record


def load_article(
    article: ArticleFile, title_mode: str, default_date: str | None
) -> tuple[Record | None, list[str], InputError | None]:
    """Read and parse one file: (record or None, warnings, error). Safe to run in a worker."""
    warnings: list[str] = []
    try:
        data = read_whole(article.path)
        return article_record(article, data, title_mode, default_date, warnings), warnings, None
    except InputError as exc:
        return None, warnings, exc


# ---------------------------------------------------------------------------------------------
# Other tools' JSON Lines


@dataclass
class FieldMap:
    """Where to find the contract's fields in a foreign record; None means try the usual names."""

    id: str | None = None
    text: str | None = None
    date: str | None = None
    title: str | None = None


def _get(obj: dict, dotted: str) -> object:
    value: object = obj
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _first_field(obj: dict, explicit: str | None, candidates: tuple[str, ...]) -> tuple[str | None, object]:
    if explicit:
        return explicit, _get(obj, explicit)
    for name in candidates:
        if obj.get(name) is not None:
            return name, obj[name]
    return None, None


def map_foreign_record(obj: dict, fields: FieldMap, fallback_id: str, source: str) -> Record:
    """Map a scraper's record (news-please, trafilatura, …) into the contract; other fields stay.

    Raises ``ValueError`` naming the field that is missing or of the wrong type.
    """
    text_name, text = _first_field(obj, fields.text, JSONL_TEXT_FIELDS)
    if not isinstance(text, str):
        wanted = fields.text or "/".join(JSONL_TEXT_FIELDS)
        raise ValueError(f'no text: field "{wanted}" is missing or not a string')
    id_name, rid = _first_field(obj, fields.id, ("id",))
    if rid is None and fields.id is None:
        rid = fallback_id
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str):
        raise ValueError(f'field "{fields.id or "id"}" is missing or not a string')
    title_name, title = _first_field(obj, fields.title, JSONL_TITLE_FIELDS)
    date_name, date = _first_field(obj, fields.date, JSONL_DATE_FIELDS)
    _, url = _first_field(obj, None, JSONL_SOURCE_FIELDS)
    consumed = {n for n in (text_name, id_name, title_name, date_name) if n and "." not in n}
    record: Record = {
        "id": rid,
        "source": url if isinstance(url, str) else source,
        "date": normalize_date(date) if isinstance(date, str) else None,
        "title": title if isinstance(title, str) else None,
        "text": paragraphs_text(text),
    }
    for key, value in obj.items():
        if key not in consumed and key not in record:
            record[key] = value
    return record


def foreign_lines(path: str) -> Iterator[tuple[str, int, bytes]]:
    name = display_name(path)
    for lineno, raw in read_lines(path):
        if raw.strip():
            yield name, lineno, raw


def stem_of(path: str) -> str:
    return "stdin" if path == "-" else strip_extension(Path(path).name)


# ---------------------------------------------------------------------------------------------
# The two ways in


def read_path_list(path: str) -> list[str]:
    """``--files-from``: one path per line; blank lines are skipped."""
    return [raw.decode("utf-8", "surrogateescape").strip() for _, raw in read_lines(path) if raw.strip()]


def article_records(
    session: Session,
    arguments: list[str],
    glob: str = "*.txt",
    title_mode: str = "auto",
    default_date: str | None = None,
    jobs: int = 1,
) -> Iterator[Located]:
    """Records of raw article files; unreadable and binary files follow the session's error policy."""
    from .io import parallel_map, worker_count

    articles = list(expand_paths(arguments or ["-"], glob, session.reporter))
    if worker_count(jobs) > 1 and "-" not in arguments:
        results = parallel_map(lambda a: load_article(a, title_mode, default_date), articles, jobs, batch=16)
    else:
        results = (load_article(a, title_mode, default_date) for a in articles)
    for article, (record, warnings, error) in zip(articles, results, strict=True):
        session.stats.read += 1
        for warning in warnings:
            session.reporter.warn(warning)
        name = display_name(article.path)
        if error is not None:
            session.reject(error, name.encode("utf-8", "surrogateescape"))
            continue
        if record is None:
            session.stats.extra["empty"] = session.stats.extra.get("empty", 0) + 1
            continue
        yield Located(name, 0, record)


def foreign_records(session: Session, fields: FieldMap) -> Iterator[Located]:
    """``--from jsonl``: other tools' JSON Lines mapped into the contract."""
    for path in session.options.inputs or ("-",):
        name = display_name(path)
        stem = stem_of(path)
        try:
            for lineno, raw in read_lines(path):
                if not raw.strip():
                    continue
                session.stats.read += 1
                try:
                    record = map_foreign_record(loads_object(raw), fields, f"{stem}:{lineno}", name)
                except ValueError as exc:
                    session.reject(InputError(name, lineno, str(exc)), raw)
                    continue
                yield Located(name, lineno, record)
        except InputError as exc:
            if not session.options.skip_invalid:
                raise
            session.reporter.warn(f"skipped the rest of {exc}")
