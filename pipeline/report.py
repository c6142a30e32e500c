"""Stage 5b: the report (HTML and Markdown), the run manifest, the RIS export and the run archive.

Everything shown comes from the stage outputs in the output folder. Templates are rendered with
Jinja2 autoescaping, so text from PubMed records (titles, author names) can never become markup;
the only markup inserted as-is is the SVG that :mod:`pipeline.figures` draws (matplotlib escapes
the text it places in a figure).
"""

from __future__ import annotations

import hashlib
import platform
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from pipeline import __version__, figures, meta
from pipeline.config import Topic
from pipeline.extract.stage import ReportedHarm
from pipeline.fulltext import FulltextStatus
from pipeline.extract.outcomes import Outcome
from pipeline.fetch import SearchLogRow
from pipeline.grade import COMPARATOR_PHRASE, LEVELS, OPTIMAL_INFORMATION_SIZE, Verdict, main_analysis, mid_for, signed
from pipeline.parse import Record
from pipeline.pool import PRIMARY_HKSJ, PRIMARY_METHOD, WINDOW_LABELS, PooledEstimate, StudyEffect
from pipeline.screen import PrismaRow, ScreeningDecision
from pipeline.storage import atomic_copy, atomic_write_text, read_json, write_json
from pipeline.tables import iter_table, read_table

ARCHIVED = ("screening.csv", "prisma.csv", "pooled.csv", "verdicts.csv")
PACKAGES = ("numpy", "scipy", "pandas", "jinja2", "matplotlib", "lxml", "requests", "biopython", "tenacity")
SERIOUS_WORDS = ("pneumothorax", "haematoma", "hematoma", "nerve injury", "infection", "serious", "hospital")


@dataclass
class Inputs:
    records: dict[str, Record]
    decisions: list[ScreeningDecision]
    prisma: list[PrismaRow]
    outcomes: list[Outcome]
    pooled: list[PooledEstimate]
    studies: list[StudyEffect]
    verdicts: list[Verdict]
    search_log: list[SearchLogRow]
    harms: list[ReportedHarm]
    fulltexts: list[FulltextStatus]


def load_inputs(out: Path) -> Inputs:
    def table(name, kind):
        path = out / name
        return read_table(path, kind) if path.exists() else []
    return Inputs(
        records={r.pmid: r for r in iter_table(out / "records.csv", Record)},
        decisions=table("screening.csv", ScreeningDecision),
        prisma=table("prisma.csv", PrismaRow),
        outcomes=table("outcomes.csv", Outcome),
        pooled=table("pooled.csv", PooledEstimate),
        studies=table("studies_escalc.csv", StudyEffect),
        verdicts=table("verdicts.csv", Verdict),
        search_log=table("search_log.csv", SearchLogRow),
        harms=table("adverse_events.csv", ReportedHarm),
        fulltexts=table("fulltexts.csv", FulltextStatus),
    )


# -- pieces of the report ------------------------------------------------------------------------

def prisma_view(rows: list[PrismaRow], topic: Topic) -> dict:
    by_item = {r.item: r.count for r in rows}
    exclusions = [(r.item.removeprefix("excluded: "), r.count) for r in rows if r.item.startswith("excluded: ")]
    per_condition = [(topic.condition_label(r.item.removeprefix("included: ")), r.count)
                     for r in rows if r.item.startswith("included: ")]
    counts = {
        "identified": by_item.get("records identified (PubMed)", 0),
        "duplicates": by_item.get("duplicate records removed", 0),
        "retracted": by_item.get("retracted records removed", 0),
        "screened": by_item.get("records screened", 0),
        "excluded": by_item.get("records excluded", 0),
        "included": by_item.get("studies included", 0),
    }
    return {"rows": rows, "counts": counts, "exclusions": exclusions, "per_condition": per_condition,
            "svg": Markup(figures.prisma_flow(counts, exclusions, per_condition))}


