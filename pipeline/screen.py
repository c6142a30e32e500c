"""Stage 2: screening. Every record gets a decision, a reason, a design and its conditions.

Order of the rules (the first that applies gives the reason):

1. duplicates: same PMID, same DOI, or same normalised title + first author + year; the
   earliest PMID is kept, the others are excluded as "duplicate of PMID n";
2. retracted publications are excluded;
3. design (publication types first, then title/abstract cues): only randomised trials go on;
4. intervention: the topic's intervention must be an arm; look-alikes (acupuncture only,
   electroacupuncture only, injection / wet needling only, ...) are excluded with their name;
5. conditions (multi-label): MeSH headings and title keywords from the topic file; abstract
   keywords only when those find nothing; "other" when nothing fits.

Researcher overrides (``data/screening_overrides.csv``) always win; ``decided_by`` says
``rule`` or ``researcher``. PRISMA 2020 counts are derived from the final decisions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import DESIGNS, Topic
from pipeline.errors import PipelineError
from pipeline.parse import Record
from pipeline.tables import iter_table

DESIGN_REASON = {
    "systematic_review": "design: systematic review or meta-analysis",
    "protocol": "design: trial protocol or registration (no results)",
    "observational": "design: observational study",
    "case_report": "design: case report or case series",
    "review": "design: narrative review",
    "animal": "design: animal study",
    "other": "design: not a randomised trial (other publication type)",
}
LOOKALIKE_REASON = "intervention: {} only (no {} arm)"
NO_ARM_REASON = "intervention: no {} arm"
RETRACTED_REASON = "retracted publication"
DUPLICATE_PREFIX = "duplicate of PMID "


@dataclass(frozen=True)
class ScreeningDecision:
    """One row of screening.csv."""

    pmid: str
    decision: str  # include | exclude
    reason: str
    design: str
    conditions: str  # ';'-separated condition names
    decided_by: str  # rule | researcher
    year: int | None = None
    title: str = ""

    @property
    def included(self) -> bool:
        return self.decision == "include"

    @property
    def condition_list(self) -> list[str]:
        return [c for c in self.conditions.split(";") if c]


@dataclass(frozen=True)
class Override:
    """One researcher decision (data/screening_overrides.csv)."""

    pmid: str
    decision: str
    reason: str
    conditions: str = ""
    design: str = ""

    def __post_init__(self):
        if not self.pmid.strip().isdigit():
            raise ValueError(f"pmid must be digits, got {self.pmid!r}")
        if self.decision not in ("include", "exclude"):
            raise ValueError(f"decision must be include or exclude, got {self.decision!r}")
        if not self.reason.strip():
            raise ValueError("reason is empty: say why the decision was made")
        if self.design and self.design not in DESIGNS:
            raise ValueError(f"design must be one of {', '.join(DESIGNS)}, got {self.design!r}")

    def condition_names(self) -> list[str]:
        return [c.strip() for c in self.conditions.split(";") if c.strip()]


@dataclass(frozen=True)
class PrismaRow:
    """One count of the PRISMA 2020 flow (prisma.csv)."""

    stage: str  # identification | screening | included
    item: str
    count: int


# -- text matching -------------------------------------------------------------------------------

def normalise(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, spaces folded."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


class PhraseMatcher:
    """Whole-word, case-insensitive matching of a list of phrases (acronyms stay case-sensitive)."""

    def __init__(self, phrases: tuple[str, ...] | list[str]):
        words = [p for p in phrases if not (p.isupper() and len(p) <= 5)]
        acronyms = [p for p in phrases if p.isupper() and len(p) <= 5]
        self._words = self._compile(words, re.IGNORECASE)
        self._acronyms = self._compile(acronyms, 0)

    @staticmethod
    def _compile(phrases, flags):
        if not phrases:
            return None
        # words may be joined by spaces or hyphens, or written together ("dry-needling", "dryneedling")
        alternatives = sorted((r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", p.strip())) for p in phrases),
                              key=len, reverse=True)
        return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z0-9])", flags)

    def count(self, text: str) -> int:
        return sum(len(rx.findall(text)) for rx in (self._words, self._acronyms) if rx is not None)

    def __call__(self, text: str) -> bool:
        return any(rx.search(text) for rx in (self._words, self._acronyms) if rx is not None)


def _has(pattern: str, text: str) -> bool:
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


# -- design --------------------------------------------------------------------------------------

RANDOMISED = r"(?<!non-)(?<!non)(?<!quasi-)(?<!quasi )\brandomi[sz]ed\b|\brandomly (?:assigned|allocated|divided|distributed)\b|\brandomi[sz]ation\b"
FUTURE_TENSE = r"\bwill (?:be (?:randomi[sz]ed|randomly|allocated|assigned|recruited|enrolled|included|assessed|measured|evaluated)|receive|undergo|compare)\b"
PAST_RESULTS = r"\b(?:were|was) (?:randomi[sz]ed|randomly|allocated|assigned)\b|\bresults?:|\bsignificant(?:ly)?\b"


def classify_design(record: Record) -> str:
    """The study design from publication types, MeSH and title/abstract cues."""
    types = {t.lower() for t in record.split("publication_types")}
    mesh = {m.rstrip("*").lower() for m in record.split("mesh_terms")}
    title, abstract = record.title, record.abstract

    if ("animals" in mesh and "humans" not in mesh) or _has(
            r"\b(?:rats?|mice|mouse|rabbits?|murine|porcine|canine|equine|in an animal model|animal model)\b", title):
        return "animal"
    if "systematic review" in types or "meta-analysis" in types or "network meta-analysis" in types or _has(
            r"systematic (?:literature )?review|meta-?analys[ie]s|metaanalys|umbrella review|scoping review|"
            r"overview of (?:systematic )?reviews|pooled analysis of (?:randomi[sz]ed )?trials", title):
        return "systematic_review"
    if "clinical trial protocol" in types or _has(
            r"\b(?:study|trial|research|review) protocol\b|\bprotocol (?:for|of) (?:a|an|the)\b|:\s*(?:a |an )?protocol\b|"
            r"\bstudy design and rationale\b", title) or (
            abstract and len(re.findall(FUTURE_TENSE, abstract, flags=re.IGNORECASE)) >= 2
            and not _has(PAST_RESULTS, abstract)):
        return "protocol"
    if "case reports" in types or _has(r"\bcase (?:report|series|study of a|presentation)\b|\ba case\b", title):
        return "case_report"
    if types & {"randomized controlled trial", "pragmatic clinical trial", "equivalence trial"} \
            or _has(RANDOMISED, title) or _has(RANDOMISED, abstract) or _has(r"\bRCT\b", title):
        if not _has(r"\b(?:non|quasi)[- ]?randomi[sz]ed\b", title + " " + abstract[:600]) \
                or types & {"randomized controlled trial"}:
            return "rct"
    if "observational study" in types or _has(
            r"\b(?:cohort|cross[- ]sectional|retrospective|survey|case[- ]control|observational|registry|"
            r"prospective (?:study|analysis)|audit)\b", title + " " + abstract):
        return "observational"
    if types & {"review", "systematic review"} or _has(r"\breview\b|\boverview\b|state of the art|\bupdate on\b", title):
        return "review"
    return "other"


# -- screening -------------------------------------------------------------------------------------

def _title_key(record: Record) -> tuple[str, str, int | None] | None:
    title = normalise(record.title)
    if not title:
        return None
    author = normalise(record.first_author.split(" ")[0]) if record.first_author else ""
    return title, author, record.year


def _doi_key(doi: str) -> str:
    return re.sub(r"^(?:https?://)?(?:dx\.)?doi\.org/", "", doi.strip().lower())


def find_duplicates(records: list[Record]) -> dict[str, str]:
    """Map each duplicate PMID to the PMID kept (the earliest, i.e. smallest, of its group)."""
    parent: dict[str, str] = {}

    def root(p: str) -> str:
        while parent.get(p, p) != p:
            p = parent[p]
        return p

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=int)
            parent[drop] = keep

    for key_of in (lambda r: r.pmid, lambda r: _doi_key(r.doi) or None, _title_key):
        first: dict = {}
        for record in records:
            key = key_of(record)
            if key is None:
                continue
            if key in first:
                union(first[key], record.pmid)
            else:
                first[key] = record.pmid
    return {p: root(p) for p in {r.pmid for r in records} if root(p) != p}


class Screener:
    """Applies the topic's screening rules to records."""

    def __init__(self, topic: Topic):
        self.topic = topic
        iv = topic.intervention
        self.intervention = PhraseMatcher(iv.terms)
        self.intervention_mesh = {m.lower() for m in iv.mesh}
        self.lookalikes = {name: PhraseMatcher(terms) for name, terms in iv.lookalikes.items()}
        self.condition_terms = {c.name: PhraseMatcher(c.terms) for c in topic.conditions if c.terms}
        self.condition_mesh = {c.name: {m.lower() for m in c.mesh} for c in topic.conditions}

    def has_intervention_arm(self, record: Record) -> bool:
        mesh = {m.rstrip("*").lower() for m in record.split("mesh_terms")}
        if mesh & self.intervention_mesh or self.intervention(record.title) or self.intervention(record.keywords):
            return True
        mentions = self.intervention.count(record.abstract)
        named_lookalike = any(match(record.title) for match in self.lookalikes.values())
        return mentions >= (2 if named_lookalike else 1)

    def lookalike(self, record: Record) -> str | None:
        text = " ".join((record.title, record.abstract, record.keywords))
        for name, match in self.lookalikes.items():
            if match(text):
                return name
        return None

    def conditions(self, record: Record) -> list[str]:
        mesh = {m.rstrip("*").lower() for m in record.split("mesh_terms")}
        found = {name for name, headings in self.condition_mesh.items() if mesh & headings}
        title = record.title + " " + record.keywords
        found |= {name for name, match in self.condition_terms.items() if match(title)}
        if not found and record.abstract:
            found = {name for name, match in self.condition_terms.items() if match(record.abstract)}
        order = self.topic.condition_names
        return sorted(found, key=order.index) or ["other"]

    def decide(self, record: Record, duplicate_of: str | None) -> ScreeningDecision:
        design = classify_design(record)
        conditions = self.conditions(record)
        label = self.topic.intervention.label
        if duplicate_of:
            reason = DUPLICATE_PREFIX + duplicate_of
        elif record.is_retracted:
            reason = RETRACTED_REASON
        elif design != "rct":
            reason = DESIGN_REASON[design]
        elif not self.has_intervention_arm(record):
            lookalike = self.lookalike(record)
            reason = (LOOKALIKE_REASON.format(lookalike.replace("_", " "), label) if lookalike
                      else NO_ARM_REASON.format(label))
        else:
            reason = f"randomised trial with a {label} arm"
        decision = "include" if reason.startswith("randomised trial") else "exclude"
        return ScreeningDecision(pmid=record.pmid, decision=decision, reason=reason, design=design,
                                 conditions=";".join(conditions), decided_by="rule", year=record.year,
                                 title=record.title)


