"""Random-effects meta-analysis of one effect per study, computed as R's metafor does.

The estimators, tests and intervals follow ``metafor::rma.uni`` (version 3.8) for the
intercept-only model with default settings, so that results agree with
``rma(yi, vi, method=..., test="z" | "knha")`` and ``predict()`` to numerical precision.

References
----------
Viechtbauer W (2010). Conducting meta-analyses in R with the metafor package. J Stat Softw 36(3).
DerSimonian R, Laird N (1986). Meta-analysis in clinical trials. Control Clin Trials 7:177-188.
Viechtbauer W (2005). Bias and efficiency of meta-analytic variance estimators in the
    random-effects model. J Educ Behav Stat 30:261-293 (ML, REML, Fisher scoring).
Paule RC, Mandel J (1982). Consensus values and weighting factors. J Res Natl Bur Stand 87:377-385.
Hedges LV (1983). A random effects model for effect sizes. Psychol Bull 93:388-395 (HE).
Sidik K, Jonkman JN (2005). Simple heterogeneity variance estimation for meta-analysis.
    J R Stat Soc C 54:367-384 (SJ).
Hartung J, Knapp G (2001). On tests of the overall treatment effect in meta-analysis with
    normally distributed responses. Stat Med 20:1771-1782; Sidik K, Jonkman JN (2002) Stat Med
    21:3153-3159 (HKSJ).
Higgins JPT, Thompson SG (2002). Quantifying heterogeneity in a meta-analysis. Stat Med
    21:1539-1558 (I^2, H^2).
Riley RD, Higgins JPT, Deeks JJ (2011). Interpretation of random effects meta-analyses. BMJ
    342:d549 (prediction interval).
Egger M, Davey Smith G, Schneider M, Minder C (1997). Bias in meta-analysis detected by a simple,
    graphical test. BMJ 315:629-634.
Brent RP (1973). Algorithms for Minimization without Derivatives, ch. 4; Forsythe GE, Malcolm MA,
    Moler CB (1977). Computer Methods for Mathematical Computations, ZEROIN (root finding for PM).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from scipy import stats

from pipeline.config import POOLING_METHODS

METHODS = POOLING_METHODS
DEFAULT_METHOD = "REML"

# metafor's rma.uni control defaults
TAU2_MIN = 0.0
THRESHOLD = 1e-5
TOL = np.finfo(float).eps ** 0.25
MAXITER = 100
EPS = np.finfo(float).eps


@dataclass(frozen=True)
class MetaResult:
    """A pooled estimate with heterogeneity statistics and prediction interval."""

    method: str
    hksj: bool
    k: int
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    z_or_t: float
    p_value: float
    tau2: float
    i2: float
    h2: float
    q: float
    q_p: float
    pi_low: float
    pi_high: float
    weights: tuple[float, ...]  # percent weight of each study
    converged: bool = True
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def tau(self) -> float:
        return math.sqrt(self.tau2)


def _check(yi: Sequence[float], vi: Sequence[float], method: str) -> tuple[np.ndarray, np.ndarray]:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}: choose one of {', '.join(METHODS)}")
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    if y.shape != v.shape or y.ndim != 1:
        raise ValueError("yi and vi must be sequences of the same length")
    if len(y) == 0:
        raise ValueError("no studies to pool")
    if not (np.all(np.isfinite(y)) and np.all(np.isfinite(v))):
        raise ValueError("yi and vi must be finite numbers")
    if np.any(v <= 0):
        raise ValueError("every sampling variance vi must be positive")
    return y, v


def _weighted_rss(y: np.ndarray, w: np.ndarray) -> float:
    """sum w (y - weighted mean)^2 = y'Py for the intercept-only model."""
    mu = np.sum(w * y) / np.sum(w)
    return float(np.sum(w * (y - mu) ** 2))


def _q_at(tau2: float, y: np.ndarray, v: np.ndarray) -> float:
    return _weighted_rss(y, 1.0 / (v + tau2))


