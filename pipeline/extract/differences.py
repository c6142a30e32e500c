"""Between-group differences reported with their 95% CI: 'mean difference -1.5 (95% CI -2.3 to
-0.7) in favour of dry needling', 'SMD 0.62 (95% CI 0.21 to 1.03)', 'adjusted difference, -12.3;
95% CI, -18.0 to -6.6'.

A difference is poolable only with its orientation (which arm minus which): it is taken from the
arm the sentence says the difference favours; when the sentence does not say, the difference is
kept for a researcher and not pooled.

When a trial prints neither per-arm numbers nor a difference, an exact p-value of the comparison
('less pain in the dry needling group than in the sham group (p = 0.02)') is read with the arm the
clause says did better; the pooling stage turns it into an approximate SMD.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from pipeline.extract.naming import Arm, OutcomeSpec, named_arm
from pipeline.extract.numbers import NUM, find_values, normalize, to_float
from pipeline.fulltext import Document

# the words naming a between-group difference, and (for a CI printed apart) its estimate after them
DIFFERENCE = re.compile(r"\b(?:(?P<smd>standardi[sz]ed\s+(?:mean\s+)?difference|SMD|effect\s+size)|"
                        r"(?:mean|adjusted|between[- ]groups?|group)\s+differences?|MD|difference)\b", re.I)
ESTIMATE_BEFORE_CI = re.compile(rf"(?P<est>{NUM})[^\d;]{{0,20}}[;,]?\s*[(\[]?\s*$")
FAVOURS = re.compile(r"\b(?:in\s+favou?r\s+of|favou?r(?:ing|s|ed)?)\s+(?:the\s+)?(?P<arm>[^,;.()\[\]]{2,60})", re.I)
WITHIN_REACH = 80  # characters between the difference's name and its number
EXACT_P = re.compile(r"\bp\s*=\s*(?P<p>0?\.\d+)(?!\d)", re.I)  # 'P = .03', 'p = 0.012' (not 'p < 0.05')
COMPARED = r"than|compared\s+(?:with|to)|versus|vs\.?"  # the words between the two sides of a comparison
BETWEEN = re.compile(rf"\b(?:{COMPARED}|between(?:[- ]groups?)?|favou?r\w*|superior|inferior)\b", re.I)
WITHIN_GROUPS = re.compile(r"\b(?:in\s+both\s+groups|in\s+each\s+group|in\s+all\s+groups|within[- ]groups?|"
                           r"from\s+baseline\s+in\s+(?:both|each|all))\b", re.I)
THAN = re.compile(rf"\b(?:{COMPARED}|relative\s+to)\b|(?<=superior)\s+to\b|(?<=inferior)\s+to\b", re.I)
# words saying the arm named first did better or worse, whatever the outcome's direction
BETTER_CUES = (r"superior", r"more\s+effective", r"better", r"(?:greater|larger|more)\s+(?:\w+\s+)?"
               r"(?:improvement|relief|benefit)", r"improved\s+(?:significantly\s+)?more")
WORSE_CUES = (r"inferior", r"less\s+effective", r"worse",
              r"(?:smaller|less)\s+(?:\w+\s+)?(?:improvement|relief|benefit)")
# words saying the values of the arm named first were lower or higher
LOWER_CUES = (r"lower", r"less", r"fewer", r"(?:greater|larger|more)\s+(?:\w+\s+)?(?:reduction|decrease)",
              r"(?:decreased|reduced|fell)\s+(?:significantly\s+)?more")
HIGHER_CUES = (r"higher", r"(?:greater|larger|more)\s+(?:\w+\s+)?increase", r"increased\s+(?:significantly\s+)?more")


def _cues(better: tuple[str, ...], worse: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b(?:(?P<better>{'|'.join(better)})|(?P<worse>{'|'.join(worse)}))\b", re.I)


# lower_is_better -> the words saying the arm named first did better or worse on such an outcome
VERDICT = {True: _cues(BETTER_CUES + LOWER_CUES, WORSE_CUES + HIGHER_CUES),
           False: _cues(BETTER_CUES + HIGHER_CUES, WORSE_CUES + LOWER_CUES)}


@dataclass(frozen=True)
class ReportedDifference:
    """A between-group difference as printed, with the arm the text says it favours (an index into
    the arms asked about, or None when unstated) and the sentence it was read in."""

    measure: str  # MD | SMD
    estimate: float
    ci: tuple[float, float]
    favours: int | None
    sentence: str


@dataclass(frozen=True)
class ReportedPValue:
    """An exact p-value of the comparison between the arms, with the arm the text says did better
    (an index into the arms asked about, or None when unstated) and the sentence it was read in."""

    p: float
    better: int | None
    sentence: str


Reading = TypeVar("Reading", ReportedDifference, ReportedPValue)


def reported_difference(doc: Document, arms: list[Arm], outcome: OutcomeSpec) -> ReportedDifference | None:
    """The difference for the outcome in the sentence that names it best (results first); in a
    sentence with several differences, the first one after the outcome's name."""
    return _best_reading(doc, outcome, lambda text: _differences(text, arms))


