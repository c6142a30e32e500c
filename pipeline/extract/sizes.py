"""Group sizes per arm, from table headers and from sentences.

A number counts as an arm's size only where its position ties it to the arm's name ('40 in the
clonidine group', 'fentanyl group: 76', 'N = 357 for placebo', '..., respectively' lists, 'n ='
in the clause that names one arm); analysed numbers are preferred to randomised ones; when only a
total is given it is split over the number of groups, flagged as an assumption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.assign import (OUTER_SEMICOLON, RESPECTIVELY, arms_named_only_in_outcome, assign_values,
                                     exclusive_mentions, full_naming_order, introduction_order, list_items,
                                     list_positions)
from pipeline.extract.naming import (ALLOCATED, ALLOCATION_WORDS, DOSE, IN_BRACKETS, LEVEL_WORD, SHAM_OF, STOPWORDS,
                                     Arm, OutcomeSpec, days_named, named_arm, qualifiers_of)
from pipeline.extract.numbers import PEOPLE, Found, digits_for_words, find_counts, normalize, words_to_int
from pipeline.extract.table_values import Layout, caption_sizes, column_size, row_sizes
from pipeline.fulltext import Document

ALLOCATION = re.compile(rf"\b(?:{ALLOCATED}|enrolled)\b", re.I)
ENROLMENT = re.compile(rf"\b(?:{ALLOCATED}|enrolled|entered|analy[sz]ed|included|completed|received|eligible)\b", re.I)
ANALYSED = re.compile(r"\b(?:(?<!not )analy[sz]ed|analy[sz]able|evaluable|(?:were|was)\s+assessable\b|"
                      r"(?<!not )(?<!had )completed|"
                      # 'included in the vertebral fracture analysis' (not a per-protocol one: ITT comes first)
                      r"(?<!not )included in the (?:(?!per\b)[\w-]+\s+){0,3}?analysis|data (?:were )?available|"
                      # 'data (...) at 6 months were available for', 'data were obtained from 68'
                      r"data\b[^.;]{0,60}?\b(?:were|was)\s+(?:available|obtained|collected)\s+(?:from|for)|"
                      # 'radiographs were available for', '... were available at 12 months'
                      r"(?:were|was)\s+(?:therefore\s+|thus\s+|only\s+)?(?:available|obtained)\s+"
                      r"(?:from|for|in|at\s+\d+)\b|"
                      # 'Follow-up to resolution of diarrhoea was complete for 140 of 144'
                      r"follow-?up\s+(?:(?:to|of|at|for)\s+(?:[\w-]+\s+){1,4}?)?(?:was|were)\s+"
                      r"(?:complete|achieved|obtained)|followed\s+up|"
                      # 'Follow-up was 92.8% in the app group (167/180)'
                      r"follow-?up\s+(?:rate\s+)?(?:was|were)\s+\d+(?=(?:\.\d+)?\s*%)|"
                      r"(?:were|was)\s+re-?(?:assessed|measured|examined|evaluated|weighed|tested)|"
                      r"(?:were|was)\s+reviewed|"
                      # 'the rate of weight gain was calculated for the 122 women in the X group and 119 in ...'
                      r"(?:were|was)\s+(?:calculated|computed|measured|determined)\s+(?:for|in)\s+"
                      r"(?:the\s+|all\s+)?(?=\d)|"
                      # '12-month weight was recorded for 71 and 68 participants' (not 'vaccination was recorded for
                      # 121 (24.2%) ... participants', nor 'recorded for 22 and 19 appointments')
                      rf"(?:were|was)\s+recorded\s+for\s+(?=\d+(?:,\d{{3}})*\s+(?:and\s+\d+(?:,\d{{3}})*\s+)?{PEOPLE})|"
                      # 'Six-minute walk tests were performed at discharge in 22 NMES, 25 CYC and 21 UC patients'
                      r"\b(?:tests?|assessments?|measurements?|examinations?)\s+(?:were|was)\s+"
                      r"(?:performed|done|carried\s+out)\b|"
                      # '412 nurses in intervention units and 398 in control units responded' (not '... to treatment')
                      r"(?<!not )responded(?=\s*(?:[.;,]|$|to\s+the\s+(?:[\w-]+\s+)?(?:survey|questionnaire)))|"
                      r"(?:were|was)\s+reached\s+(?:for|at)\b|"
                      r"follow-?up\b[^.;]{0,40}?\breached\b|"  # 'Follow-up by telephone at 48 h reached 88 patients'
                      # (not the schedule: '... were followed monthly for 12 months'); 'Vital status was known for'
                      r"(?:were|was)\s+followed(?!\s+(?:by|monthly|weekly|daily|every))|(?:was|were)\s+known\s+for|"
                      # '291 and 146 children, respectively, remained under active case detection'
                      r"remained\s+(?:under|in)\s+(?:[\w-]+\s+){0,3}?(?:follow-?up|detection|surveillance|observation)|"
                      r"returned\s+for\s+(?:evaluation|assessment|follow-up|review)|returned\s+(?:the|their|an?)\s|"
                      # '81 returned complete diaries' (not '18 ... among those who returned diaries')
                      r"(?<!who )returned\s+(?:[\w-]+\s+)?(?:diar(?:y|ies)|questionnaires?)\b|"
                      r"(?<!not )attended\s+(?:the\s+|for\s+)?(?:[\w-]+\s+){0,3}"
                      r"(?:visit|examination|assessment|follow-up|review|measurement)s?\b|"
                      # 'The 12-week follow-up was attended by 37 and 18 participants'
                      r"(?:visit|examination|assessment|follow-up|review)s?\s+(?:was|were)\s+attended\s+by\b|"
                      # '... the analysis was therefore based on 19 and 18 patients'
                      r"(?:analys[ie]s|cohort|population)\s+(?:(?:was|were)\s+)?(?:therefore\s+|thus\s+|finally\s+)?"
                      r"(?:included?|comprised|(?:based\s+on|restricted\s+to|limited\s+to)\s+(?:the\s+)?(?=\d))|"
                      r"underwent\s+(?:[\w-]+\s+){0,3}?(?:assessment|evaluation|examination|measurement)s?\b|"
                      r"for (?:the )?(?:final )?analysis|leaving|"
                      # ('The modified intention-to-treat population, defined as ..., comprised 171 and 85 patients')
                      r"(?:analysis|intention-to-treat|ITT|per-protocol|safety) (?:set|population)"
                      r"(?:,[^.;]{0,80}?,\s+(?:comprised|included)\s+(?=\d))?|"
                      # ('the efficacy set included the 66 and 63 women'; not 'excluded from the efficacy population')
                      r"(?<!from the )efficacy (?:set|population)|"
                      # 'provided Stroke Impact Scale (SIS 3.0) data' (not 'contributed no outcome data')
                      r"(?:contributed|provided)\s+(?!no\s)(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\s)?(?:data|diaries)|"
                      r"had\s+(?:[\w-]+\s+){0,2}data\b|"
                      r"contributed\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}analys[ie]s|"  # '... to the fever ... analysis'
                      # ('... were alive, disease-free and assessed')
                      r"(?:were|was)\s+(?:(?:alive|disease-free|event-free)\s*(?:,\s*|\s+and\s+|,\s+and\s+)){0,2}"
                      r"(?:measured|assessed|evaluated|examined|returned|weighed|"
                      r"interviewed)(?!\s+for\s+eligibility))\b", re.I)  # ('70 ... were alive and assessed')
ANALYSED_OF = re.compile(r"(?<![\d.,/])(\d+)\s*/\s*(\d+)(?![\d.,/%])")  # '148/160' analysed of those allocated
# words that may stand between a group size and the arm it belongs to: "40 [52%] patients were
# randomly assigned to the", "consisted of", "(n =", ":"
_AFTER_SIZE = re.compile(rf"^(?:\s*(?:\[[^\]]*\]|\(\s*\d+(?:\.\d+)?\s*%\s*\)|of\s+\d+\b|"
                         r"\(\s*\d+\s+[a-z-]+\s*\)|"  # '6 patients (7 catheters) in the X group': another unit's count
                         rf"(?:{PEOPLE}|were|was|randomly|"
                         r"randomi[sz]ed|assigned|allocated|included|enrolled|entered|analy[sz]ed|in|into|to|for|on|"
                         r"received|dropped\s+out\s+of|withdr(?:ew|awn)\s+from|"  # '3 cases dropped out of the X group'
                         r"underwent|who|had|have|been|single|doses?\s+of|"  # '7 patients who had received X'
                         r"(?<=who\s)[a-z]{3,}ed|"  # '48 patients who watched the video'
                         r"receiving|receive|given|treated|with|after|the|a|an|identical|matching|"
                         r"eligible)\b(?!-)))*\s*", re.I)  # (not the 'IN' of 'IN-MDZ')
_ARM_TO_NUMBER = (r"(?P<kind>\s*\b(?:group|arm)s?)?\s*(?:\(\s*(?:[nN]\s*=\s*)?|[:=]\s*|\s[nN]\s*=\s*|"
                  # 'Group T, n = 31', '(PF group, n = 45)' (not 'stretching, N = 46 for ...')
                  r"(?:(?<=(?-i:[A-Z0-9]))|(?<=group)|(?<=arm)),\s[nN]\s*=\s*|"
                  r"\s+(?:consisted of|comprised|included|of)\s+")
_BEFORE_SIZE = re.compile(_ARM_TO_NUMBER + r")$", re.I)
_BEFORE_COUNT = re.compile(_ARM_TO_NUMBER + r"|\s+(?:was|were)\s+)$", re.I)  # 'in the TAP group was 8'
SHARE = re.compile(r"[(\[]\s*\d+(?:\.\d+)?\s*%")
EXCLUSION = re.compile(r"\b(?:excluded|withdr[ae]w|withdrawn|lost to follow|(?:was|were)\s+lost|dropped out|"
                       r"discontinued|abandoned|died\s+before|did not (?:receive|attend|complete|return)|missed|"
                       r"were not analy[sz]ed|(?:were|was) not included|crossed over|switched)\b",
                       re.I)  # (nor are those who crossed over)
# ('returned by all but nine participants in Group A and six in Group B')
EXCLUSION_LEAD = re.compile(r"\b(?:exclusion|excluding|missing|withdrawal)\s+(?:of|for|in)?\b|\ball\s+but\b|"
                            r"\ball\b(?=[^.;]{0,80}?\bexcept\b)", re.I)  # ('All ... returned ... except two in X')
CLAUSE_EDGE = re.compile(r"[;()]|,\s")
LIST_ITEM = re.compile(r"\s*[;),]")
SIZE_NOTE = re.compile(r"\b[nN]\s*=\s*$")
SIZE_ROW = re.compile(r"^\s*(?:n|no\.?|number(?: of (?:patients|participants|subjects))?|(?:patients|participants|"
                      r"subjects),? n|sample size)\s*$", re.I)
# an arm's own size after its name: '(n = 38)', '(DN; n = 45)', '(DN group, n = 30)', '(Group T, n = 26)',
# '(lidocaine group, n = 40)' (not '(illness, n = 3')
OWN_SIZE = re.compile(r"\s*\((?:\s*(?:(?:[Gg]roup\s+|[Aa]rm\s+)?[A-Z][\w-]{0,8}(?:\s+(?:group|arm))?|"
                      r"[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm))\s*[;,])?\s*[nN]\s*=")
# a count of things, 'of three exercises' (not 'a group of 40 healthy volunteers')
THINGS_AFTER = re.compile(rf"\s+(?!(?:[\w-]+\s+){{0,2}}(?:{PEOPLE})\b)[a-z]{{3,}}")
PART_OF = re.compile(r"\b(\d+)\s+of\s+(?:the\s+)?$")  # '131 of the 135': those analysed of the arm
OF_THE = re.compile(r"\bof\s+(?:the\s+|all\s+|these\s+)?$", re.I)  # 'of the 49 patients given placebo': a denominator
AMONG_FOLLOWED = re.compile(r"\bamong\s+(?:all\s+)?(?:those|the\s+[\w-]+)\s+(?:who\s+were\s+)?(?:followed\s+up|"
                            r"analy[sz]ed|assessed|evaluated)\b", re.I)
AMONG = re.compile(r"(?:^|[;:(]\s*)among\s+(?:the\s+|all\s+)?$", re.I)  # (not '... among 81 children': those with it)
AMONG_IN = re.compile(rf"\s+(?:[\w-]+\s+)?{PEOPLE}\s+in\s+the\b", re.I)  # 'Among 1,532 children in the X arm'
DOSE_WORDS = re.compile(r"\d\s*(?:mg|µg|mcg|g|ml|iu|units?)\b|\bevery\b|\bdaily\b|\btimes\b", re.I)
LEVEL_LABEL = re.compile(rf"\(\s*(?:{LEVEL_WORD})[- ]dose\s*[;,]\s*(?=[nN]\s*=\s*$)", re.I)
SHORT_NAME = r"[A-Z][\w+-]{0,8}"  # an arm's abbreviation or code: 'LED', 'DN+E'
NAME_IN_BRACKETS = re.compile(rf"\(\s*({SHORT_NAME})\s*\)")  # '(LED)' of 'light-emitting diode (LED) phototherapy'
NAME_AFTER = re.compile(rf"\s*\(\s*(?P<name>{SHORT_NAME}(?:\s+(?:group|arm))?)\s*\)")  # '46 (EA)', '46 (EA group)'
# a note of some words ('(up to 60 minutes after full dilatation; n = '), not a label ('(ibuprofen; n = ')
NOTE_END = re.compile(r";\s*[nN]\s*=\s*$")
BRACKET_NOTE = re.compile(r"\((?:[^();\s]+\s+){3,}[^();]*;\s*[nN]\s*=\s*$")
IN_THE = re.compile(r"\b(?:in|from)\s+the\s+$", re.I)
FIRST_WORDS = re.compile(r"\s*(?:\S+\s+){0,3}\S+")
# where an arm's name ends ('etch-and-rinse' is one name)
_NAME_BREAK = re.compile(r"[,;()\[\]]|(?<!\d)\.|\.(?!\d)|(?<!-)\b(?:and|or|versus|vs|than|while|whereas)\b(?!-)", re.I)
BRACKETED_SIZE = re.compile(rf"\s*(?:[),;]|(?:{PEOPLE})\b|(?:in\s+)?each\b|per\b)", re.I)  # '(30)', '(30 patients)'
LABELLED = re.compile(r"\b(?:week|day|month|year|visit|cycle|grade|stage|phase)\s*$", re.I)  # 'completed week 8'
# (and 'during each of their first four infusions')
LIMIT = re.compile(r"\b(?:up to|at most|at least|a maximum of|a minimum of|"
                   r"(?:their|its|his|her) (?:first|last|next))\s*$", re.I)
SPELLED_OUT = re.compile(r"\s+\d+[-\s]?(?:minutes?|min|hours?|h|seconds?|days?|weeks?)\b", re.I)  # 'five 30-minute'
SESSIONS = re.compile(rf"\s+(?:(?!{PEOPLE}\b)[a-z-]+\s+){{1,2}}(?:sessions|doses)\b", re.I)  # 'two daily sessions'
SIZE = re.compile(r"(?<![\w.,/-])(?<!\d:)(\d{1,6})(?!\w|[.,/:]\d|\s*(?:to|-)\s*\d|\s*±|"
                   r"\s*-?\s*(?:%|°|mg|kg|g\b|ml|µg|mcg|ug|µl|mmol|iu\b|units?\b|mmhg|bpm|j\b|joules?|"
                   r"years?|yrs?|months?|weeks?|days?|h\b|hours?|min|cm|mm|times|sessions?|points?))", re.I)


IN_ARM_LEAD = re.compile(r"(?:^\s*|[;,]\s*|\band\s+)in\s+the\s+(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:group|arm)"
                         r"\s*,?\s*$", re.I)  # 'In the coaching arm' before its count
TREATED = re.compile(r"\b(?:received|underwent|given|treated\s+with)\s", re.I)  # what a count of people had
# how a treatment was given, before its name: a route or a form ('88 to oral azithromycin', '70 to group PNE sessions')
GIVEN_AS = re.compile(r"\s*(?:oral|intravenous|iv|intramuscular|im|subcutaneous|topical|inhaled|intranasal|"
                      r"nebuli[sz]ed|sublingual|rectal|vaginal|intrathecal|epidural|group|individual)\s+", re.I)
N_EQUALS = re.compile(r"\b[nN]\s*=\s*(\d+)\s*\)?")
# a listed group's size: '(n = 101)', '(HB; 45 patients)'
LISTED_SIZE = re.compile(rf"{N_EQUALS.pattern}|[(;,]\s*(\d+)(?=\s+(?:{PEOPLE})\s*\))")
BARE_N = re.compile(r"\(\s*[nN]\s*=\s*$")  # '(n = ', a bracket holding nothing but the size


def _first_named(sentence: str, end: int, arms: list[Arm]) -> int | None:
    """The arm named by the first short clause since the allocation or the last 'n =' before ``end``:
    'assigned to early oral feeding, with clear fluids ... from day 1 (n = 75), or to conventional
    feeding, with oral intake ... (n = 73)' (the description after the name may name the other arm)."""
    start = max(x.end() for x in (*ALLOCATION.finditer(sentence, 0, end), *N_EQUALS.finditer(sentence, 0, end)))
    clauses = [c for c in _NAME_BREAK.split(BARE_N.sub("", sentence[start:end])) if c and c.strip()]
    if len(clauses) < 2 or len([w for w in clauses[0].split() if w not in STOPWORDS]) > 6:
        return None  # (a name running up to the bracket was read before, with its last words)
    if DOSE.search(whole := " ".join(clauses)) and named_arm(whole, arms) is None:
        return None  # another dose of an arm's drug: 'sodium zirconium cyclosilicate (SZC) 5 g (n = 84)' beside '10 g'
    return named_arm(clauses[0], arms)


