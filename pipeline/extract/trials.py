"""Automatic outcome rows for an included trial, from its abstract or its PMC full text.

1. The arms: the randomisation sentence ("randomly assigned to dry needling (n = 20) or sham
   needling (n = 20)") or the title ("Dry needling versus ..."); the comparator's class (sham,
   no_treatment, usual_care, active) from the topic file's ``[comparators]``, and the
   co-intervention when the intervention arm is "X plus dry needling" and the comparator "X".
2. For each outcome domain of the topic (its ``instruments`` name it in a text), the per-arm
   numbers through :mod:`pipeline.extract.ico`: one row for each time point the text reports
   them at (sentences, table rows, table columns), else one row at the follow-up it picks.
3. Ambiguous cases are flagged and left without numbers (three or more arms, no comparator
   found); every row says where it was read and how sure the extractor is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.config import OutcomeDomain, Topic
from pipeline.extract.differences import ReportedDifference, ReportedPValue, reported_difference, reported_p_value
from pipeline.extract.ico import Comparison
from pipeline.extract.naming import Arm, OutcomeSpec, days_named, in_days, tokens
from pipeline.extract.readings import ArmValues, Extraction
from pipeline.extract.numbers import normalize, words_to_int
from pipeline.extract.outcomes import Outcome
from pipeline import effects
from pipeline.effects import EffectError
from pipeline.fulltext import Document

RANDOMISED_TO = re.compile(
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided|distributed|split)|allocated|assigned|divided)\s+"
    r"(?:\w+\s+){0,4}?(?:in)?to\s+(?:(?:one\s+of\s+)?(?:two|three|four|2|3|4)\s+(?:\w+\s+)?(?:groups?|arms?)\s*[:,]?\s*)?"
    r"(?:receive\s+)?(?:either\s+)?(?:an?\s+|the\s+)?(?P<list>[^.;]+)", re.I)
VERSUS = re.compile(r"(?P<a>[^:.;]+?)\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?P<b>[^:.;?]+)", re.I)
ADD_ON = re.compile(r"\b(?:plus|combined with|in addition to|added to|together with|with)\b|\+", re.I)
SPLIT_ARMS = re.compile(r"\s*(?:,\s*(?:and|or)?\s*|\s+or\s+|\s+and\s+|\s+versus\s+|\s+vs\.?\s+)\s*", re.I)
COUNT_NOTE = re.compile(r"\([^()]*\)|\bgroups?\b|\barms?\b", re.I)
SHAM_WORDS = ("sham", "placebo", "simulated", "non-penetrating", "imitation")

AT_TIME = re.compile(r"\b(?:at|after|following|on|by|over|within)\s+(?:the\s+)?(?P<n>\d+(?:\.\d+)?|[a-z]+)[-\s]?"
                     r"(?P<u>days?|weeks?|wks?|months?|mo|years?|hours?|h)\b", re.I)
FOLLOW_UP_TIME = re.compile(r"\b(?P<n>\d+(?:\.\d+)?|[a-z]+)[-\s](?P<u>days?|weeks?|months?|years?)\s+(?:follow[- ]?up|post)",
                            re.I)
UNIT_FIRST = re.compile(r"\b(?P<u>days?|weeks?|wks?|months?|mo)\s*(?P<n>\d+(?:\.\d+)?)\b", re.I)
IMMEDIATE = re.compile(r"\bimmediately\s+(?:after|post)|\bpost[- ]?(?:treatment|intervention|session)\b|"
                       r"\bafter\s+(?:the\s+)?(?:single|one|first)\s+(?:session|treatment)", re.I)
TREATMENT_LENGTH = re.compile(r"\bfor\s+(?P<n>\d+|[a-z]+)\s+(?P<u>weeks?|days?|months?)\b|\b(?P<n2>\d+|[a-z]+)[-\s]"
                              r"(?P<u2>weeks?|days?|months?)\s+(?:programme|program|treatment|intervention|protocol)", re.I)


@dataclass
class TrialArms:
    intervention: Arm
    comparator: Arm | None
    comparator_label: str = ""
    comparator_class: str = ""
    cointervention: str = ""
    arm_count: int = 2
    flags: list[str] = field(default_factory=list)
    evidence: str = ""


def _weeks(number: str, unit: str) -> float | None:
    """'6' 'weeks' -> 6.0, 'three' 'months' -> 13.0; None when ``number`` is no number."""
    try:
        value: float | None = float(number)
    except ValueError:
        value = words_to_int(number)
    return None if value is None else round(in_days(value, unit) / 7, 2)


def weeks_in(text: str) -> float | None:
    """The time point a sentence names, in weeks from baseline (None when it names none)."""
    for pattern in (FOLLOW_UP_TIME, AT_TIME, UNIT_FIRST):
        match = pattern.search(text)
        if match and (weeks := _weeks(match["n"], match["u"])) is not None:
            return weeks
    return None


def _time_points(doc: Document) -> list[float]:
    """The time points (in days) a trial reports at: 'at 4 weeks' in its text, 'VAS, week 12' or
    '3 months' in its tables' row labels and headers."""
    phrases = [m.group(0) for p in doc.passages for m in AT_TIME.finditer(p.text)]
    phrases += [cell for t in doc.tables
                for cell in (*(c for row in t.header for c in row), *(r[0] for r in t.body if r))]
    return sorted({day for phrase in phrases for day in days_named(phrase)})


