"""Targeted extraction: given two arms and an outcome, find each arm's numbers in a document.

This is the shared core of the automatic extraction, used for trial abstracts, PubMed Central
full texts and the extraction benchmark. For an intervention arm, a comparator arm and an
outcome it reads (continuous outcomes: n, mean, SD, or the SE or 95% CI printed instead;
binary outcomes: n, events):

1. arms are named by their descriptions, the abbreviations the text defines for them and the
   labels it gives them ("Group A (Stypro sponge)", "the LP group received ...");
2. tables whose columns name the arms and whose rows name the outcome (cells such as
   ``3.1 (1.2)``, ``3.1 ± 1.2``, a mean column beside an SD column, ``12 (40%)``, ``12/30``;
   group sizes from headers such as "Dry needling (n = 20)"), taking the column of the time
   point the outcome names, else a follow-up rather than a baseline column or row; tables of
   baseline characteristics only for characteristics at entry;
3. sentences that name the outcome, assigning values to arms by "respectively" lists, by the
   arm name closest to each value, or by the order of "X vs Y", and taking the value after "to"
   in "from X to Y" (follow-up, not baseline);
4. group sizes tied to an arm name by their position ("40 in the clonidine group", "fentanyl
   group: 76", "N = 357 for placebo", "..., respectively" lists) and, when only a total is given,
   the total over the number of groups (flagged as an assumption).

A table row is preferred to a sentence unless the sentence names the outcome better. Every value
keeps where it was read; the result has a confidence and flags. When the evidence is ambiguous a
value stays unknown rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.numbers import PEOPLE, Found, find_counts, find_values, normalize, to_float, words_to_int
from pipeline.fulltext import Document, Table

STOPWORDS = {
    "the", "of", "and", "or", "with", "for", "in", "to", "a", "an", "on", "at", "by", "plus", "group", "groups",
    "arm", "patients", "treatment", "therapy", "who", "received", "receiving", "versus", "vs", "daily", "once",
    "twice", "as", "per", "from", "that", "were", "was", "is", "be", "mg", "ml", "dose", "doses", "alone", "only",
    "i", "ii", "iii", "which", "their", "those", "subjects", "participants", "intervention", "given", "use",
}
COMPARATOR_WORDS = ("placebo", "control", "sham", "usual care", "standard care", "conventional", "no treatment",
                    "waiting list", "wait-list", "waitlist", "vehicle", "routine care")
BASELINE = re.compile(r"\b(?:baseline|pre-?treatment|before (?:the )?(?:treatment|intervention|therapy)|at entry|"
                      r"at admission|on admission|at randomi[sz]ation|pre-?intervention|pre-?test|initial)\b", re.I)
FOLLOW_UP = re.compile(r"\b(?:after|post|follow|final|end of|discharge|week|weeks|month|months|day|days|"
                       r"at \d+|later)\b", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
ENROLMENT = re.compile(r"\b(?:randomi[sz]ed|randomly|allocated|assigned|analy[sz]ed|included|completed|enrolled|"
                       r"received|divided)\b", re.I)


ANALYSED = re.compile(r"\b(?:analy[sz]ed|analy[sz]able|evaluable|completed|included in the (?:final )?analysis|"
                      r"data (?:were )?available)\b", re.I)


GREEK = str.maketrans({"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "µ": "micro", "μ": "micro"})


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers ('β-blocker' -> 'beta-blocker')."""
    return re.findall(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", normalize(text).lower().translate(GREEK))


def _stem(word: str) -> str:
    """Plural to singular, roughly: 'events' -> 'event', 'TEAEs' -> 'teae' ('illness' stays)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def outcome_words(text: str) -> set[str]:
    """The words of ``text`` for matching outcome names: singular, with the parts of hyphenated
    words ('side-effects' -> 'side-effect', 'side', 'effect') and of a scale with its time point
    ('VAS30' -> 'vas30', 'vas')."""
    words = {w for t in tokens(text) for w in {t, *t.split("-")}}
    return {_stem(w) for w in words} | {m.group(1) for w in words if (m := re.fullmatch(r"([a-z]{2,})\d+", w))}


def _boundary(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9-]){re.escape(phrase)}(?![a-z0-9])")


@dataclass
class Arm:
    """How an arm is named: its description and the words that identify it in a text."""

    label: str
    words: set[str] = field(default_factory=set)
    phrases: list[str] = field(default_factory=list)
    exclude_after: tuple[str, ...] = ()  # a mention right after one of these words is not this arm ("sham" DN)

    @classmethod
    def from_description(cls, description: str, extra: tuple[str, ...] = ()) -> Arm:
        text = normalize(description)
        low = text.lower().strip()
        phrases = [low]
        phrases += [m.lower().strip() for m in re.findall(r"\(([^()]{1,14})\)", text)]  # abbreviations in brackets
        phrases += [m.group(0).lower() for m in re.finditer(r"\b\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ml|iu|units?)\b", text,
                                                            re.I)]
        phrases += [re.sub(r"\s+(?:group|arm)$", "", p) for p in phrases if re.search(r"\w\s+(?:group|arm)$", p)]
        phrases += [p.lower() for p in extra]
        phrases += [p.replace("-", " ") for p in phrases if "-" in p]
        words = {w for t in tokens(text) for w in {t, *t.split("-")} if w not in STOPWORDS and (len(w) > 2 or w.isdigit())}
        words |= {w for w in COMPARATOR_WORDS if w in low}
        return cls(label=description, words=words, phrases=sorted({p for p in phrases if p}, key=len, reverse=True),
                   exclude_after=NEGATIONS)

    def _excluded(self, low: str, spot: int) -> bool:
        before = low[max(0, spot - 24):spot].split()
        return bool(self.exclude_after) and bool(before) and before[-1] in self.exclude_after

    def _phrase_spots(self, low: str) -> tuple[list[int], int]:
        """(offsets of this arm's phrases that count, number of phrase hits excluded by context)."""
        kept, excluded = [], 0
        for p in self.phrases:
            if len(p) > 1:
                for m in _boundary(p).finditer(low):
                    if self._excluded(low, m.start()):
                        excluded += 1
                    else:
                        kept.append(m.start())
        return kept, excluded

    def score(self, text: str) -> float:
        """How strongly ``text`` names this arm (0 = not at all, or only as 'sham <arm>')."""
        low = normalize(text).lower()
        kept, excluded = self._phrase_spots(low)
        if excluded and not kept:
            return 0.0
        found = set(tokens(low)) | {w for w in COMPARATOR_WORDS if w in low}
        return 2.0 * len(set(kept)) + sum(1.5 if any(c.isdigit() for c in w) else 1.0 for w in self.words & found)

    def mentions(self, text: str) -> list[int]:
        """Character offsets in ``text`` where this arm is named."""
        low = normalize(text).lower()
        spots = set(self._phrase_spots(low)[0])
        for w in self.words:
            if len(w) > 3 or w in COMPARATOR_WORDS:
                spots |= {m.start() for m in _boundary(w).finditer(low) if not self._excluded(low, m.start())}
        return sorted(spots)


ABBREVIATION = re.compile(r"([A-Za-z][A-Za-z0-9 ,'/-]{2,80}?)\s*\(\s*([A-Z][A-Za-z0-9+-]{1,9})\s*\)")
ROLE_INTERVENTION = ("intervention group", "intervention", "experimental group", "treatment group", "active group",
                     "study group")
ROLE_CONTROL = ("control group", "control", "comparison group", "no intervention", "no treatment")
NEGATIONS = ("no", "non", "without")  # 'No intervention' is not the intervention arm


def document_aliases(doc: Document, description: str, whole: bool = False) -> tuple[str, ...]:
    """Abbreviations the document defines for an arm or outcome: 'resistant maltodextrin (RMD)' -> 'rmd'.
    An arm's abbreviation needs half of the long form's last content words in the description;
    with ``whole`` (outcomes) the long form must end in exactly the description's content words."""
    wanted = {t for t in tokens(description) if t not in STOPWORDS and len(t) > 2}
    aliases = []
    for _, sentence in doc.sentences():
        for long_form, abbreviation in ABBREVIATION.findall(sentence):
            words = [t for t in tokens(long_form) if t not in STOPWORDS and len(t) > 2]
            if whole:
                named = bool(wanted) and set(words[-len(wanted):]) == wanted
            else:
                words = words[-4:]
                named = bool(words) and sum(w in wanted for w in words) >= max(1, (len(words) + 1) // 2)
            if named:
                aliases.append(abbreviation.lower())
    return tuple(dict.fromkeys(aliases))


def arms_for(doc: Document, intervention: str, comparator: str) -> tuple[Arm, Arm]:
    """Arms named by their descriptions, the document's abbreviations for them and, in a trial
    against a control, the usual role names ('intervention group', 'control group')."""
    low = comparator.lower()
    is_control = any(w in low for w in ("placebo", "control", "sham", "usual", "standard", "conventional", "routine",
                                        "waiting", "wait-list", "without", "no ")) or low.startswith("no ")
    extra_i = document_aliases(doc, intervention) + (ROLE_INTERVENTION if is_control else ())
    extra_c = document_aliases(doc, comparator) + (ROLE_CONTROL if is_control else ())
    arms = [Arm.from_description(intervention, extra_i), Arm.from_description(comparator, extra_c)]
    for ai, labels in group_labels(doc, arms).items():
        taken = {p for other in arms if other is not arms[ai] for p in other.phrases}  # 'WA' of '... water (WA)'
        arms[ai].phrases = sorted(set(arms[ai].phrases) | (set(labels) - taken), key=len, reverse=True)
    return arms[0], arms[1]


GROUP_LABEL = re.compile(r"\b(?i:groups?)\s+(?P<a>[A-Z]|I{1,3}|IV|V|\d)\b(?![-.,]?\d)|"
                         r"\b(?P<b>[A-Z]{1,5}\d?)\s+(?i:group)\b")
LABEL_END = re.compile(r";|,|\s(?:and|or|while|whereas|but|versus|vs\.?)\s", re.I)


def _same_kind(text: str, label: str) -> bool:
    """False when a comparator word sets ``text`` apart from the arm ``label``: 'sham needling'
    is not 'needling', and 'needling' is not 'sham needling'."""
    return not any(w in text and w not in label for w in COMPARATOR_WORDS) and \
        not any(w in label and w not in text for w in ("sham", "placebo"))


def group_labels(doc: Document, arms: list[Arm]) -> dict[int, list[str]]:
    """Labels a document gives the arms: 'Group A (Stypro sponge)', 'in group I (120 people)
    intravenous lidocaine', 'the LP group received acupressure at local points'. A label goes to
    the arm that the words right after it name (up to the clause's end; 'sham needling' does not
    name 'needling'), by majority over the text."""
    votes: dict[str, dict[int, int]] = {}
    for _, sentence in doc.sentences():
        matches = list(GROUP_LABEL.finditer(sentence))
        for k, m in enumerate(matches):
            end = matches[k + 1].start() if k + 1 < len(matches) else len(sentence)
            window = sentence[m.end():end]
            for start, stop in _spans(window, LABEL_END)[:1]:
                named = window[start:stop].lower()
                ai = _named_arm(named, arms)
                if ai is not None and _same_kind(named, arms[ai].label.lower()):
                    label = f"group {m['a'].lower()}" if m["a"] else m["b"].lower()
                    votes.setdefault(label, {}).setdefault(ai, 0)
                    votes[label][ai] += 1
    labels: dict[int, list[str]] = {}
    for label, counts in votes.items():
        ranked = sorted(counts.items(), key=lambda x: -x[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            labels.setdefault(ranked[0][0], []).append(label)
    return labels


@dataclass
class ArmValues:
    n: int | None = None
    mean: float | None = None
    sd: float | None = None
    events: int | None = None
    percent: float | None = None
    se: float | None = None  # printed instead of an SD: the standard error of the mean,
    ci: tuple[float, float] | None = None  # or the 95% CI of the mean


@dataclass
class Extraction:
    """Per-arm values for one outcome with where they were read, a confidence and flags."""

    intervention: ArmValues
    comparator: ArmValues
    provenance: list[str] = field(default_factory=list)
    confidence: float = 0.0
    flags: list[str] = field(default_factory=list)
    conversions: list[str] = field(default_factory=list)
    match: float = 0.0  # how well the outcome's name matched where the values were read

    @property
    def arms(self) -> tuple[ArmValues, ArmValues]:
        return self.intervention, self.comparator


PAIN_WORDS = {"pain", "severity", "intensity", "relief"}
PAIN_SCALES = frozenset({"vas", "nrs", "nprs"})
TIME_AFTER = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<u>h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mo|months?|"
                        r"y|years?)\b", re.I)
TIME_BEFORE = re.compile(r"\b(?P<u>hour|day|week|month|year)\s*(?P<n>\d+(?:\.\d+)?)\b", re.I)
DAYS_PER = {"h": 1 / 24, "d": 1.0, "w": 7.0, "m": 30.44, "y": 365.25}


def days_named(text: str) -> set[float]:
    """Time points in ``text``, in days: '12 m', '24 h', 'week 96', '6-month' -> {365.28, 1.0, 672.0, 182.64}."""
    found = set()
    for pattern in (TIME_AFTER, TIME_BEFORE):
        for m in pattern.finditer(normalize(text)):
            unit = m["u"].lower()
            found.add(round(float(m["n"]) * DAYS_PER["m" if unit.startswith("mo") else unit[0]], 2))
    return found


GENERIC_OUTCOME = {"mean", "number", "change", "total", "rate", "score", "scores", "level", "levels", "patients",
                   "patient", "participant", "participants", "subject", "subjects",
                   "incidence", "proportion", "percentage", "frequency", "value", "values", "measured", "time",
                   "after", "before", "end", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                   "year", "years", "minutes", "baseline", "overall", "any", "all"}


@dataclass(frozen=True)
class OutcomeSpec:
    """What names an outcome in a text: whole phrases (instrument names) or content words."""

    phrases: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    aliases: frozenset[str] = frozenset()  # abbreviations that stand for all the words ('rds')
    days: frozenset[float] = frozenset()  # time points the description names ('at 12 months')
    baseline: bool = False  # the description asks for a characteristic at entry ('Baseline diabetes')
    anywhere: bool = False  # every sentence qualifies (the outcome was named elsewhere in the text)

    @classmethod
    def from_description(cls, outcome: str, doc: Document | None = None) -> OutcomeSpec:
        """Content words of a description such as 'incidence of respiratory distress syndrome',
        and the abbreviations ``doc`` defines for them ('RDS')."""
        words = frozenset(_stem(t) for t in tokens(outcome) if t not in STOPWORDS and t not in GENERIC_OUTCOME
                          and len(t) > 2)
        aliases = frozenset(_stem(a) for a in document_aliases(doc, outcome, whole=True) if a not in words) \
            if doc else frozenset()
        if "pain" in words and words <= PAIN_WORDS:  # 'severity of pain', 'pain relief': a pain scale names it
            aliases |= PAIN_SCALES
        return cls(words=words, aliases=aliases, days=frozenset(days_named(outcome)),
                   baseline=bool(BASELINE.search(outcome) or BASELINE_TABLE.search(outcome)))

    @classmethod
    def from_names(cls, names: tuple[str, ...]) -> OutcomeSpec:
        return cls(phrases=tuple(n.lower() for n in names))

    def coverage(self, text: str) -> float:
        """The share of the words of ``text`` (a row label) that name the outcome."""
        found = {w for w in outcome_words(text) if len(w) > 2 and not w.isdigit()}
        return len(found & (self.words | self.aliases)) / len(found) if found else 0.0

    def score(self, text: str) -> float:
        if self.anywhere:
            return 0.1
        if self.phrases:
            low = normalize(text).lower()
            return float(sum(1 for p in self.phrases if _boundary(p).search(low)))
        if not self.words:
            return 0.0
        found = outcome_words(text)
        if self.aliases & found:
            return len(self.words) ** 0.5
        return sum(1.0 for w in self.words if w in found) / len(self.words) ** 0.5


# -- assignment of values to arms -------------------------------------------------------------------

SEGMENT_BREAK = re.compile(r";")
CLAUSE_BREAK = re.compile(r";|,?\s+(?:and|or|versus|vs\.?|compared (?:with|to)|while|whereas|but)\s+|,\s+", re.I)


def _spans(text: str, breaks: re.Pattern) -> list[tuple[int, int]]:
    """Spans of ``text`` between the matches of ``breaks`` that lie outside brackets."""
    spans, start = [], 0
    for match in breaks.finditer(text):
        if text[:match.start()].count("(") <= text[:match.start()].count(")"):
            spans.append((start, match.start()))
            start = match.end()
    spans.append((start, len(text)))
    return spans


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


def _assign(values: list[tuple[int, int]], arms: list[Arm], text: str) -> dict[int, int]:
    """Arm index -> value index, for values at character spans ``values``. A segment (between
    semicolons), then a clause, that names one arm and holds one value settles that pair; the rest
    go to the closest mention, counting the characters between the two."""
    low = normalize(text).lower()
    mentions = {ai: arm.mentions(text) for ai, arm in enumerate(arms)}
    assigned: dict[int, int] = {}
    used: set[int] = set()
    inner = _enclosing_bracket(text, values)
    for breaks in (SEGMENT_BREAK, CLAUSE_BREAK):
        for start, end in ((inner[0] + a, inner[0] + b) for a, b in _spans(text[inner[0]:inner[1]], breaks)):
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


def _arm_order(text: str, arms: list[Arm]) -> list[int] | None:
    firsts = sorted((spots[0], ai) for ai, arm in enumerate(arms) if (spots := arm.mentions(text)))
    return [ai for _, ai in firsts] if len(firsts) == len(arms) else None


LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|\bversus\b|\bvs\.?)\s*", re.I)


def _list_positions(text: str, arms: list[Arm]) -> dict[int, int] | None:
    """In 'AJ, WGJ and WA' (a list of arm names): arm index -> its place in the list. Lists may
    name arms we are not asked about; they keep their places."""
    items = [item for item in LIST_SPLIT.split(text) if item and item.strip(" .,;:()")]
    places = {}
    for place, item in enumerate(items):
        scores = [(arm.score(item), ai) for ai, arm in enumerate(arms)]
        score, ai = max(scores)
        if score > 0 and ai not in places and sum(1 for s, _ in scores if s == score) == 1:
            places[ai] = place
    return places if len(places) == len(arms) else None


def values_for_arms(sentence: str, found: list[Found], arms: list[Arm],
                    default_order: list[int] | None = None) -> dict[int, Found] | None:
    """Which value belongs to which arm in one sentence, or None when that is not clear.
    ``default_order`` is the order in which the document introduced the arms, for a
    '..., respectively' sentence that does not name them."""
    # "from X to Y": Y is the follow-up value
    found = [f for f in found if not re.search(r"\bfrom\s*$", sentence[max(0, f.start - 8):f.start], re.I)] or found
    if RESPECTIVELY.search(sentence) and len(found) >= len(arms):
        tail = sentence[found[-1].end:RESPECTIVELY.search(sentence).start()]
        head = sentence[:found[0].start]
        for names in (tail, re.split(r"\b(?:in|for|of|with)\b", head)[-1] if head else ""):
            places = _list_positions(re.sub(r"^\W*(?:in|for|of)\s+(?:the\s+)?(?:patients\s+)?(?:\w+\s+)?", "", names,
                                            flags=re.I), arms)
            if places and max(places.values()) < len(found):
                return {ai: found[place] for ai, place in places.items()}
        if default_order and len(found) == len(arms) and not any(a.mentions(sentence) for a in arms):
            return dict(zip(default_order, found))
        return None
    assigned = _assign([(f.start, f.end) for f in found], arms, sentence)
    if len(assigned) == len(arms):
        return {ai: found[vi] for ai, vi in assigned.items()}
    return _versus_pair(sentence, found, arms)


VERSUS = re.compile(r"^\s*(?:vs\.?|versus|v\.?|compared (?:with|to))\s*$", re.I)


def _versus_pair(sentence: str, found: list[Found], arms: list[Arm]) -> dict[int, Found] | None:
    """'more patients in the intervention group continued (86/125 vs 78/133)': the only two values,
    set against each other, follow the order in which the sentence names the arms before them; an
    arm it does not name comes after the one it names."""
    if len(found) != 2 or len(arms) != 2 or not VERSUS.match(sentence[found[0].end:found[1].start]):
        return None
    named = sorted((spots[0], ai) for ai, arm in enumerate(arms) if (spots := arm.mentions(sentence[:found[0].start])))
    order = [ai for _, ai in named] + [ai for ai in range(len(arms)) if ai not in {a for _, a in named}]
    return dict(zip(order, found)) if named else None


# -- group sizes ------------------------------------------------------------------------------------

# words that may stand between a group size and the arm it belongs to: "40 [52%] patients were
# randomly assigned to the", "consisted of", "(n =", ":"
_AFTER_SIZE = re.compile(rf"^(?:\s*(?:\[[^\]]*\]|\(\s*\d+(?:\.\d+)?\s*%\s*\)|of\s+\d+\b|(?:{PEOPLE}|were|was|randomly|"
                         r"randomi[sz]ed|assigned|allocated|included|enrolled|analy[sz]ed|in|into|to|for|received|"
                         r"receiving|the|a|an)\b))*\s*", re.I)
_ARM_TO_NUMBER = (r"(?:\s*\b(?:group|arm)s?)?\s*(?:\(\s*(?:[nN]\s*=\s*)?|[:=]\s*|\s[nN]\s*=\s*|"
                  r"\s+(?:consisted of|comprised|included|of)\s+")
_BEFORE_SIZE = re.compile(_ARM_TO_NUMBER + r")$", re.I)
_BEFORE_COUNT = re.compile(_ARM_TO_NUMBER + r"|\s+(?:was|were)\s+)$", re.I)  # 'in the TAP group was 8'
_NAME_BREAK = re.compile(r"[,;.()\[\]]|\b(?:and|or|versus|vs|than|while|whereas)\b", re.I)
_SIZE = re.compile(r"(?<![\w.,/-])(?<!\d:)(\d{1,6})(?!\w|[.,/:]\d|\s*(?:%|mg|kg|g\b|ml|years?|yrs?|months?|weeks?|days?|h\b|"
                   r"hours?|min|cm|mm|times|sessions?|points?))")


def _named_arm(chunk: str, arms: list[Arm]) -> int | None:
    """The one arm a short name such as 'the fentanyl' or 'CGM group' stands for, if any."""
    scores = sorted(((arm.score(chunk), ai) for ai, arm in enumerate(arms)), reverse=True)
    if scores[0][0] <= 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


def attached_sizes(sentence: str, arms: list[Arm], events: bool = False) -> list[tuple[int, int, int]]:
    """(arm index, group size, offset) for every integer tied to an arm name by its position:
    'fentanyl group: 76', 'Gum (n = 38)', 'cooling group consisted of 19 patients' and, in a
    sentence about allocation or analysis, '40 in the clonidine group', '326 patients were
    assigned to the control group', 'N = 357 for placebo'. With ``events`` the integers are event
    counts in a sentence about an outcome ('in the TAP group was 8')."""
    out = []
    allocation = events or bool(ENROLMENT.search(sentence) or ANALYSED.search(sentence))
    before_words = _BEFORE_COUNT if events else _BEFORE_SIZE
    for m in _SIZE.finditer(sentence):
        value = int(m.group(1))
        before = before_words.search(sentence[max(0, m.start() - 60):m.start()])
        arm = None
        if before:
            head = sentence[max(0, m.start() - 60):m.start() - len(before.group(0))]
            chunk = " ".join(_NAME_BREAK.split(head)[-1].split()[-4:])
            arm = _named_arm(chunk, arms) if chunk else None
        if arm is None and allocation:  # '12 patients in the DN group had bruising' is an event count
            rest = sentence[m.end():m.end() + 80]
            tail = rest[_AFTER_SIZE.match(rest).end():]
            chunk = _NAME_BREAK.split(tail)[0]
            named = _named_arm(chunk, arms) if chunk.strip() and len(chunk.split()) <= 6 else None
            # 'assigned to either the Gum (n = 38) or No gum group': a total, not a group size
            listed = _SIZE.split(tail[len(chunk):], maxsplit=1)[0]
            if re.match(r"\s*\(\s*n\s*=", listed, re.I):  # 'the Gum (n = 38)': the arm has its own size
                continue
            if named is not None and min(arms[named].mentions(chunk), default=99) <= 2 \
                    and not any(arm.mentions(listed) for ai, arm in enumerate(arms) if ai != named):
                arm = named
        if arm is not None:
            out.append((arm, value, m.start()))
    return out


GROUP_COUNT = re.compile(r"\b(?:in|into|to|between)\s+(?P<k>two|three|four|five|[2-5])\s+(?:equal\s+|parallel\s+)?"
                         r"(?:groups|arms)\b", re.I)
PER_GROUP = re.compile(r"\b(?P<n>\d+)\s+(?:patients|participants|subjects|women|men|children)?\s*(?:per|in each|each|in every)"
                       r"\s+(?:\w+\s+)?(?:group|arm)\b|\b(?:two|2|both)\s+groups?\s*\(\s*n\s*=\s*(?P<m>\d+)\s*(?:each|per group)?\s*\)",
                       re.I)
TOTAL_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,6}?(?:were|was|are)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly|allocated|"
                         r"assigned|enrolled|included|recruited|divided|studied)", re.I)


_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|or\s+)$", re.I)