def attached_sizes(sentence: str, arms: list[Arm], events: bool = False,
                   counting: bool = False) -> list[tuple[int, int, int]]:
    """(arm index, group size, offset) for every integer tied to an arm name by its position:
    'fentanyl group: 76', 'Gum (n = 38)', 'cooling group consisted of 19 patients' and, in a
    sentence about allocation or analysis, '40 in the clonidine group', '326 patients were
    assigned to the control group', 'N = 357 for placebo'. With ``events`` the integers are event
    counts in a sentence about an outcome ('in the TAP group was 8'). With ``counting`` the sentence is
    known to count participants ('... was available for 58 patients receiving X')."""
    out = []
    # (not a count 'among those followed up': the events of those analysed)
    allocation = events or counting or bool(ENROLMENT.search(sentence) or
                                            ANALYSED.search(AMONG_FOLLOWED.sub(" ", sentence)))
    before_words = _BEFORE_COUNT if events else _BEFORE_SIZE
    for m in SIZE.finditer(sentence):
        value = int(m.group(1))
        window = LEVEL_LABEL.sub("(", sentence[max(0, m.start() - 60):m.start()])  # '(high dose, n = 65)'
        if LIMIT.search(window) or SPELLED_OUT.match(sentence, m.end()) or SESSIONS.match(sentence, m.end()) or \
                LABELLED.search(window):
            continue  # 'up to three SMS reminders (intervention)', '(five 30-minute sessions ...)', 'week 8': no people
        if SIZE_NOTE.search(window) and RANDOMISED_NEXT.match(sentence, m.end()):
            continue  # 'hearing aid users (N = 90) were randomised to ...': everyone
        if events and (SIZE_NOTE.search(window) or OF_THE.search(window) or AMONG.search(sentence, 0, m.start())):
            continue  # 'group (n = 50)', 'of the 49 patients', 'Among 268 treated patients': a group size, not events
        before = before_words.search(window)
        if before and before.group(0).rstrip().endswith("of") and THINGS_AFTER.match(sentence, m.end()):
            before = None  # 'a conventional programme of three exercises': no people
        if before and before.group(0).rstrip().endswith("(") and not BRACKETED_SIZE.match(sentence, m.end()):
            before = None  # 'FOLFOX-B (two complete and thirty-two partial responses)' counts no members
        if before is None and not events and allocation and LIST_ITEM.match(sentence[m.end():]):
            before = re.search(r"[,:]?\s*$", window)  # '(needling, 30; sham, 29)', '(rehabilitation 46, usual care 44)'
        if before is None and out and not events and GAPPED.search(window):
            before = re.search(r"\s*$", window)  # 'Group A comprised 21 children and Group B 19 children'
        owner = None
        if before:
            # the name with its 'group' ('an observation group (86 cases)')
            end = before.end("kind") if before.groupdict().get("kind") else before.start()
            named_by = _NAME_BREAK.split(NAME_IN_BRACKETS.sub(r" \1", window[:end]))[-1].split()
            chunk = " ".join(named_by[-5:] if len(named_by) > 4 and SHAM_OF.match(named_by[-5]) else named_by[-4:])
            owner = named_arm(chunk, arms) if chunk else None
            if owner is None and DOSE_WORDS.search(chunk):  # 'oral misoprostol 25 µg every 2 hours (n = 110)':
                owner = named_arm(" ".join(named_by[-8:]), arms)  # the name before its dose
            elif owner is None and len(scores := {arm.score(chunk) for arm in arms}) == 1 and scores != {0.0}:
                opened = sentence.rfind("(", 0, m.start())
                whole = _NAME_BREAK.split(sentence[:opened if opened > m.start() - 15 else m.start()])[-1]
                owner = named_arm(whole, arms)  # ('papaya leaf extract ... plus supportive care (n=110)'
                # beside 'supportive care alone': the whole name tells them apart)
            # 'delayed pushing (up to 60 minutes after full dilatation; n = 157)': the name before the bracket
            if owner is None and NOTE_END.search(window) and (note := BRACKET_NOTE.search(sentence, 0, m.start())):
                owner = named_arm(" ".join(_NAME_BREAK.split(sentence[:note.start()])[-1].split()[-4:]), arms)
            if owner is None and BARE_N.search(window) and ALLOCATION.search(sentence, 0, m.start()):
                owner = _first_named(sentence, m.start(), arms)
        if owner is None and events and (lead := IN_ARM_LEAD.search(window)):
            owner = named_arm(lead["name"], arms)  # 'In the coaching arm 12 patients were lost to follow-up'
        # (not '12 patients in the DN group had bruising'; 'Among 1,532 children in the PBO-LLIN arm, 487 had ...')
        if owner is None and (allocation or OF_THE.search(window) or
                              AMONG.search(sentence, 0, m.start()) and AMONG_IN.match(sentence, m.end())):
            rest = sentence[m.end():m.end() + 160]
            between = rest[:_AFTER_SIZE.match(rest).end()]
            tail = rest[len(between):]
            context = sentence[:m.start()] + between  # (not '... completed by 69 of 74 participants (93%) in X')
            if not events and SHARE.search(between) and not (ALLOCATION.search(context) or (
                    ENROLMENT.search(context) and re.match(r"\s*of\s+\d", between))):
                continue  # '5 patients (10%) in the needling group' counts events, not the group
            bracket = NAME_AFTER.match(tail)  # '46 (EA) and 47 (MA) completed treatment': the arm's name in brackets
            clause = bracket["name"] if bracket else _NAME_BREAK.split(tail)[0]
            # a short clause, or the first four words of one that ends in sight ('148 of 158 control
            # participants returned calendars ... and'), name the arm
            # (or right after 'in the': 'One participant in the sham group withdrew for personal reasons ...')
            chunk = clause if len(clause.split()) <= 6 else lead[0] if (
                len(clause) < len(tail) or IN_THE.search(between) or events) and (lead := FIRST_WORDS.match(clause)) \
                else ""  # ('Three MT and five EX patients did not attend the 3-month assessment': losses)
            named = named_arm(chunk, arms) if chunk.strip() else None
            # 'assigned to either the Gum (n = 38) or No gum group': a total, not a group size
            up_to_size = SIZE.split(tail[bracket.end() if bracket else len(clause):], maxsplit=1)[0]
            if OWN_SIZE.match(up_to_size):  # 'the Gum (n = 38)', '(DN; n = 45)': the arm has its own size
                continue
            listed = up_to_size.split(";")[0]  # (not the next clause)
            lead = GIVEN_AS.match(chunk)  # ('88 to oral azithromycin')
            if named is not None and min(arms[named].mentions(chunk), default=99) <= 2 + (lead.end() if lead else 0) \
                    and not _names_another(listed, named, arms):
                owner = named
            # '32 received a single ultrasound-guided injection of platelet-rich plasma': what the count was given
            if owner is None and TREATED.search(between) and len(clause.split()) <= 12 and \
                    (given := named_arm(clause, arms)) is not None and not _names_more(clause, given, arms):
                owner = given
            # the arm's whole description, word for word ('23 adults with acute axial LBP ... (group A)')
            if owner is None:
                described = normalize(sentence[m.end():]).lower().lstrip()
                owner = next((ai for ai, arm in enumerate(arms)
                              if len(arm.label.split()) > 2 and described.startswith(arm.phrases[0])), None)
        if owner is not None and (events or not _excluded_count(sentence, m.start())):
            out.append((owner, value, m.start()))
    return out


