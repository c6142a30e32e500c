"""What the extractor read for one outcome: per-arm values, where they were read, a confidence and flags."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline import effects
from pipeline.effects import EffectError


@dataclass
class ArmValues:
    n: int | None = None
    mean: float | None = None
    sd: float | None = None
    events: int | None = None
    percent: float | None = None
    se: float | None = None  # printed instead of an SD: the standard error of the mean,
    ci: tuple[float, float] | None = None  # or the 95% CI of the mean

    def sd_from_printed(self, distribution: str = "t") -> tuple[float, str] | None:
        """(SD, how) from the SE or 95% CI printed instead of the SD (the SE first), or None when
        the group size or both are missing or the numbers do not allow it."""
        if not self.n or (self.se is None and self.ci is None):
            return None
        try:
            if self.se is not None:
                return effects.sd_from_se(self.se, self.n)
            return effects.sd_from_ci(*self.ci, self.n, distribution=distribution)
        except EffectError:
            return None


@dataclass
class Extraction:
    """Per-arm values for one outcome with where they were read, a confidence and flags."""

    intervention: ArmValues
    comparator: ArmValues
    provenance: list[str] = field(default_factory=list)
    confidence: float = 0.0
    flags: list[str] = field(default_factory=list)
    conversions: list[str] = field(default_factory=list)
    match: float = 0.0  # how well the outcome's name matched where the values were read
    sizes_assumed: bool = False  # the group sizes are a total split equally, not numbers the text states
    timepoint: str = ""  # the words naming the time point: of a sentence reporting several, of a table column

    @property
    def arms(self) -> tuple[ArmValues, ArmValues]:
        return self.intervention, self.comparator


def events_from_percent(percent: float, n: int) -> int | None:
    """The count of ``n`` that the printed percentage stands for, round(percent x n / 100), as
    reviewers compute it (86% of 59 -> 51); None when it is not a count of ``n``."""
    events = round(percent * n / 100)
    return events if 0 <= events <= n else None


def gives_percent(events: int, n: int, percent: float) -> bool:
    """Whether ``events`` of ``n`` give back the printed ``percent`` at its printed precision."""
    text = f"{percent:g}"
    places = len(text.split(".")[1]) if "." in text else 0
    return n > 0 and round(100 * events / n, places) == round(percent, places)
