"""Benchmarks (figures, not pass/fail): parsing, scaling, the default run and the live fetch.

Run with ``make bench``. Results and how to read them are kept in BENCHMARKS.md.

1. Parse: a 5,000-record PubMed XML file of real, heavy records (the metapub responses in
   ../shared/data, repeated with unique PMIDs) parsed by ``python -m pipeline parse``, by
   pubmed_parser (from the .gz, as its documentation does) and by ``Bio.Entrez.read``.
2. Scaling: our parser on 5,000, 20,000 and 50,000 records.
3. Default run: ``python -m pipeline run`` on the bundled data (warm venv).
4. Live fetch: requests and wall time against the local E-utilities server with NCBI's rate
   limit, next to the floor (1 esearch + ceil(n / batch) efetch per window, 3 requests/s).
"""

from __future__ import annotations

import gzip
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "pubmed_xml" / "metapub"
WORK = ROOT / "bench" / "work"
sys.path.insert(0, str(ROOT / "tests"))

# Runs a command; prints its wall time, CPU time and peak RSS: the peak of the sum over its whole
# process tree (sampled every 10 ms with psutil; worker processes count) and the largest single process.
MEASURE = """
import json, resource, subprocess, sys, time, psutil
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
tree, peak = psutil.Process(proc.pid), 0
while proc.poll() is None:
    try:
        peak = max(peak, sum(p.memory_info().rss for p in [tree, *tree.children(recursive=True)]))
    except psutil.Error:
        pass
    time.sleep(0.01)
err = proc.stderr.read()
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": peak / 2**20,
                  "max_process_mb": usage.ru_maxrss / 1024, "rc": proc.returncode, "err": err[-300:]}))
"""
PUBMED_PARSER = "import sys, pubmed_parser as pp; print(sum(1 for _ in pp.parse_medline_xml(sys.argv[1])))"
ENTREZ_READ = ("import sys; from Bio import Entrez; h = open(sys.argv[1], 'rb'); "
               "print(len(Entrez.read(h, validate=False)['PubmedArticle']))")


