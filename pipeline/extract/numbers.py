"""Reading numbers as trials print them.

Handles ``3.2 ± 1.1``, ``3.2 +/- 1.1``, ``3.2 (1.1)``, ``3.2 (SD 1.1)``, ``mean 3.2, SD 1.1``,
``3.2 s, SD 1.1``, ``3.2 with a standard deviation of 1.1``, the middle dot decimal ``3·2``, Unicode
minus and dashes, ``95% CI 1.2 to 3.4``, ``(1.2, 3.4)``, ``[1.2-3.4]``, ``n = 20`` and numbers in
words ("Forty patients"). Every match keeps its character span, so that the extractor can say where
a value was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

NUM = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+"

_TRANSLATE = str.maketrans({
    "\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00b7": ".", "\u2009": " ",
    "\u00a0": " ", "\u202f": " ", "\u2005": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
})
CURRENCY = str.maketrans(dict.fromkeys("€£$¥", " "))  # '€28,460 (SD €17,930)' read as plain numbers

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBER = re.compile(
    r"\b(?=[a-z])(?:(?:(?P<h>" + "|".join(UNITS) + r")\s+|(?<=\ba\s)|(?<=\bthe\s))"  # 'two hundred', 'the hundred'
    r"(?P<hundred>hundred)\b(?:\s+(?:and\s+)?)?)?"
    r"(?:(?P<t>" + "|".join(TENS) + r")(?:[-\s](?P<u>" + "|".join(k for k in UNITS if UNITS[k] < 10) + r"))?"
    r"|(?P<s>" + "|".join(UNITS) + r"))?(?<=[a-z])\b",  # 'Two hundred' alone too
    re.IGNORECASE,
)


def normalize_chars(text: str) -> str:
    """Unicode minus/dashes to '-', middle-dot decimals to '.', exotic spaces to ' ' (one
    character for one, so fixed-width layouts keep their columns)."""
    return text.translate(_TRANSLATE)


# '12,8 ± 3,4': decimal commas around a '±' (a comma before three digits would be a thousands separator)
DECIMAL_COMMA_SPREAD = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(\s*±\s*)(\d+),(\d{1,2})(?![\d,])")


def normalize(text: str) -> str:
    """:func:`normalize_chars`, currency signs to ' ', '+/-' to '±', decimal commas of 'mean ± SD' to points,
    and markdown emphasis (``*``) removed."""
    text = normalize_chars(text).translate(CURRENCY).replace("+/-", "±").replace("+-", "±").replace("&plusmn;", "±")
    if "," in text and "±" in text:
        text = DECIMAL_COMMA_SPREAD.sub(r"\1.\2\3\4.\5", text)
    return text.replace("*", "")


def to_float(text: str) -> float:
    return float(text.replace(",", ""))


def words_to_int(text: str) -> int | None:
    """'Forty-two' -> 42, 'one hundred and twenty' -> 120; None when it is not a number word."""
    match = _WORD_NUMBER.fullmatch(text.strip())
    return _value(match) if match else None


def _value(match: re.Match) -> int | None:
    """The number a match of _WORD_NUMBER writes in words (None for an empty match)."""
    if not match.group(0):
        return None
    value = (UNITS[match["h"].lower()] if match["h"] else 1) * 100 if match["hundred"] else 0  # 'the hundred'
    if match["t"]:
        value += TENS[match["t"].lower()] + (UNITS[match["u"].lower()] if match["u"] else 0)
    elif match["s"]:
        value += UNITS[match["s"].lower()]
    return value


THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")  # '6,012'; not '1,2' nor '0.5,12'


def without_thousands(text: str) -> str:
    """'1,052/2,310' -> '1052/2310'."""
    return THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)


@lru_cache(maxsize=16384)
def digits_for_words(text: str, smallest: int = 2) -> str:
    """``text`` with number words from ``smallest`` up written in digits, and thousands written
    without separators, padded to the same length so that offsets stay valid: 'Thirty patients
    received X' -> '30     patients received X', '3,004 patients' -> '3004  patients'."""
    def digits(m: re.Match) -> str:
        value = _value(m)
        return str(value).ljust(len(m.group(0))) if value is not None and value >= smallest else m.group(0)

    text = THOUSANDS.sub(lambda m: m.group(0).replace(",", "").ljust(len(m.group(0))), text)
    text = _WORD_NUMBER.sub(digits, text)
    # 'none' beside a number in a list is a zero ('hypotony in none and 2 eyes, respectively')
    return NONE_LISTED.sub(lambda m: f"{m['join'] or ''}0   ", text) if smallest == 0 else text


