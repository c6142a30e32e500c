"""Stage: PubMed XML (efetch answers, annual baseline/update files, ``.xml`` or ``.xml.gz``)
and MEDLINE/.nbib exports into ``records.csv``, one row per PMID.

The XML reader streams: lxml ``iterparse`` hands over one ``PubmedArticle`` at a time, which is
cleared as soon as its row is written, so memory stays flat whatever the file size. When a PMID
occurs more than once (a record re-fetched by a later run, or baseline + update files), the
occurrence read last wins; ``DeleteCitation`` entries of update files remove a PMID.
"""

from __future__ import annotations

import gzip
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from Bio import Medline
from lxml import etree

from pipeline.errors import PipelineError
from pipeline.eutils import safe_iterparse
from pipeline.tables import iter_table, write_table

log = logging.getLogger(__name__)

LIST_SEP = "; "
RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


@dataclass(frozen=True)
class Record:
    """One PubMed record, as written to records.csv."""

    pmid: str
    doi: str = ""
    pmcid: str = ""
    title: str = ""
    abstract: str = ""
    journal: str = ""
    year: int | None = None
    pub_date: str = ""
    entrez_date: str = ""
    authors: str = ""
    publication_types: str = ""
    mesh_terms: str = ""
    keywords: str = ""
    language: str = ""
    is_retracted: bool = False
    comments_corrections: str = ""
    source_file: str = ""

    def __post_init__(self):
        if not self.pmid.strip().isdigit():
            raise ValueError(f"pmid must be digits, got {self.pmid!r}")

    @property
    def first_author(self) -> str:
        return self.authors.split(LIST_SEP)[0] if self.authors else ""

    def split(self, column: str) -> list[str]:
        value = getattr(self, column)
        return [part.strip() for part in value.split(";") if part.strip()] if value else []


@dataclass
class ParseReport:
    files: int = 0
    records_read: int = 0
    records_written: int = 0
    deleted: int = 0
    errors: list[str] = field(default_factory=list)


# -- PubMed XML ---------------------------------------------------------------------------------

def _text(node) -> str:
    """Text of an element with inline markup (<i>, <sup>, MathML) flattened, spaces folded."""
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def _date_parts(node) -> tuple[str, str, str]:
    if node is None:
        return "", "", ""
    return (node.findtext("Year") or "", node.findtext("Month") or "", node.findtext("Day") or "")


def _iso(year: str, month: str, day: str) -> str:
    if not year:
        return ""
    m = month.strip()
    m = str(MONTHS.get(m[:3].lower(), m)) if m else ""
    parts = [year] + ([m.zfill(2)] if m else []) + ([day.zfill(2)] if m and day else [])
    return "-".join(parts)


def _year(text: str) -> int | None:
    for i in range(len(text) - 3):
        chunk = text[i:i + 4]
        if chunk.isdigit() and chunk[0] in "12":
            return int(chunk)
    return None


