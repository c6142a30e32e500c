"""How arms and outcomes are named in a text.

An :class:`Arm` is named by its description, the abbreviations the text defines for it ('resistant
maltodextrin (RMD)'), the labels the text gives it ('Group A (Stypro sponge)') and, against a
control, the usual role names; an :class:`OutcomeSpec` by its content words, the abbreviations the
text defines for them, the pain scales that name a pain outcome, and the time points it mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.extract.numbers import PEOPLE, digits_for_words, normalize, words_to_int
from pipeline.fulltext import ACRONYM, Document, spells

STOPWORDS = {
    "the", "of", "and", "or", "with", "for", "in", "to", "a", "an", "on", "at", "by", "plus", "group", "groups",
    "arm", "patients", "treatment", "therapy", "who", "received", "receiving", "versus", "vs", "daily", "once",
    "as", "per", "from", "that", "were", "was", "is", "be", "mg", "ml", "dose", "doses", "alone", "only",
    "i", "ii", "iii", "which", "their", "those", "subjects", "participants", "intervention", "given", "use", "after",
    "had", "has", "have", "been", "but",
}
COMPARATOR_WORDS = ("placebo", "control", "sham", "usual care", "standard care", "conventional", "no treatment",
                    "waiting list", "wait-list", "waitlist", "vehicle", "routine care")
BASELINE = re.compile(r"\b(?:baseline|pre-?treatment|before (?:the )?(?:first )?(?:treatment|intervention|therapy|"
                      r"rinse|session|procedure|surgery|operation|injection|infusion|needling)|at entry|"
                      r"at admission|on admission|at randomi[sz]ation|at (?:study )?(?:enrol+ment|inclusion)|"
                      r"pre-?intervention|pre-?test|initial)\b", re.I)
CHANGE = re.compile(r"Δ|\bchanges?\b|\bfrom baseline\b", re.I)


def names_entry(text: str) -> bool:
    """Whether ``text`` speaks of the time of entry, not of baseline as a reference point ('<80% of
    baseline', 'change from baseline', 'compared with baseline values of ...')."""
    return any(not re.search(r"\b(?:of|from|to|over|than|relative to|with)\s+$", text[:m.start()], re.I)
               for m in BASELINE.finditer(text))


FOLLOW_UP = re.compile(r"\b(?:after|post|(?<!lost to )(?<!loss to )follow|final|end of|discharge|week|weeks|month|"
                       r"months|day|days|at \d+|later)\b", re.I)  # (not 'loss to follow-up')
GREEK = str.maketrans({"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "µ": "micro", "μ": "micro"})


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers ('β-blocker' -> 'beta-blocker')."""
    return re.findall(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", normalize(text).lower().translate(GREEK))


def token_parts(text: str) -> list[str]:
    """:func:`tokens`, each hyphenated one followed by its parts ('bone-marrow' -> 'bone-marrow',
    'bone', 'marrow'): a hyphenated name is named by its parts too."""
    return [w for t in tokens(text) for w in dict.fromkeys((t, *t.split("-")))]


def singular(word: str) -> str:
    """Plural to singular, roughly: 'events' -> 'event', 'TEAEs' -> 'teae', 'boluses' -> 'bolus',
    'patches' -> 'patch' ('illness' stays)."""
    if len(word) > 4 and word.endswith(("uses", "sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


@lru_cache(maxsize=16384)  # the same sentences and row labels are matched against every outcome
def outcome_words(text: str) -> frozenset[str]:
    """The words of ``text`` for matching outcome names: singular, with the parts of hyphenated
    words ('side-effects' -> 'side-effect', 'side', 'effect') and of a scale with its time point
    ('VAS30' -> 'vas30', 'vas')."""
    words = set(token_parts(DROPPED_OUT.sub("dropout", text)))
    return frozenset({_root(w) for w in words} |
                     {m.group(1) for w in words if (m := re.fullmatch(r"([a-z]{2,})\d+", w))})


DROPPED_OUT = re.compile(r"\bdropped\s+out\b", re.I)  # the verb of 'dropout', in two words
VERB_OF_NOUN = {"response": "respond", "responder": "respond", "responsive": "respond", "recovery": "recover",
                "survival": "surviv", "failure": "fail", "closure": "clos", "improvement": "improv",
                "resolution": "resolv", "completion": "complet", "delivery": "deliver", "faller": "fall",
                "smoker": "smok", "relapse": "relaps"}


def _root(word: str) -> str:
    """:func:`singular`, and a verb's -ed or -ing form to its root ('returned' and 'return', 'healing'
    and 'healed'), for matching outcome names."""
    word = singular(word)
    if word in VERB_OF_NOUN:
        return VERB_OF_NOUN[word]  # outcome nouns whose verb's -ed form is not theirs ('Recovered, n (%)')
    if word.endswith("ence") and len(word) > 7:
        return word[:-2] + "t"  # a noun as its adjective ('abstinence' and 'abstinent')
    if word.endswith(("uation", "ization", "isation")):
        return word[:-5]  # a noun as its verb's root ('discontinuation' and 'discontinued', 'hospitalization')
    if word.endswith("ation") and len(word) > 8:
        return word[:-3]  # ... and 'intubation' as 'intubated'
    if word.endswith("ly") and word[:-2].endswith(("ous", "ent", "ant", "ive", "al")):
        return word[:-2]  # an adverb as its adjective ('continuously abstinent' for 'Continuous abstinence')
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=4096)
def _boundary(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9-]){re.escape(phrase)}(?![a-z0-9])")


@lru_cache(maxsize=4096)
def _plural_boundary(word: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9-]){re.escape(word)}(?:e?s)?(?![a-z0-9])")


def spans_outside_brackets(text: str, breaks: re.Pattern) -> list[tuple[int, int]]:
    """Spans of ``text`` between the matches of ``breaks`` that lie outside brackets."""
    spans, start = [], 0
    for match in breaks.finditer(text):
        if text[:match.start()].count("(") <= text[:match.start()].count(")"):
            spans.append((start, match.start()))
            start = match.end()
    spans.append((start, len(text)))
    return spans


DURATION = re.compile(r"\b(\d+(?:\.\d+)?)\s*-?\s*(day|week|month|hour|session|cycle)s?\b", re.I)


GROUP_CODE = re.compile(r"(?:group|arm) \w{1,3}")  # 'group a', 'arm ii' (as phrases hold them)
GROUP_FORMAT = re.compile(r"\bgroup\s+(?!of\b|[A-Z0-9]\b)[A-Za-z][\w-]*", re.I)  # a therapy given in groups
NO_WORDS = ("no", "without", "without a", "without an", "with no")  # 'No drain': '... without a drain'
# a scale's range ('FIQ total 0–100', 'VAS 0-10 cm'; not a time, 'at 0-24 h', nor categories, 'mRS 0-2')
SCALE_RANGE = re.compile(r"(?<![\w.,-])[01]\s*[-–]\s*[1-9]\d{1,2}(?![\w.,])"
                         r"(?!\s*(?:h|hours?|days?|weeks?|months?|years?|min)\b)(?:\s*(?:mm|cm|points?)\b)?")
FREE_OF = re.compile(r"\b(?P<what>[\w-]+)-free\b", re.I)  # 'fibre-free', 'recurrence-free': without it
WITHOUT_AFTER = re.compile(r"^\s*(\w[\w\s-]*?\w)\s+without\s", re.I)  # 'Dry needling without ...'
NEGATED = re.compile(r"\b(?:without|no)\s+[\w-]+(?:\s+[\w-]+)?|"
                     r"\bneither\s+[\w-]+\s+nor\s+[\w-]+")  # ('Placebo (neither glutamine nor antioxidants)')


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
        phrases += [m.lower() for m in re.findall(r"\b[A-Z][A-Z0-9]{1,5}\b", NEGATED.sub(" ", text))]  # 'Internet-
        # delivered CBT' (not 'SMS' of 'Self-test kits (without SMS)')
        phrases += [f"{m[1]}{m[2]}".lower() for m in re.finditer(r"^([A-Za-z])[\w-]*\s+([A-Z]{2,5})\b", text)]  # 'iCBT'
        phrases += [m.group(0).lower()  # doses and stimulation frequencies: '50 mg', '2 Hz', '60 Gy'
                    for m in re.finditer(r"\b\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ml|iu|units?|hz|gy)\b", text, re.I)]
        phrases += [re.sub(r"\s+(?:group|arm)$", "", p) for p in phrases if re.search(r"\w\s+(?:group|arm)$", p)]
        phrases += [m.group(0).lower() for m in GROUP_FORMAT.finditer(text)]  # 'Face-to-face group CBT'
        # '... for 7 days' is 'the 7-day group', 'Four-month regimen' is 'the 4-month arm'
        phrases += [f"{m[1]}{gap}{m[2].lower()} {noun}" for m in DURATION.finditer(digits_for_words(text))
                    for gap in "- " for noun in ("group", "arm", "course", "regimen")]
        every = {f"q{m[1]}{m[2][0].lower()}" for m in EVERY.finditer(text)}  # 'every 8 weeks' is 'Q8W'
        # (a code the text defines is no other interval's: not 'Q4W' for '... every 8 weeks')
        phrases += [p.lower() for p in extra if not (every and re.fullmatch(r"q\d+[wdhm]", p.lower()))]
        phrases += sorted(every)
        phrases += [f"{level.lower()}{gap}dose" for level in DOSE_LEVEL.findall(text) for gap in "- "]  # 'low-dose'
        phrases += [ROUTES[r] for r in ROUTE_CODE.findall(text)]  # 'IV' -> 'intravenous'
        phrases += [short.lower() for short, route in ROUTES.items() if route in low]  # and back ('IV iron')
        phrases += [other for name, other in SAME_NAME if name in low]  # '0.9% saline' is 'normal saline'
        phrases += [p.replace("-", " ") for p in phrases if "-" in p]
        if re.fullmatch(r"[a-z]+(?: [a-z]+){1,2}", low) and low.split()[0] not in NEGATIONS:
            phrases.append(low.replace(" ", "-"))  # 'the dry-cord-care group'
        phrases += [re.sub(r"(\d)\s+([a-zµ]{1,3})\b", r"\1\2", p) for p in phrases if DOSE_GAP.search(p)]  # '2L'
        # 'stentless cases' are those 'without stent'
        phrases += [f"without {m[1]}" for m in re.finditer(r"\b([a-z]{4,})less\b", low)]
        # ... and 'without ADM' is 'the no-ADM group'
        phrases += [f"no{gap}{m[1]}" for m in re.finditer(r"\bwithout\s+([\w-]+)", low) for gap in "- "]
        # 'Dry needling without post-needling stretching' is 'needling alone' (beside the arm adding the stretching)
        if lead := WITHOUT_AFTER.match(text):
            phrases += [f"{base} {word}" for base in {lead[1].lower(), lead[1].split()[-1].lower()}
                        for word in ("alone", "only")]
        # 'No reminder' is named by 'no reminder' or a control's name, never by 'the reminder'
        negated = re.match(r"^\s*(?:no|without)\s+[\w-]+", text, re.I)
        # ... and 'Standard care (no perineal compresses)' not by the compresses of the other arm
        named_by = text[negated.end():] if negated else NEGATED.sub(" ", text)
        words = {w for w in token_parts(named_by) if w not in STOPWORDS and (len(w) > 2 or w.isdigit())}
        # ... nor 'Fibre-free formula' by the fibre of the other arm's 'fibre formula'
        words -= {m["what"] for m in FREE_OF.finditer(low)} - set(token_parts(FREE_OF.sub(" ", named_by)))
        # ... and 'No G-CSF prophylaxis' by 'without prophylaxis'
        phrases += [negated.group(0).strip().lower(), *(f"{no} {w}" for no in NO_WORDS
                                                        for w in words | {negated.group(0).split()[-1].lower()})] \
            if negated else []  # ('No drain' by 'without a drain')
        words |= {singular(w) for w in words if len(singular(w)) > 2}  # 'boluses' is named by 'bolus', 'pads' by 'pad'
        words |= {w[:-2] for w in words if w.endswith("ally") and len(w) > 6}  # 'incrementally' by 'incremental'
        words |= {w[:-2] for w in words if w.endswith("ional") and len(w) > 8}  # 'psychoeducational' by '...education'
        words |= {w[:-len(end)] + other for w in words for family in KINDRED_ENDINGS for end in family
                  if w.endswith(end) for other in family}  # 'videolaryngoscopy' by 'videolaryngoscope'
        words |= {w for w in COMPARATOR_WORDS if w in low}
        words |= {"combination", "combined"} if ADD_ON.search(text) else set()  # 'the combination group'
        return cls(label=description, words=words, phrases=sorted({p for p in phrases if p}, key=len, reverse=True),
                   exclude_after=NEGATIONS)

    @property
    def adds_on(self) -> bool:
        """Whether the arm is one treatment given in addition to another ('Dry needling plus exercise')."""
        return bool(ADD_ON.search(f" {self.label} "))

    def _excluded(self, low: str, spot: int) -> bool:
        before = low[max(0, spot - 24):spot].split()
        return bool(self.exclude_after) and bool(before) and before[-1] in self.exclude_after

    def _other_time(self, low: str, m: re.Match) -> bool:
        """Whether the time unit ``m`` comes with a number that is not the arm's ('at 18 months' for an arm
        given 'every 3 months')."""
        number = re.search(r"(\d+(?:\.\d+)?)[\s-]*$", low[max(0, m.start() - 12):m.start()]) or \
            re.match(r"\s*(\d+(?:\.\d+)?)", low[m.end():])
        return bool(number) and number[1] not in self.words

    def _named_control(self, low: str, spot: int) -> bool:
        """Whether the 'control' at ``spot`` is a word inside another name ('motor control exercise'): between
        a word that is not this arm's and one that is no group word."""
        before = re.search(r"([a-z-]+) $", low[max(0, spot - 24):spot])
        after = re.match(r"control ([a-z-]+)", low[spot:])
        return bool(before and after) and before[1] not in FUNCTION_WORDS | self.words and \
            after[1] not in FUNCTION_WORDS | GROUP_WORDS

    def _phrase_spans(self, low: str) -> tuple[list[tuple[int, int]], int]:
        """(spans of this arm's phrases that count, number of phrase hits excluded by context)."""
        kept, excluded = [], 0
        single = not COMBINATION.search(self.label)
        for p in self.phrases:
            if len(p) > 1:
                for m in _boundary(p).finditer(low):
                    if p in ("control", "controls") and self._named_control(low, m.start()):
                        continue
                    if p == "intervention" and TRIAL_BEFORE.search(low, 0, m.start()):
                        continue  # ('since the end of the trial intervention': the treatment, not an arm)
                    # (an arm of one treatment is not named by its part of a combined one: 'DN' of 'DN + MT')
                    if single and (IN_COMBINED_BEFORE.search(low, 0, m.start()) or
                                   IN_COMBINED_AFTER.match(low, m.end())):
                        continue
                    if self._excluded(low, m.start()):
                        excluded += 1
                    else:
                        kept.append(m.span())
        return kept, excluded

    def _phrase_spots(self, low: str) -> tuple[list[int], int]:
        spans, excluded = self._phrase_spans(low)
        return [start for start, _ in spans], excluded

    def phrase_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names this arm by one of its phrases (not by single words)."""
        return self._phrase_spans(normalize(text).lower())[0]

    def spelled_by(self, initialism: str) -> bool:
        """Whether ``initialism`` is made of the beginnings of a run of two or more of the arm's words, in
        order ('HBV' in a table row for 'Adjuvanted hepatitis B vaccine')."""
        parts = [w for t in tokens(self.label) for w in t.split("-") if w not in FUNCTION_WORDS]
        return any(_made_of(initialism, parts[i:j]) for i in range(len(parts)) for j in range(i + 2, len(parts) + 1))

    def labelled(self, code: str) -> bool:
        """Whether the text labels this arm with ``code`` ('D' of 'group D', 'II' of 'arm II', 'App' of 'app
        group')."""
        code = code.strip().lower()
        return bool(code) and any(label in self.phrases for label in (f"group {code}", f"arm {code}",
                                                                      f"{code} group", f"{code} arm"))

    def score(self, text: str) -> float:
        """How strongly ``text`` names this arm (0 = not at all, or only as 'sham <arm>')."""
        low = normalize(text).lower()
        kept, excluded = self._phrase_spots(low)
        if excluded and not kept:
            return 0.0
        # (words a negation takes away name no arm: 'best supportive care without urea cream')
        found = set(token_parts(NEGATED.sub(" ", low))) | {w for w in COMPARATOR_WORDS if w in low}
        # each word of the text once, as it is or singular ('probiotics' names 'Probiotic ...')
        shared = {w if w in self.words else singular(w) for w in found
                  if w in self.words or (singular(w) in self.words and w not in TIME_UNITS)}
        if not kept and all(any(c.isdigit() for c in w) for w in shared) and not DOSE_UNIT.search(low):
            return 0.0  # a number alone ('5 min' for 'Ketamine 5 mg/kg') names no arm
        return 2.0 * len(set(kept)) + sum(1.5 if any(c.isdigit() for c in w) else 1.0 for w in shared)

    def mentions(self, text: str) -> list[int]:
        """Character offsets in ``text`` where this arm is named."""
        low = NO_GROUP.sub("no ", normalize(text).lower())  # 'the no-preparation group'
        spots = set(self._phrase_spots(low)[0])
        for w in self.words:
            if len(w) > 3 or w in COMPARATOR_WORDS:
                named_by = _boundary(w) if f"{w}s" in TIME_UNITS else _plural_boundary(w)  # ('day' is not 'days')
                spots |= {m.start() for m in named_by.finditer(low) if not self._excluded(low, m.start())
                          and not (f"{singular(w)}s" in TIME_UNITS and self._other_time(low, m))}
            elif len(w) == 3 or w.isdigit():  # a short word or a number counts beside another of the name's
                # words ('tai chi', 'the 90% target group')
                spots |= {m.start() for m in re.finditer(rf"\b{re.escape(w)}\s*%?\s+([\w-]+)", low)
                          if m.group(1) in self.words and not self._excluded(low, m.start())}
        return sorted(spots)


IN_COMBINED_BEFORE = re.compile(r"\b[a-z]{1,6}\s*\+\s*$")  # 'dn + ' before 'mt'
IN_COMBINED_AFTER = re.compile(r"\s*\+\s*[a-z]{1,6}\b")  # ' + mt' after 'dn'
NO_GROUP = re.compile(r"\bno-(?=[a-z]+\s+(?:group|arm)\b)")  # the label of an arm of nothing: 'no-preparation group'
# a number with a dose or duration may name an arm ('2400 mg', '5-day'); a bare number ('5 min') may not
DOSE_UNIT = re.compile(r"(?:\b|\d)(?:mg|µg|mcg|ug|g|ml|iu|units?|mmol|days?|weeks?|sessions?)\b|%", re.I)
DOSE_GAP = re.compile(r"\d\s+[a-zµ]{1,3}\b")  # '2 l', '5 mg': written '2L', '5mg' as well
SAME_NAME = (("0.9% saline", "normal saline"), ("normal saline", "0.9% saline"),
             ("0.9% sodium chloride", "normal saline"))
EVERY = re.compile(r"\bevery\s+(\d+)\s+(weeks|days|hours|months)\b", re.I)  # a dosing interval: 'Q8W', 'Q12H', 'Q6M'
ROUTES = {"IV": "intravenous", "IM": "intramuscular", "SC": "subcutaneous"}
ROUTE_CODE = re.compile(rf"\b(?:{'|'.join(ROUTES)})\b")  # a route's code in a description
ROUTE_WORDS = ROUTES | {"IN": "intranasal", "PO": "oral"}  # with codes that are words too: read only in upper case
ROLE_INTERVENTION = ("intervention group", "intervention", "experimental group", "experimental", "treatment group",
                     "active group", "active treatment", "study group", "study arm",
                     "observation group")  # (as many trials from China call it)
ROLE_CONTROL = ("control group", "controls", "control", "comparison group", "reference group", "no intervention",
                "no treatment")
TRIAL_BEFORE = re.compile(r"\b(?:trial|study)\s+$")
NEGATIONS = ("no", "non", "without")  # 'No intervention' is not the intervention arm
# one procedure, its device, its doing ('videolaryngoscopy' and 'videolaryngoscope', 'irrigation' and 'irrigated')
KINDRED_ENDINGS = (("scopy", "scope", "scopic"), ("graphy", "graphic"), ("ation", "ator", "ated"))
DOSE_UNITS = {"microg", "mcg", "mg", "ml", "kg", "iu", "units", "mmol", "microl"}  # as tokens gives them ('µg')
TIME_UNITS = {"minutes", "hours", "days", "weeks", "months", "years"}  # plurals that name no arm ('days' is no 'day 5')


def _long_form_words(text: str) -> list[str]:
    """Content words of a name, singular ('thresholds (PPT)'), with the parts of hyphenated words
    ('bone-marrow' -> 'bone-marrow', 'bone', 'marrow'), in order."""
    return list(dict.fromkeys(singular(w) for w in token_parts(text) if w not in STOPWORDS and len(w) > 2))


GROUP_LABEL_END = re.compile(r"\b(?:group|arm)\s+\w{1,3}\s*$", re.I)


SCHEDULE_END = re.compile(r"\s+(?:once|twice|thrice|\w+\s+times)\s+(?:a\s+|per\s+)?(?:daily|weekly|day|week|month)\s*$",
                          re.I)


def document_aliases(doc: Document, description: str, whole: bool = False) -> dict[str, float]:
    """Abbreviations the document defines for an arm or outcome ('resistant maltodextrin (RMD)' ->
    'rmd'), each with how many of its long form's words the description shares. An arm's
    abbreviation needs half of the long form's last content words in the description; with
    ``whole`` (outcomes) the long form must end in exactly the description's content words."""
    if whole:  # an outcome's time point and unit are no part of its name ('Six-minute walk distance at 12 weeks',
        # 'Length of hospital stay (days)')
        description = TIME_BEFORE.sub(" ", TIME_AFTER.sub(" ", UNIT_LAST.sub("", description)))
    wanted = set(_long_form_words(description))
    aliases: dict[str, float] = {}
    for long_form, abbreviation in doc.abbreviations:
        long_form = SCHEDULE_END.sub("", long_form)  # '... exercise programme three times weekly (EX; n = 74)'
        words = _long_form_words(long_form)
        if GROUP_LABEL_END.search(long_form):
            continue  # a group label's: 'dry needling and Group 2 (G2)' (see _label_abbreviations)
        if whole:
            shared = len(wanted) if wanted and set(words[-len(wanted):]) == wanted else 0
        else:  # the words after the allocation ('... were allocated to manual therapy (MT; n = 46)') and after the
            # list's item before ('... geriatric care coordination, or a control group (CG)')
            allocated = list(re.finditer(rf"\b(?:{ALLOCATED})\b|,\s+or\s+|\bor\s+(?:an?|the)\s", long_form, re.I))
            named = long_form[allocated[-1].end():] if allocated else long_form
            # (with or without where it was given: 'pulsed therapeutic ultrasound over the carpal tunnel (US)')
            shared = max(_shared_words(wanted, _long_form_words(part)[-4:]) for part in {named, SITE.split(named)[0]})
            # ... or the abbreviation spells a run of the description's words inside a longer long form ('an
            # unsupervised home-exercise programme delivered through a printed booklet (HE)')
            shared = shared or _spelled_run(abbreviation, words, wanted)
            # ... and a half for 'alone' in both ('... or to standard multimodal analgesia alone (SMA)' is 'Standard
            # multimodal analgesia alone', not 'Serratus anterior plane block plus standard multimodal analgesia')
            shared += 0.5 if shared and ALONE.search(long_form[-24:]) and ALONE.search(description) else 0
        if shared:
            aliases[abbreviation.lower()] = max(shared, aliases.get(abbreviation.lower(), 0))
    return aliases


SITE = re.compile(r"\s(?:over|on|along|around|into)\s+the\s", re.I)  # where a treatment was given
# a unit in brackets at the end ('(days)', '(mg/dL)', '(%)'; not an instrument's initials: '(VAS)')
UNIT_LAST = re.compile(r"\s*\((?=[^()]*[a-zµ°%/])(?:%|°?[a-zA-Zµ]{1,5}(?:/[a-zA-Z0-9²³]{1,5}){0,2}|"
                       r"(?:minute|second|hour|point|metre)s)\)\s*$")


def _shared_words(wanted: set[str], words: list[str]) -> int:
    """How many of ``words`` (a long form's last) are ``wanted``, when they are at least half of them; else 0."""
    shared = sum(w in wanted for w in words)
    return shared if words and shared >= max(1, (len(words) + 1) // 2) else 0


GROUP_WORDS = {"group", "groups", "arm", "arms", "condition", "participants", "patients", "subjects"}
FUNCTION_WORDS = {"the", "of", "and", "or", "with", "for", "in", "to", "a", "an", "on", "by", "plus", "versus", "vs"}
# the statistics' own abbreviations, never an arm's undefined initialism ('SD' beside 'Standard-dose caffeine')
STATISTICS_TERMS = {"sd", "se", "sem", "ci", "iqr", "or", "rr", "hr", "md", "smd"}


COMBINING_FORM = re.compile(r"^(electro|cryo|hydro|thermo|photo|kinesio)(?=[a-z]{4})")


def _initialisms(doc: Document, description: str) -> set[str]:
    """Upper-case terms the document uses, defined or not, made of the beginnings of an arm
    description's first words ('WBV' for 'Whole-body vibration training', 'MT-EX' for 'Manual
    therapy and exercise') or, three letters or more, of a run of its words ('PRP' for 'Autologous
    platelet-rich plasma gel'; 'ES' in a text is too often an effect size) or spelled by them from
    their first letter on ('ESWT' for 'Extracorporeal shockwave therapy') or the beginning of one of
    them ('VID' for 'Educational video', 'PAL' for 'Oral paliperidone')."""
    words = [part for t in tokens(NEGATED.sub(" ", description)) for w in t.split("-")  # (not 'SMS' of 'without SMS')
             if w.isalpha() and w not in FUNCTION_WORDS for part in COMBINING_FORM.split(w) if part]  # ('EA' for
    # 'Electroacupuncture')
    starts = range(len(words))
    return {a for a in map(str.lower, doc.acronyms) if a not in STATISTICS_TERMS
            and (any(_made_of(a.replace("-", ""), words[i:j]) for i in (starts if len(a) > 2 else [0])
                     for j in range(i + 2, len(words) + 1))
                 or len(a) > 2 and (spells(a, " ".join(words)) or any(w.startswith(a) and w != a for w in words)))}


CODE_PARTS = r"(?P<letters>[A-Z]{2,5})-?(?P<number>\d+(?:\.\d+)?)"  # an arm's letters and number: 'TTM33', 'HC-200'
NUMBERED_CODE = re.compile(rf"\(\s*(?P<code>{CODE_PARTS})\s*[);,]")  # '(TTM33)'


def dose_abbreviations(doc: Document, description: str) -> tuple[set[str], set[str]]:
    """Abbreviations the document defines for the dose an arm's description gives, and for another
    dose ('morphine 100 µg (M100)' beside 'Intrathecal morphine 50 µg'), with the :func:`numbered_codes`."""
    doses, (same, other) = set(DOSE.findall(description)), numbered_codes(doc, description)
    for long_form, abbreviation in doc.abbreviations:
        if doses and (named := set(DOSE.findall(long_form[-24:]))):
            (same if named & doses else other).add(abbreviation.lower())
    return same, other


def numbered_codes(doc: Document, description: str) -> tuple[set[str], set[str]]:
    """Codes in brackets of letters the description spells and a number: with one of its numbers ('CAF6' of
    '6 mg·kg−1 caffeine (CAF6)' for 'Caffeine 6 mg/kg'), and with another ('TTM36' beside 'TTM33' for
    'Targeted temperature management at 33 °C')."""
    numbers, same, other = set(NAME_NUMBER.findall(normalize(description))), set(), set()
    for _, sentence in doc.sentences():
        for m in NUMBERED_CODE.finditer(sentence):
            if numbers and spells(m["letters"], description):
                (same if m["number"] in numbers else other).add(m["code"].lower())
    return same, other


INACTIVE_GROUP = re.compile(r"\b(?:sham|placebo)\s+(?:group|arm)", re.I)
CONTROL_GROUP = re.compile(r"\b(?:control|no-treatment)\s+(?:group|arm)", re.I)
SHAM_WORD = r"(?:sham|placebo|simulated|mock)\b"
SHAM_OF = re.compile(rf"\s*{SHAM_WORD}", re.I)
SHAM_NAME = re.compile(rf"\s*(?:the\s+)?{SHAM_WORD}", re.I)  # a name starting with one: 'the sham EA group'
ALONE = re.compile(r"\b(?:alone|only)\b", re.I)


def arms_for(doc: Document, intervention: str, comparator: str) -> tuple[Arm, Arm]:
    """Arms named by their descriptions, the document's abbreviations for them and, in a trial
    against a control, the usual role names ('intervention group', 'control group')."""
    low = comparator.lower()
    is_control = any(w in low for w in ("placebo", "control", "sham", "usual", "standard", "conventional", "routine",
                                        "waiting", "wait-list", "waitlist", "wait list", "without", "no ", "alone",
                                        "only", "saline", "regular"))
    own_i, own_c = document_aliases(doc, intervention), document_aliases(doc, comparator)
    combinations = {a.lower(): [part.strip() for part in a.lower().split("+")] for a in doc.combined_acronyms}
    adds = [bool(ADD_ON.search(f" {description} ")) for description in (intervention, comparator)]
    for abbreviation in set(own_i) & set(own_c):  # as many words of each: the one whose name it spells ('UC' for
        if own_i[abbreviation] == own_c[abbreviation]:  # 'Usual care alone', 'EA' for 'Electroacupuncture ...')
            own_i[abbreviation] += 0.5 * spells(abbreviation, intervention)
            own_c[abbreviation] += 0.5 * spells(abbreviation, comparator)
        # ... and one that is part of one arm's combined abbreviation is the other arm's ('IND' beside 'IND+LR')
        if own_i[abbreviation] == own_c[abbreviation]:
            in_combined = [_combined_in(abbreviation, own, other, combinations)
                           for own, other in ((own_i, own_c), (own_c, own_i))]
            if in_combined.count(True) == 1:
                (own_c if in_combined[0] else own_i)[abbreviation] += 1
        # ... and the document's one combination is the arm's that adds one treatment to another ('MOB+EX' of
        # '... mobilisation combined with a thumb stabilisation exercise programme' beside 'Thumb stabilisation
        # exercise alone'; not of three arms, 'DN+EE', 'PE+EE' and 'EE')
        if own_i[abbreviation] == own_c[abbreviation] and set(combinations) == {abbreviation} and adds.count(True) == 1:
            (own_i if adds[0] else own_c)[abbreviation] += 1
    # undefined: 'WBV (n = 17)'; one both spell is the active arm's beside its sham ('IMT' vs 'Sham IMT')
    sham = bool(SHAM_OF.match(comparator)) and not SHAM_OF.match(intervention)
    # (also of what each adds to the words both start with: 'PE' of 'Ultrasound-guided percutaneous electrolysis'
    # beside 'Ultrasound-guided dry needling')
    initials_i, initials_c = (
        _initialisms(doc, description) | _initialisms(doc, _after_shared_start(description, other))
        for description, other in ((intervention, comparator), (comparator, intervention)))
    own_i |= {a: 1 for a in (initials_i if sham else initials_i - initials_c) if a not in own_i}
    own_c |= {a: 1 for a in initials_c - initials_i if a not in own_c}
    # 'DN+MT' of the arm named by 'DN' and 'MT'
    for combined, parts in combinations.items():
        named_by = [own for own in (own_i, own_c) if all(part in own for part in parts)]
        if len(named_by) == 1:
            named_by[0][combined] = max(len(parts), named_by[0].get(combined, 0))
    # ... and the one combination holding the comparator's abbreviation with a part of neither arm is what the
    # intervention adds to it ('PR+B' for 'Balance training added to pulmonary rehabilitation' beside 'PR')
    adding = [combined for combined, parts in combinations.items()
              if any(part in own_c for part in parts) and not all(part in own_i or part in own_c for part in parts)]
    if ADD_ON.search(f" {intervention} ") and len(adding) == 1:
        own_i[adding[0]] = max(2, own_i.get(adding[0], 0))
    # an abbreviation for another dose than an arm's is not the arm's; unless it is the other arm's dose, it is a
    # third arm's ('PE' of 'phenylephrine 50 µg/min' beside 'ephedrine 2 mg/min (EP)'; 'M100' beside 'M50')
    # (a code of an arm's letters and its number is the arm's: 'TTM33' of '... at 33 °C (TTM33)')
    for own, description in ((own_i, intervention), (own_c, comparator)):
        own |= {code: max(2, own.get(code, 0)) for code in numbered_codes(doc, description)[0]}
    (same_i, other_i), (same_c, other_c) = dose_abbreviations(doc, intervention), dose_abbreviations(doc, comparator)
    for abbreviation in other_i | other_c:
        if abbreviation in other_i or abbreviation not in same_i:
            own_i.pop(abbreviation, None)
        if abbreviation in other_c or abbreviation not in same_c:
            own_c.pop(abbreviation, None)
        if code := re.fullmatch(CODE_PARTS, abbreviation, re.I):  # ... nor are the code's letters alone ('HC' of
            own_i.pop(code["letters"], None)  # 'HC-200' beside 'HC-300')
            own_c.pop(code["letters"], None)
    # an abbreviation goes to the arm whose description shares more of its long form ('GP, gemcitabine
    # plus placebo' is not 'vismodegib plus gemcitabine')
    # ... and one both share goes to the active arm of a sham: 'EA' for 'Electroacupuncture at PC6', not
    # 'Sham electroacupuncture' (whose 'Sham EA group' names it with its own word)
    extra_i = tuple(a for a, k in own_i.items() if k > own_c.get(a, 0) or (sham and k == own_c.get(a, 0))) + (
        ROLE_INTERVENTION if is_control else ()) + (("real", "verum", "active") if sham else ())  # 'with real orthoses'
    # an active comparator the text allocates participants to is what it calls 'the control group'
    allocated = False
    if not is_control:
        active = Arm.from_description(comparator)
        naming = [s for _, s in doc.sentences() if active.mentions(s)]
        # ... as is one the text never names beside an allocation to 'the control regimen'
        allocated = any(ALLOCATION_WORDS.search(s) for s in naming) if naming else any(
            ALLOCATION_WORDS.search(s) and CONTROL_WORD.search(s) for _, s in doc.sentences())
        # ... unless the allocation calls another group the control ('... or no expulsive therapy (control)')
        allocated = allocated and not any(
            m["role"].lower() == "control" and not active.score(ALLOCATION_LEAD.split(m["name"])[-1])
            for _, s in doc.sentences() if ALLOCATION_WORDS.search(s) for m in ROLE_IN_BRACKET.finditer(s))
    # a sham or placebo beside a control group of its own ('four in the sham group and five in the control group')
    # is not the control group
    inactive_beside_control = bool(SHAM_OF.match(comparator)) and all(
        any(pattern.search(s) for _, s in doc.sentences()) for pattern in (INACTIVE_GROUP, CONTROL_GROUP))
    extra_c = tuple(a for a, k in own_c.items() if k > own_i.get(a, 0)) + (
        ROLE_CONTROL if (is_control or allocated) and not inactive_beside_control else ())
    # 'Standard pressure injury prevention' is the 'Standard care' of a table
    extra_c += tuple(f"{word} care" for word in ("standard", "usual", "routine", "conventional")
                     if re.match(rf"\s*{word}\b", low))
    if re.match(r"\s*no\s+treatment\b", low):  # 'the untreated group', 'untreated patients'
        extra_c += ("untreated",)
    if re.fullmatch(r"\s*placebo\s*", low) and "saline" not in intervention.lower():
        extra_c += ("saline", "normal saline")  # the usual placebo of an injection or infusion
    arms = [Arm.from_description(intervention, extra_i), Arm.from_description(comparator, extra_c)]
    shared = set(arms[0].phrases) & set(arms[1].phrases)  # 'IV' of 'Ondansetron 4 mg IV' and 'Dexamethasone ... IV'
    for arm in arms[1:] if sham else arms:  # (but 'IASTM' of 'Sham IASTM' is the active arm's)
        arm.phrases = [p for p in arm.phrases if p not in shared]
    for ai, labels in group_labels(doc, arms).items():
        labels = labels + _label_abbreviations(doc, labels)
        if "control group" in labels:  # a comparator the text calls the control group: 'none of the controls'
            labels = labels + list(ROLE_CONTROL)
        taken = {p for other in arms if other is not arms[ai] for p in other.phrases}  # 'WA' of '... water (WA)'
        if any(GROUP_CODE.fullmatch(p) for p in arms[ai].phrases):  # an arm described as 'group A' is named
            labels = [label for label in labels if not GROUP_CODE.fullmatch(label)]  # by no other ('... (group B)')
        arms[ai].phrases = sorted(set(arms[ai].phrases) | (set(labels) - taken), key=len, reverse=True)
    for arm in arms:  # an arm of one dose level is not named right after another ('with low-dose dexamethasone')
        levels = {m[1].lower() for p in arm.phrases if (m := DOSE_LEVEL.fullmatch(p))}
        arm.exclude_after += tuple(f"{other}-dose" for other in DOSE_LEVELS - levels) if levels else ()
    for arm in arms:  # a part of a combined arm's abbreviation names that part's own group ('S', 'NNS' of 'S+NNS');
        # an abbreviation combining a single arm's with another names a combined group ('DN+S' beside 'DN')
        combined = {p: parts for p in arm.phrases if " " not in p and len(parts := COMBINED_PARTS.split(p)) > 1}
        if COMBINATION.search(arm.label):
            arm.phrases = [p for p in arm.phrases if not any(
                name in parts for parts in combined.values() for name in (p, p.removeprefix("group ")))]
        else:
            arm.phrases = [p for p in arm.phrases if not set(combined.get(p, ())) & set(arm.phrases)]
    return arms[0], arms[1]


def _after_shared_start(description: str, other: str) -> str:
    """A description without the words it starts with that the other arm's starts with too."""
    words, others = description.split(), other.lower().split()
    shared = next((k for k, (a, b) in enumerate(zip(words, others)) if a.lower() != b), min(len(words), len(others)))
    return " ".join(words[shared:]) if 0 < shared < len(words) else description


def _label_abbreviations(doc: Document, labels: list[str]) -> list[str]:
    """Abbreviations the document defines for an arm's group labels: 'G1' of 'Group 1 (G1) received ...'."""
    return [abbreviation.lower() for label in labels if GROUP_CODE.fullmatch(label)
            for long_form, abbreviation in doc.abbreviations
            if re.search(rf"(?:^|\s){re.escape(label)}$", long_form, re.I) and spells(abbreviation, label)]


def _combined_in(abbreviation: str, own: dict[str, float], other: dict[str, float],
                 combinations: dict[str, list[str]]) -> bool:
    """Whether one arm's abbreviations (``own``, beside the ``other`` arm's) combine ``abbreviation`` with others:
    a combined one it holds more strongly ('IND+LR' beside 'IND'), or a combination the document uses whose
    other parts only it holds ('DN + PENS' for 'Dry needling plus percutaneous electrical nerve stimulation
    (PENS)')."""
    return any(abbreviation in COMBINED_PARTS.split(a) and k > other.get(a, 0)
               for a, k in own.items() if a != abbreviation) or \
        any(abbreviation in parts and all(p in own and p not in other for p in parts if p != abbreviation)
            for parts in combinations.values())


CONTROL_WORD = re.compile(r"\bcontrol\b", re.I)
IN_BRACKETS = re.compile(r"\(([^()]*)\)")  # a bracket with none inside it, and what it holds
COMBINED_PARTS = re.compile(r"[+/&]")  # between the parts of a combined arm's abbreviation ('DN+MT')
DOSE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:mg|µg|mcg|ug|g|ml|iu|units?|mmol|µmol)\b|%)", re.I)  # '10 mg', '0.25%'
DOSE_LEVELS = {"high", "low", "medium", "moderate", "intermediate", "single", "double", "standard"}
LEVEL_WORD = "|".join(sorted(DOSE_LEVELS))
DOSE_LEVEL = re.compile(rf"\b({LEVEL_WORD})[- ]dose\b", re.I)  # 'low-dose'


@lru_cache(maxsize=4096)  # arms' labels are asked about for every name read
def _doses(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The doses ('10', '0.25') and dose levels ('low') a name gives."""
    low = normalize(text).lower()
    return frozenset(DOSE.findall(low)), frozenset(DOSE_LEVEL.findall(low))


def named_arm(chunk: str, arms: list[Arm]) -> int | None:
    """The one arm a short name such as 'the fentanyl' or 'CGM group' stands for, if any. A name
    with another dose than the arm's ('drug 10 mg' for 'Drug 20 mg', 'the high-dose group' for
    'Laser, low dose') stands for another arm."""
    if POPULATION.fullmatch(chunk.strip()):
        return None  # people ('Parents of 1,200 infants'), not 'SMS reminders to parents'
    said, owns = _doses(chunk), [_doses(arm.label) for arm in arms]
    if said[1] and not any(said[1] & own[1] for own in owns):
        return None  # 'the high-dose group' beside 'Drug, low dose' and 'Placebo': a third arm
    # (of each kind, doses or levels, the name gives some, the arm others)
    other_dose = [any(s and o and not s & o for s, o in zip(said, own)) for own in owns]
    scores = sorted(((0.0 if other_dose[ai] else arm.score(chunk), ai) for ai, arm in enumerate(arms)), reverse=True)
    if scores[0][0] <= 0:
        return None
    top = scores[0][1]  # '(Caphosol) four times daily plus standard oral care (n = 48)' is not 'Standard oral care'
    if not arms[top].adds_on and (added := ADD_ON.search(padded := f" {chunk}")):  # (alone) but the arm named
        before = [ai for ai, arm in enumerate(arms) if arm.score(padded[:added.start()]) > 0]  # before the 'plus'
        if top not in before:
            return before[0] if len(before) == 1 else None
    tied = [ai for score, ai in scores if score == scores[0][0]]
    # 'Sham EA' is 'Sham electroacupuncture' even though 'EA' names 'Electroacupuncture' better
    shams = [ai for ai, arm in enumerate(arms) if SHAM_OF.match(arm.label)]
    if len(shams) == 1 and SHAM_NAME.match(chunk) and arms[shams[0]].score(chunk) > 0 and not any(
            SHAM_OF.search(arm.label) for arm in arms if arm is not arms[shams[0]]):
        return shams[0]
    # 'the laser group' beside 'the placebo group' is the active laser, not 'Placebo laser ...'
    active = [ai for ai in tied if not SHAM_OF.match(arms[ai].label)]
    if len(tied) > 1 and len(active) == 1 and not SHAM_OF.search(chunk):
        return active[0]
    if len(tied) == 2 and len(active) == 1 and SHAM_OF.search(chunk):  # ... and 'sham taping applied without
        return tied[1 - tied.index(active[0])]  # tension' is 'Sham taping', not 'Kinesio taping applied with tension'
    # 'the self-care group' is 'Enhanced self-care alone', not 'Acupuncture plus enhanced self-care'
    alone = [ai for ai in tied if ALONE.search(arms[ai].label)]
    if len(tied) > 1 and len(alone) == 1:
        return alone[0]
    # 'the standard care group' is 'Standard prevention', not 'Foam dressing plus standard care'
    added = [ai for ai in tied if names_one_part(chunk, arms[ai].label)]
    if len(tied) == 2 and len(added) == 1:
        return tied[1 - tied.index(added[0])]
    # 'prehospital antibiotics' is 'Prehospital ... ceftriaxone', not 'Usual care (antibiotics started in the emergency
    # department)': of arms named equally, the one named by words outside its brackets (when each has some)
    plain = [ai for ai in tied if _outside_brackets(arms[ai].label).score(chunk) > 0]
    if len(tied) > 1 and len(plain) == 1 and all(_outside_brackets(arms[ai].label).words for ai in tied):
        return plain[0]
    # 'full feeding' is 'Full calorie enteral nutrition', not 'Trophic enteral feeding': the word before
    # the name's last word tells arms apart, the last word does not
    if len(tied) == 2 and len(words := chunk.split()) >= 2:
        head, before = words[-1], " ".join(words[:-1])
        by_modifier = [ai for ai in tied if arms[ai].score(before) > 0 and arms[ai].score(head) <= 0]
        by_head = [ai for ai in tied if arms[ai].score(head) > 0 and arms[ai].score(before) <= 0]
        if len(by_modifier) == 1 and len(by_head) == 1:
            return by_modifier[0]
    return scores[0][1] if len(tied) == 1 else None


@lru_cache(maxsize=1024)
def _outside_brackets(description: str) -> Arm:
    """The arm named by its description's words outside brackets."""
    return Arm.from_description(IN_BRACKETS.sub(" ", description))


ADD_ON = re.compile(r"\s(?:plus|\+|added to|in addition to|combined with|together with)\s", re.I)
COMBINATION = re.compile(rf"{ADD_ON.pattern}|\s(?:and|with)\s|\bcombin(?:ed|ation)\b", re.I)  # an arm of two parts


def names_one_part(chunk: str, label: str) -> bool:
    """Whether ``chunk`` names one part of an arm given in addition to another ('X plus Y') and
    none of the other part (a label in brackets is of the whole arm: 'combined' of 'CBT plus zolpidem (combined
    therapy)')."""
    parts, said = ADD_ON.split(IN_BRACKETS.sub(" ", label)), set(_long_form_words(chunk))
    return len(parts) == 2 and sum(bool(said.intersection(_long_form_words(part))) for part in parts) == 1


ROMAN_OR_LETTER = re.compile(r"[A-Z]\d+(?:\.\d+)?|[A-Z]|I{1,3}|IV|V|\d")  # 'group D1', 'group A', 'group II'
GROUP_LABEL = re.compile(rf"\b(?P<kind>(?i:group|arm))s?\s+(?P<a>{ROMAN_OR_LETTER.pattern}|[A-Z]{{2,5}})\b"
                         r"(?![-.,]?\d)|\b(?P<b>[A-Z]{1,5}\d?)\s+(?i:group|arm)\b|"
                         r"(?<=\()\s*(?P<c>[a-z][a-z-]{2,15})\s+group(?=\s*[),;])")  # '... ondansetron (combination group)'
KEYED_LABEL = re.compile(r"(?P<name>[A-Za-z][\w '‘’-]{2,60}?)\s*\(\s*(?P<label>[A-Z]{1,5})\s*[;,]\s*[nN]\s*=\s*"
                         r"(?P<n>\d+)\s*\)")
ROLE_LABEL = re.compile(r"\b(?P<role>test|control|study|experimental|reference|comparison)\s+(?-i:[a-z]+)\s*"
                        r"\((?P<description>[^()]{3,80})\)", re.I)
ROLE_IN_BRACKET = re.compile(r"(?P<name>[^,;:()]{3,80}?)\s*\(\s*(?P<role>control|intervention)\s*\)", re.I)
# a name of some lower-case words an allocation gives an arm after its description ('... metronidazole (short course)')
WORDS_IN_BRACKET = re.compile(r"(?P<name>[^,;:()]{3,120}?)\s*\(\s*(?:(?P<label>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+"
                              r"(?:course|regimen|strategy|protocol|schedule))\s*\)|"  # '(short course)'
                              r"(?P<word>[a-z][a-z-]{3,})\s*;\s*n\s*=\s*\d+\s*\))")  # '(neurostimulation; n = 123)'
ROLE_ABBREVIATED = re.compile(r"\(\s*(?P<role>(?:experimental|intervention|treatment|study|control|comparison)"
                              r"\s+group)\s*,\s*(?P<label>(?-i:[A-Z]{1,5}))\s*[;,)]|"
                              # ... or 'an intervention group (IG) receiving ...'
                              r"\b(?P<named>(?:experimental|intervention|treatment|study|control|comparison)"
                              r"\s+group)\s*\(\s*(?P<code>(?-i:[A-Z]{1,5}))\s*[;,)]", re.I)
DOSE_LABEL = re.compile(rf"(?P<dose>\d+(?:\.\d+)?\s*(?:mg|µg|mcg|g|ml|iu)\S*)\s*\(\s*(?P<level>{LEVEL_WORD})[- ]dose"
                        r"\s*[),;]", re.I)  # ('0.5 mg/kg (high dose, n = 65)')
# the words of allocation, for the patterns here and in sizes
ALLOCATED = r"randomi[sz]ed|randomly|allocated|assigned|divided|underwent randomi[sz]ation"
ALLOCATION_WORDS = re.compile(rf"\b(?:{ALLOCATED}|received)\b", re.I)
WHO_RECEIVED = re.compile(r"^\s*,?\s*(?:who|which|that)\s+(?:were\s+|was\s+)?"
                          r"(?:received?|given|treated with|underwent|got)\b", re.I)
BEFORE_BRACKET = re.compile(r"(?P<name>[^,;:()]{3,80})\(\s*$")  # 'dry needling (' before 'DN group'
ALLOCATION_LEAD = re.compile(r"\b(?:to|or|either|receiv(?:e|ed|ing))\s+(?:an?\s+|the\s+)?", re.I)
NAME_LEAD = re.compile(r"\b(?:to|or|and|either|receiv(?:e|ed|ing)|given|with|the)\b", re.I)  # before an arm's name
LABEL_END = re.compile(r";|,|(?:^|\s)(?:and|or|while|whereas|but|versus|vs\.?)\s", re.I)


INACTIVE = ("sham", "placebo", "saline")  # what names a sham or placebo arm ('equal volume of normal saline')


def _same_kind(text: str, label: str) -> bool:
    """False when a comparator word sets ``text`` apart from the arm ``label``: 'sham needling'
    is not 'needling', and 'needling' is not 'sham needling'."""
    return not any(w in text and w not in label for w in COMPARATOR_WORDS) and \
        not (any(w in label for w in ("sham", "placebo")) and not any(w in text for w in INACTIVE))


def _distinct(text: str, ai: int, arms: list[Arm]) -> bool:
    """Whether ``text`` names arm ``ai`` and not a third arm we were not asked about: 'collagen
    hemostatic sponge' shares words with 'Stypro hemostatic sponge' but, missing 'stypro' and
    bringing 'collagen', is another arm. Text bringing words of its own must hold the words that
    set the arm apart from the others ('stapled anastomosis with a linear cutter' for 'Stapled
    ileocolic anastomosis' against 'Hand-sewn ileocolic anastomosis'), or a phrase naming it ('equal
    volume of normal saline' for a placebo)."""
    words = {w for w in token_parts(text) if w not in STOPWORDS and len(w) > 2 and not re.fullmatch(r"[\d.]+", w)}
    foreign = words - {w for arm in arms for w in arm.words} - DOSE_UNITS  # ('5 µg' brings no word of its own)
    abbreviations = set(tokens(" ".join(re.findall(r"\(([^()]*)\)", arms[ai].label))))  # 'CAPOX' of '... (CAPOX)'
    own = arms[ai].words - abbreviations
    distinct = own - {w for other, arm in enumerate(arms) if other != ai for w in arm.words}  # 'stapled'
    # (a hyphenated word by its parts: 'nurse-administered' is in '... administered by the recovery nurse')
    return not foreign or {part for w in distinct or own for part in w.split("-")} <= words or bool(
        arms[ai].phrase_spans(text))


def _label(m: re.Match) -> str:
    """The label a GROUP_LABEL match gives: 'group A' and 'arm II' keep their word, 'group DEX' is 'DEX'."""
    code = m["a"] or m["b"]
    if m["a"] and ROMAN_OR_LETTER.fullmatch(code):
        return f"{m['kind'].lower()} {code.lower()}"
    return code.lower() if code else f"{m['c']} group"


def _labelled_arm(window: str, arms: list[Arm]) -> tuple[int | None, str]:
    """The arm the first clause of ``window`` names (not 'sham dry needling' for 'dry needling'),
    and that clause."""
    for start, stop in spans_outside_brackets(window, LABEL_END)[:1]:
        named = window[start:stop].lower()
        if COUNT_IN_A_GROUP.search(named):  # another group's count ('TENS group, four in the sham group')
            return None, named
        return _named_alike(named, arms), named
    return None, ""


# a count in a group ('two in the sham group')
COUNT_IN_A_GROUP = re.compile(r"^\s*[\w-]+\s+(?:[\w-]+\s+)?in\s+the\b.*\b(?:group|arm)s?\b", re.I)


def _named_alike(named: str, arms: list[Arm]) -> int | None:
    """The arm ``named`` stands for among the arms of its own kind ('dry needling' is not 'sham dry
    needling')."""
    return named_arm(named, [arm if _same_kind(named, arm.label.lower()) else Arm("") for arm in arms])


LETTER_LABEL = re.compile(r"(?P<name>\b[A-Za-z][\w ./µ-]{2,40}?)\s*\((?P<label>[A-Z]\d?)\)")  # 'placebo (P)',
# 'dexmedetomidine 0.5 µg/kg (D)'


def group_labels(doc: Document, arms: list[Arm]) -> dict[int, list[str]]:
    """Labels a document gives the arms: 'Group A (Stypro sponge)', 'in group I (120 people)
    intravenous lidocaine', 'the LP group received acupressure at local points'. A label goes to
    the arm that the words right after it name (up to the clause's end; 'sham needling' does not
    name 'needling'), by majority over the text."""
    votes: dict[str, Counter[int]] = {}
    for table in doc.tables:  # 'the intervention group (I; n = 104) and the control group (C; n = 114)'
        for m in KEYED_LABEL.finditer(table.caption):
            ai = named_arm(m["name"], arms)
            if ai is not None:
                votes.setdefault(m["label"].lower(), Counter())[ai] += 1
    for _, sentence in doc.sentences():  # 'the test rinse (0.12% chlorhexidine) or the control rinse (...)'
        for m in ROLE_LABEL.finditer(sentence):
            ai = _named_alike(m["description"].lower(), arms)
            if ai is not None:
                votes.setdefault(m["role"].lower(), Counter())[ai] += 1
        for m in LETTER_LABEL.finditer(sentence) if ALLOCATION_WORDS.search(sentence) else ():
            ai = named_arm(m["name"], arms)  # 'melatonin 5 mg (M5) and placebo (P)', then 'group P'
            if ai is not None:
                votes.setdefault(f"group {m['label'].lower()}", Counter())[ai] += 1
        for m in ROLE_IN_BRACKET.finditer(sentence) if ALLOCATION_WORDS.search(sentence) else ():
            ai = named_arm(ALLOCATION_LEAD.split(m["name"])[-1], arms)  # 'self-help materials only (control)'
            if ai is not None:
                votes.setdefault(f"{m['role'].lower()} group", Counter())[ai] += 1
        for m in WORDS_IN_BRACKET.finditer(sentence) if ALLOCATION_WORDS.search(sentence) else ():
            ai = named_arm(ALLOCATION_LEAD.split(m["name"])[-1], arms)
            label = m["label"] or m["word"]  # (a word the text then calls a group by: 'the neurostimulation group')
            if ai is not None and not any(label in arm.phrases for arm in arms) and (m["label"] or any(
                    re.search(rf"\b{re.escape(label)}\s+(?:group|arm)s?\b", s, re.I) for _, s in doc.sentences())):
                votes.setdefault(label, Counter())[ai] += 1
        for m in ROLE_ABBREVIATED.finditer(sentence):  # '... (experimental group, EG; n = 19)': the arm of that role
            named = [ai for ai, arm in enumerate(arms) if (m["role"] or m["named"]).lower() in arm.phrases]
            if len(named) == 1:
                votes.setdefault((m["label"] or m["code"]).lower(), Counter())[named[0]] += 1
        for m in DOSE_LABEL.finditer(sentence):  # '2400 mg/day (high dose), 1200 mg/day (low dose)'
            ai = named_arm(m["dose"], arms)
            if ai is not None:
                for label in (m["level"].lower() + " dose", m["level"].lower() + "-dose"):
                    votes.setdefault(label, Counter())[ai] += 1
    legends = [part for t in doc.tables for part in (t.caption, t.footnotes)]  # 'Group I, ondansetron 4 mg; ...'
    texts = [s for _, s in doc.sentences()] + legends
    # a third group in the text ('Group B (collagen sponge)') must not take the label of an arm asked about
    seen = {_label(m) for text in texts for m in GROUP_LABEL.finditer(text)}
    more_groups = len(seen) > len(arms)
    for sentence in texts:
        matches = list(GROUP_LABEL.finditer(sentence))
        for k, m in enumerate(matches):
            end = matches[k + 1].start() if k + 1 < len(matches) else len(sentence)
            # 'group A, who received bupivacaine', 'Group I, ondansetron 4 mg'
            windows = [WHO_RECEIVED.sub(" ", sentence[m.end():end]).lstrip(" ,:=")]
            opened = BEFORE_BRACKET.search(sentence[:m.start()])
            if opened:  # 'dry needling (DN group, n = 30)', 'ketamine (group K)': the name before the bracket,
                # else the whole description since the allocation ('to a prophylactic phenylephrine infusion
                # at 50 µg/min started with the intrathecal injection (infusion group)')
                name = ADD_ON.sub(" plus ", opened["name"])  # (whole: 'X in addition to standard care (X group)')
                windows = [NAME_LEAD.split(name)[-1], ALLOCATION_LEAD.split(name)[-1]]
            # ('(video group)' after 'to watch an information video in addition to the standard discussion':
            # the one arm its word names)
            by_word = [ai for ai, arm in enumerate(arms) if m["c"] and m["c"].lower() in arm.words]
            for window in windows if len(by_word) != 1 else [m["c"]]:
                ai, named = _labelled_arm(window, arms)
                if ai is not None and (not more_groups or _distinct(named, ai, arms)):
                    votes.setdefault(_label(m), Counter())[ai] += 1
                    break
    labels: dict[int, list[str]] = {}
    for label, counts in votes.items():
        ranked = sorted(counts.items(), key=lambda x: -x[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            labels.setdefault(ranked[0][0], []).append(label)
    # two labels given together at allocation, one of them an arm's: the other is the other arm's
    # ('8 mg dexamethasone (group BD, n = 25) or 2 mL saline (group B, n = 25)')
    unnamed = seen - set(votes)
    if len(arms) == 2 and len(seen) == 2 and len(labels) == 1 and len(unnamed) == 1 and any(
            ALLOCATION_WORDS.search(t) and {_label(m) for m in GROUP_LABEL.finditer(t)} == seen for t in texts):
        labels[1 - next(iter(labels))] = list(unnamed)
    return labels


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


PAIN_WORDS = {"pain", "severity", "intensity", "relief"}
PAIN_SCALES = frozenset({"vas", "nrs", "nprs"})
DEATH_WORDS = frozenset({"mortality", "death", "died", "dead", "deceased"})  # 'overall mortality': 'had died'
# 'Dropout (withdrawal)': '12 participants withdrew' ('discontinu': the root of 'discontinued' and 'discontinuation',
# as outcome_words forms it)
WITHDRAWAL_WORDS = frozenset({"withdrawal", "withdrawals", "withdrew", "withdrawn", "dropout", "dropouts", "drop-out",
                              "drop-outs", "dropped", "discontinu"})
LOST = frozenset({"loss", "lost"})  # ('Loss to follow-up')
# an outcome's word -> the words of its complement, from which a reviewer counts it ('Clinical failure' of
# those not reaching 'Clinical resolution')
OPPOSITES = {"fail": frozenset({"success", "successful", "resolv", "cure", "cured", "surviv"}),
             "incomplete": frozenset({"complete", "full"}),
             **{death: frozenset({"alive", "surviv"}) for death in DEATH_WORDS}}  # ('25 of 36 ... were alive')
ABSENCE_WORDS = frozenset({"free", "freedom", "absence", "without"})
NEGATED_LEAD = re.compile(r"\s*no\s", re.I)  # ('No active trigger points'; not 'No-reflow')
NEGATED_WORD = re.compile(r"non-?([a-z]{4,})")  # 'nonunion', 'non-response': the opposite of 'union', 'response'


def _opposites(word: str) -> frozenset[str]:
    """The words naming the complement of an outcome's ``word``: OPPOSITES, or the word a 'non'
    prefix negates ('union' of 'nonunion')."""
    negated = NEGATED_WORD.fullmatch(word)
    return OPPOSITES.get(word, frozenset()) | ({_root(negated[1])} if negated else set())


# ... and any event is the complement of being free of it or not needing it ('relapse-free', 'freedom from atrial
# arrhythmia', 'did not require any rescue opioid')
FREEDOM_FROM = re.compile(r"\b(?:(?:freedom|free)\s+(?:from|of)|did\s+not\s+(?:require|need|develop|experience))"
                          r"\s+(?:any\s+)?(?P<what>[\w-]+)", re.I)
NONE_TAKEN = re.compile(r"\b(?:reported|had|used|took)\s+no\s+(?:any\s+)?(?P<what>[\w-]+)", re.I)  # 'reported no opioid use'
TIME_AFTER = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<u>min(?:ute)?s?|h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mo|"
                        r"months?|y|years?)\b(?:\s+of\s+age\b)?", re.I)  # ('at 12 months of age')
TIME_BEFORE = re.compile(r"\b(?P<u>hour|day|week|month|year)\s*(?P<n>\d+(?:\.\d+)?)\b", re.I)
# a month is 52/12 weeks and a year 52 weeks, so that '12 months', '1 year' and '52 weeks' are one time point
DAYS_PER = {"h": 1 / 24, "d": 1.0, "w": 7.0, "m": 7 * 52 / 12, "y": 7 * 52.0, "min": 1 / 1440}


def in_days(number: float, unit: str) -> float:
    """``number`` of ``unit`` ('min', 'h', 'hours', 'd', 'wks', 'mo', 'months', 'y', ...) in days."""
    unit = unit.lower()
    return round(number * DAYS_PER["min" if unit.startswith("mi") else "m" if unit.startswith("mo") else unit[0]], 6)


NAME_NUMBER = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?![\w.,]*\d)")


# a number in words before a unit of time ('at one week', 'six-month'), read as digits in the same place
WORDS_BEFORE_UNIT = re.compile(r"\b[a-z]+(?:-[a-z]+)?(?=[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)", re.I)


def time_phrases(text: str) -> list[re.Match]:
    """The phrases of ``text`` naming a time point ('6 weeks', 'week 12', 'one month'), in the order of the text."""
    text = WORDS_BEFORE_UNIT.sub(lambda m: str(n).ljust(len(m[0])) if (n := words_to_int(m[0])) else m[0], text)
    return sorted([*TIME_AFTER.finditer(text), *TIME_BEFORE.finditer(text)], key=lambda m: m.start())


def numbers_named(text: str) -> frozenset[str]:
    """The numbers of a name that are no time point: 'PASI 75 response at week 16' -> {'75'}."""
    text = normalize(text)
    times = [m.span() for m in time_phrases(text)]
    return frozenset(m.group(0) for m in NAME_NUMBER.finditer(text) if not any(a <= m.start() < b for a, b in times))


PERIOD = re.compile(r"\b(cycle|course|visit|dose|session|round|phase|period|stage)\s*(\d+)\b", re.I)


def periods_named(text: str) -> frozenset[str]:
    """Numbered periods of a treatment in ``text``: 'FN in cycle 1' -> {'cycle 1'}."""
    return frozenset(f"{m[1].lower()} {m[2]}" for m in PERIOD.finditer(normalize(text)))


def days_named(text: str) -> set[float]:
    """Time points in ``text``, in days: '12 m', '24 h', 'week 96', '6-month' -> {364.0, 1.0, 672.0, 182.0}."""
    return {in_days(float(m["n"]), m["u"]) for m in time_phrases(normalize(text))}


# (and the analysis sets: 'in PP' is the 'per-protocol (PP)' item of a list)
QUALIFIERS = {"total", "overall", "any", "all", "mean", "change", "score", "itt", "intention-to-treat", "pp",
              "per-protocol"}
SAME_QUALIFIER = {"all": "any", "overall": "total", "intention-to-treat": "itt",
                  "per-protocol": "pp"}  # 'in any cycle' is the row 'All cycles'


@lru_cache(maxsize=16384)
def freed_of(text: str) -> frozenset[str]:
    """The words ``text`` names as absent: 'relapse' of 'relapse-free', 'atrial' of 'freedom from atrial
    arrhythmia'."""
    return frozenset({_root(t[:-len("-free")]) for t in outcome_words(FREE_TIME.sub(" ", text)) if t.endswith("-free")}
                     | {_root(m["what"].lower()) for m in FREEDOM_FROM.finditer(text)})


# 'a pain-free month' is a time without the outcome, not its absence in those counted
FREE_TIME = re.compile(r"\b[\w-]+-free\s+(?:days?|weeks?|months?|years?|periods?|intervals?)\b", re.I)

AT_LEAST_ONE = re.compile(r"\bat least (?:one|1)\b|\b(?:one|1) or more\b|(?:≥|>=)\s*1(?![\d.])", re.I)


def qualifiers_of(text: str) -> frozenset[str]:
    """The generic words of ``text`` that tell rows apart ('total', 'any'), one word per meaning
    ('at least one fall' and 'Fallers (≥1 fall)' are 'any')."""
    return frozenset(SAME_QUALIFIER.get(t, t) for t in tokens(AT_LEAST_ONE.sub(" any ", text)) if t in QUALIFIERS)


GENERIC_OUTCOME = {"mean", "number", "change", "total", "rate", "score", "scores", "level", "levels", "patients",
                   "patient", "participant", "participants", "subject", "subjects",
                   "incidence", "proportion", "percentage", "frequency", "value", "values", "measured",
                   "after", "before", "end", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                   "year", "years", "minutes", "baseline", "overall", "any", "all"}
CHANGE_PERIOD = re.compile(r"\b(?:from|between)\s+[\w\s-]+?\s+(?:to|and)\s+[\w\s-]+$", re.I)
# 'Procedural characteristics' and the like describe outcomes, not the groups at entry
OUTCOME_CHARACTERISTICS = ("procedural", "operative", "surgical", "intraoperative", "postoperative", "perioperative",
                           "anaesthetic", "anesthetic", "recovery", "intubation", "endoscopic", "delivery", "labour",
                           "labor", "block", "sedation", "injection", "emergence", "extubation", "stimulation", "cycle")
# 'characteristics of spinal block' are outcomes
OUTCOME_CHARACTERISED = ("block", "anaesthesia", "anesthesia", "surgery", "procedure", "operation", "labour", "labor",
                         "delivery", "recovery", "sedation", "intubation", "injection")
BASELINE_TABLE = re.compile("".join(f"(?<!{kind} )" for kind in OUTCOME_CHARACTERISTICS) +
                            r"\b(?:characteristics?(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:"
                            + "|".join(OUTCOME_CHARACTERISED) + r")\b)|demographics?|demographic data)\b", re.I)


SCORE_WORDS = {"total", "score", "scores"}
LEADING_GENERIC = {"incidence", "rate", "rates", "number", "proportion", "percentage", "occurrence", "risk",
                   "frequency", "mean", "total", "change", "any"}


LOWER_CASE_BRACKET = re.compile(r"\([a-z ,;-]+\)")  # words in brackets, not an instrument ('(VAS)') nor a threshold
PREFIXED_INITIALISM = re.compile(r"\b([A-Za-z])[a-z]+\s+([A-Z]{2,6})\b")
BRACKETED = re.compile(r"\(([^()]{5,80})\)")  # an instrument's name or a unit ('(mg/dL)'), not a '(s)'


LINKING_WORDS = frozenset({"of", "to", "and"})


def _naming_words(description: str, linking: frozenset[str] = frozenset()) -> list[str]:
    """The words an abbreviation of a description would be made of: 'Incidence of postoperative
    nausea and vomiting at 24 h' -> postoperative, nausea, vomiting (with the ``linking`` words kept)."""
    # (nor the period of a change: '... Index from baseline to 12 months')
    name = re.split(r"\b(?:at|after|during|within|over|by|from\s+baseline)\b", BRACKETED.sub(" ", description))[0]
    words = [w for t in tokens(name)  # (not the unit of '(s)'; the number of '6-minute')
             for w in t.split("-") if (w.isalpha() and len(w) > 1 or w.isdigit() and "-" in t)
             and (w not in STOPWORDS or w in linking)]
    while words and words[0] in LEADING_GENERIC:
        words = words[1:]
    return words


def _acronyms(description: str, used: frozenset[str] = frozenset()) -> frozenset[str]:
    """Initials a text may use for a description: 'Major adverse cardiovascular events at 12 months'
    -> 'mace', 'Incidence of serious adverse events' -> 'sae' (three letters or more); and the
    ``used`` upper-case terms made of the beginnings of its words, in order ('PONV' for
    'postoperative nausea and vomiting', 'IOP' for 'intraocular pressure')."""
    numbered = _naming_words(IN_BRACKETS.sub(" ", description))  # ('6-minute walk distance' is '6MWD';
    # 'Air-bone gap (dB)' is 'ABG')
    words = [w for w in numbered if not w.isdigit()]
    initials = "".join(w[0] for w in words)
    in_digits = [str(n) if (n := words_to_int(w)) else w for w in numbered]  # ('Six-minute walk distance' is '6MWD')
    trailing = len(numbered) - next((k for k, w in enumerate(reversed(numbered)) if w not in SCORE_WORDS), 0)
    named_alone = numbered[:trailing]  # (without its last words of a score: 'SGRQ' for '... Questionnaire total score')
    linked = _naming_words(IN_BRACKETS.sub(" ", description), LINKING_WORDS)  # ('ROSC' for 'Return of
    # spontaneous circulation'; not the analysis set 'ITT' of '(intention-to-treat)')
    limbs = _naming_words(IN_BRACKETS.sub(" ", description), frozenset({"arm"}))  # ('arm' the limb: 'MUAC' for
    # 'Mid-upper arm circumference')
    spelled = {a.lower() for a in used if len(words) >= 2 and sum(c.isalpha() for c in a) >= 3 and any(
        _made_of(a.lower().replace("-", ""), named) for named in (words, numbered, in_digits, named_alone, linked,
                                                                   limbs))}
    return frozenset({initials} if 3 <= len(initials) <= 6 else set()) | spelled - QUALIFIERS


def _description_words(text: str) -> frozenset[str]:
    """The content words of an outcome's description, as :func:`outcome_words` forms them."""
    return frozenset(_root(t) for t in tokens(text) if t not in STOPWORDS and t not in GENERIC_OUTCOME and len(t) > 2)


def _spelled_words(abbreviation: str, long_form: str) -> frozenset[str]:
    """The description words of the last words of ``long_form`` that ``abbreviation`` spells ('ARI' in
    '... effects on acute respiratory infection' -> acute, respiratory, infection; 'ITT', 'intention to
    treat' -> intention-to-treat); none when it spells none."""
    parts = [p for t in tokens(long_form) for p in t.split("-") if p]
    letters = abbreviation.lower()
    for k in range(1, min(len(parts), 8) + 1):  # a stop word may give a letter ('ITT', intention to treat) or not
        tail = parts[-k:]
        if len(letters) > 1 and spells(letters, tail[0]) if k == 1 else (  # one word: 'Hb' of 'haemoglobin'
                _made_of(letters, tail) or _made_of(letters, [w for w in tail if w not in STOPWORDS])):
            return _description_words(" ".join(tail))
    return frozenset()


def _words_spelled(abbreviation: str, long_form: str, words: frozenset[str]) -> frozenset[str]:
    """The ``words`` (of an outcome's description) made of the :func:`_spelled_words` of ``long_form``;
    none unless the description holds all of those words."""
    spelled = _spelled_words(abbreviation, long_form)
    covered = frozenset(w for w in words if set(w.split("-")) <= spelled | STOPWORDS)
    # the whole long form is part of the description ('Brief Fatigue Inventory' is not 'Fatigue')
    return covered if spelled and spelled <= {p for w in covered for p in (w, *w.split("-"))} else frozenset()


def _defined_as(doc: Document | None, words: frozenset[str]) -> list[frozenset[str]]:
    """The words of a name ('the primary outcome', 'Response') the document defines as the outcome
    ``words`` name (at least two thirds of them): the results then call it by that name ('The primary
    outcome occurred in 49 patients ...', 'Responders numbered 19/45 with oxycodone ...')."""
    return [outcome_words(name) for name, what in (doc.outcome_definitions if doc else ())
            if words and len(words & outcome_words(what)) >= 2 * len(words) / 3]


def _words_ending(name: str, words: frozenset[str]) -> frozenset[str]:
    """The ``words`` (of an outcome's description) that end ``name``, the longest run of its last
    words that are all description words ('... was diagnosed as alveolar osteitis' -> alveolar,
    osteitis); none when its last word is none of them."""
    run: list[str] = []
    for token in reversed(tokens(name)):
        if _root(token) not in words:
            break
        run.append(_root(token))
    return frozenset(run)


def _spelled_run(abbreviation: str, words: list[str], wanted: set[str]) -> int:
    """The length of the longest run of two or more of ``words``, all of them ``wanted``, whose beginnings
    spell ``abbreviation`` ('HE' of 'home', 'exercise'); 0 if none."""
    return max((j - i for i in range(len(words)) for j in range(i + 2, len(words) + 1)
                if set(words[i:j]) <= wanted and _made_of(abbreviation.lower(), words[i:j])), default=0)


def _made_of(abbreviation: str, words: list[str]) -> bool:
    """Whether ``abbreviation`` is the beginnings of ``words`` in order, one or more letters each."""
    if not words or not abbreviation:
        return not words and not abbreviation
    return any(abbreviation[:k] == words[0][:k] and _made_of(abbreviation[k:], words[1:])
               for k in range(1, min(len(words[0]), len(abbreviation)) + 1))


# the population an outcome is asked in: 'among nulliparous women', 'in high caries-risk children', '... - women'
SUBGROUP = re.compile(rf"(?:\b(?:among|in)\s+|\s*,\s*|\s[-–—:]\s*)(?P<who>(?:[\w-]+\s+){{0,3}}?)"
                      rf"(?P<people>{PEOPLE})\s*$", re.I)
# groups of people an outcome may be asked in, named alone
POPULATION = re.compile(r"wom[ae]n|m[ae]n|females?|males?|child(?:ren)?|adults?|girls?|boys?|infants?|neonates?|"
                        r"newborns?|mothers?|parents?|caregivers?|carers?", re.I)


AMONG_BRACKETED = re.compile(r"\(\s*among\s+([^()]*)\)", re.I)


def _subgroup(outcome: str) -> frozenset[str]:
    """The words of the population an outcome is asked in: its qualifiers ('nulliparous'), or a
    group of people named alone ('women'; not 'patients' or 'knees'), or the words of a bracketed
    population ('... (among patients with clinical cure)')."""
    if bracketed := AMONG_BRACKETED.search(outcome):
        return _description_words(bracketed[1])
    among = SUBGROUP.search(outcome)
    if not among:
        return frozenset()
    who = outcome_words(among["who"]) - STOPWORDS
    return who or (outcome_words(among["people"]) if POPULATION.fullmatch(among["people"]) else frozenset())


ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
GRADE_RANGE = re.compile(r"\bgrades?\s*(?P<a>[0-5]|I{1,3}|IV|V)\s*(?:-|–|/|or|and|to)\s*(?P<b>[0-5]|I{1,3}|IV|V)\b",
                         re.I)  # 'WHO grade 3-4', 'grade III or IV', 'grades 3 and 4'
_GRADE = r"[0-5]|I{1,3}|IV|V"
GRADE_FROM = re.compile(rf"\bgrades?\s*(?:(?:≥|>=)\s*(?P<a>{_GRADE})\b|(?P<b>{_GRADE})\s*(?:\+|or\s+(?:higher|"
                        r"above|more|worse|greater)\b))", re.I)  # 'grade 3 or higher', 'grade ≥3'
TOP_GRADE = 5  # (CTCAE's highest)
QUOTED_PAIR = re.compile(r"['‘\"“](?P<a>[^'’\"”]{2,40})['’\"”]\s+or\s+['‘\"“](?P<b>[^'’\"”]{2,40})['’\"”]")
# the words of ordered scales: 'moderate or severe swelling', 'complete or partial response', 'third- or
# fourth-degree tear'
SCALE_WORDS = ("mild", "moderate", "severe", "complete", "partial", "excellent", "good", "fair", "poor", "first",
               "second", "third", "fourth", "minor", "major")
SCALE_PAIR = re.compile(rf"\b(?P<a>{'|'.join(SCALE_WORDS)})(?P<hyphen>-)?\s+or\s+(?P<b>{'|'.join(SCALE_WORDS)})"
                        r"(?P<suffix>-[a-z]+)?(?P<head>(?:\s+[a-z]+){0,2})", re.I)

# the top categories of a global impression of change: 'much or very much improved', 'much improved or very much
# improved', 'very much or much better'
CHANGE_PAIR = re.compile(r"\b(?P<a>(?:very\s+)?much)(?:\s+(?:improved|better))?\s+or\s+(?P<b>(?:very\s+)?much)\s+"
                         r"(?P<head>improved|better)\b", re.I)

# a Likert answer with its stronger form: 'satisfied or very satisfied', 'strongly agree or agree'
_STRONGER = r"(?:very|strongly|completely|extremely)"
INTENSITY_PAIR = re.compile(rf"\b(?P<a>[a-z]{{3,}})\s+or\s+(?P<b>{_STRONGER}\s+(?P=a))\b|"
                            rf"\b(?P<c>{_STRONGER}\s+(?P<d>[a-z]{{3,}}))\s+or\s+(?P=d)\b", re.I)


def _scale_tokens(text: str) -> frozenset[str]:
    """:func:`tokens` with Roman numerals as digits ('Grade III' -> grade, 3)."""
    return frozenset(ROMAN.get(t, t) for t in tokens(text))


def categories_named(outcome: str) -> tuple[tuple[frozenset[str], ...], frozenset[str], bool]:
    """The categories of one scale an outcome's description adds up, each as the words naming it,
    the words the scale's rows may add, and whether the categories after the first may be missing
    (``OutcomeSpec.categories``, ``category_head`` and ``open_ended``; none when it names no such pair)."""
    if grades := GRADE_RANGE.search(outcome):
        low, high = (int(ROMAN.get(g.lower(), g)) for g in (grades["a"], grades["b"]))
        if low < high:
            return tuple(frozenset({str(k)}) for k in range(low, high + 1)), frozenset({"grade"}), False
    if grades := GRADE_FROM.search(outcome):  # every grade from the first one, as far as the table goes
        low = int(ROMAN.get((grades["a"] or grades["b"]).lower(), grades["a"] or grades["b"]))
        if low < TOP_GRADE:
            return tuple(frozenset({str(k)}) for k in range(low, TOP_GRADE + 1)), frozenset({"grade"}), True
    if quoted := QUOTED_PAIR.search(outcome):
        return tuple(_scale_tokens(quoted[k]) - STOPWORDS for k in ("a", "b")), frozenset(), False
    if pair := CHANGE_PAIR.search(outcome):  # 'much or very much improved': each with the scale's word
        return (_scale_tokens(f"{pair['a']} {pair['head']}"), _scale_tokens(f"{pair['b']} {pair['head']}")), \
            frozenset(), False
    if pair := INTENSITY_PAIR.search(outcome):
        return (_scale_tokens(pair["a"] or pair["d"]), _scale_tokens(pair["b"] or pair["c"])), frozenset(), False
    if pair := SCALE_PAIR.search(outcome):
        first = pair["a"] + (pair["suffix"] or "") if pair["hyphen"] else pair["a"]
        second = pair["b"] + (pair["suffix"] or "")
        return (_scale_tokens(first), _scale_tokens(second)), _scale_tokens(pair["head"]) - STOPWORDS, False
    return (), frozenset(), False


@dataclass(frozen=True)
class OutcomeSpec:
    """What names an outcome in a text: whole phrases (instrument names) or content words."""

    phrases: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    aliases: frozenset[str] = frozenset()  # abbreviations that stand for all the words ('rds')
    days: frozenset[float] = frozenset()  # time points the description names ('at 12 months')
    baseline: bool = False  # the description asks for a characteristic at entry ('Baseline diabetes')
    qualifiers: frozenset[str] = frozenset()  # generic words of the description that tell rows apart ('total')
    anywhere: bool = False  # every sentence qualifies (the outcome was named elsewhere in the text)
    change: bool = False  # the description asks for the change from baseline
    # other names the document gives part of the description, as (their words, the words they stand
    # for): 'ARI' for 'acute respiratory infection' in 'At least one acute respiratory infection',
    # 'dry socket' for 'alveolar osteitis' ('Alveolar osteitis (dry socket) was diagnosed ...')
    part_aliases: frozenset[tuple[frozenset[str], frozenset[str]]] = frozenset()
    numbers: frozenset[str] = frozenset()  # numbers that are part of its name ('PASI 75', 'grade 3'), not times
    # categories of one scale that together make the outcome ('complete or partial response', 'grade
    # 3-4'), each as the words naming it, and the words the scale's rows may add ('response', 'grade')
    categories: tuple[frozenset[str], ...] = ()
    category_head: frozenset[str] = frozenset()
    open_ended: bool = False  # 'grade 3 or higher': the categories after the first may have no row
    subgroup: frozenset[str] = frozenset()  # the words of the population it is asked in ('among nulliparous women')
    periods: frozenset[str] = frozenset()  # numbered periods it is asked in ('in cycle 1')
    aside: frozenset[str] = frozenset()  # words only in lower-case brackets ('adverse event' of 'Nausea
    # (adverse event)'): a row naming them alone names the outcome less than one naming the words before them
    complement: bool = False  # the spec names the outcome's complement ('Successful extubation' for 'Extubation
    # failure'), whose counts a reader subtracts from the arm's size; else texts naming only the complement name none
    absence: bool = False  # the description names the outcome as absent ('No active trigger points', 'Freedom
    # from recurrence'): a text naming it so counts those without what it negates

    @classmethod
    def from_description(cls, outcome: str, doc: Document | None = None) -> OutcomeSpec:
        """Content words of a description such as 'incidence of respiratory distress syndrome',
        and the abbreviations ``doc`` defines for them ('RDS')."""
        outcome = SCALE_RANGE.sub(" ", outcome)  # (a scale's range names nothing: 'FIQ total 0–100')
        words = _description_words(AMONG_BRACKETED.sub(" ", outcome))  # (a bracketed population is no part of it)
        aliases = frozenset(singular(a) for a in document_aliases(doc, outcome, whole=True)
                            if singular(a) not in words) if doc else frozenset()
        if "pain" in words and words <= PAIN_WORDS:  # 'severity of pain', 'pain relief': a pain scale names it
            aliases |= PAIN_SCALES
        if words & DEATH_WORDS and not {w for w in words - DEATH_WORDS - GENERIC_OUTCOME
                                        - {"all-cause", "within", "during", "cause"} if not days_named(w)}:
            aliases |= DEATH_WORDS  # ('28-day mortality' is 'Death within 28 days'; 'all-cause mortality', 'Death from
            # any cause', 'had died')
        if {w for w in words - GENERIC_OUTCOME - {"overall", "all-cause"} if not days_named(w)} == {"surviv"}:
            aliases |= {"alive"}  # 'Survival at 90 days': '151 patients ... were alive'
        # ('Withdrawal from the trial for any reason', 'Drop-out from the rehabilitation programme'; not of
        # 'Withdrawal due to adverse events')
        left = _description_words(re.split(r"\b(?:from|before)\b", outcome)[0])  # ('... before the 12-week visit')
        if left & (WITHDRAWAL_WORDS | LOST) and not {w for w in left - WITHDRAWAL_WORDS - LOST - GENERIC_OUTCOME - {
                "trial", "study", "reason", "all-cause", "follow-up"} if not days_named(w)}:
            aliases |= WITHDRAWAL_WORDS  # ('Loss to follow-up at 6 months' too)
        used = doc.acronyms if doc else frozenset()
        # ... of the whole description, or of an instrument it names in brackets ('BFI' for 'Fatigue (Brief
        # Fatigue Inventory)')
        aliases |= _acronyms(outcome, used).union(*(_acronyms(inner, used) for inner in BRACKETED.findall(outcome))) \
            - words
        # an initialism with the initial of the word before it ('mEASI' for 'Modified EASI')
        aliases |= {f"{m[1]}{m[2]}".lower() for m in PREFIXED_INITIALISM.finditer(outcome)}
        # a measure with a number in its name written as one word either way round ('Peak VO2' is 'VO2peak')
        named = [t if t.isalnum() and not t.isdigit() and t not in STOPWORDS | GENERIC_OUTCOME else ""
                 for t in tokens(outcome)]
        aliases |= {joined for a, b in zip(named, named[1:]) if a and b and any(c.isdigit() for c in a + b)
                    for joined in (a + b, b + a)}
        change = bool(CHANGE.search(outcome))  # 'Change in HbA1c from baseline to week 24' asks for no baseline
        if change and (period := CHANGE_PERIOD.search(outcome)):  # ('... from admission to discharge' names
            words = words - _description_words(period[0]) or words  # the change's ends, not what changed)
        parts = frozenset((frozenset({singular(abbreviation.lower())}), part)
                          for long_form, abbreviation in (doc.abbreviations if doc else ())
                          if (part := _words_spelled(abbreviation, long_form, words)) and part != words)
        # ... or that it uses undefined for the description's last words ('FMD' of 'Brachial flow-mediated dilation')
        parts |= frozenset((frozenset({singular(term.lower())}), part)
                           for term in used if sum(map(str.isalpha, term)) >= 3
                           if len(part := _words_spelled(term, " ".join(_naming_words(outcome)), words)) >= 2)
        parts |= frozenset((alias, part) for name, synonym in (doc.synonyms if doc else ())
                           if (part := _words_ending(name, words)) and (alias := _description_words(synonym) - words))
        parts |= frozenset((named, words) for named in _defined_as(doc, words))
        # ... and the long form the document gives an abbreviation the description uses ('Neck Disability Index
        # scores' for 'NDI at 6 weeks'; 'Quality of Recovery-15' for 'QoR-15 score', spelled without its number)
        parts |= frozenset((spelled, frozenset({abbreviation}))
                           for long_form, short in (doc.abbreviations if doc else ())
                           if (abbreviation := singular(short.lower())) in words and (spelled := _spelled_words(
                               re.sub(r"[^A-Za-z]", "", short), re.sub(r"-?\d+\b", "", long_form))))
        # ... or the name an abbreviation of the description spells, used undefined ('Cumberland Ankle Instability
        # Tool scores' for 'CAIT score at 6 months')
        defined = {short for _, short in (doc.abbreviations if doc else ())}
        parts |= frozenset((_description_words(name), frozenset({abbreviation}))
                           for short in ACRONYM.findall(outcome) if short not in defined and len(short) >= 3
                           and (abbreviation := singular(short.lower())) in words
                           for name in (doc.capitalised_names if doc else ())
                           if _made_of(short.lower(), [w.lower() for w in re.split(r"[\s-]+", name)
                                                       if w.lower() not in STOPWORDS]))
        categories, head, open_ended = categories_named(outcome)
        return cls(words=words, aliases=aliases, days=frozenset(days_named(outcome)),
                   baseline=not change and bool(names_entry(outcome) or BASELINE_TABLE.search(outcome)),
                   qualifiers=qualifiers_of(outcome), change=change, part_aliases=parts,
                   numbers=numbers_named(outcome), categories=categories, category_head=head, open_ended=open_ended,
                   subgroup=_subgroup(outcome), periods=periods_named(outcome),
                   aside=words - _description_words(LOWER_CASE_BRACKET.sub(" ", outcome)),
                   absence=bool(words & ABSENCE_WORDS or NEGATED_LEAD.match(outcome)))

    @classmethod
    def from_names(cls, names: tuple[str, ...]) -> OutcomeSpec:
        return cls(phrases=tuple(n.lower() for n in names))

    @staticmethod
    def content(text: str) -> set[str]:
        """The words of ``text`` that could name an outcome (no numbers, no short words)."""
        return {w for w in outcome_words(text) if len(w) > 2 and not w.isdigit()}

    def names_category(self, text: str, category: frozenset[str]) -> bool:
        """Whether a row label names one of the outcome's categories and nothing else ('Partial
        response (PR)', 'Grade III', 'Moderate'; not 'Very much improved' for 'much improved')."""
        named = _scale_tokens(IN_BRACKETS.sub(" ", text))
        return category <= named and not named - category - self.category_head - STOPWORDS

    @property
    def of_leaving(self) -> bool:
        """Whether the outcome is leaving the trial ('Dropout', 'Withdrawal from the trial for any reason'):
        those the text says were lost or withdrew are its events, counted of those allocated."""
        return WITHDRAWAL_WORDS <= self.aliases

    def coverage(self, text: str) -> float:
        """The share of the words of ``text`` (a row label) that name the outcome."""
        # (words for everyone name no other outcome: 'Successful ECV - all women' names it wholly)
        found = {w for w in self.content(text) if w != "all" and not re.fullmatch(PEOPLE, w, re.I)}
        named = self.words | self.aliases | {w for alias, _ in self.part_aliases for w in alias}
        found -= {part for w in found & named for part in w.split("-") if part != w}  # ('HOMA-IR' is one word)
        return len(found & named) / len(found) if found else 0.0

    def _named_in(self, text: str) -> frozenset[str]:
        """The words of ``text``, with those that the other names in it stand for."""
        found = outcome_words(text)
        return found.union(*(part for alias, part in self.part_aliases if alias <= found))

    def of_complement(self) -> OutcomeSpec | None:
        """The spec of the outcome's complement: texts naming the outcome's opposite ('Successful
        extubation' for 'Extubation failure', 'Remained relapse-free' for 'Relapse'), whose opposite
        word stands for the outcome's."""
        if self.complement or not self.words:
            return None
        opposites = {(frozenset({o}), frozenset({w})) for w in self.words for o in _opposites(w)}
        return replace(self, part_aliases=self.part_aliases | frozenset(opposites), complement=True)

    def _names_complement(self, text: str) -> bool:
        """Whether ``text`` names the outcome's opposite and not the outcome ('Successful extubation',
        'Remained relapse-free' for 'Relapse')."""
        found = outcome_words(text)
        # (a text naming the outcome by an alias names it, beside its opposite too: '39 ... had died (1-year
        # survival 63%)' for 'Death')
        opposite = not found & self.aliases and any(found & _opposites(w) and w not in found for w in self.words)
        # ('Relapse-free survival', 'Seizure freedom' are no opposites of freedom)
        own_freedom = any(w.endswith("-free") or w in ("free", "freedom") for w in self.words)
        return bool(opposite or not own_freedom and freed_of(text) & self.words)

    def score(self, text: str) -> float:
        if self.anywhere:
            return 0.1
        if not self.phrases and self._names_complement(text) != self.complement:
            return 0.0  # ('Successful extubation, n (%)' counts no extubation failures)
        if self.phrases:
            low = normalize(text).lower()
            return float(sum(1 for p in self.phrases if _boundary(p).search(low)))
        if not self.words:
            return 0.0
        found = self._named_in(text) if self.part_aliases else outcome_words(text)
        # ('Non-inflammatory lesion counts' do not name 'Inflammatory lesion count')
        found -= {w.removeprefix("non-") for w in found if w.startswith("non-") and w not in self.words}
        # ('Opioid-free at 6 weeks' in '... reported no opioid use')
        found |= {w for w in self.words if w.endswith("-free") and _root(w.removesuffix("-free")) in
                  freed_of(text) | {_root(m["what"].lower()) for m in NONE_TAKEN.finditer(text)}}
        if self.aliases & found:
            return len(self.words) ** 0.5
        # (a hyphenated word is named by its parts: 'involved limb' for 'Involved-limb ...')
        return sum(0.5 if w in self.aside else 1.0 for w in self.words
                   if w in found or "-" in w and {_root(p) for p in w.split("-")} <= found) / len(self.words) ** 0.5
