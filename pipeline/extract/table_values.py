"""Per-arm values from results tables.

Columns are matched to arms through their headers (looking past an image or blank header into the
first rows; a column comparing arms is no arm's column), rows to the outcome through their labels
and the headings above them; the cell under the time point the outcome names is taken, else the
last follow-up cell. Tables with one row per arm ('Neck pain | Needling | ...', 'Neck pain |
Placebo | ...') are read along the arms' rows, past change, effect and test columns, or down the
column the outcome names ('Group | n | Soreness | %'); the header's corner cell may name their
outcome. Cells: ``3.1 (1.2)``, ``3.1 ± 1.2``, a mean column beside an SD column, a mean with its SE
or 95% CI as the header says, ``12 (40%)``, ``12/30``, plain percentages under a '%' label; the
'Yes' of a yes/no outcome, never the 'No'. Tables of baseline characteristics are read only for
characteristics at entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.naming import (BASELINE_TABLE, CHANGE, COMBINING_FORM, COMPARATOR_WORDS, FOLLOW_UP,
                                     GENERIC_OUTCOME, KEYED_LABEL, ROUTE_WORDS, SHAM_NAME, STOPWORDS, Arm, OutcomeSpec,
                                     days_named, named_arm, names_entry, names_one_part, numbers_named,
                                     outcome_words, periods_named, qualifiers_of, singular, tokens)
from pipeline.extract.numbers import (CONFIDENCE, COUNT_AND_PERCENT, PEOPLE, STANDARD_ERROR, find_counts, normalize,
                                      to_float, without_thousands)
from pipeline.extract.readings import ArmValues, Extraction, events_from_percent, gives_percent
from pipeline.fulltext import ARM_SIZE_NOTE, Table, spells

CELL_MEAN_SD = re.compile(r"^\s*(?P<m>[-+]?\d+(?:\.\d+)?)\s*%?\s*"  # '33.9% (29)': a percentage may be a mean
                          r"(?:±\s*(?P<s1>\d+(?:\.\d+)?)|\(\s*(?:SD\s*[=:]?\s*)?(?P<s2>\d+(?:\.\d+)?)\s*\)|"
                          r"\[\s*(?P<s3>\d+(?:\.\d+)?)\s*\])\s*(?:[a-z*†‡§^]{0,3})?"
                          r"(?:\s*[;,]?\s*[(\[]?\s*(?:n\s*=\s*|(?<=[(\[])|(?<=[(\[]\s))(?P<n>\d+)\s*[)\]]?)?\s*$",
                          re.I)  # '2.1 ± 1.0 (n = 30)', '2.1 ± 1.0 (30)', '25.8 (13.4) [52]'
NUMBER = r"[-+]?\d+(?:\.\d+)?"
CELL_MEAN_CI = re.compile(rf"^\s*(?P<m>{NUMBER})\s*[(\[]\s*(?P<lo>{NUMBER})\s*(?:,|;|to|--?)\s*(?P<hi>{NUMBER})\s*[)\]]"
                          r"\s*(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
CELL_CI = re.compile(rf"^\s*(?P<open>[(\[])?\s*(?P<lo>{NUMBER})\s*(?:,|;|to|--?)\s*(?P<hi>{NUMBER})\s*"
                     r"(?(open)[)\]])\s*$", re.I)  # '(5.6, 6.0)', '5.6 to 6.0' (under '95% CI')
COMPARISON = re.compile(r"\b(?:vs\.?|versus|difference|compared)\b", re.I)
MEAN_AND_SPREAD = re.compile(r"\b(?:mean|average|SD|SE|SEM|s\.d\.|standard (?:deviation|error)|CI)\b", re.I)
# a row label of a change alone: the change of the outcome of the row above
CHANGE_ONLY = re.compile(r"\s*(?:mean\s+)?(?:change|Δ)(?:\s+(?:from|since|vs\.?)\s+baseline)?\s*"
                         r"(?:,?\s*\([^()]{1,12}\)\s*)?", re.I)  # (with its unit: 'Change from baseline (kg)')
SPREAD_ONLY = re.compile(r"\s*(?:SD|SE|SEM|s\.d\.|standard (?:deviation|error)|(?:95\s*%\s*)?CI)\s*$", re.I)  # 'SD'
CELL_NUMBER = re.compile(r"^\s*(?P<v>[-+]?\d+(?:\.\d+)?)\s*(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
CELL_EVENTS = re.compile(r"^\s*(?P<e>\d+)\s*(?:/\s*(?P<n>\d+))?\s*(?:[(\[]\s*(?P<p>\d+(?:\.\d+)?)\s*%?\s*[)\]])?\s*"
                         r"(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
CELL_SHARE_FIRST = re.compile(r"^\s*(?P<p>\d+(?:\.\d+)?)\s*(?P<sign>%)?\s*[(\[]\s*(?P<e>\d+)\s*"
                              r"(?:/\s*(?P<n>\d+)\s*)?[)\]]\s*"
                              r"(?:[a-z*†‡§^]{0,3})?\s*$", re.I)
# 'Values are percentages of patients unless otherwise indicated': cells that are shares, not counts
PERCENT_CAPTION = re.compile(r"\b(?:values|data|results|figures)\s+(?:are|were)\s+"
                             r"(?:(?:expressed|given|shown|presented)\s+as\s+)?(?:the\s+)?percentages?\b|"
                             rf"^\W*(?:table\s+\w+\W+)?percentages?\s+of\s+{PEOPLE}\b|"
                             rf"\(\s*(?:percentages?|%)\s+of\s+{PEOPLE}\b",
                             re.I)  # ('Table 2. Percentage of participants reporting success', '(percentage of women)')
MEAN_SD = re.compile(r"\bmeans?\s*(?:\(\s*SD\s*\)|±\s*SD)", re.I)  # 'values are mean (SD)'
SHARE_CELL = re.compile(r"^\s*(?P<v>\d+(?:\.\d+)?)\s*%\s*$")
SHARE_ONLY = re.compile(r"\s*[(\[]?\s*(?:%|percent(?:age)?)\s*[)\]]?\s*$", re.I)  # a heading of shares alone
SHARE_FIRST = re.compile(r"%\s*[(\[]\s*n\s*[)\]]", re.I)  # a '% (n)' header

# columns beside the arms' values: comparisons, effect estimates and test statistics; and changes
# from baseline, read only when a table gives nothing else
NOT_ARM_VALUE = re.compile(r"\bdifferences?\b|\bvs\.?\b|\bversus\b|\bcompared\b|(?-i:\b(?:RD|MD|OR|RR|HR|ES)\b)|"
                           r"\bratios?\b|\bestimates?\b|\beffect sizes?\b|\bp[- ]?values?\b|^\s*p\s*$|"
                           r"\b[Ftz][- ]?(?:tests?|values?)\b", re.I)
INDENTED = re.compile(r"\s+\S")
AGE_BAND = re.compile(r"^\s*\d+\s*[-–]\s*\d+\s*(?:weeks|months|years)\s*$")  # a stratum ('23-26 weeks'), no time
CUT_OFF = re.compile(r"(?:[<>≤≥]|<=|>=)\s*\d+(?:\.\d+)?\s*[^\W\d_]*")  # '≥ 50%', '> 5 days'
NEGATIVE_ANSWER = re.compile(r"^\s*(?:[^:()]+:\s*)?(?:no|none|absent|without)\s*$", re.I)  # ('Burnout: no')
ANY_KIND = re.compile(r"\(\s*(?:any|all)(?:\s+(?:grades?|severity|stages?|types?|causes?))?\s*\)", re.I)
UMBRELLA = re.compile(r"\s*(?:any|all|overall|total)\b", re.I)
EVENT_TOTAL = re.compile(r"\b(?:total|number\s+of)\s+(?:events|episodes|admissions)\b", re.I)  # not patients
TOTAL_COLUMN = re.compile(rf"^\s*(?:[Tt]otal|[Nn]|(?i:(?!cases?\b){PEOPLE}))\s*$")  # beside 'Events': the size
COUNTED_ALONE = re.compile(r"^\s*(?:analy[sz]ed|evaluable|evaluated|assessed|examined)\s*(?:,?\s*n)?\s*$", re.I)
COUNTED_NOUN = re.compile(r"^\s*[A-Za-z][a-z]+(?:\s+[a-z]+)?\s*$")  # 'Deaths', 'Adequate sedation'
EVENTS_COLUMN = re.compile(r"^\s*(?:events?|cases|n)\s*$", re.I)
LEGEND_SIZE = re.compile(r"(?:^|[.;]\s*)(?P<name>[A-Za-z][\w -]{0,40}?),\s*[nN]\s*=\s*(?P<n>\d+)\s*(?=[;.]|$)")
# 'Women analysed', 'Patients examined'
PEOPLE_COLUMN = re.compile(rf"\b(?:{PEOPLE}|analy[sz]ed|evaluable|evaluated|assessed|examined)\b", re.I)
ANALYSED_COLUMN = re.compile(r"\b(?:analy[sz]ed|evaluable|evaluated|assessed|examined|measured|completed|followed|"
                             r"available|tested|interviewed|surveyed|intent(?:ion)?-to-treat)\b", re.I)
RANDOMISED = re.compile(r"\s*(?:randomi[sz]ed|allocated|enrolled)\b", re.I)  # a column of those randomised
TIME_POINT = r"(?:(?:week|month|day)\s*\d+|\d+\s*(?:weeks?|months?|days?))"  # 'week 6', '12 months'
# a column or row of those randomised, or examined at follow-up ('Patients randomised', 'Tumours followed up',
# 'Completed'; not 'Completed programme', an outcome)
COUNTED_HEAD = re.compile(r"\s*(?:[A-Za-z]+\s+)?(?:randomi[sz]ed|allocated|enrolled|analy[sz]ed|evaluable|evaluated|"
                          r"assessed|examined|followed up|invited|intent(?:ion)?-to-treat(?=\s*(?:population\s*)?$)|"
                          # ('Safety population', 'Full analysis set, n')
                          r"(?:safety|analysis|per-protocol|efficacy)\s+(?:population|set)(?=\s*(?:,?\s*n|\(n\))?\s*$)|"
                          # ('Completed', 'Completed week 6, n', 'Completed at 12 weeks')
                          rf"(?:completed|tested|interviewed|surveyed)(?=(?:\s+(?:at\s+)?{TIME_POINT})?"
                          r"\s*(?:,?\s*n|\(n\))?\s*$)|"
                          r"treat(?:ed|ing)(?=(?:\s+(?:an?\s+)?[\w-]+)?\s*$))\b", re.I)  # 'Patients treating an attack'
# those counted at a time point: 'n (8 weeks)', 'n at week 12', not 'n (%)'
N_WHEN = re.compile(rf"\s*n\s*(?:\([^()%]*\)|at\s+(?:{TIME_POINT}|\d+))\s*$", re.I)
OTHER_UNITS = re.compile(r"\s*\[[^\[\]]*\(.*\)[^\[\]]*\]\s*$")  # the same mean (SD) in other units, in brackets
TIME_ONLY = re.compile(rf"\s*(?:at\s+)?(?:{TIME_POINT}|\d+\s*(?:years?|h|hours?))\s*", re.I)
TIMED_SIZES = re.compile(r"^\s*(\w.*?)[,:]\s*n\s*$")  # the arms' sizes at a time: 'End of treatment, n', '12 months: n'
SIZE_COLUMN = re.compile(r"^\s*\(?(?:n|no\.?|number)\)?\s*$", re.I)  # 'n', 'Patients (n)'
DOSING_TIMES = {"bid", "tid", "qid", "qd", "od", "qw", "q2w", "q4w"}  # 'Drug 100 mg BID' for '... twice daily'
ALONE = re.compile(r"\b(?:alone|only|monotherapy)\b", re.I)  # an arm without what the other adds
WHOLE_NUMBER = re.compile(r"(?<![\d.,])\d+(?![\d.,]\d)")
BARE_SIZE = re.compile(r"^[A-Za-z][^()]*\(\s*(\d+)\s*\)\s*$")  # 'Placebo (40)'


def column_arms(table: Table, arms: list[Arm]) -> dict[int, list[int]]:
    """Arm index -> the columns under that arm's header (an arm may span several columns)."""
    if not table.header:
        return {}
    width = len(table.header[0])
    texts = [" ".join(row[col] for row in table.header if col < len(row)) for col in range(width)]
    # a column comparing two arms ('Etoricoxib vs placebo', 'Difference') is no arm's column
    scores = {(ai, col): 0.0 if COMPARISON.search(texts[col]) else arm.score(texts[col]) or _letter_of(arm, texts[col])
              for col in range(1, width) for ai, arm in enumerate(arms)}
    chosen: dict[int, int] = {}
    # of headings naming an arm equally, the one naming no other arm ('Dinoprostone' rather than 'Vaginal
    # misoprostol' for 'Dinoprostone vaginal insert' beside 'Oral misoprostol')
    others = {(ai, col): sum(scores[(aj, col)] for aj in range(len(arms)) if aj != ai) for ai, col in scores}
    # ... and of those, the one that is nothing but the arm's name ('Amoxicillin', not 'Amoxicillin-clavulanate')
    whole = {(ai, col): _only_names(texts[col], arms[ai]) for ai, col in scores}
    # ... after any naming only the co-intervention of an arm given with it ('Standard care' for 'Dressing
    # plus standard care')
    part = {(ai, col): names_one_part(texts[col], arms[ai].label) for ai, col in scores}
    ranked = sorted(scores.items(), key=lambda x: (-x[1], part[x[0]], others[x[0]], not whole[x[0]], x[0][1]))
    # first outside the headings naming arms already chosen (the other columns under them are theirs)
    taken: set[tuple[int, str]] = set()
    for (ai, col), score in ranked:
        heading = _arm_heading(table, arms[ai], col)
        if score > 0 and ai not in chosen and col not in chosen.values() and heading not in taken:
            chosen[ai] = col
            if heading:  # (none for a column no heading names the arm over: 'A' under 'Group')
                taken.add(heading)
    for (ai, col), score in ranked:
        if score > 0 and ai not in chosen and col not in chosen.values():
            chosen[ai] = col
    if len(chosen) == len(arms) - 1:
        chosen.update(_other_control(table, arms, chosen, texts))
    if len(chosen) < len(arms):
        return {}
    spans: dict[int, list[int]] = {}
    for ai, col in chosen.items():
        # the columns under the same arm label: one label spanning them, or repeated under each time
        # point ('Baseline / Needling', '12 weeks / Needling'), perhaps with another size ('(n = 23)')
        at, label = _arm_heading(table, arms[ai], col) or (0, _arm_part(table.header[0][col]))
        row = table.header[at]
        # ... or the arm's name with what each column holds ('LAI n | LAI mean (SD)')
        cols = [c for c in range(1, width)
                if c < len(row) and _arm_part(row[c]) == label and scores[(ai, c)] == scores[(ai, col)]]
        spans[ai] = cols if all(c not in sum(spans.values(), []) for c in cols) else [col]
    return spans if any(len(cols) > 1 for cols in spans.values()) else _blank_spans(table, spans)


