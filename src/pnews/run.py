"""`pnews run`: the pipeline on a Dask cluster (a LocalCluster by default), sharded in and out.

The per-record steps are `pnews.api`'s functions mapped over partitions. Dedupe needs all the
records at once: every record's exact digest and LSH band keys are grouped by key (a shuffle);
only the keys two or more records share come back to the driver, with the features of just
those records; the driver replays the streaming keep-first decision in input order, so the
result equals `pnews dedupe`; the workers then write their partitions directly.
"""

from __future__ import annotations

import glob
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from . import api
from .io import PnewsError, Record, dumps_record, loads_record, read_lines

PARTITION_ARTICLES = 500
STEP_NAMES = ("clean", "quotes", "dates", "dedupe")


@dataclass
class Source:
    """One partition's worth of input: raw article files, or lines of a JSON Lines file."""

    kind: str  # "articles" or "jsonl"
    paths: list[tuple[str, str]] = field(default_factory=list)  # (path, id) for articles
    jsonl: str = ""


def plan_sources(inputs: list[str], glob_pattern: str = "*.txt") -> list[Source]:
    """Files, globs and directories → partitions, in a stable order."""
    from .io import Reporter
    from .parse import expand_paths

    paths: list[str] = []
    for item in inputs:
        matched = sorted(glob.glob(item)) if any(c in item for c in "*?[") else [item]
        if not matched:
            raise PnewsError(f"{item}: no such file")
        paths += matched
    sources: list[Source] = []
    for path in paths:
        if os.path.isdir(path):
            articles = [(a.path, a.record_id) for a in expand_paths([path], glob_pattern, Reporter("run"))]
            if not articles:  # no raw articles: a folder of JSON Lines shards
                jsonl = sorted(str(p) for p in Path(path).rglob("*.jsonl*"))
                sources += [Source("jsonl", jsonl=f) for f in jsonl]
                continue
            for start in range(0, len(articles), PARTITION_ARTICLES):
                sources.append(Source("articles", paths=articles[start : start + PARTITION_ARTICLES]))
        elif path.endswith((".jsonl", ".jsonl.gz", ".json", ".ndjson")):
            sources.append(Source("jsonl", jsonl=path))
        else:
            sources.append(Source("articles", paths=[(path, Path(path).stem)]))
    return sources


def load(source: Source) -> list[Record]:
    """The records of one partition (runs on a worker)."""
    records: list[Record] = []
    if source.kind == "jsonl":
        for lineno, raw in read_lines(source.jsonl):
            if raw.strip():
                try:
                    records.append(loads_record(raw))
                except ValueError as exc:
                    raise PnewsError(f"{source.jsonl}:{lineno}: {exc}") from None
        return records
    for path, record_id in source.paths:
        record = api.parse_file(path, id=record_id)
        if record is not None:
            records.append(record)
    return records


def process(records: list[Record], steps: tuple[str, ...]) -> list[Record]:
    """The per-record steps, in order (runs on a worker)."""
    for name in steps:
        function = api.STEPS[name]
        records = [function(r) for r in records]
    return records


def _keys(records: list[Record], part: int, threshold: float) -> list:
    from .dedupe import Deduper, collision_keys

    deduper = Deduper(threshold)
    return [kv for n, r in enumerate(records) for kv in collision_keys(r, (part, n), deduper)]


def _involved(records: list[Record], part: int, wanted: set, threshold: float) -> list:
    from .dedupe import Deduper, involved_record

    deduper = Deduper(threshold)
    return [involved_record(r, (part, n), deduper) for n, r in enumerate(records) if (part, n) in wanted]


def write(records: list[Record], part: int, out_dir: str, dropped: dict, mark: bool) -> tuple[int, int]:
    """Write one partition's output (runs on a worker): (records written, records set aside)."""
    kept_path = Path(out_dir) / f"part-{part:05d}.jsonl"
    removed_path = Path(out_dir) / f"removed-{part:05d}.jsonl"
    written = removed = 0
    with kept_path.open("wb") as out:
        removed_out = None
        for n, record in enumerate(records):
            verdict = dropped.get((part, n))
            if verdict is not None:
                record["duplicate_of"], record["similarity"] = verdict[1], verdict[2]
                if not mark:
                    if removed_out is None:
                        removed_out = removed_path.open("wb")
                    removed_out.write(dumps_record(record))
                    removed += 1
                    continue
            out.write(dumps_record(record))
            written += 1
        if removed_out is not None:
            removed_out.close()
    return written, removed


@dataclass
class Summary:
    partitions: int = 0
    read: int = 0
    written: int = 0
    dropped: dict[str, int] = field(default_factory=lambda: {"exact": 0, "near": 0})


def run_pipeline(
    inputs: list[str],
    steps: tuple[str, ...],
    out_dir: str,
    scheduler: str | None = None,
    workers: int | None = None,
    threshold: float = 0.8,
    mark: bool = False,
    progress: bool = False,
    glob_pattern: str = "*.txt",
) -> Summary:
    """Run the steps over the inputs on a cluster and write ``out_dir/part-*.jsonl``."""
    import warnings

    import dask
    from dask.distributed import Client, LocalCluster
    from dask.distributed import progress as show_progress

    # the file lists of raw-article partitions travel in the task graph: large, and fine
    warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)

    from .dedupe import Deduper, replay

    sources = plan_sources(inputs, glob_pattern)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    per_record = tuple(s for s in steps if s != "dedupe")
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        client = Client(cluster)
    summary = Summary(partitions=len(sources))
    try:
        parts = [dask.delayed(process)(dask.delayed(load)(s), per_record) for s in sources]
        parts = client.persist(parts)
        if progress:
            show_progress(parts, file=sys.stderr)
        dropped: dict = {}
        if "dedupe" in steps:
            import dask.bag as db

            keys = db.from_delayed([dask.delayed(_keys)(p, i, threshold) for i, p in enumerate(parts)])
            grouped = keys.foldby(
                lambda kv: kv[0],
                lambda acc, kv: [*acc, kv[1]],
                [],
                lambda a, b: a + b,
                [],
            )
            groups = [members for _, members in grouped.filter(lambda g: len(g[1]) > 1).compute()]
            wanted = {order for members in groups for order in members}
            [wanted_future] = client.scatter([wanted], broadcast=True)
            found = dask.compute(
                *[dask.delayed(_involved)(p, i, wanted_future, threshold) for i, p in enumerate(parts)]
            )
            involved = {rec.order: rec for chunk in found for rec in chunk}
            dropped = replay(groups, involved, Deduper(threshold))
            for kind, _, _ in dropped.values():
                summary.dropped[kind] += 1
        [dropped_future] = client.scatter([dropped], broadcast=True)
        counts = dask.compute(
            *[dask.delayed(write)(p, i, out_dir, dropped_future, mark) for i, p in enumerate(parts)]
        )
        summary.written = sum(w for w, _ in counts)
        summary.read = summary.written + sum(r for _, r in counts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary


def read_output(out_dir: str) -> Iterator[Record]:
    for path in sorted(Path(out_dir).glob("part-*.jsonl")):
        with path.open("rb") as f:
            for line in f:
                yield orjson.loads(line)


def describe(summary: Summary, steps: tuple[str, ...]) -> str:
    line = f"read {summary.read} in {summary.partitions} partitions, wrote {summary.written}"
    if "dedupe" in steps:
        line += f"; dropped {summary.dropped['exact']} exact, {summary.dropped['near']} near"
    return line