def _participants(outcomes: list[Outcome]) -> dict[str, int]:
    """Largest analysed total per trial among its outcome rows (trials without numbers: absent)."""
    best: dict[str, int] = {}
    for row in outcomes:
        if row.n_dn and row.n_ctrl:
            best[row.pmid] = max(best.get(row.pmid, 0), row.n_dn + row.n_ctrl)
    return best


def _stabilised(points: list[dict], final: dict) -> str | None:
    """The label of the first point after which every cumulative estimate stays in the final CI."""
    for i, point in enumerate(points):
        if all(final["ci_low"] <= p["estimate"] <= final["ci_high"] for p in points[i:]):
            return point["label"]
    return None


def timeline_view(inputs: Inputs, topic: Topic, year: int) -> dict:
    included = [d for d in inputs.decisions if d.included]
    years = sorted(d.year for d in included if d.year)
    participants = _participants(inputs.outcomes)
    reviews = sum(1 for d in inputs.decisions if d.design == "systematic_review")
    cumulative, total_trials, total_people = [], 0, 0
    per_year = Counter(years)
    for y in range(years[0], year + 1) if years else []:
        total_trials += per_year.get(y, 0)
        total_people += sum(participants.get(d.pmid, 0) for d in included if d.year == y)
        cumulative.append({"year": y, "trials": per_year.get(y, 0), "cumulative_trials": total_trials,
                           "cumulative_participants": total_people})
    recent = sum(1 for y in years if y > year - 5)
    conditions = []
    for cond in topic.conditions:
        cyears = sorted(d.year for d in included if d.year and cond.name in d.condition_list)
        if not cyears:
            continue
        conditions.append({
            "name": cond.name, "label": cond.label, "first": cyears[0], "trials": len(cyears),
            "recent": sum(1 for y in cyears if y > year - 5),
            "verdict": relatively_new_verdict(cyears, year),
        })
    return {
        "first_year": years[0] if years else None, "trials": len(included), "recent": recent,
        "recent_share": recent / len(years) if years else 0.0, "reviews": reviews, "cumulative": cumulative,
        "participants_known": sum(participants.get(d.pmid, 0) for d in included),
        "trials_with_participants": sum(1 for d in included if d.pmid in participants),
        "conditions": conditions,
        "svg": Markup(figures.trials_per_year(years, "Randomised trials of the intervention per year",
                                              end=year)) if years else None,
    }


def relatively_new_verdict(years: list[int], current_year: int) -> str:
    age = current_year - years[0]
    if age >= 15 and len(years) >= 10:
        return f"Not new: trials since {years[0]} ({age} years), {len(years)} in total."
    if age >= 10:
        return f"Established but thinly tested: first trial {years[0]}, {len(years)} in total."
    return f"Relatively new: first trial {years[0]}, {len(years)} in total."


def _xlabel(est: PooledEstimate, topic: Topic) -> str:
    spec = topic.outcome(est.outcome_domain)
    label = spec.label if spec else est.outcome_domain
    unit = "mean difference, 0-10 points" if est.scale.startswith("0-10") else (
        "Hedges' g (SMD)" if est.measure == "SMD" else f"mean difference, {est.scale}")
    return f"{label}: {unit} (dry needling - control)"


def outcome_label(topic: Topic, domain: str) -> str:
    spec = topic.outcome(domain)
    return spec.label if spec else domain.replace("_", " ")


def analysis_view(est: PooledEstimate, studies: list[StudyEffect], verdict: Verdict | None, topic: Topic) -> dict:
    crit = 1.959963984540054
    rows = [{"label": s.study, "yi": s.yi, "lo": s.yi - crit * s.vi ** 0.5, "hi": s.yi + crit * s.vi ** 0.5,
             "weight": s.weight, "note": s.conversions} for s in studies]
    left, right = (topic.intervention.label, "control") if est.favours_dn == "negative" else (
        "control", topic.intervention.label)
    mid = mid_for(est, topic)
    title = (f"{topic.condition_label(est.condition)}: {outcome_label(topic, est.outcome_domain).lower()} vs "
             f"{COMPARATOR_PHRASE.get(est.comparator_class, est.comparator_class)}, {WINDOW_LABELS[est.timepoint]}")
    svg = figures.forest_plot(rows, asdict(est), xlabel=_xlabel(est, topic), favours_left=left,
                              favours_right=right, mid=mid, title=title) if est.k > 1 else ""
    return {"est": est, "studies": studies, "verdict": verdict, "svg": Markup(svg), "title": title,
            "outcome": outcome_label(topic, est.outcome_domain),
            "mid": mid, "window": WINDOW_LABELS[est.timepoint],
            "comparator": COMPARATOR_PHRASE.get(est.comparator_class, est.comparator_class)}


