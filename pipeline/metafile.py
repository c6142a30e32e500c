"""``python -m pipeline meta``: pool a researcher's own CSV the way metafor's ``rma()`` does.

Input rows are either (study, n1, m1, sd1, n2, m2, sd2), from which MD or SMD effects are
computed as ``escalc()`` does, or ready-made (study, yi, vi). ``--by COLUMN`` runs one analysis
per value of that column. The output has one row per analysis with the fields of ``rma()`` and
``predict()``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import effects, meta
from pipeline.config import EFFECT_MEASURES
from pipeline.errors import PipelineError
from pipeline.tables import write_table

log = logging.getLogger(__name__)

RAW_COLUMNS = ("n1", "m1", "sd1", "n2", "m2", "sd2")


@dataclass(frozen=True)
class MetaRow:
    """One analysis of the researcher's file."""

    group: str
    measure: str
    method: str
    hksj: bool
    k: int
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    tau2: float
    i2: float
    h2: float
    q: float
    q_p: float
    pi_low: float
    pi_high: float
    warnings: str


def _effects(frame: pd.DataFrame, measure: str, path: Path) -> tuple[list[float], list[float]]:
    if all(c in frame.columns for c in RAW_COLUMNS):
        compute = effects.mean_difference if measure == "MD" else effects.standardized_mean_difference
        yi, vi = [], []
        for index, row in frame.iterrows():
            try:
                eff = compute(*(float(row[c]) for c in ("m1", "sd1", "n1", "m2", "sd2", "n2")))
            except (ValueError, TypeError) as exc:  # EffectError is a ValueError
                raise PipelineError(f"{path}: row {index + 2} (study {row.get('study', '?')}): {exc}") from None
            yi.append(eff.yi)
            vi.append(eff.vi)
        return yi, vi
    if {"yi", "vi"} <= set(frame.columns):
        bad = frame[~(pd.to_numeric(frame["vi"], errors="coerce") > 0)]
        if len(bad):
            raise PipelineError(f"{path}: row {bad.index[0] + 2}: vi must be a positive number")
        return [float(x) for x in frame["yi"]], [float(x) for x in frame["vi"]]
    raise PipelineError(f"{path}: needs columns study, n1, m1, sd1, n2, m2, sd2 (or study, yi, vi); "
                        f"found {', '.join(frame.columns)}")


def run_meta(input_path: Path, output_path: Path, measure: str, method: str = meta.DEFAULT_METHOD,
             hksj: bool = False, by: str | None = None) -> list[MetaRow]:
    """Pool ``input_path`` (one analysis per ``by`` group) and write ``output_path``."""
    input_path = Path(input_path)
    if measure not in EFFECT_MEASURES:
        raise PipelineError(f"--measure must be MD or SMD, got {measure!r}")
    try:
        frame = pd.read_csv(input_path)
    except FileNotFoundError:
        raise PipelineError(f"{input_path}: file not found") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise PipelineError(f"{input_path}: not a readable CSV file ({exc})") from None
    if "study" not in frame.columns:
        raise PipelineError(f"{input_path}: missing column study")
    if by is not None and by not in frame.columns:
        raise PipelineError(f"{input_path}: --by column {by!r} not found")
    groups = frame.groupby(by, sort=False) if by else [("all", frame)]
    rows = []
    for name, part in groups:
        yi, vi = _effects(part, measure, input_path)
        fit = meta.pool(yi, vi, method, hksj)
        for warning in fit.warnings:
            log.warning("%s: %s", name, warning)
        rows.append(MetaRow(group=str(name), measure=measure, method=method, hksj=hksj, k=fit.k,
                            estimate=fit.estimate, se=fit.se, ci_low=fit.ci_low, ci_high=fit.ci_high,
                            tau2=fit.tau2, i2=fit.i2, h2=fit.h2, q=fit.q, q_p=fit.q_p, pi_low=fit.pi_low,
                            pi_high=fit.pi_high, warnings="; ".join(fit.warnings)))
    write_table(output_path, rows, MetaRow)
    return rows
