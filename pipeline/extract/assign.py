"""Which of the values in a sentence belongs to which arm.

Lists with 'respectively', the clause or semicolon segment that names one arm and holds one value,
'X vs Y' pairs in the order the sentence names the arms, and otherwise the arm name closest to the
value; when none of these settles it the values are left unassigned.
"""

from __future__ import annotations

import re

from pipeline.extract.naming import (ADD_ON, Arm, OutcomeSpec, named_arm, names_one_part, spans_outside_brackets,
                                     token_parts)
from pipeline.extract.numbers import NUM, PEOPLE, Found, normalize
from pipeline.fulltext import Document

RESPECTIVELY = re.compile(r"\brespectively\b|\bin (?:that|the same) order\b|\bin these (?:groups|arms)\b", re.I)
SEGMENT_BREAK = re.compile(r";")
CLAUSE_BREAK = re.compile(r";|,?\s+(?:and|or|versus|vs\.?|compared (?:with|to)|than|while|whereas|but)\s+|,\s+", re.I)


def _enclosing_bracket(text: str, values: list[tuple[int, int]]) -> tuple[int, int]:
    """The span inside the innermost bracket that holds every value, or the whole text: '... (155/406
    in the progesterone group and 152/393 in the placebo group, RR 0.98)' is split inside the bracket."""
    if not values:
        return 0, len(text)
    first, last = min(v[0] for v in values), max(v[1] for v in values)
    opened: list[int] = []
    best = (0, len(text))
    for i, char in enumerate(text):
        if char in "([":
            opened.append(i)
        elif char in ")]" and opened:
            start = opened.pop()
            if start < first and i >= last and i - start < best[1] - best[0]:
                best = (start + 1, i)
    return best


INACTIVE = re.compile(r"\b(?:placebo|sham|inactive|dummy|un[a-z]+ed)\b", re.I)
COMBINED_ITEM = re.compile(r"\bcombin(?:ed|ation)\b|\w/\w", re.I)  # 'amlodipine/losartan combination'
ADDED_BEFORE = re.compile(rf"{ADD_ON.pattern}\s*$", re.I)  # 'dry needling plus ' before a word both arms share
ALONE_AFTER = re.compile(r"[\w-]+\s+(?:alone|only)\b")


def _own_mentions(text: str, arms: list[Arm],
                  spans: dict[int, list[tuple[int, int]]]) -> dict[int, list[int]]:
    """Arm index -> where ``text`` names it, leaving out a word that only stands inside another arm's
    full name ('escitalopram' in 'escitalopram plus supervised exercise' is not 'escitalopram alone').
    ``spans``: each arm's phrase spans in ``text``."""
    mentions = {ai: [spot for spot in arm.mentions(text) if any(a <= spot < b for a, b in spans[ai])
                     or not any(a <= spot < b for other, found in spans.items() if other != ai for a, b in found)]
                for ai, arm in enumerate(arms)}
    # a word of a name that lies wholly within another arm's name names the shorter one: 'the
    # ondansetron group' is 'Ondansetron alone', not 'Dexamethasone plus ondansetron'
    for ai in mentions:
        for other in mentions:
            if other != ai and arms[other].words < arms[ai].words:
                shared = set(mentions[ai]) & set(mentions[other]) - {a for a, _ in spans[ai]}
                mentions[ai] = [spot for spot in mentions[ai] if spot not in shared]
    # a word both names share, in 'X plus exercise', names the arm given in addition; in 'exercise alone',
    # the other ('82.4 after dry needling plus exercise and 76.9 after exercise alone')
    added, low = [ai for ai, arm in enumerate(arms) if arm.adds_on], normalize(text).lower()
    if len(arms) == 2 and len(added) == 1:
        for spot in set(mentions[0]) & set(mentions[1]):
            owner = added[0] if ADDED_BEFORE.search(low, 0, spot) else \
                1 - added[0] if ALONE_AFTER.match(low, spot) else None
            if owner is not None:
                mentions[1 - owner].remove(spot)
    # a word both names share names neither where each is named by words of its own ('bites' in 'the small
    # bites group' beside 'the large bites group')
    common = set.intersection(*(set(spots) for spots in mentions.values())) if mentions else set()
    if common and all(set(spots) - common for spots in mentions.values()):
        mentions = {ai: [spot for spot in spots if spot not in common] for ai, spots in mentions.items()}
    return mentions