def _readings(comparison: Comparison, domain: OutcomeDomain, only_outcome_named: bool, times: list[float]
              ) -> list[tuple[Extraction, ReportedDifference | ReportedPValue | None]]:
    """An outcome's per-arm numbers at each time point the text reports them at (one row per time
    point), else at the time point the extractor picks (the follow-up, the last one); without
    per-arm numbers, a between-group difference reported with its CI, else an exact p-value of the
    comparison (each with the group sizes)."""
    outcome = OutcomeSpec.from_names(domain.instruments)
    doc, arms = comparison.doc, comparison.arms
    timed = []
    for day in times:
        found = comparison.extract(replace(outcome, days=frozenset({day})), "continuous")
        where = found.timepoint or (found.provenance[0] if found.provenance else "")
        if found.intervention.mean is not None and day in days_named(where):
            timed.append((found, None))
    if timed:
        return timed
    found = comparison.extract(outcome, "continuous")
    if found.intervention.mean is None and found.comparator.mean is None and \
            (reported := reported_difference(doc, arms, outcome) or
             reported_p_value(doc, arms, outcome, domain.lower_is_better)):
        found.provenance.insert(0, reported.sentence)
        return [(found, reported)]
    if found.intervention.mean is None and only_outcome_named:
        # the only outcome the text names; its numbers may sit in a sentence that does not repeat it
        found = comparison.extract(OutcomeSpec(anywhere=True), "continuous")
        found.flags.append("outcome named elsewhere in the text")
        found.confidence *= 0.7
    return [(found, None)]


def _oriented(difference: ReportedDifference, lower_is_better: bool, n_dn: int | None,
              n_ctrl: int | None) -> effects.Effect | None:
    """A reported difference as dry needling - control, its sign set by the arm the text says it
    favours (None when the text does not say); SE from the 95% CI (:func:`effects.difference_from_ci`)."""
    if difference.favours is None:
        return None
    dn_better = -1.0 if lower_is_better else 1.0
    wanted = dn_better if difference.favours == 0 else -dn_better
    estimate, (lo, hi) = difference.estimate, difference.ci
    if estimate * wanted >= 0:
        return effects.difference_from_ci(estimate, lo, hi, difference.measure, n_dn, n_ctrl)
    eff = effects.difference_from_ci(-estimate, -hi, -lo, difference.measure, n_dn, n_ctrl)
    return replace(eff, conversions=eff.conversions + ("sign set to dry needling - control from the arm favoured",))


def _fill_sd(arm: ArmValues, conversions: list[str]) -> None:
    """An arm's SD from the SE or 95% CI of its mean printed instead, with the conversion recorded."""
    found = arm.sd_from_printed() if arm.sd is None else None
    if found:
        arm.sd = round(found[0], 4)
        conversions.append(found[1])


def _clean_arm(phrase: str) -> str:
    phrase = COUNT_NOTE.sub(" ", normalize(phrase))
    phrase = re.sub(r"\b(?:the|a|an|either|receive|receiving|received)\b", " ", phrase, flags=re.I)
    return " ".join(phrase.split()).strip(" ,:")