def _arm_heading(table: Table, arm: Arm, col: int) -> tuple[int, str] | None:
    """The first header row naming the arm above a column and the name there without what the column
    holds or when ('Routine care' of 'Routine care | Mean'); None when no row names it."""
    at = next((i for i, r in enumerate(table.header) if col < len(r) and arm.score(r[col]) > 0), None)
    return None if at is None else (at, _arm_part(table.header[at][col]))


def _blank_spans(table: Table, spans: dict[int, list[int]]) -> dict[int, list[int]]:
    """Arms' columns widened over the blank top cells after each arm's heading, as a spanning cell is
    written in Markdown ('Group S (n = 35) | | Group C (n = 34) | |' over 'Rest | Cough | Rest | Cough'):
    only when the arms' headings are evenly spaced and each arm's span has the same sub-headings."""
    if len(table.header) < 2 or len(spans) < 2:
        return spans
    top, sub = table.header[0], table.header[-1]
    firsts = sorted(cols[0] for cols in spans.values())
    gaps = {b - a for a, b in zip(firsts, firsts[1:])}
    if len(gaps) != 1 or (gap := gaps.pop()) < 2 or firsts[-1] + gap > min(len(top), len(sub)):
        return spans
    below = [tuple(sub[c:c + gap]) for c in firsts]
    blank = all(not top[c].strip() for first in firsts for c in range(first + 1, first + gap))
    # (time points may carry each arm's own size: '6 months (n = 52) | 12 months (n = 49)')
    timed = [tuple(ARM_SIZE_NOTE.sub("", cell).strip() for cell in cells) for cells in below]
    if len(set(below)) != 1 and len(set(timed)) == 1 and all(days_named(cell) or names_entry(cell)
                                                             for cell in timed[0]):  # ('Baseline (n = 70)')
        below = timed
    if not blank or len(set(below)) != 1 or not all(cell.strip() for cell in below[0]):
        return spans
    return {ai: list(range(cols[0], cols[0] + gap)) for ai, cols in spans.items()}