def assign_values(values: list[tuple[int, int]], arms: list[Arm], text: str) -> dict[int, int]:
    """Arm index -> value index, for values at character spans ``values``. A segment (between
    semicolons), then a clause, that names one arm and holds one value settles that pair; the rest
    go to the closest mention, counting the characters between the two."""
    low = normalize(text).lower()
    spans = {ai: arm.phrase_spans(text) for ai, arm in enumerate(arms)}
    mentions = _own_mentions(text, arms, spans)
    # an arm the text names by its abbreviation among the values (or right before one) is not named by its words
    # alone elsewhere ('physical activity ... was 58.2 min in AB, 61.7 min in AB+N' for 'Activity breaks plus parent
    # newsletter'; not by an outcome's abbreviation before them, 'ICD therapy occurred in ...' for 'No ablation (ICD
    # only)')
    for ai in range(len(arms)):
        if among := [(a, b) for a, b in spans[ai] if not any(c.islower() for c in text[a:b])
                     and (a >= min(values)[0] or any(re.fullmatch(r"[\s:]*", text[b:v]) for v, _ in values))]:
            mentions[ai] = [spot for spot in mentions[ai] if any(a <= spot < b for a, b in among)]
    assigned: dict[int, int] = {}
    used: set[int] = set()
    inner = _enclosing_bracket(text, values)
    unbroken = text  # no clause breaks inside a value ('mean 3.2, SD 1.1 kg/cm² with X')
    for a, b in values:
        unbroken = unbroken[:a] + re.sub(r"[^()\[\]]", "0", unbroken[a:b]) + unbroken[b:]
    for breaks in (SEGMENT_BREAK, CLAUSE_BREAK):
        for start, end in ((inner[0] + a, inner[0] + b)
                           for a, b in spans_outside_brackets(unbroken[inner[0]:inner[1]], breaks)):
            named = [ai for ai, spots in mentions.items() if any(start <= s < end for s in spots)]
            inside = [vi for vi, (pos, _) in enumerate(values) if start <= pos < end and vi not in used]
            if len(named) == 1 and len(inside) == 1 and named[0] not in assigned:
                assigned[named[0]] = inside[0]
                used.add(inside[0])

    def gap(spot: int, value: tuple[int, int]) -> int:
        word_end = spot + len(re.match(r"[\w+-]*", low[spot:]).group(0))
        return value[0] - word_end if spot < value[0] else spot - value[1]

    pairs = sorted((abs(gap(spot, value)), ai, vi) for ai, spots in mentions.items() for spot in spots
                   for vi, value in enumerate(values))
    for _, ai, vi in pairs:
        if ai not in assigned and vi not in used:
            assigned[ai] = vi
            used.add(vi)
    return assigned


LETTER_AFTER = re.compile(r"\s*\(\s*([A-Z]\d?)\s*\)")


def _lettered(sentence: str, found: list[Found], arms: list[Arm]) -> dict[int, Found] | None:
    """Values each followed by its group's letter in brackets ('8/42 (K), 5/43 (D) and 17/41 (S)'),
    the arms being labelled 'group D' and 'group S' (or 'arm D'): arm index -> value."""
    letters = [m[1] if (m := LETTER_AFTER.match(sentence, f.end)) else None for f in found]
    if None in letters:
        return None
    places = {ai: letters.index(letter) for ai, arm in enumerate(arms) for letter in letters if arm.labelled(letter)}
    return {ai: found[place] for ai, place in places.items()} if len(places) == len(arms) else None


NAMED_ITEM = re.compile(r"\s*(?:,\s*|;\s*)?(?:and\s+)?(?P<name>[A-Za-z][\w +-]{1,50}?)\s*:?\s*")  # ', dry needling '


def named_items(sentence: str, found: list[Found], arms: list[Arm]) -> dict[int, Found] | None:
    """Values each right after its own group's name in a list after a colon ('by arm: acupuncture 11/24, dry
    needling 12/25, exercise 14/25, acupuncture plus exercise 18/24'): each arm's is the value of the item that
    names it (of several, the one holding most of its words). None unless every item is a name and a value."""
    lead = sentence.rfind(":", 0, found[0].start) if found else -1
    if lead < 0 or len(found) <= len(arms):
        return None
    names = []
    for start, f in zip([lead + 1] + [f.end for f in found[:-1]], found):
        if not (item := NAMED_ITEM.fullmatch(sentence, start, f.start)):
            return None
        names.append(item["name"])
    chosen = {}
    for ai, arm in enumerate(arms):
        owned = sorted(((_covered(arm, name), k) for k, name in enumerate(names) if named_arm(name, arms) == ai),
                       reverse=True)
        if not owned or len(owned) > 1 and owned[0][0] == owned[1][0]:
            return None
        chosen[ai] = found[owned[0][1]]
    return chosen


