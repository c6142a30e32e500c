"""PubMed Central full texts (JATS XML) and other article texts as one document model.

A :class:`Document` is the abstract and body as labelled passages plus the tables, each table
expanded to a grid (``colspan``/``rowspan`` repeated into every cell they cover) with its
label, caption and footnotes. :func:`read_jats` accepts a whole ``<article>`` (efetch ``db=pmc``
answers, possibly inside ``<pmc-articleset>``) and the fragment form used by the extraction
benchmark (``<abstract>`` and ``<sec>`` elements without the article wrapper).
:func:`read_markdown` reads the benchmark's Markdown texts (sections start with ``#``).

Articles whose publisher does not allow XML download come back from efetch as a stub that says
so: such a document has ``available = False``.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lxml import etree

from pipeline.errors import PipelineError
from pipeline.eutils import safe_parser
from pipeline.extract.numbers import normalize, normalize_chars
from pipeline.storage import atomic_write_bytes

# fragments use these prefixes without declaring them; a whole article declares them again (harmless)
JATS_WRAPPER = (b'<document xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" '
                b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ali="http://www.niso.org/schemas/ali/1.0/">')
STUB_MARKERS = ("does not allow downloading of the full text", "not allow downloading")
_ABBREVIATIONS = re.compile(r"(?:\b(?:vs|et al|e\.g|i\.e|approx|Fig|Figs|Tab|no|No|ref|cf|resp|St|Dr)\.|"
                            r"(?<![\d/])(?<!\d )\b(?:min|max|mo|wk|yr)\.)$")  # (a unit ends its sentence: '2 L/min.')


@dataclass
class Passage:
    section: str  # abstract | methods | results | discussion | other
    text: str

    def __post_init__(self) -> None:  # one form for every reader: '−3.1' is '-3.1' wherever the text came from
        self.text = normalize(self.text)


TABLE_NUMBER = re.compile(r"\s*Table\s+(\d+)\b", re.I)
TABLES_NAMED = re.compile(r"\bTables?\s+(\d+)(?:\s*(?:and|,|-|–)\s*(\d+))?")
# a sentence saying what a table's values are: 'means with standard errors', 'mean (SE)', 'mean ± SEM', 'means
# with 95% confidence intervals'
VALUES_ARE = re.compile(r"\bmeans?(?:\s+[\w-]+){0,3}?\s*(?:\(\s*|±\s*|with\s+(?:their\s+)?)"
                        r"(?:SEM?\b|standard errors?|(?:95\s*%\s*)?(?:CIs?\b|confidence intervals?))", re.I)


NOTE_ROW = re.compile(r"\s*(?:[a-z*†‡§]\s+)?(?:values|data|results|figures)\s+(?:are|were|is|shown|expressed)\b", re.I)


@dataclass
class Table:
    label: str
    caption: str
    header: list[list[str]]
    body: list[list[str]]
    footnotes: str = ""
    legend: str = ""  # what the text says of its values: 'Values in Table 2 are means with standard errors'

    def __post_init__(self) -> None:
        _spread_group_labels(self.header)  # every column under a spanning label carries it
        # a note written as a row of its own ('Values are mean ± SEM.' alone in the first cell) is a footnote,
        # once (a table built again from this one, as with its first body rows as header, has it already)
        notes = [row[0] for row in self.body if row and NOTE_ROW.match(row[0]) and row[0] not in self.footnotes
                 and not any(cell.strip() for cell in row[1:])]
        self.footnotes = " ".join([self.footnotes, *notes]).strip()
        _define_codes(self.header, f"{self.caption}. {self.footnotes}")

    @property
    def name(self) -> str:
        return self.label or "Table"

    @property
    def numbers(self) -> set[str]:
        """The numbers the table goes by: its label's and the one its caption starts with ('Table 3. ...')."""
        return {m[1] for text in (self.label, self.caption) if (m := TABLE_NUMBER.match(text))}