# ('Needling 12 weeks', 'Dry needling, 6 mo')
TIME_TAIL = re.compile(r"\s*,?\s*(?:baseline|(?:pre|post)(?:-?(?:treatment|intervention|test))?|follow-?up|"
                       r"(?:week|month|day)\s*\d+|"
                       r"\d+\s*(?:weeks?|wks?|months?|mo|days?|h|hours?|min))\s*$", re.I)
STATISTIC = re.compile(r"\s*,?\s*(?:n|no\.|mean\s*(?:\(\s*(?:SD|SEM?|95\s*%\s*CI)\s*\)|±\s*(?:SD|SEM?))?|SD|%|"
                       r"n\s*\(%\))\s*$")


def _ends_in_n(heading: str) -> bool:
    """A heading whose last word says the column counts people: 'n', 'LAI n', 'Patients (n)' (not the answer
    'no' of 'Burnout: no' beside 'Burnout: yes')."""
    last = (heading.split() or [""])[-1]
    return bool(SIZE_COLUMN.match(last)) and not (":" in heading and NEGATIVE_ANSWER.match(heading))


def _arm_part(heading: str) -> str:
    """A heading without its size note and a trailing name of what the column holds or when ('LAI n',
    'LAI mean (SD)', 'LAI (n = 54)' and 'LAI 12 weeks' -> 'LAI')."""
    return TIME_TAIL.sub("", STATISTIC.sub("", ARM_SIZE_NOTE.sub("", heading))) or heading


def _letter_of(arm: Arm, heading: str) -> float:
    """1 when a heading is only the letter or numeral of the arm's 'group A' / 'arm A' label ('A (n = 87)')."""
    return 1.0 if arm.labelled(re.sub(r"\([^()]*\)|\b[nN]\s*=\s*\d+", " ", heading)) else 0.0


def _other_control(table: Table, arms: list[Arm], chosen: dict[int, int], texts: list[str]) -> dict[int, int]:
    """The arm no header names, in a two-arm comparison, for the one other group column: one headed
    with a comparator word ('Placebo (40)' beside 'Vitamin D (40)', 'Control' for an 'Education
    leaflet' comparator), or else the one other column that is plainly a group ('Group B (n = 35)'
    beside the intervention's 'Group A (n = 35)')."""
    missing = [ai for ai in range(len(arms)) if ai not in chosen]
    if len(arms) != 2:
        return {}
    top = table.header[0]
    taken = {top[col] for col in chosen.values()}
    free = {top[col]: col for col in range(1, len(top)) if top[col].strip() and top[col] not in taken
            and not COMPARISON.search(texts[col]) and not NOT_ARM_VALUE.search(texts[col])
            and not UMBRELLA.match(top[col])}
    alone = bool(ALONE.search(arms[missing[0]].label))  # 'MTX alone' for 'Methotrexate monotherapy'
    control = {label: col for label, col in free.items()
               if any(w in label.lower() for w in COMPARATOR_WORDS) or alone and ALONE.search(label)}
    if len(control) == 1 and (missing == [1] or alone
                              or any(w in arms[missing[0]].label.lower() for w in COMPARATOR_WORDS)):
        return {missing[0]: next(iter(control.values()))}
    groups = {label: col for label, col in free.items()
              if re.search(r"\bgroup\b", label, re.I) or ARM_SIZE_NOTE.search(label)}  # 'Group B (n = 35)'
    return {missing[0]: next(iter(groups.values()))} if len(groups) == 1 and len(free) == 1 else {}


def _arm_columns(table: Table, arms: list[Arm]) -> tuple[Table, dict[int, list[int]]]:
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
    if columns and _arms_as_rows(table, arms, columns):
        return table, {}
    return table, columns


def _arms_as_rows(table: Table, arms: list[Arm], columns: dict[int, list[int]]) -> bool:
    """Whether headings that merely share a word with an arm ('Sacral pressure injury' for a
    'sacral dressing') head outcome columns of a table whose rows are the arms: its first column
    names each arm ('Foam dressing', 'Standard care') and one of them by nothing but its name."""
    top = table.header[-1]
    if any(_only_names(top[cols[0]], arms[ai]) for ai, cols in columns.items() if cols[0] < len(top)):
        return False
    firsts = [row[0] for row in table.body if row]
    named = {ai for cell in firsts if (ai := named_arm(cell, arms)) is not None}
    return len(named) == len(arms) and any(_only_names(cell, arm) for cell in firsts for arm in arms)


def header_n(table: Table, columns: list[int]) -> int | None:
    cells = [normalize(row[col]) for row in table.header for col in columns[:1] if col < len(row)]
    found = [c for c in find_counts(" ".join(cells)) if c.kind == "n"]
    if found:
        return int(found[0].values[0])
    bare = [m for cell in cells if (m := BARE_SIZE.match(cell))]
    return int(bare[0][1]) if bare else None


def column_size(table: Table, col: int, share: ArmValues | None = None) -> int | None:
    """An arm column's size: its count in a row of those analysed ('Week-4 diary available, n | 36',
    'Patients assessed at 12 weeks | 43'), else the 'n =' of its heading, else its count in a row 'n'
    (under a time point's heading), else in a row of those randomised ('Randomised, n | 310'). Given a
    ``share`` (events with their percentage), first the one of these the percentage is of, those analysed
    first ('Patients with 6-month ileocolonoscopy, n | 42' for '6 (14.3)' under 'Adalimumab (n = 45)'), else
    the one count in the caption it is of ('percentages are of the response-evaluable population, which
    comprised 120 and 117 patients')."""
    counted = [row for row in table.body if row and col < len(row) and cell_count(row[col]) is not None
               and (_ends_in_n(row[0]) or COUNTED_HEAD.match(row[0]) or TOTAL_COLUMN.match(row[0]))]
    analysed = [row for row in counted if ANALYSED_COLUMN.search(row[0])]
    stated = header_n(table, [col])
    if share and (of_share := [n for n in [cell_count(row[col]) for row in analysed + counted] + [stated]
                               if _share_is_of(share, n)]):
        return of_share[0]
    if share and len(in_caption := {n for n in map(int, WHOLE_NUMBER.findall(table.caption))
                                    if _share_is_of(share, n)}) == 1:
        return in_caption.pop()
    return cell_count(analysed[0][col]) if analysed else stated or next(
        (cell_count(row[col]) for head in (SIZE_COLUMN, COUNTED_HEAD, TOTAL_COLUMN) for row in counted
         if head.match(row[0])), None)


def _share_is_of(value: ArmValues, n: int | None) -> bool:
    """Whether a reading's events and percentage give back ``n`` as the group the share is of."""
    return bool(n) and value.events is not None and value.percent is not None and \
        gives_percent(value.events, n, value.percent)


def cell_count(cell: str) -> int | None:
    """The whole number a cell holds alone ('36', '5,015'), else None."""
    m = COUNT_CELL.fullmatch(cell.strip())
    return int(m[0].replace(",", "")) if m else None


COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _spread(mean: float, value: float, kind: str) -> ArmValues:
    return ArmValues(mean=mean, se=value) if kind == "se" else ArmValues(mean=mean, sd=value)


