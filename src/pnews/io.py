"""Streaming, errors and output shared by every pnews command.

Every command reads JSON Lines (or, for ``parse``, raw article files) through this module and
writes through it, so the record contract and the error behaviour live in one place:

* input files are read in order; none, or ``-``, means stdin; gzip is detected by magic bytes;
* one record per line, UTF-8, a leading BOM accepted, blank lines skipped;
* a bad line stops the run with ``pnews CMD: FILE:LINE: what is wrong`` and exit status 1,
  or, with ``--skip-invalid``, is reported (capped) and written raw to ``--rejects``;
* output is one compact JSON object per line, never ASCII-escaped, ``\\n`` after each;
* a closed pipe, Ctrl-C and a failed write end the run cleanly with a documented status.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any, NoReturn

import orjson

Record = dict[str, Any]

# Documented in the README, "Errors and exit codes".
EXIT_OK = 0
EXIT_DATA = 1  # bad input, unreadable file, failed write
EXIT_USAGE = 2  # bad command line (click's own status)
EXIT_INTERNAL = 3  # a bug in pnews: please report it
EXIT_INTERRUPTED = 130  # Ctrl-C
EXIT_BROKEN_PIPE = 141  # the reader went away (`| head`); nothing is printed

STDIN_NAME = "<stdin>"
GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
WARNING_CAP = 10


class PnewsError(Exception):
    """An error the user can act on; printed as one line, never as a traceback."""

    exit_code = EXIT_DATA


class InputError(PnewsError):
    """Bad input at a known place: ``FILE:LINE: message`` (LINE may be unknown)."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line, self.message = source, line, message
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")


class OutputError(PnewsError):
    """Writing the output failed (full disk, closed file, permissions)."""


@dataclass
class IOOptions:
    """The options every command shares; built by ``options.io_options``."""

    command: str
    inputs: tuple[str, ...] = ()
    output: str | None = None
    skip_invalid: bool = False
    rejects: str | None = None
    quiet: bool = False
    jobs: int = 1  # worker processes for per-record filters; 0 means all cores


@dataclass
class RunStats:
    read: int = 0
    written: int = 0
    invalid: int = 0
    extra: dict[str, int] = field(default_factory=dict)


class Reporter:
    """Warnings and the invalid-line log of one command, on stderr."""

    def __init__(self, command: str, quiet: bool = False, cap: int = WARNING_CAP):
        self.command, self.quiet, self.cap = command, quiet, cap
        self.invalid_reported = 0
        self.invalid_suppressed = 0

    def warn(self, message: str) -> None:
        if not self.quiet:
            _stderr(f"pnews {self.command}: warning: {message}")

    def info(self, message: str) -> None:
        if not self.quiet:
            _stderr(f"pnews {self.command}: {message}")

    def invalid(self, error: InputError) -> None:
        if self.invalid_reported < self.cap:
            self.invalid_reported += 1
            self.warn(f"skipped {error}")
        else:
            self.invalid_suppressed += 1

    def finish_invalid(self, total: int, rejects: str | None) -> None:
        if self.invalid_suppressed:
            self.warn(f"... {self.invalid_suppressed} more invalid lines not shown")
        if total:
            where = f", written to {rejects}" if rejects else ""
            self.warn(f"skipped {total} invalid line{'s' if total != 1 else ''}{where}")


def print_err(command: str, line: str) -> None:
    """A line of a command's own report on stderr (not a warning: --quiet leaves it)."""
    _stderr(f"pnews {command}: {line}")