# a long form and the abbreviation defined for it in brackets: 'resistant maltodextrin (RMD)', '... (MI,
# n = 150)', 'Pain-free grip strength (PFGS, kg, dynamometer)'
# 'RMD', 'CGI-I', 'iCBT', '6MWD', 'Cal/BD foam'
ABBREVIATION = r"(?:[A-Z]|[a-z0-9](?=-?[A-Z]))[A-Za-z0-9+/-]{1,9}(?: [a-z]{3,12})?"  # ('5-FU')
# (a long form may hold a decimal point: 'mitomycin C 0.2 mg/mL (MMC, n = 58)')
LONG_FORM = r"[A-Za-z][A-Za-z0-9 ,'/µ.-]{2,80}"
DEFINED_ABBREVIATION = re.compile(rf"({LONG_FORM}?)\s*\(\s*"
                                  rf"({ABBREVIATION})\s*"
                                  # '(T-TXA, 2 g ..., n = 50)', '(EA; 2 Hz dense-disperse ...)', '(SA: shallow ...)'
                                  r"(?:\)|[,;]\s*[nN]\s*=|,\s*[a-z0-9][^()]{0,40}\)|[;:]\s*[a-z0-9][^()]{0,120}\))")
# ... or in square brackets, as inside round ones: '(electroacupuncture [EA] n = 44, usual care [UC] n = 43)'
SQUARE_DEFINED_ABBREVIATION = re.compile(rf"([A-Za-z][A-Za-z0-9 ,'/µ-]{{2,80}}?)\s*\[\s*({ABBREVIATION})\s*\]")
# ... or last in a bracket that first describes the thing: 'intensive therapy (10 hours per week; IT)' (the
# bracket found first; its long form is the name before it, as DEFINED_ABBREVIATION reads one)
LAST_IN_BRACKET = re.compile(rf"\s*\([^()]{{2,80}}?[;,]\s*({ABBREVIATION})\s*\)")
NAME_BEFORE = re.compile(rf"{LONG_FORM}$")


# 'The primary outcome was the composite of death ... or heart failure hospitalisation at 12 months'
PRIMARY_DEFINED = re.compile(r"\bthe\s+(?P<name>(?:primary|main)\s+(?:outcome|end\s?-?point))\s+(?:measure\s+)?"
                             r"(?:was|is)\b(?P<what>[^.;]*)", re.I)
TERM_DEFINED = re.compile(r"^(?P<name>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s+(?:was|were)\s+(?:defined|prespecified)\s+"
                          r"(?:a[ -]priori\s+|prospectively\s+)?as\b"
                          # (up to another term's definition: '... and remission as an ISI total score below 8')
                          r"(?P<what>(?:(?!,?\s+and\s+[a-z]+(?:\s+[a-z]+)?\s+as\b)[^.;])*)")


# 'TXA = tranexamic acid; PL = placebo', 'BMI, body mass index.': a table's glossary of abbreviations
GLOSSARY_ENTRY = re.compile(rf"(?:^|[;:]\s*|\.\s+)({ABBREVIATION})\s*(?:=|:|,)\s*"
                            r"([A-Za-z0-9][A-Za-z0-9 '%-]*(?:\.\d[A-Za-z0-9 '%-]*)?)\s*"  # 'G1, 0.12% chlorhexidine'
                            r"(?=;|\.(?!\d)|$)")


CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:(?:\s+|-)(?:(?:of|and|for|the)\s+)?[A-Z][a-z]+){1,7}\b")
ACRONYM = re.compile(r"\b\d?[A-Z]{2,6}(?:-[A-Z]{1,4})?\b")  # 'EA', 'PONV', 'FMA-UE', '6MWD', 'MT-EX'
COMBINED_ACRONYM = re.compile(r"(?<![\w+/])[A-Z][A-Z0-9/]{0,8}(?:\s?\+\s?[A-Z][A-Z0-9/]{0,8})+(?![\w+/])")
GROUP_CODE = re.compile(r"[A-Z]{1,2}\d{1,2}")  # a group's code in a table glossary: 'G1', 'D2'
# another name in brackets, one to three lower-case words: 'Alveolar osteitis (dry socket)'
BRACKETED_NAME = re.compile(r"([A-Za-z][A-Za-z ,'/-]{2,80}?)\s*\(\s*([a-z][a-z-]+(?: [a-z][a-z-]+){0,2})\s*\)")
NOT_A_NAME = re.compile(r"\b(?:primary|secondary|outcome|end-?point|group|arm|respectively|median|mean|range|"
                        r"control|placebo|intervention|baseline|total|all|each|both|per|vs|versus|or|and)\b")