def _cell_value(row: list[str], col: int, kind: str, spread: str = "sd",
                paired: bool = False) -> ArmValues | None:
    """The value in one cell (and, when the header is ``paired`` as 'Mean | SD', the cell after it).
    ``spread`` is what the header or caption calls the bracketed numbers: sd, se or ci."""
    cell = re.sub(r"^\s*([-+])\s+(?=\d)", r"\1", normalize(row[col])) if col < len(row) else ""  # '- 0.89'
    cell = without_thousands(CELL_NOTE_MARK.sub("", cell))  # '612/2,198', '15 (10.9%)ᵃ'
    if kind == "continuous":
        following = without_thousands(normalize(row[col + 1])) if col + 1 < len(row) else ""
        m = CELL_MEAN_SD.match(cell) or CELL_MEAN_SD.match(OTHER_UNITS.sub("", cell))  # '7.7 (1.1) [61 (12)]'
        if m:
            value = _spread(to_float(m["m"]), to_float(m["s1"] or m["s2"] or m["s3"]), spread)
            value.n = int(m["n"]) if m["n"] else None
            return value
        m = CELL_MEAN_CI.match(cell)
        if m and spread == "ci":
            return ArmValues(mean=to_float(m["m"]), ci=(to_float(m["lo"]), to_float(m["hi"])))
        m, nxt, ci = CELL_NUMBER.match(cell), CELL_NUMBER.match(following), CELL_CI.match(following)
        if m and nxt and paired:  # a mean column followed by its SD (or SE) column
            return _spread(to_float(m["v"]), to_float(nxt["v"]), spread)
        if m and ci and spread == "ci" and paired:  # a mean column followed by its CI column
            return ArmValues(mean=to_float(m["v"]), ci=(to_float(ci["lo"]), to_float(ci["hi"])))
        return None
    if spread == "percent" and (m := CELL_NUMBER.match(cell)) or (m := SHARE_CELL.match(cell)):
        return ArmValues(percent=to_float(m["v"]))  # 'Hypertension, %' | '86', or a cell saying it is a share: '8.3%'
    m = CELL_SHARE_FIRST.match(cell)
    # '24.0% (12)', or '24.0 (12)' under '% (n)', or '8.9 (15/168)' (whose count gives its share)
    if m and (m["sign"] or spread == "share first"
              or m["n"] and gives_percent(int(m["e"]), int(m["n"]), to_float(m["p"]))):
        return ArmValues(events=int(m["e"]), n=int(m["n"]) if m["n"] else None, percent=to_float(m["p"]))
    m = CELL_EVENTS.match(cell)
    if not m:
        return None
    return ArmValues(events=int(m["e"]), n=int(m["n"]) if m["n"] else None, percent=to_float(m["p"]) if m["p"] else None)


def _beside_events(table: Table, columns: list[int], col: int) -> bool:
    """Whether another of an arm's columns is headed as its events ('Events | Total'), or, for a column
    headed 'n', an earlier one by what it counts ('Deaths | n')."""
    lowest = table.header[-1]
    if lowest[col].strip() == "n":
        return any(COUNTED_NOUN.match(lowest[c]) for c in columns if c < col)
    return any(EVENTS_COLUMN.match(lowest[c]) for c in columns if c != col and c < len(lowest))


SHARE_MARK = re.compile(r"(?<![\d.])%")  # 'Hypertension, %', 'n (%)'; not the threshold of '≥35% reduction, n'


def _arm_value(table: Table, row: list[str], columns: list[int], kind: str, outcome: OutcomeSpec,
               label: str, arms_in_header: bool = True) -> tuple[ArmValues | None, str]:
    """The arm's value in a row: the readable cell under the time point the outcome names, else
    the last readable cell among its columns that is not under a baseline sub-heading (the first
    baseline one when the outcome asks for a characteristic at entry). Any header row may name the
    time points (above or below the arm names); with the arms in the header a column's 'n =' is the
    arm's size, with the arms in the rows it is not. Returns the value and the heading of the time
    point it was read under ('Week 12'; '' when it was not chosen by the outcome's time point)."""
    found, consumed, total, analysed, found_change = None, -1, None, None, False
    for col in columns:
        if col == consumed:
            continue  # the SD column of the mean before it
        sub = " ".join(r[col] for r in table.header if col < len(r))
        at_entry = names_entry(sub) and not FOLLOW_UP.search(sub) and not CHANGE.search(sub)
        if at_entry and not outcome.baseline:
            continue
        header = " ".join(r[c] for r in table.header for c in (col, col + 1) if c < len(r))
        text = f"{table.caption} {table.footnotes} {table.legend} {header} {label}"
        sub_heading = table.header[-1][col] if table.header and col < len(table.header[-1]) else ""
        count = cell_count(row[col]) if col < len(row) else None
        if arms_in_header and kind == "continuous" and _ends_in_n(sub_heading) and count is not None:
            analysed = count  # 'Needling: n | Mean (SD)': the arm's number for the values after it
            continue
        if kind == "binary":
            own = " ".join(r[col] for r in table.header if col < len(r))
            if NEGATIVE_ANSWER.match(sub_heading) or EVENT_TOTAL.search(sub_heading):
                continue  # the 'No' column beside 'Yes' counts those without the event; 'Total events', admissions
            if count is not None and (COUNTED_ALONE.match(sub_heading) or (
                    TOTAL_COLUMN.match(sub_heading) and _beside_events(table, columns, col))):
                total = count  # 'Events | Total', 'Evaluated | Failed': the arm's size
                continue
            if MEAN_AND_SPREAD.search(own) and not re.search(r"\bn\b|%|\bnumber\b", own, re.I):
                continue  # an integer under 'Mean days' or 'SD' is no count of events
            counted = _ends_in_n(own)  # an 'n' column beside its '(%)'
            beside = " ".join(r[col + 1] for r in table.header if col + 1 < len(r)).strip()
            counted = counted or beside == "%" != own.strip()  # 'Soreness | %': the count, then its share
            spread = "share first" if SHARE_FIRST.search(text) else \
                "percent" if (SHARE_MARK.search(f"{header} {label}") or PERCENT_CAPTION.search(table.caption)) \
                and not counted and not COUNT_AND_PERCENT.search(text) else "count"
        else:
            # (an SE the caption gives another number, 'Observed values are mean (SD); the difference is ... (SE)')
            se = STANDARD_ERROR.search(f"{sub} {label}") or STANDARD_ERROR.search(text) and not MEAN_SD.search(text)
            spread = "se" if se else "ci" if CONFIDENCE.search(text) else "sd"
        paired = bool(MEAN_AND_SPREAD.search(header))
        value = _cell_value(row, col, kind, spread, paired=paired)
        if kind == "binary" and SIZE_COLUMN.match(sub_heading) and value is not None and value.n is None:
            value = _count_or_size(table, row, col, value, arms_in_header)  # an 'n' column beside a '%' column
        if paired and value is not None and CELL_NUMBER.match(normalize(row[col])):
            consumed = col + 1  # a plain mean paired with the SD (or CI) column after it
        if value is not None and not (found and found.events is not None and value.events is None):
            # (a '%' column beside the counts adds nothing to '62/99')
            value.n = value.n or analysed
            if arms_in_header:
                value.n = value.n or column_size(table, col, value)  # 'Intervention / 12 m (n = 592)'
            changed = bool(CHANGE.search(sub_heading))
            if outcome.change and changed:
                return value, ""  # 'Change' beside 'Baseline' and 'Week 24', for a change from baseline
            if (outcome.days & days_named(sub) or outcome.periods & periods_named(sub)) and not outcome.change:
                return _with_size(value, total), next(
                    (r[col] for r in table.header if col < len(r) and outcome.days & days_named(r[col])), sub)
            if at_entry and outcome.baseline:
                found = value
                break
            if changed and not outcome.change and found is not None and not found_change:
                continue  # a change column after the follow-up values, for an outcome that asks for values
            found, found_change = value, changed
    return _with_size(found, total), ""


def _count_or_size(table: Table, row: list[str], col: int, value: ArmValues, arms_in_header: bool) -> ArmValues:
    """An 'n' column beside a '%' column: the events when they give the share of the arm's size ('4 | 8.0'
    of 50), else the number assessed when the share of it is a whole count ('122 | 71.3' -> 87 of 122)."""
    beside = " ".join(r[col + 1] for r in table.header if col + 1 < len(r))
    share = CELL_NUMBER.match(normalize(row[col + 1])) if "%" in beside and col + 1 < len(row) else None
    if not share or value.events is None:
        return value
    percent, size = to_float(share["v"]), header_n(table, [col]) if arms_in_header else None
    events = events_from_percent(percent, value.events)
    if not (size and gives_percent(value.events, size, percent)) and events is not None and \
            gives_percent(events, value.events, percent) and not gives_percent(value.events, value.events, percent):
        return ArmValues(events=events, n=value.events, percent=percent)
    return value


