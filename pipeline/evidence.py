"""The researcher-verified evidence sheets in ``data/``: typed rows and their validation.

``data/verified_extractions.csv`` holds one row per trial x outcome x time point x comparison,
as read in a named source; ``data/adverse_events.csv`` the adverse events trials reported.
Every row is checked when read: a bad value stops the run with the file, the spreadsheet row
and the column named (see :mod:`pipeline.tables`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.config import COMPARATOR_CLASSES, Topic
from pipeline.errors import PipelineError
from pipeline.tables import iter_table

DATA_FORMS = ("final_mean_sd", "change_mean_sd", "md_ci", "smd_ci", "p_value", "direction_only")
DIRECTIONS = ("favours_dn", "no_difference", "favours_ctrl", "")
BLINDING = ("double", "assessor", "participant", "none", "unclear", "")
MAX_EVIDENCE = 160


@dataclass(frozen=True)
class VerifiedRow:
    """One row of data/verified_extractions.csv."""

    pmid: str
    condition: str
    comparator_class: str
    outcome_domain: str
    instrument: str
    timepoint_weeks: float | None
    data_form: str
    source_url: str
    locator: str
    evidence: str
    comparator: str = ""
    cointervention: str = ""
    scale_min: float | None = None
    scale_max: float | None = None
    lower_is_better: bool = True
    timepoint_label: str = ""
    n_dn: int | None = None
    mean_dn: float | None = None
    sd_dn: float | None = None
    n_ctrl: int | None = None
    mean_ctrl: float | None = None
    sd_ctrl: float | None = None
    dispersion: str = "sd"  # sd | se | ci95 (then the per-arm 95% CIs below)
    ci_low_dn: float | None = None
    ci_high_dn: float | None = None
    ci_low_ctrl: float | None = None
    ci_high_ctrl: float | None = None
    effect_measure: str = ""
    effect: float | None = None
    effect_orientation: str = "dn_minus_ctrl"
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    p_text: str = ""
    direction: str = ""
    allocation_note: str = ""
    blinding: str = ""
    via_review_pmid: str = ""
    notes: str = ""

    def __post_init__(self):
        problems = []
        if not self.pmid.isdigit():
            problems.append(f"pmid must be digits, got {self.pmid!r}")
        if self.comparator_class not in COMPARATOR_CLASSES:
            problems.append(f"comparator_class must be one of {', '.join(COMPARATOR_CLASSES)}")
        if self.data_form not in DATA_FORMS:
            problems.append(f"data_form must be one of {', '.join(DATA_FORMS)}")
        if self.direction not in DIRECTIONS:
            problems.append("direction must be favours_dn, no_difference or favours_ctrl")
        if self.blinding not in BLINDING:
            problems.append(f"blinding must be one of {', '.join(b for b in BLINDING if b)}")
        if self.effect_orientation not in ("dn_minus_ctrl", "ctrl_minus_dn"):
            problems.append("effect_orientation must be dn_minus_ctrl or ctrl_minus_dn")
        if self.data_form in ("md_ci", "smd_ci") and self.effect_measure not in ("MD", "SMD"):
            problems.append("effect_measure must be MD or SMD for a reported difference")
        if self.dispersion not in ("sd", "se", "ci95"):
            problems.append("dispersion must be sd, se or ci95")
        if not self.source_url.startswith(("http://", "https://")):
            problems.append("source_url must be a web address")
        if len(self.evidence) > MAX_EVIDENCE:
            problems.append(f"evidence is {len(self.evidence)} characters, at most {MAX_EVIDENCE}")
        if self.timepoint_weeks is not None and not 0 <= self.timepoint_weeks <= 520:
            problems.append(f"timepoint_weeks {self.timepoint_weeks} is outside 0-520")
        for name in ("n_dn", "n_ctrl"):
            n = getattr(self, name)
            if n is not None and n < 2:
                problems.append(f"{name} must be at least 2, got {n}")
        for name in ("sd_dn", "sd_ctrl"):
            sd = getattr(self, name)
            if sd is not None and not sd > 0:
                problems.append(f"{name} must be positive, got {sd}")
        if self.p_value is not None and not 0 < self.p_value < 1:
            problems.append(f"p_value must lie strictly between 0 and 1, got {self.p_value}")
        if self.data_form in ("final_mean_sd", "change_mean_sd"):
            spread = (("ci_low_dn", "ci_high_dn", "ci_low_ctrl", "ci_high_ctrl") if self.dispersion == "ci95"
                      else ("sd_dn", "sd_ctrl"))
            missing = [n for n in ("n_dn", "mean_dn", "n_ctrl", "mean_ctrl", *spread) if getattr(self, n) is None]
            if missing:
                problems.append(f"data_form {self.data_form} needs {', '.join(missing)}")
        if self.data_form in ("md_ci", "smd_ci"):
            if None in (self.effect, self.ci_low, self.ci_high):
                problems.append(f"data_form {self.data_form} needs effect, ci_low and ci_high")
            elif not self.ci_low <= self.effect <= self.ci_high:
                problems.append("effect must lie within its confidence interval")
        if self.data_form == "p_value":
            if None in (self.p_value, self.n_dn, self.n_ctrl) or self.direction not in ("favours_dn", "favours_ctrl"):
                problems.append("data_form p_value needs p_value, n_dn, n_ctrl and a direction favours_dn/favours_ctrl")
        if problems:
            raise ValueError("; ".join(problems))

    @property
    def poolable(self) -> bool:
        return self.data_form != "direction_only"

    def key(self) -> tuple:
        """What one row stands for: trial, outcome, time point and comparison."""
        when = self.timepoint_weeks if self.timepoint_weeks is not None else self.timepoint_label.lower()
        return (self.pmid, self.outcome_domain, self.instrument.lower(), when, self.comparator_class,
                self.comparator.lower())


@dataclass(frozen=True)
class AdverseEventRow:
    """One row of data/adverse_events.csv."""

    pmid: str
    arm: str  # dn | control | all
    event: str
    source_url: str
    locator: str
    evidence: str
    n_events: int | None = None
    n_arm: int | None = None
    severity: str = ""
    notes: str = ""

    def __post_init__(self):
        if not self.pmid.isdigit():
            raise ValueError(f"pmid must be digits, got {self.pmid!r}")
        if self.arm not in ("dn", "control", "all"):
            raise ValueError(f"arm must be dn, control or all, got {self.arm!r}")
        if not self.source_url.startswith(("http://", "https://")):
            raise ValueError("source_url must be a web address")
        if self.n_events is not None and self.n_events < 0:
            raise ValueError("n_events must not be negative")
        if len(self.evidence) > MAX_EVIDENCE:
            raise ValueError(f"evidence is {len(self.evidence)} characters, at most {MAX_EVIDENCE}")


def read_verified(path: Path, topic: Topic, known_domains: set[str] | None = None) -> list[VerifiedRow]:
    """Read and validate the verified sheet against the topic's conditions and outcomes."""
    rows = []
    domains = known_domains or {o.domain for o in topic.outcomes} | {"other"}
    for line, row in enumerate(iter_table(path, VerifiedRow), start=2):
        if row.condition not in topic.condition_names:
            raise PipelineError(f"{path}: row {line}, column condition: unknown condition {row.condition!r}")
        if row.outcome_domain not in domains:
            raise PipelineError(f"{path}: row {line}, column outcome_domain: unknown domain {row.outcome_domain!r}")
        rows.append(row)
    return rows


def read_adverse_events(path: Path) -> list[AdverseEventRow]:
    return list(iter_table(path, AdverseEventRow)) if Path(path).exists() else []