def spells(abbreviation: str, long_form: str) -> bool:
    """Whether the abbreviation's letters run through the long form in order, from its first letter
    ('TXA' in 'tranexamic acid', 'CGI-I' in 'Clinical Global Impressions-Improvement')."""
    letters, text = [c.lower() for c in abbreviation if c.isalpha()], long_form.lower()
    if not letters or not text.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = text.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


@dataclass
class Document:
    passages: list[Passage] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    available: bool = True
    source: str = ""

    @cached_property
    def _sentences(self) -> tuple[tuple[str, str], ...]:
        return tuple((p.section, s) for p in self.passages for s in split_sentences(p.text))

    def sentences(self) -> tuple[tuple[str, str], ...]:
        """(section, sentence) pairs in reading order, split once per document (read it whole
        before asking: passages added later are not seen)."""
        return self._sentences

    def described_tables(self) -> list[Table]:
        """The tables, each with the sentences of the text that name it and say what its values are
        ('Values in Table 3 are means with standard errors in parentheses'), as its legend."""
        said = [({n for pair in TABLES_NAMED.findall(sentence) for n in pair if n}, sentence)
                for _, sentence in self.sentences() if VALUES_ARE.search(sentence)]
        described = []
        for table in self.tables:  # (a sentence naming no table is the one table's: 'Values are mean (SE).')
            if legend := " ".join(sentence for numbers, sentence in said
                                  if numbers & table.numbers or not numbers and len(self.tables) == 1):
                table = copy.copy(table)  # (a copy: the grid was read once, its labels already spread)
                table.legend = legend
            described.append(table)
        return described

    @cached_property
    def abbreviations(self) -> tuple[tuple[str, str], ...]:
        """(long form, abbreviation) pairs the text defines, 'resistant maltodextrin (RMD)', parsed
        once per document; the long form is the text before the bracket (up to 80 characters). Table
        captions and footnotes may define them as a glossary: 'TXA = tranexamic acid; PL, placebo'."""
        in_text = [pair for _, sentence in self.sentences()
                   for pattern in (DEFINED_ABBREVIATION, SQUARE_DEFINED_ABBREVIATION)
                   for pair in pattern.findall(sentence)]
        in_text += [(named[0].rstrip(), m[1]) for _, sentence in self.sentences()
                    for m in LAST_IN_BRACKET.finditer(sentence)
                    if (named := NAME_BEFORE.search(sentence, max(0, m.start() - 81), m.start()))
                    and spells(m[1], named[0])]
        glossary = [(long_form.strip(), abbreviation) for table in self.tables
                    for abbreviation, long_form in GLOSSARY_ENTRY.findall(f"{table.caption}. {table.footnotes}")
                    if spells(abbreviation, long_form) or GROUP_CODE.fullmatch(abbreviation)]  # 'G1, dexmedetomidine'
        return tuple(in_text + glossary)

    @cached_property
    def synonyms(self) -> tuple[tuple[str, str], ...]:
        """(name, other name) pairs the text gives in brackets, in lower case: 'Alveolar osteitis
        (dry socket)'; the name is the text before the bracket (up to 80 characters)."""
        return tuple((name, other) for _, sentence in self.sentences()
                     for name, other in BRACKETED_NAME.findall(sentence) if not NOT_A_NAME.search(other))

    @cached_property
    def outcome_definitions(self) -> tuple[tuple[str, str], ...]:
        """(name, definition) of each outcome the text defines: 'The primary outcome was the composite of
        death ...' -> ('primary outcome', ' the composite of death ...'); 'Response was defined a priori as
        an improvement of at least 1 point ...' -> ('Response', ' an improvement of at least 1 point ...')."""
        return tuple((m["name"], m["what"]) for _, sentence in self.sentences()
                     for pattern in (PRIMARY_DEFINED, TERM_DEFINED) if (m := pattern.search(sentence)))

    @cached_property
    def acronyms(self) -> frozenset[str]:
        """Upper-case terms of two to six letters the text and tables use ('EA', 'PONV', 'FMA-UE'),
        defined or not."""
        return frozenset(m for text in self._names_texts for m in ACRONYM.findall(text))

    @cached_property
    def capitalised_names(self) -> frozenset[str]:
        """Runs of two to eight capitalised words the text and tables use, with 'of', 'and', 'for' or 'the'
        between them ('Cumberland Ankle Instability Tool'): names an abbreviation may spell undefined."""
        return frozenset(m for text in self._names_texts for m in CAPITALISED_NAME.findall(text))

    @cached_property
    def combined_acronyms(self) -> frozenset[str]:
        """Upper-case terms joined by '+' ('DN+MT', 'S + NNS'): the name of a combination of groups."""
        return frozenset(m for text in self._names_texts for m in COMBINED_ACRONYM.findall(text))

    @cached_property
    def _names_texts(self) -> list[str]:
        """The sentences, captions, header cells and row labels, where groups and outcomes are named."""
        cells = [cell for t in self.tables for row in (*t.header, *(r[:1] for r in t.body)) for cell in row]
        return [s for _, s in self.sentences()] + [t.caption for t in self.tables] + cells