def trial_results_figures(singles: list[dict], topic: Topic, condition: str) -> list[Markup]:
    """Single-trial results of a condition, oriented so that right favours the intervention,
    one figure per measure and scale."""
    crit = 1.959963984540054
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for view in singles:
        est = view["est"]
        groups[(est.measure, est.scale)].append(view)
    figures_out = []
    for (measure, scale), views in sorted(groups.items()):
        rows, mids = [], set()
        for view in views:
            est = view["est"]
            y, lo, hi = est.benefit()
            mids.add(mid_for(est, topic))
            study = view["studies"][0].study if view["studies"] else est.pmids
            rows.append({"label": f"{study}: {view['outcome'].lower()} vs {est.comparator_class.replace('_', ' ')}, "
                                  f"{WINDOW_LABELS[est.timepoint].split(' (')[0]}", "yi": y, "lo": y - crit * est.se,
                         "hi": y + crit * est.se, "weight": None})
        unit = "standardised mean difference (SD units)" if measure == "SMD" else f"mean difference ({scale})"
        mid = mids.pop() if len(mids) == 1 else None
        title = f"{topic.condition_label(condition)}: results of single trials, {unit}"
        figures_out.append(Markup(figures.forest_plot(
            rows, None, xlabel=unit, favours_left="comparator",
            favours_right=topic.intervention.label, mid=mid, title=title)))
    return figures_out


def cumulative_view(est: PooledEstimate, studies: list[StudyEffect], topic: Topic) -> dict | None:
    if est.k < 3:
        return None
    yi = [s.yi for s in studies]
    vi = [s.vi for s in studies]
    order = [s.year or 0 for s in studies]
    steps = meta.cumulative(yi, vi, order, PRIMARY_METHOD, PRIMARY_HKSJ)
    points = [{"label": studies[i].study, "estimate": r.estimate, "ci_low": r.ci_low, "ci_high": r.ci_high}
              for i, r in steps]
    final = points[-1]
    title = f"Cumulative meta-analysis: {topic.condition_label(est.condition)}, {est.outcome_domain}"
    return {"points": points, "stabilised": _stabilised(points, final),
            "svg": Markup(figures.cumulative_plot(points, ylabel=_xlabel(est, topic).split(":")[1].strip(),
                                                  title=title, mid=mid_for(est, topic)))}


def condition_views(inputs: Inputs, topic: Topic, year: int) -> list[dict]:
    included = [d for d in inputs.decisions if d.included]
    studies_by = defaultdict(list)
    for s in inputs.studies:
        studies_by[s.analysis_id].append(s)
    verdict_by = {v.analysis_id: v for v in inputs.verdicts if v.analysis_id}
    views = []
    for cond in topic.conditions:
        trials = [d for d in included if cond.name in d.condition_list]
        verdicts = [v for v in inputs.verdicts if v.condition == cond.name]
        if not trials and not verdicts:
            continue
        estimates = [e for e in inputs.pooled if e.condition == cond.name]
        views_all = [analysis_view(e, studies_by[e.analysis_id], verdict_by.get(e.analysis_id), topic)
                     for e in estimates]
        analyses = [a for a in views_all if a["est"].k > 1]
        singles = [a for a in views_all if a["est"].k == 1]
        main = next((v for v in verdicts if v.is_main), None)
        main_est = next((e for e in estimates if main and e.analysis_id == main.analysis_id), None)
        years = [d.year for d in trials if d.year]
        with_numbers = {o.pmid for o in inputs.outcomes if o.poolable and o.condition == cond.name}
        views.append({
            "trial_rows": [_trial_row(d, inputs) for d in sorted(trials, key=lambda d: (d.year or 0, d.pmid))],
            "name": cond.name, "label": cond.label, "trials": trials, "main": main, "analyses": analyses,
            "singles": singles,
            "single_figures": trial_results_figures(singles, topic, cond.name),
            "cumulative": cumulative_view(main_est, studies_by[main_est.analysis_id], topic) if main_est else None,
            "timeline_svg": Markup(figures.trials_per_year(
                years, f"{cond.label}: randomised trials per year", end=year)) if years else None,
            "with_numbers": len(with_numbers & {d.pmid for d in trials}),
            "first_year": min(years) if years else None,
        })
    return views


