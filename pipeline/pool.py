"""Stage 4: pool outcomes per condition x outcome domain x comparator class x time window.

For each analysis one row per trial is chosen (verified before automatic; per-arm numbers before
a reported difference before a p-value conversion; the latest time point inside the window).
The measure is the mean difference on a common scale when every trial allows it (pain: 0-10,
a 0-100 VAS divided by 10; other domains: one shared instrument), otherwise Hedges' g. Effects
are oriented so that each analysis has one stated direction (``favours_dn``: the sign of
dry needling - control that favours dry needling).

Writes ``pooled.csv`` (one row per analysis) and ``studies_escalc.csv`` (one row per study in an
analysis: analysis_id, study, yi, vi, measure; ready for R's ``rma()``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from pipeline import effects, meta
from pipeline.config import Topic
from pipeline.effects import EffectError
from pipeline.extract.outcomes import Outcome

log = logging.getLogger(__name__)

WINDOWS = (("immediate", 1.0), ("short_term", 12.0), ("long_term", float("inf")))
UNSTATED = "unstated"
WINDOW_ORDER = ("immediate", "short_term", "long_term", UNSTATED)
WINDOW_LABELS = {"immediate": "immediate (up to 1 week)", "short_term": "short term (1-12 weeks)",
                 "long_term": "longer term (over 12 weeks)", UNSTATED: "time point not stated"}
WINDOW_PHRASES = {"immediate": "right after treatment (up to 1 week)", "short_term": "in the short term (1-12 weeks)",
                  "long_term": "in the longer term (over 12 weeks)", UNSTATED: "at a time point the trials did not state"}
FORM_RANK = {"final_mean_sd": 0, "change_mean_sd": 1, "md_ci": 2, "smd_ci": 3, "p_value": 4}
PAIN_SCALE = 10.0
PRIMARY_METHOD = "REML"
PRIMARY_HKSJ = True


def window_of(weeks: float | None) -> str:
    if weeks is None:
        return UNSTATED
    return next(name for name, upper in WINDOWS if weeks <= upper)


@dataclass(frozen=True)
class StudyEffect:
    """One row of studies_escalc.csv."""

    analysis_id: str
    pmid: str
    study: str
    year: int | None
    yi: float
    vi: float
    measure: str
    weight: float
    n_dn: int | None
    n_ctrl: int | None
    timepoint_weeks: float | None
    instrument: str
    source: str
    data_form: str
    approximate: bool
    conversions: str


@dataclass(frozen=True)
class PooledEstimate:
    """One row of pooled.csv."""

    analysis_id: str
    condition: str
    outcome_domain: str
    comparator_class: str
    timepoint: str
    measure: str
    scale: str
    favours_dn: str  # negative | positive
    k: int
    n: int  # participants in the trials that reported group sizes
    n_unreported: int  # trials whose group sizes the source did not give
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    pi_low: float
    pi_high: float
    tau2: float
    i2: float
    h2: float
    q: float
    q_p: float
    method: str
    hksj: bool
    egger_p: float | None
    loo_low: float | None
    loo_high: float | None
    approximate_share: float
    warnings: str
    pmids: str

    def in_favour(self, *values: float) -> tuple[float, ...]:
        """Values re-signed so that positive means 'favours dry needling'."""
        sign = -1 if self.favours_dn == "negative" else 1
        return tuple(sign * v for v in values)

    @property
    def participants(self) -> str:
        if self.n_unreported == self.k:
            return "group sizes not reported"
        more = f" (+{self.n_unreported} trial{'s' if self.n_unreported > 1 else ''} without group sizes)" \
            if self.n_unreported else ""
        return f"{self.n} participants{more}"

    def benefit(self) -> tuple[float, float, float]:
        """(estimate, lower, upper) with positive = favours dry needling."""
        est, lo, hi = self.in_favour(self.estimate, self.ci_low, self.ci_high)
        return est, min(lo, hi), max(lo, hi)


def analysis_id(condition: str, domain: str, comparator: str, window: str) -> str:
    return f"{condition}.{domain}.{comparator}.{window}"


def _choose(rows: list[Outcome]) -> Outcome:
    return min(rows, key=lambda r: (r.source != "verified", FORM_RANK.get(r.data_form, 9), -(r.timepoint_weeks or 0)))


def _md_on_common_scale(row: Outcome, domain: str) -> tuple[float, float, str] | None:
    """(yi, vi, conversion) as a mean difference on the domain's common scale, or None."""
    if row.effect_measure != "MD":
        return None
    if domain == "pain":
        if not row.scale_max:
            return None
        factor = PAIN_SCALE / row.scale_max
        note = "" if factor == 1 else f"rescaled 0-{row.scale_max:g} to 0-{PAIN_SCALE:g}"
        return row.yi * factor, row.vi * factor ** 2, note
    return row.yi, row.vi, ""


def _smd(row: Outcome) -> tuple[float, float, str, bool] | None:
    """(g, vi, conversion, approximate) for a row, or None when it cannot be standardised."""
    if row.effect_measure == "SMD":
        return row.yi, row.vi, "", row.approximate
    if row.has_arm_data:
        eff = effects.standardized_mean_difference(row.mean_dn, row.sd_dn, row.n_dn, row.mean_ctrl,
                                                   row.sd_ctrl, row.n_ctrl)
        return eff.yi, eff.vi, "SMD from per-arm means and SDs", False
    if row.effect_measure == "MD" and row.n_dn and row.n_ctrl:
        sd_pooled = (row.vi ** 0.5) / (1 / row.n_dn + 1 / row.n_ctrl) ** 0.5
        eff = effects.smd_from_d(row.yi / sd_pooled, row.n_dn, row.n_ctrl)
        return eff.yi, eff.vi, "SMD from MD and its CI (SD implied by SE and n)", True
    return None