def _first_spots(text: str, arms: list[Arm], spots: list[set[int]] | None) -> list[int | None]:
    spots = spots if spots is not None else [arm.mentions(text) for arm in arms]
    return [min(own, default=None) for own in spots]


def naming_order(text: str, arms: list[Arm], spots: list[set[int]] | None = None) -> list[int]:
    """The arms ``text`` names, in the order it first names them (two first named at one place in their
    own order). ``spots`` (per arm, the places that name it, as ``exclusive_mentions`` gives) narrows what
    names an arm; by default every mention does."""
    firsts = _first_spots(text, arms, spots)
    return sorted((ai for ai, at in enumerate(firsts) if at is not None), key=firsts.__getitem__)


def full_naming_order(text: str, arms: list[Arm], spots: list[set[int]] | None = None) -> list[int] | None:
    """``naming_order`` when ``text`` names every arm, each first at a place of its own; else None."""
    firsts = _first_spots(text, arms, spots)
    if None in firsts or len(set(firsts)) < len(firsts):
        return None
    return sorted(range(len(arms)), key=firsts.__getitem__)


CONTROLLED_DESIGN = re.compile(r"\b[\w-]+-controlled\b", re.I)


def introduction_order(doc: Document, arms: list[Arm]) -> list[int] | None:
    """The order of the arms in the first sentence that names them all (not as the design: 'a
    randomised, sham-controlled trial of acupuncture')."""
    for _, sentence in doc.sentences():
        order = naming_order(CONTROLLED_DESIGN.sub(" ", sentence), arms)
        if len(order) == len(arms):
            return order
    return None


LIST_LEAD = re.compile(r"^\W*(?:in|for|of)\s+(?:the\s+)?(?:patients\s+)?", re.I)  # words before a list of arm names
LIST_LEAD_WORD = re.compile(LIST_LEAD.pattern + r"(?:\w+\s+)?", re.I)  # ... and one more ('in the respective ...')
# where the items of a list of names part (not inside 'wait-and-see')
LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or)?|(?<!-)\b(?:and|or)\b(?!-)|\bversus\b|\bvs\.?)\s*", re.I)
NAMES_FROM = re.compile(r"\b(?=(?:in|for)\s)")  # where names follow values: '... in the ITT and PP analyses'


def list_items(text: str) -> list[str]:
    """The items of a list of names: 'AJ, WGJ and WA' -> 'AJ', 'WGJ', 'WA'."""
    return [item for item in LIST_SPLIT.split(text) if item and item.strip(" .,;:()")]


def list_positions(text: str, arms: list[Arm]) -> dict[int, int] | None:
    """In 'AJ, WGJ and WA' (a list of arm names): arm index -> its place in the list. Lists may
    name arms we are not asked about; they keep their places."""
    items = list_items(text)
    best: dict[int, tuple[float, float, int]] = {}
    combined = {ai for ai, arm in enumerate(arms) if not INACTIVE.search(arm.label)  # (not 'Heat wrap plus placebo')
                and any(COMBINED_ITEM.search(item) and arm.score(item) for item in items)}
    for place, item in enumerate(items):  # a bare label names its group: 'in groups D0.5, D1 and C'
        # (of two arms named alike, the one the item names whole: 'propofol' is 'Propofol alone', not 'Ketofol')
        # (a combined arm is not the item naming one of its parts: 'amlodipine' beside 'combination')
        scores = [(0.0 if names_one_part(item, arm.label) and ai in combined else
                   max(arm.score(item), arm.score(f"group {item}")), _covered(arm, item), ai)
                  for ai, arm in enumerate(arms)]
        score, covered, ai = max(scores)
        # of the items an arm names best, the one naming it most: 'combined DASH-low-sodium' after 'DASH'
        # for 'DASH diet with low sodium'
        if score > 0 and sum(1 for s, c, _ in scores if (s, c) == (score, covered)) == 1 and \
                (ai not in best or (score, covered) > best[ai][:2]):
            best[ai] = (score, covered, place)
    places = {ai: place for ai, (_, _, place) in best.items()}
    return places if len(places) == len(arms) and len(set(places.values())) == len(arms) else None