def _stderr(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


# ---------------------------------------------------------------------------------------------
# Opening input


_ALIASES: dict[str, str] = {}  # a spool file stands for stdin in messages


def display_name(path: str) -> str:
    return STDIN_NAME if path == "-" else _ALIASES.get(path, path)


def open_input(path: str) -> IO[bytes]:
    """Open a file (or ``-`` for stdin) for binary reading, gunzipping it if it starts like gzip."""
    name = display_name(path)
    if path == "-":
        raw: IO[bytes] = sys.stdin.buffer
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 - the caller closes it
        except IsADirectoryError:
            raise InputError(name, None, "is a directory") from None
        except FileNotFoundError:
            raise InputError(name, None, "no such file") from None
        except PermissionError:
            raise InputError(name, None, "permission denied") from None
        except OSError as exc:
            raise InputError(name, None, exc.strerror or str(exc)) from None
    try:
        head = _peek(raw, 2)
    except OSError as exc:
        raise InputError(name, None, exc.strerror or str(exc)) from None
    if head[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def read_whole(path: str) -> bytes:
    """The whole of a file (or ``-`` for stdin), gunzipped when it starts like gzip."""
    name = display_name(path)
    stream = open_input(path)
    try:
        return stream.read()
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(name, None, f"gzip stream is corrupt or cut short ({exc})") from None
    except OSError as exc:
        raise InputError(name, None, exc.strerror or str(exc)) from None
    finally:
        if path != "-":
            stream.close()


def _peek(stream: IO[bytes], n: int) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        return peek(n)[:n]
    return b""


def read_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line_number, line)`` of a file, without its line ending, in constant memory."""
    name = display_name(path)
    stream = open_input(path)
    lineno = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if lineno == 1:
                if raw[:2] in UTF16_BOMS:
                    raise InputError(
                        name, 1, "UTF-16 input; pnews reads UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)"
                    )
                if raw.startswith(UTF8_BOM):
                    raw = raw[3:]
            yield lineno, raw.rstrip(b"\r\n")
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(name, lineno + 1, f"gzip stream is corrupt or cut short ({exc})") from None
    except OSError as exc:
        raise InputError(name, lineno + 1, exc.strerror or str(exc)) from None
    finally:
        if path != "-":
            stream.close()


# ---------------------------------------------------------------------------------------------
# Decoding and validating records


# a JSON number follows ":", "," or "[": looking only there keeps the check off the text's bytes
_LONG_NUMBER = re.compile(rb"[:,\[]\s*-?\d{19}")


def loads_object(raw: bytes) -> dict[str, Any]:
    """Decode one JSON Lines line that must hold an object, or raise ``ValueError``."""
    if _LONG_NUMBER.search(raw):
        obj = _loads_slow(raw)  # orjson would turn an integer beyond 64 bits into a float
    else:
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            obj = _loads_slow(raw)
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {_json_kind(obj)}")
    return obj


def loads_record(raw: bytes) -> Record:
    """Decode one line into a record of the contract, or raise ``ValueError`` saying what is wrong."""
    obj = loads_object(raw)
    if "id" not in obj:
        raise ValueError('missing "id"')
    if not isinstance(obj["id"], str):
        raise ValueError(f'"id" must be a string, got {_json_kind(obj["id"])}')
    if not isinstance(obj.get("text"), str):
        got = "nothing" if "text" not in obj else _json_kind(obj["text"])
        raise ValueError(f'"text" must be a string, got {got}')
    return obj


def _loads_slow(raw: bytes) -> Any:
    # orjson refuses a few things the JSON grammar allows (lone surrogate escapes, huge integers);
    # the standard library takes them, and it also gives the more useful error message.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
    if text.startswith("\ufeff"):
        raise ValueError("byte-order mark (U+FEFF) in the middle of the stream")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None


def _json_kind(obj: Any) -> str:
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "a boolean"
    if isinstance(obj, (int, float)):
        return "a number"
    if isinstance(obj, str):
        return "a string"
    if isinstance(obj, list):
        return "an array"
    return "an object"


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def dumps_record(record: Record) -> bytes:
    """One output line: compact JSON, UTF-8, keys in their original order, ``\\n`` at the end."""
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        # Lone surrogates cannot be UTF-8, integers beyond 64 bits are not orjson's: the standard
        # library writes both, lone surrogates kept as JSON escapes so nothing is lost.
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        return text.encode("utf-8") + b"\n"


@dataclass(slots=True)
class Located:
    """A record with the place it was read from, for error messages."""

    source: str
    line: int
    record: Record


class Session:
    """One run of one command: its options, warnings, counts, rejects and output."""

    def __init__(self, options: IOOptions, reporter: Reporter | None = None):
        self.options = options
        self.reporter = reporter or Reporter(options.command, options.quiet)
        self.stats = RunStats()
        self._rejects: IO[bytes] | None = None

    def records(self, decode: Callable[[bytes], Record] | None = None) -> Iterator[Located]:
        """The records of the input files, in order; bad lines stop the run or are rejected."""
        decode = decode or loads_record
        for path in self.options.inputs or ("-",):
            name = display_name(path)
            try:
                for lineno, raw in read_lines(path):
                    if not raw.strip():
                        continue
                    self.stats.read += 1
                    try:
                        record = decode(raw)
                    except ValueError as exc:
                        self.reject(InputError(name, lineno, str(exc)), raw)
                        continue
                    yield Located(name, lineno, record)
            except InputError as exc:
                if not self.options.skip_invalid:
                    raise
                self.stats.invalid += 1
                self.reporter.warn(f"skipped the rest of {exc}")

    def raw_lines(self) -> Iterator[tuple[str, int, bytes]]:
        """The non-blank lines of the inputs, undecoded, with their place (for worker processes)."""
        for path in self.options.inputs or ("-",):
            name = display_name(path)
            try:
                for lineno, raw in read_lines(path):
                    if raw.strip():
                        self.stats.read += 1
                        yield name, lineno, raw
            except InputError as exc:
                if not self.options.skip_invalid:
                    raise
                self.stats.invalid += 1
                self.reporter.warn(f"skipped the rest of {exc}")

    def reject(self, error: InputError, raw: bytes | None = None) -> None:
        """Stop on bad input, or with --skip-invalid report it and keep its raw bytes."""
        if not self.options.skip_invalid:
            raise error
        self.stats.invalid += 1
        self.reporter.invalid(error)
        if raw is not None and self.options.rejects:
            if self._rejects is None:
                self._rejects = open_output(self.options.rejects)
            _write(self._rejects, raw + b"\n", self.options.rejects)

    def run(self, produce: Iterable[Record]) -> RunStats:
        """Write every record ``produce`` yields; flush whole lines even when it fails midway."""
        writer = RecordWriter(self.options.output, self.stats)
        try:
            writer.write_many(produce)
        finally:
            self.finish(writer)
        return self.stats

    def finish(self, writer: RecordWriter) -> None:
        """Close the rejects file, report what was skipped, flush and close the output."""
        try:
            if self._rejects is not None:
                close_output(self._rejects, self.options.rejects)
            self.reporter.finish_invalid(self.stats.invalid, self.options.rejects)
        finally:
            writer.close()


def unique_ids(session: Session, located: Iterable[Located]) -> Iterator[Located]:
    """Pass records through, stopping (or rejecting, with --skip-invalid) on a repeated id."""
    first_seen: dict[str, str] = {}
    for item in located:
        record_id = item.record["id"]
        if record_id in first_seen:
            message = f"duplicate id {record_id!r} (first in {first_seen[record_id]})"
            error = InputError(item.source, item.line or None, message)
            session.reject(error, dumps_record(item.record).rstrip(b"\n"))
            continue
        first_seen[record_id] = f"{item.source}:{item.line}" if item.line else item.source
        yield item


def records_of(located: Iterable[Located]) -> Iterator[Record]:
    for item in located:
        yield item.record


@contextmanager
def rereadable_inputs(options: IOOptions, needed: bool = True) -> Iterator[tuple[str, ...]]:
    """The inputs as paths that can be read twice: stdin is spooled to a temporary file."""
    inputs = options.inputs or ("-",)
    if not needed or "-" not in inputs:
        yield inputs
        return
    import shutil
    import tempfile

    with tempfile.NamedTemporaryFile(prefix="pnews-", suffix=".spool") as spool:
        shutil.copyfileobj(sys.stdin.buffer, spool)
        spool.flush()
        _ALIASES[spool.name] = STDIN_NAME
        try:
            yield tuple(spool.name if path == "-" else path for path in inputs)
        finally:
            _ALIASES.pop(spool.name, None)


# ---------------------------------------------------------------------------------------------
# Output


def open_output(path: str | None) -> IO[bytes]:
    if path is None or path == "-":
        return sys.stdout.buffer
    try:
        return open(path, "wb", buffering=1 << 16)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _write(stream: IO[bytes], data: bytes, name: str | None) -> None:
    try:
        stream.write(data)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {name or '<stdout>'}: {exc.strerror or exc}") from None


def write_line(stream: IO[bytes], line: str, name: str | None) -> None:
    """A line of plain text output (for human-readable views such as --timeline)."""
    _write(stream, line.encode("utf-8", "surrogatepass") + b"\n", name)


def close_output(stream: IO[bytes], name: str | None) -> None:
    try:
        stream.flush()
        if stream is not sys.stdout.buffer:
            stream.close()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {name or '<stdout>'}: {exc.strerror or exc}") from None


class RecordWriter:
    """Writes whole lines only, so output cut short by an error never ends in half a record."""

    def __init__(self, path: str | None, stats: RunStats | None = None):
        self.path = path
        self.stream = open_output(path)
        self.stats = stats

    def write(self, record: Record) -> None:
        _write(self.stream, dumps_record(record), self.path)
        if self.stats is not None:
            self.stats.written += 1

    def write_many(self, records: Iterable[Record]) -> None:
        for record in records:
            self.write(record)

    def close(self) -> None:
        close_output(self.stream, self.path)


# ---------------------------------------------------------------------------------------------
# Running a command

Transform = Callable[[Record], Iterable[Record]]


def run_filter(options: IOOptions, transform: Transform, reporter: Reporter | None = None) -> RunStats:
    """Read every record, pass it through ``transform`` and write what it yields, in order.

    ``transform`` returns the records to write for one input record (usually just that one,
    changed in place; one per quote for ``--explode``). With ``jobs`` other than 1, records go
    to worker processes in batches; the output is the same, byte for byte.
    """
    session = Session(options, reporter)
    if worker_count(options.jobs) == 1:
        return session.run(map_located(session.records(), transform))
    return _run_filter_parallel(session, transform)


# ---------------------------------------------------------------------------------------------
# Worker processes

BATCH_LINES = 64
_WORKER_FUNCTION: Callable[[Any], Any] | None = None
_NOTES: list[str] | None = None  # in a worker: notes of the batch being processed
_COUNTS: dict[str, int] | None = None


def worker_count(jobs: int) -> int:
    return (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)


def report_note(command: str, line: str) -> None:
    """A line for stderr from inside a transform (--explain): printed in input order."""
    if _NOTES is not None:
        _NOTES.append(line)
    else:
        print_err(command, line)


def report_count(counts: dict[str, int], key: str, n: int = 1) -> None:
    """Add to a counter of the command's summary, from inside a transform."""
    target = _COUNTS if _COUNTS is not None else counts
    target[key] = target.get(key, 0) + n


def _worker_init() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _run_batch(batch: list[Any]) -> tuple[list[Any], list[str], dict[str, int]]:
    global _NOTES, _COUNTS
    _NOTES, _COUNTS = [], {}
    assert _WORKER_FUNCTION is not None
    results = [_WORKER_FUNCTION(item) for item in batch]
    return results, _NOTES, _COUNTS


def parallel_map(
    function: Callable[[Any], Any],
    items: Iterable[Any],
    jobs: int,
    on_extras: Callable[[list[str], dict[str, int]], None] | None = None,
    batch: int = BATCH_LINES,
) -> Iterator[Any]:
    """``function`` over ``items`` in worker processes, results in input order.

    At most a few batches per worker are in flight, so memory stays constant. The workers are
    forked, so ``function`` may be a closure; they ignore Ctrl-C, and whatever ends the parent
    (a closed pipe, Ctrl-C, an error) terminates them, so none is left behind.
    """
    import atexit
    import functools
    import itertools
    import multiprocessing
    from collections import deque

    global _WORKER_FUNCTION
    _WORKER_FUNCTION = function
    workers = worker_count(jobs)
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_init)
    # A process that exits before this generator is closed (an error ends the command while it is
    # suspended) must still abandon the pool: multiprocessing's own exit hook, which runs after
    # this one, would kill the workers and then wait for ever on a queue lock one of them held.
    abandon_at_exit = functools.partial(_abandon, pool)
    atexit.register(abandon_at_exit)
    iterator = iter(items)
    in_flight: deque = deque()

    def drain_one() -> list[Any]:
        results, notes, counts = in_flight.popleft().get()
        if on_extras is not None:
            on_extras(notes, counts)
        return results

    try:
        while True:
            chunk = list(itertools.islice(iterator, batch))
            if not chunk:
                break
            in_flight.append(pool.apply_async(_run_batch, (chunk,)))
            if len(in_flight) >= 3 * workers:
                yield from drain_one()
        while in_flight:
            yield from drain_one()
        pool.close()
        pool.join()
    except BaseException:
        _abandon(pool)
        raise
    finally:
        atexit.unregister(abandon_at_exit)
        _WORKER_FUNCTION = None