def record_from_article(article, source: str) -> Record:
    """Build a :class:`Record` from one ``PubmedArticle`` (or ``PubmedBookArticle``) element."""
    citation = article.find("MedlineCitation")
    if citation is None:  # PubmedBookArticle
        citation = article.find("BookDocument")
    art = citation.find("Article")
    container = art if art is not None else citation

    pmid = citation.findtext("PMID") or ""
    title = _text(container.find("ArticleTitle"))
    if not title:
        title = _text(container.find("Book/BookTitle")) or _text(container.find("VernacularTitle"))

    sections = []
    for part in container.findall("Abstract/AbstractText"):
        text = _text(part)
        label = part.get("Label")
        sections.append(f"{label}: {text}" if label and text else text)
    abstract = "\n".join(s for s in sections if s)

    journal_node = container.find("Journal")
    if journal_node is not None:
        journal = journal_node.findtext("Title") or journal_node.findtext("ISOAbbreviation") or ""
        pub = journal_node.find("JournalIssue/PubDate")
    else:
        journal = container.findtext("Book/Publisher/PublisherName") or ""
        pub = container.find("Book/PubDate")
    medline_date = pub.findtext("MedlineDate") if pub is not None else None
    y, m, d = _date_parts(pub)
    pub_date = medline_date or " ".join(p for p in (y, m, d) if p)
    year = _year(y or medline_date or "")
    if year is None:
        year = _year(_date_parts(container.find("ArticleDate"))[0])

    authors = []
    for author in container.iterfind("AuthorList/Author"):
        last = author.findtext("LastName")
        if last:
            initials = author.findtext("Initials") or ""
            authors.append(f"{last} {initials}".strip())
        else:
            collective = _text(author.find("CollectiveName"))
            if collective:
                authors.append(collective)

    pub_types = [_text(p) for p in container.iterfind("PublicationTypeList/PublicationType")]
    languages = [(lang.text or "").strip() for lang in container.iterfind("Language")]

    mesh = []
    for heading in citation.iterfind("MeshHeadingList/MeshHeading"):
        descriptor = heading.find("DescriptorName")
        if descriptor is None:
            continue
        major = descriptor.get("MajorTopicYN") == "Y" or any(
            q.get("MajorTopicYN") == "Y" for q in heading.iterfind("QualifierName"))
        mesh.append(_text(descriptor) + ("*" if major else ""))
    keywords = [_text(k) for k in citation.iterfind("KeywordList/Keyword")]

    corrections = []
    retracted = "Retracted Publication" in pub_types
    for cc in citation.iterfind("CommentsCorrectionsList/CommentsCorrections"):
        ref_type = cc.get("RefType", "")
        if ref_type == "Cites":
            continue
        if ref_type == "RetractionIn":
            retracted = True
        corrections.append(f"{ref_type}:{cc.findtext('PMID') or _text(cc.find('RefSource'))}")

    doi = pmcid = ""
    for aid in article.iterfind("PubmedData/ArticleIdList/ArticleId"):
        kind = aid.get("IdType")
        if kind == "doi" and not doi:
            doi = (aid.text or "").strip()
        elif kind == "pmc" and not pmcid:
            pmcid = (aid.text or "").strip()
    if not doi:
        for loc in container.iterfind("ELocationID"):
            if loc.get("EIdType") == "doi":
                doi = (loc.text or "").strip()
                break

    entrez = ""
    for date in article.iterfind("PubmedData/History/PubMedPubDate"):
        if date.get("PubStatus") == "entrez":
            entrez = _iso(*_date_parts(date))
            break

    return Record(
        pmid=pmid.strip(), doi=doi, pmcid=pmcid, title=title, abstract=abstract, journal=journal,
        year=year, pub_date=pub_date, entrez_date=entrez, authors=LIST_SEP.join(authors),
        publication_types=LIST_SEP.join(pub_types), mesh_terms=LIST_SEP.join(mesh),
        keywords=LIST_SEP.join(k for k in keywords if k), language=LIST_SEP.join(l for l in languages if l),
        is_retracted=retracted, comments_corrections=LIST_SEP.join(corrections), source_file=source,
    )


def iter_pubmed_xml(handle: IO[bytes], source: str) -> Iterator[Record | str]:
    """Yield a Record per article, or ``"-PMID"`` for each PMID a DeleteCitation removes."""
    for _, elem in safe_iterparse(handle, events=("end",), tag=(*RECORD_TAGS, "DeleteCitation")):
        if elem.tag == "DeleteCitation":
            for pmid in elem.iterfind("PMID"):
                yield "-" + (pmid.text or "").strip()
        else:
            yield record_from_article(elem, source)
        elem.clear(keep_tail=False)
        parent = elem.getparent()
        if parent is not None:
            while elem.getprevious() is not None:
                del parent[0]


# -- MEDLINE / .nbib ----------------------------------------------------------------------------

def _medline_ids(values: list[str], kind: str) -> str:
    for value in values:
        if value.endswith(f"[{kind}]"):
            return value[: -len(kind) - 2].strip()
    return ""