def build_analyses(outcomes: list[Outcome], topic: Topic, years: dict[str, int | None],
                   labels: dict[str, str]) -> tuple[list[PooledEstimate], list[StudyEffect]]:
    groups: dict[tuple, dict[str, list[Outcome]]] = defaultdict(lambda: defaultdict(list))
    domains = {o.domain for o in topic.outcomes}  # "other" outcomes are too mixed to pool
    for row in outcomes:
        if row.poolable and row.outcome_domain in domains:
            key = (row.condition, row.outcome_domain, row.comparator_class, window_of(row.timepoint_weeks))
            groups[key][row.pmid].append(row)

    pooled, studies = [], []
    order = {name: i for i, name in enumerate(topic.condition_names)}
    for key in sorted(groups, key=lambda k: (order.get(k[0], 99), k[1], k[2], WINDOW_ORDER.index(k[3]))):
        condition, domain, comparator, window = key
        chosen = [_choose(rows) for rows in groups[key].values()]
        spec = topic.outcome(domain)
        lower_is_better = spec.lower_is_better if spec else True
        result = _analyse(chosen, domain, lower_is_better)
        if result is None:
            continue
        measure, scale, entries = result
        aid = analysis_id(condition, domain, comparator, window)
        yi = [e[1] for e in entries]
        vi = [e[2] for e in entries]
        fit = meta.pool(yi, vi, PRIMARY_METHOD, PRIMARY_HKSJ)
        egger = meta.egger_test(yi, vi)
        loo = meta.leave_one_out(yi, vi, PRIMARY_METHOD, PRIMARY_HKSJ) if len(yi) >= 3 else []
        n_total = sum((e[0].n_dn or 0) + (e[0].n_ctrl or 0) for e in entries)
        n_unreported = sum(1 for e in entries if not (e[0].n_dn and e[0].n_ctrl))
        pooled.append(PooledEstimate(
            analysis_id=aid, condition=condition, outcome_domain=domain, comparator_class=comparator,
            timepoint=window, measure=measure, scale=scale, favours_dn=effects.favours_sign(lower_is_better),
            k=fit.k, n=n_total, n_unreported=n_unreported, estimate=fit.estimate, se=fit.se, ci_low=fit.ci_low, ci_high=fit.ci_high,
            pi_low=fit.pi_low, pi_high=fit.pi_high, tau2=fit.tau2, i2=fit.i2, h2=fit.h2, q=fit.q, q_p=fit.q_p,
            method=PRIMARY_METHOD, hksj=PRIMARY_HKSJ, egger_p=egger.p_value if egger else None,
            loo_low=min(r.estimate for r in loo) if loo else None,
            loo_high=max(r.estimate for r in loo) if loo else None,
            approximate_share=sum(1 for e in entries if e[4]) / len(entries),
            warnings="; ".join(fit.warnings), pmids=";".join(e[0].pmid for e in entries),
        ))
        for (row, y, v, conv, approx), weight in zip(entries, fit.weights):
            studies.append(StudyEffect(
                analysis_id=aid, pmid=row.pmid, study=labels.get(row.pmid, row.pmid), year=years.get(row.pmid),
                yi=y, vi=v, measure=measure, weight=weight, n_dn=row.n_dn, n_ctrl=row.n_ctrl,
                timepoint_weeks=row.timepoint_weeks, instrument=row.instrument, source=row.source,
                data_form=row.data_form, approximate=approx, conversions=conv,
            ))
    return pooled, studies


def _analyse(chosen: list[Outcome], domain: str, lower_is_better: bool):
    """Pick MD or SMD for the trials of one analysis; returns (measure, scale, entries)."""
    def entry(row: Outcome, y: float, v: float, note: str, approximate: bool) -> tuple:
        flip = ""
        if row.lower_is_better != lower_is_better:
            y, flip = -y, "sign flipped to the domain's direction"
        return row, y, v, "; ".join(x for x in (row.conversions, note, flip) if x), approximate

    instruments = {r.instrument.strip().lower() for r in chosen}
    md = [_md_on_common_scale(r, domain) for r in chosen]
    same_scale = domain == "pain" or len(instruments) == 1
    if same_scale and all(m is not None for m in md):
        scale = f"0-{PAIN_SCALE:g} points" if domain == "pain" else chosen[0].instrument
        return "MD", scale, [entry(row, y, v, note, row.approximate) for row, (y, v, note) in zip(chosen, md)]
    entries = []
    for row in chosen:
        try:
            smd = _smd(row)
        except EffectError as exc:
            log.warning("PMID %s left out of a %s analysis: %s", row.pmid, domain, exc)
            continue
        if smd is None:
            log.info("PMID %s (%s) cannot be standardised; left out of the SMD analysis", row.pmid, domain)
            continue
        entries.append(entry(row, *smd))
    if not entries:
        return None
    return "SMD", "standard deviations", entries