DIRECTION_TEXT = {"favours_dn": "favours dry needling", "favours_ctrl": "favours the comparator",
                  "no_difference": "no difference"}


def _trial_row(decision: ScreeningDecision, inputs: Inputs) -> dict:
    rows = [o for o in inputs.outcomes if o.pmid == decision.pmid]
    pain = [o for o in rows if o.outcome_domain == "pain" and o.direction] or [o for o in rows if o.direction]
    return {"pmid": decision.pmid, "title": decision.title,
            "numbers": "poolable" if any(o.poolable for o in rows) else ("direction only" if rows else "none extracted"),
            "direction": "; ".join(sorted({f"{o.outcome_domain}: {DIRECTION_TEXT[o.direction]}" for o in pain}))}


def claim_status(est: PooledEstimate | None, verdict: Verdict | None, topic: Topic) -> str:
    if est is None or verdict is None:
        return "no data"
    benefit, lo, hi = est.benefit()
    mid = mid_for(est, topic)
    if lo > 0:
        return "supported" if verdict.certainty in ("high", "moderate") else "uncertain"
    if hi < 0 or (mid is not None and hi < mid and lo > -mid and est.k >= 3):
        return "not supported"
    return "uncertain"


def claims_view(inputs: Inputs, topic: Topic, timeline: dict, adverse: dict) -> list[dict]:
    verdict_by = {v.analysis_id: v for v in inputs.verdicts if v.analysis_id}
    included = [d for d in inputs.decisions if d.included]
    rows = []
    for claim in topic.claims:
        if claim.kind == "effect":
            candidates = [e for e in inputs.pooled if (claim.condition is None or e.condition == claim.condition)
                          and (claim.domain is None or e.outcome_domain == claim.domain)]
            est = main_analysis(candidates)
            verdict = verdict_by.get(est.analysis_id) if est else None
            trials = [d for d in included if claim.condition is None or claim.condition in d.condition_list]
            with_domain = {o.pmid for o in inputs.outcomes if o.outcome_domain == claim.domain
                           and (claim.condition is None or o.condition == claim.condition)}
            count = len(trials) if claim.condition else len(with_domain)
            rows.append({"claim": claim, "status": claim_status(est, verdict, topic), "est": est, "verdict": verdict,
                         "trials": count, "analyses": len(candidates),
                         "text": verdict.verdict if verdict else (
                             f"{len(trials)} trials found, none with poolable numbers for this outcome."
                             if trials else "No trials found.")})
        elif claim.kind == "adverse_events":
            rows.append({"claim": claim, "status": adverse["status"], "est": None, "verdict": None,
                         "trials": adverse["trials_reporting"], "analyses": 0, "text": adverse["summary"]})
        else:
            first = timeline["first_year"]
            status = "not supported" if first and len(included) >= 10 and topic_age(first) >= 15 else "uncertain"
            low = sum(1 for v in inputs.verdicts if v.certainty in ("low", "very_low"))
            rows.append({"claim": claim, "status": status, "est": None, "verdict": None,
                         "trials": len(included), "analyses": 0,
                         "text": (f"First randomised trial {first}; {len(included)} trials, "
                                  f"{timeline['recent']} of them in the last five years; {timeline['reviews']} systematic "
                                  f"reviews. Not new. More research is still needed, but for quality, not novelty: "
                                  f"{low} of {len(inputs.verdicts)} graded findings have low or very low certainty.")
                         if first else "No trials found."})
    return rows


