"""Paths, the topic definition (queries/*.toml) and settings from the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.errors import PipelineError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TOPIC = PROJECT_ROOT / "queries" / "dry_needling.toml"
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_OUT = Path("outputs")

NCBI_EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
# Allowed option values, declared once (the CLI offers them before the statistics stack loads)
POOLING_METHODS = ("REML", "DL", "PM", "ML", "HE", "SJ", "EE")
EFFECT_MEASURES = ("MD", "SMD")
TOOL_NAME = "dn-living-review"


@dataclass(frozen=True)
class Condition:
    name: str
    label: str
    mesh: tuple[str, ...]
    terms: tuple[str, ...]


@dataclass(frozen=True)
class OutcomeDomain:
    domain: str
    label: str
    lower_is_better: bool
    common_scale: str
    mid_smd: float
    mid_source: str
    mid: float | None = None  # on the common scale, when there is one
    instruments: tuple[str, ...] = ()  # names that identify the domain in a text
    scale_max: float | None = None  # usual top of the scale when a text does not say


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    kind: str  # effect | adverse_events | timeline
    condition: str | None = None
    domain: str | None = None


@dataclass(frozen=True)
class Intervention:
    label: str
    terms: tuple[str, ...]
    mesh: tuple[str, ...]
    lookalikes: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Topic:
    """Everything topic-specific: the code knows nothing about dry needling itself."""

    name: str
    label: str
    query: str
    search_start: str
    lookback_days: int
    popular_claim: str
    intervention: Intervention
    conditions: tuple[Condition, ...]
    outcomes: tuple[OutcomeDomain, ...]
    claims: tuple[Claim, ...]
    source: Path = field(compare=False)
    comparators: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def condition(self, name: str) -> Condition:
        for cond in self.conditions:
            if cond.name == name:
                return cond
        raise KeyError(name)

    def outcome(self, domain: str) -> OutcomeDomain | None:
        return next((o for o in self.outcomes if o.domain == domain), None)

    @property
    def condition_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.conditions)

    def condition_label(self, name: str) -> str:
        try:
            return self.condition(name).label
        except KeyError:
            return name.replace("_", " ").capitalize()


CLAIM_KINDS = ("effect", "adverse_events", "timeline")
DESIGNS = ("rct", "systematic_review", "protocol", "observational", "case_report", "review", "animal", "other")
COMPARATOR_CLASSES = ("sham", "no_treatment", "usual_care", "active")


def _need(table: dict, key: str, kind: type, where: str, path: Path):
    if key not in table:
        raise PipelineError(f"{path}: {where}: missing key '{key}'")
    value = table[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        expected = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise PipelineError(f"{path}: {where}: key '{key}' should be {expected}, got {type(value).__name__}")
    return value


def _strings(table: dict, key: str, where: str, path: Path) -> tuple[str, ...]:
    values = _need(table, key, list, where, path)
    if not all(isinstance(v, str) for v in values):
        raise PipelineError(f"{path}: {where}: every entry of '{key}' must be a string")
    return tuple(values)


def load_topic(path: Path = DEFAULT_TOPIC) -> Topic:
    """Read and validate a topic file; errors name the file and the offending entry."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PipelineError(f"{path}: topic file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError(f"{path}: not valid TOML: {exc}") from None

    topic = _need(raw, "topic", dict, "top level", path)
    start = _need(topic, "search_start", str, "[topic]", path)
    try:
        datetime.strptime(start, "%Y/%m/%d")
    except ValueError:
        raise PipelineError(f"{path}: [topic]: search_start must look like 1960/01/01, got {start!r}") from None

    iv = _need(raw, "intervention", dict, "top level", path)
    lookalikes = {
        reason: _strings(iv.get("lookalikes", {}), reason, "[intervention.lookalikes]", path)
        for reason in iv.get("lookalikes", {})
    }
    intervention = Intervention(
        label=_need(iv, "label", str, "[intervention]", path),
        terms=_strings(iv, "terms", "[intervention]", path),
        mesh=_strings(iv, "mesh", "[intervention]", path),
        lookalikes=lookalikes,
    )

    conditions = []
    for i, c in enumerate(_need(raw, "conditions", list, "top level", path), start=1):
        where = f"[[conditions]] entry {i}"
        conditions.append(
            Condition(
                name=_need(c, "name", str, where, path),
                label=_need(c, "label", str, where, path),
                mesh=_strings(c, "mesh", where, path),
                terms=_strings(c, "terms", where, path),
            )
        )
    names = [c.name for c in conditions]
    if "other" not in names:
        raise PipelineError(f"{path}: [[conditions]]: an entry named 'other' is required")
    if len(set(names)) != len(names):
        raise PipelineError(f"{path}: [[conditions]]: condition names must be unique")

    outcomes = []
    for i, o in enumerate(raw.get("outcomes", []), start=1):
        where = f"[[outcomes]] entry {i}"
        mid = o.get("mid")
        if mid is not None and not isinstance(mid, (int, float)):
            raise PipelineError(f"{path}: {where}: 'mid' must be a number")
        outcomes.append(
            OutcomeDomain(
                domain=_need(o, "domain", str, where, path),
                label=_need(o, "label", str, where, path),
                lower_is_better=_need(o, "lower_is_better", bool, where, path),
                common_scale=_need(o, "common_scale", str, where, path),
                mid_smd=float(_need(o, "mid_smd", (int, float), where, path)),
                mid_source=_need(o, "mid_source", str, where, path),
                mid=None if mid is None else float(mid),
                instruments=_strings(o, "instruments", where, path) if "instruments" in o else (),
                scale_max=float(o["scale_max"]) if "scale_max" in o else None,
            )
        )

    claims = []
    for i, c in enumerate(raw.get("claims", []), start=1):
        where = f"[[claims]] entry {i}"
        kind = _need(c, "kind", str, where, path)
        if kind not in CLAIM_KINDS:
            raise PipelineError(f"{path}: {where}: kind must be one of {', '.join(CLAIM_KINDS)}, got {kind!r}")
        condition = c.get("condition")
        if condition is not None and condition not in names:
            raise PipelineError(f"{path}: {where}: unknown condition {condition!r}")
        claims.append(
            Claim(
                id=_need(c, "id", str, where, path),
                text=_need(c, "text", str, where, path),
                kind=kind,
                condition=condition,
                domain=c.get("domain"),
            )
        )

    comparators = {}
    for name in raw.get("comparators", {}):
        if name not in COMPARATOR_CLASSES:
            raise PipelineError(f"{path}: [comparators]: unknown class {name!r} (use {', '.join(COMPARATOR_CLASSES)})")
        comparators[name] = _strings(raw["comparators"], name, "[comparators]", path)

    lookback = _need(topic, "lookback_days", int, "[topic]", path)
    if lookback < 0:
        raise PipelineError(f"{path}: [topic]: lookback_days must be >= 0")
    return Topic(
        name=_need(topic, "name", str, "[topic]", path),
        label=_need(topic, "label", str, "[topic]", path),
        query=_need(topic, "query", str, "[topic]", path).strip(),
        search_start=start,
        lookback_days=lookback,
        popular_claim=topic.get("popular_claim", ""),
        intervention=intervention,
        conditions=tuple(conditions),
        outcomes=tuple(outcomes),
        claims=tuple(claims),
        source=path,
        comparators=comparators,
    )


@dataclass(frozen=True)
class Settings:
    """Connection settings for NCBI E-utilities, read from the environment."""

    base_url: str
    email: str | None
    api_key: str | None

    @property
    def requests_per_second(self) -> float:
        return 10.0 if self.api_key else 3.0

    @classmethod
    def from_env(cls) -> Settings:
        base = os.environ.get("EUTILS_BASE_URL", NCBI_EUTILS).strip()
        if not base.endswith("/"):
            base += "/"
        if not base.startswith(("http://", "https://")):
            raise PipelineError(f"EUTILS_BASE_URL must be an http(s) URL ending in /entrez/eutils/, got {base!r}")
        return cls(
            base_url=base,
            email=os.environ.get("NCBI_EMAIL", "").strip() or None,
            api_key=os.environ.get("NCBI_API_KEY", "").strip() or None,
        )

    def require_email(self) -> None:
        if not self.email:
            raise PipelineError(
                "live mode needs a contact email for NCBI: set it with "
                "`export NCBI_EMAIL=you@example.org` (and optionally NCBI_API_KEY)"
            )