def _with_size(value: ArmValues | None, total: int | None) -> ArmValues | None:
    """The value with the arm's size from an 'Events | Total' column when it has none of its own."""
    if value is not None and value.n is None and total:
        value.n = total
    return value


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


CHARACTERISTICS = re.compile(r"\bcharacteristics?\b", re.I)
OUTCOMES_TOO = re.compile(r"\b(?:and|with)\s+(?:\w+\s+)?outcomes\b", re.I)  # 'Baseline characteristics and outcomes'


# what values are adjusted for: 'differences are adjusted for baseline DSST and centre'
COVARIATES = re.compile(r"\b(?:adjusted|adjusting|controlling|controlled|corrected)\s+for\b[^.;]*", re.I)


def describes_baseline(table: Table) -> bool:
    """A table of the groups at entry ('Baseline characteristics'), not of outcomes (a caption's 'Sedation
    characteristics' is not undone by a heading 'Characteristic'; 'Baseline characteristics and outcomes' holds
    both)."""
    heading = table.header[0][0] if table.header and table.header[0] else ""
    caption = COVARIATES.sub(" ", table.caption)  # ('differences are adjusted for baseline DSST': no entry values)
    if CHARACTERISTICS.search(caption):
        heading = ""  # (the caption has said whose characteristics they are)
    text = f"{caption} {heading}"
    return bool((BASELINE_TABLE.search(text) or names_entry(caption)) and not FOLLOW_UP.search(caption)
                and not OUTCOMES_TOO.search(caption))


DASH = re.compile(r"\s*[-–—]\s*")
DASH_IS_NONE = re.compile(r"[-–—]\s*(?:=|,|:|indicates|means)\s*(?:no|none|nil|zero)\b", re.I)  # a legend's '- = none'


SIZE_CELL = re.compile(r"\(?\s*[nN]\s*=\s*(\d+)\s*\)?")  # 'n = 209'
NOTE_SIGNS = "*†‡§ᵃᵇᶜᵈᵉ"  # the marks of footnotes
# a row label's note mark: 'Change in SOFA, baseline to 96 h a', 'DSN (days)ᵃ'
NOTE_MARK = re.compile(rf"(?:\s(?P<letter>[a-e])|(?P<symbol>[{NOTE_SIGNS}]))\s*$")
CELL_NOTE_MARK = re.compile(rf"[{NOTE_SIGNS}]+\s*$")  # a footnote's mark after a cell's value ('15 (10.9%)ᵃ')
NAMED_N = re.compile(r"(?P<name>[A-Za-z][\w -]{0,30}?)\s*,?\s*[nN]\s*=\s*(?P<n>\d+)")  # 'high dose n = 38'
NUMBERS_HEAD = re.compile(r"\s*(?:n|numbers?)\s+(?:analy[sz]ed|assessed|evaluated)\s*:", re.I)
NAMED_COUNT = re.compile(r"(?P<name>[A-Za-z][\w -]{0,30}?)\s+(?P<n>\d+)\b")  # 'acupuncture 48' after that head
COUNT_NAMED = re.compile(r"\b(?P<n>\d+)\s+(?P<name>[A-Za-z][\w-]+)")  # '... the 49 endarterectomy and 51 stenting'


def _noted_sizes(table: Table, label: str, arms: list[Arm]) -> dict[int, int]:
    """Arm index -> the size a footnote marked on a row label gives it: 'Change in SOFA a' with 'a Change
    computed among patients alive at 96 h (low dose n = 37, high dose n = 38, placebo n = 35)'."""
    if not (mark := NOTE_MARK.search(label)):
        return {}
    sign = re.escape(mark["letter"] or mark["symbol"])
    notes = f"{table.caption} {table.footnotes}"
    note = re.search(rf"(?:^|[.;)]\s|\s\s)\s*{sign}\s*(?P<text>[^.;]*(?:\([^()]*\))?)", notes)
    if not note:
        return {}
    head = NUMBERS_HEAD.match(note["text"])  # 'a n analysed: acupuncture 48, sham 46'
    items = NAMED_COUNT.finditer(note["text"], head.end()) if head else NAMED_N.finditer(note["text"])
    sizes = {ai: int(m["n"]) for m in items if (ai := named_arm(m["name"], arms)) is not None}
    # ... or a count before each arm's name ('*Analysis restricted to the 49 endarterectomy and 51 stenting patients')
    sizes = sizes or {ai: int(m["n"]) for m in COUNT_NAMED.finditer(note["text"])
                      if (ai := named_arm(m["name"], arms)) is not None}
    return sizes if len(sizes) == len(arms) else {}


LABEL_SIZES = re.compile(r"\(\s*(?:n\s*=\s*)?(\d+)\s*/\s*(\d+)\s*\)\s*$", re.I)


def _column_candidates(table: Table, columns: dict[int, list[int]], arms: list[Arm], outcome: OutcomeSpec,
                       kind: str) -> list[tuple[float, Extraction]]:
    """Rows naming the outcome in a table with one column (or a span of columns) per arm."""
    context = above = ""
    candidates: list[tuple[float, Extraction]] = []
    categories: list[tuple[str, str, tuple[float, Extraction]]] = []  # (rows sharing a label, the row's own words)
    arm_cells = sorted(c for cols in columns.values() for c in cols)
    dash_is_none = kind == "binary" and bool(DASH_IS_NONE.search(f"{table.caption} {table.footnotes}"))
    header_sizes = {ai: header_n(table, cols) or caption_sizes(table, arms).get(ai) for ai, cols in columns.items()}
    columns_order = sorted(columns, key=lambda ai: columns[ai][0])  # the arms left to right
    section_sizes: dict[int, int] = {}
    parent = ""  # the last row with values whose label is not indented
    timed_sizes: tuple[set[str], dict[int, int]] | None = None  # the words of the last row of sizes, and the sizes
    last_label = ""  # the label of the row of values above
    for index, row in enumerate(table.body):
        label = row[0] if row else ""
        if label and all(not row[c].strip() or row[c].strip() == label for c in arm_cells if c < len(row)):
            context, section_sizes, parent = label, {}, ""  # a heading row (nothing under the arms) names the rows
            continue  # below it
        size_cells = {ai: SIZE_CELL.fullmatch(row[cols[0]].strip())
                      for ai, cols in columns.items() if cols[0] < len(row)}
        if label and len(size_cells) == len(columns) and all(size_cells.values()):
            # ... as does a heading with the arms' sizes: 'Neonatal outcomes (live births) | n = 209 | n = 204'
            context, section_sizes = label, {ai: int(m[1]) for ai, m in size_cells.items()}
            continue
        counts = {ai: cell_count(row[cols[0]]) if cols[0] < len(row) else None for ai, cols in columns.items()}
        if context and SIZE_COLUMN.match(label) and None not in counts.values():
            section_sizes = counts  # a row 'n | 1,049 | 1,036' under a heading ('32 weeks'): the sizes of its rows
            continue
        if label.strip():
            above = label
        else:  # a row continuing the one above ('', 'right kidney', '57 (47.5%)', ...)
            label = above
        own_words = [c for c in row[1:] if c.strip() and not _is_number_cell(c)]  # 'Day 2 | Moderate | 6 (20.0)'
        words = " ".join(dict.fromkeys([label] + own_words))
        if CHANGE_ONLY.fullmatch(label) and last_label:  # 'Change from baseline' under 'HbA1c, % - 6 months'
            words = f"{last_label} {words}"
        last_label = label
        # the arms' sizes at a time ('End of treatment, n | 122 | 126' over 'End of treatment score | ...'; 'Assessed
        # at 3 months, n' over 'Independent at 3 months, n (%)'); in a table of events, 'Reoperation, n' counts events
        counted = TIMED_SIZES.match(label)
        head = COUNTED_HEAD.match(counted[1]) if counted else None
        if counted and (head or kind == "continuous") and None not in counts.values():
            # (the time may stand in a column of its own: 'Pupils tested, n | 12 months | 671 | 659')
            if when := tokens(" ".join([counted[1][head.end() if head else 0:]] + own_words)):
                timed_sizes = (set(when), counts)
            if TIME_ONLY.fullmatch(counted[1]):  # '12 months: n | 256 | 250' heads the rows of that time below it
                context, section_sizes = counted[1], counts
            continue
        if _at_entry_only(words, context, outcome) or (kind == "continuous" and CUT_OFF.search(label)):
            continue  # 'Cognitive score <85' counts patients below a cut-off: not the score's mean
        if kind == "binary" and NEGATIVE_ANSWER.match(label):
            continue  # 'Soreness' over 'Yes' and 'No': the events are the 'Yes' row
        shift = _label_overhang(row, arm_cells[0])
        if dash_is_none:
            row = ["0" if DASH.fullmatch(cell) else cell for cell in row]  # '(- = no event reported)'
        read = [_arm_value(table, row, [c + shift for c in columns[ai]], kind, outcome, f"{context} {label}")
                for ai in range(len(arms))]
        values = [value for value, _ in read]
        if any(v is None for v in values):
            continue
        # 'Week 12 (61 / 58)': the arms' sizes at that time point, left to right, else those of the rows'
        # section; neither more than the header's
        in_label = LABEL_SIZES.search(label) if len(columns) == 2 else None
        timed = timed_sizes[1] if timed_sizes and timed_sizes[0] <= set(tokens(words)) else {}
        noted = _noted_sizes(table, label, arms)
        for ai, v in enumerate(values):
            stated = int(in_label.group(1 + columns_order.index(ai))) if in_label else \
                noted.get(ai) or timed.get(ai) or section_sizes.get(ai)
            # (a size read from the column's rows of those counted gives way too: 'Assessed at discharge, n')
            if stated and stated <= (header_sizes[ai] or stated) and (
                    v.n in (None, header_sizes[ai]) or v.n == column_size(table, columns[ai][0])):
                v.n = stated
            v.n = v.n or header_sizes[ai]
        # a row set in under another, every word of it naming the outcome: one kind of the row above ('   Deep
        # incisional' under 'Any surgical site infection' for 'Deep incisional surgical site infection')
        indented = bool(INDENTED.match(label))
        kind_of = bool(indented and parent) and outcome.coverage(label) == 1.0
        found = _candidate(table, outcome, f"{context} {parent}".strip() if kind_of else context, label, words, values,
                           index)
        parent = parent if indented else label
        if found:
            _mark_time(found[1], [heading for _, heading in read])
            candidates.append(found)
            if kind == "binary" and outcome.categories:
                categories.append((f"{context}|{label}" if own_words else context, " ".join(own_words) or label, found))
    return candidates + _summed_categories(categories, outcome)


