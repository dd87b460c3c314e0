"""The pnews command line: click commands that read options and call the library.

Filter modules are imported inside the command that needs them, so ``pnews --help`` and
``pnews CMD --help`` stay fast.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .options import io_options

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="pnews")
def cli() -> None:
    """Unix-style filters for news articles, one JSON object per line.

    \b
    Examples:
      pnews parse articles/ > articles.jsonl
      pnews parse seeds/*.txt | pnews clean | pnews quotes --explode
      zcat dump.jsonl.gz | pnews clean -o clean.jsonl

    Every command reads JSON Lines from FILES or stdin and writes to stdout or -o FILE.
    Bad input stops with `pnews CMD: FILE:LINE: what is wrong` and exit status 1;
    --skip-invalid goes on and --rejects FILE keeps the bad lines.
    """


@cli.command(context_settings=CONTEXT)
@io_options("parse", files=False)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--glob", default="*.txt", show_default=True, help="File pattern for directory arguments.")
@click.option(
    "--files-from",
    type=click.Path(dir_okay=False, allow_dash=True),
    metavar="FILE",
    help="Read the paths to parse from FILE (one per line; - for stdin).",
)
@click.option(
    "--title",
    "title_mode",
    type=click.Choice(["auto", "first-line", "none"]),
    default="auto",
    show_default=True,
    help="auto: a first line that stands alone and reads like a headline.",
)
@click.option("--date", "default_date", metavar="DATE", help="Date for articles that carry none.")
@click.option(
    "--from",
    "input_format",
    type=click.Choice(["txt", "jsonl"]),
    default="txt",
    show_default=True,
    help="txt: raw article files. jsonl: other tools' JSON Lines, mapped into the pnews record.",
)
@click.option("--id-field", metavar="FIELD", help="--from jsonl: the field that holds the id [id].")
@click.option(
    "--text-field", metavar="FIELD", help="--from jsonl: the field that holds the text [text, maintext, …]."
)
@click.option("--date-field", metavar="FIELD", help="--from jsonl: the field that holds the date.")
@click.option("--title-field", metavar="FIELD", help="--from jsonl: the field that holds the title.")
def parse(io, paths, glob, files_from, title_mode, default_date, input_format, **fields) -> None:
    """Turn raw article files into JSON Lines records.

    PATHS are files, directories (searched recursively for --glob) or - (stdin as one article).
    A file's id is its name without extension; a file found under a directory gets its path
    relative to that directory (business/001). Paragraphs are joined by one blank line.

    \b
    Examples:
      pnews parse seeds/*.txt
      pnews parse ../shared/data/bbc > bbc.jsonl
      find corpus -name '*.txt' | pnews parse --files-from - --date 2022-12-13
      pnews parse --from jsonl --text-field maintext news-please.jsonl
    """
    from . import io as pio
    from . import parse as parser

    def body() -> None:
        if default_date is not None and parser.normalize_date(default_date) is None:
            raise click.BadParameter(f"cannot read {default_date!r} as a date", param_hint="--date")
        date = parser.normalize_date(default_date) if default_date else None
        session = pio.Session(io)
        if input_format == "jsonl":
            if files_from:
                raise click.UsageError("--files-from goes with --from txt")
            io.inputs = tuple(paths)
            field_map = parser.FieldMap(
                fields["id_field"], fields["text_field"], fields["date_field"], fields["title_field"]
            )
            located = parser.foreign_records(session, field_map)
        else:
            arguments = list(paths)
            if files_from:
                arguments += parser.read_path_list(files_from)
                if not arguments:
                    return
            if arguments.count("-") + (files_from == "-") > 1:
                raise click.UsageError("stdin can be read only once")
            located = parser.article_records(session, arguments, glob, title_mode, date, io.jobs)
        session.run(pio.records_of(pio.unique_ids(session, located)))

    pio.guard("parse", body)


def _rule_list(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


@cli.command(context_settings=CONTEXT)
@io_options("clean")
@click.option("--rules", "list_rules", is_flag=True, help="List the rules with a line about each, and exit.")
@click.option("--only", metavar="RULE,...", help="Run only these rules.")
@click.option("--skip", metavar="RULE,...", help="Run every rule but these.")
@click.option("--explain", is_flag=True, help="Print to stderr, per article, what went and why.")
def clean(io, list_rules, only, skip, explain) -> None:
    """Remove what is not the article and repair the text.

    Sign-up boxes, app promos, ALL-CAPS related headlines, donation appeals, editorial notices,
    credits, repeated paragraphs and a truncated tail go; each removal is appended to the
    record's `removed` list as {"text", "rule"}. Spans in `quotes` and `dates` are moved to
    where their text now stands, or dropped when it is gone (a summary says how many).
    Recommended order: parse → clean → quotes / dates → dedupe.

    \b
    Examples:
      pnews parse seeds/*.txt | pnews clean
      pnews clean --explain articles.jsonl > clean.jsonl
      pnews clean --skip repeated,truncated articles.jsonl
      pnews clean articles.jsonl | jq -c '.removed[]'
    """
    from . import clean as cleaner
    from . import io as pio

    if list_rules:
        for rule in cleaner.RULES:
            click.echo(f"{rule.name:18} {rule.kind:7} {rule.description}")
        return
    try:
        rules = cleaner.select_rules(_rule_list(only), _rule_list(skip))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--only/--skip") from None

    def body() -> None:
        reporter = pio.Reporter("clean", io.quiet)
        counts: dict[str, int] = {}

        def transform(record):
            before = len(record["removed"]) if isinstance(record.get("removed"), list) else 0
            report = cleaner.clean_record(record, rules)
            if report.shifted or report.dropped:
                pio.report_count(counts, "spans moved", report.shifted)
                pio.report_count(counts, "spans dropped", report.dropped)
            if explain:
                gone = record["removed"][before:]
                cleaner.explain(record, gone, lambda line: pio.report_note("clean", line))
            return (record,)

        stats = pio.run_filter(io, transform, reporter)
        for key, n in stats.extra.items():
            counts[key] = counts.get(key, 0) + n
        moved, dropped = counts.get("spans moved", 0), counts.get("spans dropped", 0)
        if moved or dropped:
            reporter.warn(f"moved {moved} and dropped {dropped} quote/date spans whose text changed")

    pio.guard("clean", body)


@cli.command(context_settings=CONTEXT)
@io_options("dedupe", jobs=False)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True),
    default=0.8,
    show_default=True,
    help="Near duplicates: Jaccard similarity of word 5-shingles at least this.",
)
@click.option(
    "--containment",
    type=click.FloatRange(0, 1, min_open=True),
    metavar="T",
    help="Also drop an article when this share of the shorter one's shingles is in the other.",
)
@click.option(
    "--key", metavar="FIELD", help="Deduplicate exactly on this field (a URL, say) instead of the text."
)
@click.option(
    "--mark", is_flag=True, help="Keep every record; add duplicate_of and similarity to duplicates."
)
@click.option(
    "--removed",
    "removed_path",
    type=click.Path(dir_okay=False, allow_dash=False),
    metavar="FILE",
    help="Write the dropped records here, each with duplicate_of and similarity.",
)
@click.option(
    "--paragraphs",
    type=click.IntRange(2),
    metavar="N",
    help="First remove paragraphs that recur in at least N articles of the input (rule corpus-repeat).",
)
def dedupe(io, threshold, containment, key, mark, removed_path, paragraphs) -> None:
    """Drop exact and near-duplicate articles, keeping the first of each group.

    One streaming pass. Exact duplicates share their normalised text (NFKC, casefold, white
    space collapsed). Near duplicates have a Jaccard similarity of word 5-shingles of at least
    --threshold: MinHash with LSH banding (recall >= 0.995 at the threshold) finds candidates,
    and each is verified with the true Jaccard. A summary goes to stderr; --removed and --mark
    make sure nothing is lost silently.

    \b
    Examples:
      pnews parse corpus/ | pnews dedupe > unique.jsonl
      pnews dedupe --removed dupes.jsonl articles.jsonl > unique.jsonl
      pnews dedupe --mark articles.jsonl | jq -c 'select(.duplicate_of)'
      pnews dedupe --containment 0.9 --threshold 0.7 wire.jsonl
      pnews dedupe --key url scraped.jsonl
      pnews dedupe --paragraphs 20 site-dump.jsonl.gz
    """
    from . import dedupe as dd
    from . import io as pio

    options = dd.DedupeOptions(threshold, containment, key, mark, removed_path, paragraphs)

    def body() -> None:
        deduper = dd.Deduper(threshold, containment, key)
        reporter = pio.Reporter("dedupe", io.quiet)
        with pio.rereadable_inputs(io, needed=bool(paragraphs)) as inputs:
            io.inputs = inputs
            counts = None
            if paragraphs:
                counts = dd.count_corpus_paragraphs(raw for path in inputs for _, raw in pio.read_lines(path))
            removed_writer = pio.RecordWriter(removed_path) if removed_path else None
            session = pio.Session(io, reporter)
            try:
                session.run(dd.dedupe_stream(session.records(), options, deduper, removed_writer, counts))
            finally:
                if removed_writer is not None:
                    removed_writer.close()
        reporter.info(dd.summary(deduper.stats, deduper, options))

    pio.guard("dedupe", body)


@cli.command(context_settings=CONTEXT)
@io_options("quotes")
@click.option(
    "--all", "include_scare", is_flag=True, help='Also output scare quotes and titles, as kind "scare".'
)
@click.option(
    "--explode", is_flag=True, help='One line per quote: {"id", "n", ...quote fields} instead of the records.'
)
def quotes(io, include_scare, explode) -> None:
    """Find direct and partial quotations, with their cue and speaker.

    Adds `quotes`, a list in document order of {"text", "start", "end", "kind", "speaker",
    "speaker_text", "cue"}. `speaker` is the resolved name ("she" → "Mary Jones"),
    the fullest form of it in the article and without titles; an organisation or document
    ("the joint statement"); or null. Works on raw or cleaned text; run it after `clean`.

    \b
    Examples:
      pnews parse seeds/*.txt | pnews clean | pnews quotes
      pnews quotes --explode clean.jsonl | jq -r '[.speaker, .text] | @tsv'
      pnews quotes --explode clean.jsonl | sqlite-utils insert quotes.db quotes - --nl
    """
    from . import api
    from . import io as pio

    def transform(record):
        api.quotes(record, include_scare=include_scare)
        if not explode:
            return (record,)
        return ({"id": record["id"], "n": n, **quote} for n, quote in enumerate(record["quotes"]))

    pio.guard("quotes", lambda: pio.run_filter(io, transform))


@cli.command(context_settings=CONTEXT)
@io_options("dates")
@click.option(
    "--reference-date",
    metavar="DATE",
    help="Resolve relative expressions against this date instead of each record's `date`.",
)
@click.option("--explode", is_flag=True, help='One line per expression: {"id", "n", ...date fields}.')
@click.option(
    "--timeline", is_flag=True, help="Print, per article, the resolved dates sorted, each with its sentence."
)
def dates(io, reference_date, explode, timeline) -> None:
    """Find temporal expressions and normalise them to TimeML TIMEX3 values.

    Adds `dates`, a list in document order of {"text", "start", "end", "type", "value",
    "mod"}. Relative expressions ("Tuesday", "this week", "three hundred days ago") are
    resolved against the record's `date`, or --reference-date; with neither, the parts that
    need it stay X ("July 9" → XXXX-07-09). The machine's clock is never used.

    \b
    Examples:
      pnews parse seeds/*.txt | pnews clean | pnews dates
      pnews dates --explode clean.jsonl | jq -r 'select(.type == "DATE") | .value'
      pnews dates --timeline clean.jsonl | less
      pnews dates --reference-date 2022-12-13 articles.jsonl
    """
    from . import api
    from . import dates as finder
    from . import io as pio

    reference = None
    if reference_date is not None:
        try:
            reference = finder.parse_reference_date(reference_date)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--reference-date") from None

    def transform(record):
        api.dates(record, reference_date=reference)
        if explode:
            return ({"id": record["id"], "n": n, **d} for n, d in enumerate(record["dates"]))
        return (record,)

    if not timeline:
        pio.guard("dates", lambda: pio.run_filter(io, transform))

    def body() -> None:
        session = pio.Session(io)
        out = pio.open_output(io.output)
        try:
            for item in session.records():
                api.dates(item.record, reference_date=reference)
                for line in finder.timeline(item.record):
                    pio.write_line(out, line, io.output)
        finally:
            pio.close_output(out, io.output)

    pio.guard("dates", body)


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--steps",
    default="clean,quotes,dates,dedupe",
    show_default=True,
    metavar="STEP,...",
    help="Steps to run, in order: clean, quotes, dates, dedupe.",
)
@click.option(
    "--output", "-o", "out_dir", required=True, type=click.Path(file_okay=False), help="Output directory."
)
@click.option("--scheduler", metavar="ADDRESS", help="Run on an existing cluster (tcp://HOST:8786).")
@click.option("--workers", type=click.IntRange(1), help="LocalCluster workers [one per core].")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.8, show_default=True)
@click.option("--mark", is_flag=True, help="Keep duplicates, marked with duplicate_of (as dedupe --mark).")
@click.option(
    "--glob", "glob_pattern", default="*.txt", show_default=True, help="File pattern in raw directories."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
def run(inputs, steps, out_dir, scheduler, workers, threshold, mark, glob_pattern, quiet) -> None:
    """Run the pipeline on a Dask cluster: sharded input, sharded output.

    INPUTS are JSON Lines files (.jsonl, .jsonl.gz), globs, or directories of raw articles (or of
    .jsonl files). The output directory gets part-NNNNN.jsonl files, and removed-NNNNN.jsonl with
    the dropped duplicates. The result equals `pnews parse | clean | quotes | dates | dedupe`,
    record for record. Needs the optional extra: pip install 'pnews[dask]'.

    \b
    Examples:
      pnews run ../shared/data/bbc --output out/
      pnews run 'dumps/*.jsonl.gz' --steps clean,dedupe --output out/
      pnews run corpus/ --output out/ --scheduler tcp://10.0.0.5:8786
    """
    from . import io as pio

    chosen = tuple(s.strip() for s in steps.split(",") if s.strip())
    unknown = [s for s in chosen if s not in ("clean", "quotes", "dates", "dedupe")]
    if unknown:
        raise click.BadParameter(f"unknown step {unknown[0]!r}", param_hint="--steps")

    def body() -> None:
        try:
            from . import run as runner
        except ImportError as exc:
            raise pio.PnewsError(f"needs Dask: pip install 'pnews[dask]' ({exc})") from None
        summary = runner.run_pipeline(
            list(inputs), chosen, out_dir, scheduler, workers, threshold, mark,
            progress=not quiet and sys.stderr.isatty(), glob_pattern=glob_pattern,
        )  # fmt: skip
        if not quiet:
            pio.print_err("run", runner.describe(summary, chosen))

    pio.guard("run", body)


def main() -> None:
    try:
        cli.main(prog_name="pnews")
    except KeyboardInterrupt:
        sys.exit(130)
