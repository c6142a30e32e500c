"""Effect sizes and meta-analysis against R's metafor (pinned numbers and a live oracle)."""

from __future__ import annotations

import csv
import json
import math
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import FIXTURES, TESTS
from pipeline import effects, meta
from pipeline.effects import EffectError

FIELDS = ("estimate", "se", "ci_low", "ci_high", "tau2", "i2", "h2", "q", "q_p", "pi_low", "pi_high")
REFERENCE = json.loads((FIXTURES / "metafor_reference.json").read_text())


def close(a: float, b: float, rel: float) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def dataset(name: str) -> list[dict]:
    with open(FIXTURES / "meta_datasets.csv") as handle:
        return [row for row in csv.DictReader(handle) if row["analysis"] == name]


def escalc(rows: list[dict], measure: str) -> tuple[list[float], list[float]]:
    compute = effects.mean_difference if measure == "MD" else effects.standardized_mean_difference
    out = [compute(*(float(r[c]) for c in ("m1", "sd1", "n1", "m2", "sd2", "n2"))) for r in rows]
    return [e.yi for e in out], [e.vi for e in out]


@pytest.mark.parametrize("ref", REFERENCE["results"],
                         ids=lambda r: f"{r['analysis']}-{r['measure']}-{r['method']}-{'knha' if r['hksj'] else 'z'}")
def test_pooled_results_equal_pinned_metafor(ref):
    yi, vi = escalc(dataset(ref["analysis"]), ref["measure"])
    fit = meta.pool(yi, vi, ref["method"], ref["hksj"])
    assert fit.k == ref["k"]
    for field in FIELDS:
        assert close(getattr(fit, field), ref[field], 1e-6), (field, getattr(fit, field), ref[field])


def test_reference_file_names_its_versions():
    assert REFERENCE["metafor"].startswith("3.8") and REFERENCE["R"]
    assert (TESTS / "oracle" / REFERENCE["generated_by"].split("/")[-1]).exists()


def test_hedges_g_matches_textbook_values():
    # d = (10 - 8) / 2 = 1; J(38) = Gamma(19) / (sqrt(19) Gamma(18.5)); vi by metafor's LS formula
    eff = effects.standardized_mean_difference(10, 2, 20, 8, 2, 20)
    assert eff.yi == pytest.approx(math.gamma(19) / (math.sqrt(19) * math.gamma(18.5)), rel=1e-12)
    assert eff.yi == pytest.approx(1 - 3 / (4 * 38 - 1), abs=5e-5)  # Hedges' approximation
    assert eff.vi == pytest.approx(1 / 20 + 1 / 20 + eff.yi ** 2 / 80)


def test_conversions_are_recorded_and_correct():
    sd, note = effects.sd_from_se(0.5, 25)
    assert sd == pytest.approx(2.5) and "SE" in note
    sd, note = effects.sd_from_ci(1.0, 3.0, 16)  # t(0.975, 15) = 2.131450
    assert sd == pytest.approx(4 * 2.0 / (2 * 2.131450), rel=1e-6) and "CI" in note
    sd, _ = effects.sd_from_iqr(2.0, 6.0, 50)
    assert sd == pytest.approx(4.0 / 1.31009, rel=1e-4)      # Wan 2014 denominator for n = 50
    mean, note = effects.mean_from_median_iqr(2.0, 3.0, 6.0, 50)
    assert mean == pytest.approx((0.7 + 0.39 / 50) * 4 + (0.3 - 0.39 / 50) * 3) and "Luo" in note
    ci = effects.difference_from_ci(-1.0, -2.0, 0.0, "MD")
    assert ci.vi == pytest.approx((2 / 3.919928) ** 2, rel=1e-6)


def test_smd_from_exact_p_recovers_the_t_test():
    rng = np.random.default_rng(3)
    a, b = rng.normal(0, 1, 30), rng.normal(0.8, 1, 30)
    from scipy import stats
    p = stats.ttest_ind(a, b).pvalue
    direct = effects.standardized_mean_difference(a.mean(), a.std(ddof=1), 30, b.mean(), b.std(ddof=1), 30)
    from_p = effects.smd_from_p(p, 30, 30, dn_better=True, lower_is_better=True)
    assert from_p.approximate and from_p.yi == pytest.approx(direct.yi, rel=1e-9)


@pytest.mark.parametrize("bad", [dict(sd1=0), dict(sd2=-1), dict(n1=1)])
def test_bad_arm_numbers_raise_clear_errors(bad):
    args = dict(m1=1, sd1=1, n1=10, m2=2, sd2=1, n2=10) | bad
    with pytest.raises(EffectError, match="must be"):
        effects.mean_difference(**args)


def test_single_study_and_zero_tau_warn():
    one = meta.pool([0.5], [0.04])
    assert one.k == 1 and one.estimate == 0.5 and any("only 1 study" in w for w in one.warnings)
    flat = meta.pool([0.1, 0.1, 0.1], [0.1, 0.2, 0.3])
    assert flat.tau2 == 0 and any("tau^2 estimated as 0" in w for w in flat.warnings)
    with pytest.raises(ValueError, match="positive"):
        meta.pool([1, 2], [0.1, 0])