def read_overrides(path: Path, topic: Topic) -> list[Override]:
    """The researcher's decisions; errors name the file, the row and the column."""
    overrides = []
    for line, row in enumerate(iter_table(path, Override), start=2):
        unknown = [c for c in row.condition_names() if c not in topic.condition_names]
        if unknown:
            raise PipelineError(f"{path}: row {line}, column conditions: unknown condition(s) {', '.join(unknown)}")
        overrides.append(row)
    return overrides


def apply_override(decision: ScreeningDecision, override: Override) -> ScreeningDecision:
    conditions = ";".join(override.condition_names()) or decision.conditions
    return ScreeningDecision(pmid=decision.pmid, decision=override.decision, reason=override.reason,
                             design=override.design or decision.design, conditions=conditions,
                             decided_by="researcher", year=decision.year, title=decision.title)


def screen(records: list[Record], topic: Topic, overrides: list[Override] = ()) -> list[ScreeningDecision]:
    """Screen every record; researcher overrides win."""
    duplicates = find_duplicates(records)
    screener = Screener(topic)
    by_pmid = {o.pmid: o for o in overrides}
    decisions = []
    seen = set()
    for record in records:
        if record.pmid in seen:
            continue
        seen.add(record.pmid)
        decision = screener.decide(record, duplicates.get(record.pmid))
        if record.pmid in by_pmid:
            decision = apply_override(decision, by_pmid[record.pmid])
        decisions.append(decision)
    return decisions


