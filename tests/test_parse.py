"""The streaming PubMed XML / MEDLINE parser, on our fixtures and on real PubMed files."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys

import pytest

from conftest import FIXTURES, shared
from pipeline.parse import parse_files, read_records


def parse(tmp_path, *files):
    report = parse_files(list(files), tmp_path / "records.csv")
    return report, {r.pmid: r for r in read_records(tmp_path / "records.csv")}


def test_fields_of_a_structured_trial_record(tmp_path):
    _, records = parse(tmp_path, FIXTURES / "pubmed_mixed.xml")
    r = records["90000001"]
    assert r.title == "Deep dry needling of the upper trapezius in CO2-rich rooms: a randomized trial"
    assert r.abstract.splitlines() == ["BACKGROUND: Fixture background with x2 markup.",
                                       "RESULTS: Pain fell from 6.1 to 3.2 points."]
    assert r.doi == "10.9999/fixture.0001"      # from PubmedData, not from the reference list
    assert r.pmcid == "PMC9000001"
    assert r.year == 2019 and r.pub_date == "2019 Mar-Apr"
    assert r.entrez_date == "2019-02-14"
    assert r.authors == "García-López A; Fixture Trial Group"
    assert r.publication_types == "Journal Article; Randomized Controlled Trial"
    assert r.split("mesh_terms") == ["Dry Needling*", "Neck Pain*", "Humans"]
    assert r.keywords == "myofascial pain; trigger point"
    assert r.journal == "Journal of Fixture Medicine"
    assert not r.is_retracted


def test_retractions_books_and_missing_abstracts(tmp_path):
    _, records = parse(tmp_path, FIXTURES / "pubmed_mixed.xml")
    assert records["90000002"].is_retracted                      # publication type
    assert records["90000002"].comments_corrections == "RetractionIn:90000003"  # Cites left out
    assert records["90000002"].language == "eng; spa"
    assert records["90000002"].pub_date == "2015 Jun 5"
    assert records["90000004"].is_retracted                      # RetractionIn comment only
    assert records["90000004"].abstract == ""
    book = records["90000006"]
    assert book.title == "Needling: a fixture handbook" and book.year == 2012 and book.abstract == "Book abstract."


def test_later_file_wins_and_delete_citation_removes(tmp_path):
    report, records = parse(tmp_path, FIXTURES / "pubmed_mixed.xml", FIXTURES / "pubmed_update.xml")
    assert records["90000001"].title.endswith("(revised)")
    assert "90000004" not in records
    assert report.records_read == 5 and report.records_written == 3 and report.deleted == 1


def test_gzip_and_medline_exports(tmp_path):
    gz = tmp_path / "batch.xml.gz"
    gz.write_bytes(gzip.compress((FIXTURES / "pubmed_mixed.xml").read_bytes()))
    _, records = parse(tmp_path, gz, FIXTURES / "sample.nbib")
    assert set(records) == {"90000001", "90000002", "90000004", "90000006", "90000010", "90000011"}
    m = records["90000010"]
    assert m.title == "Superficial dry needling for chronic low back pain: a randomised sham-controlled trial."
    assert m.doi == "10.9999/fixture.0010" and m.pmcid == "PMC9000010"
    assert m.year == 2021 and m.pub_date == "2021 Jan-Feb" and m.entrez_date == "2021-01-20"
    assert m.split("mesh_terms") == ["Dry Needling*", "Humans", "Low Back Pain*"]
    assert records["90000011"].is_retracted


def test_malformed_file_is_named_with_its_line_and_others_still_parse(tmp_path):
    report, records = parse(tmp_path, FIXTURES / "malformed.xml", FIXTURES / "sample.nbib")
    assert len(report.errors) == 1
    assert "malformed.xml" in report.errors[0] and re.search(r"line \d+", report.errors[0])
    assert "90000020" in records and "90000010" in records    # complete records are kept


def test_parse_cli_exit_code_and_message(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "parse", str(FIXTURES / "malformed.xml"),
                           str(FIXTURES / "pubmed_mixed.xml"), "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "malformed.xml: line" in proc.stderr and "Traceback" not in proc.stderr
    assert len(read_records(out / "records.csv")) == 5


@pytest.mark.shared
def test_every_real_pubmed_file_parses(tmp_path):
    folder = shared("pubmed_xml")
    files = sorted(folder.rglob("*.xml"))
    report, records = parse(tmp_path, *files)
    assert report.errors == []
    # independent count: PMIDs of PubmedArticle elements seen by a plain regex over the files
    expected = set()
    for f in files:
        text = f.read_text(encoding="utf-8")
        for article in re.findall(r"<PubmedArticle>.*?</PubmedArticle>", text, flags=re.S):
            expected.add(re.search(r"<PMID[^>]*>(\d+)</PMID>", article).group(1))
    assert set(records) == expected
    assert len(expected) > 150
    with_abstract = [r for r in records.values() if r.abstract]
    assert len(with_abstract) > 100
    assert all(r.title for r in records.values())


@pytest.mark.shared
def test_real_structured_abstract_keeps_its_labels(tmp_path):
    folder = shared("pubmed_xml")
    files = sorted(folder.rglob("*.xml"))
    _, records = parse(tmp_path, *files)
    labelled = [r for r in records.values() if re.match(r"^[A-Z][A-Za-z ]+: ", r.abstract)]
    assert labelled, "the real files contain structured abstracts"


def _synthetic_file(path, n, broken_at=None):
    from fake_eutils import pubmed_article
    lines = ['<?xml version="1.0" ?>', "<PubmedArticleSet>"]
    for i in range(n):
        xml = pubmed_article(str(80_000_000 + i), f"Record {i}", abstract=f"Abstract {i}.")
        if i == broken_at:
            xml = xml.replace("</ArticleTitle>", "</ArticleTitl>")
        lines.append(xml)
    lines.append("</PubmedArticleSet>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_parallel_split_gives_the_sequential_result(tmp_path):
    big = _synthetic_file(tmp_path / "big.xml", 3000)
    parse_files([big], tmp_path / "seq.csv", workers=1)
    report = parse_files([big], tmp_path / "par.csv", workers=3, parallel_min_bytes=1)
    assert report.records_written == 3000 and report.errors == []
    assert (tmp_path / "par.csv").read_bytes() == (tmp_path / "seq.csv").read_bytes()


def test_malformed_record_inside_a_parallel_slice_reports_the_file_line(tmp_path):
    big = _synthetic_file(tmp_path / "big.xml", 3000, broken_at=2500)
    report = parse_files([big], tmp_path / "par.csv", workers=2, parallel_min_bytes=1)
    assert len(report.errors) == 1
    line = int(re.search(r"line (\d+)", report.errors[0]).group(1))
    assert "</ArticleTitl>" in big.read_text().splitlines()[line - 1]
    kept = {r.pmid for r in read_records(tmp_path / "par.csv")}
    assert str(80_000_000 + 2499) in kept and str(80_000_000 + 2500) not in kept
