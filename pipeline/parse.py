"""Stage: PubMed XML (efetch answers, annual baseline/update files, ``.xml`` or ``.xml.gz``)
and MEDLINE/.nbib exports into ``records.csv``, one row per PMID.

The XML reader streams: lxml ``iterparse`` hands over one ``PubmedArticle`` at a time, which is
cleared as soon as its row is written, so memory stays flat whatever the file size. When a PMID
occurs more than once (a record re-fetched by a later run, or baseline + update files), the
occurrence read last wins; ``DeleteCitation`` entries of update files remove a PMID.
"""

from __future__ import annotations

import gzip
import io
import logging
import mmap
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from Bio import Medline
from lxml import etree

from pipeline.errors import PipelineError
from pipeline.eutils import safe_iterparse
from pipeline.storage import atomic_copy
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
    if node is None:
        return ""
    text = (node.text or "") if len(node) == 0 else "".join(node.itertext())
    if "  " in text or "\n" in text or "\t" in text or text[:1].isspace() or text[-1:].isspace():
        text = " ".join(text.split())
    return text


def _date_parts(node) -> tuple[str, str, str]:
    parts = {"Year": "", "Month": "", "Day": ""}
    if node is not None:
        for child in node:
            if child.tag in parts:
                parts[child.tag] = child.text or ""
    return parts["Year"], parts["Month"], parts["Day"]


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
        last = initials = ""
        for part in author:
            tag = part.tag
            if tag == "LastName":
                last = part.text or ""
            elif tag == "Initials":
                initials = part.text or ""
            elif tag == "CollectiveName":
                last = _text(part)
        if last:
            authors.append(f"{last} {initials}" if initials else last)

    pub_types = [_text(p) for p in container.iterfind("PublicationTypeList/PublicationType")]
    languages = [(lang.text or "").strip() for lang in container.iterfind("Language")]

    mesh = []
    for heading in citation.iterfind("MeshHeadingList/MeshHeading"):
        descriptor, *qualifiers = heading
        major = descriptor.get("MajorTopicYN") == "Y" or any(q.get("MajorTopicYN") == "Y" for q in qualifiers)
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


PARALLEL_MIN_BYTES = 32 * 2**20  # plain XML files at least this large are split across processes
RECORD_STARTS = (b"<PubmedArticle>", b"<PubmedBookArticle>", b"<DeleteCitation>")


@dataclass(frozen=True)
class Slice:
    """A whole file, or the byte range [start, end) of whole records in a plain XML file."""

    path: Path
    start: int | None = None
    end: int | None = None


@dataclass
class SliceResult:
    events: list[str]  # PMIDs in reading order; "-PMID" for a DeleteCitation
    error: str | None = None


class _SliceReader(io.RawIOBase):
    """Reads a byte range of records as a complete <PubmedArticleSet> document."""

    def __init__(self, handle: IO[bytes], start: int, end: int):
        handle.seek(start)
        self._pieces = [b"<PubmedArticleSet>", None, b"</PubmedArticleSet>"]
        self._handle, self._left = handle, end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._pieces:
            piece = self._pieces[0]
            if piece is None:
                data = self._handle.read(min(len(buffer), self._left)) if self._left > 0 else b""
                self._left -= len(data)
                if not data:
                    self._pieces.pop(0)
                    continue
            else:
                data, self._pieces[0] = piece[: len(buffer)], piece[len(buffer):]
                if not self._pieces[0]:
                    self._pieces.pop(0)
            buffer[: len(data)] = data
            return len(data)
        return 0


SEARCH_WINDOW = 16 * 2**20  # a record boundary is sought this far ahead (a record is far smaller)


def _next_record(view: mmap.mmap, start: int) -> int:
    """Offset of the first record start at or after ``start`` (reading only a bounded window)."""
    found = [p for p in (view.find(tag, start, start + SEARCH_WINDOW) for tag in RECORD_STARTS) if p >= 0]
    return min(found, default=-1)


