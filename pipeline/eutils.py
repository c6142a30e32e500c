"""NCBI E-utilities client: one rate limiter, retries with backoff, validated bodies.

Every request carries ``tool``, ``email`` and (when set) ``api_key``. A response is accepted
only when it is HTTP 200 *and* its body is complete, well-formed XML without an NCBI
``<ERROR>`` element; anything else (429, 5xx, dropped connection, timeout, truncated or
unparsable body, ``<ERROR>`` in a 200) is retried with exponential backoff and jitter. When
the retries run out a :class:`PipelineError` stops the run: a batch is never skipped.

The API key is a secret: it is removed from every message this module produces.

References: NCBI, "A General Introduction to the E-utilities" and "The E-utilities In-Depth"
(https://www.ncbi.nlm.nih.gov/books/NBK25497/, NBK25499/).
"""

from __future__ import annotations

import io
import logging
import random
import re
import threading
import time
from dataclasses import dataclass
from typing import Callable

import requests
from lxml import etree
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from pipeline.config import TOOL_NAME, Settings
from pipeline.errors import PipelineError

log = logging.getLogger(__name__)

ESEARCH_MAX_IDS = 9999  # ESearch returns at most the first 9,999 UIDs of a search


class TransientError(Exception):
    """A failure worth retrying; ``retry_after`` (seconds) when the server asked for a pause."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


def safe_parser(recover: bool = False) -> etree.XMLParser:
    """An XML parser that never expands entities, reads DTDs or touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=recover)


def safe_iterparse(source, **kwargs):
    """lxml ``iterparse`` with the same protections as :func:`safe_parser`."""
    return etree.iterparse(
        source, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, **kwargs
    )


class RateLimiter:
    """Spaces calls at least ``1/rate`` seconds apart, across threads (one per client), with a
    margin: requests leave evenly spaced but arrive with tens of milliseconds of jitter, and a 5%
    margin let a delayed request and the next three land in one second of NCBI's count (HTTP 429
    under load, seen on a busy test machine); 15% absorbs about 150 ms."""

    def __init__(self, rate: float, margin: float = 1.15):
        self.interval = margin / rate
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            time.sleep(start - now)


def redact(text: str, secret: str | None) -> str:
    """Remove an API key from a message or URL."""
    text = re.sub(r"(api_key=)[^&\s'\"]+", r"\1***", text)
    if secret:
        text = text.replace(secret, "***")
    return text


@dataclass(frozen=True)
class SearchResult:
    count: int
    webenv: str | None
    query_key: str | None


@dataclass(frozen=True)
class XmlSummary:
    """What a validated XML body contains: its root tag and how many of the counted elements."""

    root: str
    counted: int


def inspect_xml(body: bytes, count_tags: tuple[str, ...] = ()) -> XmlSummary:
    """Stream through ``body``: raise TransientError when it is truncated, unparsable or an
    NCBI ``<ERROR>``; otherwise return the root tag and the number of ``count_tags`` elements."""
    if not body.strip():
        raise TransientError("empty response body")
    counted = 0
    root = None
    try:
        for event, elem in safe_iterparse(io.BytesIO(body), events=("start", "end")):
            if event == "start":
                if root is None:
                    root = elem.tag
                continue
            if elem.tag == "ERROR":
                raise TransientError(f"NCBI error: {(elem.text or '').strip()[:200]}")
            if elem.tag in count_tags:
                counted += 1
            if elem.getparent() is not None and elem.getparent().getparent() is None:
                elem.clear()  # keep memory flat: children of the root are done with
    except etree.XMLSyntaxError as exc:
        raise TransientError(f"truncated or unparsable XML ({exc.msg}, line {exc.lineno})") from None
    return XmlSummary(root=root or "", counted=counted)


