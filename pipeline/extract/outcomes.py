"""The outcome row (outcomes.csv) and how verified and automatic rows become one table."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline import effects
from pipeline.effects import EffectError
from pipeline.evidence import VerifiedRow

SOURCE_RANK = {"verified": 3, "fulltext": 2, "abstract": 1}


@dataclass(frozen=True)
class Outcome:
    """One trial x outcome x time point x comparison, with its effect (dry needling - control)."""

    pmid: str
    condition: str
    outcome_domain: str
    instrument: str
    timepoint_weeks: float | None
    comparator_class: str
    data_form: str
    source: str  # verified | auto
    provenance: str
    comparator: str = ""
    cointervention: str = ""
    n_dn: int | None = None
    mean_dn: float | None = None
    sd_dn: float | None = None
    n_ctrl: int | None = None
    mean_ctrl: float | None = None
    sd_ctrl: float | None = None
    scale_max: float | None = None
    lower_is_better: bool = True
    effect_measure: str = ""
    yi: float | None = None
    vi: float | None = None
    approximate: bool = False
    conversions: str = ""
    direction: str = ""
    p_value: float | None = None
    blinding: str = ""
    evidence: str = ""
    origin: str = ""  # verified | fulltext | abstract: where an automatic row was read
    confidence: float | None = None
    flags: str = ""

    @property
    def poolable(self) -> bool:
        return self.yi is not None and self.vi is not None

    @property
    def has_arm_data(self) -> bool:
        return None not in (self.n_dn, self.mean_dn, self.sd_dn, self.n_ctrl, self.mean_ctrl, self.sd_ctrl)

    def key(self) -> tuple:
        """Trial, outcome, time point and comparison: the unit a verified row replaces."""
        weeks = None if self.timepoint_weeks is None else round(self.timepoint_weeks, 1)
        return (self.pmid, self.outcome_domain, weeks, self.comparator_class)


def effect_of(row: VerifiedRow) -> tuple[effects.Effect | None, dict]:
    """The row's effect on its own scale and any per-arm values after conversion (SE -> SD)."""
    arms: dict = {}
    conversions: tuple[str, ...] = ()
    if row.data_form in ("final_mean_sd", "change_mean_sd"):
        sd_dn, sd_ctrl = row.sd_dn, row.sd_ctrl
        if row.dispersion == "se":
            sd_dn, note = effects.sd_from_se(row.sd_dn, row.n_dn)
            sd_ctrl, _ = effects.sd_from_se(row.sd_ctrl, row.n_ctrl)
            conversions += (note,)
        elif row.dispersion == "ci95":
            sd_dn, note = effects.sd_from_ci(row.ci_low_dn, row.ci_high_dn, row.n_dn)
            sd_ctrl, _ = effects.sd_from_ci(row.ci_low_ctrl, row.ci_high_ctrl, row.n_ctrl)
            conversions += (note,)
        if row.data_form == "change_mean_sd":
            conversions += ("change from baseline",)
        arms = dict(sd_dn=sd_dn, sd_ctrl=sd_ctrl)
        eff = effects.mean_difference(row.mean_dn, sd_dn, row.n_dn, row.mean_ctrl, sd_ctrl, row.n_ctrl)
        return replace(eff, conversions=conversions), arms
    if row.data_form in ("md_ci", "smd_ci"):
        sign = 1 if row.effect_orientation == "dn_minus_ctrl" else -1
        lo, hi = sorted((sign * row.ci_low, sign * row.ci_high))
        eff = effects.difference_from_ci(sign * row.effect, lo, hi, row.effect_measure, row.n_dn, row.n_ctrl)
        if sign < 0:
            eff = replace(eff, conversions=eff.conversions + ("sign flipped to dry needling - control",))
        return eff, arms
    if row.data_form == "p_value":
        return effects.smd_from_p(row.p_value, row.n_dn, row.n_ctrl, row.direction == "favours_dn",
                                  row.lower_is_better), arms
    return None, arms


def outcome_from_verified(row: VerifiedRow) -> Outcome:
    try:
        eff, arms = effect_of(row)
    except EffectError as exc:
        raise EffectError(f"verified row for PMID {row.pmid} ({row.outcome_domain}, {row.timepoint_weeks} wk): {exc}") from exc
    return Outcome(
        pmid=row.pmid, condition=row.condition, outcome_domain=row.outcome_domain, instrument=row.instrument,
        timepoint_weeks=row.timepoint_weeks, comparator_class=row.comparator_class, data_form=row.data_form,
        source="verified", provenance=f"{row.locator}, {row.source_url}", comparator=row.comparator,
        cointervention=row.cointervention, n_dn=row.n_dn, mean_dn=row.mean_dn,
        sd_dn=arms.get("sd_dn", row.sd_dn), n_ctrl=row.n_ctrl, mean_ctrl=row.mean_ctrl,
        sd_ctrl=arms.get("sd_ctrl", row.sd_ctrl), scale_max=row.scale_max, lower_is_better=row.lower_is_better,
        effect_measure=eff.measure if eff else "", yi=eff.yi if eff else None, vi=eff.vi if eff else None,
        approximate=eff.approximate if eff else False, conversions="; ".join(eff.conversions) if eff else "",
        direction=row.direction, p_value=row.p_value, blinding=row.blinding, evidence=row.evidence,
        origin="verified", confidence=1.0,
    )


def merge(verified: list[Outcome], automatic: list[Outcome]) -> list[Outcome]:
    """Verified rows replace automatic rows with the same key; among automatic rows, full-text
    numbers replace abstract numbers for the same key."""
    best_rank: dict[tuple, int] = {}
    for row in automatic:
        best_rank[row.key()] = max(best_rank.get(row.key(), 0), SOURCE_RANK[row.origin])
    verified_keys = {row.key() for row in verified}
    kept = [row for row in automatic
            if row.key() not in verified_keys and SOURCE_RANK[row.origin] == best_rank[row.key()]]
    return sorted(verified + kept, key=lambda r: (r.condition, r.pmid, r.outcome_domain,
                                                  r.timepoint_weeks is None, r.timepoint_weeks or 0))