def topic_age(first_year: int) -> int:
    return datetime.now(timezone.utc).year - first_year


def _is_serious(ae: ReportedHarm) -> bool:
    text = f"{ae.event} {ae.severity}".lower()
    return ae.n_events != 0 and any(word in text for word in SERIOUS_WORDS)


def adverse_view(inputs: Inputs) -> dict:
    """What trials, practitioner surveys and case reports say about harms, with counts."""
    rows = [{"ae": ae, "design": ae.design, "label": _label(inputs.records.get(ae.pmid), ae.pmid),
             "serious": _is_serious(ae)} for ae in inputs.harms]
    trial_rows = [r for r in rows if r["design"] == "rct"]
    trials = {r["ae"].pmid for r in trial_rows}
    quiet = {r["ae"].pmid for r in trial_rows if r["ae"].event == "none"}
    mild = Counter(event for _, event in {(r["ae"].pmid, r["ae"].event) for r in trial_rows
                                          if not r["serious"] and r["ae"].event not in ("none", "any", "any (mild)")})
    surveys = [r for r in rows if r["design"] in ("observational", "other") and r["ae"].n_events is not None
               and r["ae"].n_arm and r["ae"].n_arm >= 100 and r["ae"].event in ("any (mild)", "serious")]
    serious_reports = [r for r in rows if r["serious"] and r["design"] not in ("rct", "observational", "other")]
    serious_trials = [r for r in trial_rows if r["serious"]]
    parts = [f"{len(trials)} included trials reported on harms; {len(quiet)} of them observed none."]
    if mild:
        parts.append("In the others the events were mostly " + ", ".join(
            f"{event} ({n} trial{'s' if n > 1 else ''})"  # (ties in name order: the same report on every run)
            for event, n in sorted(mild.items(), key=lambda item: (-item[1], item[0]))[:5]) + ".")
    for r in surveys:
        ae = r["ae"]
        parts.append(f"{r['label']} (practitioner survey): {ae.event}, {ae.n_events} in {ae.n_arm} "
                     f"({100 * ae.n_events / ae.n_arm:.2g}%).")
    if serious_reports:
        kinds = Counter(r["ae"].event for r in serious_reports)
        parts.append("Serious harms appear in case reports: " + ", ".join(
            f"{event} ({n})" for event, n in kinds.most_common()) + ".")
    if serious_trials:
        parts.append(f"{len(serious_trials)} serious event(s) were reported within trials.")
    status = ("supported" if trials and not serious_trials else "uncertain") if rows else "no data"
    return {"rows": sorted(rows, key=lambda r: (r["design"] != "rct", r["label"])), "summary": " ".join(parts),
            "status": status, "trials_reporting": len(trials)}


def _label(record: Record | None, pmid: str) -> str:
    if record is None:
        return f"PMID {pmid}"
    author = record.first_author.split(" ")[0] if record.first_author else "Anonymous"
    return f"{author} {record.year or ''}".strip()


def bottom_line(inputs: Inputs, timeline: dict, topic: Topic) -> str:
    """Two or three sentences on what the whole evidence base says."""
    if not timeline["trials"]:
        return f"No randomised trials of {topic.intervention.label} were found."
    main = [v for v in inputs.verdicts if v.is_main and v.analysis_id]
    favourable = [v for v in main if "improvement" in v.finding]
    best = max((LEVELS.index(v.certainty) for v in main if v.certainty), default=None)
    first = timeline["first_year"]
    text = (f"{timeline['trials']} randomised trials of {topic.intervention.label} have been published since {first}, "
            f"{timeline['recent']} of them in the last five years: the evidence is not new. ")
    if main:
        text += (f"For {len(favourable)} of the {len(main)} conditions with poolable numbers the headline comparison "
                 f"favours {topic.intervention.label}, but the best certainty reached is "
                 f"{LEVELS[best].replace('_', ' ') if best is not None else 'not assessable'}: most findings rest on "
                 "one or two small trials. ")
    missing = sum(1 for v in inputs.verdicts if not v.analysis_id)
    if missing:
        text += f"For {missing} condition{'s' if missing > 1 else ''} no trial reported numbers that could be pooled."
    return text.strip()


