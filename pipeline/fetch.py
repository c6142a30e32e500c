"""Stage 1: search PubMed and store the raw answers, incrementally and resumably.

Live mode: ESearch on the history server (``usehistory=y``), split into Entrez-date windows
while a window holds more than 9,999 records (ESearch returns no more), then EFetch from the
history server in batches. Each batch is one immutable file in the raw cache, written
atomically, and the run's journal (``state/fetch.json``) notes it at once, so a run killed at
any moment resumes where it stopped. The completed Entrez-date bound moves only after every
batch of a run is stored; the next run searches again from that bound minus a lookback.

Snapshot mode renders ``data/bibliography.csv`` as PubMed XML into the same raw cache.

Output folder layout (see outputs/README.md)::

    raw/pubmed/<run id>/<window>/<retstart>.xml   one efetch answer each, never edited
    raw/pubmed/snapshot/bibliography.xml           snapshot mode
    state/fetch.json                               source, completed bound, pending run journal
    search_log.csv                                 query, window, count, retrieved per window
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tqdm import tqdm

from pipeline.config import DATA_DIR, Settings, Topic
from pipeline.errors import PipelineError
from pipeline.eutils import ESEARCH_MAX_IDS, EutilsClient, SearchResult
from pipeline.parse import RECORD_TAGS
from pipeline.snapshot import bibliography_xml, read_bibliography
from pipeline.storage import atomic_write_bytes, read_json, write_json
from pipeline.tables import iter_table, write_table

log = logging.getLogger(__name__)

SOURCES = ("snapshot", "live")
DATE_FMT = "%Y/%m/%d"
DEFAULT_BATCH = 500


@dataclass(frozen=True)
class SearchLogRow:
    run_id: str
    source: str
    query: str
    mindate: str
    maxdate: str
    count: int
    retrieved: int
    status: str  # complete | snapshot


@dataclass
class FetchSummary:
    source: str
    run_id: str
    mindate: str = ""
    maxdate: str = ""
    found: int = 0
    retrieved: int = 0
    reused: int = 0
    windows: list[SearchLogRow] = field(default_factory=list)


def _day(text: str) -> date:
    return datetime.strptime(text, DATE_FMT).date()


def _fmt(day: date) -> str:
    return day.strftime(DATE_FMT)


def state_path(out_dir: Path) -> Path:
    return Path(out_dir) / "state" / "fetch.json"


def load_state(out_dir: Path, source: str) -> dict:
    """The fetch state of ``out_dir``; an output folder belongs to one source for life."""
    state = read_json(state_path(out_dir), default={}) or {}
    if state.get("source") and state["source"] != source:
        raise PipelineError(
            f"{out_dir} holds a {state['source']} review; use another --out folder for --source {source}"
        )
    return state


def _append_log(out_dir: Path, rows: list[SearchLogRow]) -> None:
    path = Path(out_dir) / "search_log.csv"
    previous = list(iter_table(path, SearchLogRow)) if path.exists() else []
    write_table(path, previous + rows, SearchLogRow)


def fetch_snapshot(topic: Topic, out_dir: Path, data_dir: Path = DATA_DIR) -> FetchSummary:
    """Write the curated bibliography as PubMed XML into the raw cache."""
    out_dir = Path(out_dir)
    state = load_state(out_dir, "snapshot")
    rows = read_bibliography(Path(data_dir) / "bibliography.csv")
    atomic_write_bytes(out_dir / "raw" / "pubmed" / "snapshot" / "bibliography.xml", bibliography_xml(rows))
    run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    entry = SearchLogRow(run_id, "snapshot", topic.query, "", "", len(rows), len(rows), "snapshot")
    _append_log(out_dir, [entry])
    write_json(state_path(out_dir), {**state, "source": "snapshot", "query": topic.query, "last_run": run_id})
    return FetchSummary(source="snapshot", run_id=run_id, found=len(rows), retrieved=len(rows), windows=[entry])


class LiveFetcher:
    """One live, incremental fetch into ``out_dir`` (the caller holds the output lock)."""

    def __init__(self, topic: Topic, out_dir: Path, client: EutilsClient, *,
                 batch_size: int = DEFAULT_BATCH, until: date | None = None, progress: bool = True):
        if batch_size < 1:
            raise PipelineError("batch size must be at least 1")
        self.topic = topic
        self.out_dir = Path(out_dir)
        self.client = client
        self.batch_size = batch_size
        self.until = until or datetime.now(timezone.utc).date()
        self.progress = progress
        self.state = load_state(self.out_dir, "live")

    # -- journal ---------------------------------------------------------------------------
    def _save(self) -> None:
        write_json(state_path(self.out_dir), self.state)

    def _start_or_resume(self) -> dict:
        pending = self.state.get("pending")
        if pending and pending.get("query") == self.topic.query:
            log.info("resuming the interrupted run %s", pending["run_id"])
            return pending
        bound = self.state.get("completed_bound") if self.state.get("query") == self.topic.query else None
        if bound:
            mindate = _day(bound) - timedelta(days=self.topic.lookback_days)
        else:
            mindate = _day(self.topic.search_start)
        pending = {
            "run_id": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
            "query": self.topic.query,
            "mindate": _fmt(mindate),
            "maxdate": _fmt(max(self.until, mindate)),
            "windows": {},
        }
        self.state.update(source="live", pending=pending)
        self._save()
        return pending

    # -- search -----------------------------------------------------------------------------
    def _plan(self, mindate: date, maxdate: date) -> list[tuple[date, date, SearchResult]]:
        """Date windows of at most 9,999 records each (split by halving the date range)."""
        result = self.client.esearch(self.topic.query, mindate=_fmt(mindate), maxdate=_fmt(maxdate))
        if result.count <= ESEARCH_MAX_IDS:
            return [(mindate, maxdate, result)]
        if mindate >= maxdate:
            raise PipelineError(
                f"{result.count} records share the Entrez date {_fmt(mindate)}; ESearch cannot page past "
                f"{ESEARCH_MAX_IDS}: narrow the query in {self.topic.source}"
            )
        middle = mindate + (maxdate - mindate) // 2
        return self._plan(mindate, middle) + self._plan(middle + timedelta(days=1), maxdate)

    def _batch_path(self, run_id: str, key: str, attempt: int, retstart: int) -> Path:
        folder = key if attempt == 0 else f"{key}-r{attempt}"
        return self.out_dir / "raw" / "pubmed" / run_id / folder / f"{retstart:07d}.xml"

    def run(self) -> FetchSummary:
        pending = self._start_or_resume()
        summary = FetchSummary(source="live", run_id=pending["run_id"], mindate=pending["mindate"],
                               maxdate=pending["maxdate"])
        windows = self._plan(_day(pending["mindate"]), _day(pending["maxdate"]))
        summary.found = sum(r.count for _, _, r in windows)
        bar = tqdm(total=summary.found, unit="rec", desc="fetch", disable=not self.progress or None, leave=False)
        try:
            for lo, hi, result in windows:
                summary.windows.append(self._fetch_window(pending, lo, hi, result, summary, bar))
        finally:
            bar.close()
        # every batch is stored: move the bound, close the journal, log the windows
        self.state.update(completed_bound=pending["maxdate"], query=pending["query"], last_run=pending["run_id"])
        self.state.pop("pending", None)
        _append_log(self.out_dir, summary.windows)
        self._save()
        return summary

    def _fetch_window(self, pending: dict, lo: date, hi: date, result: SearchResult,
                      summary: FetchSummary, bar) -> SearchLogRow:
        key = f"{lo:%Y%m%d}-{hi:%Y%m%d}"
        journal = pending["windows"].get(key)
        if journal is None or journal["count"] != result.count:
            attempt = 0 if journal is None else journal["attempt"] + 1
            journal = {"count": result.count, "attempt": attempt, "done": []}
            pending["windows"][key] = journal
            self._save()
        retrieved = 0
        for retstart in range(0, result.count, self.batch_size):
            expected = min(self.batch_size, result.count - retstart)
            path = self._batch_path(pending["run_id"], key, journal["attempt"], retstart)
            if retstart in journal["done"] and path.exists():
                summary.reused += expected
            else:
                body = self.client.efetch(db="pubmed", webenv=result.webenv, query_key=result.query_key,
                                          retstart=retstart, retmax=expected, expected=expected,
                                          record_tags=RECORD_TAGS)
                atomic_write_bytes(path, body)
                journal["done"].append(retstart)
                self._save()
                summary.retrieved += expected
            retrieved += expected
            bar.update(expected)
        return SearchLogRow(pending["run_id"], "live", self.topic.query, _fmt(lo), _fmt(hi),
                            result.count, retrieved, "complete")


def fetch(topic: Topic, out_dir: Path, source: str, *, settings: Settings | None = None,
          until: date | None = None, batch_size: int = DEFAULT_BATCH, progress: bool = True,
          data_dir: Path = DATA_DIR) -> FetchSummary:
    """Run the fetch stage for ``source`` (``snapshot`` or ``live``)."""
    if source == "snapshot":
        return fetch_snapshot(topic, out_dir, data_dir)
    settings = settings or Settings.from_env()
    settings.require_email()
    client = EutilsClient(settings)
    return LiveFetcher(topic, out_dir, client, batch_size=batch_size, until=until, progress=progress).run()