# a structured abstract's heading run into its first sentence ('Results In the warm needle group, 2 cases ...',
# 'Methods: Patients were ...')
RUN_IN_HEADING = re.compile(r"^(?:Background|Objectives?|Aims?|Purpose|Methods|Results|Conclusions?)"
                            r"(?::\s*|\s+(?=[A-Z]))")


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends, not at decimal points or common abbreviations."""
    pieces, start = [], 0
    for match in re.finditer(r"[.!?](?=\s+[A-Z(\[]|\s*$)", text):
        candidate = text[start:match.end()]
        if _ABBREVIATIONS.search(candidate):
            continue
        pieces.append(candidate.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return [RUN_IN_HEADING.sub("", p) for p in pieces if p]


def section_kind(title: str) -> str:
    t = title.lower()
    for kind, words in (("abstract", ("abstract", "summary")), ("methods", ("method", "material", "design", "patients")),
                        ("results", ("result", "finding", "outcome")), ("discussion", ("discussion", "conclusion"))):
        if any(w in t for w in words):
            return kind
    return "other"


# -- JATS -----------------------------------------------------------------------------------------

def _flat(node) -> str:
    return normalize(" ".join("".join(node.itertext()).split())) if node is not None else ""


def _span(cell, name: str) -> int:
    """A cell's colspan or rowspan from its leading digits ('2*' -> 2): 1 when missing or unreadable,
    at most 50."""
    digits = re.match(r"\s*(\d+)", cell.get(name, "") or "")
    return min(50, max(1, int(digits[1]))) if digits else 1


def _grid(rows, head_rows: int = 0) -> list[list[str]]:
    """Expand a list of <tr> into a rectangular grid of cell texts (spans repeated). A header row
    too short for the table (a cell above it lacks its rowspan, as in '<th/>' over an empty corner)
    is set against the right edge: its missing cells are the row labels' corner on the left."""
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}
    width = sum(_span(cell, "colspan") for cell in rows[0].iterchildren("td", "th")) if rows else 0
    for r, tr in enumerate(rows):
        row: list[str] = []
        cells = list(tr.iterchildren("td", "th"))
        needed = sum(_span(cell, "colspan") for cell in cells) + sum(1 for (pr, _) in pending if pr == r)
        col = width - needed if r < head_rows and 0 < needed < width else 0
        row += [""] * col
        for cell in cells:
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            text = _flat(cell)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            for c in range(colspan):
                row.append(text)
                for extra in range(1, rowspan):
                    pending[(r + extra, col + c)] = text
            col += colspan
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _tables(wrap) -> list[Table]:
    """The tables of a table-wrap: usually one, but a wrap may stack several <table> blocks under
    one caption ('CGI-S' rows, then 'CGI-I response' rows), each with its own header."""
    label, caption, footnotes = (_flat(wrap.find(tag)) for tag in ("label", "caption", "table-wrap-foot"))
    found = []
    for table in wrap.findall(".//table"):
        head_rows = table.findall("thead/tr")
        body_rows = table.findall("tbody/tr") or table.findall("tr")
        grid = _grid(head_rows + body_rows, len(head_rows))
        header, body = grid[: len(head_rows)], grid[len(head_rows):]
        _promote_subheadings(header, body)
        found.append(Table(label=label, caption=caption, header=header, body=body, footnotes=footnotes))
    return found


