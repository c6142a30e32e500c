"""``python -m pipeline bench-extract``: the extraction benchmark of Yun et al. (2024).

A dataset folder holds ``annotations.csv`` (one row per intervention x comparator x outcome of a
randomised trial, with the human-annotated per-arm numbers) and ``texts/PMC<id>.md`` or
``texts/PMC<id>.xml`` (JATS) or ``xml/PMC<id>.xml``. For every annotated row the extractor reads
the trial's text and predicts group sizes and events (binary outcomes) or means and SDs
(continuous outcomes). Scoring follows the published evaluation: exact match per field, and per
row when every field of the row's outcome type matches; "unknown" (empty or ``x``) is correct
when the annotation is unknown too. Group sizes that are only a total split equally (an assumption
that trial rows keep, flagged) are predicted unknown: the benchmark asks what the text states.

Reference: Yun HS, Pogrebitskiy D, Marshall IJ, Wallace BC (2024). Automatically Extracting
Numerical Results from Randomized Controlled Trials with Large Language Models. MLHC.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.extract.ico import Comparison
from pipeline.extract.naming import OutcomeSpec, arms_for
from pipeline.extract.readings import ArmValues
from pipeline.fulltext import Document, read_jats, read_markdown
from pipeline.tables import write_table

BINARY_FIELDS = ("intervention_events", "intervention_group_size", "comparator_events", "comparator_group_size")
CONTINUOUS_FIELDS = ("intervention_group_size", "comparator_group_size", "intervention_mean",
                     "intervention_standard_deviation", "comparator_mean", "comparator_standard_deviation")
VALUE_FIELDS = ("intervention_events", "intervention_group_size", "comparator_events", "comparator_group_size",
                "intervention_mean", "intervention_standard_deviation", "comparator_mean",
                "comparator_standard_deviation")


@dataclass(frozen=True)
class Prediction:
    """One row of the predictions file: the annotation id and the eight values (None = unknown)."""

    id: str
    intervention_events: float | None = None
    intervention_group_size: float | None = None
    comparator_events: float | None = None
    comparator_group_size: float | None = None
    intervention_mean: float | None = None
    intervention_standard_deviation: float | None = None
    comparator_mean: float | None = None
    comparator_standard_deviation: float | None = None


@dataclass
class Score:
    rows: dict[str, list[bool]]
    fields: dict[str, list[bool]]
    unread: dict[str, str] = field(default_factory=dict)  # PMC id -> why its text could not be read

    def row_accuracy(self, kind: str) -> float:
        hits = self.rows.get(kind, [])
        return sum(hits) / len(hits) if hits else math.nan


def parse_value(text: str | None) -> float | None:
    if text is None:
        return None
    text = text.strip().replace(",", "")
    if text in ("", "x", "X", "NA", "unknown"):
        return None
    try:
        return float(text)
    except ValueError:
        return None


def same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def load_document(dataset: Path, pmcid: str) -> Document:
    """texts/PMC<id>.md or texts/PMC<id>.xml (JATS), whichever is there; xml/PMC<id>.xml otherwise."""
    for path in (dataset / "texts" / f"PMC{pmcid}.md", dataset / "texts" / f"PMC{pmcid}.xml",
                 dataset / "xml" / f"PMC{pmcid}.xml"):
        if path.exists():
            if path.suffix == ".md":
                return read_markdown(path.read_text(encoding="utf-8"), source=path.name)
            return read_jats(path.read_bytes(), source=path.name)
    raise PipelineError(f"{dataset}: no text for PMC{pmcid} (texts/PMC{pmcid}.md or .xml)")


def annotated_sd(arm: ArmValues) -> float | None:
    """An SD back-calculated from a printed SE or 95% CI the way the benchmark's annotators did
    it: SE x sqrt(n), or sqrt(n) (upper - lower) / 3.92, rounded to two decimals."""
    found = arm.sd_from_printed(distribution="normal")
    return round(found[0], 2) if found else None


def predict(comparison: Comparison, row: dict) -> Prediction:
    """The values of one annotated row, read from the text of ``comparison`` (its two arms)."""
    result = comparison.extract(OutcomeSpec.from_description(row["outcome"], comparison.doc), row["outcome_type"])
    i, c = result.intervention, result.comparator
    if result.sizes_assumed:  # the benchmark asks what the text states, not a total split equally
        i.n = c.n = None
    for arm in (i, c):
        arm.sd = arm.sd if arm.sd is not None else annotated_sd(arm)
    if row["outcome_type"] == "binary":
        return Prediction(id=row["id"], intervention_events=i.events, intervention_group_size=i.n,
                          comparator_events=c.events, comparator_group_size=c.n)
    return Prediction(id=row["id"], intervention_group_size=i.n, comparator_group_size=c.n,
                      intervention_mean=i.mean, intervention_standard_deviation=i.sd, comparator_mean=c.mean,
                      comparator_standard_deviation=c.sd)


def run_benchmark(dataset: Path, predictions_path: Path | None = None, split: str | None = None) -> Score:
    dataset = Path(dataset)
    try:
        with open(dataset / "annotations.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise PipelineError(f"{dataset}: annotations.csv not found") from None
    needed = {"id", "pmcid", "outcome", "intervention", "comparator", "outcome_type", *VALUE_FIELDS}
    missing = needed - set(rows[0]) if rows else needed
    if missing:
        raise PipelineError(f"{dataset / 'annotations.csv'}: missing column(s) {', '.join(sorted(missing))}")
    if split:
        rows = [r for r in rows if r.get("split", "").upper() == split.upper()]
    documents: dict[str, Document | None] = {}
    comparisons: dict[tuple[str, str, str], Comparison] = {}  # rows of one trial often share their arms
    predictions, score = [], Score(rows={}, fields={})
    for row in rows:
        pmcid = row["pmcid"].removeprefix("PMC")
        if pmcid not in documents:
            try:
                documents[pmcid] = load_document(dataset, pmcid)
            except PipelineError as exc:  # one missing or unreadable text: its rows stay unknown
                documents[pmcid], score.unread[pmcid] = None, str(exc)
        document = documents[pmcid]
        if document is None:
            prediction = Prediction(id=row["id"])
        else:
            key = (pmcid, row["intervention"], row["comparator"])
            if key not in comparisons:
                comparisons[key] = Comparison(document, *arms_for(document, row["intervention"], row["comparator"]))
            prediction = predict(comparisons[key], row)
        predictions.append(prediction)
        kind = row["outcome_type"]
        fields = BINARY_FIELDS if kind == "binary" else CONTINUOUS_FIELDS
        hits = [same(getattr(prediction, f), parse_value(row[f])) for f in fields]
        score.rows.setdefault(kind, []).append(all(hits))
        for name, hit in zip(fields, hits):
            score.fields.setdefault(f"{kind}:{name}", []).append(hit)
    if predictions_path:
        write_table(predictions_path, predictions, Prediction)
    return score


def format_score(score: Score) -> str:
    lines = ["exact match per row:"]
    for kind in ("continuous", "binary"):
        hits = score.rows.get(kind, [])
        lines.append(f"  {kind:<11} {score.row_accuracy(kind):.3f}  ({sum(hits)}/{len(hits)})")
    lines.append("exact match per field:")
    for name, hits in sorted(score.fields.items()):
        lines.append(f"  {name:<44} {sum(hits) / len(hits):.3f}  ({sum(hits)}/{len(hits)})")
    if score.unread:
        lines.append(f"texts not read ({len(score.unread)}; their rows were predicted unknown):")
        lines += [f"  {reason}" for reason in score.unread.values()]
    return "\n".join(lines)