def _covered(arm: Arm, text: str) -> float:
    """The share of the arm's words that ``text`` holds."""
    return len(arm.words & set(token_parts(text))) / len(arm.words) if arm.words else 0.0


DENOMINATORS_FIRST = re.compile(r"^\W*(?:of|among)\s+(?:the|all|these)\b[^,;]*,", re.I)


def each_followed_by_its_arm(sentence: str, counts: list[Found], arms: list[Arm],
                             reach: int | None = None) -> dict[int, Found] | None:
    """'19 patients on ramipril (n = 204), 6 on telmisartan (n = 201) and 21 on the combination of
    ramipril and telmisartan': of more counts than arms, those followed (before the next count, and within
    ``reach`` characters when given) by the name of one arm, when each arm has one; a count of a third
    group naming none or both is left."""
    stops = [f.start for f in counts[1:]] + [len(sentence)]
    named = [(ai, f) for f, stop in zip(counts, stops)
             if (ai := named_arm(sentence[f.end:stop if reach is None else min(stop, f.end + reach)], arms))
             is not None]
    owned = dict(named)
    return owned if len(owned) == len(named) == len(arms) else None  # (each arm once)


def exclusive_mentions(text: str, arms: list[Arm]) -> list[set[int]]:
    """Per arm, where ``text`` names it by a word no other arm's name holds there ('catheter' in 'catheter
    removal' beside a silver catheter and a standard catheter names neither; 'superficial needling' names
    the superficial arm, not the deep one)."""
    spots = [set(arm.mentions(text)) for arm in arms]
    return [own - set().union(*(other for j, other in enumerate(spots) if j != ai)) for ai, own in enumerate(spots)]


def names_one_arm(text: str, arms: list[Arm]) -> bool:
    """Whether ``text`` names an arm by more than words every arm's name has."""
    return any(exclusive_mentions(text, arms))


def arms_named_only_in_outcome(sentence: str, arms: list[Arm], outcome: OutcomeSpec) -> bool:
    """Whether every word of ``sentence`` naming one arm (not a word of every arm's name, as 'catheter' of
    two catheters) is a word of the outcome's name instead ('screen time' beside a screen-time programme)."""
    low = normalize(sentence).lower()
    spots = [WORD_AT.match(low, at) for own in exclusive_mentions(sentence, arms) for at in own]
    return bool(spots) and all(m and outcome.score(m[0]) > 0 for m in spots)


WORD_AT = re.compile(r"[\w-]+")
OUTER_SEMICOLON = re.compile(r";(?![^()]*\))")  # (not inside brackets: '(MD -0.7, 95% CI -7.0, 5.6; P = 0.83)')