def numbers_by_source(inputs: Inputs) -> dict[str, int]:
    """How many included trials had a full text, numbers from a full text, from an abstract only,
    from the verified sheet, or no numbers at all."""
    included = {d.pmid for d in inputs.decisions if d.included}
    poolable = [o for o in inputs.outcomes if o.poolable and o.pmid in included]
    by_origin = {origin: {o.pmid for o in poolable if o.origin == origin} for origin in ("verified", "fulltext", "abstract")}
    return {
        "full_text_available": sum(1 for f in inputs.fulltexts if f.status == "full text"),
        "no_full_text": sum(1 for f in inputs.fulltexts if f.status.startswith("no full text")),
        "verified": len(by_origin["verified"]),
        "fulltext": len(by_origin["fulltext"] - by_origin["verified"]),
        "abstract_only": len(by_origin["abstract"] - by_origin["fulltext"] - by_origin["verified"]),
        "no_numbers": len(included - {o.pmid for o in poolable}),
    }


def changes_view(current: dict[str, list], previous: Path | None) -> dict:
    if previous is None:
        return {"previous": None}
    def load(name, kind):
        path = previous / name
        return read_table(path, kind) if path.exists() else []
    old_included = {d.pmid for d in load("screening.csv", ScreeningDecision) if d.included}
    new_included = [d for d in current["decisions"] if d.included and d.pmid not in old_included]
    old_pooled = {p.analysis_id: p for p in load("pooled.csv", PooledEstimate)}
    changed = []
    for est in current["pooled"]:
        before = old_pooled.get(est.analysis_id)
        if before is None:
            changed.append({"id": est.analysis_id, "before": None, "after": est})
        elif abs(before.estimate - est.estimate) > 1e-9 or before.k != est.k:
            changed.append({"id": est.analysis_id, "before": before, "after": est})
    old_verdicts = {v.analysis_id: v for v in load("verdicts.csv", Verdict) if v.analysis_id}
    certainty = [{"id": v.analysis_id, "before": old_verdicts[v.analysis_id].certainty, "after": v.certainty}
                 for v in current["verdicts"] if v.analysis_id in old_verdicts
                 and old_verdicts[v.analysis_id].certainty != v.certainty]
    manifest = read_json(previous / "run.json", default={}) or {}
    return {"previous": manifest.get("run_id", previous.name), "new_trials": new_included, "changed": changed,
            "certainty": certainty,
            "removed": sorted(set(old_pooled) - {e.analysis_id for e in current["pooled"]})}


# -- files --------------------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version(), "pipeline": __version__}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def ris(records: list[Record]) -> str:
    """RIS export of the included trials, for reference managers."""
    lines = []
    for r in records:
        lines += ["TY  - JOUR", f"TI  - {r.title}"]
        lines += [f"AU  - {a.strip()}" for a in r.authors.split(";") if a.strip()]
        lines += [f"PY  - {r.year or ''}", f"JO  - {r.journal}", f"AN  - PMID:{r.pmid}",
                  f"UR  - https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/"]
        if r.doi:
            lines.append(f"DO  - {r.doi}")
        lines.append("ER  - ")
        lines.append("")
    return "\n".join(line.replace("\r", " ").replace("\n", " ") if line else line for line in lines)