_LIST_JOIN = r"(?:\s*,\s*|\s+(?:and|or|vs\.?|versus)\s+)"
NONE_LISTED = re.compile(rf"\bnone\b(?={_LIST_JOIN}\d)|(?<=\d)(?P<join>{_LIST_JOIN})none\b", re.I)


@dataclass(frozen=True)
class Found:
    """A value read in a text: what it is, its numbers, and where it was."""

    kind: str  # mean_sd | mean_se | mean_ci | median_iqr | ci | n | count_of | count_pct | pct | number
    values: tuple[float, ...]  # a mean_sd may carry its n third: '68.3 (SD 12.0; n = 89)'
    start: int
    end: int
    text: str


# words for people, one or more (units of analysis too)
PEOPLE = (r"(?:patients?|(?:in|out)patients|participants?|subjects?|individuals?|people|persons?|wom[ae]n|m[ae]n|"
          r"females?|males?|adults?|child(?:ren)?|infants?|girls?|boys?|mothers?|students?|pupils?|volunteers?|"
          r"athletes?|cases?|eyes?|teeth|tooth|restorations?|implants?|ulcers?|knees?|hips?|shoulders?|neonates?|"
          r"newborns?|households?|famil(?:y|ies)|residents?|respondents?|runners?|players?|smokers?|workers?|employees?|"
          r"cyclists?|triathletes?|swimmers?|rowers?|sprinters?|nurses?|survivors?|caregivers?|carers?|recruits?|"
          r"soldiers?)")

# '-1.65 kg/m2 (SD = 2.5', '2.34 kgf/cm² (SE 0.14', '24.6 mL/kg/min (95% CI', '1.05% (SD 2.0'
# '%', 'mmHg', '°C', 'mg/dL', 'mL/kg/min', 'dB HL', 'mm Hg', 'minutes', 'standard drinks'
MEASURE_UNIT = r"(?:(?:%|°?[a-zA-Zµ]{1,5}(?:/[a-zA-Z0-9²³]{1,5}){0,2}(?:\s(?-i:[A-Z][A-Za-z]{1,2}))?|" \
               r"(?:minute|second|hour|point|metre|meter|step)s|(?-i:[a-z]{3,12} [a-z]{3,12}s))\s*)?"
# the unit again after a spread: '(SD 0.9 kg)'
SPREAD_UNIT = r"(?:\s*(?:%|[a-zA-Zµ]{1,5}(?:/[a-zA-Z0-9²³]{1,5}){0,2}))?"