def values_for_arms(sentence: str, found: list[Found], arms: list[Arm],
                    default_order: list[int] | None = None,
                    groups: list[int | None] | None = None) -> dict[int, Found] | None:
    """Which value belongs to which arm in one sentence, or None when that is not clear.
    ``default_order`` is the order in which the document introduced the arms, for a
    '..., respectively' sentence that does not name them; ``groups``, every allocated group in the
    order of the allocation, for such a sentence listing a value per group."""
    # "from X to Y", "(X to Y)": Y is the follow-up value
    found = [f for f in found if not re.search(r"\bfrom\s*$", sentence[max(0, f.start - 8):f.start], re.I)
             and not any(g.start > f.end and MOVED_ON.fullmatch(sentence, f.end, g.start) for g in found)] or found
    respectively = RESPECTIVELY.search(sentence)
    if respectively and found:  # ('27% of X and 45% of Y (n = 24 and 41, respectively)': the bracket's own list;
        start, end = _enclosing_bracket(sentence, [respectively.span()])  # not '(X versus Y, respectively)')
        if not start <= found[0].start < end and len(re.findall(r"\d+", sentence[start:respectively.start()])) >= 2:
            respectively = None
    if respectively and found and ";" in sentence[found[-1].end:sentence.rfind(";", 0, respectively.start()) + 1]:
        respectively = None  # ('19 (23.5%) of X versus 44 (55.7%) of Y; hyperthermia in four and one, respectively')
    if respectively and len(found) >= len(arms):
        listed = [f for f in found if f.end <= respectively.start()]  # (not '...; IGA 0/1 responses were
        found = listed if len(listed) >= len(arms) else found  # 65.3%, 51.0% and 2.0%' after it)
        tail = sentence[found[-1].end:respectively.start()]
        head = sentence[:found[0].start]
        other_list = re.search(r"\b\d+\s*(?:,|,?\s*and)\s*\d+\b", tail)  # '..., 50 and 49 ..., respectively'
        for names in (tail if not other_list else "",
                      re.split(r"\b(?:in|for|of|with)\b", head)[-1] if head else "",
                      # '... g/L at 6 weeks in the intravenous and oral groups', '... g in groups L, H and P'
                      NAMES_FROM.split(tail)[-1] if not other_list else "",
                      # '12/40, 7/40 and 3/39 patients receiving propofol, ketofol and etomidate'
                      re.split(r"\b(?:receiving|given|treated with)\s+", tail)[-1] if not other_list else "",
                      # 'In the Foley-oxytocin, Foley-alone and misoprostol arms, caesarean delivery occurred in ...'
                      listed["names"] if head and (listed := GROUPS_LISTED.search(head)) else ""):
            for lead in (LIST_LEAD, LIST_LEAD_WORD):  # 'in the needling and sham groups', 'in the GV and GP arms'
                places = list_positions(lead.sub("", names), arms)
                if places and max(places.values()) < len(found):
                    return {ai: found[place] for ai, place in places.items()}
        # 'Of the 45 BSD and 42 FESS patients who completed follow-up, revision procedures were needed in 3 and 2,
        # respectively': counts (not shares) for the arms in the order the lead names them
        denominators = DENOMINATORS_FIRST.match(sentence)
        if denominators and len(found) == len(arms) and all(f.kind != "pct" for f in found) and \
                not any(a.mentions(sentence[denominators.end():]) for a in arms) and \
                (named := full_naming_order(denominators.group(0), arms)):
            return dict(zip(named, found))
        clause = max((m.end() for m in OUTER_SEMICOLON.finditer(sentence, 0, found[0].start)), default=0)
        if clause and len(found) == len(arms) and all(f.kind.startswith("mean") for f in found) and \
                not names_one_arm(sentence[clause:], arms) and \
                (named := full_naming_order(sentence[:clause], arms, exclusive_mentions(sentence[:clause], arms))):
            # 'anthropometry was available for 587 children in Arm A and 602 in Arm B; mean WLZ was -0.42 (SD 1.08)
            # and -0.61 (SD 1.12), respectively': in the order the clauses before name the arms
            return dict(zip(named, found))
        # ('... by 18, 16 and 9 completers, respectively')
        return None if names_one_arm(sentence, arms) else in_introduced_order(found, arms, default_order, groups)
    # 'Among the 151 patients in X and 153 in Y, 60 (39.7%) and 26 (17.0%) initiated ...': a pair right after a
    # lead naming every arm with its denominator, in the order the lead names them
    lead = DENOMINATORS_FIRST.match(sentence)
    if lead and len(found) == len(arms) == 2 and not sentence[lead.end():found[0].start].strip() and \
            JUST_AND.fullmatch(_between(sentence, found)) and \
            (named := full_naming_order(lead.group(0), arms)):
        return dict(zip(named, found))
    # names after the values, within the bracket that holds them ('... (2.1 vs 3.4); fewer in group K ...' has none)
    scope = _enclosing_bracket(sentence, [(f.start, f.end) for f in found])[1] if found else 0
    if found and not any(arm.mentions(sentence[found[0].start:scope]) for arm in arms):
        paired = _versus_pair(sentence, found, arms)  # 'with X compared with Y (4.1 vs 2.9)': names come first
        if paired:
            return paired
    if len(found) >= len(arms) and all(LIST_JOIN.fullmatch(_between(sentence, [a, b]))
                                       for a, b in zip(found, found[1:])):
        before = list(GROUPS_LISTED.finditer(sentence[:found[0].start]))  # 'The needling and sham groups had a and b'
        after = GROUPS_LISTED.match(sentence[found[-1].end:])  # 'a vs b patients in the needling and sham groups'
        listed = after or (before[-1] if before else None)
        places = list_positions(listed["names"], arms) if listed else None
        # (as many names as values: '28 (26.9%), ..., and 69 (70.4%) children in the 0.05%, 0.025%, 0.01% and
        # placebo groups')
        if places and (len(found) == len(arms) or len(LIST_JOIN.split(listed["names"])) == len(found)):
            return {ai: found[place] for ai, place in places.items()}
    legend = NAMES_AFTER.match(sentence[found[-1].end:]) if found else None
    if legend and len(found) == 2 and not any(arm.mentions(sentence[:found[0].start]) for arm in arms):
        named = full_naming_order(legend.group(0), arms)  # '2.1 vs. 3.5 (needling vs. sham, P < 0.01)'
        if named and VERSUS.match(_between(sentence, found)):
            return dict(zip(named, found))
    # '8/42 (K), 5/43 (D) and 17/41 (S)', 'by arm: acupuncture 11/24, dry needling 12/25, ...'
    labelled = _lettered(sentence, found, arms) or named_items(sentence, found, arms)
    if labelled:
        return labelled
    # '9 of 31 women (29%) on the low-GI diet compared with 19 of 32 women (59%) on the high-fibre diet'
    if len(found) == len(arms) and not any(arm.mentions(sentence[:found[0].start]) for arm in arms) and \
            (followed := each_followed_by_its_arm(sentence, found, arms, reach=40)):
        return followed
    assigned = assign_values([(f.start, f.end) for f in found], arms, sentence)
    if len(assigned) == len(arms):
        return {ai: found[vi] for ai, vi in assigned.items()}
    if groups and len(found) == len(groups) > len(arms) and not names_one_arm(sentence, arms) and all(
            LIST_JOIN.fullmatch(_between(sentence, [a, b])) for a, b in zip(found, found[1:])):
        # 'Recurrent sprains were reported by 14, 10, 13 and 9 of these participants': one per group, in order
        return _one_per_group(found, groups)
    if default_order and len(found) == len(arms) == 2 and (all(f.kind in ORDERED_KINDS for f in found) or all(
            f.kind == "events" for f in found) and PEOPLE_WORD.match(sentence, found[1].end + 1)) \
            and (VERSUS.match(between := _between(sentence, found)) or JUST_AND.fullmatch(between)) \
            and not names_one_arm(sentence, arms):
        # '76/200 vs 41/196', '18 patients (15.0%) versus 31 (25.8%)', '58 (69.0%) and 44 (54.3%) women' naming no arm:
        # as the document introduced them
        return dict(zip(default_order, found))
    if len(found) == len(arms) == 2 and len(assigned) == 1 and assigned.get(next(iter(assigned))) == 0 and \
            THE_OTHERS.match(sentence[found[1].end:]):
        named = next(iter(assigned))  # '2 of 101 patients who received X and 3 of 100 who did not'
        return {named: found[0], 1 - named: found[1]}
    if len(found) == len(arms) == 2 and len(assigned) == 1 and (pair := _named_after(sentence, found, arms, assigned)):
        return pair
    return _versus_pair(sentence, found, arms)