def _names_more(text: str, ai: int, arms: list[Arm]) -> bool:
    """Whether ``text`` names another arm by a word that is not also ``ai``'s ('injection of isotonic saline'
    names the saline injection only, beside 'Platelet-rich plasma injection')."""
    own = set(arms[ai].mentions(text))
    return any(set(arm.mentions(text)) - own for other, arm in enumerate(arms) if other != ai)


def _names_another(text: str, ai: int, arms: list[Arm]) -> bool:
    """Whether ``text`` names an arm other than ``ai``, outside ``ai``'s own name ('PNE' of '(DN+PNE) group and'
    names no other arm)."""
    own = arms[ai].phrase_spans(text)
    return any(not any(a <= spot < b for a, b in own)
               for other, arm in enumerate(arms) if other != ai for spot in arm.mentions(text))


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause (between semicolons, brackets and commas) holding ``text[start:end]``."""
    return (max((m.end() for m in CLAUSE_EDGE.finditer(text, 0, start)), default=0),
            next((m.start() for m in CLAUSE_EDGE.finditer(text, end)), len(text)))


def _excluded_count(sentence: str, at: int) -> bool:
    """'Of 230 randomised, five in the upright group and seven in the recumbent group ... were
    excluded': a number of participants left out, not a group size (the clause holding it says so
    after it, and names no allocation or analysis before it; for a count in a breakdown in brackets, the clause
    holding the bracket: 'Four patients (paracetamol 1, morphine 2, ketorolac 1) were excluded')."""
    start, end = clause_around(sentence, at, at)
    opened = sentence.rfind("(", 0, at)
    if opened > sentence.rfind(")", 0, at) and (listed := IN_BRACKETS.match(sentence, opened)) and \
            BREAKDOWN_ITEM.fullmatch(listed[1].split(",")[0]):
        start, end = clause_around(sentence, opened, opened)[0], clause_around(sentence, *listed.span())[1]
        at = opened
    # (a clause goes on past the brackets it holds: 'three in the X arm (two lost to contact, one withdrew) and two
    # in the Y arm (both relocated) did not complete the 6-month follow-up')
    own_end = end
    while sentence.startswith("(", end) and (closed := sentence.find(")", end)) > 0:
        end = clause_around(sentence, closed + 1, closed + 1)[1]
    # ... or the words of the losses come before it in its part of the sentence ('After exclusion of four women
    # in the TXA group and two in the control group ...'; 'missing for 2 patients in group D, 1 in group O ...')
    # (not 'After excluding those with missing data, 96 and 98 women were analysed'; but 'All but five (two X, three
    # Y) completed ...', whatever words of analysis follow)
    lead = max(EXCLUSION_LEAD.finditer(sentence, sentence.rfind(";", 0, at) + 1, at), key=lambda m: m.start(),
               default=None)
    if lead and (lead[0].lower().startswith("all") or not (
            ENROLMENT.search(sentence, lead.end(), at) or ANALYSED.search(sentence, lead.end(), end))):
        return True
    # (the allocation before the clause's first count: not 'allocated' in 'Five allocated to X and seven ...')
    first = next((m.start() for m in SIZE.finditer(sentence, start, at)), at)
    # (past its own end, not the words inside the brackets: 'Thirty in group A (two excluded) and 28 in group B were
    # analysed')
    beyond = end > own_end and EXCLUSION.search(IN_BRACKETS.sub(lambda m: " " * len(m[0]), sentence), own_end, end)
    return bool(EXCLUSION.search(sentence, at, own_end) or beyond) and not (
        ENROLMENT.search(sentence, start, first) or ANALYSED.search(sentence, start, at))


GROUP_COUNT = re.compile(r"\b(?:equally\s+)?(?:in|into|to|between)\s+(?P<k>two|three|four|five|[2-5])\s+"
                         r"(?:equal\s+|parallel\s+)?(?:groups|arms)\b(?:\s+of\s+equal\s+size\b)?",
                         re.I)  # ('randomised equally to three groups', 'into two groups of equal size')
_COUNT = r"\d+|[A-Za-z]+(?:-[A-Za-z]+)?"  # '50' or 'Fifty'
EQUAL = re.compile(r"\bequal(?:ly)?\b|\b1\s*:\s*1\b", re.I)  # (randomised equally, in a 1:1 ratio)
PER_GROUP = re.compile(rf"(?<![\d.])\b(?P<n>{_COUNT})\s+(?:{PEOPLE}\s+(?:with\s+(?:[\w-]+\s+){{1,3}}?)?)?"
                       r"(?:(?:(?:were|was)\s+(?:\w+\s+){0,2}?)?(?:to|in|into)\s+)?(?P<how>per|in each|each|in every)"
                       r"\s+(?:\w+\s+)?(?:group|arm|device|technique|regimen|strategy)\b|"
                       r"\b(?:two|2|both)\s+groups?\s*\(\s*n\s*=\s*(?P<m>\d+)\s*(?:each|per group)?\s*\)|"
                       rf"\b(?:each|every)\s+(?:group|arm)\s+(?:included|comprised|consisted of|contained|had)\s+(?P<k>{_COUNT})\b|"
                       rf"\b(?:groups|arms)\s*\(\s*(?:n\s*=\s*)?(?P<e>\d+)\s*(?:{PEOPLE}\s*)?(?:each|per group|in each)\s*\)|"
                       r"\b(?:groups|arms)\s+of\s+(?P<g>\d+)\b|"  # 'three equal groups of 25'
                       rf"\b(?P<i>{_COUNT})\s+{PEOPLE}\s+in\s+each(?=\s*[.;,)]|$)|"  # '..., 53 cases in each.'
                       rf"(?<![\d.])\b(?P<t>{_COUNT})\s+to\s+each\b",  # '106 to each antibiotic'
                       re.I)
_PER_GROUP_VALUE = ("n", "m", "k", "e", "g", "i", "t")  # PER_GROUP's alternatives name the number differently


@lru_cache(maxsize=16384)  # every sentence is read for every outcome of a trial
def stated_for_every_group(text: str) -> tuple[tuple[re.Match, str, int], ...]:
    """Each size ``text`` states once for every group: (its match, the number as written, where)."""
    found = []
    for m in PER_GROUP.finditer(text):
        value = next(g for g in _PER_GROUP_VALUE if m[g])
        found.append((m, m[value], m.start(value)))
    return tuple(found)


GAPPED = re.compile(r"\band\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*$")  # the verb of the count before left out
# a bracketed size right before the verb of randomisation: everyone's ('users (N = 90) were randomised')
RANDOMISED_NEXT = re.compile(r"\s*\)?\s*(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly|allocated|assigned)\b",
                             re.I)
TOTAL_AFTER = re.compile(r"^\s*(?:[^\s;]+\s+){0,16}?(?:were|was|are)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly|allocated|"
                         r"assigned|enrolled|included|recruited|divided|studied)", re.I)
_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|or\s+)$", re.I)


@dataclass(frozen=True)
class Allocation:
    """Where each arm stands in the list of every group's allocated size ('42 were allocated to
    placebo, 43 to melatonin 3 mg and 41 to melatonin 6 mg': 6 mg is the third of three)."""

    places: dict[int, int]
    groups: int

    def arm_of_each_group(self) -> list[int | None]:
        """Every group allocated, in order, as the arm it is (None for a group not asked about): '... to
        aerobic exercise (n = 52), yoga (n = 53) or stretching (n = 51)' -> [None, 0, 1]."""
        arm_at = {place: ai for ai, place in self.places.items()}
        return [arm_at.get(k) for k in range(self.groups)]