def record_from_medline(entry: dict, source: str) -> Record:
    """Build a Record from one Bio.Medline entry (PubMed website 'PubMed format' export)."""
    def many(key):
        value = entry.get(key, [])
        return [value] if isinstance(value, str) else list(value)

    mesh = []
    for heading in many("MH"):
        descriptor, *qualifiers = heading.split("/")
        major = descriptor.startswith("*") or any(q.startswith("*") for q in qualifiers)
        mesh.append(descriptor.lstrip("*") + ("*" if major else ""))
    edat = entry.get("EDAT", "").split(" ")[0].replace("/", "-")
    ids = many("AID") + many("LID")
    pub_types = many("PT")
    corrections = [f"{tag}:{v}" for tag in ("RIN", "EIN", "CIN", "CON", "EFR", "ROF") for v in many(tag)]
    return Record(
        pmid=entry.get("PMID", "").strip(),
        doi=_medline_ids(ids, "doi"),
        pmcid=entry.get("PMC", "") or _medline_ids(ids, "pmc"),
        title=" ".join(entry.get("TI", "").split()),
        abstract=" ".join(entry.get("AB", "").split()),
        journal=entry.get("JT", "") or entry.get("TA", ""),
        year=_year(entry.get("DP", "")),
        pub_date=entry.get("DP", ""),
        entrez_date=edat,
        authors=LIST_SEP.join(many("AU")),
        publication_types=LIST_SEP.join(pub_types),
        mesh_terms=LIST_SEP.join(mesh),
        keywords=LIST_SEP.join(many("OT")),
        language=LIST_SEP.join(many("LA")),
        is_retracted="Retracted Publication" in pub_types or bool(many("RIN")),
        comments_corrections=LIST_SEP.join(corrections),
        source_file=source,
    )


# -- files --------------------------------------------------------------------------------------

def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


def _is_xml(path: Path) -> bool:
    with _open(path) as handle:
        head = handle.read(512).lstrip()
    return head.startswith(b"<")


def iter_file(path: Path) -> Iterator[Record | str]:
    """Records of one file (format detected from its content), with errors naming file and line."""
    path = Path(path)
    try:
        xml = _is_xml(path)
    except OSError as exc:
        raise PipelineError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with _open(path) as handle:
        if xml:
            try:
                yield from iter_pubmed_xml(handle, path.name)
            except etree.XMLSyntaxError as exc:
                raise PipelineError(f"{path}: line {exc.lineno}: malformed XML: {exc.msg}") from None
        else:
            text = (line.decode("utf-8", errors="replace") for line in handle)
            for entry in Medline.parse(text):
                if entry.get("PMID"):
                    yield record_from_medline(entry, path.name)


def parse_files(paths: Iterable[Path], records_csv: Path) -> ParseReport:
    """Parse ``paths`` in order into ``records_csv`` (one row per PMID, last occurrence wins).

    A malformed file is reported (file and line) and skipped after the records it held before
    the error; the other files are still parsed.
    """
    report = ParseReport()
    last_index: dict[str, int] = {}

    def stream() -> Iterator[Record]:
        for path in paths:
            report.files += 1
            try:
                for item in iter_file(path):
                    if isinstance(item, str):
                        last_index[item[1:]] = -1
                        report.deleted += 1
                        continue
                    last_index[item.pmid] = report.records_read
                    report.records_read += 1
                    yield item
            except PipelineError as exc:
                report.errors.append(str(exc))
                log.error("%s", exc)

    records_csv = Path(records_csv)
    records_csv.parent.mkdir(parents=True, exist_ok=True)
    fd, staging = tempfile.mkstemp(prefix=".records.", suffix=".csv", dir=records_csv.parent)
    os.close(fd)
    staging = Path(staging)
    try:
        write_table(staging, stream(), Record)
        superseded = report.records_read - sum(1 for i in last_index.values() if i >= 0)
        if superseded == 0:
            report.records_written = report.records_read
            staging.replace(records_csv)
        else:  # second pass: keep only the occurrence read last of each PMID
            rows = (row for i, row in enumerate(iter_table(staging, Record)) if last_index.get(row.pmid) == i)
            report.records_written = write_table(records_csv, rows, Record)
    finally:
        staging.unlink(missing_ok=True)
    return report


def raw_cache_files(out_dir: Path) -> list[Path]:
    """The PubMed raw cache of an output folder, oldest first (so later downloads win)."""
    root = Path(out_dir) / "raw" / "pubmed"
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith((".xml", ".xml.gz")))


def read_records(records_csv: Path) -> list[Record]:
    return list(iter_table(records_csv, Record))