def brent_root(f, a: float, b: float, fa: float, fb: float, tol: float, maxiter: int) -> float:
    """Root of ``f`` in [a, b] by Brent's method in the ZEROIN form of Forsythe, Malcolm and
    Moler (1977): bisection safeguarded by secant and inverse quadratic interpolation steps."""
    if fa == 0:
        return a
    if fb == 0:
        return b
    c, fc = a, fa
    for _ in range(maxiter + 1):
        previous_step = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol1 = 2 * EPS * abs(b) + tol / 2
        step = (c - b) / 2
        if abs(step) <= tol1 or fb == 0:
            return b
        if abs(previous_step) >= tol1 and abs(fa) > abs(fb):
            cb = c - b
            if a == c:  # secant
                t1 = fb / fa
                p, q = cb * t1, 1.0 - t1
            else:  # inverse quadratic interpolation
                q, t1, t2 = fa / fc, fb / fc, fb / fa
                p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0))
                q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0)
            if p > 0:
                q = -q
            else:
                p = -p
            if p < 0.75 * cb * q - abs(tol1 * q) / 2 and p < abs(previous_step * q / 2):
                step = p / q
        if abs(step) < tol1:
            step = tol1 if step > 0 else -tol1
        a, fa = b, fb
        b += step
        fb = f(b)
        if (fb > 0 and fc > 0) or (fb < 0 and fc < 0):
            c, fc = a, fa
    raise RuntimeError("root search did not converge")


def _mad(y: np.ndarray) -> float:
    return float(1.4826 * np.median(np.abs(y - np.median(y))))


def estimate_tau2(y: np.ndarray, v: np.ndarray, method: str) -> tuple[float, bool, list[str]]:
    """Between-study variance by ``method``; returns (tau2, converged, warnings)."""
    k = len(y)
    warnings: list[str] = []
    if method == "EE" or k == 1:
        return 0.0, True, warnings
    w = 1.0 / v
    if method == "DL":
        trp = np.sum(w) - np.sum(w ** 2) / np.sum(w)
        return max(TAU2_MIN, (_weighted_rss(y, w) - (k - 1)) / trp), True, warnings
    he = (float(np.sum((y - y.mean()) ** 2)) - (np.sum(v) - np.sum(v) / k)) / (k - 1)
    if method == "HE":
        return max(TAU2_MIN, he), True, warnings
    if method == "SJ":
        tau2_0 = float(np.var(y))  # var(y) * (k - 1) / k
        return max(TAU2_MIN, tau2_0 * _weighted_rss(y, 1.0 / (v + tau2_0)) / (k - 1)), True, warnings
    if method == "PM":
        target = k - 1
        if _q_at(TAU2_MIN, y, v) < target:
            return TAU2_MIN, True, warnings
        upper = max(100.0, 10 * _mad(y) ** 2)
        if _q_at(upper, y, v) > target:
            return math.nan, False, [f"Paule-Mandel: tau^2 above the search limit {upper:g}"]
        f = lambda t: _q_at(t, y, v) - target  # noqa: E731
        return max(TAU2_MIN, brent_root(f, TAU2_MIN, upper, f(TAU2_MIN), f(upper), TOL, MAXITER)), True, warnings
    # ML / REML by Fisher scoring, started at the HE estimate (as metafor does)
    tau2 = max(0.0, he, TAU2_MIN)
    converged = False
    for _ in range(MAXITER + 1):
        w = 1.0 / (v + tau2)
        sw = np.sum(w)
        py = w * (y - np.sum(w * y) / sw)  # P y
        if method == "ML":
            adj = (np.sum(py ** 2) - sw) / np.sum(w ** 2)
        else:  # REML
            tr_p = sw - np.sum(w ** 2) / sw
            tr_pp = np.sum(w ** 2) - 2 * np.sum(w ** 3) / sw + np.sum(w ** 2) ** 2 / sw ** 2
            adj = (np.sum(py ** 2) - tr_p) / tr_pp
        if not np.isfinite(adj):
            adj = 0.0
        while tau2 + adj < TAU2_MIN:
            adj /= 2
        tau2 += adj
        if abs(adj) <= THRESHOLD:
            converged = True
            break
    if not converged:
        warnings.append(f"{method}: Fisher scoring did not converge")
        return tau2, False, warnings
    # guard against a local maximum: compare with the log likelihood at tau2 = 0
    if _loglik(y, v, 0.0, method) - _loglik(y, v, tau2, method) > TOL and tau2 > THRESHOLD:
        warnings.append(f"{method}: Fisher scoring may have stopped at a local maximum; tau^2 set to 0")
        tau2 = 0.0
    return max(TAU2_MIN, tau2), True, warnings


