"""Stage 3: outcome numbers for every included trial, with provenance.

Sources, in order of precedence for the same trial, outcome, time point and comparison:
the researcher-verified sheet (``data/verified_extractions.csv``), PubMed Central full-text
tables (live runs), then the title and abstract. Writes ``outcomes.csv`` (every row with its
provenance), ``extraction_review.csv`` (automatic rows with their text spans, for a researcher
to verify and paste into the sheet) and ``adverse_events.csv``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import Topic
from pipeline.evidence import read_adverse_events, read_verified
from pipeline.extract.outcomes import Outcome, merge, outcome_from_verified
from pipeline.extract.trials import TrialReader
from pipeline.fulltext import Document, Passage
from pipeline.parse import Record
from pipeline.screen import ScreeningDecision

log = logging.getLogger(__name__)


@dataclass
class ExtractSummary:
    verified_not_included: list[str] = field(default_factory=list)
    trials_with_numbers: int = 0


@dataclass(frozen=True)
class ReviewRow:
    """One automatic row for a researcher to check (extraction_review.csv); the columns shared with
    data/verified_extractions.csv carry the same names, so a checked row can be pasted there."""

    pmid: str
    condition: str
    comparator_class: str
    comparator: str
    cointervention: str
    outcome_domain: str
    instrument: str
    scale_max: float | None
    lower_is_better: bool
    timepoint_weeks: float | None
    data_form: str
    n_dn: int | None
    mean_dn: float | None
    sd_dn: float | None
    n_ctrl: int | None
    mean_ctrl: float | None
    sd_ctrl: float | None
    origin: str
    confidence: float | None
    flags: str
    span: str

    @classmethod
    def of(cls, row: Outcome) -> ReviewRow:
        return cls(pmid=row.pmid, condition=row.condition, comparator_class=row.comparator_class,
                   comparator=row.comparator, cointervention=row.cointervention, outcome_domain=row.outcome_domain,
                   instrument=row.instrument, scale_max=row.scale_max, lower_is_better=row.lower_is_better,
                   timepoint_weeks=row.timepoint_weeks, data_form=row.data_form, n_dn=row.n_dn, mean_dn=row.mean_dn,
                   sd_dn=row.sd_dn, n_ctrl=row.n_ctrl, mean_ctrl=row.mean_ctrl, sd_ctrl=row.sd_ctrl, origin=row.origin,
                   confidence=row.confidence, flags=row.flags, span=row.provenance)


def abstract_document(record: Record) -> Document:
    return Document(passages=[Passage("abstract", record.title), *(Passage("abstract", line)
                                                                   for line in record.abstract.splitlines())],
                    source=f"PMID {record.pmid}")


def automatic_outcomes(decisions: list[ScreeningDecision], records: dict[str, Record], topic: Topic,
                       fulltexts: dict[str, Document] | None = None) -> list[Outcome]:
    """Rows read by the extractor from each included trial's abstract, or its full text when there is one."""
    reader = TrialReader(topic)
    rows = []
    for decision in decisions:
        record = records.get(decision.pmid)
        if not decision.included or record is None:
            continue
        full = (fulltexts or {}).get(record.pmcid)
        doc, origin = (full, "fulltext") if full is not None and full.available else (abstract_document(record), "abstract")
        if not doc.passages and not doc.tables:
            continue
        for condition in decision.condition_list:
            rows += reader.outcomes(record.pmid, condition, doc, record.title, origin)
    return rows


def extract_outcomes(decisions: list[ScreeningDecision], records: dict[str, Record], topic: Topic,
                     verified_path: Path, fulltexts: dict[str, Document] | None = None
                     ) -> tuple[list[Outcome], list[Outcome], ExtractSummary]:
    """(merged outcome rows, automatic rows, summary): verified rows win over automatic ones."""
    included = {d.pmid for d in decisions if d.included}
    summary = ExtractSummary()
    verified_rows = read_verified(verified_path, topic) if Path(verified_path).exists() else []
    verified = []
    for row in verified_rows:
        if row.pmid in included:
            verified.append(outcome_from_verified(row))
        elif row.pmid not in summary.verified_not_included:
            summary.verified_not_included.append(row.pmid)
    if summary.verified_not_included:
        log.info("the verified sheet has rows for %d trial(s) this run did not include: %s",
                 len(summary.verified_not_included), ", ".join(summary.verified_not_included))
    automatic = automatic_outcomes(decisions, records, topic, fulltexts)
    outcomes = merge(verified, automatic)
    summary.trials_with_numbers = len({row.pmid for row in outcomes if row.poolable})
    return outcomes, automatic, summary


@dataclass(frozen=True)
class ReportedHarm:
    """One row of adverse_events.csv: a harm reported by a trial or another report."""

    pmid: str
    design: str
    arm: str
    event: str
    n_events: int | None
    n_arm: int | None
    severity: str
    source: str  # verified | auto
    provenance: str


def reported_harms(path: Path, decisions: list[ScreeningDecision]) -> list[ReportedHarm]:
    """Harms from the verified sheet for every screened record (trials, surveys, case reports)."""
    designs = {d.pmid: d.design for d in decisions}
    return [ReportedHarm(pmid=row.pmid, design=designs[row.pmid], arm=row.arm, event=row.event,
                         n_events=row.n_events, n_arm=row.n_arm, severity=row.severity, source="verified",
                         provenance=f"{row.locator}, {row.source_url}: {row.evidence}")
            for row in read_adverse_events(path) if row.pmid in designs]
