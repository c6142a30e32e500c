"""Effect sizes per study and the conversions that make reported numbers poolable.

Sign convention: every effect is *dry-needling arm minus control arm* on the instrument's own
scale. Whether a negative or a positive value favours dry needling depends on the outcome
(lower is better for pain and disability): :func:`favours_sign` says which, and the pool stage
orients effects so that every analysis has one stated direction.

Every function that converts a reported number returns the text of the conversion, which the
caller records on the row (column ``conversions``).

References
----------
Hedges LV (1981). Distribution theory for Glass's estimator of effect size and related
    estimators. J Educ Stat 6:107-128 (exact small-sample correction J).
Viechtbauer W (2010). metafor, ``escalc(measure="SMD")`` default large-sample variance ("LS").
Higgins JPT et al. (eds). Cochrane Handbook for Systematic Reviews of Interventions, version 6.4
    (2023), sections 6.5.2.2-6.5.2.3 (SD from SE or CI; CI of a difference), 10.5.2 (change scores).
Wan X, Wang W, Liu J, Tong T (2014). Estimating the sample mean and standard deviation from the
    sample size, median, range and/or interquartile range. BMC Med Res Methodol 14:135.
Luo D, Wan X, Liu J, Tong T (2018). Optimally estimating the sample mean from the sample size,
    median, mid-range, and/or mid-quartile range. Stat Methods Med Res 27:1785-1805.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy import stats


class EffectError(ValueError):
    """Numbers that cannot give an effect size (SD <= 0, n < 2, ...)."""


@dataclass(frozen=True)
class Effect:
    yi: float
    vi: float
    measure: str  # MD or SMD
    conversions: tuple[str, ...] = ()
    approximate: bool = False


def _need_n(*ns: float) -> None:
    for n in ns:
        if n is None or n < 2:
            raise EffectError(f"group size must be at least 2, got {n}")


def _need_sd(*sds: float) -> None:
    for sd in sds:
        if sd is None or not sd > 0:
            raise EffectError(f"standard deviation must be positive, got {sd}")


def hedges_j(df: float) -> float:
    """Exact small-sample correction J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2))."""
    if df <= 1:
        raise EffectError("Hedges' correction needs more than 1 degree of freedom")
    return math.exp(math.lgamma(df / 2) - 0.5 * math.log(df / 2) - math.lgamma((df - 1) / 2))


def mean_difference(m1: float, sd1: float, n1: float, m2: float, sd2: float, n2: float) -> Effect:
    """MD = m1 - m2 with vi = sd1^2/n1 + sd2^2/n2 (metafor ``escalc("MD")``)."""
    _need_n(n1, n2)
    _need_sd(sd1, sd2)
    return Effect(m1 - m2, sd1 ** 2 / n1 + sd2 ** 2 / n2, "MD")


def smd_from_d(d: float, n1: float, n2: float, conversions: tuple[str, ...] = (),
               approximate: bool = False) -> Effect:
    """Hedges' g from Cohen's d: g = J d, vi = 1/n1 + 1/n2 + g^2 / (2 (n1 + n2))."""
    _need_n(n1, n2)
    g = hedges_j(n1 + n2 - 2) * d
    return Effect(g, 1 / n1 + 1 / n2 + g ** 2 / (2 * (n1 + n2)), "SMD", conversions, approximate)


def standardized_mean_difference(m1: float, sd1: float, n1: float, m2: float, sd2: float, n2: float) -> Effect:
    """Hedges' g with the exact correction and metafor's default variance (``escalc("SMD")``)."""
    _need_n(n1, n2)
    _need_sd(sd1, sd2)
    sp = math.sqrt(((n1 - 1) * sd1 ** 2 + (n2 - 1) * sd2 ** 2) / (n1 + n2 - 2))
    return smd_from_d((m1 - m2) / sp, n1, n2)


def smd_from_p(p: float, n1: float, n2: float, dn_better: bool, lower_is_better: bool) -> Effect:
    """Approximate SMD from an exact two-sided p-value of a two-group t-test.

    t = qt(1 - p/2, n1 + n2 - 2), d = t sqrt(1/n1 + 1/n2), then Hedges' g. The sign is set from
    the reported direction so that the effect is (dry needling - control) on the outcome's scale.
    """
    if not 0 < p < 1:
        raise EffectError(f"p-value must be between 0 and 1 (exclusive), got {p}")
    _need_n(n1, n2)
    t = float(stats.t.isf(p / 2, n1 + n2 - 2))
    d = t * math.sqrt(1 / n1 + 1 / n2)
    # dry needling better on a lower-is-better outcome means a negative difference
    sign = -1 if dn_better == lower_is_better else 1
    return smd_from_d(sign * d, n1, n2, (f"SMD from exact p = {p:g} by t inversion (df = {n1 + n2 - 2:g})",),
                      approximate=True)


def difference_from_ci(effect: float, lo: float, hi: float, measure: str, n1: float | None = None,
                       n2: float | None = None) -> Effect:
    """A reported difference (MD or SMD) with its 95% CI: SE = (hi - lo) / (2 crit), where crit is
    t(0.975, n1 + n2 - 2) when the group sizes are known and below 60 in total, else 1.96."""
    if not lo < hi:
        raise EffectError(f"confidence limits must satisfy lower < upper, got {lo} and {hi}")
    if not lo - 1e-9 <= effect <= hi + 1e-9:
        raise EffectError(f"effect {effect} lies outside its confidence interval [{lo}, {hi}]")
    if n1 and n2 and n1 + n2 < 60:
        crit = float(stats.t.ppf(0.975, n1 + n2 - 2))
        how = f"SE from 95% CI with t({n1 + n2 - 2:g})"
    else:
        crit = float(stats.norm.ppf(0.975))
        how = "SE from 95% CI with z"
    se = (hi - lo) / (2 * crit)
    return Effect(effect, se ** 2, measure, (how,))


def sd_from_se(se: float, n: float) -> tuple[float, str]:
    """SD = SE sqrt(n)."""
    _need_n(n)
    _need_sd(se)
    return se * math.sqrt(n), "SD from SE x sqrt(n)"


def sd_from_ci(lo: float, hi: float, n: float, distribution: str = "t") -> tuple[float, str]:
    """SD from a 95% CI of a group mean: sqrt(n) (hi - lo) / (2 t(0.975, n - 1)), or with
    ``distribution="normal"`` the large-sample form sqrt(n) (hi - lo) / 3.92 (Cochrane Handbook
    section 6.5.2.2)."""
    _need_n(n)
    if not lo < hi:
        raise EffectError(f"confidence limits must satisfy lower < upper, got {lo} and {hi}")
    if distribution == "normal":
        return math.sqrt(n) * (hi - lo) / 3.92, "SD from 95% CI of the mean (normal, 3.92)"
    return math.sqrt(n) * (hi - lo) / (2 * float(stats.t.ppf(0.975, n - 1))), "SD from 95% CI of the mean (t)"


def sd_from_iqr(q1: float, q3: float, n: float) -> tuple[float, str]:
    """Wan et al. (2014), scenario C2: SD = (q3 - q1) / (2 Phi^-1((0.75 n - 0.125) / (n + 0.25)))."""
    _need_n(n)
    if not q1 < q3:
        raise EffectError("the interquartile range must have q1 < q3")
    return (q3 - q1) / (2 * stats.norm.ppf((0.75 * n - 0.125) / (n + 0.25))), "SD from IQR (Wan 2014)"


def sd_from_range(low: float, high: float, n: float) -> tuple[float, str]:
    """Wan et al. (2014), scenario C1: SD = (b - a) / (2 Phi^-1((n - 0.375) / (n + 0.25)))."""
    _need_n(n)
    if not low < high:
        raise EffectError("the range must have min < max")
    return (high - low) / (2 * stats.norm.ppf((n - 0.375) / (n + 0.25))), "SD from range (Wan 2014)"


def mean_from_median_iqr(q1: float, median: float, q3: float, n: float) -> tuple[float, str]:
    """Luo et al. (2018), scenario S2: mean = w (q1 + q3)/2 + (1 - w) median, w = 0.7 + 0.39/n."""
    _need_n(n)
    w = 0.7 + 0.39 / n
    return w * (q1 + q3) / 2 + (1 - w) * median, "mean from median and IQR (Luo 2018)"


def mean_from_median_range(low: float, median: float, high: float, n: float) -> tuple[float, str]:
    """Luo et al. (2018), scenario S1: mean = w (a + b)/2 + (1 - w) median, w = 4 / (4 + n^0.75)."""
    _need_n(n)
    w = 4 / (4 + n ** 0.75)
    return w * (low + high) / 2 + (1 - w) * median, "mean from median and range (Luo 2018)"


def favours_sign(lower_is_better: bool) -> str:
    """Which sign of (dry needling - control) favours dry needling."""
    return "negative" if lower_is_better else "positive"


def rescale(value: float, from_max: float, to_max: float) -> float:
    """Linear rescaling of a score or difference from a 0-from_max to a 0-to_max scale."""
    return value * to_max / from_max
