"""Header names that `parse` understands, and the usual field names of scrapers' JSON."""

# `Key: value` lines at the top of an article file; the value is the record field they fill.
HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "pubdate": "date",
    "date published": "date",
    "url": "url",
    "link": "url",
    "source": "url",
    "source url": "url",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "by": "author",
}

# Keys of a one-line header glued to the body: ` date 2022-12-13 Body text…`.
INLINE_HEADER_KEYS = frozenset({"date", "published", "updated"})

# `parse --from jsonl`: the fields tried in order when no --*-field option names one.
# news-please: maintext, date_publish, url; trafilatura: text, date, source / url.
JSONL_TEXT_FIELDS = ("text", "maintext", "content", "body", "article")
JSONL_TITLE_FIELDS = ("title", "headline")
JSONL_DATE_FIELDS = ("date", "date_publish", "published", "date_published", "publish_date", "pubdate")
JSONL_SOURCE_FIELDS = ("url", "source_url", "source")