def _abandon(pool: Any) -> None:
    """Kill the workers and leave the pool's threads behind, as the process is ending.

    ``Pool.terminate()`` can wait for ever: a worker killed while it holds the lock of the result
    queue (it was writing a result when ``head`` closed the pipe) leaves that lock taken, and the
    pool's task thread then blocks on it. So the pool's worker thread is stopped first (else it
    forks new workers in place of the killed ones, and those, holding our stdin open, would
    outlive us), then the workers are killed. The pool's threads are daemons: with its finaliser
    cancelled, nothing waits for them.
    """
    if getattr(pool, "_pnews_abandoned", False):
        return  # once at exit, then again when the generator is closed as Python shuts down
    pool._pnews_abandoned = True
    from multiprocessing.pool import TERMINATE

    pool._worker_handler._state = TERMINATE
    pool._change_notifier.put(None)
    pool._worker_handler.join(timeout=5)
    for process in pool._pool:
        process.kill()
    for process in pool._pool:
        process.join(timeout=5)
    pool._terminate.cancel()


def _process_line(item: tuple[str, int, bytes], transform: Transform) -> tuple[str, Any]:
    name, lineno, raw = item
    try:
        record = loads_record(raw)
    except ValueError as exc:
        return "bad", (name, lineno, raw, str(exc))
    try:
        return "ok", b"".join(dumps_record(r) for r in transform(record))
    except Exception as exc:  # a bug of ours: the parent reports it with file, line and id
        return "crash", (name, lineno, record.get("id"), f"{type(exc).__name__}: {exc}")


