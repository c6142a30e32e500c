"""Monthly operation against an NCBI-like server: two incremental runs, faults, a SIGKILL,
planted payloads, and an API key that must never reach the outputs."""

from __future__ import annotations

import configparser
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from conftest import TESTS
from fake_eutils import FakeEutils, Faults, pubmed_article
from pipeline.fetch import SearchLogRow
from pipeline.parse import read_records, raw_cache_files
from pipeline.tables import read_table

KEY = "SECRET-api-key-7f3a9c"
PAYLOAD_TITLES = [
    '<script>alert("pwn")</script>Dry needling for neck pain: a randomized controlled trial',
    '<img src=x onerror=alert(1)> Dry needling for low back pain: a randomised trial',
    '=HYPERLINK("http://evil.example","x") Dry needling for shoulder pain: a randomized trial',
]


def corpus(n: int, start: date, days: int, first: int, seed: int) -> dict:
    import random
    rng = random.Random(seed)
    out = {}
    for i in range(n):
        pmid = str(first + i)
        edat = start + timedelta(days=rng.randrange(days))
        kind = i % 4
        if kind == 0:
            title, types = f"Dry needling for neck pain: a randomized controlled trial {pmid}", (
                "Journal Article", "Randomized Controlled Trial")
        elif kind == 1:
            title, types = f"Dry needling for knee pain: a systematic review {pmid}", ("Journal Article", "Review")
        elif kind == 2:
            title, types = f"Acupuncture for back pain: a randomized trial {pmid}", ("Journal Article",)
        else:
            title, types = f"Dry needling in a case of plantar fasciitis {pmid}", ("Case Reports",)
        out[pmid] = (edat, pubmed_article(pmid, title, abstract="Synthetic abstract.", edat=edat, pub_types=types,
                                          year=edat.year))
    return out


def cli(out: Path, server: FakeEutils, until: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "EUTILS_BASE_URL": server.base_url, "NCBI_EMAIL": "tester@example.org", "NCBI_API_KEY": KEY}
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--source", "live", "--out", str(out),
                             "--until", until, "--batch-size", "100", "--no-progress", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_two_monthly_runs_kill_faults_payloads_and_key(tmp_path):
    month1 = corpus(1200, date(2024, 1, 1), 640, 31_000_000, seed=1)      # Entrez dates up to 2025-10-02
    payloads = {}
    for i, title in enumerate(PAYLOAD_TITLES):
        pmid, edat = str(32_000_000 + i), date(2025, 9, 1)
        payloads[pmid] = (edat, pubmed_article(pmid, title, abstract='=SUM(A1:A9) <b>bold</b> results', edat=edat,
                                               pub_types=("Randomized Controlled Trial",)))
    month2 = corpus(150, date(2025, 10, 20), 25, 33_000_000, seed=2)      # new records in the next month
    out = tmp_path / "outputs"
    with FakeEutils({**month1, **payloads}, faults=Faults(rate=0.05, seed=4)) as server:
        # month 1, killed mid-fetch, then rerun to completion
        proc = cli(out, server, "2025/10/15")
        deadline = time.monotonic() + 60
        while len(raw_cache_files(out)) < 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        first = cli(out, server, "2025/10/15")
        stdout1, stderr1 = first.communicate(timeout=300)
        assert first.returncode == 0, stderr1
        month1_requests = len(server.log)

        for pmid, (edat, xml) in month2.items():
            server.add(pmid, edat, xml)
        second = cli(out, server, "2025/11/15")
        stdout2, stderr2 = second.communicate(timeout=300)
        assert second.returncode == 0, stderr2
        second_efetch = [r for r in server.log[month1_requests:] if r.path == "efetch.fcgi" and r.status == 200
                         and not r.fault]
        assert all(r.params.get("api_key") == KEY for r in server.log)   # the key was used ...

    everything = {**month1, **payloads, **month2}
    pmids = [r.pmid for r in read_records(out / "records.csv")]
    assert len(pmids) == len(set(pmids)) == len(everything)
    assert set(pmids) == set(everything)

    log = read_table(out / "search_log.csv", SearchLogRow)
    second_run = [row for row in log if row.run_id == log[-1].run_id]
    assert second_run[0].mindate == "2025/09/15"                       # bound minus 30 days
    downloaded = sum(row.retrieved for row in second_run)
    assert downloaded <= 0.25 * len(everything)
    assert downloaded == sum(1 for d, _ in everything.values() if d >= date(2025, 9, 15))
    assert len(second_efetch) == -(-downloaded // 100)

    # ... and is nowhere in the outputs, logs or messages
    for path in out.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    for text in (stdout1, stderr1, stdout2, stderr2):
        assert KEY not in text

    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#34;pwn&#34;)&lt;/script&gt;" in html
    for name in ("records.csv", "screening.csv"):
        text = (out / name).read_text(encoding="utf-8")
        assert "'=HYPERLINK" in text and ',=HYPERLINK' not in text and '"=HYPERLINK' not in text
    assert "'=SUM(A1:A9)" in (out / "records.csv").read_text(encoding="utf-8")
    assert "Changes since the last run" in html and "Compared with run" in html
    assert len(list((out / "runs").iterdir())) == 2


def test_schedule_files_parse():
    root = TESTS.parent
    workflow = yaml.safe_load((root / ".github" / "workflows" / "monthly.yml").read_text())
    assert workflow["jobs"]["update"]["steps"]
    triggers = workflow.get("on", workflow.get(True))          # YAML 1.1 reads `on` as True
    assert triggers["schedule"][0]["cron"] == "0 4 3 * *"
    run_step = next(s for s in workflow["jobs"]["update"]["steps"] if s.get("run") == "make monthly")
    assert set(run_step["env"]) == {"NCBI_EMAIL", "NCBI_API_KEY"} and "secrets." in run_step["env"]["NCBI_API_KEY"]
    for unit in ("dn-review.service", "dn-review.timer"):
        parser = configparser.ConfigParser(strict=True, interpolation=None)
        parser.read_string((root / "deploy" / unit).read_text())
        assert "Unit" in parser
    service = configparser.ConfigParser(interpolation=None)
    service.read_string((root / "deploy" / "dn-review.service").read_text())
    assert service["Service"]["ExecStart"].endswith("make monthly")
    timer = configparser.ConfigParser(interpolation=None)
    timer.read_string((root / "deploy" / "dn-review.timer").read_text())
    assert timer["Timer"]["OnCalendar"] and timer["Install"]["WantedBy"] == "timers.target"
