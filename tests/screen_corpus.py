"""A synthetic PubMed corpus with known screening truth (our own fixture generator).

Each record is generated from a template of a kind that real dry-needling searches return:
trials (with and without the RCT publication type), systematic reviews, protocols,
observational studies, case reports, animal studies, acupuncture / electroacupuncture /
injection look-alikes, duplicates under a second PMID, retractions and multi-condition trials.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from fake_eutils import pubmed_article

CONDITIONS = {
    "neck_pain": ["chronic neck pain", "mechanical neck pain", "upper trapezius myofascial pain", "whiplash"],
    "low_back_pain": ["chronic low back pain", "nonspecific low back pain", "acute low back pain"],
    "shoulder_pain": ["shoulder impingement syndrome", "subacromial pain syndrome", "hemiplegic shoulder pain",
                      "chronic shoulder pain"],
    "headache": ["tension-type headache", "cervicogenic headache", "migraine"],
    "knee_pain": ["knee osteoarthritis", "patellofemoral pain", "anterior knee pain"],
    "plantar_heel_pain": ["plantar heel pain", "plantar fasciitis"],
    "lateral_elbow_pain": ["lateral epicondylalgia", "tennis elbow", "lateral elbow pain"],
    "tmd": ["temporomandibular disorders", "myofascial temporomandibular disorder"],
    "other": ["fibromyalgia", "chronic pelvic pain", "piriformis syndrome", "ankle sprain"],
}
DN = ["dry needling", "deep dry needling", "trigger point dry needling", "superficial dry needling",
      "intramuscular stimulation", "electrical dry needling"]
COMPARATORS = ["sham needling", "stretching", "manual therapy", "usual care", "no intervention", "lidocaine injection",
               "exercise alone", "ischemic compression"]


@dataclass
class Truth:
    include: bool
    conditions: tuple[str, ...]
    kind: str


def _condition(rng: random.Random, avoid: str | None = None) -> tuple[str, str]:
    name = rng.choice([c for c in CONDITIONS if c != avoid])
    return name, rng.choice(CONDITIONS[name])


def make_corpus(n: int, seed: int = 1) -> tuple[dict[str, tuple[date, str]], dict[str, Truth]]:
    rng = random.Random(seed)
    records, truth = {}, {}
    kinds = (["rct"] * 30 + ["rct_no_type"] * 8 + ["rct_two_conditions"] * 6 + ["review"] * 10 + ["protocol"] * 7
             + ["observational"] * 6 + ["case"] * 6 + ["animal"] * 4 + ["acupuncture"] * 7 + ["electroacupuncture"] * 3
             + ["injection"] * 4 + ["duplicate"] * 4 + ["retracted"] * 3 + ["narrative"] * 2)
    pmid = 20_000_000
    originals: list[tuple[str, str, tuple[str, ...], int, str, str]] = []
    for i in range(n):
        kind = rng.choice(kinds)
        pmid += rng.randint(1, 40)
        edat = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        year = edat.year
        cond, text = _condition(rng)
        dn, comp = rng.choice(DN), rng.choice(COMPARATORS)
        authors = (f"{rng.choice(['Garcia', 'Smith', 'Liu', 'Kim', 'Rossi', 'Novak', 'Silva'])}{i} A", "Roe B")
        types: tuple[str, ...] = ("Journal Article",)
        mesh: tuple[str, ...] = ("Humans",)
        include, conditions = False, (cond,)
        doi = f"10.5555/dn.{i}"
        if kind in ("rct", "rct_no_type", "retracted"):
            title = rng.choice([
                f"Effects of {dn} versus {comp} in patients with {text}: a randomized controlled trial",
                f"{dn.capitalize()} for {text}: a randomised clinical trial",
                f"Efficacy of {dn} on pain and disability in {text}. A single-blind randomized trial",
                f"Short-term effects of {dn} in {text}",
            ])
            abstract = (f"Objective: to assess {dn} in {text}. Methods: {rng.randint(20, 120)} participants were "
                        f"randomly assigned to {dn} or {comp}. Results: pain decreased more with {dn} (p < 0.05).")
            types = ("Journal Article", "Randomized Controlled Trial") if kind != "rct_no_type" else ("Journal Article",)
            include = kind != "retracted"
            if kind == "retracted":
                types += ("Retracted Publication",)
        elif kind == "rct_two_conditions":
            cond2, text2 = _condition(rng, avoid=cond)
            while "other" in (cond, cond2):
                cond, text = _condition(rng)
                cond2, text2 = _condition(rng, avoid=cond)
            title = f"{dn.capitalize()} for {text} and {text2}: a randomized controlled trial"
            abstract = f"Patients with {text} and {text2} were randomized to {dn} or {comp}."
            types, include, conditions = ("Journal Article", "Randomized Controlled Trial"), True, (cond, cond2)
        elif kind == "review":
            title = rng.choice([f"{dn.capitalize()} for {text}: a systematic review and meta-analysis of randomized "
                                "controlled trials",
                                f"Effectiveness of {dn} in {text}: an updated meta-analysis",
                                f"Is {dn} effective for {text}? A systematic review"])
            abstract = (f"We searched databases for randomized controlled trials of {dn} in {text}. Twelve trials "
                        "were included; pooled results favoured dry needling.")
            types = ("Journal Article", rng.choice(["Systematic Review", "Meta-Analysis", "Review"]))
        elif kind == "protocol":
            title = rng.choice([f"{dn.capitalize()} versus {comp} for {text}: study protocol for a randomized "
                                "controlled trial",
                                f"Effectiveness of {dn} for {text}: a randomized controlled trial protocol",
                                f"{dn.capitalize()} for {text}: a randomized sham-controlled trial"])
            abstract = (f"Methods: Eighty participants will be randomized to {dn} or {comp}. Outcomes will be "
                        "assessed at 4 and 12 weeks. Discussion: This trial will inform practice.")
            if rng.random() < 0.5:
                types = ("Journal Article", "Clinical Trial Protocol")
        elif kind == "observational":
            title = rng.choice([f"Use of {dn} for {text}: a retrospective cohort study",
                                f"Adverse events of {dn}: a prospective survey of physiotherapists",
                                f"Patients' experiences of {dn} for {text}: a cross-sectional study"])
            abstract = f"This observational study describes {dn} in clinical practice."
            types = ("Journal Article", "Observational Study") if rng.random() < 0.5 else types
        elif kind == "case":
            title = rng.choice([f"Pneumothorax after {dn}: a case report", f"{dn.capitalize()} for {text}: a case series",
                                f"Spinal epidural hematoma following {dn}: case report"])
            abstract = f"We describe a patient who received {dn}."
            types = ("Journal Article", "Case Reports") if rng.random() < 0.6 else types
        elif kind == "animal":
            title = rng.choice([f"{dn.capitalize()} reduces inflammatory markers in a rat model of myofascial pain",
                                f"Effects of {dn} on muscle regeneration in rabbits"])
            abstract = f"Rats were randomly assigned to {dn} or control."
            mesh = ("Animals", "Rats", "Dry Needling")
        elif kind == "acupuncture":
            title = rng.choice([f"Acupuncture for {text}: a randomized controlled trial",
                                f"Trigger point acupuncture versus sham acupuncture in {text}: a randomised trial"])
            abstract = ("Patients with active myofascial trigger points were randomly assigned to acupuncture at "
                        "classical acupoints or sham acupuncture.")
            types = ("Journal Article", "Randomized Controlled Trial")
        elif kind == "electroacupuncture":
            title = f"Electroacupuncture for {text}: a randomized sham-controlled trial"
            abstract = "Participants were randomized to electroacupuncture or sham electroacupuncture."
            types = ("Journal Article", "Randomized Controlled Trial")
        elif kind == "injection":
            title = f"Lidocaine trigger point injection versus saline for {text}: a randomized controlled trial"
            abstract = "Patients were randomized to trigger point injection with lidocaine or saline."
            types = ("Journal Article", "Randomized Controlled Trial")
        elif kind == "narrative":
            title = "Dry needling: an overview for clinicians"
            abstract = "This narrative review summarises the technique of dry needling."
            types = ("Journal Article", "Review")
        else:  # duplicate of an earlier trial under a second PMID
            if not originals:
                continue
            title, abstract, conditions, year, doi, first = rng.choice(originals)
            authors = (first, "Roe B")
            types = ("Journal Article", "Randomized Controlled Trial")
            if rng.random() < 0.5:
                doi = ""  # caught by title + first author + year
            records[str(pmid)] = (edat, pubmed_article(str(pmid), title, abstract=abstract, edat=edat, year=year,
                                                       pub_types=types, mesh=mesh, authors=authors, doi=doi))
            truth[str(pmid)] = Truth(False, conditions, "duplicate")
            continue
        records[str(pmid)] = (edat, pubmed_article(str(pmid), title, abstract=abstract, edat=edat, year=year,
                                                   pub_types=types, mesh=mesh, authors=authors, doi=doi))
        truth[str(pmid)] = Truth(include, conditions, kind)
        if include:
            originals.append((title, abstract, conditions, year, doi, authors[0]))
    return records, truth