def _respectively_sizes(sentence: str, arms: list[Arm]) -> dict[int, int]:
    """'19 and 23 students completed the EP and CACP programmes, respectively': arm index -> n,
    from the last list of integers and the list of arm names next to it."""
    runs: list[list[re.Match]] = []
    for m in _SIZE.finditer(sentence):
        if runs and _LIST_GAP.match(sentence[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    runs = [run for run in runs if len(run) >= 2]
    if not runs:
        return {}
    run = runs[-1]
    after = sentence[run[-1].end():RESPECTIVELY.search(sentence).start()]
    before = re.split(r"\b(?:in|for|of|with)\b", sentence[:run[0].start()])[-1]
    for names in (after, before):
        places = _list_positions(re.sub(r"^\W*(?:\w+\s+){0,4}?(?:in|for|of|to|into)\s+(?:the\s+)?", "", names,
                                        flags=re.I), arms)
        if places and max(places.values()) < len(run):
            return {ai: int(run[place].group(1)) for ai, place in places.items()}
    return {}


def group_sizes(doc: Document, arms: list[Arm]) -> tuple[dict[int, int], list[str], list[str]]:
    """(arm index -> n, provenance, flags)."""
    best: dict[int, tuple[float, int, str]] = {}
    for table in doc.tables:
        table, columns = arm_columns(table, arms)
        for ai, cols in columns.items():
            n = header_n(table, cols)
            if n:
                _keep(best, ai, 3.0, n, f"{table.name} header")
    totals = []
    for section, sentence in doc.sentences():
        weight = {"methods": 1.0, "results": 1.1, "abstract": 0.9}.get(section, 0.7)
        weight += 0.7 if ANALYSED.search(sentence) else 0.5 if ENROLMENT.search(sentence) else 0.0
        listed = _respectively_sizes(sentence, arms) if RESPECTIVELY.search(sentence) else {}
        for ai, n in listed.items():
            _keep(best, ai, weight + 0.3, n, sentence)
        attached = [] if listed else attached_sizes(sentence, arms)
        for ai, n, _ in attached:
            _keep(best, ai, weight + 0.3, n, sentence)
        each = PER_GROUP.search(sentence)
        if each:
            for ai in range(len(arms)):
                _keep(best, ai, weight + 0.2, int(each["n"] or each["m"]), sentence)
        counts = [c for c in find_counts(sentence) if not any(c.start <= pos < c.end for _, _, pos in attached)]
        for c in counts:
            if c.kind == "people" and TOTAL_AFTER.match(sentence[c.end:]) and ENROLMENT.search(sentence):
                totals.append((1.0 + (section == "results"), int(c.values[0]), sentence))
        if not listed:  # 'dry needling group: mean 3.1, SD 1.6, n = 16': an 'n =' in the clause naming one arm
            explicit = [c for c in counts if c.kind == "n"]
            for ai, vi in _assign([(c.start, c.end) for c in explicit], arms, sentence).items():
                _keep(best, ai, weight, int(explicit[vi].values[0]), sentence)
    chosen = {ai: v for ai, (_, v, _) in best.items()}
    provenance = sorted({s for _, _, s in best.values()})
    flags = []
    if len(arms) == 2 and len(chosen) < 2 and totals:
        _, total, sentence = max(totals)
        count = GROUP_COUNT.search(sentence)
        groups = 2 if not count else int(count["k"]) if count["k"].isdigit() else words_to_int(count["k"])
        if groups and total % groups == 0 and (not chosen or all(v == total // groups for v in chosen.values())):
            chosen = {0: total // groups, 1: total // groups}
            provenance.append(sentence)
            flags.append(f"group sizes assumed equal (the total over {groups} groups)")
    return chosen, provenance, flags


def _keep(best: dict, ai: int, weight: float, value: int, span: str) -> None:
    if 2 <= value <= 100000 and (ai not in best or weight > best[ai][0]):
        best[ai] = (weight, value, span)


# -- tables -----------------------------------------------------------------------------------------

CELL_MEAN_SD = re.compile(r"^\s*(?P<m>[-+]?\d+(?:\.\d+)?)\s*(?:±\s*(?P<s1>\d+(?:\.\d+)?)|\(\s*(?P<s2>\d+(?:\.\d+)?)\s*\)|"
                          r"\[\s*(?P<s3>\d+(?:\.\d+)?)\s*\])\s*(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
NUMBER = r"[-+]?\d+(?:\.\d+)?"
CELL_MEAN_CI = re.compile(rf"^\s*(?P<m>{NUMBER})\s*[(\[]\s*(?P<lo>{NUMBER})\s*(?:,|;|to|--?)\s*(?P<hi>{NUMBER})\s*[)\]]"
                          r"\s*(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
CELL_CI = re.compile(rf"^\s*[(\[]\s*(?P<lo>{NUMBER})\s*(?:,|;|to|--?)\s*(?P<hi>{NUMBER})\s*[)\]]\s*$", re.I)
STANDARD_ERROR = re.compile(r"\b(?:SE|SEM|s\.e\.m?\.?|standard errors?)\b", re.I)
CONFIDENCE = re.compile(r"\b(?:CI|confidence intervals?)\b", re.I)
COUNT_AND_PERCENT = re.compile(r"\b(?:n|no\.?|number)\s*[(\[]\s*%|\bn\s*/\s*N\b", re.I)
COMPARISON = re.compile(r"\b(?:vs\.?|versus|difference|compared)\b", re.I)
CELL_NUMBER = re.compile(r"^\s*(?P<v>[-+]?\d+(?:\.\d+)?)\s*(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
CELL_EVENTS = re.compile(r"^\s*(?P<e>\d+)\s*(?:/\s*(?P<n>\d+))?\s*(?:\(\s*(?P<p>\d+(?:\.\d+)?)\s*%?\s*\))?\s*"
                         r"(?:[a-z*†‡§^]{0,3})?\s*$", re.I)


def column_arms(table: Table, arms: list[Arm]) -> dict[int, list[int]]:
    """Arm index -> the columns under that arm's header (an arm may span several columns)."""
    if not table.header:
        return {}
    width = len(table.header[0])
    texts = [" ".join(row[col] for row in table.header if col < len(row)) for col in range(width)]
    # a column comparing two arms ('Etoricoxib vs placebo', 'Difference') is no arm's column
    scores = {(ai, col): 0.0 if COMPARISON.search(texts[col]) else arm.score(texts[col])
              for col in range(1, width) for ai, arm in enumerate(arms)}
    chosen: dict[int, int] = {}
    for (ai, col), score in sorted(scores.items(), key=lambda x: (-x[1], x[0][1])):
        if score > 0 and ai not in chosen and col not in chosen.values():
            chosen[ai] = col
    if len(chosen) < len(arms):
        return {}
    spans = {}
    for ai, col in chosen.items():
        top = table.header[0][col]
        cols = [c for c in range(1, width) if table.header[0][c] == top and scores[(ai, c)] == scores[(ai, col)]]
        spans[ai] = cols if all(c not in sum((v for k, v in spans.items()), []) for c in cols) else [col]
    return spans


def arm_columns(table: Table, arms: list[Arm]) -> tuple[Table, dict[int, list[int]]]:
    """The table and its arms' columns. When the header names no arms (it is an image, or blank,
    as in '![]()'), the first body rows are tried as the header."""
    columns = column_arms(table, arms)
    for rows in (1, 2):
        if columns or len(table.body) <= rows:
            break
        promoted = Table(table.label, table.caption, table.header + table.body[:rows], table.body[rows:],
                         table.footnotes)
        columns = column_arms(promoted, arms)
        table = promoted if columns else table
    return table, columns


def header_n(table: Table, columns: list[int]) -> int | None:
    text = normalize(" ".join(row[col] for row in table.header for col in columns[:1] if col < len(row)))
    found = [c for c in find_counts(text) if c.kind == "n"]
    return int(found[0].values[0]) if found else None


def _spread(mean: float, value: float, kind: str) -> ArmValues:
    return ArmValues(mean=mean, se=value) if kind == "se" else ArmValues(mean=mean, sd=value)


def _cell_value(row: list[str], col: int, kind: str, spread: str = "sd") -> ArmValues | None:
    """The value in one cell (and the cell after it, for a mean column beside its spread column).
    ``spread`` is what the header or caption calls the bracketed numbers: sd, se or ci."""
    cell = normalize(row[col]) if col < len(row) else ""
    if kind == "continuous":
        following = normalize(row[col + 1]) if col + 1 < len(row) else ""
        m = CELL_MEAN_SD.match(cell)
        if m:
            return _spread(to_float(m["m"]), to_float(m["s1"] or m["s2"] or m["s3"]), spread)
        m = CELL_MEAN_CI.match(cell)
        if m and spread == "ci":
            return ArmValues(mean=to_float(m["m"]), ci=(to_float(m["lo"]), to_float(m["hi"])))
        m, nxt, ci = CELL_NUMBER.match(cell), CELL_NUMBER.match(following), CELL_CI.match(following)
        if m and nxt:  # a mean column followed by its SD (or SE) column
            return _spread(to_float(m["v"]), to_float(nxt["v"]), spread)
        if m and ci and spread == "ci":  # a mean column followed by its CI column
            return ArmValues(mean=to_float(m["v"]), ci=(to_float(ci["lo"]), to_float(ci["hi"])))
        return None
    if spread == "percent" and (m := CELL_NUMBER.match(cell)):  # 'Hypertension, %' | '86'
        return ArmValues(percent=to_float(m["v"]))
    m = CELL_EVENTS.match(cell)
    if not m:
        return None
    return ArmValues(events=int(m["e"]), n=int(m["n"]) if m["n"] else None, percent=to_float(m["p"]) if m["p"] else None)


def _arm_value(table: Table, row: list[str], columns: list[int], kind: str, outcome: OutcomeSpec,
               label: str) -> ArmValues | None:
    """The arm's value in a row: the readable cell under the time point the outcome names, else
    the last readable cell among its columns that is not under a baseline sub-heading (the first
    baseline one when the outcome asks for a characteristic at entry)."""
    found = None
    for col in columns:
        sub = " ".join(r[col] for r in table.header[1:] if col < len(r))
        at_entry = bool(BASELINE.search(sub) and not FOLLOW_UP.search(sub))
        if at_entry and not outcome.baseline:
            continue
        header = " ".join(r[c] for r in table.header for c in (col, col + 1) if c < len(r))
        text = f"{table.caption} {header} {label}"
        if kind == "binary":
            spread = "percent" if "%" in f"{header} {label}" and not COUNT_AND_PERCENT.search(text) else "count"
        else:
            spread = "se" if STANDARD_ERROR.search(text) else "ci" if CONFIDENCE.search(text) else "sd"
        value = _cell_value(row, col, kind, spread)
        if value is not None:
            value.n = value.n or header_n(table, [col])  # 'Intervention / 12 m (n = 592)'
            if outcome.days & days_named(sub) or (at_entry and outcome.baseline):
                return value
            found = value
    return found


def _is_number_cell(cell: str) -> bool:
    return bool(re.search(r"\d", cell)) and not re.search(r"[a-z]{3,}", cell, re.I)


def _label_overhang(row: list[str], first: int) -> int:
    """How many columns a row's labels reach past the header's label columns: in ['', 'right
    kidney', '57 (47.5 %)', ...] under ['', 'Group I', ...] the values sit one column right."""
    shift = 0
    while first + shift < len(row) and re.search(r"[A-Za-z]{3,}", row[first + shift]) \
            and not _is_number_cell(row[first + shift]) and not re.fullmatch(r"\s*n/?a\s*", row[first + shift], re.I):
        shift += 1
    return shift if first + shift < len(row) else 0


BASELINE_TABLE = re.compile(r"\b(?:characteristics?|demographics?|demographic data)\b", re.I)


def describes_baseline(table: Table) -> bool:
    """A table of the groups at entry ('Baseline characteristics'), not of outcomes."""
    text = f"{table.caption} {table.header[0][0] if table.header and table.header[0] else ''}"
    return bool(BASELINE_TABLE.search(text) or (BASELINE.search(table.caption) and not FOLLOW_UP.search(table.caption)))


def from_tables(doc: Document, arms: list[Arm], outcome: OutcomeSpec, kind: str) -> Extraction | None:
    best, best_score = None, 0.0
    for table in doc.tables:
        table, columns = arm_columns(table, arms)
        if len(columns) < len(arms) or (describes_baseline(table) and not outcome.baseline):
            continue
        context = above = ""
        candidates: list[tuple[float, Extraction]] = []
        arm_cells = sorted(c for cols in columns.values() for c in cols)
        for index, row in enumerate(table.body):
            label = row[0] if row else ""
            if label and all(not row[c].strip() or row[c].strip() == label for c in arm_cells if c < len(row)):
                context = label  # a heading row (nothing under the arms) names the rows below it
                continue
            if label.strip():
                above = label
            else:  # a row continuing the one above ('', 'right kidney', '57 (47.5%)', ...)
                label = above
            words = " ".join(dict.fromkeys([label] + [c for c in row[1:] if c.strip() and not _is_number_cell(c)]))
            match = outcome.score(f"{context} {words}")
            score = match + 0.3 * outcome.score(table.caption)
            if score <= 0:
                continue
            if (BASELINE.search(words) or BASELINE.search(context)) and not FOLLOW_UP.search(words) \
                    and not outcome.baseline:
                continue
            shift = _label_overhang(row, min(c for cols in columns.values() for c in cols))
            values = [_arm_value(table, row, [c + shift for c in columns[ai]], kind, outcome, f"{context} {label}")
                      for ai in range(len(arms))]
            if any(v is None for v in values):
                continue
            for ai, v in enumerate(values):
                v.n = v.n or header_n(table, columns[ai])
            score += 0.2 if FOLLOW_UP.search(words) else 0.0
            score += 0.1 * outcome.score(words)  # named in the row itself, not only in its heading
            score += 0.1 * outcome.coverage(label)  # 'Any complications' rather than 'Other neurological complications'
            score += 0.001 * index  # the later of equal rows: follow-up rows come after baseline rows
            where = f"{table.name}, row '{(context + ': ' if context else '') + words}'"
            candidates.append((score, Extraction(values[0], values[1], [where],
                                                 confidence=min(0.95, 0.6 + 0.2 * score), match=match)))
        if any(found.match > 0 for _, found in candidates):  # rows named by the caption alone only when
            candidates = [(score, found) for score, found in candidates if found.match > 0]  # no row is named
        for score, found in candidates:
            if score > best_score:
                best, best_score = found, score
    return best


# -- sentences --------------------------------------------------------------------------------------

def from_sentences(doc: Document, arms: list[Arm], outcome: OutcomeSpec, kind: str) -> Extraction | None:
    best, best_score = None, 0.0
    order = introduction_order(doc, arms)
    for section, sentence in doc.sentences():
        score = outcome.score(sentence)
        if score <= 0:
            continue
        found = find_values(sentence)
        if kind == "continuous":  # mean (SD), else mean (95% CI ...)
            picked = [f for f in found if f.kind == "mean_sd"] or \
                [f for f in found if f.kind == "mean_ci" and CONFIDENCE.search(f.text)]
        else:
            picked = [f for f in found if f.kind == "count_of"] or [f for f in found if f.kind == "pct"]
        if BASELINE.search(sentence) and not FOLLOW_UP.search(sentence) and not outcome.baseline:
            continue
        values = values_for_arms(sentence, picked, arms, order) if len(picked) >= len(arms) else None
        if values is None and kind == "binary":
            values = _event_counts(sentence, arms) or _no_events(sentence, outcome, arms)
        if values is None:
            continue
        result = [ArmValues(), ArmValues()]
        for ai, f in values.items():
            if kind == "continuous" and f.kind == "mean_ci":
                result[ai].mean, result[ai].ci = f.values[0], (f.values[1], f.values[2])
            elif kind == "continuous":
                result[ai].mean, result[ai].sd = f.values[0], f.values[1]
            elif f.kind == "count_of":
                result[ai].events, result[ai].n = int(f.values[0]), int(f.values[1])
            elif f.kind == "events":
                result[ai].events = int(f.values[0])
            else:
                result[ai].percent = f.values[0]
        if not any(arm.mentions(sentence) for arm in arms):
            score /= 2  # the arms were inferred from the order the document introduced them
        total = score + (0.3 if section == "results" else 0.0) + (0.3 if values[0].kind == "count_of" else 0.0)
        if total > best_score:
            best = Extraction(result[0], result[1], [sentence], confidence=min(0.9, 0.3 + 0.2 * total), match=score)
            best_score = total
    return best


NEGATION = re.compile(r"\b(?:no|without(?:\s+any)?|free of|neither|nor)\s+(?P<what>(?:[\w-]+\s+){0,4}[\w-]+)", re.I)


def _no_events(sentence: str, outcome: OutcomeSpec, arms: list[Arm]) -> dict[int, Found] | None:
    """'No serious skin reactions occurred', 'completed the programme without any adverse effects':
    zero events in every arm, when the words right after the negation name at least half of the outcome."""
    if any(arm.mentions(sentence) for arm in arms) or outcome.phrases or not outcome.words:
        return None  # a negation next to one arm's name is that arm's, not every arm's
    for m in NEGATION.finditer(sentence):
        named = outcome_words(m["what"]) & (outcome.words | outcome.aliases)
        if named and len(named) * 2 >= len(outcome.words):
            return {ai: Found("events", (0.0,), m.start(), m.end(), m.group(0)) for ai in range(len(arms))}
    return None


def _event_counts(sentence: str, arms: list[Arm]) -> dict[int, Found] | None:
    """'45 patients in the intervention group compared to 58 in the control group had died', 'in
    the TAP group was 8': one plain count tied to each arm, or None."""
    tied: dict[int, set[int]] = {}
    for ai, value, _ in attached_sizes(sentence, arms, events=True):
        tied.setdefault(ai, set()).add(value)
    if len(tied) < len(arms) or any(len(values) != 1 for values in tied.values()):
        return None
    return {ai: Found("events", (float(next(iter(values))),), 0, 0, "") for ai, values in tied.items()}


def disambiguate(arms: list[Arm]) -> None:
    """When one arm's name lies inside another's ('acupressure' in 'sham acupressure'), a mention
    right after the other arm's leading words is not the first arm."""
    for arm in arms:
        for other in arms:
            if other is arm:
                continue
            for short in arm.phrases:
                for long in other.phrases:
                    at = long.find(short)
                    if short and at > 0 and _boundary(short).search(long):
                        arm.exclude_after = tuple(dict.fromkeys((*arm.exclude_after, long[:at].split()[-1])))


def introduction_order(doc: Document, arms: list[Arm]) -> list[int] | None:
    """The order of the arms in the first sentence that names them all."""
    for _, sentence in doc.sentences():
        order = _arm_order(sentence, arms)
        if order:
            return order
    return None


def events_from_percent(percent: float, n: int) -> int | None:
    """The count of ``n`` that the printed percentage stands for: round(percent x n / 100), kept
    only when it gives back the percentage at its printed precision (86% of 59 -> 51)."""
    text = f"{percent:g}"
    places = len(text.split(".")[1]) if "." in text else 0
    events = round(percent * n / 100)
    return events if 0 <= events <= n and round(100 * events / n, places) == round(percent, places) else None


def extract(doc: Document, intervention: Arm, comparator: Arm, outcome: OutcomeSpec, kind: str) -> Extraction:
    """Per-arm numbers for one outcome; unknowns stay None."""
    arms = [intervention, comparator]
    disambiguate(arms)
    # a table row unless a sentence names the outcome better
    found = [e for e in (from_tables(doc, arms, outcome, kind), from_sentences(doc, arms, outcome, kind)) if e]
    result = max(found, key=lambda e: e.match) if found else Extraction(ArmValues(), ArmValues())
    sizes, provenance, flags = group_sizes(doc, arms)
    for ai, values in enumerate(result.arms):
        if values.n is None and ai in sizes:
            values.n = sizes[ai]
            result.provenance += [p for p in provenance if p not in result.provenance]
            result.flags += [f for f in flags if f not in result.flags]
        if values.percent is not None and values.events is None and values.n:
            values.events = events_from_percent(values.percent, values.n)
            if values.events is not None:
                result.conversions.append(f"events = {values.percent}% of {values.n}, rounded")
    if kind == "continuous" and (result.intervention.mean is None) != (result.comparator.mean is None):
        result.flags.append("values found for one arm only")
    return result