class TrialReader:
    """Reads the arms and outcome numbers of a trial for one topic."""

    def __init__(self, topic: Topic):
        self.topic = topic
        terms = topic.intervention.terms
        self._intervention = re.compile(r"(?<![A-Za-z])(?:" + "|".join(
            r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", t)) for t in sorted(terms, key=len, reverse=True))
            + r")(?![A-Za-z])", re.I)

    # -- arms -----------------------------------------------------------------------------------
    def is_intervention(self, phrase: str) -> bool:
        low = phrase.lower()
        return bool(self._intervention.search(phrase)) and not any(w in low.split() for w in SHAM_WORDS)

    def arms(self, doc: Document, title: str) -> TrialArms | None:
        text = " ".join(p.text for p in doc.passages)
        phrases, evidence = [], ""
        for source in (text, title):
            for match in RANDOMISED_TO.finditer(normalize(source)):
                items = [_clean_arm(p) for p in SPLIT_ARMS.split(match["list"])]
                items = [p for p in items if p and len(p) < 120]
                if len(items) >= 2 and any(self.is_intervention(p) for p in items):
                    phrases, evidence = items, match.group(0)
                    break
            if phrases:
                break
        if not phrases:
            match = VERSUS.search(normalize(title))
            if match:
                phrases, evidence = [_clean_arm(match["a"]), _clean_arm(match["b"])], match.group(0)
        dn = [p for p in phrases if self.is_intervention(p)]
        others = [p for p in phrases if not self.is_intervention(p)]
        group_count = re.search(r"\b(three|four|3|4)\s+(?:\w+\s+)?(?:groups|arms)\b", text, re.I)
        arm_count = max(len(phrases), {"three": 3, "3": 3, "four": 4, "4": 4}.get(group_count[1].lower(), 2)
                        if group_count else 2)
        intervention = self._arm(dn[0] if dn else self.topic.intervention.label, intervention=True)
        if not others:
            return TrialArms(intervention=intervention, comparator=None, arm_count=arm_count,
                             flags=["comparator arm not found"], evidence=evidence)
        label = others[0]
        trial = TrialArms(intervention=intervention, comparator=self._arm(label, intervention=False),
                          comparator_label=label, arm_count=arm_count, evidence=evidence)
        trial.comparator_class, trial.cointervention = self.classify(dn[0] if dn else "", label)
        if arm_count > 2 or len(dn) > 1:
            trial.flags.append(f"{arm_count} arms: which comparator a number belongs to is ambiguous")
        return trial

    def _arm(self, label: str, intervention: bool) -> Arm:
        extra = ("experimental group", "intervention group", "treatment group", "needling group") if intervention else (
            "control group", "control", "comparison group")
        arm = Arm.from_description(label, extra=extra)
        if intervention:
            arm.phrases += [t.lower() for t in self.topic.intervention.terms]
            arm.words -= {"control"}
            arm.exclude_after = SHAM_WORDS
        else:
            dn_words = set(tokens(" ".join(self.topic.intervention.terms)))
            arm.words -= dn_words
            arm.phrases = [p for p in arm.phrases if not self._intervention.fullmatch(p.strip())]
        return arm

    def classify(self, dn_label: str, comparator: str) -> tuple[str, str]:
        """Comparator class and co-intervention (the X of 'X plus dry needling' vs 'X')."""
        low = comparator.lower()
        if ADD_ON.search(dn_label):
            rest = self._intervention.sub(" ", ADD_ON.sub(" ", dn_label)).strip(" ,")
            shared = set(tokens(rest)) & set(tokens(low)) - {"group", "alone", "only", "and"}
            if shared and not any(w in low for w in SHAM_WORDS):
                return "no_treatment", " ".join(rest.split())
        for name in ("sham", "no_treatment", "usual_care"):
            if any(term in low for term in self.topic.comparators.get(name, ())):
                return name, ""
        if re.fullmatch(r"(?:a\s+)?control(?:\s+group)?", low.strip()):
            return "no_treatment", ""
        return "active", ""

    # -- outcomes -------------------------------------------------------------------------------
    def outcomes(self, pmid: str, condition: str, doc: Document, title: str, origin: str) -> list[Outcome]:
        trial = self.arms(doc, title)
        if trial is None or trial.comparator is None:
            return []
        rows, seen = [], set()
        text = " ".join(p.text for p in doc.passages)
        named = [d for d in self.topic.outcomes if d.instruments and OutcomeSpec.from_names(d.instruments).score(text)]
        if trial.arm_count > 2:  # flagged for a researcher, not guessed
            empty = Extraction(ArmValues(), ArmValues(), [trial.evidence], confidence=0.0)
            return [self._row(pmid, condition, domain, trial, empty, text, origin) for domain in named[:1]]
        times = _time_points(doc)
        comparison = Comparison(doc, trial.intervention, trial.comparator)
        for domain in self.topic.outcomes:  # in topic order: numbers read for one domain are not reused
            if not domain.instruments:
                continue
            for found, reported in _readings(comparison, domain, named == [domain], times):
                numbers = (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd)
                if isinstance(reported, ReportedDifference):
                    numbers = (reported.measure, reported.estimate, *reported.ci)
                elif isinstance(reported, ReportedPValue):
                    numbers = ("p", reported.p, reported.better)
                elif numbers[0] is None and numbers[2] is None:
                    continue
                if numbers in seen:
                    continue
                seen.add(numbers)
                rows.append(self._row(pmid, condition, domain, trial, found, text, origin, reported))
        return rows

    def _row(self, pmid: str, condition: str, domain: OutcomeDomain, trial: TrialArms, found: Extraction,
             text: str, origin: str, reported: ReportedDifference | ReportedPValue | None = None) -> Outcome:
        """The outcome row of what was read: per-arm numbers, or a ``reported`` difference or
        p-value (with the group sizes ``found`` gives)."""
        difference = reported if isinstance(reported, ReportedDifference) else None
        p_value = reported if isinstance(reported, ReportedPValue) else None
        where = found.provenance[0] if found.provenance else ""
        in_table = where.startswith(("Table", "table")) or ", row '" in where
        instrument = next((i for i in domain.instruments if re.search(rf"(?<![A-Za-z]){re.escape(i)}(?![A-Za-z])",
                                                                       where, re.I)), domain.instruments[0])
        weeks = weeks_in(found.timepoint or where)
        if weeks is None and IMMEDIATE.search(where):
            length = TREATMENT_LENGTH.search(text)
            weeks = 0.0 if not length else _weeks(length["n"] or length["n2"], length["u"] or length["u2"]) or 0.0
        flags = list(trial.flags) + found.flags
        if weeks is None:
            times = {w for w in (weeks_in(m.group(0)) for m in AT_TIME.finditer(text)) if w is not None}
            if len(times) == 1:
                weeks = times.pop()
                flags.append("time point read elsewhere in the text")
            else:
                flags.append("time point not stated next to the numbers")
        i, c = found.intervention, found.comparator
        for arm in (i, c):
            _fill_sd(arm, found.conversions)
        values = [i.n, i.mean, i.sd, c.n, c.mean, c.sd]
        ambiguous = trial.arm_count > 2
        scale = domain.scale_max
        printed = (i.mean, c.mean) + ((difference.estimate, *difference.ci) if difference else ())
        if domain.scale_max and any(v is not None and abs(v) > domain.scale_max for v in printed):
            scale = 100.0
        eff, data_form, direction, conversions = None, "direction_only", "", list(found.conversions)
        if difference is not None and not ambiguous:
            data_form = "smd_ci" if difference.measure == "SMD" else "md_ci"
            direction = {0: "favours_dn", 1: "favours_ctrl"}.get(difference.favours, "")
            try:
                eff = _oriented(difference, domain.lower_is_better, i.n, c.n)
            except EffectError as exc:
                flags.append(str(exc))
            if eff is None:
                flags.append("difference without the arm it favours: orientation unknown, not pooled")
        elif p_value is not None and not ambiguous:
            direction = {0: "favours_dn", 1: "favours_ctrl"}.get(p_value.better, "")
            if not direction:
                flags.append("p-value without the arm that did better: direction unknown, not pooled")
            elif i.n is None or c.n is None:
                flags.append("p-value without the group sizes: not pooled")
            else:
                try:
                    eff = effects.smd_from_p(p_value.p, i.n, c.n, p_value.better == 0, domain.lower_is_better)
                    data_form = "p_value"
                except EffectError as exc:
                    flags.append(str(exc))
        elif not ambiguous and None not in values:
            try:
                eff = effects.mean_difference(i.mean, i.sd, i.n, c.mean, c.sd, c.n)
                data_form = "final_mean_sd"
            except EffectError as exc:
                flags.append(str(exc))
        elif None in values:
            flags.append("incomplete per-arm numbers")
        if eff is not None:
            conversions += eff.conversions
        confidence = found.confidence * (0.5 if ambiguous else 1.0) * (0.8 if weeks is None else 1.0)
        return Outcome(
            pmid=pmid, condition=condition, outcome_domain=domain.domain, instrument=instrument,
            timepoint_weeks=weeks, comparator_class=trial.comparator_class, data_form=data_form, source="auto",
            provenance=" | ".join(found.provenance)[:1000], comparator=trial.comparator_label,
            cointervention=trial.cointervention,
            n_dn=None if ambiguous else i.n, mean_dn=None if ambiguous else i.mean, sd_dn=None if ambiguous else i.sd,
            n_ctrl=None if ambiguous else c.n, mean_ctrl=None if ambiguous else c.mean,
            sd_ctrl=None if ambiguous else c.sd, scale_max=scale, lower_is_better=domain.lower_is_better,
            effect_measure=eff.measure if eff else "", yi=eff.yi if eff else None, vi=eff.vi if eff else None,
            approximate=eff.approximate if eff else False, direction=direction,
            p_value=p_value.p if p_value else None, conversions="; ".join(dict.fromkeys(conversions)),
            origin="fulltext" if in_table or origin == "fulltext" else "abstract",
            confidence=round(confidence, 2), flags="; ".join(dict.fromkeys(flags)),
        )
