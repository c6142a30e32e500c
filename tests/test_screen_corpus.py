"""Screening against a 3,000-record corpus with known truth, over the local E-utilities server."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest

from fake_eutils import FakeEutils, Faults
from screen_corpus import make_corpus


@pytest.mark.slow
def test_screening_recall_precision_conditions_and_prisma(tmp_path):
    records, truth = make_corpus(3000, seed=7)
    with FakeEutils(records, faults=Faults(rate=0.03, seed=2)) as server:
        env = {**os.environ, "EUTILS_BASE_URL": server.base_url, "NCBI_EMAIL": "tester@example.org"}
        env.pop("NCBI_API_KEY", None)
        proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--source", "live", "--out", str(tmp_path),
                               "--until", "2026/11/29", "--no-progress"], env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with open(tmp_path / "screening.csv", encoding="utf-8") as handle:
        decisions = {row["pmid"]: row for row in csv.DictReader(handle)}
    assert set(decisions) == set(truth)
    included = {p for p, d in decisions.items() if d["decision"] == "include"}
    relevant = {p for p, t in truth.items() if t.include}
    recall = len(included & relevant) / len(relevant)
    precision = len(included & relevant) / len(included)
    assert recall >= 0.98, sorted((truth[p].kind, decisions[p]["reason"]) for p in relevant - included)[:10]
    assert precision >= 0.95, sorted((truth[p].kind, decisions[p]["reason"]) for p in included - relevant)[:10]
    exact = [p for p in included & relevant if set(decisions[p]["conditions"].split(";")) == set(truth[p].conditions)]
    assert len(exact) >= 0.9 * len(included & relevant)
    assert all(d["reason"] for d in decisions.values() if d["decision"] == "exclude")
    with open(tmp_path / "prisma.csv", encoding="utf-8") as handle:
        counts = {row["item"]: int(row["count"]) for row in csv.DictReader(handle)}
    assert counts["records identified (PubMed)"] == len(truth)
    assert (counts["duplicate records removed"] + counts["retracted records removed"] + counts["records screened"]
            == counts["records identified (PubMed)"])
    assert counts["records excluded"] + counts["studies included"] == counts["records screened"]
    assert sum(v for k, v in counts.items() if k.startswith("excluded: ")) == counts["records excluded"]