def allocation_list(doc: Document, arms: list[Arm]) -> Allocation | None:
    """The first sentence about allocation that ties a size to every arm read as a list of all the
    groups' sizes: its numbers of like size (within half and twice the arms'), less the total."""
    for _, sentence in doc.sentences():
        if not ALLOCATION.search(sentence):
            continue
        in_digits = digits_for_words(sentence)
        found = attached_sizes(in_digits, arms)
        attached = {ai: (n, at) for ai, n, at in found}
        if len(attached) != len(arms) or len(found) != len(arms):  # each arm's size once
            continue
        sizes, last = [n for n, _ in attached.values()], max(at for _, at in attached.values())
        alike = [m for m in SIZE.finditer(in_digits) if m.start() <= last  # (not '..., of whom 46 and 45 ...')
                 and min(sizes) / 2 <= int(m.group(1)) <= 2 * max(sizes)]
        values = [int(m.group(1)) for m in alike]
        # not the total ('Of 126 adults'; of two, each is the other's)
        alike = [m for m, n in zip(alike, values) if len(values) < 3 or 2 * n != sum(values)]
        starts = [m.start() for m in alike]
        if all(at in starts for _, at in attached.values()):
            return Allocation({ai: starts.index(at) for ai, (_, at) in attached.items()}, len(alike))
    return None


def arm_order(doc: Document, arms: list[Arm], allocation: Allocation | None) -> list[int] | None:
    """The order in which the document introduces the arms: that of the allocation (of
    :func:`every_group_allocated`) when it lists only ours ('randomised, in a 2 × 2 factorial design,
    to 3 or 7 days of oral amoxicillin' before '148 children allocated to 3 days and 150 allocated to
    7 days'), else that of the first sentence naming them all."""
    if allocation and allocation.groups == len(arms) == len(allocation.places):
        return sorted(allocation.places, key=allocation.places.__getitem__)
    return introduction_order(doc, arms)


def every_group_allocated(doc: Document, arms: list[Arm]) -> Allocation | None:
    """The arms' places among all the groups allocated: from the list of the groups' names or from the list
    of their sizes, whichever finds more groups (a list of names may end early: 'to atropine 0.05%, 0.025% or
    0.01% eye drops, or placebo'; one of sizes may miss a group whose size follows the arms'). Of two lists of
    our arms alone, that of sizes (the names of arms named alike may mislead: 'dry needling (n = 26) or sham
    needling (n = 25) of trigger points')."""
    named, sized = _named_allocation(doc, arms), allocation_list(doc, arms)
    if named and sized and named.groups == sized.groups:
        return named if named.groups > len(arms) else sized
    return max(filter(None, (named, sized)), key=lambda allocation: allocation.groups, default=None)


def _named_allocation(doc: Document, arms: list[Arm]) -> Allocation | None:
    """The arms' places in the first list of at least as many group names as arms after an allocation ('...
    were randomised to a text-message reminder (n = 500), a mailed letter (n = 500) or no reminder')."""
    for _, sentence in doc.sentences():
        names, sizes = _allocated_names(sentence)
        places = list_positions(names, arms) if names else None
        if places and (groups := len(list_items(names))) >= len(arms) and len(sizes) in (0, 1, groups):
            return Allocation(places, groups)  # (not 'a balance and strength programme (n = 101)' as two groups)
    return None