def _summed_categories(rows: list[tuple[str, str, tuple[float, Extraction]]],
                       outcome: OutcomeSpec) -> list[tuple[float, Extraction]]:
    """An outcome made of categories of one scale that rows give one by one ('Complete response'
    and 'Partial response' for 'complete or partial response', the rows '3' and '4' of a grade for
    'grade 3-4'): the rows' event counts added up, within rows sharing a label ('Day 2'), when each
    arm's size is the same in every row. Scored above any one of the rows."""
    summed = []
    for group in dict.fromkeys(g for g, _, _ in rows):
        members = []
        for k, category in enumerate(outcome.categories):
            hits = [found for g, name, found in rows if g == group and outcome.names_category(name, category)]
            if not hits and k and outcome.open_ended:
                continue  # ('grade 3 or higher' of a scale that stops at grade 4)
            if len(hits) != 1:
                break
            members.append(hits[0])
        else:
            values = []
            for ai in range(2):
                counted = [found.arms[ai] for _, found in members]
                if any(v.events is None for v in counted) or len({v.n for v in counted}) > 1:
                    break
                values.append(ArmValues(n=counted[0].n, events=sum(v.events for v in counted)))
            else:
                parts = [found for _, found in members]
                summed.append((max(score for score, _ in members) + 0.1, Extraction(
                    values[0], values[1], [" + ".join(f.provenance[0] for f in parts)],
                    confidence=min(f.confidence for f in parts), flags=["categories added up"],
                    match=max(f.match for f in parts))))
    return summed


def _mark_time(found: Extraction, headings: list[str]) -> None:
    """Name the column at the time point the outcome asks for ('Week 12') in what was read, when
    every arm's value was read under it."""
    if headings and all(headings):
        found.timepoint = headings[0]
        found.provenance[0] += f", column '{headings[0]}'"


def _only_names(cell: str, arm: Arm) -> bool:
    """A cell that is nothing but the arm's name ('Placebo', 'Intervention (n = 125)', 'Adjuvanted HBV
    vaccine' with an initialism of the arm's words), not a longer name that holds it ('Provider-school' is
    not 'Provider')."""
    words = {w for w in tokens(re.sub(r"\([^)]*\)", " ", cell)) if w.replace(".", "") not in DOSING_TIMES} - {
        "group", "arm", "groups", "arms"}  # ('b.i.d.' too)
    words -= {"only", "alone"} if ALONE.search(arm.label) else set()  # ('Splint only' of 'Nocturnal splint alone')
    # (or three letters or more of one of its words, in order: 'MTX' of 'methotrexate')
    initialisms = {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", cell) if arm.spelled_by(w.lower())
                   or ROUTE_WORDS.get(w) in arm.words or len(w) > 2 and any(spells(w, word) for word in arm.words)}
    if not (rest := words - initialisms - arm.words):
        return bool(words)
    # (a word of its phrases, a plural of its words, a hyphenated word of its words or their combining forms:
    # 'Neurodynamics' of 'Median nerve neurodynamic ...', 'Cryo-compression' of 'Cryotherapy with ... compression')
    known = arm.words | {w for phrase in arm.phrases for w in tokens(phrase)} | {
        part for w in arm.words for part in COMBINING_FORM.split(w) if part}
    return all(w in known or singular(w) in known or set(w.split("-")) <= known for w in rest)


ArmRows = dict[tuple[str, str], dict[int, tuple[float, int, int]]]


ARM_LETTER = re.compile(r"^\s*(?:[A-Z]|[IV]{1,3}|\d)\s*[:.)]\s+(?=\w)")  # the letter before an arm's name in a row


def _arm_row_blocks(table: Table, arms: list[Arm]) -> ArmRows:
    """(heading, outcome label with any time cells) -> arm index -> (how well the cell names it, its column,
    its row), for tables with one row per arm ('Total colon | RMD | ...', 'Total colon | Placebo | ...',
    'Sedatives' over 'Intervention (n = 125)' and 'TAU (n = 133)', or one row per arm and time point)."""
    blocks: ArmRows = {}
    context = ""  # the header's corner cell may name the outcome of the rows ('CGI-I response' over 'Placebo')
    label = " ".join(h[0] for h in table.header if h and h[0].strip())
    names_at = len(table.header[0]) if table.header else 99  # the column of the arms' names, once seen
    arm_names = {p for arm in arms for p in arm.phrases}
    above = None  # the arm whose row is above (in a table of rows per arm and time point)
    naming = ""  # the cell naming it

    def value_cell(cell: str) -> bool:  # (not an arm's name with digits: '4LB', 'EG (n = 18)', 'B (n = 15)')
        named = ARM_SIZE_NOTE.sub("", cell).strip()
        return _is_number_cell(cell) and cell.strip().lower() not in arm_names and \
            named.lower() not in arm_names and not re.fullmatch(r"[A-Z]", named)

    for index, row in enumerate(table.body):
        first_value = next((j for j, cell in enumerate(row) if value_cell(cell)), None)
        if first_value is None:  # a heading row ('Sedatives') names the rows below it
            if row and row[0].strip():
                context, label = row[0], ""
            continue
        owner = None
        for j, cell in enumerate(row):
            if not cell.strip() or value_cell(cell) or len(ARM_SIZE_NOTE.sub("", cell).split()) > 8:  # (not '(n = 32)')
                continue
            cell = ARM_LETTER.sub("", cell)  # 'C: Nurse-delivered sleep restriction'
            exact = [ai for ai, arm in enumerate(arms)  # 'I', 'C'; a 'group W' label's 'W'
                     if cell.strip().lower() in arm.phrases or _letter_of(arm, cell)]
            ai = exact[0] if len(exact) == 1 else named_arm(cell, arms)
            if ai is not None and (exact or _only_names(cell, arms[ai]) or  # (or 'Sham EA', a sham of an arm)
                                   SHAM_NAME.match(cell) and _only_names(SHAM_NAME.sub(" ", cell, 1), arms[1 - ai])):
                owner = (ai, j)
                break
        # labels sit left of the arm's name; in a row naming no arm, left of where the arms' names
        # stand (a third arm's row, 'Fluoxetine' under 'Placebo', is no new outcome)
        last_label = owner[1] if owner else min(first_value, names_at)
        names = [row[j] for j in range(last_label) if row[j].strip() and not value_cell(row[j])]
        label = names[0] if names else label
        # cells between the arm's name and its values tell when ('Vertebroplasty | 3 months | 38 | 10.4 ± 6.2');
        # a row with such a cell and a blank where the names stand goes on the arm above ('' | 'Week 8' | 73 | ...)
        inherited = owner is None and names_at < first_value and not row[names_at].strip()
        owner = above = above if inherited else owner
        if owner is None:
            continue
        ai, col = owner
        naming = naming if inherited else row[col]  # (the arm's name in the row above, for a row going on with it)
        when = [cell for cell in row[col + 1:first_value] if cell.strip()]
        if not inherited or when:
            names_at = col
            block = blocks.setdefault((context, " ".join([label, *when]).strip()), {})
            score = arms[ai].score(naming)
            if ai not in block or score > block[ai][0]:  # 'Provider-school' rather than 'Provider'
                block[ai] = (score, col, index)
    return blocks