def _remove_keeping_tail(element) -> None:
    """Remove an element from its tree; the text after it stays where it was."""
    parent, previous = element.getparent(), element.getprevious()
    if parent is None:
        return
    tail = f" {element.tail}" if element.tail else ""
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def read_jats(data: bytes | str, source: str = "") -> Document:
    """Sections and tables of a JATS article or fragment."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = re.sub(rb"^\s*<\?xml[^>]*\?>", b"", data)
    data = re.sub(rb"<!DOCTYPE[^>]*>", b"", data)
    wrapped = JATS_WRAPPER + data + b"</document>"
    try:
        root = etree.fromstring(wrapped, parser=safe_parser())
    except etree.XMLSyntaxError:  # broken fragments (stray closing tags) are read as far as they go
        root = etree.fromstring(wrapped, parser=safe_parser(recover=True))
        if root is None:
            raise PipelineError(f"{source or 'JATS text'}: not readable as XML") from None
    for citation in root.iter("xref"):  # reference numbers are not content ('... as reported previously.18 This')
        if citation.get("ref-type") in ("bibr", "table-fn"):  # nor footnote marks ('CGI-I response^d')
            citation.clear(keep_tail=True)
            citation.tail = " " + (citation.tail or "")
    doc = Document(source=source)
    text = _flat(root)
    if any(marker in text for marker in STUB_MARKERS) and root.find(".//sec") is None:
        doc.available = False
        return doc
    for abstract in root.iter("abstract"):
        if abstract.get("abstract-type") in ("graphical", "teaser"):
            continue
        paragraphs = [_flat(p) for p in abstract.iter("p")] or [_flat(abstract)]
        doc.passages += [Passage("abstract", p) for p in paragraphs if p]
    for wrap in root.iter("table-wrap"):
        doc.tables += _tables(wrap)
    for display in list(root.iter("table-wrap", "fig")):  # tables and figures inside a paragraph are not its text
        _remove_keeping_tail(display)
    for sec in root.iter("sec"):
        if sec.getparent() is not None and sec.getparent().tag == "sec":
            continue  # nested sections are read with their top-level section
        kind = section_kind(_flat(sec.find("title")))
        for p in sec.iter("p"):
            text = _flat(p)
            if text:
                doc.passages.append(Passage(kind, text))
    return doc


TABLE_BLOCK = re.compile(r"::::\s*table-wrap(?P<body>.*?)::::", re.S)
DASHES = re.compile(r"-{3,}")


def _strip_markup(cell: str) -> str:
    cell = re.sub(r"\^?\[[a-z*†‡§#]{1,2}\]\(#\)\^?", "", cell)  # footnote marks: 'CGI-I response^[d](#)^'
    cell = re.sub(r"\*+|\^([^^]*)\^|~([^~]*)~", lambda m: m.group(1) or m.group(2) or "", cell)
    return " ".join(normalize(cell).split())


ARM_SIZE_NOTE = re.compile(r"\(\s*[nN]\s*=\s*\d+\s*\)")
SUBHEADING = re.compile(r"[A-Za-z]{3,}|^\s*\(?\s*[nN]\s*=\s*\d+\s*\)?\s*$|^\s*[pPnN]\s*$|"
                        r"^\s*\d+\s*(?:h|d|w|wk|m|mo|y)\s*$")  # 'n = 40', 'P', '12 m'
IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.M)


def _group_names(row: list[str]) -> bool:
    """A row of arm names: 'GV (n = 53)', 'GP (n = 53)' or 'Intervention', 'Control'."""
    cells = [c for c in row if c]
    return len(cells) >= 2 and all(ARM_SIZE_NOTE.search(c) or not re.search(r"\d", c) for c in cells)


def _restore_spanned_labels(body: list[list[str]]) -> None:
    """Rows under a label that spans several rows ('Stability platform' over 'Pretest' and
    'Posttest') lose that label in the converter's output and slide one column left; when the
    table's second column holds labels, put such a row back under its label."""
    if len(body) < 2 or len(body[0]) < 3:
        return

    def slid(row: list[str]) -> bool:
        return bool(re.search(r"[A-Za-z]{3,}", row[0]) and re.match(r"\s*[-+]?\d", row[1]) and not row[-1])

    others = [r for r in body[1:] if not slid(r)] + body[:1]
    labelled = [r for r in others if re.search(r"[A-Za-z]", r[1]) and not re.search(r"\d", r[1])]
    if len(labelled) * 2 < len(others):
        return
    for index in range(1, len(body)):
        if slid(body[index]):
            body[index] = [body[index - 1][0]] + body[index][:-1]