def test_egger_leave_one_out_cumulative_and_subgroups():
    rng = np.random.default_rng(5)
    vi = rng.uniform(0.01, 0.5, 12)
    yi = 0.2 + 1.5 * np.sqrt(vi) + rng.normal(0, 0.05, 12)   # strong small-study effect
    egger = meta.egger_test(yi, vi)
    assert egger is not None and egger.p_value < 0.01 and egger.slope > 0
    assert meta.egger_test(yi[:9], vi[:9]) is None
    loo = meta.leave_one_out(yi, vi)
    assert len(loo) == 12 and all(r.k == 11 for r in loo)
    steps = meta.cumulative(yi, vi, order=list(range(12, 0, -1)))
    assert steps[0][0] == 11 and steps[-1][1].estimate == pytest.approx(meta.pool(yi, vi).estimate)
    groups = meta.subgroups(yi, vi, ["a"] * 6 + ["b"] * 6)
    assert set(groups.groups) == {"a", "b"} and groups.df == 1 and 0 <= groups.p_value <= 1


# -- python -m pipeline meta -------------------------------------------------------------------

def run_meta_cli(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", "meta", *map(str, args)], capture_output=True, text=True)


def test_meta_cli_bad_inputs_give_one_clear_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("study,n1,m1,sd1,n2,m2,sd2\na,10,1,0,10,2,1\nb,10,1,1,10,2,1\n")
    proc = run_meta_cli("--input", bad, "--measure", "MD", "--output", tmp_path / "o.csv")
    assert proc.returncode == 1 and "row 2" in proc.stderr and "standard deviation" in proc.stderr
    assert "Traceback" not in proc.stderr
    missing = tmp_path / "missing.csv"
    missing.write_text("study,n1,m1\na,1,2\n")
    proc = run_meta_cli("--input", missing, "--measure", "MD", "--output", tmp_path / "o.csv")
    assert proc.returncode == 1 and "needs columns" in proc.stderr
    one = tmp_path / "one.csv"
    one.write_text("study,yi,vi\na,0.3,0.02\n")
    proc = run_meta_cli("--input", one, "--measure", "SMD", "--output", tmp_path / "o.csv")
    assert proc.returncode == 0 and "only 1 study" in proc.stderr


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="Rscript (r-cran-metafor) not installed")
def test_live_oracle_random_datasets_match_metafor(tmp_path):
    """Fresh random data sets (k 2-25, tau 0 to large, scales 1-100) through the CLI and R."""
    rng = np.random.default_rng()
    rows = []
    for a in range(30):
        k = int(rng.integers(2, 26))
        tau = float(rng.choice([0.0, 0.2, 1.0, 3.0]))
        scale = float(rng.choice([1, 10, 100]))
        for i in range(k):
            n1, n2 = (int(x) for x in rng.integers(5, 150, 2))
            sd1, sd2 = (float(x) for x in scale * rng.uniform(0.5, 2, 2))
            m2 = float(scale * rng.uniform(1, 5))
            m1 = m2 + scale * float(rng.normal(-0.3, tau)) + float(rng.normal(0, sd1 / math.sqrt(n1)))
            rows.append(dict(analysis=f"a{a}", study=f"s{i}", n1=n1, m1=m1, sd1=sd1, n2=n2, m2=m2, sd2=sd2))
    data = tmp_path / "data.csv"
    with open(data, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    r_out = tmp_path / "r.csv"
    subprocess.run(["Rscript", str(TESTS / "oracle" / "metafor_oracle.R"), str(data), str(r_out), "REML,DL,PM"],
                   check=True, capture_output=True)
    with open(r_out) as handle:
        reference = list(csv.DictReader(handle))
    checked = 0
    for measure in ("MD", "SMD"):
        for method in ("REML", "DL", "PM"):
            for hksj in (False, True):
                out = tmp_path / f"{measure}-{method}-{hksj}.csv"
                args = ["--input", data, "--measure", measure, "--method", method, "--by", "analysis", "--output", out]
                proc = run_meta_cli(*args, *(["--hksj"] if hksj else []))
                assert proc.returncode == 0, proc.stderr
                with open(out) as handle:
                    ours = {row["group"]: row for row in csv.DictReader(handle)}
                for ref in reference:
                    if (ref["measure"], ref["method"], ref["hksj"]) != (measure, method, "TRUE" if hksj else "FALSE"):
                        continue
                    mine = ours[ref["analysis"]]
                    if ref["error"]:  # metafor refused this fit; ours must say why rather than look fine
                        expected = "did not converge" if "converge" in ref["error"] else "search limit"
                        assert expected in mine["warnings"], (ref["analysis"], ref["error"], mine["warnings"])
                        checked += 1
                        continue
                    for field in FIELDS:
                        assert close(float(mine[field]), float(ref[field]), 1e-4), (ref["analysis"], measure, method,
                                                                                   hksj, field)
                    checked += 1
    assert checked == 30 * 2 * 3 * 2
