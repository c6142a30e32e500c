"""Runs the stages on one output folder, under its lock.

Each stage reads the files the previous stage wrote (DESIGN.md, "Stage contracts"), so any
stage can be rerun alone after a researcher inspected or edited a CSV.

The analysis stages (extract, pool, grade, report) are imported when they run: they bring
scipy, matplotlib and Jinja2, which ``fetch`` and ``parse`` do not need (parse is benchmarked
for speed and memory).
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from pipeline import fetch as fetch_stage
from pipeline import parse as parse_stage
from pipeline import screen as screen_stage
from pipeline.config import DATA_DIR, Topic
from pipeline.parse import Record
from pipeline.screen import PrismaRow, ScreeningDecision
from pipeline.storage import output_lock, read_json
from pipeline.tables import iter_table, read_table, write_table

if TYPE_CHECKING:
    from pipeline.grade import Verdict

log = logging.getLogger(__name__)


def _parse(out: Path, files: list[Path] | None = None) -> parse_stage.ParseReport:
    paths = files or parse_stage.raw_cache_files(out)
    return parse_stage.parse_files(paths, Path(out) / "records.csv")


def _screen(topic: Topic, out: Path, data_dir: Path) -> list[ScreeningDecision]:
    records = parse_stage.read_records(Path(out) / "records.csv")
    overrides_file = Path(data_dir) / "screening_overrides.csv"
    overrides = screen_stage.read_overrides(overrides_file, topic) if overrides_file.exists() else []
    decisions = screen_stage.screen(records, topic, overrides)
    write_table(Path(out) / "screening.csv", decisions, ScreeningDecision)
    write_table(Path(out) / "prisma.csv", screen_stage.prisma_counts(decisions, topic), PrismaRow)
    return decisions


def _records_by_pmid(out: Path) -> dict[str, Record]:
    return {r.pmid: r for r in iter_table(Path(out) / "records.csv", Record)}


def _fulltexts(out: Path, source: str, decisions: list[ScreeningDecision], records: dict[str, Record]):
    """PMC full texts of the included trials (live runs only) and a status row per trial."""
    from pipeline.config import Settings
    from pipeline.eutils import EutilsClient
    from pipeline.fulltext import FulltextStatus, fetch_fulltexts

    included = [records[d.pmid] for d in decisions if d.included and d.pmid in records]
    documents = {}
    if source == "live":
        settings = Settings.from_env()
        settings.require_email()
        documents = fetch_fulltexts(EutilsClient(settings), [r.pmcid for r in included if r.pmcid],
                                    Path(out) / "raw" / "pmc")
    statuses = []
    for record in included:
        doc = documents.get(record.pmcid)
        status = ("not in PMC" if not record.pmcid else "not fetched (snapshot mode)" if source != "live" else
                  "full text" if doc is not None and doc.available else
                  "no full text (publisher does not allow XML)")
        statuses.append(FulltextStatus(record.pmid, record.pmcid, status))
    write_table(Path(out) / "fulltexts.csv", statuses, FulltextStatus)
    return documents


def _extract(topic: Topic, out: Path, data_dir: Path, source: str):
    from pipeline.extract.stage import ReportedHarm, ReviewRow, extract_outcomes, reported_harms
    from pipeline.extract.outcomes import Outcome

    decisions = read_table(Path(out) / "screening.csv", ScreeningDecision)
    records = _records_by_pmid(out)
    fulltexts = _fulltexts(out, source, decisions, records)
    outcomes, automatic, summary = extract_outcomes(decisions, records, topic,
                                                    Path(data_dir) / "verified_extractions.csv", fulltexts)
    write_table(Path(out) / "outcomes.csv", outcomes, Outcome)
    write_table(Path(out) / "extraction_review.csv", (ReviewRow.of(r) for r in automatic), ReviewRow)
    write_table(Path(out) / "adverse_events.csv", reported_harms(Path(data_dir) / "adverse_events.csv", decisions),
                ReportedHarm)
    return outcomes, summary


def study_labels(records: dict[str, Record]) -> tuple[dict[str, str], dict[str, int | None]]:
    labels = {}
    for pmid, r in records.items():
        author = r.first_author.split(" ")[0] if r.first_author else f"PMID {pmid}"
        labels[pmid] = f"{author} {r.year or ''}".strip()
    return labels, {pmid: r.year for pmid, r in records.items()}


def _pool(topic: Topic, out: Path):
    from pipeline import pool
    from pipeline.extract.outcomes import Outcome

    outcomes = read_table(Path(out) / "outcomes.csv", Outcome)
    labels, years = study_labels(_records_by_pmid(out))
    pooled, studies = pool.build_analyses(outcomes, topic, years, labels)
    write_table(Path(out) / "pooled.csv", pooled, pool.PooledEstimate)
    write_table(Path(out) / "studies_escalc.csv", studies, pool.StudyEffect)
    return pooled, studies


def _grade(topic: Topic, out: Path) -> list[Verdict]:
    from pipeline import grade, pool
    from pipeline.extract.outcomes import Outcome

    out = Path(out)
    verdicts = grade.grade_all(
        read_table(out / "pooled.csv", pool.PooledEstimate), read_table(out / "studies_escalc.csv", pool.StudyEffect),
        read_table(out / "outcomes.csv", Outcome), read_table(out / "screening.csv", ScreeningDecision), topic,
        current_year=datetime.now(timezone.utc).year)
    write_table(out / "verdicts.csv", verdicts, grade.Verdict)
    return verdicts


def _report(topic: Topic, out: Path, data_dir: Path, source: str) -> Path:
    from pipeline import report

    return report.write_report(topic, Path(out), Path(data_dir), source)


# -- public entry points (one per CLI command) -------------------------------------------------

def run_fetch(topic: Topic, out: Path, source: str, *, until: date | None = None, batch_size: int = 500,
              progress: bool = True, data_dir: Path = DATA_DIR) -> str:
    with output_lock(out):
        s = fetch_stage.fetch(topic, out, source, until=until, batch_size=batch_size, progress=progress,
                              data_dir=data_dir)
    return (f"fetch ({s.source}): {s.found} record(s) found, {s.retrieved} downloaded, {s.reused} reused "
            f"from the raw cache, {len(s.windows)} window(s)")


def run_parse(out: Path, files: list[Path] | None = None) -> parse_stage.ParseReport:
    with output_lock(out):
        return _parse(out, files)


def run_stage(stage: str, topic: Topic, out: Path, data_dir: Path = DATA_DIR) -> str:
    """screen, extract, pool, grade or report on an output folder that has the earlier stages."""
    with output_lock(out):
        if stage == "screen":
            decisions = _screen(topic, out, data_dir)
            return f"screen: {sum(d.included for d in decisions)} of {len(decisions)} records included"
        if stage == "extract":
            outcomes, summary = _extract(topic, out, data_dir, _source_of(out))
            return f"extract: {len(outcomes)} outcome rows, {summary.trials_with_numbers} trials with poolable numbers"
        if stage == "pool":
            pooled, _ = _pool(topic, out)
            return f"pool: {len(pooled)} analyses"
        if stage == "grade":
            return f"grade: {len(_grade(topic, out))} verdicts"
        if stage == "report":
            return f"report: {_report(topic, out, data_dir, _source_of(out))}"
    raise ValueError(stage)


def _source_of(out: Path) -> str:
    return (read_json(fetch_stage.state_path(out), default={}) or {}).get("source", "snapshot")


def run_all(topic: Topic, out: Path, source: str, *, until: date | None = None, batch_size: int = 500,
            progress: bool = True, data_dir: Path = DATA_DIR) -> str:
    out = Path(out)
    with output_lock(out):
        fetched = fetch_stage.fetch(topic, out, source, until=until, batch_size=batch_size, progress=progress,
                                    data_dir=data_dir)
        parsed = _parse(out)
        if parsed.errors:
            log.error("%d raw file(s) could not be parsed; see the messages above", len(parsed.errors))
        decisions = _screen(topic, out, data_dir)
        outcomes, _ = _extract(topic, out, data_dir, source)
        pooled, _ = _pool(topic, out)
        verdicts = _grade(topic, out)
        html = _report(topic, out, data_dir, source)
    included = sum(d.included for d in decisions)
    return (f"run ({source}): {fetched.found} found, {parsed.records_written} records, {included} trials included, "
            f"{len(outcomes)} outcome rows, {len(pooled)} analyses, {len(verdicts)} verdicts -> {html}")
