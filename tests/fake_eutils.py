"""A local NCBI-like E-utilities server for tests and benchmarks (127.0.0.1, real sockets).

It holds a corpus of PubMed records (each with an Entrez date) and optional PMC articles and
answers ``esearch.fcgi`` (history server, Entrez-date windows, the 9,999 cap) and
``efetch.fcgi`` (from the history server or by id, db=pubmed or db=pmc) like NCBI does. It
enforces NCBI's rate limit (3 requests/s, 10 with an api_key) with HTTP 429 and a JSON body,
and injects faults on request: 429 bursts, 500/502/503, dropped connections, truncated
bodies (with and without Content-Length), HTTP 200 bodies carrying ``<ERROR>``, slow answers.
Every request is logged for assertions.
"""

from __future__ import annotations

import collections
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

ESEARCH_CAP = 9999


def pubmed_article(pmid: str, title: str, *, abstract: str | list[tuple[str, str]] = "", edat: date | None = None,
                   year: int = 2020, pub_types: tuple[str, ...] = ("Journal Article",),
                   mesh: tuple[str, ...] = (), authors: tuple[str, ...] = ("Doe J",), doi: str = "",
                   pmcid: str = "", journal: str = "Journal of Tests", keywords: tuple[str, ...] = (),
                   retraction_in: str = "", raw_title: bool = False) -> str:
    """A PubMed-DTD ``PubmedArticle`` element as text (our own synthetic fixture)."""
    t = title if raw_title else escape(title)
    if isinstance(abstract, str):
        abstract_xml = f"<AbstractText>{escape(abstract)}</AbstractText>" if abstract else ""
    else:
        abstract_xml = "".join(f'<AbstractText Label="{escape(lab)}">{escape(txt)}</AbstractText>'
                               for lab, txt in abstract)
    author_xml = "".join(
        f"<Author><LastName>{escape(a.rsplit(' ', 1)[0])}</LastName><Initials>{escape(a.rsplit(' ', 1)[-1])}"
        f"</Initials></Author>" for a in authors)
    mesh_xml = "".join(f'<MeshHeading><DescriptorName MajorTopicYN="N">{escape(m)}</DescriptorName></MeshHeading>'
                       for m in mesh)
    kw_xml = "".join(f"<Keyword>{escape(k)}</Keyword>" for k in keywords)
    ids = f'<ArticleId IdType="pubmed">{pmid}</ArticleId>'
    if doi:
        ids += f'<ArticleId IdType="doi">{escape(doi)}</ArticleId>'
    if pmcid:
        ids += f'<ArticleId IdType="pmc">{pmcid}</ArticleId>'
    edat = edat or date(year, 1, 1)
    cc = (f'<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>x</RefSource>'
          f'<PMID Version="1">{retraction_in}</PMID></CommentsCorrections></CommentsCorrectionsList>'
          if retraction_in else "")
    return (
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>'
        f'<Article PubModel="Print"><Journal><JournalIssue><PubDate><Year>{year}</Year></PubDate></JournalIssue>'
        f"<Title>{escape(journal)}</Title></Journal><ArticleTitle>{t}</ArticleTitle>"
        f"{'<Abstract>' + abstract_xml + '</Abstract>' if abstract_xml else ''}"
        f'<AuthorList CompleteYN="Y">{author_xml}</AuthorList><Language>eng</Language><PublicationTypeList>'
        + "".join(f"<PublicationType>{escape(p)}</PublicationType>" for p in pub_types)
        + f"</PublicationTypeList></Article>{'<MeshHeadingList>' + mesh_xml + '</MeshHeadingList>' if mesh else ''}"
        f"{cc}{'<KeywordList>' + kw_xml + '</KeywordList>' if kw_xml else ''}</MedlineCitation>"
        f'<PubmedData><History><PubMedPubDate PubStatus="entrez"><Year>{edat.year}</Year><Month>{edat.month}</Month>'
        f"<Day>{edat.day}</Day></PubMedPubDate></History><ArticleIdList>{ids}</ArticleIdList></PubmedData>"
        "</PubmedArticle>"
    )


@dataclass
class Faults:
    """Fault probabilities per request (0..1) and deterministic extras."""

    rate: float = 0.0            # total probability of a fault on a request
    kinds: tuple[str, ...] = ("429", "500", "502", "503", "drop", "truncate", "truncate_nolength", "error200")
    burst_429: int = 0           # the first N requests answer 429
    slow_seconds: float = 0.0    # with kind "slow": how long a slow answer takes
    seed: int = 1


@dataclass
class RequestLog:
    path: str
    params: dict
    status: int
    fault: str = ""
    at: float = field(default_factory=time.monotonic)