def _allocated_names(sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """The list of group names after a sentence's allocation, and the sizes '(n = 101)', '(HB; 45 patients)'
    after it (with where each stands)."""
    allocated = list(ALLOCATION.finditer(sentence))
    if not allocated:
        return "", []
    listed = GROUP_LIST.search(IN_BRACKETS.sub(" ", sentence[allocated[-1].end():]))
    names = listed["names"] if listed else ""
    if last := LAST_ITEM.search(names):  # (not '..., performed by emergency physicians')
        names = names[:last.end()]
    return names, [(int(m[group]), m.start(group)) for m in LISTED_SIZE.finditer(sentence, allocated[-1].end())
                   for group in (1, 2) if m[group]]


def _sized_names(sentence: str, arms: list[Arm]) -> list[tuple[int, int, int]]:
    """(arm index, size, offset) of the bracket after its item of an allocation's list, when every listed group
    has one: 'randomised to fluticasone 500 µg twice daily started at the onset of an upper respiratory
    tract infection (n = 71) or placebo (n = 69)' (the words before a bracket need not name the arm)."""
    names, sizes = _allocated_names(sentence)
    places = (list_positions(names, arms) if names else None) or {}
    if len(places) != len(arms) or len(sizes) != len(list_items(names)):
        return []
    return [(ai, *sizes[place]) for ai, place in places.items()]


LAST_ITEM = re.compile(r"\b(?:or|and)\b[^,]*", re.I)  # a list's last item, after its 'or' or 'and'
# the names after 'to' ('... to one of three groups: A, B or C', '... to either A or B')
GROUP_LIST = re.compile(r"\b(?:in\s*to|to)\s+(?:(?:one\s+of\s+)?(?:the\s+)?(?:\w+\s+)?(?:groups|arms|strategies)"
                        r"\s*:?\s*)?(?:either\s+)?(?P<names>(?:[^.;:]|(?<=\d)\.(?=\d))+)", re.I)  # ('0.9% saline')


def _respectively_sizes(sentence: str, arms: list[Arm], order: list[int] | None = None,
                        allocation: Allocation | None = None, names_arms: bool = True) -> dict[int, int]:
    """'19 and 23 students completed the EP and CACP programmes, respectively': arm index -> n,
    from the last list of integers and the list of arm names next to it; in a sentence naming no
    arm ('... complete for 198 and 197 women, respectively', or, with ``names_arms`` false, one whose
    words of an arm's name are the outcome's), in ``order``, as the document introduced the arms, or,
    for a list of more groups than ours, in their places in the ``allocation`` list."""
    runs: list[list[re.Match]] = []
    for m in SIZE.finditer(sentence):
        if LABELLED.search(sentence, 0, m.start()):
            continue  # ('At week 12, 55, 57 and 54 patients, respectively, had ...')
        if runs and _LIST_GAP.match(sentence[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    runs = [run for run in runs if len(run) >= 2 and not _measures_listed(sentence, run[-1].end())]
    if not runs:
        return {}
    # the last list in a clause about allocation or analysis ('At 3 months, 58 and 60 women returned
    # questionnaires; pain was reported by 11 (19.0%) and 20 (33.3%), respectively')
    run = next((run for run in reversed(runs) if _counts_people(sentence, run[0].start())), runs[-1])
    if AMONG_ANALYSED.match(sentence, run[-1].end()):
        return {}  # '47 (85.5%), 44 (80.0%) and 48 (87.3%) of the evaluable patients': events among those analysed
    # arms named in an earlier clause about losses name no list item ('Twelve ... in the zinc group and nine ...
    # were lost ..., so the analysis included', 'After exclusion of 6 ... in the X group ..., 94 and 90 ...')
    start = max((m.end() for m in AFTER_LOSSES.finditer(sentence, 0, run[0].end())
                 if LEFT_OUT.search(sentence, 0, m.start())), default=0)
    respectively = RESPECTIVELY.search(sentence)
    after = sentence[run[-1].end():respectively.start() if respectively else len(sentence)]
    before = re.split(r"\b(?:in|for|of|with)\b", sentence[start:run[0].start()])[-1]
    for names in (after, before) if names_arms else ():
        places = list_positions(re.sub(r"^\W*(?:\w+\s+){0,4}?(?:in|for|of|to|into)\s+(?:the\s+)?(?:groups\s+|arms\s+)?",
                                       "", names, flags=re.I), arms)
        if places and max(places.values()) < len(run):
            return {ai: int(run[place].group(1)) for ai, place in places.items()}
    lead = sentence[sentence.rfind(")", 0, run[0].start()) + 1:run[0].start()]  # '147 returned diaries (49, 48 and 50'
    if allocation and len(run) == allocation.groups and (OF_WHOM.search(lead) or (
            lead.rstrip().endswith("(") and ANALYSED.search(lead))):
        return {ai: int(run[place].group(1)) for ai, place in allocation.places.items()}  # '(X n = 51; Y n = 50),
    # of whom 46 and 45, respectively, completed ...'; arms named in a later clause name no list item either ('6MWD
    # was measured in 69 and 68 patients, respectively; 4 patients died (1 exercise, 3 usual care)')
    if names_arms and any(arm.mentions(sentence[start:_clause_end(sentence, run[-1].end())]) for arm in arms):
        return {}
    if order and len(run) == len(arms):
        return {ai: int(m.group(1)) for ai, m in zip(order, run)}
    if allocation and len(run) == allocation.groups > len(arms):
        return {ai: int(run[place].group(1)) for ai, place in allocation.places.items()}
    return {}


def _counts_people(sentence: str, at: int) -> bool:
    """Whether the clause (between semicolons) around offset ``at`` speaks of allocation or analysis."""
    clause = sentence[sentence.rfind(";", 0, at) + 1:_clause_end(sentence, at)]
    return bool(ENROLMENT.search(clause) or ANALYSED.search(clause))


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` ends: the next semicolon, else the sentence's end."""
    end = sentence.find(";", at)
    return end if end >= 0 else len(sentence)


ANALYSED_WORD = r"(?:evaluable|analy[sz]ed|assessed)\b"  # the word calling a number the number analysed
AMONG_ANALYSED = re.compile(rf"\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+of\s+(?:the\s+|all\s+)?{ANALYSED_WORD}", re.I)


def _measures_listed(sentence: str, end: int) -> bool:
    """Whether the list of numbers ending at ``end`` goes on to a number that is no size, so that all are
    measures ('assessed at 6, 12 and 26 weeks')."""
    more = re.match(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?=\d)", sentence[end:])
    return bool(more) and more.end() > 0 and not SIZE.match(sentence, end + more.end())


# clause breaks ('After exclusion of 6 ... and 10 ... who withdrew, 94 and 90 patients were followed')
AFTER_LOSSES = re.compile(r";|,\s+(?:so|thus|hence|and|but|whereas|while)\b|,\s+(?=\d)", re.I)
# '(143, 139 and 141 in groups L, H and P)', '43, 41 and 40 participants in G1, G2 and G3': a list of
# sizes, then the list of the groups they belong to
LIST_THEN_GROUPS = re.compile(r"\d+\s*,\s*\d+\s*,?\s*and\s+\d+\s+(?:\w+\s+)?in\s+(?:the\s+)?(?:(?:groups|arms)\s+\w+|"
                              r"\w+\s*,\s*\w+\s*,?\s*and\s+\w+)", re.I)
IMPUTED = re.compile(r"\bimput(?:ed|ation)\b", re.I)  # missing outcomes imputed ('by multiple imputation')
# 'all randomised patients were included', 'a mixed model including all randomised participants'
EVERYONE_ANALYSED = re.compile(r"\ball\b(?:\s+[\w-]+){0,3}?\s+(?:were\s+)?(?:included|analy[sz]ed)\b|"
                               r"\b(?:includ(?:ed|ing)|analy[sz]ed\s+(?:in|for))\s+all\s+(?:\d+\s+)?randomi[sz]ed\b",
                               re.I)
OF_WHOM = re.compile(r"\bof\s+(?:whom|these|them)\s*,?\s*$", re.I)
# (not the denominator and count of '29 of 59 and 18 of 56')
UNNAMED_PAIR = re.compile(r"(?<![\d.,])(?<!\d of )\b\d+\s+and\s+\d+\b(?![.,]\d|\s+of\s+\d)")
# '...; 33 and 34 completed', '(X 226; Y 224), follow-up was ...', '... were excluded (80 and 77 analysed)'
CLAUSE_OF_ITS_OWN = re.compile(r";|\)\s*,|\(")
# '..., leaving 65 and 64', '..., the remaining 57 and 55', '..., (so) 96 and 98 women were analysed'
LEFT_FOR_ANALYSIS = re.compile(r"\b(?:leaving|the\s+remaining)\s+(\d+)\s+and\s+(\d+)\b|"
                               r",\s+(?:(?:so|thus|therefore|and)\s+)?(\d+)\s+and\s+(\d+)\s+"
                               r"(?:[a-z-]+\s+){0,2}?(?:were|was)\s+"
                               r"(?:analy[sz]ed|included)\b",
                               re.I)
LEAVING = re.compile(r"\bleaving\b|\bthe\s+remaining\b", re.I)


def _sizes_left(sentence: str, arms: list[Arm], order: list[int] | None = None) -> dict[int, int]:
    """'Two women in the PIEB group and one in the CEI group ... were excluded, leaving 65 and 64
    women in the analysis': the sizes left, in the order the sentence named the arms before them
    (in a sentence naming fewer, ``order``, as the document introduced them)."""
    left = LEFT_FOR_ANALYSIS.search(sentence)
    if not left or len(arms) != 2 or any(arm.mentions(sentence[left.end():left.end() + 40]) for arm in arms):
        return {}  # (names after the sizes are read as attached sizes)
    before = sentence[:left.start()]
    # (else as introduced: '3 active and 5 placebo patients were lost ..., and the remaining 57 and 55')
    named = full_naming_order(before, arms, exclusive_mentions(before, arms)) or order
    return dict(zip(named, (int(n) for n in left.groups() if n))) if named else {}


LEFT_OUT = re.compile(r"\b(?:lost to follow-?up|(?:was|were)\s+lost\b|"
                      # '... were not included in the week 12 analysis', 'excluded from the recovery time analysis'
                      # (an efficacy analysis leaves the safety population whole)
                      r"(?:not included in|excluded from) (?:the |all )?(?:(?!efficacy\b)[\w-]+\s+){0,3}?analys[ie]s|"
                      r"(?:were|was) not included(?=\s*[.;]|$)|"  # '... had surgery cancelled and were not included'
                      r"had no (?:evaluable|usable|valid)\b|"  # '... had no evaluable week 6 biopsies'
                      # '... were excluded from the modified intention-to-treat population'
                      r"(?:(?:were|was)\s+)?excluded\s+from\s+the\s+(?:[\w-]+\s+){0,3}(?:population|set)|"
                      r"(?:their )?data were not used|withdr[ae]w|withdrawn|dropped out|(?:were|was) excluded|"
                      r"(?:declined|refused) to (?:provide|give|complete|attend|continue|return)\b|"
                      r"did not provide (?:[\w-]+\s+){0,3}?data\b|"  # '... did not provide valid accelerometer data'
                      r"(?:did not complete|(?:had|have) not completed|failed to complete) (?:the )?(?:[\w-]+\s+){0,2}"
                      r"(?:study|trial|follow-?up|programme|program|intervention|treatment|course|"
                      r"(?:re-?)?assessment|visit|"
                      r"evaluation|diar(?:y|ies)|questionnaires?)|"
                      r"(?:were|was|could)\s+(?:therefore\s+|thus\s+|hence\s+)?not\s+(?:be\s+)?(?:re-?)?"
                      r"(?:assessed|measured)|"  # ('... were discharged before day 3 and were therefore not assessed')
                      # 'Pain data at 24 hours were missing for', 'questionnaires were incomplete for', 'Twelve-month
                      # assessments were missing for'
                      r"(?:data|outcomes?|scores?|values|measurements?|questionnaires?|assessments?|interviews?)\b"
                      r"[^.;]{0,40}?\b(?:were|was) "
                      r"(?:unavailable|not available|missing|incomplete)|dropouts?|"
                      # '... died ... before the 3-month review', '... before day 10'
                      r"died\b[^.;]{0,60}?\bbefore\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:assessment|visit|follow-?up|examination|review|discharge)|(?:day|week|month)\s+\d+)|"
                      r"(?:did not|failed to) (?:attend|return for)|did not undergo(?= (?:the )?(?:[\w-]+\s+){0,3}"
                      r"(?:evaluation|assessment|examination|measurement)s?\b)|"
                      r"did not return (?:their |the )?(?:[\w-]+\s+){0,2}"
                      r"(?:diar(?:y|ies)|questionnaires?|forms?|cards?|actigraphs?|devices?|monitors?)|"
                      r"missed (?:the )?(?:[\w-]+\s+){0,2}"
                      r"(?:assessment|visit|follow-?up|examination|review)|"
                      # 'All but four patients (one IT, one ST, two DT) were assessed at 3 weeks', '... completed'
                      # (a bracket of reasons counts as one step: 'All but five (two ..., whose parents removed them
                      # from the unit early) completed the 72-hour stool collection')
                      r"all\s+but\b(?:\([^()]*\)|[^.;(]){0,80}?\b(?:(?:were|was)\s+(?:assessed|analy[sz]ed|evaluated|"
                      r"included)|"
                      r"completed|attended)|"
                      # 'All families returned for wound review at day 10 except two in the adhesive group and ...'
                      r"\ball\s+(?:[\w-]+\s+){0,2}(?:returned|completed|attended|were\s+(?:assessed|followed))\b"
                      r"[^.;]{0,80}?\bexcept)\b",
                      re.I)


def _losses_listed(sentence: str) -> bool:
    """Whether a 'respectively' list counts losses: words of losses come after the last words of the analysis
    before it ('Patients who withdrew or were lost before day 90 (7 and 4, respectively) were excluded'; not
    '... withdrew before 12 months, so eGFR was available for 69 and 65 patients, respectively')."""
    listed = RESPECTIVELY.search(sentence)
    if not listed:
        return False
    after = RIGHT_AFTER.match(sentence, listed.end()).end()
    if ANALYSED.match(sentence, after):
        return False  # ('... missed the 4-week visit, so 24 and 25 patients, respectively, were analysed')
    subject_end = WHO.match(sentence, after).end()
    if LEFT_OUT.match(sentence, subject_end) or EXCLUSION.match(sentence, subject_end):
        return True  # ('... 118 to a 10-day course; eight and five patients, respectively, were excluded'; '... for 12
        # and 13 participants, respectively, who were excluded from these analyses')
    lost = max((m.end() for m in LEFT_OUT.finditer(sentence, 0, listed.start())), default=-1)
    return lost > max((m.end() for m in ANALYSED.finditer(sentence, 0, listed.start())), default=-1)


RIGHT_AFTER = re.compile(r"\W*(?:were|was)?\s*")
WHO = re.compile(r"(?:who\s+(?:were\s+|was\s+)?)?")
THEY = re.compile(r"\s*(?:they|these|those|both|all of them|th(?:is|at) (?:patient|participant|person|child|"
                  r"infant|woman|man)|(?:s?he|it) was)\b", re.I)  # ('...; this patient was excluded from ...')


def _left_out(sentence: str, arms: list[Arm], order: list[int] | None,
              allocation: Allocation | None = None) -> dict[int, int]:
    """Arm index -> how many of its participants a clause says were left out of the analysis: 'Five
    patients in the colchicine group and eight in the placebo group were lost to follow-up', 'Two
    women in the 12-hour arm withdrew' (none from the arm no clause names; '...; in the IVRA arm two
    were excluded' for the other), '2 and 3, respectively, were withdrawn' (in the order the clause
    names the arms before them, else in the order the document introduced the arms, or, one for each
    of more groups than ours, in the arms' places in the ``allocation``)."""
    clauses = OUTER_SEMICOLON.split(sentence)  # (not inside brackets: '(rice ORS, 3; glucose ORS, 4)')
    lost: dict[int, int] = {}
    for k, clause in enumerate(clauses):
        if leaving := LEAVING.search(clause):  # ('Two infants in the X group were excluded ..., leaving 80')
            clause = clause[:leaving.start()]
        if not LEFT_OUT.search(clause) or ANALYSED.search(LEFT_OUT.sub(" ", clause)):
            continue  # (not a clause about the analysis, other than the one they were left out of)
        if k and THEY.match(clause):  # 'Two ... in the gauze group died and one in ...; they were excluded'
            clause = f"{clauses[k - 1]};{clause}"
        attached = attached_sizes(clause, arms, events=True)
        each = next(((n, at) for _, number, at in reversed(stated_for_every_group(clause))  # (the last: 'Of 136
                     if (n := _count(number))), None)  # randomised (68 per group), two in each arm withdrew')
        if each and attached and all(_in_bracket_after(clause, each[1], at) for _, _, at in attached):
            attached = []  # 'four patients in each group ... (experimental: three discharged, one died; ...)': reasons
        named: dict[int, int] = {}
        for ai, n, _ in attached:  # (the first: 'Two patients in the FIR group (one death, one transplant)' lost two)
            named.setdefault(ai, n)
        named = named or breakdown(clause, arms)
        if not named and each:
            return {ai: each[0] for ai in range(len(arms))}  # 'Eight patients (four in each group) were lost'
        if named and not any(spots for ai, spots in enumerate(exclusive_mentions(clause, arms)) if ai not in named):
            lost = named | lost
            continue
        respectively = RESPECTIVELY.search(clause)
        if not respectively:
            continue
        before = clause[:respectively.start()]
        listed = list(SIZE.finditer(before))
        named_order, named_first = order, bool(listed) and any(arm.mentions(before) for arm in arms)
        if named_first:  # 'Of those randomised to X and to Y, four and seven respectively were lost'
            lead = before[:listed[0].start()]
            named_order = full_naming_order(lead, arms, exclusive_mentions(lead, arms))
            if not named_order or any(arm.mentions(before[listed[0].start():]) for arm in arms):
                continue
        groups = allocation.groups if allocation and not named_first and len(listed) >= allocation.groups > len(arms) \
            else len(arms)
        listed = listed[-groups:]
        run = [int(m.group(1)) for m in listed] if all(  # the list right before 'respectively' ('... before
            _LIST_GAP.match(clause[a.end():b.start()]) for a, b in zip(listed, listed[1:])) else []  # day 90 (7 and 4')
        if len(run) == groups > len(arms):  # 'Two, three and one infants, respectively, were withdrawn'
            return {ai: run[place] for ai, place in allocation.places.items()}
        if named_order and len(run) == len(arms):
            return dict(zip(named_order, run))
    return {ai: lost.get(ai, 0) for ai in range(len(arms))} if lost else {}


def _in_bracket_after(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside a bracket of ``text`` that opens after ``start``."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and ")" not in text[opened:at]


# ('... for all patients receiving study medication (ziprasidone, 136; olanzapine, 133)': a safety population)
ANALYSIS_SET = re.compile(r"\b(?:population|set|cohort|sample|(?:receiving|who\s+(?:received|took|started))\s+"
                          r"(?:(?:the\s+)?(?:study|trial)\s+(?:medication|drugs?|treatment)|"
                          r"at\s+least\s+one\s+dose(?:\s+of\s+(?:the\s+)?(?:study\s+)?[\w-]+)?))\s*$", re.I)
COUNT_BEFORE = re.compile(r"(?<![\d.,])\b\d+\s*$")  # a count right before its breakdown by arm
# a total as a denominator ('Of 140 patients (MMF 71, IVC 69), ...') before a breakdown by arm
DENOMINATOR = re.compile(rf"\b(?:of|among)\s+(?:the\s+|all\s+)?\d+\s+(?:{PEOPLE})"
                         rf"(?:\s+(?:randomi[sz]ed|allocated|enrolled|included))?\s*$", re.I)
# 'upright 5', 'rice ORS, 3', 'four multitarget'
BREAKDOWN_ITEM = re.compile(r"\s*(?:and\s+)?(?:(?P<name>[^()\d;,]{2,40}?)\s*[:,]?\s*(?P<n>\d+)|"
                            r"(?P<count>\d+)\s+(?:in\s+(?:the\s+)?)?(?P<named>[^()\d;,]{2,40}?))\s*")


def _breaks_down_analysed(text: str, bracket: re.Match) -> bool:
    """Whether ``bracket`` breaks down the count right before it, which words of analysis follow within a few
    characters ('91 (LCD 46, SCD 45) completed the study')."""
    if not COUNT_BEFORE.search(text, 0, bracket.start()):
        return False
    after = ANALYSED.search(text, bracket.end(), bracket.end() + 40)
    return bool(after and after.start() - bracket.end() <= 12)


def breakdown(clause: str, arms: list[Arm]) -> dict[int, int]:
    """'Twelve women (upright 5, recumbent 7) ... were excluded', 'Four patients (paracetamol 1, morphine 2,
    ketorolac 1) were excluded': arm index -> its part of a count (a third group's part is left)."""
    for bracket in IN_BRACKETS.finditer(clause):
        items = [BREAKDOWN_ITEM.fullmatch(part) for part in bracket[1].split(";" if ";" in bracket[1] else ",")]
        if len(items) < 2 or not all(items):
            continue
        owners = [(named_arm(item["name"] or item["named"], arms), int(item["n"] or item["count"])) for item in items]
        named = {ai: n for ai, n in owners if ai is not None}
        if len(named) == len(arms) == sum(ai is not None for ai, _ in owners):
            return named
    return {}


@dataclass(frozen=True)
class GroupSizes:
    """Each arm's size (arm index -> n), where it was read, flags, and whether the sizes are an
    assumption (a total split equally) rather than numbers the text states."""

    by_arm: dict[int, int]
    provenance: list[str]
    flags: list[str]
    assumed: bool = False


def _table_sizes(layouts: list[Layout], arms: list[Arm], best: dict[int, tuple[float, int, str]]) -> None:
    """Sizes the tables give: arm column headers ('Needling (n = 20)'), arm row labels
    ('Intervention (n = 125)') and captions ('the intervention group (I; n = 104)')."""
    for layout in layouts:
        table, columns = layout.table, layout.columns
        for ai, cols in columns.items():
            stated = [n for col in cols if (n := column_size(table, col))]
            if stated:  # the last of the arm's columns: at follow-up rather than at entry
                _keep(best, ai, 3.0, stated[-1], f"{table.name} header")
        for row in table.body if columns else []:  # a row of sizes under the arms: 'n | 30 | 30'
            if row and SIZE_ROW.match(row[0]):
                for ai, cols in columns.items():
                    if cols[0] < len(row) and row[cols[0]].strip().isdigit():
                        _keep(best, ai, 3.0, int(row[cols[0]]), f"{table.name}, row '{row[0]}'")
                break
        for ai, n, _ in attached_sizes(table.caption, arms):  # 'Pain (needling n = 30; sham n = 30)'
            _keep(best, ai, 2.5, n, f"{table.name} caption")
        if len(columns) < len(arms):
            for ai, n in row_sizes(table, layout.rows).items():
                _keep(best, ai, 3.0, n, f"{table.name}, row of the arm")
        for ai, n in caption_sizes(table, arms).items():
            _keep(best, ai, 2.5, n, f"{table.name} caption")


def group_sizes(doc: Document, arms: list[Arm], layouts: list[Layout], allocation: Allocation | None,
                order: list[int] | None, losses: bool = True) -> GroupSizes:
    """Each arm's size from the tables and sentences (the strongest reading per arm), less the losses the
    text tells (unless ``losses`` is False); failing that, the whole sample of a within-subject design, or a
    total split equally (an assumption). ``layouts``, ``allocation`` and ``order``: the tables as laid out for
    these arms, the groups allocated and the order of the arms, as :class:`~pipeline.extract.ico.Comparison`
    works them out."""
    best: dict[int, tuple[float, int, str]] = {}
    _table_sizes(layouts, arms, best)
    totals = []
    for section, sentence in doc.sentences():
        analysed, enrolment = bool(ANALYSED.search(sentence)), bool(ENROLMENT.search(sentence))
        if analysed and not losses and not ALLOCATION_WORDS.search(sentence):
            continue  # (those who stayed are not the arms' sizes before their losses)
        weight = {"methods": 1.0, "results": 1.1, "abstract": 0.9}.get(section, 0.7)
        weight += 0.7 if analysed else 0.5 if enrolment else 0.0
        in_digits = digits_for_words(sentence)  # 'Thirty patients received needling and twenty-nine ...'
        if analysed:  # '299 completed the EPDS (intervention 148/160; usual care 151/158)': those analysed of each arm
            in_digits = ANALYSED_OF.sub(lambda m: m[1].ljust(len(m[0])) if int(m[1]) <= int(m[2]) else m[0], in_digits)
        listed = _respectively_sizes(in_digits, arms, order, allocation) if (
            RESPECTIVELY.search(sentence) or LIST_THEN_GROUPS.search(in_digits)) and (
            enrolment or analysed) and not _losses_listed(in_digits) else {}
        # (not 'seen in 6 and 3, respectively', nor '... were lost (7 and 4, respectively)')
        listed = listed or _sizes_left(in_digits, arms, order)
        # '35 were assigned to X and 35 to Y; 33 and 34 patients completed the study', '(X 226; Y 224), 30-day
        # follow-up was completed in 214 and 209 patients': a clause of its own naming no arm, in the order the
        # arms were introduced (not after 'all were included in the analysis': then it counts completers); the
        # first clause only when the pair is the subject or object of the analysis ('At 4 weeks, 101 and 97
        # participants provided pain data', 'Thus 73 and 72 patients were included in the analysis')
        listed = listed or next((found for k, clause in enumerate(CLAUSE_OF_ITS_OWN.split(in_digits))
                                 if len(UNNAMED_PAIR.findall(clause)) == 1 and ANALYSED.search(clause)
                                 and (k or _pair_analysed(clause)) and not EVERYONE_ANALYSED.search(in_digits)
                                 and not _losses_listed(clause)
                                 and (found := _respectively_sizes(clause, arms, order, allocation))), {})
        for ai, n in listed.items():
            _keep(best, ai, weight + 0.3, n, sentence)
        # 'In the on-treatment population (febuxostat 2514, allopurinol 2509), ...': an analysis set's breakdown;
        # 'Of 140 patients (MMF 71, IVC 69), ...': the arms' shares of a total
        broken_down = []  # (where those breakdowns stand)
        for m in IN_BRACKETS.finditer(in_digits):
            of_analysed = ANALYSIS_SET.search(in_digits, 0, m.start()) or _breaks_down_analysed(in_digits, m)
            kind = of_analysed or DENOMINATOR.search(in_digits, 0, m.start())
            parts = breakdown(m[0], arms) if kind else {}
            for ai, n in parts.items():
                _keep(best, ai, weight + (0.7 if of_analysed else 0.0), n, sentence)
            if parts:
                broken_down.append(m.span())
        # (an allocation's list with a size after each item first: its items tell the arms apart best)
        attached = [] if listed else _sized_names(in_digits, arms) or attached_sizes(in_digits, arms)
        # ... and the sizes after a denominator's breakdown are those of a part of it ('Of 130 patients randomised
        # (IG 66, CG 64), 61 IG and 58 CG patients were assessed')
        outside = [found for found in attached if not any(a <= found[2] < b for a, b in broken_down)]
        attached = outside if {ai for ai, _, _ in outside} == set(range(len(arms))) else attached
        if len(attached) > len(arms):  # not the total ('Eighty patients receiving radiotherapy ..., forty to honey
            # and forty to standard care')
            attached = [found for found in attached if 2 * found[1] != sum(n for _, n, _ in attached)]
        # '... were excluded (two CHX, three control), leaving 63 ... and 62 ...', 'After exclusion of ... (X 8,
        # Y 10), the modified intention-to-treat population comprised 194 X and 192 Y patients'
        left = LEAVING.search(in_digits) or next(reversed(list(ANALYSED.finditer(in_digits))), None)
        if left and {ai for ai, _, at in attached if at > left.start()} == set(range(len(arms))):
            attached = [(ai, n, at) for ai, n, at in attached if at > left.start()]
        if analysed:  # 'Diary cards were returned for 131 of the 135 infants in the X group'
            attached = [(ai, _part_of(in_digits, n, at), at) for ai, n, at in attached]
        for ai, n, _ in attached:
            _keep(best, ai, weight + 0.3, n, sentence)
        for ai, n in _completers(in_digits, arms).items():
            _keep(best, ai, weight + 0.4, n, sentence)
        per_group = stated_for_every_group(in_digits)
        # 'Six patients (three per group) were excluded ..., leaving 57 patients per group', 'One runner in each
        # group withdrew ..., so 21 runners per group were analysed': the counts before are losses
        cut = LEAVING.search(sentence)
        if not cut and (lost := LEFT_OUT.search(sentence)) and any(found[2] > lost.start() for found in per_group):
            cut = lost  # (only with a count after the losses: not 'Twenty per group were randomised; two withdrew')
        if cut:
            per_group = [found for found in per_group if found[2] > cut.start()]
        per_group = [found for found in per_group if not _lost_count(in_digits, found[2])]
        each, each_at = next(((n, at) for m, number, at in per_group
                         if (m["n"] is None or m["how"].lower() == "per" or enrolment or analysed
                             or OF_THE.search(sentence[:m.start()]))
                         and (n := _count(number))), (None, 0))
        if each:  # '20 per group', 'Fifty patients were allocated to each arm', 'Of 50 patients in each
            # group', 'each arm included 50' (not 'Five patients in each group had a stroke'); after words of
            # analysis, above the allocation's sizes before them ('Of 292 randomised (145 X, 147 Y), 284 ... were
            # included in the modified intention-to-treat population (142 per group)')
            after_analysis = any(m.end() <= each_at for m in ANALYSED.finditer(in_digits))
            for ai in range(len(arms)):
                _keep(best, ai, weight + (0.4 if after_analysis else 0.2), each, sentence)
        counts = [c for c in find_counts(in_digits) if not any(c.start <= pos < c.end for _, _, pos in attached)]
        for c in counts:
            if c.kind == "people" and TOTAL_AFTER.match(sentence[c.end:]) and enrolment:
                totals.append((1.0 + (section == "results"), int(c.values[0]), sentence))
        for ai, n, _ in [] if listed else _stated_n(counts, arms, sentence):
            _keep(best, ai, weight, n, sentence)
    whole = _within_subject_sample(doc, arms) if len(best) < len(arms) else None
    split = _equal_split(totals, best) if len(arms) == 2 and len(best) < 2 and not whole else None
    if split and split.stated:  # 'One hundred men were randomised equally to ...': the split, less its losses
        for ai in range(2):
            _keep(best, ai, 0.0, split.each, split.sentence)
    if losses:
        _subtract_losses(doc, arms, order, allocation, best)
    chosen = {ai: v for ai, (_, v, _) in best.items()}
    provenance = sorted({s for _, _, s in best.values()})
    if whole:
        n, sentence = whole
        return GroupSizes({ai: n for ai in range(len(arms))}, [sentence],
                          ["within-subject design: every participant in each condition"])
    if split and not split.stated:
        return GroupSizes({0: split.each, 1: split.each}, provenance + [split.sentence],
                          [f"group sizes assumed equal (the total over {split.groups} groups)"], assumed=True)
    return GroupSizes(chosen, provenance, [])


@dataclass(frozen=True)
class EqualSplit:
    """A total enrolled shared equally by ``groups`` groups: stated ('randomised in equal numbers') or assumed."""
    each: int
    sentence: str
    stated: bool
    groups: int


def _equal_split(totals: list[tuple[float, int, str]], best: dict[int, tuple[float, int, str]]) -> EqualSplit | None:
    """The likeliest total of a trial's enrolment shared equally, when it splits evenly and agrees with the one
    size found."""
    if not totals:
        return None
    _, total, sentence = max(totals)
    count = GROUP_COUNT.search(sentence)
    groups = 2 if not count else int(count["k"]) if count["k"].isdigit() else words_to_int(count["k"])
    if not groups or total % groups or any(v != total // groups for _, v, _ in best.values()):
        return None
    # 'randomized into two equal groups', 'allocated in equal numbers to the two groups'
    return EqualSplit(total // groups, sentence, bool(EQUAL.search(count.group(0) if count else sentence)), groups)


def _pair_analysed(clause: str) -> bool:
    """Whether the clause's pair of numbers is what its words of analysis are about: their subject ('73 and
    72 patients were included in the analysis') or object ('available for 590 and 571 pairs'), not a count
    after them ('Of those analysed, 12 and 15 had ...')."""
    pair = UNNAMED_PAIR.search(clause)
    return any(0 <= m.start() - pair.end() <= 40 or re.fullmatch(r"[^,;]{0,20}?\b(?:for|from|in)\s+|\s*",
                                                                  clause[m.end():pair.start()])
               for m in ANALYSED.finditer(clause))


def _completers(sentence: str, arms: list[Arm]) -> dict[int, int]:
    """Those of one arm analysed, in a clause naming that arm alone with its allocated number and then
    a smaller one ('44 were allocated to music, of whom 41 completed both measurements; of the 44
    allocated to standard care, 43 completed ...')."""
    out = {}
    for clause in sentence.split(";"):
        sizes = list(SIZE.finditer(clause))
        if len(sizes) != 2 or not ALLOCATION.search(clause) or not ANALYSED.search(clause, sizes[1].end()):
            continue
        allocated, kept = (int(m.group(1)) for m in sizes)
        named = [ai for ai, spots in enumerate(exclusive_mentions(clause, arms)) if spots]
        if kept <= allocated and len(named) == 1:
            out[named[0]] = kept
    return out


# ('25 patients analysed', '29 participants in the sham group who were followed up')
ANALYSED_AFTER = re.compile(rf"\d+\s+(?:{PEOPLE}\s+)?(?:{ANALYSED_WORD}|(?:in\s+the\s+(?:[\w-]+\s+){{1,3}}?)?"
                            r"who\s+(?:were|was)\s+(?:followed\s+up|analy[sz]ed|assessed|evaluated)\b)", re.I)


def _part_of(text: str, n: int, at: int) -> int:
    """The part of an arm's size ``n`` (at offset ``at``) that a number before it names: '131 of the 135'
    (not '21 of 198 analysed participants' nor '15 of the 25 patients analysed': 25 were analysed, 15 had the
    event)."""
    part = PART_OF.search(text, 0, at)
    return int(part[1]) if part and int(part[1]) < n and not ANALYSED_AFTER.match(text, at) else n


def _lost_count(sentence: str, at: int) -> bool:
    """Whether the count at ``at`` is of those left out: words of losses follow it in its clause, with no
    other number, bracket's end nor words of allocation or analysis between ('Five patients in each group died
    or ... did not complete the study'; not '(38 per group), two in the HD group and four ... did not attend')."""
    lost = LEFT_OUT.search(sentence, at, _clause_end(sentence, at))
    between = sentence[at:lost.start()] if lost else ""
    return bool(lost) and not ENROLMENT.search(between) and not re.search(r"[\d)]", between.lstrip("0123456789"))


def _stated_n(counts: list[Found], arms: list[Arm], text: str) -> list[tuple[int, int, int]]:
    """(arm index, n, offset) of each 'n =' among ``counts`` in the clause naming one arm of ``text``
    ('dry needling group: mean 3.1, SD 1.6, n = 16')."""
    stated = [c for c in counts if c.kind == "n"  # (not everyone: 'Children (N = 40) were randomly assigned to')
              and not RANDOMISED_NEXT.match(text, c.end)]
    return [(ai, int(stated[vi].values[0]), stated[vi].start)
            for ai, vi in assign_values([(c.start, c.end) for c in stated], arms, text).items()] if stated else []


AVAILABLE = re.compile(r"\b(?:was|were)\s+available\s+for\b", re.I)


MISSING_FOR = re.compile(r"\b(?:was|were)\s+(?:unavailable|not\s+available|missing|"
                         r"not\s+(?:measured|recorded|obtained))\s+(?:for|in)\b", re.I)


def outcome_sizes(doc: Document, arms: list[Arm], outcome: OutcomeSpec, sizes: GroupSizes, order: list[int] | None,
                  allocation: Allocation | None) -> GroupSizes | None:
    """Sizes a sentence about the analysis of this outcome ties to every arm ('Fifty-seven subjects were
    assessed for CTT (placebo, n = 28; RMD, n = 29)'): the sentence naming the outcome best, each size no
    more than the arm's size and at least half of it (not counts of events); failing that, one naming the
    outcome's time point alone ('At 12 weeks, 33, 34 and 30 patients, respectively, completed the outcome
    assessment'). ``order`` (:func:`arm_order`) and ``allocation`` (:func:`every_group_allocated`) place a
    'respectively' list that names no arm."""
    best, best_score = None, 0.0
    for _, sentence in doc.sentences():
        in_digits = digits_for_words(sentence)  # ('Twelve-week data were ...')
        # the outcome missing for some of each arm ('6-h lactate was unavailable for 3 LTOWB and 4 COMP patients';
        # not data missing altogether, which the sizes have lost already)
        if (missing := MISSING_FOR.search(in_digits)) and not LEFT_OUT.search(sentence) and \
                (score := outcome.score(in_digits[:missing.start()])) > best_score and \
                (rest := _rest_of_each(in_digits[missing.end():], arms, sizes)):
            best, best_score = GroupSizes(rest, [sentence], []), score
            continue
        available = AVAILABLE.search(sentence)  # ('At week 12, serum phosphate was available for 58 patients ...')
        denominators = _stated_denominators(in_digits, arms, order)
        if not (ANALYSED.search(sentence) or available or denominators):
            continue
        times = days_named(in_digits)
        score = outcome.score(sentence) or (0.01 if outcome.days and times == outcome.days else 0.0)
        # of pairs at several times, the one at the outcome's ('55 and 54 completed the 3-month assessment and 49
        # and 51 completed the 6-month assessment'; 'Of 512 randomised (258 X, 254 Y), 226 and 219 completed the
        # 3-month questionnaire and 211 and 205 the 12-month questionnaire')
        several = bool(outcome.days) and outcome.days < times
        if not score and several:
            score, by_arm = 0.005, _pair_at(outcome.days, in_digits, arms, order)
        elif score > best_score:
            by_arm = denominators or (_pair_at(outcome.days, in_digits, arms, order) if several else {})
            if not by_arm:
                found = attached_sizes(in_digits, arms, counting=bool(available))
                if len(found) != len(arms):  # ('(placebo, n = 28; RMD, n = 29)')
                    found = _stated_n(find_counts(in_digits), arms, in_digits)
                by_arm = {ai: n for ai, n, _ in found} if len(found) == len({ai for ai, _, _ in found}) else {}
            if len(by_arm) != len(arms) and RESPECTIVELY.search(sentence):  # ('Hb was available for 84 and 78
                by_arm = _respectively_sizes(in_digits, arms, order, allocation,  # women, respectively'; 'Screen
                                             not arms_named_only_in_outcome(sentence, arms, outcome))  # time was
                # available for 204 and 198 children, respectively' beside a screen-time programme)
            by_arm = by_arm or _sizes_left(in_digits, arms, order)  # ('... did not complete the 12-week
            # assessment, leaving 43 and 41 women, respectively, for the primary analysis')
        if score <= best_score:
            continue
        if len(by_arm) == len(arms) and all(
                sizes.by_arm.get(ai, n) / 2 <= n <= sizes.by_arm.get(ai, n) for ai, n in by_arm.items()):
            best, best_score = GroupSizes(by_arm, [sentence], []), score
    return best


# (in a sentence with its numbers in digits, thousands without separators: :func:`digits_for_words`)
# 'Among the 734 and 741 infants with a 6-month PCR result, 9 and 21 ...': the denominators, in the arms' order
AMONG_PAIR = re.compile(rf"\bamong\s+(?:the\s+|all\s+)?(?P<a>\d+)\s+and\s+(?P<b>\d+)\s+(?:{PEOPLE})\b", re.I)
# '... among the 198 children assessed in the DP arm': one arm's denominator
AMONG_EACH = re.compile(rf"\bamong\s+(?:the\s+|all\s+)?(?P<n>\d+)\s+(?:{PEOPLE})\s+(?:[\w-]+\s+){{0,3}}?"
                        r"in\s+the\s+(?P<name>(?:[\w-]+\s+){1,3}?)(?:group|arm)\b", re.I)


# 'Among those with at least one post-baseline examination (perphenazine 121; olanzapine 126)', 'Among patients
# receiving ...': each arm's (those the analysis kept, not a subgroup: 'Among nulliparous women (upright n = 92, ...)')
AMONG_BRACKET = re.compile(rf"\bamong\s+(?:those|(?:all\s+|the\s+)?(?:\d+\s+)?{PEOPLE})\s+"
                           r"(?:with|who|whose|that|\w+ing|\w+ed)\b[^.;()]{0,80}\([^()]*\)", re.I)


TIME_LEAD_BRACKET = re.compile(r"\W*(?:at|by|after|on)\s+(?P<time>[^(),;]{2,30}?)\s*(?P<bracket>\([^()]*\))", re.I)


def _stated_denominators(sentence: str, arms: list[Arm], order: list[int] | None) -> dict[int, int]:
    """Arm index -> the denominator a sentence about an outcome gives every arm after 'among': a pair naming
    no arm, in ``order`` ('Among the 118 and 121 children who were febrile at enrolment, ...'), a bracket naming
    every arm, or one for each arm it names ('among the 198 children assessed in the DP arm and ... among the
    195 ... in the AL arm'); or in a bracket naming every arm after the time the sentence opens with ('At 12
    months (HAT n = 177, MMT n = 162), mean scores were ...')."""
    if (timed := TIME_LEAD_BRACKET.match(sentence)) and days_named(timed["time"]) and \
            len(counts := breakdown(timed["bracket"], arms)) == len(arms):
        return counts
    if "among" not in sentence.lower():
        return {}  # (most sentences: spared the two searches)
    if (pair := AMONG_PAIR.search(sentence)) and order and len(arms) == 2:
        return dict(zip(order, (int(pair["a"]), int(pair["b"]))))
    if (lead := AMONG_BRACKET.search(sentence)) and (counts := breakdown(lead[0], arms)):
        return counts
    each: dict[int, int] = {}
    for m in AMONG_EACH.finditer(sentence):
        if (ai := named_arm(m["name"], arms)) is not None:
            each.setdefault(ai, int(m["n"]))
    return each if len(each) == len(arms) else {}


def _rest_of_each(text: str, arms: list[Arm], sizes: GroupSizes) -> dict[int, int]:
    """Arm index -> its size less the count ``text`` ties to it ('... for 3 LTOWB and 4 COMP patients'), when
    it ties one to every arm of a known size, each less than half of it."""
    lost = {ai: n for ai, n, _ in attached_sizes(text, arms, events=True)}
    if sizes.assumed or len(lost) != len(arms) or any(n >= sizes.by_arm.get(ai, 0) / 2 for ai, n in lost.items()):
        return {}
    return {ai: sizes.by_arm[ai] - n for ai, n in lost.items()}


def _pair_at(days: frozenset[float], sentence: str, arms: list[Arm], order: list[int] | None) -> dict[int, int]:
    """Of pairs of sizes naming no arm, each before its own time point ('55 and 54 completed the 3-month
    assessment and 49 and 51 completed the 6-month assessment'), the one at ``days``, in ``order``."""
    pairs = list(UNNAMED_PAIR.finditer(sentence))
    if not days or not order or len(arms) != 2 or len(pairs) < 2:
        return {}
    ends = [m.start() for m in pairs[1:]] + [len(sentence)]
    at = [m for m, end in zip(pairs, ends) if days_named(sentence[m.end():end]) == days]
    if len(at) != 1 or any(arm.mentions(sentence[pairs[0].start():]) for arm in arms):
        return {}
    return dict(zip(order, map(int, at[0][0].split(" and "))))


def everyone_analysed(doc: Document) -> bool:
    """Whether the text says that everyone randomised was analysed."""
    return any(EVERYONE_ANALYSED.search(sentence) for _, sentence in doc.sentences())


def _subtract_losses(doc: Document, arms: list[Arm], order: list[int] | None, allocation: Allocation | None,
                     best: dict[int, tuple[float, int, str]]) -> None:
    """Allocated sizes less the participants the text says each arm lost before the analysis, when
    every arm's size comes from a sentence (not from one about the analysis, nor from a table): about
    allocation, or an abstract's 'Interventions: ... (n = 40) or ... (n = 40)'. Only losses told from the
    first of those sentences on: those told before it are already out of its sizes ('One runner in each group
    withdrew. ... in one of thirty-four runners in the needling group')."""
    sentences = [sentence for _, sentence in doc.sentences()]
    if len(best) != len(arms) or any(_about_analysis(span) or span not in sentences for _, _, span in best.values()):
        return
    everyone = everyone_analysed(doc)
    imputed = any(IMPUTED.search(sentence) for sentence in sentences)
    first = min(sentences.index(span) for _, _, span in best.values())
    for sentence in sentences[first:]:
        if not LEFT_OUT.search(sentence) or KEPT_IN.search(sentence) or \
                everyone and ("pp" in qualifiers_of(sentence) or imputed):
            continue  # (those left out of a per-protocol population, or with missing data imputed, are in an analysis
            # of everyone randomised; so are those a sentence keeps in: '... were lost to follow-up; they were
            # censored at their last visit and included in the analysis')
        # ('and one in the placebo group')
        lost = _left_out(digits_for_words(sentence, smallest=1), arms, order, allocation)
        if len(lost) == len(arms) and all(best[ai][1] > n for ai, n in lost.items()):
            for ai, n in lost.items():
                weight, size, span = best[ai]
                best[ai] = (weight, size - n, span if span == sentence else f"{span} | {sentence}")
            return


KEPT_IN = re.compile(r"\b(?:(?:were|was)\s+(?:still\s+)?censored|(?:and|but)\s+(?:were\s+)?included\s+in\s+the\s+"
                     r"(?:[\w-]+\s+)?analys[ie]s|"
                     # '..., counting those lost to follow-up as smokers', '... assumed to have relapsed'
                     r"(?:counted|counting|assumed|considered|classified|treated)\b[^.;]{0,40}?\b(?:as|to\s+have))\b",
                     re.I)
CONDITION_ARM = re.compile(r"^\s*(?:pre|post|before|after)\b|\bconditions?\b|\bat rest\b", re.I)
WITHIN_SUBJECT = re.compile(r"\bcross-?over\b|\bcounterbalanced\b|\bwithin-subjects?\b|\bquasi[- ]experimental\b|"
                            r"\b(?:single|one)[- ]group\b|\border\b[^.]{0,40}\brandom|\brandom(?:i[sz]ed)?\s+order\b",
                            re.I)
GROUPS = re.compile(r"(?<!age )\bgroups?\b", re.I)


def _about_analysis(sentence: str) -> bool:
    """Whether a sentence gives the numbers analysed: not only those left out of an analysis ('... 9 and 5 were
    excluded from the modified intention-to-treat population'), unless the sizes left follow ('... excluded from
    the per-protocol population (robotic 190, laparoscopic 187)')."""
    lost = [(m.start(), m.end()) for m in LEFT_OUT.finditer(sentence)]
    return any(not (inside := [end for start, end in lost if start <= m.start() < end])
               or re.match(r"\s*\(\s*[\w-]+\s+\d", sentence[inside[0]:]) for m in ANALYSED.finditer(sentence))


def _within_subject_sample(doc: Document, arms: list[Arm]) -> tuple[int, str] | None:
    """(the whole sample, its sentence) when the arms are conditions that every participant went
    through: a crossover, a randomised order of conditions, a before/after design. Only for texts
    that never speak of groups (a crossover of randomised groups has per-group sizes). The sample is
    the first count of people of the abstract or methods (of the text, when it has neither), or those
    of it analysed, when a later count says so ('fifteen women were recruited ...; one withdrew, so
    fourteen completed both conditions')."""
    sentences = doc.sentences()
    if any(GROUPS.search(s) for _, s in sentences):
        return None
    conditions = any(CONDITION_ARM.search(arm.label) for arm in arms)
    if not (conditions or any(WITHIN_SUBJECT.search(s) for _, s in sentences)):
        return None
    opening = [k for k, (section, _) in enumerate(sentences) if section in ("abstract", "methods")] or \
        range(len(sentences))
    for k in opening:
        if counts := [c for c in find_counts(sentences[k][1]) if c.kind == "people"]:
            sample = int(counts[0].values[0])
            return next(filter(None, (_analysed_of(sample, s) for _, s in sentences[k:])), (sample, sentences[k][1]))
    return None


PEOPLE_WHO = re.compile(r"(?:[\w-]+\s+){1,2}who\s")  # 'ten participants who ...'


def _analysed_of(sample: int, sentence: str) -> tuple[int, str] | None:
    """(those analysed, the sentence) when ``sentence`` calls a count of fewer than the sample, but at least
    half of it, those analysed: 'so fourteen completed both conditions', 'leaving nineteen for analysis',
    'reported for the ten participants who completed all three trials'."""
    in_digits = digits_for_words(sentence)
    for m in SIZE.finditer(in_digits):
        words = in_digits[m.end():m.end() + 40].lstrip()
        said = ANALYSED.match(words) or (PEOPLE_WHO.match(words) and ANALYSED.search(words)) or \
            LEAVING.search(in_digits, max(0, m.start() - 12), m.start())
        if said and sample / 2 <= int(m[1]) < sample:
            return int(m[1]), sentence
    return None


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else words_to_int(text)


def _keep(best: dict, ai: int, weight: float, value: int, span: str) -> None:
    if 2 <= value <= 100000 and (ai not in best or weight > best[ai][0]):
        best[ai] = (weight, value, span)