def reported_p_value(doc: Document, arms: list[Arm], outcome: OutcomeSpec,
                     lower_is_better: bool) -> ReportedPValue | None:
    """The exact p-value comparing the arms on the outcome, in the sentence that names it best
    (results first); in a sentence with several, the first one after the outcome's name."""
    return _best_reading(doc, outcome, lambda text: _p_values(text, arms, lower_is_better))


def _best_reading(doc: Document, outcome: OutcomeSpec,
                  readings: Callable[[str], Iterator[tuple[Reading, int]]]) -> Reading | None:
    """The first reading after the outcome's name in the sentence naming the outcome best (results
    first); ``readings`` gives a sentence's readings, each with where it ends."""
    best, best_score = None, 0.0
    for section, sentence in doc.sentences():
        score = outcome.score(sentence)
        if score <= 0:
            continue
        text = normalize(sentence)
        found, start = None, 0
        for reading, end in readings(text):
            if outcome.score(text[start:end]) > 0:
                found = reading
                break
            start = end
        total = score + (0.3 if section == "results" else 0.0)
        if found and total > best_score:
            best, best_score = found, total
    return best


def _differences(sentence: str, arms: list[Arm]) -> Iterator[tuple[ReportedDifference, int]]:
    """The differences with a 95% CI in a sentence, each with where its reading ends. The arm a
    difference favours is named after it, before the next difference or at the sentence's end."""
    values = [(v, v.values[0], v.values[1:], v.start) if v.kind == "mean_ci" else
              (v, to_float(lead["est"]), v.values, lead.start())
              for v in find_values(sentence) if v.kind == "mean_ci" or v.kind == "ci" and
              (lead := ESTIMATE_BEFORE_CI.search(sentence[:v.start]))]
    for i, (value, estimate, (lo, hi), start) in enumerate(values):
        named = _named_before(sentence, start)
        if named is None or not lo <= estimate <= hi:
            continue
        reach = values[i + 1][3] if i + 1 < len(values) else len(sentence)
        favour = FAVOURS.search(sentence[:reach], value.end) or FAVOURS.search(sentence, values[-1][0].end)
        favours = named_arm(favour["arm"], arms) if favour else None
        yield ReportedDifference("SMD" if named["smd"] else "MD", estimate, (lo, hi), favours, sentence), value.end


def _p_values(sentence: str, arms: list[Arm], lower_is_better: bool) -> Iterator[tuple[ReportedPValue, int]]:
    """The exact p-values in a sentence that compare the arms, each with the arm its clause (the
    words since the previous p-value) says did better. A clause about change within the groups
    ('decreased in both groups') compares nothing."""
    start = 0
    for m in EXACT_P.finditer(sentence):
        clause = sentence[start:m.start()]
        start = m.end()
        if WITHIN_GROUPS.search(clause) or not (BETWEEN.search(clause) or all(arm.mentions(clause) for arm in arms)):
            continue
        yield ReportedPValue(float(m["p"]), _better_arm(clause, arms, lower_is_better), sentence), m.end()


def _better_arm(clause: str, arms: list[Arm], lower_is_better: bool) -> int | None:
    """The arm a comparison says did better: the one it favours, or the one named before 'than' /
    'compared with' when the words there say better ('superior', 'greater improvement', 'less pain'
    on an outcome where lower is better) or worse; None when the clause does not say."""
    favour = FAVOURS.search(clause)
    if favour:
        return named_arm(favour["arm"], arms)
    subject = THAN.split(clause, maxsplit=1)[0]
    named = named_arm(subject, arms)
    if named is None or len(arms) != 2:
        return None
    cue = VERDICT[lower_is_better].search(subject)
    if not cue:
        return None
    return named if cue["better"] else 1 - named


def _named_before(sentence: str, start: int) -> re.Match | None:
    """The words naming a difference shortly before a number, within its clause."""
    before = sentence[max(0, start - WITHIN_REACH):start]
    names = [m for m in DIFFERENCE.finditer(before) if not re.search(r"[.;]\s", before[m.end():])]
    return names[-1] if names else None
