"""Stage 5a: certainty of evidence (GRADE, computed) and a plain verdict per analysis and condition.

Randomised evidence starts at *high*; each rule below may take one level off and says why:

- risk of bias: half or more of the trials had neither a sham control nor blinded participants
  (self-reported outcomes such as pain are then open to expectation effects), or the sheet
  says outcome assessors were not blinded;
- inconsistency: I^2 >= 50%, or the 95% prediction interval reaches the opposite direction
  while the confidence interval does not;
- imprecision: the confidence interval includes no effect or straddles the minimal important
  difference (MID); a second level when the trials together have fewer participants than the
  optimal information size (400, the usual rule of thumb for continuous outcomes);
- publication bias: Egger's test p < 0.10 with at least 10 trials.

References: Guyatt GH et al. GRADE guidelines 5-8, J Clin Epidemiol 2011;64:1283-1316
(publication bias, imprecision, inconsistency, risk of bias); Schünemann H et al. (eds), GRADE
Handbook (2013), section 5.2.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pipeline.config import Topic
from pipeline.extract.outcomes import Outcome
from pipeline.pool import WINDOW_PHRASES, PooledEstimate, StudyEffect
from pipeline.screen import ScreeningDecision

LEVELS = ("very_low", "low", "moderate", "high")
OPTIMAL_INFORMATION_SIZE = 400
COMPARATOR_PHRASE = {
    "sham": "sham needling",
    "no_treatment": "no treatment (or the same co-treatment alone)",
    "usual_care": "usual care",
    "active": "other active treatments",
}


@dataclass(frozen=True)
class Verdict:
    """One row of verdicts.csv: an analysis (or a condition without one) with its certainty."""

    condition: str
    outcome_domain: str
    comparator_class: str
    timepoint: str
    analysis_id: str
    measure: str
    estimate: float | None
    ci_low: float | None
    ci_high: float | None
    certainty: str  # high | moderate | low | very_low | "" (not assessable)
    downgrades: str
    finding: str  # the short form: "no clear difference", "a clinically important improvement", ...
    verdict: str
    k_rcts: int
    n_participants: int | None
    first_rct_year: int | None
    rcts_last_5_years: int
    rcts_in_condition: int
    is_main: bool


def signed(value: float, digits: int = 2) -> str:
    """``+1.23`` / ``-1.23``, and ``0.00`` rather than ``-0.00``."""
    text = f"{value:+.{digits}f}"
    return text[1:] if float(text) == 0 else text


def mid_for(estimate: PooledEstimate, topic: Topic) -> float | None:
    spec = topic.outcome(estimate.outcome_domain)
    if spec is None:
        return None
    if estimate.measure == "SMD":
        return spec.mid_smd
    return spec.mid if spec.common_scale != "instrument" else None


def assess(estimate: PooledEstimate, studies: list[StudyEffect], trial_rows: dict[str, list[Outcome]],
           topic: Topic) -> tuple[str, list[str]]:
    """GRADE certainty and the reasons for each downgrade."""
    reasons: list[str] = []
    at_risk = 0
    for study in studies:
        rows = trial_rows.get(study.pmid, [])
        blinding = {r.blinding for r in rows if r.blinding}
        sham = estimate.comparator_class == "sham"
        if (not sham and not blinding & {"double", "participant"}) or blinding & {"none"}:
            at_risk += 1
    share = at_risk / max(1, len(studies))
    if share >= 0.5:
        reasons.append(f"risk of bias: {at_risk} of {len(studies)} trials had neither a sham control nor "
                       "blinded participants")

    if estimate.k >= 2:
        pi_crosses = estimate.pi_low < 0 < estimate.pi_high
        ci_crosses = estimate.ci_low < 0 < estimate.ci_high
        if estimate.i2 >= 50:
            reasons.append(f"inconsistency: I² = {estimate.i2:.0f}%")
        elif estimate.k >= 3 and pi_crosses and not ci_crosses:
            reasons.append("inconsistency: the prediction interval includes effects in the opposite direction")

    mid = mid_for(estimate, topic)
    _, lo, hi = estimate.benefit()
    imprecision = []
    if lo <= 0 <= hi:
        imprecision.append("the confidence interval includes no effect")
    elif mid is not None and lo < mid < hi:
        imprecision.append("the confidence interval straddles the minimal important difference")
    if estimate.n < OPTIMAL_INFORMATION_SIZE:
        imprecision.append(f"{estimate.participants}, below the optimal information size ({OPTIMAL_INFORMATION_SIZE})")
    if estimate.k == 1:
        imprecision.append("a single trial, not replicated")
    # imprecision takes at most two levels
    if len(imprecision) > 2:
        imprecision = [imprecision[0], "; ".join(imprecision[1:])]
    reasons += [f"imprecision: {text}" for text in imprecision]

    if estimate.egger_p is not None and estimate.egger_p < 0.10:
        reasons.append(f"publication bias: Egger's test p = {estimate.egger_p:.2f}")

    level = max(0, len(LEVELS) - 1 - len(reasons))
    return LEVELS[level], reasons


def _size_phrase(estimate: PooledEstimate, mid: float | None) -> str:
    est, lo, hi = estimate.benefit()
    if lo <= 0 <= hi:
        return "no clear difference"
    if est < 0:
        return "a result favouring the comparator"
    if mid is None:
        return "an improvement of uncertain clinical importance"
    if lo >= mid:
        return "a clinically important improvement"
    if est >= mid:
        return "an improvement around the minimal important difference"
    return "an improvement smaller than the minimal important difference"


def describe(estimate: PooledEstimate, certainty: str, topic: Topic) -> str:
    """A plain-language sentence: direction, size against the MID, time point, comparator, certainty."""
    mid = mid_for(estimate, topic)
    spec = topic.outcome(estimate.outcome_domain)
    label = spec.label.lower() if spec else estimate.outcome_domain
    unit = "points on a 0-10 scale" if estimate.scale.startswith("0-10") else (
        "standard deviations" if estimate.measure == "SMD" else estimate.scale)
    est, lo, hi = estimate.benefit()
    mid_text = f" (minimal important difference {mid:g})" if mid is not None else ""
    size = _size_phrase(estimate, mid)
    trials = f"{estimate.k} trial{'s' if estimate.k != 1 else ''}, {estimate.participants}"
    return (f"Compared with {COMPARATOR_PHRASE.get(estimate.comparator_class, estimate.comparator_class)}, "
            f"{topic.intervention.label} showed {size} in {label} {WINDOW_PHRASES[estimate.timepoint]}: "
            f"{signed(est)} {unit} in its favour (95% CI {signed(lo)} to {signed(hi)}){mid_text}; {trials}. "
            f"Certainty: {certainty.replace('_', ' ')}.")


def main_analysis(estimates: list[PooledEstimate]) -> PooledEstimate | None:
    """The analysis a condition's headline verdict is based on: pain first, then against sham,
    then the short term, then the most trials."""
    if not estimates:
        return None
    domain_rank = {"pain": 0, "disability": 1}
    comp_rank = {"sham": 0, "no_treatment": 1, "usual_care": 2, "active": 3}
    window_rank = {"short_term": 0, "immediate": 1, "long_term": 2, "unstated": 3}
    return min(estimates, key=lambda e: (domain_rank.get(e.outcome_domain, 2), -min(e.k, 3),
                                         comp_rank.get(e.comparator_class, 4), window_rank[e.timepoint], -e.k))


def grade_all(pooled: list[PooledEstimate], studies: list[StudyEffect], outcomes: list[Outcome],
              decisions: list[ScreeningDecision], topic: Topic, current_year: int) -> list[Verdict]:
    """A verdict for every analysis, plus one row for each condition with trials but no analysis."""
    by_analysis = defaultdict(list)
    for s in studies:
        by_analysis[s.analysis_id].append(s)
    trial_rows = defaultdict(list)
    for row in outcomes:
        trial_rows[row.pmid].append(row)
    rcts = defaultdict(list)
    for d in decisions:
        if d.included:
            for c in d.condition_list:
                rcts[c].append(d)

    verdicts = []
    per_condition = defaultdict(list)
    for est in pooled:
        per_condition[est.condition].append(est)
    for condition in topic.condition_names:
        trials = rcts.get(condition, [])
        years = [d.year for d in trials if d.year]
        timeline = dict(first_rct_year=min(years) if years else None,
                        rcts_last_5_years=sum(1 for y in years if y > current_year - 5),
                        rcts_in_condition=len(trials))
        estimates = per_condition.get(condition, [])
        main = main_analysis(estimates)
        for est in estimates:
            certainty, reasons = assess(est, by_analysis[est.analysis_id], trial_rows, topic)
            verdicts.append(Verdict(
                condition=condition, outcome_domain=est.outcome_domain, comparator_class=est.comparator_class,
                timepoint=est.timepoint, analysis_id=est.analysis_id, measure=est.measure, estimate=est.estimate,
                ci_low=est.ci_low, ci_high=est.ci_high, certainty=certainty, downgrades="; ".join(reasons),
                finding=_size_phrase(est, mid_for(est, topic)), verdict=describe(est, certainty, topic), k_rcts=est.k,
                n_participants=est.n if est.n_unreported < est.k else None,
                is_main=est is main, **timeline))
        if not estimates and trials:
            verdicts.append(Verdict(
                condition=condition, outcome_domain="pain", comparator_class="", timepoint="", analysis_id="",
                measure="", estimate=None, ci_low=None, ci_high=None, certainty="", downgrades="",
                finding="no poolable numbers",
                verdict=(f"{len(trials)} randomised trial{'s' if len(trials) != 1 else ''} found; none reported "
                         "numbers that could be pooled, so no effect estimate or certainty can be given."),
                k_rcts=0, n_participants=0, is_main=True, **timeline))
    return verdicts
