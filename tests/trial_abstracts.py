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