def prisma_counts(decisions: list[ScreeningDecision], topic: Topic) -> list[PrismaRow]:
    """PRISMA 2020 counts; identified = duplicates + retracted + screened, screened = excluded + included."""
    duplicates = sum(1 for d in decisions if not d.included and d.reason.startswith(DUPLICATE_PREFIX))
    retracted = sum(1 for d in decisions if not d.included and d.reason == RETRACTED_REASON)
    screened = [d for d in decisions
                if d.included or not (d.reason.startswith(DUPLICATE_PREFIX) or d.reason == RETRACTED_REASON)]
    excluded = Counter(d.reason for d in screened if not d.included)
    included = [d for d in screened if d.included]
    rows = [
        PrismaRow("identification", "records identified (PubMed)", len(decisions)),
        PrismaRow("identification", "duplicate records removed", duplicates),
        PrismaRow("identification", "retracted records removed", retracted),
        PrismaRow("screening", "records screened", len(screened)),
        PrismaRow("screening", "records excluded", sum(excluded.values())),
    ]
    rows += [PrismaRow("screening", f"excluded: {reason}", n) for reason, n in sorted(excluded.items(), key=lambda x: (-x[1], x[0]))]
    rows.append(PrismaRow("included", "studies included", len(included)))
    per_condition = Counter(c for d in included for c in d.condition_list)
    rows += [PrismaRow("included", f"included: {name}", per_condition.get(name, 0)) for name in topic.condition_names]
    return rows