def plan_slices(path: Path, workers: int, min_bytes: int = PARALLEL_MIN_BYTES) -> list[Slice]:
    """Split a large plain XML file at record boundaries, one slice per worker."""
    path = Path(path)
    if workers < 2 or path.suffix == ".gz" or path.stat().st_size < max(min_bytes, 1):
        return [Slice(path)]
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
        first = _next_record(view, 0)
        end = view.rfind(b"</PubmedArticleSet>", max(0, len(view) - 2**16))
        if first < 0 or end <= first:
            return [Slice(path)]
        bounds = [first]
        for i in range(1, workers):
            cut = _next_record(view, first + (end - first) * i // workers)
            if bounds[-1] < cut < end:
                bounds.append(cut)
        bounds.append(end)
    return [Slice(path, a, b) for a, b in zip(bounds, bounds[1:])]


def _parse_slice(piece: Slice, part_csv: Path) -> SliceResult:
    """Parse one slice into ``part_csv``; a malformed file keeps the records read before the error."""
    result = SliceResult(events=[])

    def records() -> Iterator[Record]:
        try:
            if piece.start is None:
                items = iter_file(piece.path)
            else:
                items = iter_pubmed_xml(_SliceReader(open(piece.path, "rb"), piece.start, piece.end), piece.path.name)
            for item in items:
                if isinstance(item, str):
                    result.events.append(item)
                else:
                    result.events.append(item.pmid)
                    yield item
        except etree.XMLSyntaxError as exc:  # inside a slice: make the line number absolute
            with open(piece.path, "rb") as handle:
                offset = handle.read(piece.start).count(b"\n")
            result.error = f"{piece.path}: line {exc.lineno + offset}: malformed XML: {exc.msg}"
        except PipelineError as exc:
            result.error = str(exc)

    write_table(part_csv, records(), Record)
    return result


def parse_files(paths: Iterable[Path], records_csv: Path, workers: int | None = None,
                parallel_min_bytes: int = PARALLEL_MIN_BYTES) -> ParseReport:
    """Parse ``paths`` in order into ``records_csv`` (one row per PMID, last occurrence wins).

    Large plain XML files are split at record boundaries and parsed by ``workers`` processes
    (default: one per CPU); results are joined in file order, so the outcome is the same as a
    sequential read. A malformed file is reported (file and line) after the records it held
    before the error; the other files are still parsed.
    """
    paths = [Path(p) for p in paths]
    workers = workers or os.cpu_count() or 1
    report = ParseReport(files=len(paths))
    records_csv = Path(records_csv)
    records_csv.parent.mkdir(parents=True, exist_ok=True)
    slices = [piece for path in paths for piece in plan_slices(path, workers, parallel_min_bytes)]
    with tempfile.TemporaryDirectory(prefix=".parse.", dir=records_csv.parent) as tmp:
        parts = [Path(tmp) / f"{i:06d}.csv" for i in range(len(slices))]
        if len(slices) > 1 and any(piece.start is not None for piece in slices):
            with ProcessPoolExecutor(max_workers=min(workers, len(slices))) as pool:
                results = list(pool.map(_parse_slice, slices, parts))
        else:
            results = [_parse_slice(piece, part) for piece, part in zip(slices, parts)]

        last_index: dict[str, int] = {}
        for result in results:
            for event in result.events:
                if event.startswith("-"):
                    last_index[event[1:]] = -1
                    report.deleted += 1
                else:
                    last_index[event] = report.records_read
                    report.records_read += 1
            if result.error:
                report.errors.append(result.error)
                log.error("%s", result.error)
        staging = Path(tmp) / "all.csv"
        if not parts:  # nothing to parse: a header-only table
            write_table(staging, [], Record)
        with open(staging, "ab") as out:
            for i, part in enumerate(parts):
                with open(part, "rb") as handle:
                    if i:
                        handle.readline()  # each part repeats the header
                    shutil.copyfileobj(handle, out, 1 << 20)
        superseded = report.records_read - sum(1 for i in last_index.values() if i >= 0)
        if superseded == 0:
            report.records_written = report.records_read
            atomic_copy(staging, records_csv)
        else:  # keep only the occurrence read last of each PMID
            rows = (row for i, row in enumerate(iter_table(staging, Record)) if last_index.get(row.pmid) == i)
            report.records_written = write_table(records_csv, rows, Record)
    return report


def raw_cache_files(out_dir: Path) -> list[Path]:
    """The PubMed raw cache of an output folder, oldest first (so later downloads win)."""
    root = Path(out_dir) / "raw" / "pubmed"
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith((".xml", ".xml.gz")))


def read_records(records_csv: Path) -> list[Record]:
    return list(iter_table(records_csv, Record))
