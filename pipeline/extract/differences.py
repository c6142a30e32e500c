"""Between-group differences reported with their 95% CI: 'mean difference -1.5 (95% CI -2.3 to
-0.7) in favour of dry needling', 'SMD 0.62 (95% CI 0.21 to 1.03)', 'adjusted difference, -12.3;
95% CI, -18.0 to -6.6'.

A difference is poolable only with its orientation (which arm minus which): it is taken from the
arm the sentence says the difference favours; when the sentence does not say, the difference is
kept for a researcher and not pooled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.naming import Arm, OutcomeSpec, named_arm
from pipeline.extract.numbers import NUM, find_values, normalize, to_float
from pipeline.fulltext import Document

# the words naming a between-group difference, and (for a CI printed apart) its estimate after them
DIFFERENCE = re.compile(r"\b(?:(?P<smd>standardi[sz]ed\s+(?:mean\s+)?difference|SMD|effect\s+size)|"
                        r"(?:mean|adjusted|between[- ]groups?|group)\s+differences?|MD|difference)\b", re.I)
ESTIMATE_BEFORE_CI = re.compile(rf"(?P<est>{NUM})[^\d;]{{0,20}}[;,]?\s*[(\[]?\s*$")
FAVOURS = re.compile(r"\b(?:in\s+favou?r\s+of|favou?r(?:ing|s|ed)?)\s+(?:the\s+)?(?P<arm>[^,;.()\[\]]{2,60})", re.I)
WITHIN_REACH = 80  # characters between the difference's name and its number


@dataclass(frozen=True)
class ReportedDifference:
    """A between-group difference as printed, with the arm the text says it favours (an index into
    the arms asked about, or None when unstated) and the sentence it was read in."""

    measure: str  # MD | SMD
    estimate: float
    ci: tuple[float, float]
    favours: int | None
    sentence: str


def reported_difference(doc: Document, arms: list[Arm], outcome: OutcomeSpec) -> ReportedDifference | None:
    """The difference for the outcome in the sentence that names it best (results first); in a
    sentence with several differences, the first one after the outcome's name."""
    best, best_score = None, 0.0
    for section, sentence in doc.sentences():
        score = outcome.score(sentence)
        if score <= 0:
            continue
        text = normalize(sentence)
        found, start = None, 0
        for difference, end in _differences(text, arms):
            if outcome.score(text[start:end]) > 0:
                found = difference
                break
            start = end
        total = score + (0.3 if section == "results" else 0.0)
        if found and total > best_score:
            best, best_score = found, total
    return best


def _differences(sentence: str, arms: list[Arm]) -> list[tuple[ReportedDifference, int]]:
    """The differences with a 95% CI in a sentence, each with where its reading ends. The arm a
    difference favours is named after it, before the next difference or at the sentence's end."""
    values = [(v, v.values[0], v.values[1:], v.start) if v.kind == "mean_ci" else
              (v, to_float(lead["est"]), v.values, lead.start())
              for v in find_values(sentence) if v.kind == "mean_ci" or v.kind == "ci" and
              (lead := ESTIMATE_BEFORE_CI.search(sentence[:v.start]))]
    found = []
    for i, (value, estimate, (lo, hi), start) in enumerate(values):
        named = _named_before(sentence, start)
        if named is None or not lo <= estimate <= hi:
            continue
        reach = values[i + 1][3] if i + 1 < len(values) else len(sentence)
        favour = FAVOURS.search(sentence[:reach], value.end) or FAVOURS.search(sentence, values[-1][0].end)
        favours = named_arm(favour["arm"], arms) if favour else None
        found.append((ReportedDifference("SMD" if named["smd"] else "MD", estimate, (lo, hi), favours, sentence),
                      value.end))
    return found


def _named_before(sentence: str, start: int) -> re.Match | None:
    """The words naming a difference shortly before a number, within its clause."""
    before = sentence[max(0, start - WITHIN_REACH):start]
    names = [m for m in DIFFERENCE.finditer(before) if not re.search(r"[.;]\s", before[m.end():])]
    return names[-1] if names else None