def measure(cmd: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{result['err']}")
    return result


def build_corpus(n: int, path: Path) -> Path:
    """n heavy real records: the metapub articles repeated with unique PMIDs."""
    if path.exists():
        return path
    articles = []
    for f in sorted(SHARED.glob("*.xml")):
        articles += re.findall(r"<PubmedArticle>.*?</PubmedArticle>", f.read_text(encoding="utf-8"), flags=re.S)
    pmid = re.compile(r"(<MedlineCitation[^>]*>\s*<PMID[^>]*>)\d+(</PMID>)")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
                  '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
        for i in range(n):
            out.write(pmid.sub(lambda m: f"{m.group(1)}{60_000_000 + i}{m.group(2)}", articles[i % len(articles)],
                               count=1) + "\n")
        out.write("</PubmedArticleSet>\n")
    return path


def row(name: str, result: dict, extra: str = "") -> str:
    return (f"  {name:<34} {result['wall']:7.2f} s wall {result['cpu']:7.2f} s cpu {result['rss_mb']:7.0f} MB peak"
            f"  {extra}")


def best_of(cmd: list[str], runs: int = 3) -> dict:
    """The median of ``runs`` measurements (by wall time): this machine's timings vary by ~20%."""
    results = sorted((measure(cmd) for _ in range(runs)), key=lambda r: r["wall"])
    return results[len(results) // 2]


def bench_parse() -> None:
    if not SHARED.exists():
        print("parse: skipped (../shared/data/pubmed_xml/metapub not present)")
        return
    big = build_corpus(5000, WORK / "big5k.xml")
    gz = big.with_suffix(".xml.gz")
    if not gz.exists():
        with open(big, "rb") as src, gzip.open(gz, "wb") as dst:
            shutil.copyfileobj(src, dst)
    print(f"\n1. Parse: {big.name}, {big.stat().st_size / 1e6:.0f} MB, 5,000 records")
    py = sys.executable
    with tempfile.TemporaryDirectory() as out:
        ours = best_of([py, "-m", "pipeline", "parse", str(big), "--out", out])
    theirs = best_of([py, "-c", PUBMED_PARSER, str(gz)])
    entrez = measure([py, "-c", ENTREZ_READ, str(big)])
    floor = best_of([py, "-c", "import sys; from lxml import etree\n"
                     "for _, e in etree.iterparse(sys.argv[1], tag='PubmedArticle'):\n"
                     "    e.findtext('MedlineCitation/PMID'); e.findtext('MedlineCitation/Article/ArticleTitle'); e.clear()\n"
                     "    while e.getprevious() is not None: del e.getparent()[0]", str(big)])
    print("  (median of 3 runs; peak = summed RSS of the process tree)")
    print(row("python -m pipeline parse", ours, f"{theirs['wall'] / ours['wall']:.1f}x faster than pubmed_parser"))
    print(row("pubmed_parser (from .gz)", theirs))
    print(row("Bio.Entrez.read", entrez))
    print(row("bare lxml iterparse (the floor)", floor, f"ours = {ours['wall'] / floor['wall']:.2f}x the floor"))


def bench_scaling() -> None:
    if not SHARED.exists():
        print("scaling: skipped (../shared/data not present)")
        return
    print("\n2. Scaling: python -m pipeline parse")
    for n in (5000, 20000, 50000):
        path = build_corpus(n, WORK / f"big{n // 1000}k.xml")
        with tempfile.TemporaryDirectory() as out:
            result = measure([sys.executable, "-m", "pipeline", "parse", str(path), "--out", out])
        print(row(f"{n:,} records ({path.stat().st_size / 1e6:.0f} MB)", result,
                  f"{result['wall'] / n * 1e6:.0f} us/record"))


def bench_default_run() -> None:
    print("\n3. Default run: python -m pipeline run (bundled data, warm venv)")
    with tempfile.TemporaryDirectory() as out:
        measure([sys.executable, "-m", "pipeline", "run", "--out", out, "--no-progress"])  # warm caches
    with tempfile.TemporaryDirectory() as out:
        result = measure([sys.executable, "-m", "pipeline", "run", "--out", out, "--no-progress"])
    print(row("python -m pipeline run", result))


def bench_live_fetch(n: int = 20000, batch: int = 500) -> None:
    from conftest import synthetic_corpus
    from fake_eutils import FakeEutils

    print(f"\n4. Live fetch: {n:,} records from the local E-utilities server, 3 requests/s, batch {batch}")
    with FakeEutils(synthetic_corpus(n)) as server, tempfile.TemporaryDirectory() as out:
        env = {**os.environ, "EUTILS_BASE_URL": server.base_url, "NCBI_EMAIL": "bench@example.org"}
        env.pop("NCBI_API_KEY", None)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "fetch", "--source", "live", "--out", out,
                        "--batch-size", str(batch), "--no-progress"], env=env, check=True, capture_output=True)
        wall = time.perf_counter() - start
        windows = [r.params for r in server.log if r.path == "esearch.fcgi"]
        counts = [int(r) for r in re.findall(r"(\d+),complete", (Path(out) / "search_log.csv").read_text())]
        requests = len(server.log)
        rate_limited = server.count(429)
    floor_requests = sum(1 + math.ceil(c / batch) for c in counts)
    floor_wall = (floor_requests - 1) / 3
    print(f"  requests {requests} (floor {floor_requests}: {len(counts)} windows), esearch calls {len(windows)}, "
          f"HTTP 429 {rate_limited}")
    print(f"  wall {wall:.1f} s (floor {floor_wall:.1f} s at 3 requests/s): {wall / floor_wall:.2f}x the floor")


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    bench_parse()
    bench_scaling()
    bench_default_run()
    bench_live_fetch()


if __name__ == "__main__":
    main()