def _loglik(y: np.ndarray, v: np.ndarray, tau2: float, method: str) -> float:
    w = 1.0 / (v + tau2)
    rss = _weighted_rss(y, w)
    k = len(y)
    if method == "ML":
        return -0.5 * k * math.log(2 * math.pi) - 0.5 * np.sum(np.log(v + tau2)) - 0.5 * rss
    return (-0.5 * (k - 1) * math.log(2 * math.pi) - 0.5 * np.sum(np.log(v + tau2))
            - 0.5 * math.log(np.sum(w)) - 0.5 * rss)


def pool(yi: Sequence[float], vi: Sequence[float], method: str = DEFAULT_METHOD, hksj: bool = False,
         level: float = 0.95) -> MetaResult:
    """Pool ``yi`` with sampling variances ``vi`` (``rma(yi, vi, method=, test=)`` + ``predict``).

    Parameters
    ----------
    yi, vi : effect sizes and their sampling variances (all vi > 0).
    method : one of ``METHODS``; REML by default, EE for the equal-effects (fixed) model.
    hksj : Hartung-Knapp-Sidik-Jonkman standard error with t(k-1) critical values.
    level : confidence level of the confidence and prediction intervals.

    Returns
    -------
    MetaResult; its ``warnings`` name k < 3, tau^2 = 0 and non-convergence.
    """
    y, v = _check(yi, vi, method)
    k = len(y)
    tau2, converged, warnings = estimate_tau2(y, v, method)
    if not converged and math.isnan(tau2):
        tau2 = 0.0
    w = 1.0 / (v + tau2)
    beta = float(np.sum(w * y) / np.sum(w))
    vb = float(1.0 / np.sum(w))
    use_t = hksj and k > 1  # a single study keeps its own z-based interval
    if use_t:
        rss = float(np.sum(w * (y - beta) ** 2))
        vb *= 0.0 if rss <= EPS else rss / (k - 1)
    se = math.sqrt(vb)
    alpha = 1 - level
    crit = float(stats.t.ppf(1 - alpha / 2, k - 1)) if use_t else float(stats.norm.ppf(1 - alpha / 2))
    stat = beta / se if se > 0 else math.inf
    p_value = float(2 * (stats.t.sf(abs(stat), k - 1) if use_t else stats.norm.sf(abs(stat))))

    if k > 1:
        w_fe = 1.0 / v
        q = max(0.0, _weighted_rss(y, w_fe))
        q_p = float(stats.chi2.sf(q, k - 1))
        vt = (k - 1) / (np.sum(w_fe) - np.sum(w_fe ** 2) / np.sum(w_fe))
        if method == "EE":
            i2 = max(0.0, 100 * (q - (k - 1)) / q) if q > 0 else 0.0
            h2 = q / (k - 1)
        else:
            i2 = 100 * tau2 / (vt + tau2)
            h2 = tau2 / vt + 1
    else:
        q, q_p, i2, h2 = 0.0, 1.0, 0.0, 1.0
    pi_se = math.sqrt(vb + tau2)

    if k < 3:
        warnings.append(f"only {k} stud{'y' if k == 1 else 'ies'}: the estimate is fragile")
    if method != "EE" and k > 1 and tau2 == 0:
        warnings.append("tau^2 estimated as 0: no between-study variance detected")
    return MetaResult(
        method=method, hksj=hksj, k=k, estimate=beta, se=se,
        ci_low=beta - crit * se, ci_high=beta + crit * se, z_or_t=stat, p_value=p_value,
        tau2=float(tau2), i2=float(i2), h2=float(h2), q=float(q), q_p=q_p,
        pi_low=beta - crit * pi_se, pi_high=beta + crit * pi_se,
        weights=tuple(float(x) for x in 100 * w / np.sum(w)),
        converged=converged, warnings=tuple(warnings),
    )


