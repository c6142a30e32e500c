"""The whole pipeline on the bundled data and on small data folders of our own."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.parse import read_records
from pipeline.runner import run_all
from pipeline.storage import output_lock
from pipeline.tables import read_table
from pipeline.grade import Verdict
from pipeline.screen import PrismaRow, ScreeningDecision


@pytest.fixture(scope="module")
def snapshot_run(tmp_path_factory, topic):
    out = tmp_path_factory.mktemp("snapshot")
    run_all(topic, out, "snapshot", progress=False)
    return out


def test_records_are_the_bundled_bibliography_without_abstracts(snapshot_run):
    records = read_records(snapshot_run / "records.csv")
    pmids = [r.pmid for r in records]
    assert len(pmids) >= 200 and len(set(pmids)) == len(pmids)
    assert all(r.abstract == "" for r in records)


def test_screening_includes_trials_with_reasons(snapshot_run):
    decisions = read_table(snapshot_run / "screening.csv", ScreeningDecision)
    assert sum(d.included and d.design == "rct" for d in decisions) >= 60
    assert all(d.reason for d in decisions)
    assert {d.decided_by for d in decisions} == {"rule", "researcher"}


def test_report_shows_every_condition_figure_and_prisma_number(snapshot_run, topic):
    html = (snapshot_run / "report.html").read_text(encoding="utf-8")
    assert "{{" not in html and "{%" not in html
    verdicts = read_table(snapshot_run / "verdicts.csv", Verdict)
    conditions = {v.condition for v in verdicts}
    assert len(conditions) >= 6
    sections = re.split(r'<h3 id="c-', html)[1:]
    by_name = {s.split('"', 1)[0]: s for s in sections}
    for condition in conditions:
        assert topic.condition_label(condition) in html
        assert "<svg" in by_name[condition], condition
    for row in read_table(snapshot_run / "prisma.csv", PrismaRow):
        assert f">{row.count}<" in html, row
    for claim in ("neck pain", "low back pain", "headaches", "shoulder pain", "Side effects", "relatively new"):
        assert claim in html
    assert "Changes since the last run" in html
    # harms reported by equally many trials are listed in name order, so that every run writes the same report
    mostly = re.search(r"the events were mostly (.*?)\.", html)[1]
    ones = [event.rsplit(" (", 1)[0] for event in mostly.split(", ") if event.endswith("(1 trial)")]
    assert len(ones) >= 2 and ones == sorted(ones)
    md = (snapshot_run / "report.md").read_text(encoding="utf-8")
    assert "## Summary of findings" in md and "{{" not in md


def test_run_manifest_ris_and_archive(snapshot_run):
    manifest = json.loads((snapshot_run / "run.json").read_text())
    assert {"date", "source", "query", "counts", "package_versions", "input_hashes"} <= set(manifest)
    assert manifest["source"] == "snapshot" and "bibliography.csv" in manifest["input_hashes"]
    ris = (snapshot_run / "included.ris").read_text()
    assert ris.count("TY  - JOUR") == manifest["counts"]["included"]
    assert (snapshot_run / "runs" / manifest["run_id"] / "pooled.csv").exists()
    assert (snapshot_run / "studies_escalc.csv").read_text().startswith("analysis_id,pmid,study,year,yi,vi,measure")


def test_second_run_compares_with_the_first(tmp_path, topic):
    run_all(topic, tmp_path, "snapshot", progress=False)
    first = (tmp_path / "report.html").read_text()
    assert "There is no previous run" in first
    run_all(topic, tmp_path, "snapshot", progress=False)
    second = (tmp_path / "report.html").read_text()
    assert "Compared with run" in second and "0 newly included trials" in second


def test_a_second_run_on_the_same_folder_is_refused_while_one_holds_the_lock(tmp_path, topic):
    with output_lock(tmp_path):
        proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--out", str(tmp_path)],
                              capture_output=True, text=True)
    assert proc.returncode == 1 and "another run is using" in proc.stderr


def test_snapshot_and_live_do_not_mix_in_one_folder(tmp_path, topic):
    run_all(topic, tmp_path, "snapshot", progress=False)
    proc = subprocess.run([sys.executable, "-m", "pipeline", "fetch", "--source", "live", "--out", str(tmp_path)],
                          capture_output=True, text=True, env={"NCBI_EMAIL": "a@b.org", "PATH": "/usr/bin"})
    assert proc.returncode == 1 and "holds a snapshot review" in proc.stderr


PAYLOADS = ['<script>alert("x")</script> dry needling for neck pain: a randomized trial',
            '<img src=x onerror=alert(1)> dry needling for knee pain: a randomized trial',
            '=HYPERLINK("http://evil.example","click") dry needling for low back pain: a randomized trial']


def test_markup_and_formula_payloads_are_escaped_and_neutralised(tmp_path, topic):
    data = tmp_path / "data"
    data.mkdir()
    with open(data / "bibliography.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pmid", "title", "year", "first_author", "authors", "design", "source_url"])
        for i, title in enumerate(PAYLOADS):
            writer.writerow([str(900 + i), title, 2020, "=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0; Roe B", "rct",
                             "https://example.org"])
    out = tmp_path / "out"
    run_all(topic, out, "snapshot", progress=False, data_dir=data)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    for name in ("records.csv", "screening.csv"):
        text = (out / name).read_text(encoding="utf-8")
        assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and '"=HYPERLINK' not in text
    assert "'=cmd" in (out / "records.csv").read_text(encoding="utf-8")
    ris = (out / "included.ris").read_text(encoding="utf-8")
    assert "AU  - =cmd" in ris  # RIS is for reference managers, not spreadsheets: kept as written


def test_cli_stage_commands_rerun_each_stage(snapshot_run, tmp_path):
    out = tmp_path / "copy"
    shutil.copytree(snapshot_run, out, ignore=shutil.ignore_patterns(".lock"))
    for stage in ("screen", "extract", "pool", "grade", "report"):
        proc = subprocess.run([sys.executable, "-m", "pipeline", stage, "--out", str(out)], capture_output=True,
                              text=True)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith(stage)


def test_every_output_column_is_documented():
    from pipeline.extract.stage import ReportedHarm, ReviewRow
    from pipeline.fulltext import FulltextStatus
    from pipeline.extract.outcomes import Outcome
    from pipeline.fetch import SearchLogRow
    from pipeline.parse import Record
    from pipeline.pool import PooledEstimate, StudyEffect
    from pipeline.tables import columns

    readme = (Path(__file__).resolve().parent.parent / "outputs" / "README.md").read_text(encoding="utf-8")
    for row_type in (Record, ScreeningDecision, PrismaRow, Outcome, ReportedHarm, PooledEstimate, StudyEffect,
                     Verdict, SearchLogRow, ReviewRow, FulltextStatus):
        for column in columns(row_type):
            assert f"`{column}`" in readme, (row_type.__name__, column)
