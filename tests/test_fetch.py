"""The live fetch stage against the local E-utilities server: faults, caps, resumption."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest

from conftest import synthetic_corpus
from fake_eutils import FakeEutils, Faults, pubmed_article
from pipeline.errors import PipelineError
from pipeline.eutils import EutilsClient
from pipeline.fetch import LiveFetcher, load_state
from pipeline.parse import parse_files, raw_cache_files, read_records
from pipeline.tables import read_table
from pipeline.fetch import SearchLogRow

UNTIL = date(2026, 11, 29)


def fetch_and_parse(topic, out, client, **kwargs):
    summary = LiveFetcher(topic, out, client, until=kwargs.pop("until", UNTIL), progress=False, **kwargs).run()
    parse_files(raw_cache_files(out), out / "records.csv")
    return summary, read_records(out / "records.csv")


def fast_client(settings, **kwargs):
    return EutilsClient(settings, backoff_initial=0.05, backoff_max=0.5, **kwargs)


@pytest.mark.slow
def test_12000_records_5_percent_faults_each_exactly_once(tmp_path, topic, settings_for):
    corpus = synthetic_corpus(12_000)
    with FakeEutils(corpus, faults=Faults(rate=0.05, seed=11)) as server:
        summary, records = fetch_and_parse(topic, tmp_path, fast_client(settings_for(server)))
        rate_limited = sum(1 for r in server.log if r.status == 429 and r.fault == "rate")
        total = len(server.log)
    pmids = [r.pmid for r in records]
    assert len(pmids) == len(set(pmids)) == 12_000
    assert set(pmids) == set(corpus)
    assert rate_limited / total < 0.02
    assert summary.found == 12_000 and len(summary.windows) >= 2
    log = read_table(tmp_path / "search_log.csv", SearchLogRow)
    assert all(row.count <= 9999 and row.retrieved == row.count for row in log)
    assert sum(row.count for row in log) == 12_000


@pytest.mark.parametrize("kind", ["429", "500", "502", "503", "drop", "truncate", "truncate_nolength", "error200"])
def test_each_fault_kind_is_retried_until_complete(tmp_path, topic, settings_for, kind):
    corpus = synthetic_corpus(450, seed=3)
    with FakeEutils(corpus, faults=Faults(rate=0.4, kinds=(kind,), seed=1)) as server:
        _, records = fetch_and_parse(topic, tmp_path, fast_client(settings_for(server), max_attempts=12),
                                     batch_size=50)
        faults = sum(1 for r in server.log if r.fault == kind)
    assert faults > 0
    assert sorted(r.pmid for r in records) == sorted(corpus)


def test_a_429_storm_is_waited_out(tmp_path, topic, settings_for):
    corpus = synthetic_corpus(300, seed=6)
    with FakeEutils(corpus, faults=Faults(burst_429=7)) as server:
        client = fast_client(settings_for(server))
        _, records = fetch_and_parse(topic, tmp_path, client, batch_size=100)
        assert server.count(429) >= 7
    assert sorted(r.pmid for r in records) == sorted(corpus)


def test_slow_answers_time_out_and_are_retried(tmp_path, topic, settings_for):
    corpus = synthetic_corpus(120, seed=4)
    with FakeEutils(corpus, faults=Faults(rate=0.5, kinds=("slow",), slow_seconds=1.5, seed=2)) as server:
        client = fast_client(settings_for(server), timeout=(2.0, 0.5), max_attempts=12)
        _, records = fetch_and_parse(topic, tmp_path, client, batch_size=50)
    assert client.responses_by_status.get("timeout", 0) > 0
    assert sorted(r.pmid for r in records) == sorted(corpus)


def test_giving_up_stops_keeps_batches_and_resumes(tmp_path, topic, settings_for):
    corpus = synthetic_corpus(500, seed=9)
    with FakeEutils(corpus) as server:
        client = fast_client(settings_for(server), max_attempts=2)
        original = server.efetch
        calls = {"n": 0}

        def failing_after_two(params):
            calls["n"] += 1
            if calls["n"] > 2:
                server.faults.rate, server.faults.kinds = 1.0, ("503",)
            return original(params)

        server.efetch = failing_after_two
        with pytest.raises(PipelineError, match="gave up after 2 attempts.*rerun"):
            LiveFetcher(topic, tmp_path, client, until=UNTIL, batch_size=100, progress=False).run()
        state = load_state(tmp_path, "live")
        assert "completed_bound" not in state and state["pending"]
        stored = len(raw_cache_files(tmp_path))
        assert stored == 3  # the batches answered before the outage are kept

        server.faults.rate = 0.0
        server.efetch = original
        summary, records = fetch_and_parse(topic, tmp_path, fast_client(settings_for(server)), batch_size=100)
    assert summary.reused == 300 and summary.retrieved == 200
    assert sorted(r.pmid for r in records) == sorted(corpus)
    assert load_state(tmp_path, "live")["completed_bound"] == "2026/11/29"


def test_incremental_run_searches_from_bound_minus_lookback(tmp_path, topic, settings_for):
    corpus = synthetic_corpus(300, start=date(2025, 1, 1), days=500, seed=1)   # up to mid-May 2026
    with FakeEutils(corpus) as server:
        settings = settings_for(server)
        fetch_and_parse(topic, tmp_path, fast_client(settings), until=date(2026, 6, 30))
        new = {}
        for i in range(20):
            pmid = str(40_000_000 + i)
            edat = date(2026, 7, 1) + timedelta(days=i)
            new[pmid] = (edat, pubmed_article(pmid, f"New record {i}", edat=edat))
        for pmid, (edat, xml) in new.items():
            server.add(pmid, edat, xml)
        # a record whose Entrez date landed late (inside the lookback window) is caught too
        server.add("40000100", date(2026, 6, 20), pubmed_article("40000100", "Late record", edat=date(2026, 6, 20)))
        summary, records = fetch_and_parse(topic, tmp_path, fast_client(settings), until=date(2026, 7, 31))
    esearch = [r.params for r in server.log if r.path == "esearch.fcgi"]
    assert esearch[-1]["mindate"] == "2026/05/31" and esearch[-1]["maxdate"] == "2026/07/31"
    expected_window = [p for p, (d, _) in {**corpus, **new}.items() if d >= date(2026, 5, 31)] + ["40000100"]
    assert summary.retrieved == len(expected_window)
    assert summary.retrieved <= 0.25 * (len(corpus) + len(new) + 1)
    pmids = [r.pmid for r in records]
    assert len(pmids) == len(set(pmids)) == len(corpus) + len(new) + 1


def test_search_with_no_hits_is_a_clean_run(tmp_path, topic, settings_for):
    with FakeEutils({}) as server:
        summary, records = fetch_and_parse(topic, tmp_path, fast_client(settings_for(server)))
        assert server.count(path="efetch.fcgi") == 0
    assert summary.found == 0 and records == []
    assert (tmp_path / "records.csv").read_text().startswith("pmid,")


def test_rate_limit_is_respected_with_and_without_key(tmp_path, topic, settings_for):
    corpus = synthetic_corpus(400, seed=2)
    for key, rate in ((None, 3), ("k3y", 10)):
        out = tmp_path / (key or "anon")
        with FakeEutils(corpus) as server:
            client = fast_client(settings_for(server, api_key=key))
            fetch_and_parse(topic, out, client, batch_size=20)
            times = [r.at for r in server.log]
            assert server.count(429) == 0
        assert len(times) >= 21
        per_second = (len(times) - 1) / (times[-1] - times[0])
        assert per_second <= rate and per_second > rate * 0.75


def _start_cli_fetch(out, server_url, extra_env=None):
    env = {**os.environ, "EUTILS_BASE_URL": server_url, "NCBI_EMAIL": "tester@example.org", **(extra_env or {})}
    return subprocess.Popen([sys.executable, "-m", "pipeline", "fetch", "--source", "live", "--out", str(out),
                             "--batch-size", "50", "--until", "2026/11/29", "--no-progress"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_mid_fetch_then_rerun_loses_nothing(tmp_path):
    corpus = synthetic_corpus(1000, seed=8)
    with FakeEutils(corpus) as server:
        proc = _start_cli_fetch(tmp_path, server.base_url)
        deadline = time.monotonic() + 60
        while len(raw_cache_files(tmp_path)) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        kept = len(raw_cache_files(tmp_path))
        assert 5 <= kept < 20
        rerun = _start_cli_fetch(tmp_path, server.base_url)
        out, err = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, err
        assert "reused" in out
    subprocess.run([sys.executable, "-m", "pipeline", "parse", "--out", str(tmp_path)], check=True,
                   capture_output=True)
    pmids = [r.pmid for r in read_records(tmp_path / "records.csv")]
    assert len(pmids) == len(set(pmids)) == 1000 and set(pmids) == set(corpus)
    leftovers = [p for p in tmp_path.rglob("*.tmp")]
    assert leftovers == [] or all(p.stat().st_size >= 0 for p in leftovers)


def test_live_mode_without_email_says_how_to_set_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "NCBI_EMAIL"}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "fetch", "--source", "live", "--out", str(tmp_path)],
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "NCBI_EMAIL" in proc.stderr and "export" in proc.stderr


def test_unknown_option_prints_usage(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "fetch", "--bogus"], capture_output=True, text=True)
    assert proc.returncode == 2 and "usage:" in proc.stderr and "Traceback" not in proc.stderr