@dataclass(frozen=True)
class EggerResult:
    intercept: float
    slope: float
    t: float
    p_value: float
    k: int


def egger_test(yi: Sequence[float], vi: Sequence[float], min_k: int = 10) -> EggerResult | None:
    """Egger's regression test: weighted least squares of yi on sqrt(vi), weights 1/vi; the
    slope (asymmetry) is tested with t(k-2), as ``regtest(..., model="lm")``. None when k < min_k."""
    y, v = _check(yi, vi, "EE")
    k = len(y)
    if k < min_k:
        return None
    sei = np.sqrt(v)
    X = np.column_stack([np.ones(k), sei])
    W = 1.0 / v
    xtw = X.T * W
    cov_unscaled = np.linalg.inv(xtw @ X)
    coef = cov_unscaled @ (xtw @ y)
    resid = y - X @ coef
    sigma2 = float(np.sum(W * resid ** 2) / (k - 2))
    se_slope = math.sqrt(sigma2 * cov_unscaled[1, 1])
    t = float(coef[1] / se_slope)
    return EggerResult(intercept=float(coef[0]), slope=float(coef[1]), t=t,
                       p_value=float(2 * stats.t.sf(abs(t), k - 2)), k=k)


def leave_one_out(yi: Sequence[float], vi: Sequence[float], method: str = DEFAULT_METHOD,
                  hksj: bool = False) -> list[MetaResult]:
    """The pooled result with each study left out in turn (needs k >= 3)."""
    y, v = _check(yi, vi, method)
    keep = np.ones(len(y), dtype=bool)
    out = []
    for i in range(len(y)):
        keep[:] = True
        keep[i] = False
        out.append(pool(y[keep], v[keep], method, hksj))
    return out


def cumulative(yi: Sequence[float], vi: Sequence[float], order: Sequence[float], method: str = DEFAULT_METHOD,
               hksj: bool = False) -> list[tuple[int, MetaResult]]:
    """Cumulative meta-analysis: studies added in ``order`` (e.g. publication year);
    returns (index of the study just added, pooled result so far)."""
    y, v = _check(yi, vi, method)
    idx = sorted(range(len(y)), key=lambda i: (order[i], i))
    return [(idx[j], pool(y[idx[: j + 1]], v[idx[: j + 1]], method, hksj)) for j in range(len(idx))]


@dataclass(frozen=True)
class SubgroupResult:
    groups: dict[str, MetaResult]
    q_between: float
    df: int
    p_value: float


def subgroups(yi: Sequence[float], vi: Sequence[float], labels: Sequence[str], method: str = DEFAULT_METHOD,
              hksj: bool = False) -> SubgroupResult:
    """Separate random-effects fits per subgroup and the test of subgroup differences
    (Q between, chi-square with groups - 1 df, on the subgroup estimates and their SEs)."""
    y, v = _check(yi, vi, method)
    names = sorted(set(labels))
    fits = {}
    for name in names:
        mask = np.array([lab == name for lab in labels])
        fits[name] = pool(y[mask], v[mask], method, hksj)
    est = np.array([fits[n].estimate for n in names])
    wts = np.array([1 / fits[n].se ** 2 for n in names])
    q_between = _weighted_rss(est, wts) if len(names) > 1 else 0.0
    df = len(names) - 1
    return SubgroupResult(groups=fits, q_between=q_between, df=df,
                          p_value=float(stats.chi2.sf(q_between, df)) if df > 0 else 1.0)
