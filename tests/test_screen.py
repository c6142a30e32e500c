"""Screening rules on tricky real-world patterns, overrides and PRISMA arithmetic."""

from __future__ import annotations

from pipeline.parse import Record
from pipeline.screen import Override, find_duplicates, prisma_counts, screen


def rec(pmid, title, abstract="", types="Journal Article", mesh="", doi="", authors="Doe J", year=2020, **kw):
    return Record(pmid=pmid, title=title, abstract=abstract, publication_types=types, mesh_terms=mesh, doi=doi,
                  authors=authors, year=year, **kw)


def decide(topic, *records, overrides=()):
    return {d.pmid: d for d in screen(list(records), topic, list(overrides))}


def test_protocol_titled_like_a_trial_is_not_a_result(topic):
    r = rec("1", "Dry needling versus sham for chronic neck pain: a randomized controlled trial",
            abstract="Methods: Sixty participants will be randomized to dry needling or sham. Outcomes will be "
                     "assessed at 4 weeks. Pain intensity will be measured with the NPRS.")
    d = decide(topic, r)["1"]
    assert d.design == "protocol" and d.decision == "exclude" and "protocol" in d.reason


def test_systematic_review_with_randomized_in_title(topic):
    r = rec("2", "Dry needling for low back pain: a systematic review and meta-analysis of randomized trials",
            types="Journal Article; Meta-Analysis")
    d = decide(topic, r)["2"]
    assert d.design == "systematic_review" and d.decision == "exclude"


def test_acupuncture_trial_mentioning_trigger_points_is_excluded(topic):
    r = rec("3", "Acupuncture for myofascial neck pain: a randomised controlled trial",
            abstract="Patients with active trigger points in the upper trapezius were randomly assigned to "
                     "acupuncture at classical acupoints or sham acupuncture.",
            types="Journal Article; Randomized Controlled Trial")
    d = decide(topic, r)["3"]
    assert d.design == "rct" and d.decision == "exclude" and d.reason.startswith("intervention: acupuncture only")


def test_trial_with_two_conditions_gets_both(topic):
    r = rec("4", "Deep dry needling for neck pain and cervicogenic headache: a randomized trial",
            types="Journal Article; Randomized Controlled Trial")
    d = decide(topic, r)["4"]
    assert d.decision == "include" and d.condition_list == ["neck_pain", "headache"]


def test_record_without_abstract_is_screened_from_title_and_types(topic):
    r = rec("5", "Trigger point dry needling in knee osteoarthritis", types="Journal Article; Randomized Controlled Trial")
    d = decide(topic, r)["5"]
    assert d.decision == "include" and d.condition_list == ["knee_pain"]


def test_mesh_conditions_come_first_and_other_when_nothing_fits(topic):
    with_mesh = rec("6", "Dry needling: a randomized trial", mesh="Dry Needling*; Fasciitis, Plantar; Humans")
    nothing = rec("7", "Dry needling of the gastrocnemius: a randomized trial in runners")
    out = decide(topic, with_mesh, nothing)
    assert out["6"].condition_list == ["plantar_heel_pain"]
    assert out["7"].condition_list == ["other"] and out["7"].decision == "include"


def test_wet_needling_electroacupuncture_and_animal_studies(topic):
    wet = rec("8", "Lidocaine trigger point injection versus saline for myofascial pain: a randomized trial")
    ea = rec("9", "Electroacupuncture for chronic low back pain: a randomised sham-controlled trial")
    rats = rec("10", "Dry needling reduces inflammation in a rat model of myofascial trigger points",
               mesh="Animals; Rats; Dry Needling")
    out = decide(topic, wet, ea, rats)
    assert out["8"].reason.startswith("intervention: injection only")
    assert out["9"].reason.startswith("intervention: electroacupuncture only")
    assert out["10"].design == "animal" and out["10"].decision == "exclude"


def test_dry_needling_vs_acupuncture_keeps_the_dry_needling_arm(topic):
    r = rec("11", "Dry needling versus acupuncture for shoulder pain: a randomized clinical trial")
    assert decide(topic, r)["11"].decision == "include"


def test_duplicates_by_doi_and_by_title_author_year_keep_the_earliest(topic):
    a = rec("300", "Dry needling for heel pain: a randomized trial", doi="10.1/x", authors="Cotchett M; Landorf K")
    b = rec("200", "Dry needling for heel pain: a randomized trial.", doi="10.1/X", authors="Cotchett M")
    c = rec("100", "DRY NEEDLING FOR HEEL PAIN - A RANDOMIZED TRIAL", authors="Cotchett MP", year=2020)
    d = rec("400", "Dry needling for heel pain: a randomized trial", authors="Other A", year=2021)
    assert find_duplicates([a, b, c, d]) == {"300": "100", "200": "100"}
    out = decide(topic, a, b, c, d)
    assert out["300"].reason == "duplicate of PMID 100" and out["100"].decision == "include"
    assert out["400"].decision == "include"


def test_retracted_trial_is_excluded_with_reason(topic):
    r = rec("12", "Dry needling for neck pain: a randomized trial", is_retracted=True)
    assert decide(topic, r)["12"].reason == "retracted publication"


def test_researcher_override_wins_and_says_so(topic):
    r = rec("13", "Trigger point acupuncture for chronic shoulder pain: a randomized trial")
    o = Override(pmid="13", decision="include", reason="researcher: needling of trigger points", conditions="shoulder_pain")
    d = decide(topic, r, overrides=[o])["13"]
    assert d.decision == "include" and d.decided_by == "researcher" and d.condition_list == ["shoulder_pain"]


def test_every_exclusion_has_a_reason_and_prisma_adds_up(topic):
    records = [
        rec("1", "Dry needling for neck pain: a randomized trial"),
        rec("2", "Dry needling for neck pain: a randomized trial"),  # duplicate
        rec("3", "Dry needling: a retracted randomized trial", is_retracted=True),
        rec("4", "Dry needling for back pain: a systematic review"),
        rec("5", "Acupuncture for back pain: a randomized trial"),
        rec("6", "Dry needling for plantar fasciitis: a case report"),
    ]
    decisions = screen(records, topic)
    assert all(d.reason for d in decisions)
    counts = {r.item: r.count for r in prisma_counts(decisions, topic)}
    assert counts["records identified (PubMed)"] == 6
    assert counts["duplicate records removed"] + counts["retracted records removed"] + counts["records screened"] == 6
    assert counts["records excluded"] + counts["studies included"] == counts["records screened"]
    assert sum(v for k, v in counts.items() if k.startswith("excluded: ")) == counts["records excluded"]
    assert counts["studies included"] == 1 and counts["included: neck_pain"] == 1
