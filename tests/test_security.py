"""Hostile inputs: XML entity attacks, secrets in messages, formula cells, bad researcher files."""

from __future__ import annotations

import time

import pytest

from pipeline.config import Settings, load_topic
from pipeline.errors import PipelineError
from pipeline.eutils import EutilsClient, inspect_xml, redact, TransientError
from pipeline.parse import parse_files, read_records
from pipeline.screen import Override, read_overrides
from pipeline.tables import neutralize, read_table, unneutralize, write_table

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 <!ENTITY net SYSTEM "http://127.0.0.1:9/steal">
]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>77</PMID><Article>
<ArticleTitle>Laughs &lol9; end</ArticleTitle>
<Abstract><AbstractText>Secret: &xxe; and &net;</AbstractText></Abstract>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
"""


def test_billion_laughs_is_refused_quickly_with_a_clear_error(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(BILLION_LAUGHS)
    start = time.monotonic()
    report = parse_files([bomb], tmp_path / "records.csv")
    assert time.monotonic() - start < 5
    assert len(report.errors) == 1 and "bomb.xml" in report.errors[0]
    for record in read_records(tmp_path / "records.csv"):
        assert "lollol" not in record.title


def test_external_entities_and_network_are_not_resolved(tmp_path):
    xxe = tmp_path / "xxe.xml"
    xxe.write_bytes(b"\n".join(line for line in BILLION_LAUGHS.split(b"\n") if b"lol" not in line))
    report = parse_files([xxe], tmp_path / "records.csv")
    records = read_records(tmp_path / "records.csv")
    assert report.errors == [] and len(records) == 1
    assert "root:" not in records[0].abstract and "steal" not in records[0].abstract


def test_response_validation_refuses_entity_bombs():
    start = time.monotonic()
    with pytest.raises(TransientError):
        inspect_xml(BILLION_LAUGHS, ("PubmedArticle",))
    assert time.monotonic() - start < 5


def test_api_key_is_redacted_from_urls_and_errors(tmp_path):
    assert redact("https://x/efetch.fcgi?db=pubmed&api_key=abc123&retmax=5", None) == \
        "https://x/efetch.fcgi?db=pubmed&api_key=***&retmax=5"
    assert redact("failed with abc123 inside", "abc123") == "failed with *** inside"
    client = EutilsClient(Settings(base_url="http://127.0.0.1:9/entrez/eutils/", email="a@b.org",
                                   api_key="abc123secret"), max_attempts=2, backoff_initial=0.01, backoff_max=0.02)
    with pytest.raises(PipelineError) as err:
        client.esearch("dry needling")
    assert "abc123secret" not in str(err.value) and "gave up" in str(err.value)


def test_formula_cells_round_trip(tmp_path):
    for text in ("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "plain", "'quoted"):
        assert unneutralize(neutralize(text)) == text
    write_table(tmp_path / "o.csv", [Override(pmid="1", decision="exclude", reason="=HYPERLINK(\"x\")")], Override)
    assert "'=HYPERLINK" in (tmp_path / "o.csv").read_text()
    assert read_table(tmp_path / "o.csv", Override)[0].reason == '=HYPERLINK("x")'


def test_researcher_files_name_file_row_and_column(tmp_path):
    bad = tmp_path / "overrides.csv"
    bad.write_text("pmid,decision,reason\n1,include,ok\n2,maybe,unsure\n")
    with pytest.raises(PipelineError, match=r"overrides.csv: row 3: decision must be include or exclude"):
        read_table(bad, Override)
    bad.write_text("pmid,decision,reason,conditions\n1,include,ok,neck_pain;elbow\n")
    with pytest.raises(PipelineError, match=r"overrides.csv: row 2, column conditions: unknown condition\(s\) elbow"):
        read_overrides(bad, load_topic())
    topic = tmp_path / "topic.toml"
    topic.write_text('[topic]\nname = "x"\nlabel = "X"\nquery = "q"\nsearch_start = "2000-01-01"\nlookback_days = 30\n')
    with pytest.raises(PipelineError, match=r"topic.toml: \[topic\]: search_start"):
        load_topic(topic)
    topic.write_text("[topic\n")
    with pytest.raises(PipelineError, match="not valid TOML"):
        load_topic(topic)


def test_error_bodies_in_http_200_are_retried():
    with pytest.raises(TransientError, match="NCBI error"):
        inspect_xml(b"<eFetchResult><ERROR>Unable to obtain query #1</ERROR></eFetchResult>")
    with pytest.raises(TransientError, match="truncated"):
        inspect_xml(b"<PubmedArticleSet><PubmedArticle><MedlineCitation>")