def _run_filter_parallel(session: Session, transform: Transform) -> RunStats:
    def on_extras(notes: list[str], counts: dict[str, int]) -> None:
        for line in notes:
            print_err(session.options.command, line)
        for key, n in counts.items():
            session.stats.extra[key] = session.stats.extra.get(key, 0) + n

    writer = RecordWriter(session.options.output, session.stats)
    try:
        results = parallel_map(
            lambda item: _process_line(item, transform), session.raw_lines(), session.options.jobs, on_extras
        )
        for kind, payload in results:
            if kind == "ok":
                _write(writer.stream, payload, writer.path)
                session.stats.written += payload.count(b"\n")
            elif kind == "bad":
                name, lineno, raw, message = payload
                session.reject(InputError(name, lineno, message), raw)
            else:
                name, lineno, record_id, message = payload
                raise PnewsError(
                    f"{name}:{lineno}: internal error on record {record_id!r}: {message} (please report this)"
                )
    finally:
        session.finish(writer)
    return session.stats


def map_located(located: Iterable[Located], transform: Transform) -> Iterator[Record]:
    """Apply ``transform`` to each record; a crash names the file, line and record id."""
    for item in located:
        try:
            yield from transform(item.record)
        except PnewsError:
            raise
        except Exception as exc:  # a bug of ours: say where, and which record
            raise InternalError(item.source, item.line, item.record.get("id"), exc) from exc


