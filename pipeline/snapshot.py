"""The bundled snapshot: ``data/bibliography.csv`` rendered as PubMed-format XML.

``--source snapshot`` writes this XML into the raw cache where a live run would store its
efetch answers, so the offline run goes through the same parse and screen code as live data.
The curated CSV holds bibliographic facts only (no abstracts: their prose is not ours to
redistribute). ``publication_types`` are those read on PubMed; when the page did not show
them, the curator's reading of the design is mapped to the matching PubMed type
(``pubtype_source = curator``), as documented in data/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from lxml.builder import E

from pipeline.config import DESIGNS
from pipeline.tables import iter_table

CURATOR_PUBTYPE = {
    "rct": "Randomized Controlled Trial",
    "systematic_review": "Systematic Review",
    "protocol": "Clinical Trial Protocol",
    "observational": "Observational Study",
    "case_report": "Case Reports",
    "review": "Review",
}


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


@dataclass(frozen=True)
class BibliographyRow:
    """One curated bibliographic record (data/bibliography.csv)."""

    pmid: str
    source_url: str
    title: str = ""
    year: int | None = None
    first_author: str = ""
    doi: str = ""
    pmcid: str = ""
    journal: str = ""
    authors: str = ""
    publication_types: str = ""
    mesh_terms: str = ""
    language: str = "eng"
    retracted: bool = False
    design: str = ""
    dn_arm: str = ""
    conditions: str = ""
    notes: str = ""

    def __post_init__(self):
        if not self.pmid.isdigit():
            raise ValueError(f"pmid must be digits, got {self.pmid!r}")
        if self.year is not None and not 1950 <= self.year <= 2100:
            raise ValueError(f"year {self.year} is not plausible")
        if self.design and self.design not in DESIGNS:
            raise ValueError(f"design must be one of {', '.join(DESIGNS)}, got {self.design!r}")
        if not self.source_url.startswith("http"):
            raise ValueError(f"source_url must be a URL, got {self.source_url!r}")
        if self.pmcid and not self.pmcid.startswith("PMC"):
            raise ValueError(f"pmcid must look like PMC1234567, got {self.pmcid!r}")

    @property
    def pubtype_source(self) -> str:
        return "pubmed" if self.publication_types.strip() else "curator"

    def pubmed_types(self) -> list[str]:
        if self.publication_types.strip():
            return _split(self.publication_types)
        types = ["Journal Article"]
        if self.design in CURATOR_PUBTYPE:
            types.append(CURATOR_PUBTYPE[self.design])
        if self.retracted:
            types.append("Retracted Publication")
        return types


def _article(row: BibliographyRow):
    authors = _split(row.authors) or [a for a in [row.first_author] if a]
    author_nodes = []
    for name in authors:
        last, _, initials = name.rpartition(" ")
        if not last:  # a single word: a collective or a surname without initials
            last, initials = initials, ""
        author_nodes.append(E.Author(E.LastName(last), E.Initials(initials)))
    mesh = []
    for heading in _split(row.mesh_terms):
        major = "Y" if heading.endswith("*") else "N"
        mesh.append(E.MeshHeading(E.DescriptorName(heading.rstrip("*"), MajorTopicYN=major)))
    ids = [E.ArticleId(row.pmid, IdType="pubmed")]
    if row.doi:
        ids.append(E.ArticleId(row.doi, IdType="doi"))
    if row.pmcid:
        ids.append(E.ArticleId(row.pmcid, IdType="pmc"))
    article = E.Article(
        E.Journal(E.JournalIssue(E.PubDate(*([E.Year(str(row.year))] if row.year else []))), E.Title(row.journal)),
        E.ArticleTitle(row.title),
        E.AuthorList(*author_nodes),
        *[E.Language(lang) for lang in _split(row.language) or ["eng"]],
        E.PublicationTypeList(*[E.PublicationType(t) for t in row.pubmed_types()]),
    )
    citation = E.MedlineCitation(E.PMID(row.pmid, Version="1"), article)
    if mesh:
        citation.append(E.MeshHeadingList(*mesh))
    return E.PubmedArticle(citation, E.PubmedData(E.ArticleIdList(*ids)))


def read_bibliography(path: Path) -> list[BibliographyRow]:
    return list(iter_table(path, BibliographyRow))


def bibliography_xml(rows: list[BibliographyRow]) -> bytes:
    """PubMed-format XML (PubmedArticleSet) for the curated rows."""
    root = E.PubmedArticleSet(*[_article(r) for r in rows])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