class EutilsClient:
    """A small E-utilities client; one instance per run shares one rate limiter."""

    def __init__(
        self,
        settings: Settings,
        *,
        max_attempts: int = 10,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        timeout: tuple[float, float] = (10.0, 60.0),
        session: requests.Session | None = None,
    ):
        self.settings = settings
        self.limiter = RateLimiter(settings.requests_per_second)
        self.max_attempts = max_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.timeout = timeout
        self.session = session or requests.Session()
        self.responses_by_status: dict[str, int] = {}

    # -- transport -------------------------------------------------------------------------
    def _params(self, params: dict) -> dict:
        full = {"tool": TOOL_NAME, "email": self.settings.email or "", **params}
        if self.settings.api_key:
            full["api_key"] = self.settings.api_key
        return full

    def _note(self, status: str) -> None:
        self.responses_by_status[status] = self.responses_by_status.get(status, 0) + 1

    def _attempt(self, endpoint: str, params: dict, validate: Callable[[bytes], object]):
        self.limiter.wait()
        url = self.settings.base_url + endpoint
        try:
            response = self.session.get(url, params=self._params(params), timeout=self.timeout)
            body = response.content
        except requests.Timeout:
            self._note("timeout")
            raise TransientError(f"{endpoint}: timed out") from None
        except requests.RequestException as exc:
            self._note("connection")
            message = redact(str(exc), self.settings.api_key)
            raise TransientError(f"{endpoint}: connection failed ({type(exc).__name__}: {message[:160]})") from None
        self._note(str(response.status_code))
        if response.status_code == 429 or response.status_code >= 500:
            retry_after = response.headers.get("Retry-After")
            raise TransientError(
                f"{endpoint}: HTTP {response.status_code}",
                retry_after=float(retry_after) if retry_after and retry_after.isdigit() else None,
            )
        if response.status_code != 200:
            raise PipelineError(
                f"{endpoint}: HTTP {response.status_code} from {redact(url, self.settings.api_key)}: "
                f"{redact(response.text[:200], self.settings.api_key)}"
            )
        return validate(body), body

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        ceiling = min(self.backoff_max, self.backoff_initial * 2 ** (state.attempt_number - 1))
        delay = random.uniform(ceiling / 2, ceiling)  # exponential backoff, jittered
        if isinstance(exc, TransientError) and exc.retry_after:
            delay = max(delay, min(exc.retry_after, self.backoff_max))
        return delay

    def request(self, endpoint: str, params: dict, validate: Callable[[bytes], object]):
        """GET ``endpoint`` until ``validate(body)`` passes; returns (validated, body)."""

        def before_sleep(state: RetryCallState) -> None:
            log.info("retrying %s after: %s", endpoint, state.outcome.exception())

        retrying = Retrying(
            retry=retry_if_exception_type(TransientError),
            stop=stop_after_attempt(self.max_attempts),
            wait=self._wait,
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            return retrying(self._attempt, endpoint, params, validate)
        except TransientError as exc:
            raise PipelineError(
                f"gave up after {self.max_attempts} attempts: {redact(str(exc), self.settings.api_key)}. "
                "Everything stored so far is kept; rerun the same command to continue."
            ) from None

    # -- E-utilities -------------------------------------------------------------------------
    def esearch(self, term: str, *, db: str = "pubmed", mindate: str | None = None,
                maxdate: str | None = None) -> SearchResult:
        """Run a search on the history server (``usehistory=y``); returns count and WebEnv."""
        params = {"db": db, "term": term, "usehistory": "y", "retmax": "0"}
        if mindate or maxdate:
            params.update(datetype="edat", mindate=mindate or "1800/01/01", maxdate=maxdate or "3000/12/31")

        def validate(body: bytes) -> SearchResult:
            inspect_xml(body)
            root = etree.fromstring(body, parser=safe_parser())
            count = root.findtext("Count")
            if count is None or not count.strip().isdigit():
                raise TransientError("esearch: response without a Count")
            return SearchResult(
                count=int(count), webenv=root.findtext("WebEnv"), query_key=root.findtext("QueryKey")
            )

        result, _ = self.request("esearch.fcgi", params, validate)
        return result

    def efetch(self, *, db: str, expected: int, record_tags: tuple[str, ...],
               webenv: str | None = None, query_key: str | None = None,
               retstart: int = 0, retmax: int | None = None, ids: list[str] | None = None) -> bytes:
        """Fetch records from the history server (or by ``ids``) and check that exactly
        ``expected`` record elements (``record_tags``) arrived; otherwise retry."""
        params = {"db": db, "retmode": "xml"}
        if ids is not None:
            params["id"] = ",".join(ids)
        else:
            params.update(WebEnv=webenv or "", query_key=query_key or "", retstart=str(retstart),
                          retmax=str(retmax if retmax is not None else expected))
        if db == "pubmed":
            params["rettype"] = "abstract"

        def validate(body: bytes) -> XmlSummary:
            summary = inspect_xml(body, record_tags)
            if summary.counted != expected:
                raise TransientError(f"efetch: expected {expected} records, got {summary.counted}")
            return summary

        _, body = self.request("efetch.fcgi", params, validate)
        return body