class InternalError(PnewsError):
    exit_code = EXIT_INTERNAL

    def __init__(self, source: str, line: int, record_id: Any, exc: BaseException):
        self.original = exc
        super().__init__(
            f"{source}:{line}: internal error on record {record_id!r}: {type(exc).__name__}: {exc} "
            "(please report this; set PNEWS_DEBUG=1 for a traceback)"
        )


def guard(command: str, body: Callable[[], Any]) -> NoReturn:
    """Run a command body, turning every failure into a one-line message and an exit status."""
    code = EXIT_OK
    try:
        body()
    except PnewsError as exc:
        _stderr(f"pnews {command}: {exc}")
        if isinstance(exc, InternalError) and os.environ.get("PNEWS_DEBUG"):
            import traceback

            traceback.print_exception(exc.original)
        code = exc.exit_code
    except BrokenPipeError:
        code = EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except RecursionError:
        _stderr(f"pnews {command}: input nested too deeply")
        code = EXIT_DATA
    except MemoryError:
        _stderr(f"pnews {command}: out of memory")
        code = EXIT_DATA
    if code in (EXIT_BROKEN_PIPE, EXIT_INTERRUPTED):
        _silence_stdout()
    raise SystemExit(code)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; after a broken pipe that flush would fail noisily.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