def _define_codes(header: list[list[str]], notes: str) -> None:
    """A heading that is only a code the caption or footnotes (``notes``) define ('T2' of 'T2 = 1 month
    after treatment') carries its definition: 'T2 (1 month after treatment)'."""
    definitions = dict(GLOSSARY_ENTRY.findall(notes))
    for row in header:
        row[:] = [f"{cell} ({definitions[cell]})" if cell in definitions else cell for cell in row]


def _spread_group_labels(header: list[list[str]]) -> None:
    """Labels spanning several columns ('Placebo (40)' over 'Pre', 'Post', 'P-value') come out of
    the converter packed into the first columns, leaving the rest of the row blank, or stand over
    the first column of their span with blanks after it. Where the row below starts the same run
    of sub-headings again ('Baseline (n=645)' ... 'Baseline (n=505)'), a new label begins; the last
    label takes the columns left after the runs. Row-label columns (blank in the row below) stay."""
    if len(header) < 2 or len(header[-1]) != len(header[0]):
        return
    top, below = header[0], header[-1]
    first = next((c for c in range(1, len(top)) if below[c]), 0)  # the first column of values
    labels = [c for c in top[first:] if c] if first else []
    k = len(labels)
    if k < 2 or len(top) - first == k:
        return
    if top[first:first + k] != labels:  # each label over the first column of its span?
        end = max(c for c in range(len(below)) if below[c]) + 1  # (an 'RR (95% CI)' column may follow)
        firsts = [c for c in range(first, end) if top[c]]
        steps = {b - a for a, b in zip(firsts, firsts[1:])}
        step = steps.pop() if len(steps) == 1 else 0
        if firsts[0] == first and step > 1 and firsts[-1] + step == end and all(
                below[c] == below[c + j * step] for j in range(len(firsts)) for c in range(first, first + step)):
            header[0] = top[:first] + [top[first + (c - first) // step * step] for c in range(first, end)] + top[end:]
        return

    def pattern(cell: str) -> str:
        return re.sub(r"[\d\s]+", "", cell).lower()

    starts = [c for c in range(first, len(top)) if below[c] and pattern(below[c]) == pattern(below[first])]
    steps = {b - a for a, b in zip(starts, starts[1:])}
    if len(starts) < 2 or len(steps) != 1:
        return
    bounds = starts + ([starts[-1] + steps.pop()] if len(starts) < k else [])
    if len(bounds) == k and bounds[-1] < len(top):
        header[0] = top[:first] + [labels[sum(1 for b in bounds if b <= c) - 1] for c in range(first, len(top))]


def _restore_group_row(header: list[list[str]], body: list[list[str]]) -> None:
    """A second header row of group names ('GV (n = 53)  GP (n = 53)') that the converter set to
    the left, under the row labels: shift it back under the first label above that is no arm of its
    own ('Mean (SD)', 'Drug X, mg/day'; not 'Placebo (N = 121)') and keep it in the header."""
    if not (body and header and body[0][0] and not body[0][-1] and _group_names(body[0])):
        return
    names = body.pop(0)
    shift = next((c for c in range(1, len(names)) if not ARM_SIZE_NOTE.search(header[0][c])), 1)
    shift = shift if not any(names[len(names) - shift:]) else 1
    header.append([""] * shift + names[:len(names) - shift])
    top, below = header[0], header[-1]
    for c in range(shift + 1, len(top)):  # the label over groups with their sizes spans them all
        if not top[c] and ARM_SIZE_NOTE.search(below[c]) and ARM_SIZE_NOTE.search(below[c - 1]):
            top[c] = top[c - 1]


def _simple_table(lines: list[str]) -> tuple[list[list[str]], list[list[str]]] | None:
    """Header and body of a pandoc simple or multiline table given as fixed-width text lines."""
    rules = [i for i, line in enumerate(lines) if line.strip() and not DASHES.sub("", line).strip()]
    separator = next((i for i in rules if len(DASHES.findall(lines[i])) >= 2), None)
    if separator is None:
        return None
    starts = [m.start() for m in DASHES.finditer(lines[separator])]
    multiline = bool(rules) and rules[0] < separator and len(DASHES.findall(lines[rules[0]])) == 1

    def cells(line: str) -> list[str]:
        """Chunks separated by two or more spaces go to the column their first character falls in
        (cells may overhang their dashes by a character or two)."""
        out = [""] * len(starts)
        for chunk in re.finditer(r"\S+(?: \S+)*", line):
            col = max((i for i, start in enumerate(starts) if start - 2 <= chunk.start()), default=0)
            out[col] = f"{out[col]} {chunk.group(0)}".strip()
        return out

    def rows(block: list[str], grouped: bool) -> list[list[str]]:
        out, current = [], None
        for line in block:
            if not line.strip() or not DASHES.sub("", line).strip():
                current = None
                continue
            pieces = cells(line)
            if grouped and current is not None:
                current[:] = [f"{a} {b}" for a, b in zip(current, pieces)]
            else:
                current = pieces
                out.append(current)
        return [[_strip_markup(c) for c in row] for row in out]

    top = rules[0] + 1 if multiline else 0
    header = rows(lines[top:separator], grouped=True)[:1]
    end = next((i for i in rules if i > separator), len(lines))
    if not multiline:  # a simple table ends at its closing rule or at the first blank line
        end = next((i for i in range(separator + 2, end) if not lines[i].strip()), end)
    body = rows(lines[separator + 1:end], grouped=multiline)
    _restore_group_row(header, body)
    _restore_spanned_labels(body)
    _promote_subheadings(header, body)
    return header, body


def _stacked_blocks(lines: list[str]) -> list[list[str]]:
    """A table block may stack several tables under one caption, each with its own header line(s)
    over a rule of column dashes; split it where each such header begins (after a blank line).
    A rule counts as a header rule when text sits directly above and below it: a headerless
    table's top and bottom rules have a blank line on one side."""
    def rule(i: int) -> bool:
        return bool(lines[i].strip()) and not DASHES.sub("", lines[i]).strip()

    def text(i: int) -> bool:
        return 0 <= i < len(lines) and bool(lines[i].strip()) and not rule(i)

    header_rules = [i for i in range(len(lines)) if rule(i) and len(DASHES.findall(lines[i])) >= 2
                    and text(i - 1) and text(i + 1)]
    if len(header_rules) < 2:
        return [lines]
    starts = [0]
    for i in header_rules[1:]:
        while i > 0 and lines[i - 1].strip():
            i -= 1
        starts.append(i)
    return [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]


def _promote_subheadings(header: list[list[str]], body: list[list[str]]) -> None:
    """Rows of sub-headings ('Baseline (n=645)', '12 m', 'Mean (95% CI)', 'P') at the top of the
    body, under an empty row-label cell, belong to the header."""
    while header and body and not body[0][0] and any(body[0]) and all(SUBHEADING.search(c) for c in body[0] if c):
        header.append(body.pop(0))


def read_markdown(text: str, source: str = "") -> Document:
    """The benchmark's Markdown: '# Abstract' / '# Results' headings (often inline, followed by the
    paragraph on the same line), paragraphs, and tables as pandoc fixed-width text in
    '::::table-wrap' blocks."""
    doc = Document(source=source)
    text = normalize_chars(text)
    wraps = 0  # table-wraps read so far: the tables stacked in one wrap share its number

    def table(match: re.Match) -> str:
        nonlocal wraps
        body = match["body"]
        caption = re.search(r":::\s*caption\s*(.*?):::", body, re.S)
        rest = body[caption.end():] if caption else body
        lines = IMAGE_LINE.sub("", rest).split("\n")  # a table's image placeholder is not its header
        notes = " ".join(line.strip() for line in lines if line.strip() and not DASHES.search(line)
                         and line.strip()[0].isalpha() and len(line.strip().split()) > 8)
        wraps += 1
        for block in _stacked_blocks(lines):
            parsed = _simple_table(block)
            if parsed:
                header, rows = parsed
                doc.tables.append(Table(label=f"Table {wraps}",
                                        caption=" ".join(caption.group(1).split()) if caption else "",
                                        header=header, body=rows, footnotes=notes[:500]))
        return " "

    text = normalize(TABLE_BLOCK.sub(table, text))
    kind = "abstract"
    for part in re.split(r"(?:^|(?<=\s))#{1,6} ", text, flags=re.MULTILINE):
        if not part.strip():
            continue
        heading = re.match(r"\s*([A-Z][A-Za-z /-]{2,40}?)(?::|\s)", part)
        kind_here = section_kind(heading.group(1)) if heading else "other"
        if kind_here != "other":
            kind = kind_here
        clean = re.sub(r"</?[A-Za-z][^<>]*>|:::+[^\n]*", " ", part)  # tags, not '(P < 0.01) ... (> 500'
        clean = re.sub(r"\[(\d+)\]\(#\)", r"\1", clean)
        for paragraph in re.split(r"\n\s*\n", clean):
            if paragraph.strip():
                doc.passages.append(Passage(kind, " ".join(paragraph.split())))
    return doc


# -- fetching from PubMed Central -----------------------------------------------------------------

PMC_BATCH = 20


@dataclass(frozen=True)
class FulltextStatus:
    """One row of fulltexts.csv: what PubMed Central gave for an included trial."""

    pmid: str
    pmcid: str
    status: str  # full text | no full text (publisher does not allow XML) | not in PMC


def _article_pmcid(article) -> str | None:
    for aid in article.iter("article-id"):
        kind = aid.get("pub-id-type")
        value = (aid.text or "").strip()
        if kind in ("pmc", "pmcid", "pmcaid") and value:
            return value if value.startswith("PMC") else f"PMC{value}"
    return None


def fetch_fulltexts(client, pmcids: list[str], cache_dir: Path) -> dict[str, Document]:
    """Full texts of ``pmcids`` (``PMC1234567``) through the E-utilities client, one immutable
    file per article in ``cache_dir``; articles already cached are not fetched again."""
    cache_dir = Path(cache_dir)
    wanted = sorted(set(pmcids))
    missing = [p for p in wanted if not (cache_dir / f"{p}.xml").exists()]
    for start in range(0, len(missing), PMC_BATCH):
        batch = missing[start:start + PMC_BATCH]
        body = client.efetch(db="pmc", ids=[p.removeprefix("PMC") for p in batch], expected=len(batch),
                             record_tags=("article",))
        root = etree.fromstring(body, parser=safe_parser())
        for position, article in enumerate(root.iter("article")):
            pmcid = _article_pmcid(article) or batch[position]
            atomic_write_bytes(cache_dir / f"{pmcid}.xml", etree.tostring(article, encoding="UTF-8"))
    documents = {}
    for pmcid in wanted:
        path = cache_dir / f"{pmcid}.xml"
        if path.exists():
            documents[pmcid] = read_jats(path.read_bytes(), source=pmcid)
    return documents
