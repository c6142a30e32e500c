"""Shared fixtures: paths, the local E-utilities server, synthetic corpora."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from fake_eutils import FakeEutils, pubmed_article
from pipeline.config import Settings, load_topic

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
SHARED_DATA = TESTS.parent.parent / "shared" / "data"


def shared(*parts: str) -> Path:
    """A path under ../shared/data; the calling test is skipped when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is not part of the project)")
    return path


@pytest.fixture(scope="session")
def topic():
    return load_topic()


def synthetic_corpus(n: int, *, start: date = date(2000, 1, 1), days: int = 9000, seed: int = 7,
                     first_pmid: int = 30_000_000) -> dict[str, tuple[date, str]]:
    """``n`` small PubMed records with Entrez dates spread over ``days`` days."""
    rng = random.Random(seed)
    corpus = {}
    for i in range(n):
        pmid = str(first_pmid + i)
        edat = start + timedelta(days=rng.randrange(days))
        corpus[pmid] = (edat, pubmed_article(pmid, f"Dry needling record {pmid}", abstract="Synthetic.", edat=edat))
    return corpus


@pytest.fixture
def settings_for():
    def make(server: FakeEutils, api_key: str | None = None) -> Settings:
        return Settings(base_url=server.base_url, email="tester@example.org", api_key=api_key)
    return make