_PATTERNS = [
    # 3.2 ± 1.1 ; 3.2 (SD 1.1) ; 3.2 (SD = 1.1) ; 3.2 (1.1) ; mean 3.2, SD 1.1 ; 3.2 (s.d. 1.1)
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*[%°]?\s*±\s*(?P<b>{NUM})(?:\s*[%°])?")),  # '7.1% ± 0.8%', '65° ± 8°'
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*[(\[]\s*±\s*(?P<b>{NUM})\s*[)\]]")),  # '6.2 (±2.4)'
    # ('68.3 (SD 12.0; n = 89)', '7.9 kg (SD 0.9 kg)')
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*{MEASURE_UNIT}[(\[]\s*(?:SD|s\.d\.|sd|standard deviation)\s*[=:,]?\s*(?P<b>{NUM})"
                           rf"{SPREAD_UNIT}(?:\s*[;,]\s*n\s*=\s*(?P<c>\d+))?\s*[)\];,]")),
    # 2.1 (SE 0.2) ; 2.1 (SEM = 0.2) ; 2.1 (standard error 0.2)
    ("mean_se", re.compile(rf"(?P<a>{NUM})\s*{MEASURE_UNIT}[(\[]\s*(?:SE|SEM|s\.e\.m?\.?|standard error)\s*[=:,]?\s*"
                           rf"(?P<b>{NUM}){SPREAD_UNIT}\s*[)\];,]")),
    ("mean_sd", re.compile(rf"\b(?:mean|(?-i:M))\s*[=:]?\s*(?P<a>{NUM})\s*{MEASURE_UNIT}[,;]?\s*(?:and\s+)?"
                           rf"(?:SD|s\.d\.|standard deviation)\s*[=:]?\s*(?P<b>{NUM})",
                           re.IGNORECASE)),  # 'mean 9.8 days, SD 3.1', 'M = 8.4, SD = 4.9'
    ("mean_se", re.compile(rf"\bmean\s*[=:]?\s*(?P<a>{NUM})\s*{MEASURE_UNIT}[,;]\s*(?:SE|SEM|standard error)\s*[=:]?\s*"
                           rf"(?P<b>{NUM})", re.IGNORECASE)),  # 'mean 4.2 days, SE 0.3'
    # 'a mean of 14.8 standard drinks per week (SD 11.2)': a unit of words between them
    ("mean_sd", re.compile(rf"\bmean\s+of\s+(?P<a>{NUM})\s+(?:[a-z-]+\s+){{1,4}}[(\[]\s*"
                           rf"(?:SD|s\.d\.|standard deviation)\s*[=:,]?\s*(?P<b>{NUM})\s*[)\]]", re.IGNORECASE)),
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*{MEASURE_UNIT},?\s*with\s+an?\s+(?:SD|s\.d\.|standard deviation)\s+"
                           rf"of\s+(?P<b>{NUM})", re.IGNORECASE)),  # '37.9 with a standard deviation of 17.5'
    # '41.3 s, SD 14.6' (the word 'mean' said once, before an earlier value)
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*{MEASURE_UNIT},\s*(?:SD|s\.d\.)\s*[=:]?\s*(?P<b>{NUM})")),
    # 95% CI forms: -1.5 (95% CI -2.3 to -0.7)
    ("mean_ci", re.compile(rf"(?P<m>{NUM})\s*{MEASURE_UNIT}[(\[]\s*95\s*%\s*(?:CI|confidence interval)\s*[:=,]?\s*"
                           rf"(?P<a>{NUM})\s*"
                           rf"(?:to|--?|,|;|and)\s*(?P<b>{NUM})\s*[)\]]", re.IGNORECASE)),
    # a CI on its own, of a share too: '87.7% (95% CI, 80% to 95%)' prints no share of 95%
    ("ci", re.compile(rf"95\s*%\s*(?:CI|confidence interval)\s*[:=,]?\s*[(\[]?\s*(?P<a>{NUM})%?\s*(?:to|--?|,|;|and)\s*"
                      rf"(?P<b>{NUM})%?\s*[)\]]?", re.IGNORECASE)),
    ("mean_ci", re.compile(rf"(?P<m>{NUM})\s*[(\[]\s*(?P<a>{NUM})\s*(?:to|,|;|-)\s*(?P<b>{NUM})\s*[)\]]")),
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*\(\s*(?P<b>\d+(?:\.\d+)?)\s*\)")),
    # '94.6 h (30.7)', '6.6% [1.0]'
    ("mean_sd", re.compile(rf"(?P<a>-?\d+\.\d+)\s*{MEASURE_UNIT}[(\[]\s*(?P<b>\d+\.\d+)\s*[)\]]")),
    # 3.2 [1.1]: square brackets too, when a decimal shows it is no reference number ('30 patients [12]')
    ("mean_sd", re.compile(rf"(?P<a>{NUM})\s*\[\s*(?P<b>\d+(?:\.\d+)?)\s*\]")),
    # 'all but 3 of the 45': 42 of 45
    ("count_of", re.compile(r"\ball\s+but\s+(?P<but>\d+)\s+of\s+(?:the\s+)?(?P<b>\d+)\b", re.IGNORECASE)),
    # '27 (36%) of 75', '12 of the 40' (not a blood pressure: '150-155/90-100 mmHg', '140/90 mmHg')
    ("count_of", re.compile(rf"(?<![-–])\b(?P<a>\d+)\s*(?:[(\[]\s*(?:{NUM})\s*%\s*[)\]]\s*)?"
                            r"(?:/|of(?:\s+the)?|out of)\s*(?P<b>\d+)\b(?![-–]\d|\s*mm\s*Hg)")),
    ("n", re.compile(r"\b[nN]\s*[=:]\s*(?P<a>\d{1,3}(?:,\d{3})+|\d+)\b")),  # 'n = 1,012'
    # a share with its count after it: '53.1% (169)'
    ("count_pct", re.compile(rf"(?<![\d.])(?P<b>{NUM})\s*%\s*[(\[]\s*(?P<a>\d+)\s*[)\]]")),
    # events with their share: '12 (24%)', '5 patients (10%)'
    ("count_pct", re.compile(rf"(?<![\d.])\b(?P<a>\d+)\s*(?:(?:\w+\s+)?{PEOPLE}\s*)?[(\[]\s*(?P<b>{NUM})\s*%\s*"
                             r"(?:[)\]]|"
                             r"[,;](?=[^()]*\)))")),  # '3 participants (4%, three events)' too
    ("pct", re.compile(rf"(?P<a>{NUM})\s*%(?!\s*(?:CI|confidence))", re.I)),  # (not '95% CI 1.14–1.67' unread)
    # '35 and 42.5%': the '%' of a list's last number is every number's
    ("pct", re.compile(rf"(?P<a>{NUM})(?=(?:\s*(?:,|and|or)\s*(?:{NUM}))*\s*(?:,\s*and|,|and|or)\s*(?:{NUM})\s*%"
                       r"(?!\s*(?:CI|confidence)))")),  # (not '-5.6, 95% CI')
]