class FakeEutils:
    """Start with ``with FakeEutils(records) as server: server.base_url``."""

    def __init__(self, records: dict[str, tuple[date, str]] | None = None, *, faults: Faults | None = None,
                 pmc: dict[str, str] | None = None, enforce_rate: bool = True, term_filter=None):
        self.records = dict(records or {})
        self.pmc = dict(pmc or {})
        self.faults = faults or Faults()
        self.enforce_rate = enforce_rate
        self.term_filter = term_filter
        self.histories: dict[str, list[str]] = {}
        self.log: list[RequestLog] = []
        self._times: dict[str, collections.deque] = collections.defaultdict(collections.deque)
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def __enter__(self) -> FakeEutils:
        handler = type("Handler", (_Handler,), {"app": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/entrez/eutils/"

    def add(self, pmid: str, edat: date, xml: str) -> None:
        self.records[pmid] = (edat, xml)

    # -- accounting ---------------------------------------------------------------------------
    def count(self, status: int | None = None, path: str | None = None) -> int:
        return sum(1 for r in self.log if (status is None or r.status == status) and (path is None or r.path == path))

    def _rate_limited(self, params: dict) -> bool:
        limit = 10 if params.get("api_key") else 3
        key = params.get("api_key") or "anonymous"
        now = time.monotonic()
        with self._lock:
            window = self._times[key]
            while window and now - window[0] >= 1.0:
                window.popleft()
            window.append(now)
            return self.enforce_rate and len(window) > limit

    def _pick_fault(self) -> str:
        with self._lock:
            if self.faults.burst_429 > 0:
                self.faults.burst_429 -= 1
                return "429"
            if self._rng.random() < self.faults.rate:
                return self._rng.choice(self.faults.kinds)
        return ""

    # -- E-utilities ----------------------------------------------------------------------------
    def esearch(self, params: dict) -> bytes:
        ids = [pmid for pmid, (edat, xml) in self.records.items()
               if self.term_filter is None or self.term_filter(params.get("term", ""), xml)]
        if params.get("mindate") or params.get("maxdate"):
            lo = _parse_date(params.get("mindate", "1800/01/01"))
            hi = _parse_date(params.get("maxdate", "3000/12/31"))
            ids = [p for p in ids if lo <= self.records[p][0] <= hi]
        ids.sort(key=lambda p: (self.records[p][0], int(p)), reverse=True)  # newest first, like PubMed
        retstart = int(params.get("retstart", 0))
        if retstart > ESEARCH_CAP - 1:
            return _error("eSearchResult", "Search Backend failed: retstart exceeds 9998")
        webenv = ""
        if params.get("usehistory") == "y":
            webenv = "MCID_" + uuid.uuid4().hex
            self.histories[webenv] = ids
        retmax = min(int(params.get("retmax", 20)), ESEARCH_CAP)
        shown = ids[retstart:retstart + retmax]
        return (
            '<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult>'
            f"<Count>{len(ids)}</Count><RetMax>{len(shown)}</RetMax><RetStart>{retstart}</RetStart>"
            + (f"<QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv>" if webenv else "")
            + "<IdList>" + "".join(f"<Id>{i}</Id>" for i in shown) + "</IdList></eSearchResult>"
        ).encode()

    def efetch(self, params: dict) -> bytes:
        db = params.get("db", "pubmed")
        if "id" in params:
            ids = [i.strip() for i in params["id"].split(",") if i.strip()]
        else:
            history = self.histories.get(params.get("WebEnv", ""))
            if history is None or params.get("query_key") != "1":
                return _error("eFetchResult", "Unable to obtain query #1")
            start = int(params.get("retstart", 0))
            ids = history[start:start + int(params.get("retmax", 20))]
        if db == "pmc":
            body = "".join(self.pmc.get(i.removeprefix("PMC"), "") for i in ids)
            return ('<?xml version="1.0" ?>\n<pmc-articleset>' + body + "</pmc-articleset>").encode()
        body = "\n".join(self.records[i][1] for i in ids if i in self.records)
        return ('<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January '
                '2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
                + body + "\n</PubmedArticleSet>\n").encode()


def _parse_date(text: str) -> date:
    parts = [int(p) for p in text.replace("-", "/").split("/") if p]
    while len(parts) < 3:
        parts.append(1)
    return datetime(*parts[:3]).date()


def _error(root: str, message: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8" ?>\n<{root}><ERROR>{escape(message)}</ERROR></{root}>'.encode()


class _Handler(BaseHTTPRequestHandler):
    app: FakeEutils
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        endpoint = url.path.rsplit("/", 1)[-1]
        app = self.app
        if app._rate_limited(params):
            return self._send(429, b'{"error":"API rate limit exceeded","count":"4"}', endpoint, params,
                              "rate", ctype="application/json")
        fault = app._pick_fault()
        if endpoint == "esearch.fcgi":
            body = app.esearch(params)
        elif endpoint == "efetch.fcgi":
            body = app.efetch(params)
        else:
            return self._send(404, b"unknown endpoint", endpoint, params, "")
        if fault == "429":
            return self._send(429, b'{"error":"API rate limit exceeded"}', endpoint, params, fault,
                              ctype="application/json")
        if fault in ("500", "502", "503"):
            return self._send(int(fault), b"<html>Service unavailable</html>", endpoint, params, fault)
        if fault == "drop":
            app.log.append(RequestLog(endpoint, params, 0, fault))
            self.close_connection = True
            return
        if fault == "error200":
            return self._send(200, _error("eFetchResult", "Unable to obtain query #1"), endpoint, params, fault)
        if fault == "slow":
            time.sleep(app.faults.slow_seconds)
        if fault in ("truncate", "truncate_nolength"):
            cut = body[: max(1, len(body) // 2)]
            app.log.append(RequestLog(endpoint, params, 200, fault))
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            if fault == "truncate":
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(cut)
            self.close_connection = True
            return
        self._send(200, body, endpoint, params, fault)

    def _send(self, status: int, body: bytes, endpoint: str, params: dict, fault: str,
              ctype: str = "text/xml") -> None:
        self.app.log.append(RequestLog(endpoint, params, status, fault))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
