"""The bundled evidence base in data/: every row valid, every number with a source."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.config import DATA_DIR
from pipeline.errors import PipelineError
from pipeline.evidence import VerifiedRow, read_adverse_events, read_verified
from pipeline.screen import Override
from pipeline.snapshot import read_bibliography
from pipeline.tables import read_table


@pytest.fixture(scope="module")
def bibliography():
    return read_bibliography(DATA_DIR / "bibliography.csv")


def test_bibliography_has_unique_pmids_sources_and_no_abstracts(bibliography):
    pmids = [r.pmid for r in bibliography]
    assert len(pmids) >= 200 and len(set(pmids)) == len(pmids)
    assert all(r.source_url.startswith("http") for r in bibliography)
    assert all(r.year is None or 1950 <= r.year <= 2026 for r in bibliography)
    designs = Counter(r.design for r in bibliography)
    assert designs["rct"] >= 60 and designs["systematic_review"] >= 10
    header = (DATA_DIR / "bibliography.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "abstract" not in header


def test_verified_sheet_rows_are_valid_and_sourced(topic, bibliography):
    rows = read_verified(DATA_DIR / "verified_extractions.csv", topic)   # validates every row
    known = {r.pmid for r in bibliography}
    assert rows and all(r.pmid in known for r in rows)
    assert all(r.source_url.startswith("http") and r.locator and r.evidence for r in rows)
    for r in rows:
        for n in (r.n_dn, r.n_ctrl):
            assert n is None or n >= 2
        for sd in (r.sd_dn, r.sd_ctrl):
            assert sd is None or sd > 0
    keys = Counter(r.key() for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
    assert len({r.pmid for r in rows if r.poolable}) >= 15


def test_adverse_events_and_overrides_refer_to_known_records(bibliography):
    known = {r.pmid for r in bibliography}
    assert all(ae.pmid in known for ae in read_adverse_events(DATA_DIR / "adverse_events.csv"))
    overrides = read_table(DATA_DIR / "screening_overrides.csv", Override)
    assert overrides and all(o.pmid in known and o.reason.startswith("researcher:") for o in overrides)


def test_a_bad_sheet_row_names_file_row_and_column(tmp_path, topic):
    good = (DATA_DIR / "verified_extractions.csv").read_text(encoding="utf-8").splitlines()
    header = good[0].split(",")
    bad = tmp_path / "sheet.csv"
    row = good[1].split(",")
    bad.write_text("\n".join([good[0], good[1], good[1].replace(row[header.index("pmid")], "12x", 1)]) + "\n",
                   encoding="utf-8")
    with pytest.raises(PipelineError, match=r"sheet.csv: row 3, column pmid|sheet.csv: row 3: pmid"):
        read_verified(bad, topic)
    missing = tmp_path / "missing.csv"
    missing.write_text("pmid,condition\n1,neck_pain\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="missing column"):
        read_verified(missing, topic)


def test_sheet_rejects_zero_sd_and_unknown_condition(tmp_path, topic):
    base = dict(pmid="1", condition="neck_pain", comparator_class="sham", outcome_domain="pain", instrument="VAS",
                timepoint_weeks=4, data_form="final_mean_sd", source_url="https://example.org", locator="abstract",
                evidence="VAS", n_dn=10, mean_dn=2, sd_dn=0, n_ctrl=10, mean_ctrl=3, sd_ctrl=1)
    with pytest.raises(ValueError, match="sd_dn must be positive"):
        VerifiedRow(**base)
    with pytest.raises(ValueError, match="needs"):
        VerifiedRow(**{**base, "sd_dn": 1.0, "n_ctrl": None})
    from pipeline.tables import write_table
    path = tmp_path / "s.csv"
    write_table(path, [VerifiedRow(**{**base, "sd_dn": 1.0, "condition": "elbow"})], VerifiedRow)
    with pytest.raises(PipelineError, match="row 2, column condition: unknown condition 'elbow'"):
        read_verified(path, topic)