def previous_run(out: Path, run_id: str) -> Path | None:
    runs = sorted(p for p in (out / "runs").glob("*") if p.is_dir() and p.name < run_id and (p / "run.json").exists())
    return runs[-1] if runs else None


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"),
                      autoescape=select_autoescape(enabled_extensions=("html", "md", "j2"), default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda x, digits=2: "" if x is None else f"{x:.{digits}f}"
    env.filters["signed"] = lambda x, digits=2: "" if x is None else signed(x, digits)
    env.filters["pct"] = lambda x: f"{100 * x:.0f}%"
    env.filters["label"] = lambda name: name.replace("_", " ")
    return env


def write_report(topic: Topic, out: Path, data_dir: Path, source: str) -> Path:
    """Render report.html and report.md; write run.json, included.ris and the run archive."""
    now = datetime.now(timezone.utc)
    run_id = now.strftime("%Y%m%dT%H%M%S%fZ")
    inputs = load_inputs(out)
    timeline = timeline_view(inputs, topic, now.year)
    adverse = adverse_view(inputs)
    included_records = [inputs.records[d.pmid] for d in inputs.decisions if d.included and d.pmid in inputs.records]
    previous = previous_run(out, run_id)
    context = {
        "topic": topic, "source": source, "generated": now.strftime("%Y-%m-%d %H:%M UTC"), "run_id": run_id,
        "prisma": prisma_view(inputs.prisma, topic), "timeline": timeline, "adverse": adverse,
        "conditions": condition_views(inputs, topic, now.year),
        "claims": claims_view(inputs, topic, timeline, adverse),
        "summary": [v for v in inputs.verdicts if v.is_main],
        "bottom_line": bottom_line(inputs, timeline, topic),
        "outcome_label": lambda domain: outcome_label(topic, domain),
        "search_log": inputs.search_log, "method": PRIMARY_METHOD, "hksj": PRIMARY_HKSJ,
        "ois": OPTIMAL_INFORMATION_SIZE, "windows": WINDOW_LABELS,
        "changes": changes_view({"decisions": inputs.decisions, "pooled": inputs.pooled,
                                      "verdicts": inputs.verdicts}, previous),
        "outcome_rows": len(inputs.outcomes),
        "sources": numbers_by_source(inputs),
        "included_count": len(included_records),
        "with_numbers": len({o.pmid for o in inputs.outcomes if o.poolable}),
        "label_of": lambda pmid: _label(inputs.records.get(pmid), pmid),
    }
    env = _environment()
    html_path = out / "report.html"
    atomic_write_text(html_path, env.get_template("report.html.j2").render(**context))
    atomic_write_text(out / "report.md", env.get_template("report.md.j2").render(**context))
    atomic_write_text(out / "included.ris", ris(included_records))

    inputs_hashed = [topic.source, data_dir / "bibliography.csv", data_dir / "verified_extractions.csv",
                     data_dir / "adverse_events.csv", data_dir / "screening_overrides.csv"]
    manifest = {
        "run_id": run_id, "date": now.isoformat(timespec="seconds"), "source": source, "query": topic.query,
        "topic": topic.name,
        "counts": {**context["prisma"]["counts"], "outcome_rows": len(inputs.outcomes),
                   "trials_with_numbers": context["with_numbers"], "analyses": len(inputs.pooled),
                   "verdicts": len(inputs.verdicts)},
        "search": [asdict(r) for r in inputs.search_log if r.run_id == (inputs.search_log[-1].run_id
                                                                          if inputs.search_log else "")],
        "package_versions": _versions(),
        "input_hashes": {str(p.name): _sha256(p) for p in inputs_hashed if p.exists()},
        "output_hashes": {name: _sha256(out / name) for name in ("records.csv", *ARCHIVED, "outcomes.csv",
                                                                 "studies_escalc.csv", "report.html")
                          if (out / name).exists()},
    }
    write_json(out / "run.json", manifest)
    archive = out / "runs" / run_id
    archive.mkdir(parents=True, exist_ok=True)
    for name in ARCHIVED:
        if (out / name).exists():
            atomic_copy(out / name, archive / name)
    write_json(archive / "run.json", manifest)
    return html_path