# how a bracketed number after a mean is named: its standard error or its confidence interval
STANDARD_ERROR = re.compile(r"\b(?:SE|SEM|s\.e\.m?\.?|standard errors?)\b", re.I)
CONFIDENCE = re.compile(r"\b(?:CI|confidence intervals?)\b", re.I)
COUNT_AND_PERCENT = re.compile(r"\b(?:n|no\.?|number)\s*[(\[]\s*%|\bn\s*/\s*N\b", re.I)  # 'n (%)': count, share


SD_LABEL = re.compile(r"\bSD\b|\bs\.d\.|standard deviation", re.I)


def find_values(text: str) -> list[Found]:
    """All recognisable values in ``text`` (already normalized), longest forms first, no overlaps."""
    return list(_values_in(text))


def find_values_in_words(text: str) -> tuple[str, list[Found]]:
    """``text`` with its number words in digits (see :func:`digits_for_words`) and the values found
    in it, each ending where its last word ends in ``text``: '26' of 'Twenty-six of the thirty-two
    and ...' ends after 'thirty-two', not two letters into it."""
    in_digits = digits_for_words(text)

    def word_end(end: int) -> int:
        while end < len(text) and in_digits[end] == " " and text[end] != " ":
            end += 1
        return end
    return in_digits, [replace(f, end=word_end(f.end)) for f in find_values(in_digits)]


@lru_cache(maxsize=16384)  # the same sentences are read for every outcome of a trial
def _values_in(text: str) -> tuple[Found, ...]:
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            if kind == "mean_ci":
                values = (to_float(groups["m"]), to_float(groups["a"]), to_float(groups["b"]))
                if not values[1] <= values[0] <= values[2]:
                    continue
            elif groups.get("but"):
                values = (to_float(groups["b"]) - to_float(groups["but"]), to_float(groups["b"]))
            else:
                values = tuple(to_float(groups[g]) for g in ("a", "b", "c") if groups.get(g) is not None)
            if kind == "mean_sd" and (values[1] < 0 or ("[" in m.group(0) and "." not in m.group(0)
                                                         and not SD_LABEL.search(m.group(0)))):
                continue  # ('30 patients [12]' cites a reference; '164 pmol/L [SD 82]' gives an SD)
            if kind == "count_of" and values[1] < 2:
                continue  # 'IGA 0/1 responses': a score's categories, not a count of a group
            taken.append((m.start(), m.end()))
            found.append(Found(kind, values, m.start(), m.end(), m.group(0)))
    return tuple(sorted(found, key=lambda f: f.start))


def find_counts(text: str) -> list[Found]:
    """Group sizes: 'n = 20' (kind ``n``), or numbers before people words in digits or words
    ('Forty patients', kind ``people``: a group or the whole sample)."""
    return list(_counts_in(text))


@lru_cache(maxsize=16384)
def _counts_in(text: str) -> tuple[Found, ...]:
    out = [f for f in find_values(text) if f.kind == "n"]
    for m in re.finditer(rf"\b(?P<a>\d+)\s+(?:[\w-]+\s+){{0,2}}{PEOPLE}\b", text):  # ('60 treatment-naive patients')
        out.append(Found("people", (float(m["a"]),), m.start(), m.end(), m.group(0)))
    for m in re.finditer(rf"\b(?P<w>[A-Za-z]+(?:[-\s][A-Za-z]+){{0,3}})\s+(?:\w+\s+){{0,2}}{PEOPLE}\b", text):
        words = m["w"].split()
        # the number word may be followed by up to two describing words ('Eight male young participants')
        spans = ((i, j) for i in range(len(words)) for j in range(len(words), i, -1) if len(words) - j <= 2)
        value = next((v for i, j in spans if (v := words_to_int(" ".join(words[i:j])))), None)
        if value:
            out.append(Found("people", (float(value),), m.start(), m.end(), m.group(0)))
    return tuple(sorted(out, key=lambda f: f.start))