def _one_per_group(found: list[Found], groups: list[int | None]) -> dict[int, Found]:
    """The values of a list of one per allocated group (``groups``, in order, as the arm each is)."""
    return {ai: found[place] for place, ai in enumerate(groups) if ai is not None}


def in_introduced_order(found: list[Found], arms: list[Arm], order: list[int] | None,
                        groups: list[int | None] | None) -> dict[int, Found] | None:
    """The values of a list that names no arm: one per arm in the ``order`` the document introduced the
    arms, or one per allocated group (``groups``) when it lists more values than arms; else None."""
    if order and len(found) == len(arms):
        return dict(zip(order, found))
    if groups and len(found) == len(groups) > len(arms):
        return _one_per_group(found, groups)
    return None


JUST_AND = re.compile(r"\s*,?\s*and\s*")
ORDERED_KINDS = ("count_of", "count_pct", "mean_sd", "mean_se")  # values a pair naming no arm gives in the arms' order
PEOPLE_WORD = re.compile(rf"{PEOPLE}\b", re.I)
PARALLEL = re.compile(r"\b(?:and|versus|vs|compared\s+with|while|whereas)\b", re.I)


def _named_after(sentence: str, found: list[Found], arms: list[Arm],
                 assigned: dict[int, int]) -> dict[int, Found] | None:
    """Two values of one kind, each followed by its arm's name, one name in words the arm's
    description does not hold: '11/127 (8.7%) women with a pessary and 24/126 (19.0%) managed
    expectantly' (the other arm is named nowhere in the sentence)."""
    (named, value), = assigned.items()
    other = 1 - named
    low = normalize(sentence).lower()
    spots = [spot for spot in arms[named].mentions(sentence) if not PEOPLE_WORD.match(low, spot)]  # (not 'cases')
    if arms[other].mentions(sentence) or found[0].kind != found[1].kind or not spots or \
            not PARALLEL.search(sentence, found[0].end, found[1].start):
        return None
    follows = [found[value].end <= spot < (found[1].start if value == 0 else len(sentence)) for spot in spots]
    # the words after the other value name the other arm, not this one ('... and by 397 of 1,019 assigned to no
    # vitamin D')
    after_other = sentence[found[1].end:found[1].end + 60] if value == 0 else sentence[found[0].end:found[1].start]
    if not all(follows) or set(token_parts(after_other)) & arms[named].words:
        return None
    return {named: found[value], other: found[1 - value]}


