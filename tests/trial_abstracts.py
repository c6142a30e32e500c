"""Synthetic dry-needling trial abstracts in the common reporting styles (our own test fixtures)."""

from __future__ import annotations

import random
from dataclasses import dataclass

WORDS = {16: "Sixteen", 20: "Twenty", 24: "Twenty-four", 30: "Thirty", 32: "Thirty-two", 40: "Forty",
         44: "Forty-four", 48: "Forty-eight", 50: "Fifty", 60: "Sixty", 64: "Sixty-four", 80: "Eighty"}
COMPARATORS = [("sham dry needling", "sham"), ("sham needling", "sham"), ("no treatment", "no_treatment"),
               ("stretching", "active"), ("manual therapy", "active"), ("usual care", "usual_care")]
CONDITIONS = [("chronic neck pain", "neck_pain"), ("chronic low back pain", "low_back_pain"),
              ("shoulder pain", "shoulder_pain"), ("plantar heel pain", "plantar_heel_pain"),
              ("knee osteoarthritis", "knee_pain"), ("lateral epicondylalgia", "lateral_elbow_pain")]


@dataclass
class Truth:
    n_dn: int
    mean_dn: float
    sd_dn: float
    n_ctrl: int
    mean_ctrl: float
    sd_ctrl: float
    weeks: int
    comparator_class: str
    condition: str


def make_trial(i: int, rng: random.Random) -> tuple[str, str, Truth]:
    """(title, abstract, truth) in one of five reporting styles."""
    comparator, klass = COMPARATORS[i % len(COMPARATORS)]
    condition_text, condition = CONDITIONS[i % len(CONDITIONS)]
    n = rng.choice([16, 20, 24, 30])
    n1, n2 = n, n - rng.choice([0, 0, 1, 2])
    m1, m2 = round(rng.uniform(1.5, 4.0), 1), round(rng.uniform(3.5, 6.0), 1)
    s1, s2 = round(rng.uniform(0.8, 2.2), 1), round(rng.uniform(0.8, 2.2), 1)
    weeks = rng.choice([2, 4, 6, 12])
    scale = rng.choice(["VAS", "NPRS"])
    truth = Truth(n1, m1, s1, n2, m2, s2, weeks, klass, condition)
    title = f"Dry needling versus {comparator} for {condition_text}: a randomized controlled trial"
    total = n1 + n2
    total_text = WORDS.get(total, str(total))
    style = i % 5
    if style == 0:
        abstract = (f"BACKGROUND: Dry needling is widely used for {condition_text}. METHODS: {total_text} patients "
                    f"were randomly assigned to dry needling (n = {n1}) or {comparator} (n = {n2}). Pain intensity "
                    f"({scale}, 0-10) was measured at baseline and after {weeks} weeks. RESULTS: At {weeks} weeks, "
                    f"{scale} was {m1} ± {s1} in the dry needling group and {m2} ± {s2} in the {comparator} group "
                    f"(p = 0.01).")
    elif style == 1:
        abstract = (f"{total_text} participants with {condition_text} were randomized to dry needling or "
                    f"{comparator}. Mean {scale} scores after {weeks} weeks were {m1} ({s1}) and {m2} ({s2}) for "
                    f"the dry needling (n = {n1}) and {comparator} (n = {n2}) groups, respectively.")
    elif style == 2:
        b1, b2 = round(m1 + 3, 1), round(m2 + 1.5, 1)
        abstract = (f"{total_text} adults with {condition_text} were randomized to dry needling (n = {n1}) or "
                    f"{comparator} (n = {n2}). Pain ({scale}) decreased from {b1} ± 1.2 to {m1} ± {s1} in the dry "
                    f"needling group and from {b2} ± 1.1 to {m2} ± {s2} in the {comparator} group at {weeks} weeks.")
    elif style == 3:
        abstract = (f"{total_text} patients were randomly allocated to dry needling or {comparator}. At the "
                    f"{weeks}-week follow-up, the dry needling group (n = {n1}) reported a mean {scale} of {m1} "
                    f"(SD {s1}) and the {comparator} group (n = {n2}) a mean of {m2} (SD {s2}).")
    else:
        abstract = (f"Objective: to compare dry needling with {comparator} in {condition_text}. Methods: "
                    f"randomised trial; {scale} pain at {weeks} weeks. Results: dry needling group: mean {m1}, "
                    f"SD {s1}, n = {n1}; {comparator} group: mean {m2}, SD {s2}, n = {n2}.")
    return title, abstract, truth


def make_jats(pmcid: str, truth: Truth, comparator: str, weeks: int, open_access: bool = True) -> str:
    """A PMC JATS article whose per-arm pain numbers sit only in a results table, the baseline row
    above the follow-up row (or, when not open access, efetch's publisher stub)."""
    number = pmcid.removeprefix("PMC")
    front = (f'<front><article-meta><article-id pub-id-type="pmc">{number}</article-id>'
             f'<title-group><article-title>Dry needling versus {comparator}</article-title></title-group>'
             "</article-meta></front>")
    if not open_access:
        return (f'<article>{front}<body><p>The publisher of this article does not allow downloading of the full '
                "text in XML form.</p></body></article>")
    t = truth
    rows = (f"<tr><td>VAS, baseline</td><td>{t.mean_dn + 3:.1f} ({t.sd_dn:.1f})</td>"
            f"<td>{t.mean_ctrl + 1:.1f} ({t.sd_ctrl:.1f})</td><td>0.71</td></tr>"
            f"<tr><td>VAS, week {weeks}</td><td>{t.mean_dn} ({t.sd_dn})</td><td>{t.mean_ctrl} ({t.sd_ctrl})</td>"
            "<td>0.01</td></tr>"
            f"<tr><td>NDI, week {weeks}</td><td>12.0 (4.0)</td><td>15.0 (5.0)</td><td>0.04</td></tr>")
    return (
        f"<article>{front}<body>"
        "<sec><title>Methods</title><p>Participants were randomly assigned to dry needling or "
        f"{comparator}.</p></sec>"
        "<sec><title>Results</title><p>Pain improved more with dry needling (Table 2).</p>"
        '<table-wrap id="T2"><label>Table 2</label><caption><p>Pain and disability by group, mean (SD)</p></caption>'
        f'<table><thead><tr><th>Outcome</th><th>Dry needling (n = {t.n_dn})</th>'
        f"<th>{comparator.capitalize()} (n = {t.n_ctrl})</th><th>p</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></table-wrap></sec></body></article>"
    )
