"""Per-arm values from sentences that name the outcome.

Means with SDs, SEs or 95% CIs; counts ``x/n``, counts with their share ``12 (24%)``, percentages,
counts tied to an arm ('14 patients in the needling group'), plain counts placed like other values
('12 and 25 patients ..., respectively') and outcomes named after a negation ('no serious adverse
events': zero in every arm); baseline-only sentences are skipped unless the outcome is a
characteristic at entry. A sentence reporting several outcomes or time points gives each its own
group of values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract.assign import (DENOMINATORS_FIRST, LIST_LEAD, MOVED_ON, NAMES_FROM, OUTER_SEMICOLON, RESPECTIVELY,
                                     arms_named_only_in_outcome, each_followed_by_its_arm, exclusive_mentions,
                                     full_naming_order, in_introduced_order, list_items, named_items, values_for_arms)
from pipeline.extract.differences import DIFFERENCE
from pipeline.extract.naming import (BASELINE, CHANGE, FOLLOW_UP, FREE_OF, IN_BRACKETS, Arm, OutcomeSpec, days_named,
                                     named_arm, names_entry, outcome_words, qualifiers_of, time_phrases)
from pipeline.extract.numbers import (CONFIDENCE, COUNT_AND_PERCENT, PEOPLE, STANDARD_ERROR, Found,
                                      digits_for_words, find_values_in_words, normalize)
from pipeline.extract.readings import ArmValues, Extraction
from pipeline.extract.sizes import (ALLOCATION, ANALYSED, EXCLUSION, EXCLUSION_LEAD, LEFT_OUT, SIZE, SIZE_NOTE,
                                    attached_sizes, breakdown, clause_around, stated_for_every_group)
from pipeline.fulltext import Document


def from_sentences(doc: Document, arms: list[Arm], outcome: OutcomeSpec, kind: str, order: list[int] | None,
                   groups: Callable[[], list[int | None] | None],
                   sizes: dict[int, int] | None = None,
                   sentences: tuple[tuple[str, str], ...] | None = None) -> Extraction | None:
    """The best sentence's per-arm values for the outcome: named best, in the results, with counts
    rather than percentages; None when no sentence naming it has values for every arm. No arm has
    more events than its group size (``sizes``, when known, or the sentence's own denominator):
    '68 hospitalizations ... and 111 ...' for 59 and 64 patients counts admissions, not patients.
    ``order``: the order in which the document introduced the arms; ``groups``: every allocated
    group, in order, as the arm it is (called only for a list of more values than arms);
    ``sentences``: the (section, sentence) pairs to read, by default the document's."""
    best, best_score, best_named, best_off_time = None, 0.0, 0.0, True
    arm_times = set().union(*(days_named(arm.label) for arm in arms))
    own_sentences, sentences = sentences is None, sentences or doc.sentences()
    se_document = any(DECLARES_SE.search(s) for _, s in sentences)  # 'Data are expressed as mean ± SEM'
    before = 0.0  # how well the sentence before named the outcome
    # an outcome asked in a population that a table reports apart ('Nulliparous' under 'Parity'): not
    # from sentences about everyone (in a trial of that population only, every sentence stays)
    apart = bool(outcome.subgroup) and any(outcome.subgroup & outcome_words(row[0])
                                           for table in doc.tables for row in table.body if row)
    for k, (section, sentence) in enumerate(sentences):
        # (words of a definition weigh half: 'Treatment failure, defined as switch to NIV or endotracheal
        # intubation, occurred in 29 ...' names 'Endotracheal intubation' less than '... intubation was required in')
        score = named = outcome.score(sentence)
        if (undefined := DEFINITION.sub(" ", sentence)) != sentence:
            score = named = max(outcome.score(undefined), score / 2)
        carried = False  # a sentence going on about the outcome the one before named
        if score <= 0 and CARRIED_OVER.match(sentence):
            score, carried = 0.8 * before, True  # 'At baseline, the mean plaque index was ... After 4 weeks it had ...'
        elif score <= 0 and (lead := TIME_LEAD.match(sentence)) and outcome.days and \
                set(days_named(lead[0])) == outcome.days:
            score, carried = before, True  # 'At week 2, PRTEE scores were ... By week 8, the pattern had reversed: ...'
        # (carried on through a run: 'At 10 minutes, mean scores were ... At 30 minutes, mean scores were ...')
        before = before if carried else named
        if score <= 0 or apart and not outcome.subgroup & outcome_words(sentence):
            continue
        if kind == "binary" and _about_losses(LEADING_EXCLUSION.sub("", sentence).split(";")[0], outcome) and not any(
                outcome.score(sentence[m.end():]) for m in CAUSE.finditer(sentence)):
            continue  # counts of those left out ('Surgery was postponed in 3 ... and 2 ..., who were excluded'), not
            # of those left out for the outcome ('... withdrew from treatment as a result of AEs')
        sets = qualifiers_of(sentence) & ANALYSIS_SETS
        if sets and outcome.qualifiers & ANALYSIS_SETS and not sets & outcome.qualifiers:
            continue  # 'In the ITT population, ...' for an outcome asked per protocol
        in_digits, found = find_values_in_words(sentence)  # 'Ten patients (20%)' as '10 patients (20%)'
        found = [f for f in found if not _in_arm_name(sentence, f, arms)
                 and not (f.kind == "pct" and THRESHOLD_BEFORE.search(in_digits, 0, f.start))]  # ('at least 50%')
        if kind == "continuous":  # mean (SD) or (SE), else mean (95% CI ...), not a difference's nor an aside's
            found = [f for f in found if not DIFFERENCE_BEFORE.search(in_digits, 0, f.start)
                     and not _aside(in_digits, f.start, outcome)]
            picked = [f for f in found if f.kind in ("mean_sd", "mean_se")] or \
                [f for f in found if f.kind == "mean_ci" and CONFIDENCE.search(f.text)]
            # 'Mean (SE) pain was 2.1 (0.2)', or a document stating its means come with SEs (not a difference's SE:
            # '59.1 ± 6.2 (MBSR) and 61.0 ± 5.8 (education), with an adjusted difference of -1.9 (SE 1.3)')
            difference = DIFFERENCE.search(sentence)
            if (STANDARD_ERROR.search(sentence, 0, difference.start() if difference else len(sentence))
                    or se_document) and not SPREAD_SD.search(sentence):
                picked = [replace(f, kind="mean_se") if f.kind == "mean_sd" else f for f in picked]
            picked = [f for f in picked if not any(RESTATED.fullmatch(in_digits, g.end, f.start) for g in picked)]
            picked = picked or _bare_means(sentence, found, arms, outcome)
            kept = _outcome_segments(in_digits, outcome, arms)  # (not '...; neck pain was 3.0 ± 1.7 and 3.6 ± 2.0')
            picked = [f for f in picked if not kept[f.start:f.end].isspace()]
        else:
            if COUNT_AND_PERCENT.search(sentence):  # 'Soreness, n (%): needling 12 (24.0), sham 25 (51.0)'
                found = [replace(f, kind="count_pct") if f.kind == "mean_sd" and f.values[0].is_integer() else f
                         for f in found]
            by_kind = {k: [f for f in found if f.kind == k] for k in ("count_of", "count_pct", "pct")}
            # '12 (24%) ..., as did 25 of 49': counts of and counts with shares together
            counts = sorted(by_kind["count_of"] + by_kind["count_pct"], key=lambda f: f.start)
            # '38 of 71 patients (53.5%) ... compared with 34.2% of those in the standard group': a count
            # for one arm, a share alone for the other (not the count's own share)
            mixed = sorted(counts + [f for f in by_kind["pct"] if not any(
                SHARE_OF_COUNT.match(sentence, c.end, f.start) for c in counts)], key=lambda f: f.start) \
                if counts else []
            mixed = mixed if mixed and _each_before_its_arm(sentence, [(f.start, f.end) for f in mixed], arms,
                                                           mixed[-1].end + 60) else []
            picked = next((p for p in (by_kind["count_of"], counts, mixed) if len(p) >= len(arms)), None) or \
                by_kind["count_of"] or by_kind["count_pct"] or by_kind["pct"]
            picked = _with_nobody(sentence, picked, arms)  # 'No patient in the sham group and 4 (8%) in ...'
        if _at_entry(sentence) and not outcome.baseline:
            continue
        values = _outcome_breakdown(in_digits, outcome, arms) if kind == "binary" else None
        if values is None:
            picked, values = _outcome_share(sentence, picked, outcome, arms)
        timepoint = ""
        if values is None:
            picked, values, timepoint = _time_list_share(sentence, picked, outcome, arms)
        if values is None:
            picked, values, timepoint = _time_clause_share(sentence, picked, outcome, arms, order)
        if values is None:
            picked, values, timepoint = _group_share(sentence, picked, outcome, arms, order)
        if values is None:
            picked, values = _arm_clause_share(sentence, picked, outcome, arms)
        if values is None and len(picked) >= len(arms):
            every = groups() if len(picked) > len(arms) else None
            values = values_for_arms(sentence, picked, arms, order, every) or \
                _as_introduced(sentence, picked, arms, outcome, order, every)
        if values is None and kind == "binary":
            tied = _event_counts(_outcome_segments(in_digits, outcome), arms)
            values = (tied and _in_same_order(in_digits, tied, outcome, arms)) or tied or \
                _no_events(sentence, outcome, arms) or _plain_counts(sentence, found, outcome, arms, order, groups) \
                or _of_those_allocated(in_digits, arms)
        elif kind == "binary" and all(f.kind == "pct" for f in values.values()) and \
                (counted := _event_counts(in_digits, arms)):  # '73 infants in the KMC group and 102 control
            values = {ai: Found("count_pct", (counted[ai].values[0], f.values[0]), f.start, f.end, f.text)  # infants
                      for ai, f in values.items()}  # had died (1.7% vs 2.4%)': the counts, with their shares
        if values is None:
            continue
        result = [ArmValues(), ArmValues()]
        for ai, f in values.items():
            if kind == "continuous" and f.kind == "mean_ci":
                result[ai].mean, result[ai].ci = f.values[0], (f.values[1], f.values[2])
            elif kind == "continuous" and f.kind == "mean":
                result[ai].mean = f.values[0]
            elif kind == "continuous" and f.kind == "mean_se":
                result[ai].mean, result[ai].se = f.values[0], f.values[1]
            elif kind == "continuous":
                result[ai].mean, result[ai].sd = f.values[0], f.values[1]
                result[ai].n = int(f.values[2]) if len(f.values) > 2 else None
            elif f.kind == "count_of":
                result[ai].events, result[ai].n = int(f.values[0]), int(f.values[1])
            elif f.kind == "events":
                result[ai].events = int(f.values[0])
            elif f.kind == "count_pct":
                result[ai].events, result[ai].percent = int(f.values[0]), f.values[1]
            else:
                result[ai].percent = f.values[0]
        if any(v.events is not None and v.events > (v.n or (sizes or {}).get(ai, v.events))
               for ai, v in enumerate(result)):
            continue
        if sizes and all(v.events == sizes.get(ai) for ai, v in enumerate(result)) and (
                ANALYSED.search(sentence) or ALLOCATION.search(in_digits, 0, min(f.start for f in values.values()))):
            continue  # the arms' sizes ('... the modified intention-to-treat population comprised 194 X and 192 Y';
            # 'randomised: twenty received antibiotics for 6 weeks and twenty for 12 weeks')
        out_of = OUT_OF.search(in_digits) if kind == "binary" else None
        if out_of and all(v.events is not None and v.n is None for v in result):  # '8 X-treated and 20 Y-treated
            by_place = sorted(values, key=lambda ai: values[ai].start)  # patients, out of 121 and 125 patients,
            for place, ai in enumerate(by_place):  # respectively': each count's denominator, in the counts' order
                result[ai].n = int(out_of.group(place + 1))
        conversions = []
        # (not counts of none: 'No serious adverse events occurred (dry needling 0/29; sham 0/28)')
        if kind == "binary" and all(v.events is not None and v.n for v in result) and any(v.events for v in result) \
                and _absent(sentence, outcome):
            for v in result:
                v.events, v.percent = v.n - v.events, None
            conversions.append("events = group size less those without the outcome")
        stated = [f for f in found if f.kind == "n"]  # 'among upright women (n = 110) and ... (n = 108)'
        if kind == "continuous" and len(stated) >= len(arms):  # (binary: "n = 12, 24%" counts events)
            every = groups() if len(stated) > len(arms) else None  # ('... in HI (n = 72), ... in LI (n = 74) and ...')
            for ai, f in (values_for_arms(sentence, stated, arms, order, every) or {}).items():
                result[ai].n = result[ai].n or int(f.values[0])
        if kind == "continuous":
            for ai, n in _counted_among(in_digits, arms).items():
                result[ai].n = result[ai].n or n
        if not any(arm.mentions(sentence) for arm in arms) and not (
                (carried or kind == "continuous" and RESPECTIVELY.search(sentence)) and k > 0
                and any(arm.mentions(sentences[k - 1][1]) for arm in arms)):
            score /= 2  # the arms were inferred from the order the document introduced them (not after a
            # sentence naming them: 'Mean fever clearance time was 18.2 h ..., 15.9 h ... and 17.1 h ..., respectively';
            # 'At 6 months, the corresponding figures were 301 of 519 ... and 167 of 508')
        timed = days_named(sentence)
        # (the time asked, not another only; the change, when one is asked, as in tables)
        total = (score + (0.3 if section == "results" else 0.0) + (0.3 if values[0].kind == "count_of" else 0.0)
                 + (0.1 if outcome.days & timed else -0.2 if outcome.days and timed else 0.0)
                 + (0.35 if outcome.change and CHANGE.search(sentence) else 0.0))
        # (a sentence naming only another time loses to one naming the outcome's; not by the times in the arms'
        # names: '2 hours of daily patching')
        off_time = bool(outcome.days and (own := timed - arm_times) and not outcome.days & own)
        if (not off_time, total, named) > (not best_off_time, best_score, best_named):
            best_named, best_off_time = named, off_time
            best = Extraction(result[0], result[1], [sentence], confidence=min(0.9, 0.3 + 0.2 * total), match=score,
                              timepoint=timepoint, conversions=conversions)
            best_score = total
    if own_sentences and kind == "binary" and (best is None or all(v.events is None for v in best.arms)):
        best = _arm_by_arm(doc, arms, outcome) or best  # printed counts rather than shares
    if own_sentences and kind == "binary" and best is None and (pairs := _one_arm_each(sentences, arms, outcome)):
        best = from_sentences(doc, arms, outcome, kind, order, groups, sizes, pairs)
    return best


def _one_arm_each(sentences: tuple[tuple[str, str], ...], arms: list[Arm],
                  outcome: OutcomeSpec) -> tuple[tuple[str, str], ...]:
    """Two sentences in a row that name the outcome and one arm each, another arm in each, read as one
    ('Two participants in the needling group had a vasovagal reaction ... No vasovagal events occurred
    in the sham group.')."""
    def named(sentence: str) -> list[int]:
        return [ai for ai, spots in enumerate(exclusive_mentions(sentence, arms)) if spots]
    return tuple((section, f"{first} {second}") for (section, first), (_, second) in zip(sentences, sentences[1:])
                 if len(one := named(first)) == len(other := named(second)) == 1 and one != other
                 and outcome.score(first) > 0 and outcome.score(second) > 0)


AMONG_COUNTED = re.compile(rf"\bamong\s+(?:the\s+|all\s+)?(?P<n>\d+)\s+(?P<name>(?:[\w-]+\s+){{1,3}}?){PEOPLE}\b", re.I)


def _counted_among(sentence: str, arms: list[Arm]) -> dict[int, int]:
    """Each arm's number a sentence of values gives as 'among the 318 intervention respondents and ... among
    the 322 control respondents' (every arm once, or none)."""
    named = [(named_arm(m["name"], arms), int(m["n"])) for m in AMONG_COUNTED.finditer(sentence)]
    by_arm = {ai: n for ai, n in named if ai is not None}
    return by_arm if len(by_arm) == len(arms) == len(named) else {}


def _arm_by_arm(doc: Document, arms: list[Arm], outcome: OutcomeSpec) -> Extraction | None:
    """Counts one sentence per arm gives for a list of analyses, '..., respectively': 'The 1-week
    group achieved 83.5% (71/85) and 87.7% (71/81) eradication rates in the ITT and PP analyses,
    respectively. The 2-week group obtained 87.7% (72/84) and ...': for each arm, the count of the
    one item the outcome names ('... in ITT')."""
    read: dict[int, tuple[Found, str]] = {}
    for _, sentence in doc.sentences():
        respectively = RESPECTIVELY.search(sentence)
        if not respectively or outcome.score(sentence) <= 0:
            continue
        named = [ai for ai, arm in enumerate(arms) if arm.mentions(sentence)]
        if len(named) != 1 or named[0] in read:
            continue
        in_digits, found = find_values_in_words(sentence)
        counts = [f for f in found if f.kind == "count_of" and f.end <= respectively.start()]
        if len(counts) < 2:
            continue
        listed = NAMES_FROM.split(in_digits[counts[-1].end:respectively.start()])[-1]
        items = list_items(LIST_LEAD.sub("", listed))
        picked = [k for k, item in enumerate(items)
                  if outcome.score(item) > 0 or outcome.qualifiers & qualifiers_of(item)]  # ('in PP')
        if len(items) == len(counts) and len(picked) == 1:
            read[named[0]] = (counts[picked[0]], sentence)
    if len(read) != len(arms):
        return None
    values = [ArmValues(events=int(read[ai][0].values[0]), n=int(read[ai][0].values[1])) for ai in range(len(arms))]
    return Extraction(values[0], values[1], [read[ai][1] for ai in range(len(arms))], confidence=0.6,
                      match=min(outcome.score(read[ai][1]) for ai in range(len(arms))))


# 'After exclusion of women who withdrew before treatment (5 and 3, respectively), live birth occurred in ...': the
# sentence's own counts come after its leading clause about those left out
LEADING_EXCLUSION = re.compile(r"^\W*(?:after|following)\s+(?:the\s+)?(?:exclusion|excluding|removal)\b"
                               r"(?:[^,()]|\([^()]*\))*,\s*", re.I)
# a definition: ', defined as ...,', or alternatives in brackets ('Hypertensive disorders (gestational hypertension or
# pre-eclampsia) developed in 31 ...' names pre-eclampsia less than 'Pre-eclampsia alone occurred in 11 ...')
DEFINITION = re.compile(r",\s*defined\s+as\b[^,;]*,|\([^()]*\bor\b[^()]*\)")
DIFFERENCE_BEFORE = re.compile(rf"(?:{DIFFERENCE.pattern})\s*(?:of|was|=|:)?\s*[(\[]?\s*$", re.I)  # '... difference of'
PAIRED_MEANS = re.compile(r"\s*(?:[a-zA-Zµ/%]{1,8}\s*)?(?:vs\.?|versus)\s*")  # '18.6 mg vs 27.9'
# a sentence about what the one before named: 'After 4 weeks it had fallen to ...'
CARRIED_OVER = re.compile(r"^\W*(?:[\w-]+,?\s+|\([^()]*\)\s+){0,5}"
                          r"(?:it|they|(?:the\s+)?(?:mean\s+)?(?:scores?|values?)|the\s+mean)\s+"
                          r"(?:had|has|was|were|is|are|fell|rose|decreased|increased|remained|improved|reached|"
                          r"dropped)\b|"
                          r"^\W*(?:[\w-]+,?\s+){1,8}?scored\s+\d|"  # 'At week 8, the X group scored 9.6 ...'
                          r"^\W*the\s+corresponding\s+\w+|"  # 'The corresponding changes from baseline were'
                          # ('The mean change from baseline to week 8 was')
                          r"^\W*(?:the\s+)?(?:mean\s+)?changes?\s+from\s+baseline\s+"
                          r"(?:(?:to|at)\s+(?:[\w-]+\s+){1,3}?)?(?:was|were)\b", re.I)
TIME_LEAD = re.compile(r"^\W*(?:by|at|after)\s+(?:(?:week|month|day)\s+\d+|\d+\s+(?:weeks?|months?|days?))\s*,", re.I)
SHARE_OF_COUNT = re.compile(r"\s*(?:\w+\s+){0,3}?[(\[]\s*$")  # '38 of 71 patients (' before the count's share


# '± 1.2 mg/dL (' or '(0.4) mg/dL (' before a bracket, not '24 h ('
AFTER_VALUE_AND_UNIT = re.compile(r"(?:±\s*\d+(?:\.\d+)?|\d\s*\))\s*[^\W\d_][\w/.%µ²³-]*\s*$")


FOLLOW_UP_WORD = re.compile(r"\bfollow-?up\b", re.I)


def _about_losses(text: str, outcome: OutcomeSpec) -> bool:
    """Whether ``text`` says who was left out, other than in a clause saying how they were counted
    ('..., assuming that participants lost to follow-up were smoking'); for an outcome of dropping out, a
    text about those who left is about the outcome."""
    if outcome.of_leaving:
        return False
    for m in LEFT_OUT.finditer(text):
        if outcome.score(FOLLOW_UP_WORD.sub(" ", m.group(0))) > 0:
            continue  # the outcome is leaving ('Dropout from treatment'; not 'lost to follow-up' for 'Recurrence
            # during follow-up')
        if not COUNTED_AS.search(text, *clause_around(text, m.start(), m.end())):
            return True
    return False


def _aside(text: str, at: int, outcome: OutcomeSpec) -> bool:
    """Whether the value at ``at`` stands in a bracket after words naming the values at entry or a
    change, which the outcome does not ask for ('412 (68) m with IMT versus 379 (72) m with sham
    (baseline 371 (74) and 368 (70) m; ...)'), or right after a mean with its spread and unit (the
    same value in other units)."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(" and depth:
            depth -= 1
        elif text[i] == "(":
            lead = text[i + 1:at].split(";")[-1]
            if not lead.strip() and AFTER_VALUE_AND_UNIT.search(text, 0, i):
                return True  # '5.1 ± 1.2 mg/dL (1.65 ± 0.39 mmol/L)': the value again in other units
            return bool(names_entry(lead) and not outcome.baseline or CHANGE.search(lead) and not outcome.change)
    return False


def _with_nobody(sentence: str, values: list[Found], arms: list[Arm]) -> list[Found]:
    """The values of all arms but one, with zero events for the arm that had none ('No patient in the
    sham group', 'none of the controls'), in the order of the sentence; else the values unchanged."""
    if len(values) != len(arms) - 1:
        return values
    nobody = [Found("events", (0.0,), m.start(), m.end(), m.group(0)) for m in NOBODY.finditer(sentence)]
    return sorted(values + nobody[:1], key=lambda f: f.start)


def _bare_means(sentence: str, found: list[Found], arms: list[Arm], outcome: OutcomeSpec) -> list[Found]:
    """Means printed without their spread, in a sentence that says they are means ('the mean RMDQ
    score was 7.2 in the acupuncture group and 9.8 in the sham group'): numbers that are no other
    value, before any bracket, difference or p-value, each followed by the name of its own arm."""
    mean = MEAN_WORD.search(sentence)
    if not mean or (not outcome.change and CHANGED.search(sentence, mean.start())):
        return []  # ('Mean IOP reduction from baseline ... was 6.9 mmHg with SLT' is no IOP at 12 months)
    end = next((m.start() for m in MEANS_END.finditer(sentence, mean.end())), len(sentence))
    text = normalize(sentence)
    # (not the numbers of values read already, nor of time points: 'The mean DLQI at week 12 was 4.1 in ...')
    # (... unless the outcome is a duration: 'The mean duration of ventilation was 62.4 hours in ...')
    times = [] if outcome.words & DURATIONS else [m.span() for m in time_phrases(text)]
    taken = [(f.start, f.end) for f in found] + times
    numbers = [m for m in BARE_NUMBER.finditer(text, mean.end(), end)  # (nor an arm's size: '31.5 in the CBT
               if not any(s <= m.start() < e for s, e in taken)  # group (n = 66)')
               and not SIZE_NOTE.search(text, 0, m.start())]
    # ... or a pair set against each other after the arms are named ('lower in the lidocaine group (mean
    # 18.6 mg vs 27.9 mg'), placed as pairs are
    paired = len(numbers) == len(arms) == 2 and PAIRED_MEANS.fullmatch(text, numbers[0].end(), numbers[1].start())
    if not paired and not _each_before_its_arm(sentence, [m.span() for m in numbers], arms, end, reach=40):
        return []
    return [Found("mean", (float(m.group(0)),), m.start(), m.end(), m.group(0)) for m in numbers]


def _each_before_its_arm(sentence: str, spans: list[tuple[int, int]], arms: list[Arm], last_stop: int,
                         reach: int | None = None) -> bool:
    """Whether there is one value (its span) per arm, each followed, before the next value (or
    ``last_stop``) and within ``reach`` characters, by the name of its own arm."""
    stops = [start for start, _ in spans[1:]] + [last_stop]
    owners = [named_arm(sentence[end:stop][:reach], arms) for (_, end), stop in zip(spans, stops)]
    return len(spans) == len(arms) and sorted(o for o in owners if o is not None) == list(range(len(arms)))


def _in_arm_name(sentence: str, value: Found, arms: list[Arm]) -> bool:
    """A concentration or dose that is part of an arm's name ('3% hypertonic saline'), not a result."""
    after = re.match(r"\s*([A-Za-z][\w-]*)", sentence[value.end:])
    return value.kind in ("pct", "number") and bool(after) and any(
        after.group(1).lower() in arm.words for arm in arms)


MOVED_TO = re.compile(r"\b(?:decreased|increased|fell|dropped|declined|rose|improved|reduced)\s+to\b", re.I)


def _at_entry(sentence: str) -> bool:
    """A sentence about the groups at entry, not after: its first clause names baseline other than as a
    reference point ('<80% of baseline', 'change from baseline'; not '...; baseline scores had been ...') and
    the sentence no follow-up, nor values moved to ('decreased to 7.2 ± 3.9 ... (baseline 11.0 ± 4.1 ...)')."""
    return not FOLLOW_UP.search(sentence) and not MOVED_TO.search(sentence) and names_entry(sentence.split(";")[0])


NOBODY = re.compile(rf"\b(?:(?:no(?:\s+[\w-]+(?=\s+(?:{PEOPLE})\b))?|not a single|"  # ('no sham participant')
                    rf"none\s+(?:of|in)(?:\s+the(?:\s+[\w-]+){{0,3}}?)?)\s+(?:{PEOPLE}|"
                    r"controls|group|arm)|"  # ('none of the sham group', 'no infant in the X group', 'none in group H')
                    rf"not\s+(?:occur|develop|appear)\s+in\s+any\s+(?:{PEOPLE})|"  # 'did not occur in any patient in'
                    r"no\s+(?:[\w-]+\s+){1,2}?(?:occurred|(?:were|was)\s+(?:observed|seen|recorded|reported))"
                    r"\s+(?=in\b|among\b))\b", re.I)  # 'no seizures occurred in the 24-hour arm'
DECLARES_SE = re.compile(r"\b(?:(?:expressed|presented|shown|given|reported|summari[sz]ed)\s+as|"
                         r"(?:values|data)\s+(?:[a-z]+\s+)?are)\s+(?:the\s+)?means?\s*"  # ('Values throughout are')
                         r"(?:±|\(|and|with)\s*(?:the\s+)?(?:SEM|SE|s\.e\.m?\.?|standard errors?)\b", re.I)
SHOWN_IN = re.compile(r"\b(?:shown|presented|given|listed|summari[sz]ed|displayed|detailed)\s+in\s+(?:Tables?|Fig)")
OUT_OF = re.compile(r"\bout\s+of\s+(\d+)\s+and\s+(\d+)\b(?=[^.;]*\brespectively\b)", re.I)
THRESHOLD_BEFORE = re.compile(r"(?:[<>≤≥]|\b(?:at\s+least|more\s+than|greater\s+than|less\s+than|over|under|above|"
                              r"below))\s*$", re.I)  # a share that defines the outcome: 'a reduction of at least 50%'
CAUSE = re.compile(r"\b(?:due to|because of|as a result of|owing to|following)\b", re.I)
COUNTED_AS = re.compile(r"\b(?:assum(?:ing|ed)|counted|considered|treated|imputed)\b", re.I)  # how losses count
RESTATED = re.compile(r"\s*[(\[]\s*")  # the same mean in other units: '7.3% ± 0.9 (56 ± 9.8 mmol/mol)'
ANALYSIS_SETS = {"itt", "pp"}  # as qualifiers_of names them
SPREAD_SD = re.compile(r"\b(?:SDs?|s\.d\.|standard deviations?)\b", re.I)
_ITEM = r"(?:(?:at|during|on|in|with|after)\s+)?[\w-]+"  # 'pain', 'at rest', 'during movement'
WORD_LIST = re.compile(rf"\b(?P<first>{_ITEM})(?P<middle>(?:\s*,\s*{_ITEM})*)\s*,?\s+and\s+(?P<last>{_ITEM})\b")


def _outcome_share(sentence: str, picked: list[Found], outcome: OutcomeSpec,
                   arms: list[Arm]) -> tuple[list[Found], dict[int, Found] | None]:
    """The values of one outcome in a sentence that reports a list of them, and their arms when
    the layout settles them. 'The mean pain, disability and ROM scores were a vs b, c vs d and e
    vs f': outcome by outcome (the pair then follows the names). 'Pain and disability were a and b
    in group X and c and d in group Y': arm by arm, each group of values going to the arm named
    after it (or, failing that, before it: 'higher in group X (a and b) than in group Y (c and d)').
    Otherwise every value, no arms."""
    lists = [[m["first"], *(item.strip() for item in m["middle"].split(",") if item.strip()), m["last"]]
             for m in WORD_LIST.finditer(sentence[:picked[0].start] if picked else "")]
    # 'At 4 weeks, pain and disability': the list may start after the words before it
    for items in (listed[j:] for listed in lists for j in range(len(listed) - 1)):
        places = [i for i, item in enumerate(items) if outcome.score(item) > 0]
        k = len(items)
        if len(places) != 1 or len(picked) != k * len(arms):
            continue
        i = places[0]
        groups = range(len(arms))
        ends = [picked[(a + 1) * k].start if a + 1 < len(arms) else len(sentence) for a in groups]
        starts = [picked[a * k - 1].end if a else 0 for a in groups]
        after = [named_arm(sentence[picked[a * k + k - 1].end:ends[a]], arms) for a in groups]
        before = [named_arm(sentence[starts[a]:picked[a * k].start], arms) for a in groups]
        mine = [picked[i + a * k] for a in groups]
        if any(arm.mentions(sentence[picked[0].end:picked[k - 1].start]) for arm in arms):
            # outcome by outcome after all: 'the Hospital Anxiety and Depression Scale anxiety score was a in
            # group X and b in group Y; the depression scores were c and d'
            return picked[i * len(arms):(i + 1) * len(arms)], None
        for names in (after, before):  # arm by arm: each group of values named after it, or before it
            if sorted(ai for ai in names if ai is not None) == list(groups):
                return mine, {ai: value for ai, value in zip(names, mine)}
        if any(ai is not None for ai in after):
            return [], None  # arm by arm, but which arm each group is remains unclear
        return picked[i * len(arms):(i + 1) * len(arms)], None
    return picked, None


LEADING_NUMBER = re.compile(r"[\d.]+")
# a list of time points: 'at 1, 6 and 12 h', 'at baseline, 8 weeks and 26 weeks'
_TIME_UNIT = r"(?:h|hours?|days?|weeks?|months?)\b"
_TIME_ITEM = rf"(?:baseline|\d+(?:\.\d+)?(?:\s*{_TIME_UNIT})?)"
TIME_LIST = re.compile(rf"\bat\s+(?P<list>{_TIME_ITEM}(?:\s*,\s*{_TIME_ITEM})*\s*,?\s*and\s+\d+(?:\.\d+)?)\s*"
                       rf"(?P<unit>{_TIME_UNIT})", re.I)


def _time_list_share(sentence: str, picked: list[Found], outcome: OutcomeSpec,
                     arms: list[Arm]) -> tuple[list[Found], dict[int, Found] | None, str]:
    """'pain in group A was 1.2, 1.9 and 2.4 at 1, 6 and 12 h, versus 2.8, 3.6 and 3.9 in group B':
    one run of values per arm, one value per time point the list names. The outcome's time point
    is taken (else the last); each run goes to the arm named around it."""
    listed = TIME_LIST.search(sentence)
    if listed:
        times = [item if BASELINE.match(item) else f"{LEADING_NUMBER.match(item)[0]} {listed['unit']}"
                 for item in re.findall(_TIME_ITEM, listed["list"], re.I)]
    elif not (times := _times_after_each(sentence, picked[:len(picked) // len(arms)])):
        return picked, None, ""
    k = len(times)
    if len(picked) != k * len(arms):
        return picked, None, ""
    runs = [picked[a * k:(a + 1) * k] for a in range(len(arms))]
    ends = [0] + [run[-1].end for run in runs]
    starts = [run[0].start for run in runs] + [len(sentence)]
    # each run's name after it ('... in the TAP group and ...'), else before it ('The MDN group improved from ...;
    # corresponding values in the EDN group were ...'), else around it
    for spans in ([(ends[a + 1], starts[a + 1]) for a in range(len(runs))],
                  [(ends[a], starts[a]) for a in range(len(runs))],
                  [(ends[a], starts[a + 1]) for a in range(len(runs))]):
        named = [named_arm(sentence[a:b], arms) for a, b in spans]
        if sorted(ai for ai in named if ai is not None) == list(range(len(arms))):
            break
    else:
        return picked, None, ""
    at = next((i for i, t in enumerate(times)
               if outcome.days & days_named(t) or outcome.baseline and BASELINE.match(t)), k - 1)
    return [run[at] for run in runs], {ai: run[at] for ai, run in zip(named, runs)}, f"at {times[at]}"


def _times_after_each(sentence: str, run: list[Found]) -> list[str]:
    """The time named right after each value of a run, when every one has its own ('from 2.6 (0.8) at baseline
    to 4.1 (1.1) at 1 week, 4.4 (1.3) at 1 month and 4.3 (1.2) at 6 months'), else none."""
    if len(run) < 2:
        return []
    times = []
    for f, after in zip(run, [g.start for g in run[1:]] + [len(sentence)]):
        gap = normalize(re.split(r"[;.](?!\d)", sentence[f.end:after])[0])
        named = BASELINE.match(gap, re.match(r"\s*(?:at\s+)?", gap).end()) or next(iter(time_phrases(gap)), None)
        if named is None or named.start() > 4:
            return []
        times.append(named[0])
    return times


def _parts_between(sentence: str, picked: list[Found], between: str = ";") -> list[tuple[int, int, list[Found]]]:
    """(start, end, the values in it) of each part of the sentence between semicolons (or what else
    ``between`` matches)."""
    bounds = [0] + [m.end() for m in re.finditer(between, sentence)] + [len(sentence)]
    return [(a, b, [f for f in picked if a <= f.start < b]) for a, b in zip(bounds, bounds[1:])]


def _time_clause_share(sentence: str, picked: list[Found], outcome: OutcomeSpec, arms: list[Arm],
                       order: list[int] | None) -> tuple[list[Found], dict[int, Found] | None, str]:
    """'Pain was 52.3 (19.8) in the KT group and 58.7 (18.1) in the sham group; at 24 hours, 44.6
    (20.5) versus 51.0 (19.3); and at 1 week, 33.9 (21.2) versus 37.4 (20.6)': one value per arm in
    each clause, the first naming the arms; the values of the one clause naming the outcome's time
    point, in the arms' order of the first (or, in a sentence naming no arm, the ``order`` the document
    introduced them: 'Immediately after, PPT rose to 2.62 ± 0.71 versus 2.20 ± 0.64; at one week it was
    2.51 ± 0.69 versus 2.18 ± 0.60')."""
    clauses = [(sentence[a:b], found) for a, b, found in _parts_between(sentence, picked)]
    if len(clauses) == 1:  # pairs between commas, each with its time: '3.1 ± 1.6 (FSN) versus 4.4 ± 1.8 (CA)
        # immediately after the first treatment, 2.2 ± 1.3 versus 2.9 ± 1.5 after the third session, and ...'
        clauses = [(sentence[a:b], found) for a, b, found in _parts_between(sentence, picked, r",\s")]
    if not outcome.days or len(clauses) < 2 or any(len(found) != len(arms) for _, found in clauses):
        return picked, None, ""
    at = [k for k, (text, _) in enumerate(clauses) if outcome.days & days_named(text)]
    arm_order = full_naming_order(clauses[0][0], arms) or \
        (None if any(arm.mentions(sentence) for arm in arms) else order)
    if len(at) != 1 or at[0] == 0 or not arm_order:
        return picked, None, ""
    text, found = clauses[at[0]]
    return found, {ai: found[place] for place, ai in enumerate(arm_order)}, \
        f"at {time_phrases(normalize(text))[0][0]}"


GROUP_CODE_NAMED = re.compile(r"\b(?:group|arm)\s+([A-Z]|I{1,3}|IV|\d)\b|\b([A-Z])\s+(?:group|arm)\b")  # 'group C'


def _arm_clause_share(sentence: str, picked: list[Found], outcome: OutcomeSpec,
                      arms: list[Arm]) -> tuple[list[Found], dict[int, Found] | None]:
    """'In group A, disc herniation (87%), LDD (100%) and HIZ (61%); in group B, disc herniation
    (31.6%), LDD (47.4%) and HIZ (21.1%); ...': a clause per group, led by its name, listing several
    outcomes each with its value; in each of our arms' clauses, the value after the words that name
    the outcome best. Clauses of other groups are passed over."""
    read: dict[int, Found] = {}
    for a, _, found in _parts_between(sentence, picked):
        if len(found) < 2:
            continue
        lead = sentence[a:found[0].start]
        coded = [m[1] or m[2] for m in GROUP_CODE_NAMED.finditer(lead)]
        if coded:  # ('(control group C)': a third group, however its words read)
            ai = next((ai for ai, arm in enumerate(arms) if arm.labelled(coded[-1])), None)
        else:
            ai = named_arm(lead, arms)
        if ai is None:
            continue
        labels = [sentence[prev:f.start] for prev, f in zip([a] + [g.end for g in found], found)]
        scores = [outcome.score(label) for label in labels]
        best = [k for k, score in enumerate(scores) if score > 0 and score == max(scores)]
        if ai in read or len(best) != 1:
            return picked, None
        read[ai] = found[best[0]]
    if len(read) != len(arms):
        return picked, None
    return sorted(read.values(), key=lambda f: f.start), read


GROUP_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?in\s+the\s+(?P<name>(?:[\w-]+\s+){1,4}?)(?:arm|group)\b", re.I)
MAX_INNER = 48  # characters between the values of one group
WORD = re.compile(r"[^\W\d_]{2}")


def _group_share(sentence: str, picked: list[Found], outcome: OutcomeSpec, arms: list[Arm],
                 order: list[int] | None) -> tuple[list[Found], dict[int, Found] | None, str]:
    """The values of one group in a sentence that reports several groups of one value per arm,
    each after the words that say what it is. A group is chosen by its time point ('at 1 week (3.1
    vs 4.0) and at 4 weeks (2.5 vs 3.8)': the outcome's time point, else the last) or by naming the
    outcome ('pain (VAS: 2.1 vs 3.5) and disability (NDI: 12.3 vs 15.2)'). Its arms follow the
    first group whose arms are clear ('...; at 4 weeks, 2.5 and 3.8, respectively'). Returns (the
    values, their arms, the words naming the time point), or the values unchanged."""
    size = len(arms)
    if len(picked) < 2 * size or len(picked) % size:
        return picked, None, ""
    groups_after = [GROUP_AFTER.match(sentence, f.end) for f in picked]
    if all(groups_after) and len({m["name"].lower() for m in groups_after}) == len(picked) or \
            named_items(sentence, picked, arms):
        return picked, None, ""  # a value per group, each of its own ('58 of 142 in the brochure arm, 41 of 139 in
        # the GP guidance arm, 66 of 140 in the combined arm and 22 of 141 in the usual care arm'; 'by arm:
        # acupuncture 11/24, dry needling 12/25, ...')
    groups = [picked[i:i + size] for i in range(0, len(picked), size)]
    inner = [sentence[a.end:b.start] for group in groups for a, b in zip(group, group[1:])]
    if any(len(text) > MAX_INNER for text in inner):
        return picked, None, ""  # the values of a group sit close together ('2.1 (1.0) with DN versus 3.5 ...')
    if any(MOVED_ON.fullmatch(text) for text in inner):  # ('... kg to ...')
        return picked, None, ""  # 'from 6.2 ± 1.1 to 2.1 ± 1.0': one arm before and after, not one value per arm
    ends = [group[-1].end for group in groups]
    labels = [sentence[ends[g - 1] if g else 0:group[0].start] for g, group in enumerate(groups)]
    times = [_time_named(label) for label in labels]  # 'At baseline, ...; at 4 weeks, ...'
    if not all(times):  # 'from a and b at baseline to c and d at 6 weeks': each time after its values
        trailing = [_time_named(sentence[group[-1].end:groups[g + 1][0].start if g + 1 < len(groups) else None],
                                first=True) for g, group in enumerate(groups)]
        times = trailing if all(trailing) else times
    # the group whose words name the outcome best ('reasons for discontinuation were withdrawal of consent
    # (a vs b), adverse events (c vs d) ...' for 'Discontinuation due to adverse events')
    scores = [outcome.score(label) for label in labels]
    naming = [g for g, score in enumerate(scores) if score > 0 and score == max(scores)]
    if all(times) and len({frozenset(days_named(t)) for t in times}) == len(groups):
        entry = [g for g, t in enumerate(times) if BASELINE.search(t)]
        chosen = next((g for g, t in enumerate(times) if outcome.days & days_named(t)),
                      entry[0] if entry and outcome.baseline else len(groups) - 1)
    elif len(naming) == 1 and not outcome.anywhere and all(WORD.search(label) for label in labels):
        chosen = naming[0]  # (every group named: not 'a, b, c and d in groups A, B, C and D, respectively')
    else:
        return picked, None, ""
    for g, group in enumerate(groups):  # each group read within its own stretch of the sentence
        begin, end = (ends[g - 1] if g else 0), (groups[g + 1][0].start if g + 1 < len(groups) else len(sentence))
        stretch = " " * begin + sentence[begin:end] + " " * (len(sentence) - end)
        assigned = values_for_arms(stretch, group, arms, order)
        if assigned:
            places = {ai: group.index(value) for ai, value in assigned.items()}
            return groups[chosen], {ai: groups[chosen][place] for ai, place in places.items()}, times[chosen]
    return groups[chosen], None, times[chosen]


def _time_named(text: str, first: bool = False) -> str:
    """The words naming a time point in ``text`` ('at 4 weeks', 'baseline'): the last one, or with
    ``first`` the first; '' when none."""
    named = time_phrases(text)
    at_entry = None if FOLLOW_UP.search(text) else BASELINE.search(text)
    if first and at_entry and (not named or at_entry.start() < named[0].start()):
        return at_entry.group(0)
    if named:
        m = named[0] if first else named[-1]
        return text[max(0, m.start() - 10):m.end()]
    return at_entry.group(0) if at_entry else ""


NOT_ABSENCE = re.compile(r"(?:statistically\s+)?(?:significant|differences?|changes?|impact|association|correlation|"
                         r"relationship)\b", re.I)  # 'no difference in ...' says nothing about events
# ... and 'No woman in either group developed eclampsia'
NEGATION = re.compile(rf"\b(?:no(?:\s+(?:one|{PEOPLE})(?:\s+in\s+(?:either|any|each)\s+(?:group|arm))?\s+"
                      r"(?:developed|had|experienced|required|needed|reported|suffered))?|without(?:\s+any)?|"
                      r"free (?:of|from)|neither|nor)\s+(?P<what>(?:[\w-]+\s+){0,4}[\w-]+)", re.I)


def _absent(sentence: str, outcome: OutcomeSpec) -> bool:
    """Whether ``sentence`` names the outcome only as absent ('no recurrence was observed in 34 of
    the 40', 'remained free of recurrence', 'recurrence-free'): its counts are of those without it."""
    if outcome.absence:
        return False  # ('Freedom from recurrence' counts those without it)
    spans = [m.span() for m in [*NEGATION.finditer(sentence), *FREE_OF.finditer(sentence)]
             if not NOT_ABSENCE.match(m["what"]) and outcome.score(m["what"]) > 0]
    rest = sentence
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return bool(spans) and outcome.score(rest) <= 0


def _no_events(sentence: str, outcome: OutcomeSpec, arms: list[Arm]) -> dict[int, Found] | None:
    """'No serious skin reactions occurred', 'completed the programme without any adverse effects':
    zero events in every arm, when the words right after the negation name at least half of the outcome."""
    if any(arm.mentions(sentence) for arm in arms) or outcome.phrases or not outcome.words:
        return None  # a negation next to one arm's name is that arm's, not every arm's
    if SHOWN_IN.search(sentence):
        return None  # ('The number ... reporting no pain on the first step is shown in Table 4' names where it is)
    for m in NEGATION.finditer(sentence):
        if NOT_ABSENCE.match(m["what"]) or re.search(r"\bas\s*$", sentence[:m.start()]):
            continue  # 'no difference in aphasia types', 'reclassified as no infarction'
        named = outcome_words(m["what"]) & (outcome.words | outcome.aliases)
        if named and len(named) * 2 >= len(outcome.words):
            return {ai: Found("events", (0.0,), m.start(), m.end(), m.group(0)) for ai in range(len(arms))}
    return None


def _outcome_segments(sentence: str, outcome: OutcomeSpec, arms: list[Arm] | None = None) -> str:
    """The sentence with its parts between semicolons that count something without naming the
    outcome blanked, when another part names it ('Union was achieved in 95 X and 85 Y patients;
    nonunion in 3 and 11'; not '...; no such events occurred in the sham group'); with ``arms``, only
    parts that name something else ('age = 26.1 ± 3.2 years; ...'), and no arm: not 'Plaque index:
    chlorhexidine 0.82 ± 0.21; herbal 0.95 ± 0.24', nor '...; at 4 weeks, 2.5 and 3.8, respectively'."""
    segments = sentence.split(";")
    naming = [outcome.score(segment) > 0 for segment in segments]
    if len(segments) == 1 or not any(naming):
        return sentence  # (no part names it: 'The corresponding changes ... were ... (difference -3.4 ...; p = 0.01)')
    named = [own or not re.search(r"\d", digits_for_words(segment))
             or bool(arms and (any(arm.mentions(segment) for arm in arms) or not _other_words(segment)))
             for segment, own in zip(segments, naming)]
    if all(named) or not any(named):
        return sentence
    return ";".join(segment if own else " " * len(segment) for segment, own in zip(segments, named))


def _other_words(text: str) -> set[str]:
    """The words of ``text`` that could name something: not numbers, times or list words."""
    return {w for w in outcome_words(text) if w.isalpha() and len(w) > 3 and w not in LIST_WORDS}


LIST_WORDS = {"respective", "mean", "week", "month", "year", "hour", "were", "with", "than", "versus", "they", "these"}


def _outcome_breakdown(sentence: str, outcome: OutcomeSpec, arms: list[Arm]) -> dict[int, Found] | None:
    """'the most common were bruising (dry needling 6, pressure release 0), soreness (...)': the counts per arm
    in the bracket right after the outcome's name, or None."""
    for bracket in IN_BRACKETS.finditer(sentence):
        lead = re.split(r"[,;:()]", sentence[:bracket.start()])[-1]
        # (not those left out: 'After exclusion of patients who had delirium at baseline (melatonin 8, placebo 10)')
        left_out = EXCLUSION.search(lead) or EXCLUSION_LEAD.search(lead)
        if outcome.score(lead) > 0 and not left_out and (counts := breakdown(bracket[0], arms)):
            return {ai: Found("events", (float(n),), bracket.start(), bracket.end(), bracket[0])
                    for ai, n in counts.items()}
    return None


LISTED_BEFORE = re.compile(r"(?<![\w.])\d+,\s+\d+(?:,\s+\d+)*,?\s+and\s+$")  # a count ending a list ('12, 4 and')


def _event_counts(sentence: str, arms: list[Arm]) -> dict[int, Found] | None:
    """'45 patients in the intervention group compared to 58 in the control group had died', 'in
    the TAP group was 8', '2 women in the 12-hour arm had a seizure; no seizures occurred in the
    24-hour arm': one plain count tied to each arm, or None."""
    tied: dict[int, set[int]] = {}
    at: dict[int, int] = {}  # where each arm's count stands
    for ai, value, offset in attached_sizes(sentence, arms, events=True):
        if LISTED_BEFORE.search(sentence, 0, offset):
            return None  # '12, 4 and 9 in group BF': the last of a list, one per outcome, not the arm's one count
        tied.setdefault(ai, set()).add(value)
        at.setdefault(ai, offset)
    missing = [ai for ai in range(len(arms)) if ai not in tied]
    if len(missing) == 1 and len(tied) >= 1:  # '...; no seizures occurred in the 24-hour arm'
        for m in NOBODY.finditer(sentence):  # (the arm after it, or in it: 'by none in the UC group')
            if missing[0] in (named_arm(sentence[m.end():m.end() + 40], arms), named_arm(m.group(0), arms)):
                tied[missing[0]], at[missing[0]] = {0}, m.start()
                break
    if len(tied) < len(arms) or any(len(values) != 1 for values in tied.values()):
        return None
    return {ai: Found("events", (float(next(iter(values))),), at[ai], at[ai], "") for ai, values in tied.items()}


DURATIONS = {"duration", "length", "time"}  # outcome words of a time taken, which a time phrase may print
CHANGED = re.compile(r"\b(?:changes?|reductions?|decreases?|increases?|improvements?|gains?|falls?|rises?)\b|"
                     r"\bfrom baseline\b", re.I)
MEAN_WORD = re.compile(r"\b(?:mean|average|averaged)\b(?!\s+(?:difference|change))", re.I)  # ('averaged 7.4')
# where a run of bare means ends (not at a scale's range or a unit: 'Mean WOMAC pain scores (0–20) at 6 weeks were')
MEANS_END = re.compile(r"[(\[](?!\s*(?:(?:range\s+)?\d+(?:\.\d+)?\s*[–-]\s*\d+(?:\.\d+)?|[a-zA-Z/%²]{1,8}|"
                       r"n\s*=\s*\d+)\s*[)\]])|;|\bdifference\b|"
                       r"\b[Pp]\s*[=<>]", re.I)
BARE_NUMBER = re.compile(r"(?<![\w.,/±-])-?\d+(?:\.\d+)?(?![\w.,/%°-]|\s*(?:%|±|to\s+\d))")
CLAUSE = re.compile(r"(?:[^;]+?)(?=;|,?\s+(?:whereas|while|but)\s+|,\s+and\s+|$)", re.I)  # a sentence's clauses
NOT_A_COUNT = re.compile(r"(?:\b(?:week|day|month|year|visit|grade|stage|level|type|phase|table|fig(?:ure)?|group|arm|"
                         r"version|score|session|cycle|dose|step|point|item|p|ci|per)\.?|[=<>≤≥±:]|"
                         r"\d\s*(?:to|-)|\b(?:grades?|stages?)\s+\d+\s+(?:or|and))\s*$",  # ('grade 3 or 4')
                         re.I)  # ('per 100 patient-years': a rate's denominator)


def _plain_counts(sentence: str, found: list[Found], outcome: OutcomeSpec, arms: list[Arm],
                  order: list[int] | None, groups: Callable[[], list[int | None] | None]) -> dict[int, Found] | None:
    """'reported by 12 and 25 patients in the needling and sham groups, respectively', 'Twelve
    patients in the needling group and 25 in the sham group': whole numbers (or number words) that
    are no other value, no label ('week 12', 'grade 3') and no group size, one per arm, placed as
    values are; a count of ('25 of the 49') may stand for one arm."""
    # '... risk greater than 1 in 100 were randomly assigned to ...' (not in a lead of denominators: 'Of the 318 men
    # enrolled (106 per arm), ...')
    if ALLOCATION.search(DENOMINATORS_FIRST.sub("", sentence, count=1)):
        return None
    in_digits = digits_for_words(sentence, smallest=0)  # 'in five needling patients and in one sham patient'
    sizes = {offset for _, _, offset in attached_sizes(in_digits, arms)}
    # and sizes stated for every group ('each arm included 50 patients')
    sizes |= {at for _, _, at in stated_for_every_group(in_digits)}
    taken = [(f.start, f.end) for f in found]
    plain = [Found("events", (float(m.group(1)),), m.start(), m.end(), sentence[m.start():m.end()])
             for m in SIZE.finditer(in_digits) if m.start() not in sizes
             and not NOT_A_COUNT.search(sentence[:m.start()]) and not any(s <= m.start() < e for s, e in taken)
             and int(m.group(1)) < 1900]
    plain = sorted(plain + [f for f in found if f.kind == "count_of"], key=lambda f: f.start)  # '12 ..., 25 of 49'
    # 'Two ... had failed (one because of caries and one because of fracture)': a breakdown in brackets
    outside = [f for f in plain if sentence.count("(", 0, f.start) <= sentence.count(")", 0, f.start)]
    plain = outside if len(plain) > len(arms) and outside else plain
    if len(plain) >= 2 * len(arms):  # '... in groups B and S was 12 and 29 patients at 1 h, ... and 5 and 17 at 24 h'
        named = any(arm.mentions(sentence) for arm in arms)  # (by their names, not their order, when they are named)
        _, by_time, timepoint = _group_share(sentence, plain, outcome, arms, None if named else order)
        if by_time and timepoint:
            return by_time
    if len(plain) > len(arms):  # '... occurred in three women receiving X and seven receiving Y, whereas ...
        # was recorded in nine and four women': the counts of the clause naming the outcome
        if clause := _best_clause(sentence, outcome):
            plain = [f for f in plain if clause[0] <= f.start < clause[1]]
    plain = _with_nobody(sentence, plain, arms)  # '... by three children in the test group and by none of the controls'
    every = groups() if len(plain) > len(arms) else None  # (a value per allocated group)
    if len(plain) == len(arms) or every and len(plain) == len(every):
        return values_for_arms(sentence, plain, arms, order, every) or \
            _as_introduced(sentence, plain, arms, outcome, order, every)
    # 'hypotension, bradycardia and pruritus were 12, 4 and 9 in group BF and 16, 5 and 1 in group B'
    return _outcome_share(sentence, plain, outcome, arms)[1] or each_followed_by_its_arm(sentence, plain, arms)


# 'of the 56 randomised to external rotation, the first attempt succeeded in 37': the arm's size, then its count
OF_THOSE_ALLOCATED = re.compile(rf"^\s*(?:and\s+)?of\s+(?:the\s+|all\s+)?(?P<n>\d+)\s+(?:{PEOPLE}\s+)?"
                                r"(?:who\s+were\s+)?(?:randomi[sz]ed|allocated|assigned)\s+to\s+"
                                r"(?P<name>[^,;]{2,60}),(?P<rest>[^;]*)$", re.I)


def _of_those_allocated(sentence: str, arms: list[Arm]) -> dict[int, Found] | None:
    """A clause per arm led by its allocated number, with one count in the rest ('Of the 55 patients
    randomised to scapular manipulation, reduction succeeded at the first attempt in 43; of the 56 ...')."""
    values: dict[int, Found] = {}
    offset = 0  # (of each clause in the sentence: a value keeps where it stands, as other readers' values do)
    for clause in OUTER_SEMICOLON.split(sentence):
        m = OF_THOSE_ALLOCATED.match(clause)
        counts = [c for c in SIZE.finditer(m["rest"]) if not NOT_A_COUNT.search(m["rest"][:c.start()])] if m else []
        ai = named_arm(m["name"], arms) if m else None
        if ai is None or len(counts) != 1 or ai in values or int(counts[0][1]) > int(m["n"]):
            return None
        at = offset + m.start("rest") + counts[0].start(1)
        values[ai] = Found("count_of", (float(counts[0][1]), float(m["n"])), at, at + len(counts[0][1]), counts[0][1])
        offset += len(clause) + 1
    return values if len(values) == len(arms) else None


WITHIN_PERIOD = re.compile(r"\bwithin(?=\s+(?:the\s+)?(?:first\s+)?\d)", re.I)


def _best_clause(sentence: str, outcome: OutcomeSpec) -> tuple[int, int] | None:
    """Where the one clause naming the outcome better than every other clause stands, or None. A
    period's 'within' names nothing ('Within 24 h, nausea ...' is not about 'Vomiting within 24 h')."""
    clauses = sorted(((outcome.score(WITHIN_PERIOD.sub(" ", m.group(0))), m.start(), m.end())
                      for m in CLAUSE.finditer(sentence)), reverse=True)
    return clauses[0][1:] if len(clauses) > 1 and clauses[0][0] > clauses[1][0] else None


def _in_same_order(sentence: str, tied: dict[int, Found], outcome: OutcomeSpec,
                   arms: list[Arm]) -> dict[int, Found] | None:
    """'nausea occurred in 30 patients in the X group and in 45 in the Y group, and vomiting in 5 and
    21 patients, respectively': the counts of the clause naming the outcome best, one per arm, in the
    order of the counts tied to the arms (``tied``) in the clauses before it; None unless so."""
    clause = _best_clause(sentence, outcome)
    if not clause or not RESPECTIVELY.search(sentence, clause[0]) or any(f.start >= clause[0] for f in tied.values()) \
            or ANALYSED.search(sentence, 0, clause[0]):  # (not the sizes: '198 ... and 191 ... were assessed, and')
        return None
    counts = [m for m in SIZE.finditer(sentence, *clause) if not NOT_A_COUNT.search(sentence[:m.start()])]
    if len(counts) != len(arms):
        return None
    return {ai: Found("events", (float(m[1]),), m.start(), m.end(), m[0])
            for ai, m in zip(sorted(tied, key=lambda ai: tied[ai].start), counts)}


def _as_introduced(sentence: str, found: list[Found], arms: list[Arm], outcome: OutcomeSpec, order: list[int] | None,
                   every: list[int | None] | None) -> dict[int, Found] | None:
    """A '..., respectively' list whose sentence names the arms only by words of the outcome's name, in the
    order the document introduced the arms, or one value per allocated group (``every``): 'Persistent bleeding
    after endoscopic treatment occurred in 2 and 14 patients, respectively' beside 'Standard endoscopic
    therapy'."""
    if not order or not RESPECTIVELY.search(sentence) or not arms_named_only_in_outcome(sentence, arms, outcome):
        return None
    return in_introduced_order(found, arms, order, every)
