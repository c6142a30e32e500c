"""Runs the stages in order on one output folder, under its lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline import fetch as fetch_stage
from pipeline import parse as parse_stage
from pipeline.config import Topic
from pipeline.storage import output_lock


def _fetch(topic: Topic, out: Path, source: str, **options) -> fetch_stage.FetchSummary:
    return fetch_stage.fetch(topic, out, source, **options)


def _parse(out: Path, files: list[Path] | None = None) -> parse_stage.ParseReport:
    paths = files or parse_stage.raw_cache_files(out)
    return parse_stage.parse_files(paths, Path(out) / "records.csv")


def run_fetch(topic: Topic, out: Path, source: str, *, until: date | None = None, batch_size: int = 500,
              progress: bool = True) -> str:
    with output_lock(out):
        s = _fetch(topic, out, source, until=until, batch_size=batch_size, progress=progress)
    return (f"fetch ({s.source}): {s.found} record(s) found, {s.retrieved} downloaded, {s.reused} reused "
            f"from the raw cache, {len(s.windows)} window(s)")


def run_parse(out: Path, files: list[Path] | None = None) -> parse_stage.ParseReport:
    with output_lock(out):
        return _parse(out, files)


def run_all(topic: Topic, out: Path, source: str, *, until: date | None = None, batch_size: int = 500,
            progress: bool = True) -> str:
    with output_lock(out):
        fetched = _fetch(topic, out, source, until=until, batch_size=batch_size, progress=progress)
        parsed = _parse(out)
    return f"run ({source}): {fetched.found} found, {parsed.records_written} records"