# '... and 3 of 100 who did not', '... and 42 of 112 (37.5%) who did not', '... with a drain and in twelve without'
THE_OTHERS = re.compile(r"\s*(?:[(\[][^()\[\]]*[)\]]\s*)?(?:\w+\s+){0,2}?(?:(?:who|that)\s+(?:did|were|had)\s+not\b|"
                        r"without\s*(?:[(.,;]|$))", re.I)


# what sets two values against each other ('mg vs', ', versus')
MOVED_ON = re.compile(r"\s*(?:[^\W\d_][\w/%µ.]*\s+)?to\s*")  # between a value and the one it moved to: ' kg to '
VERSUS = re.compile(r"^\s*(?:[a-zA-Zµ/]{1,8}\s+)?,?\s*(?:vs\.?|versus|v\.?|compared (?:with|to))\s*$", re.I)
LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and|vs\.?|versus)\s*")
# '(mmHg) patients in the'
GROUPS_LISTED = re.compile(rf"(?:\s*(?:[a-zA-Zµ/%]{{1,8}}\s+)?(?:{PEOPLE})?\s*(?:in|for)\s+the\s+)?"
                           r"(?P<names>[\w.%-]+(?:\s+[\w-]+)?(?:\s*,\s*[\w.%-]+(?:\s+[\w-]+)?)*\s*,?\s+and\s+[\w.%-]+"
                           r"(?:\s+[\w-]+)?)\s+(?:groups|arms)\b", re.I)  # 'needling and sham groups'
# 'min (needling vs. sham': the arms of a pair named in a bracket after it
NAMES_AFTER = re.compile(r"\s*(?:[a-zA-Zµ/%]{1,8}\s*)?\(\s*[^()]{3,60}?\s(?:vs\.?|versus)\s[^();,]{2,40}")


def _between(sentence: str, found: list[Found]) -> str:
    """The words between two values, without brackets and shares ('[40/50] vs 60% [' -> 'vs')."""
    return re.sub(rf"[()\[\]]|(?:{NUM})\s*%", " ", sentence[found[0].end:found[1].start])


THAN_NAMED = re.compile(r"\bthan\s+(?:in\s+|with\s+|among\s+|for\s+)?(?:the\s+)?$", re.I)


def _versus_pair(sentence: str, found: list[Found], arms: list[Arm]) -> dict[int, Found] | None:
    """'more patients in the intervention group continued (86/125 vs 78/133)': the only two values,
    set against each other, follow the order in which the sentence names the arms before them; an
    arm it does not name comes after the one it names."""
    if len(found) != 2 or len(arms) != 2:
        return None
    if not VERSUS.match(_between(sentence, found)):
        return None
    before = sentence[:found[0].start]
    named = naming_order(before, arms)
    others = [ai for ai in range(len(arms)) if ai not in named]
    # ... unless the one it names is what the other is compared with ('lower among treated patients than
    # controls (3.8 vs 6.2')
    if len(named) == 1 and THAN_NAMED.search(before[:arms[named[0]].mentions(before)[0]]):
        return dict(zip(others + named, found))
    return dict(zip(named + others, found)) if named else None