@dataclass(frozen=True)
class Layout:
    """How a table lays out two arms: one column (or span) per arm or, when the columns do not
    name every arm, one row per arm in blocks of rows per outcome."""

    table: Table  # with its header extended when the first body rows name the arms
    columns: dict[int, list[int]]
    rows: ArmRows  # empty when every arm has a column


def lay_out(tables: list[Table], arms: list[Arm]) -> list[Layout]:
    """Each table as the arms lay it out (computed once for all outcomes of a comparison)."""
    layouts = []
    for table in tables:
        table, columns = _arm_columns(table, arms)
        layouts.append(Layout(table, columns, _arm_row_blocks(table, arms) if len(columns) < len(arms) else {}))
    return layouts


def row_sizes(table: Table, blocks: ArmRows) -> dict[int, int]:
    """Arm index -> the size an arm's row label gives ('Intervention (n = 125)'), for the whole table."""
    sizes: dict[int, int] = {}
    for block in blocks.values():
        for ai, (_, col, index) in block.items():
            counts = [c for c in find_counts(normalize(table.body[index][col])) if c.kind == "n"]
            if counts:
                sizes.setdefault(ai, int(counts[0].values[0]))
    return sizes


def caption_sizes(table: Table, arms: list[Arm]) -> dict[int, int]:
    """Arm index -> the size a caption gives it: 'the intervention group (I; n = 104)', or a legend
    entry 'Test, n = 32; control, n = 31'."""
    sizes: dict[int, int] = {}
    for m in [*KEYED_LABEL.finditer(table.caption), *LEGEND_SIZE.finditer(table.caption)]:
        if (ai := named_arm(m["name"], arms)) is not None:
            sizes.setdefault(ai, int(m["n"]))
    return sizes


def _arm_row_candidates(layout: Layout, arms: list[Arm], outcome: OutcomeSpec,
                        kind: str) -> list[tuple[float, Extraction]]:
    """Outcomes in a table with one row per arm: the rows of one outcome form a block, and each
    arm's value is read along its row."""
    table, blocks = layout.table, layout.rows
    in_rows, in_caption = row_sizes(table, blocks), caption_sizes(table, arms)
    named_sizes = {ai: in_rows.get(ai) or in_caption.get(ai) for ai in range(len(arms))}  # a row label first
    candidates = []
    for (context, label), block in blocks.items():
        if len(block) < len(arms) or _at_entry_only(label, context, outcome) or \
                (kind == "continuous" and CUT_OFF.search(label)):
            continue  # (a cut-off row counts patients past it: no mean, as in the column layout)
        start = max(col for _, col, _ in block.values()) + 1
        width = len(table.header[0]) if table.header else max(len(table.body[i]) for _, _, i in block.values())
        heads = {c: " ".join(h[c] for h in table.header if c < len(h)) for c in range(start, width)}
        effects = {c for c in heads if any(NOT_ARM_VALUE.search(h[c]) for h in table.header if c < len(h))}
        # a column of group sizes ('Clusters / n', 'Patients analysed, n'), unless the lowest heading of the
        # column after it is a share alone: 'n | %' is a count and its share
        sub = table.header[-1] if table.header else []
        sizes = [c for c, head in heads.items() if _ends_in_n(head)
                 and (c + 1 >= len(sub) or not SHARE_ONLY.match(sub[c + 1]) or PEOPLE_COLUMN.search(head))]
        sizes += [c for c, head in heads.items() if len(words := head.split()) in (1, 2)  # 'Group | Patients | ...',
                  and all(PEOPLE_COLUMN.fullmatch(word) for word in words)  # 'Participants assessed'
                  or COUNTED_HEAD.match(head) and "%" not in head  # 'Randomised | Examined at 24 months'
                  or N_WHEN.match(head)]  # 'n (8 weeks)'
        # 'Assessed, n' before 'Randomised, n', and both before another count's 'Deaths within 48 h, n'
        sizes.sort(key=lambda c: (not ANALYSED_COLUMN.search(heads[c]), not COUNTED_HEAD.match(heads[c])))
        readable = [c for c in heads if c not in sizes and c not in effects  # (nor the 'SD' beside 'Mean')
                    and not _at_entry_only(heads[c], "", outcome) and not (c < len(sub) and SPREAD_ONLY.match(sub[c]))]
        naming = {c: outcome.score(heads[c]) for c in readable}  # 'Group | n | Soreness | %'
        # ('Shivering, n (%)' rather than 'Grade 3-4 shivering, n (%)' for 'Shivering'; '6-month ABG' rather than
        # 'ABG gain' for 'Air-bone gap at 6 months')
        naming = {c: score + _fine_fit(outcome, heads[c]) + 0.01 * outcome.coverage(heads[c])
                  + (0.02 if outcome.days & days_named(heads[c]) else 0.0) if score > 0 else 0.0
                  for c, score in naming.items()}
        # the columns naming the outcome best, else those naming it next best ('PCO score, mean ± SD' holds no
        # counts of 'Nd:YAG capsulotomy for posterior capsule opacification')
        tiers = [[c for c, score in naming.items() if score == best]
                 for best in sorted({score for score in naming.values() if score > 0}, reverse=True)]
        if not tiers and (numbered := [c for c in readable if _fine_fit(outcome, heads[c]) > 0]):
            tiers = [numbered]  # ('>=75% responders, n (%)' for 'At least 75% reduction in migraine days')
        values: list[ArmValues | None] = []
        changes = [c for c in readable if CHANGE.search(heads[c])]
        choices = tiers or [changes if outcome.change else [c for c in readable if c not in changes], readable]
        named: list[int] = []
        for columns in choices:  # the outcome's own columns, else the values (changes if nothing else, or if asked)
            named = columns if tiers else []
            values, headings = [], []
            for ai in range(len(arms)):
                row = _arm_row(table, block[ai], start)
                value, heading = _arm_value(table, row, columns, kind, outcome, f"{context} {label}",
                                            arms_in_header=False)
                if value is not None and value.n is None:  # (first the sizes of the time read: '6 months n')
                    timed = sorted(sizes, key=lambda c: not (days_named(heading) & days_named(heads[c])))
                    # (for means, not those randomised: those the text says were analysed at the time fill in later;
                    # counts of events are of those randomised)
                    in_column = [n for c in timed if c < len(row) and (n := cell_count(row[c])) is not None
                                 and not (kind == "continuous" and RANDOMISED.match(heads[c]))]
                    in_column.sort(key=lambda n: not _share_is_of(value, n))  # the one its share is of first
                    value.n = in_column[0] if in_column else named_sizes.get(ai)
                values.append(value)
                headings.append(heading)
            if all(v is not None for v in values):
                break
        if any(v is None for v in values):
            continue
        words = " ".join([label] + [heads[c] for c in named])
        index = max(i for _, _, i in block.values())
        found = _candidate(table, outcome, context, label, words, values, index)
        if found:
            _mark_time(found[1], headings)
            candidates.append(found)
        if kind == "binary" and (summed := _summed_columns(table, block, start, heads, sizes, outcome, label)):
            # ('Group | Assessed | None | Mild | Moderate | Severe' for 'Moderate or severe scarring')
            columns, sums = summed
            if added := _candidate(table, outcome, context, label, " ".join(heads[c] for c in columns), sums, index):
                added[1].flags.append("categories added up")
                candidates.append((added[0] + 0.1, added[1]))
    return candidates


def _summed_columns(table: Table, block: dict[int, tuple[float, int, int]], start: int, heads: dict[int, str],
                    sizes: list[int], outcome: OutcomeSpec, label: str) -> tuple[list[int], list[ArmValues]] | None:
    """The columns of an outcome made of categories of one scale, one column each, and each arm's counts in them
    added up, with its size from the block's columns of sizes: the arm-row form of :func:`_summed_categories`."""
    columns = [[c for c, head in heads.items() if outcome.names_category(head, category)]
               for category in outcome.categories]
    if not columns or any(len(found) != 1 for found in columns) or not sizes:
        return None
    values = []
    for ai in sorted(block):
        row = _arm_row(table, block[ai], start)
        counts = []
        for [c] in columns:
            value, _ = _arm_value(table, row, [c], "binary", outcome, label, arms_in_header=False)
            counts.append(value.events if value else None)
        size = cell_count(row[sizes[0]]) if sizes[0] < len(row) else None
        if None in counts or size is None:
            return None
        values.append(ArmValues(n=size, events=sum(counts)))
    return [c for [c] in columns], values


def _arm_row(table: Table, place: tuple[float, int, int], start: int) -> list[str]:
    """The row of an arm (as its block holds it: score, the column of its name, its row), with its cells where
    the other rows have theirs: a row missing its label cell sits further left."""
    _, col, index = place
    return [""] * (start - 1 - col) + table.body[index]


def _gives_shares(found: Extraction, shares: tuple[float, ...]) -> bool:
    """Whether each arm's events of its size are the share printed for it, to its precision."""
    return all(v.events is not None and v.n and gives_percent(v.events, v.n, share)
               for v, share in zip(found.arms, shares))


def _fine_fit(outcome: OutcomeSpec, label: str) -> float:
    """What tells apart labels naming the outcome equally well: its generic qualifiers ('Total
    volume of drainage' for 'Total drainage', 'AKI (any stage)' for 'AKI (any stage)') and the
    numbers of its name ('PASI 75' rather than 'PASI 100' for 'PASI 75 response')."""
    fit = 0.05 * len(outcome.qualifiers & qualifiers_of(label))
    if outcome.numbers:
        numbers = numbers_named(label)
        fit += 0.05 * (len(numbers & outcome.numbers) - len(numbers - outcome.numbers))
    return fit


def _at_entry_only(words: str, context: str, outcome: OutcomeSpec) -> bool:
    """A row of values at entry ('Baseline'), skipped unless the outcome asks for one (or a change from it:
    'Change in SOFA, baseline to 96 h')."""
    return bool((names_entry(words) or names_entry(context)) and not FOLLOW_UP.search(words)
                and not outcome.baseline and not (outcome.change and CHANGE.search(words)))


def _candidate(table: Table, outcome: OutcomeSpec, context: str, label: str, words: str,
               values: list[ArmValues], index: int) -> tuple[float, Extraction] | None:
    """How well a row (or block of arm rows) names the outcome, and what was read there."""
    own = outcome.score(words)
    named = outcome.words | outcome.aliases
    # named only by the heading above: a sub-row of the outcome ('PACU arrival' under 'Core temperature
    # < 36 °C'); a row repeating the heading's words names another outcome ('Partial return to work'
    # under 'Full return to work') and stands on its own words
    sibling = bool(context and outcome_words(label) & outcome_words(context) & named)
    match = own if sibling else outcome.score(f"{context} {words}") * (1.0 if own or not context else 0.9)
    score = match + 0.3 * outcome.score(table.caption)
    if score <= 0:
        return None
    # a row at follow-up rather than at entry, not one at another time than the one asked ('Response,
    # day 7' for 'Response at 24 hours'); '> 5 days' is a cut-off, not a time point
    other_time = bool(outcome.days and (days := days_named(words)) and not days & outcome.days)
    score += 0.2 if FOLLOW_UP.search(AGE_BAND.sub(" ", CUT_OFF.sub(" ", words))) and not other_time else 0.0
    # when a change is asked for, the 'Change' row beats the follow-up row at the time asked (0.2 + 0.1)
    score += 0.35 if outcome.change and CHANGE.search(words) else 0.0
    # ... and means at the time asked beat their change when it is not ('6 months' before 'Change, baseline to
    # 6 months')
    score -= 0.05 if not outcome.change and values[0].mean is not None and CHANGE.search(words) else 0.0
    score += 0.1 * outcome.score(words)  # named in the row itself, not only in its heading
    score += 0.1 * outcome.coverage(label)  # 'Any complications' rather than 'Other neurological complications'
    if not match and outcome.coverage(label) == 0:  # under a caption naming the outcome, 'Hoarseness at 24 h' is
        everyone = bool(UMBRELLA.match(label))  # another outcome than '24 h' ('All infants' is none; 'Female' may be)
        if any(not (everyone and re.fullmatch(PEOPLE, w, re.I))
               for w in outcome.content(label) - GENERIC_OUTCOME - STOPWORDS):
            score *= 0.5
    score += 0.1 if outcome.days & days_named(words) else 0.0  # 'Volume of drainage in 24 h' for '24 h drainage'
    # 'Any adverse event' rather than 'Serious adverse events', 'Shivering (any grade)' rather than 'Shivering
    # requiring meperidine'
    score += 0.01 if UMBRELLA.match(label) or ANY_KIND.search(label) else 0.0
    # the rows under 'All patients', not under a subgroup (a heading naming the outcome, 'Any grade', decides nothing)
    score += 0.01 if UMBRELLA.match(context) and not outcome.score(context) else 0.0
    score += _fine_fit(outcome, label)
    if outcome.subgroup:  # the rows of the population asked for ('High risk' for '... in high caries-risk children')
        score += 0.3 * len(outcome.subgroup & outcome_words(f"{context} {words}")) / len(outcome.subgroup)
    score += 0.001 * index  # the later of equal rows: follow-up rows come after baseline rows
    where = f"{table.name}, row '{(context + ': ' if context else '') + words}'"
    return score, Extraction(values[0], values[1], [where], confidence=min(0.95, 0.6 + 0.2 * score), match=match)


TableRows = list[list[tuple[float, Extraction]]]


def table_rows(layouts: list[Layout], arms: list[Arm], outcome: OutcomeSpec, kind: str) -> TableRows:
    """Per table, each row (or block of arm rows) naming the outcome, scored, and what it gives."""
    found = []
    for layout in layouts:
        table = layout.table
        if describes_baseline(table) and not outcome.baseline:
            continue
        if len(layout.columns) == len(arms):
            candidates = _column_candidates(table, layout.columns, arms, outcome, kind)
        else:
            candidates = _arm_row_candidates(layout, arms, outcome, kind)
        # a table of the groups' characteristics over time yields to a table of outcomes
        lesser = 0.9 if BASELINE_TABLE.search(table.caption) and not outcome.baseline else 1.0
        found.append([(lesser * score, extraction) for score, extraction in candidates])
    return found


def best_row(rows: TableRows, shares: tuple[float, ...] | None = None) -> Extraction | None:
    """The row naming the outcome best; with ``shares`` (each arm's percentage, printed elsewhere),
    of the rows whose counts give those shares."""
    best, best_score = None, 0.0
    for candidates in rows:
        if shares:
            candidates = [(score, found) for score, found in candidates if _gives_shares(found, shares)]
        if any(found.match > 0 for _, found in candidates):  # rows named by the caption alone only when
            candidates = [(score, found) for score, found in candidates if found.match > 0]  # no row is named
        for score, found in candidates:
            if score > best_score:
                best, best_score = found, score
    return best
