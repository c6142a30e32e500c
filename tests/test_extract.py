"""Automatic extraction: notations, documents, tables, trial abstracts and PMC full texts."""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
from datetime import date

import pytest

from conftest import FIXTURES, shared
from fake_eutils import FakeEutils, Faults, pubmed_article
from pipeline.extract.assign import list_positions
from pipeline.extract.benchmark import annotated_sd
from pipeline.extract.differences import reported_difference, reported_p_value
from pipeline.extract.ico import Comparison, extract
from pipeline.extract.naming import Arm, OutcomeSpec, arms_for, days_named, disambiguate, group_labels, named_arm
from pipeline.extract.outcomes import Outcome
from pipeline.extract.readings import ArmValues, events_from_percent
from pipeline.extract.sizes import attached_sizes
from pipeline.extract.numbers import digits_for_words, find_counts, find_values, normalize, words_to_int
from pipeline.extract.trials import TrialReader, weeks_in
from pipeline.fulltext import Document, Passage, Table, read_jats, read_markdown, split_sentences
from trial_abstracts import make_jats, make_trial


def read(doc: Document, intervention: str, comparator: str, outcome: str, kind: str):
    """The extraction for arms and an outcome described in words, as bench-extract asks for them."""
    return extract(doc, *arms_for(doc, intervention, comparator), OutcomeSpec.from_description(outcome, doc), kind)


def sizes_of(doc: Document, arms: list[Arm]):
    """Each arm's group size, as an extraction of these two arms reads it."""
    return Comparison(doc, *arms).sizes


def events_and_sizes(found) -> tuple:
    """A binary reading as (events, n) for the intervention arm, then the comparator."""
    return found.intervention.events, found.intervention.n, found.comparator.events, found.comparator.n


def sizes_means_sds(found) -> tuple:
    """A continuous reading as (n, mean, SD) for the intervention arm, then the comparator."""
    i, c = found.intervention, found.comparator
    return i.n, i.mean, i.sd, c.n, c.mean, c.sd


def values_of(found, kind: str) -> tuple:
    """A reading as :func:`sizes_means_sds` gives it for a continuous outcome, else as :func:`events_and_sizes`."""
    return sizes_means_sds(found) if kind == "continuous" else events_and_sizes(found)


@pytest.mark.parametrize("text, kind, values", [
    ("3.2 ± 1.1", "mean_sd", (3.2, 1.1)),
    ("3.2 +/- 1.1", "mean_sd", (3.2, 1.1)),
    ("3.2 (1.1)", "mean_sd", (3.2, 1.1)),
    ("6.6% [1.0]", "mean_sd", (6.6, 1.0)),
    ("mean 3.2, SD 1.1", "mean_sd", (3.2, 1.1)),
    ("M = 8.4, SD = 4.9", "mean_sd", (8.4, 4.9)),  # APA style
    ("3.2 (SD = 1.1)", "mean_sd", (3.2, 1.1)),
    ("3\u00b72 \u00b1 1\u00b71", "mean_sd", (3.2, 1.1)),
    ("\u22121.5 (95% CI \u22122.3 to \u22120.7)", "mean_ci", (-1.5, -2.3, -0.7)),
    ("95% CI 1.2 to 3.4", "ci", (1.2, 3.4)),
    ("1.9 (1.2, 3.4)", "mean_ci", (1.9, 1.2, 3.4)),
    ("61.07 (95% CI 55.42--66.71)", "mean_ci", (61.07, 55.42, 66.71)),  # pandoc's '--' en dash
    ("-1.65 kg/m2 (SD = 2.5; 95% CI -2.25 to -1.06)", "mean_sd", (-1.65, 2.5)),  # a unit before the SD
    ("37.4 °C (SD 0.6) with ibuprofen", "mean_sd", (37.4, 0.6)),  # a unit with a degree sign
    ("17.9 dB HL (SD 6.1)", "mean_sd", (17.9, 6.1)),  # a unit of two words
    ("1.05% (SD 2.0)", "mean_sd", (1.05, 2.0)),
    ("35 and 42.5%", "pct", (35,)),  # the list's '%' is every number's
    ("2.1 [1.0]", "mean_sd", (2.1, 1.0)),
    ("7.1% ± 0.8%", "mean_sd", (7.1, 0.8)),
    ("mean 9.8 days, SD 3.1", "mean_sd", (9.8, 3.1)),
    ("37.9 with a standard deviation of 17.5", "mean_sd", (37.9, 17.5)),
    ("41.3 s, SD 14.6", "mean_sd", (41.3, 14.6)),  # the mean named before an earlier value
    ("68.3 (SD 12.0; n = 89)", "mean_sd", (68.3, 12.0, 89)),  # its n too
    ("7.9 kg (standard deviation 0.9 kg)", "mean_sd", (7.9, 0.9)),  # the unit again after the SD
    ("2.1 mmol/L (SE 0.2 mmol/L)", "mean_se", (2.1, 0.2)),
    ("2.34 kgf/cm² (SE 0.14)", "mean_se", (2.34, 0.14)),  # a unit with a superscript
    ("3.1 kg/cm² (SD 0.6 kg/cm²)", "mean_sd", (3.1, 0.6)),
    ("12 of the 40", "count_of", (12, 40)),
    ("27 (36%) of 75", "count_of", (27, 75)),
    ("65.3° ± 8.1°", "mean_sd", (65.3, 8.1)),
    ("12 patients (24%)", "count_pct", (12, 24)),
    ("3 participants (4%, three total events)", "count_pct", (3, 4)),  # the share's bracket goes on
    ("n = 20", "n", (20,)),
    ("n = 1,012", "n", (1012,)),
    ("12/30", "count_of", (12, 30)),
    ("6.2 (±2.4)", "mean_sd", (6.2, 2.4)),
    ("11.6 g/dL (95% CI 11.4 to 11.8)", "mean_ci", (11.6, 11.4, 11.8)),  # a unit before the CI
    ("94·6 h (30·7)", "mean_sd", (94.6, 30.7)),  # a unit before the bracketed SD
    ("(mean 4.2 days, SE 0.3)", "mean_se", (4.2, 0.3)),  # the word 'mean' before a mean with its SE
    ("164 pmol/L [SD 82]", "mean_sd", (164, 82)),  # whole numbers in square brackets, labelled an SD
    ("18.6 standard drinks (SD 21.4)", "mean_sd", (18.6, 21.4)),  # a unit of two words
])
def test_notations(text, kind, values):
    found = find_values(normalize(text))
    assert found and found[0].kind == kind and found[0].values == pytest.approx(values)


@pytest.mark.parametrize("text", ["control (150-155/90-100 mmHg) within 6 hours", "a target of 140/90 mmHg"])
def test_a_blood_pressure_is_no_count_of(text):
    assert not [f for f in find_values(normalize(text)) if f.kind == "count_of"]


def test_an_abbreviation_for_part_of_the_outcome_names_those_words():
    doc = Document([Passage("results", "We recorded episodes of urinary tract infection (UTI) by month.")],
                   [Table("Table 2", "Infection outcomes, n (%)",
                          [["Outcome", "Cranberry (n = 80)", "Placebo (n = 81)"]],
                          [["≥ 1 UTI", "20 (25.0)", "31 (38.3)"],
                           ["Hospitalisation for UTI", "2 (2.5)", "4 (4.9)"]])])
    found = read(doc, "Cranberry capsules", "Placebo",
                 "At least one urinary tract infection during follow-up", "binary")
    assert events_and_sizes(found) == (20, 80, 31, 81)
    table = Table("Table 3", "Outcomes, n/N (%). ITT, intention to treat; PP, per protocol.",
                  [["Outcome", "Population", "5-day arm", "10-day arm"]],
                  [["Treatment failure", "ITT", "34/321 (10.6)", "29/319 (9.1)"],
                   ["", "PP", "30/302 (9.9)", "26/305 (8.5)"]])
    doc = Document([], [table])
    found = read(doc, "Amoxicillin for 5 days (5-day arm)", "Amoxicillin for 10 days (10-day arm)",
                 "Treatment failure (intention-to-treat analysis)", "binary")
    assert events_and_sizes(found) == (34, 321, 29, 319)


def test_a_number_in_the_outcomes_name_picks_its_row():
    table = Table("Table 2", "Efficacy at week 16, n (%)", [["End point", "Drug (N = 254)", "Placebo (N = 127)"]],
                  [["PASI 75", "201 (79.1)", "9 (7.1)"], ["PASI 90", "143 (56.3)", "3 (2.4)"],
                   ["PASI 100", "62 (24.4)", "0"]])
    arms = Arm.from_description("Drug 100 mg"), Arm.from_description("Placebo")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("PASI 75 response at week 16"), "binary")
    assert events_and_sizes(found) == (201, 254, 9, 127)


def test_twice_names_an_arm_given_twice_daily():
    table = Table("Table 2", "Outcomes by regimen", [["Regimen", "n", "Soreness, n (%)"]],
                  [["Twice daily", "58", "9 (15.5)"], ["Three times daily", "57", "14 (24.6)"]])
    doc = Document([Passage("methods", "Adults were randomised to needling twice daily or three times daily.")], [table])
    found = read(doc, "Needling twice daily", "Needling three times daily", "Soreness", "binary")
    assert events_and_sizes(found) == (9, 58, 14, 57)


def test_table_cells_with_thousands_separators():
    table = Table("Table 2", "Malaria infection by survey", [["Survey", "PBO nets", "Standard nets"]],
                  [["Baseline", "1,052/2,310", "1,087/2,295"], ["18 months", "612/2,198", "905/2,241"]])
    arms = Arm.from_description("PBO nets"), Arm.from_description("Standard nets")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("Malaria infection at 18 months"),
                    "binary")
    assert events_and_sizes(found) == (612, 2198, 905, 2241)
    table = Table("Table 3", "Blood loss, mL, mean ± SD", [["", "TXA (n = 74)", "Placebo (n = 75)"]],
                  [["Total blood loss", "1,032 ± 410", "1,487 ± 522"]])
    arms = Arm.from_description("TXA"), Arm.from_description("Placebo")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("Total blood loss"), "continuous")
    assert sizes_means_sds(found) == (74, 1032, 410, 75, 1487, 522)


def test_the_columns_of_an_arm_row_table_are_told_apart_by_their_qualifiers():
    table = Table("Table 2", "Kidney outcomes. AKI, acute kidney injury.",
                  [["Group", "n", "AKI (any stage)", "AKI (any stage)", "AKI stage 2-3", "AKI stage 2-3"],
                   ["", "", "n", "%", "n", "%"]],
                  [["RIPC", "117", "28", "23.9", "9", "7.7"], ["Sham", "119", "44", "37.0", "13", "10.9"]])
    doc = Document([], [table])
    found = read(doc, "RIPC", "Sham preconditioning", "Acute kidney injury (any stage) within 72 hours", "binary")
    assert events_and_sizes(found) == (28, 117, 44, 119)


def test_shares_in_a_sentence_take_their_counts_from_the_table_row_that_gives_them():
    table = Table("Table 2", "Wound infection, overall and by subgroup. Values are n/N (%).",
                  [["", "Needling", "Sham", "Risk ratio"]],
                  [["All patients", "7/298 (2.3)", "18/301 (6.0)", "0.39"], ["Approach", "", "", ""],
                   ["  Open repair", "5/176 (2.8)", "13/180 (7.2)", "0.39"],
                   ["  Laparoscopic repair", "2/122 (1.6)", "5/121 (4.1)", "0.40"]])
    doc = Document([Passage("results", "Wound infection occurred in 2.3% of patients who had needling and in 6.0% of "
                                       "those who had sham (Table 2).")], [table])
    arms = Arm.from_description("Needling"), Arm.from_description("Sham")
    found = extract(doc, *arms, OutcomeSpec.from_description("Wound infection after hernia repair"), "binary")
    assert events_and_sizes(found) == (7, 298, 18, 301) and "All patients" in found.provenance[0]


def test_numbers_in_a_sentence_about_allocation_are_no_event_counts():
    table = Table("Table 2", "Maternal outcomes, n (%)", [["Outcome", "Aspirin (n = 812)", "Placebo (n = 806)"]],
                  [["Preterm pre-eclampsia (< 37 weeks)", "13 (1.6)", "35 (4.3)"]])
    doc = Document([Passage("methods", "Women with a screening risk for preterm pre-eclampsia greater than 1 in 100 "
                                       "were randomly assigned to aspirin 150 mg per day or placebo from 11 to 14 "
                                       "weeks until 36 weeks of gestation.")], [table])
    arms = Arm.from_description("Aspirin 150 mg"), Arm.from_description("Placebo")
    found = extract(doc, *arms, OutcomeSpec.from_description("Preterm pre-eclampsia before 37 weeks of gestation"),
                    "binary")
    assert events_and_sizes(found) == (13, 812, 35, 806)


def test_of_columns_naming_an_arm_equally_the_one_naming_no_other_arm():
    table = Table("Table 3", "Delivery outcomes, n (%)",
                  [["Outcome", "Oral misoprostol (n = 150)", "Vaginal misoprostol (n = 148)",
                    "Dinoprostone (n = 149)"]],
                  [["Caesarean section", "31 (20.7)", "38 (25.7)", "40 (26.8)"]])
    arms = Arm.from_description("Oral misoprostol 25 µg"), Arm.from_description("Dinoprostone 10 mg vaginal insert")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("Caesarean delivery"), "binary")
    assert events_and_sizes(found) == (31, 150, 40, 149)


def test_one_arm_losing_participants_and_one_event_against_none():
    doc = Document([Passage("results", "Of 200 women randomised, 100 were assigned to the 12-hour arm and 100 to the "
                                       "24-hour arm. Two women in the 12-hour arm withdrew consent and were not "
                                       "analysed. Later, 2 women in the 12-hour arm had a seizure after the "
                                       "infusion was stopped; no seizures occurred in the 24-hour arm (P = 0.50).")])
    arms = arms_for(doc, "Magnesium for 12 hours (the 12-hour arm)", "Magnesium for 24 hours (the 24-hour arm)")
    found = extract(doc, *arms, OutcomeSpec.from_description("Eclampsia (postpartum seizures)"), "binary")
    assert events_and_sizes(found) == (2, 98, 0, 100)


def test_another_name_in_brackets_names_the_outcome_and_sizes_left_after_exclusions():
    doc = Document([Passage("methods", "Alveolar osteitis (dry socket) was diagnosed on days 3-5."),
                    Passage("results", "One hundred and thirty patients were randomised; five did not attend (two "
                                       "CHX, three control) and were excluded, leaving 63 patients in the CHX group "
                                       "and 62 in the control group. Dry socket developed in seven of 63 patients "
                                       "who used chlorhexidine and in 17 of 62 patients in the control group.")])
    found = read(doc, "0.12% chlorhexidine mouth rinse (CHX group)", "Placebo mouth rinse (control group)",
                 "Alveolar osteitis after third molar extraction", "binary")
    assert events_and_sizes(found) == (7, 63, 17, 62)


def test_an_undefined_abbreviation_of_the_outcomes_last_words_names_its_rows():
    table = Table("Table 2", "Vascular function (mean ± SD)",
                  [["Variable", "Cocoa A (n = 30)", "Cocoa B (n = 29)"]],
                  [["FMD, % at 4 weeks", "6.9 ± 2.1", "5.8 ± 1.7"],
                   ["Brachial SBP at 4 weeks", "118.2 ± 9.4", "121.5 ± 10.0"]])
    found = read(Document([], [table]), "Cocoa A", "Cocoa B", "Brachial flow-mediated dilation (%) at 4 weeks",
                 "continuous")
    assert sizes_means_sds(found) == (30, 6.9, 2.1, 29, 5.8, 1.7)


def test_a_count_of_a_third_group_naming_both_arms_is_left_out():
    doc = Document([Passage("results", "Dry cough was reported by 19 patients on ramipril (n = 204), 6 on telmisartan "
                                       "(n = 201) and 21 on the combination of ramipril and telmisartan (n = 203).")])
    found = read(doc, "Telmisartan", "Ramipril", "Dry cough during treatment", "binary")
    assert events_and_sizes(found) == (6, 201, 19, 204)


def test_a_lower_case_or_in_a_column_heading_is_no_odds_ratio():
    table = Table("Table 2", "Adverse events, n (%)", [["Group", "Infants", "Vomiting during or within 30 min"]],
                  [["Physiotherapy", "49", "6 (12.2)"], ["Control", "50", "1 (2.0)"]])
    found = read(Document([], [table]), "Chest physiotherapy", "Nasal suction only (control)",
                 "Vomiting during or within 30 minutes", "binary")
    assert events_and_sizes(found) == (6, 49, 1, 50)


def test_an_arm_row_takes_its_size_from_the_count_column_of_the_time_read():
    table = Table("Table 2", "PHQ-9 by allocation",
                  [["Arm", "Randomised", "3 months n", "3 months mean (SD)", "6 months n", "6 months mean (SD)"]],
                  [["GBA", "134", "118", "10.4 (5.6)", "110", "9.7 (5.9)"],
                   ["EUC", "134", "123", "12.3 (5.4)", "116", "11.5 (5.8)"]])
    found = read(Document([], [table]), "Group behavioural activation (GBA)", "Enhanced usual care (EUC)",
                 "Depressive symptoms (PHQ-9) at 6 months", "continuous")
    assert sizes_means_sds(found) == (110, 9.7, 5.9, 116, 11.5, 5.8)


def table_beside(text: str, header: list[str], rows: list[list[str]]) -> Document:
    """A results paragraph and one table of the arms' columns."""
    return Document([Passage("results", text)], [Table("Table 2", "Outcomes by group", [header], rows)])


CORNEAL_TRIAL = "Eyes were randomised to laser-assisted surgery (LAS; n = 70) or manual surgery (MS; n = 68). "


@pytest.mark.parametrize("doc, intervention, comparator, outcome, kind, expected", [
    pytest.param(Document([], [Table("Table 3", "Hearing (mean ± SD), dB",
                                     [["Graft", "Preop ABG", "3-month ABG", "ABG gain"]],
                                     [["Cartilage (n = 38)", "26.1 ± 5.2", "15.4 ± 4.9", "10.7 ± 5.5"],
                                      ["Fascia (n = 37)", "25.3 ± 6.0", "14.2 ± 5.8", "11.1 ± 6.3"]])]),
                 "Cartilage graft", "Temporalis fascia graft", "Air–bone gap (dB) at 3 months", "continuous",
                 (38, 15.4, 4.9, 37, 14.2, 5.8), id="an undefined initialism of the outcome under the time asked"),
    pytest.param(Document([Passage("methods", "Comatose survivors were randomised to hypothermia at 32 °C (HT32) or "
                                               "35 °C (HT35) for 24 hours.")],
                          [Table("Table 3", "Serum S100B (µg/L), mean (SD)",
                                 [["Time", "HT32 (n = 40)", "HT35 (n = 41)"]],
                                 [["24 h", "30.5 (12.1)", "31.0 (12.8)"], ["72 h", "22.1 (9.0)", "27.4 (11.2)"]])]),
                 "Hypothermia at 32 °C", "Hypothermia at 35 °C", "Serum S100B at 72 hours", "continuous",
                 (40, 22.1, 9.0, 41, 27.4, 11.2), id="a code of the letters of an arm's name and its number"),
    pytest.param(Document([], [Table("Table 2", "Inhaler knowledge test (0-30)",
                                     [["Group", "Pre-test", "Pre-test", "Post-test", "Post-test", "3 mo", "3 mo"],
                                      ["", "Mean", "SD", "Mean", "SD", "Mean", "SD"]],
                                     [["Video (n = 40)", "14.2", "3.1", "24.6", "2.2", "21.0", "2.9"],
                                      ["Leaflet (n = 41)", "14.8", "2.9", "19.3", "2.8", "18.1", "3.0"]])]),
                 "Video training", "Leaflet", "Inhaler knowledge score at post-test", "continuous",
                 (40, 24.6, 2.2, 41, 19.3, 2.8), id="an arm row's 'SD' column under the time asked is no mean"),
    pytest.param(Document([], [Table("Table 2", "Outcomes at 12 weeks", [["Outcome", "Nutrition", "Exercise", "Both"]],
                                     [["Weight, kg", "71.2 (8.1)", "72.5 (8.3)", "69.9 (7.7)"]])]),
                 "Nutritional counselling", "Exercise classes", "Weight at 12 weeks", "continuous",
                 (None, 71.2, 8.1, None, 72.5, 8.3), id="'Nutrition' names 'Nutritional counselling'"),
    pytest.param(Document([], [Table("Table 3", "Serum CRP (mg/L), mean ± SD", [["Group", "Day 0", "Day 28"]],
                                     [["Turmeric root curcumin extract 500 mg t.i.d. (n = 25)", "6.1 ± 2.0",
                                       "3.9 ± 1.7"], ["Placebo (n = 24)", "6.3 ± 2.2", "5.8 ± 2.1"]])]),
                 "Turmeric root curcumin extract 500 mg three times daily", "Placebo", "CRP at day 28", "continuous",
                 (25, 3.9, 1.7, 24, 5.8, 2.1), id="an arm's row named with its size and 't.i.d.'"),
    pytest.param(Document([], [Table("Table 2", "Pain at baseline and 8 weeks, mean (SD)",
                                     [["", "Needling (n = 30)", "Sham (n = 29)"]],
                                     [["Pain, 0-10 - baseline", "6.8 (1.4)", "6.6 (1.5)"],
                                      ["Pain, 0-10 - 8 weeks", "3.1 (1.9)", "4.6 (2.0)"],
                                      ["Change from baseline", "-3.7 (2.1)", "-2.0 (2.2)"]])]),
                 "Dry needling", "Sham needling", "Change in pain from baseline to 8 weeks", "continuous",
                 (30, -3.7, 2.1, 29, -2.0, 2.2), id="a row 'Change from baseline' is the change of the row above"),
    pytest.param(Document([], [Table("Table 2", "Body composition, mean (SD)",
                                     [["", "Needling (n = 30)", "Sham (n = 29)"]],
                                     [["Body weight, baseline (kg)", "68.4 (11.2)", "67.9 (12.0)"],
                                      ["Body weight, week 8 (kg)", "67.9 (11.0)", "65.6 (11.8)"],
                                      ["Change from baseline (kg)", "-0.5 (2.1)", "-2.3 (2.6)"]])]),
                 "Dry needling", "Sham needling", "Change in body weight (kg) from baseline to week 8", "continuous",
                 (30, -0.5, 2.1, 29, -2.3, 2.6), id="... also with its unit in brackets"),
    pytest.param(Document([], [Table("Table 3", "Relapse at 1 year by group (number of patients)",
                                     [["Group", "Relapse: yes", "Relapse: no"]],
                                     [["Needling (n = 30)", "7", "23"], ["Sham (n = 31)", "14", "17"]])]),
                 "Dry needling", "Sham needling", "Relapse at 1 year", "binary", (7, 30, 14, 31),
                 id="a column 'Relapse: no' counts those without the event, not the arm's size"),
    pytest.param(Document([], [Table("Table 4", "Adverse events, n (%)",
                                     [["Event", "Needling (n = 40)", "Sham (n = 41)"]],
                                     [["Any adverse event", "14 (35.0)", "12 (29.3)"],
                                      ["Discontinued because of an adverse event", "2 (5.0)", "1 (2.4)"]])]),
                 "Dry needling", "Sham needling", "Discontinuation due to adverse events", "binary", (2, 40, 1, 41),
                 id="'Discontinued' names 'discontinuation'"),
    pytest.param(Document([], [Table("Table 2", "Pain (NRS), mean (SD)",
                                     [["", "Block (n = 30)", "", "Sham (n = 29)", "", ""],
                                      ["Time", "At rest", "On movement", "At rest", "On movement", "P (movement)"]],
                                     [["2 h", "1.1 (0.9)", "2.4 (1.3)", "2.6 (1.4)", "4.0 (1.7)", "<0.001"],
                                      ["8 h", "1.6 (1.0)", "2.9 (1.5)", "2.4 (1.2)", "3.8 (1.6)", "0.02"]])]),
                 "Nerve block", "Sham block", "Pain on movement at 8 h", "continuous", (30, 2.9, 1.5, 29, 3.8, 1.6),
                 id="an arm heading over blank cells spans the sub-headings under them"),
    pytest.param(Document([], [Table("Table 3", "Side effects, n/N (%)", [["Event", "Group K", "Group S", "P"]],
                                     [["Pruritus (any severity)", "12/40 (30.0)", "3/41 (7.3)", "0.01"],
                                      ["Pruritus needing treatment", "4/40 (10.0)", "1/41 (2.4)", "0.2"]])]),
                 "Ketamine (group K)", "Saline (group S)", "Postoperative pruritus", "binary", (12, 40, 3, 41),
                 id="a row of any severity rather than a later row of one kind"),
    pytest.param(Document([], [Table("Table 2", "Stroke by year 2, n/N", [["Strategy", "Year 1", "Year 2"]],
                                     [["Intensive BP lowering", "20/600", "31/598"],
                                      ["Standard BP lowering", "12/610", "17/607"]])]),
                 "Intensive blood pressure lowering", "Standard blood pressure lowering", "Stroke by year 2", "binary",
                 (31, 598, 17, 607), id="an arm row naming the arm with an initialism of its words"),
    *(pytest.param(Document([], [Table("Table 2", caption,
                                       [["Protocol", "n", "Stimulation (days)", "Oocytes retrieved"]],
                                       [["Short", "90", "9.1 ± 1.4", "10.2 ± 4.9"],
                                        ["Long", "88", "10.8 ± 1.7", "11.5 ± 5.3"]])]),
                   "Short protocol", "Long protocol", "Oocytes retrieved", "continuous", (90, 10.2, 4.9, 88, 11.5, 5.3),
                   id=f"{caption.split(',')[0]} hold outcomes")
      for caption in ("Ovarian stimulation characteristics, mean ± SD", "Cycle characteristics, mean ± SD")),
    pytest.param(table_beside(CORNEAL_TRIAL + "Six-month corneal thickness was measured in 65 LAS and 62 MS eyes.",
                              ["Measure", "LAS (n = 70)", "MS (n = 68)"],
                              [["Corneal thickness at 6 months, µm", "541 ± 32", "548 ± 35"]]),
                 "Laser-assisted surgery", "Manual surgery", "Corneal thickness at 6 months", "continuous",
                 (65, 541, 32, 62, 548, 35), id="those analysed for the outcome replace a table header's sizes"),
    pytest.param(table_beside(CORNEAL_TRIAL + "Six-month corneal thickness was measured in 65 LAS and 62 MS eyes. The "
                              "analysis used a mixed model including all randomised eyes.",
                              ["Measure", "LAS (n = 70)", "MS (n = 68)"],
                              [["Corneal thickness at 6 months, µm", "541 ± 32", "548 ± 35"]]),
                 "Laser-assisted surgery", "Manual surgery", "Corneal thickness at 6 months", "continuous",
                 (70, 541, 32, 68, 548, 35), id="unless the analysis includes everyone randomised"),
    pytest.param(table_beside(CORNEAL_TRIAL + "Six-month corneal oedema was assessed in 65 LAS and 62 MS eyes.",
                              ["Event", "LAS (n = 70)", "MS (n = 68)"],
                              [["Corneal oedema at 6 months", "7 (10.0)", "17 (25.0)"]]),
                 "Laser-assisted surgery", "Manual surgery", "Corneal oedema at 6 months", "binary", (7, 70, 17, 68),
                 id="a table share of the arm size keeps that size as the denominator"),
    pytest.param(Document([Passage("results", "Children were randomised to lenses (LE, n = 50) or spectacles (SP, "
                                              "n = 49).")],
                          [Table("Table 3", "Axial length (mm), mean (SD); 45 LE and 44 SP children had 1-year data.",
                                 [["", "LE", "SP"]], [["Axial length at 1 year", "24.31 (0.70)", "24.52 (0.74)"]])]),
                 "Lenses", "Spectacles", "Axial length at 1 year", "continuous", (45, 24.31, 0.70, 44, 24.52, 0.74),
                 id="a caption saying how many of each arm had data gives the sizes"),
    pytest.param(table_beside("Women were randomised to exercise (n = 50) or usual care (n = 49). Four women in the "
                              "exercise group and five in the usual care group missed the 12-week assessment, leaving "
                              "46 and 44 women, respectively, for the analysis.",
                              ["Outcome", "Exercise (n = 50)", "Usual care (n = 49)"],
                              [["Fatigue at 12 weeks", "38.1 (9.0)", "33.4 (10.2)"]]),
                 "Exercise", "Usual care", "Fatigue at 12 weeks", "continuous", (46, 38.1, 9.0, 44, 33.4, 10.2),
                 id="those left for an analysis at the outcome's time replace a table header's sizes"),
    pytest.param(table_beside("Patients were randomised to oral ketorolac alone (KET), oral ketorolac plus cold "
                              "compresses (KET+CC) or placebo tablets (PL).",
                              ["Outcome, n (%)", "KET (n = 80)", "KET+CC (n = 81)", "PL (n = 79)"],
                              [["Rescue analgesia", "22 (27.5)", "14 (17.3)", "41 (51.9)"]]),
                 "Oral ketorolac plus cold compresses", "Oral ketorolac alone", "Rescue analgesia", "binary",
                 (14, 81, 22, 80), id="an abbreviation in another arm's combined one names the arm alone"),
    pytest.param(table_beside("Patients were randomised to early mobilisation or usual care.",
                              ["", "Early mobilisation (n = 50)", "Usual care (n = 48)"],
                              [["Gait speed at admission, m/s", "0.41 (0.20)", "0.43 (0.21)"],
                               ["Gait speed at discharge, m/s", "0.72 (0.25)", "0.60 (0.27)"],
                               ["Change in gait speed, m/s", "0.31 (0.18)", "0.17 (0.19)"]]),
                 "Early mobilisation", "Usual care", "Change in gait speed from admission to discharge", "continuous",
                 (50, 0.31, 0.18, 48, 0.17, 0.19), id="the ends of a change asked for do not name the row at one end"),
    pytest.param(table_beside("Eighty patients were randomised to kyphoplasty or a sham procedure.",
                              ["Group", "Time point", "n", "RMDQ, mean ± SD"],
                              [["Kyphoplasty", "Baseline", "40", "17.3 ± 3.9"],
                               ["Kyphoplasty", "3 months", "38", "10.4 ± 6.2"],
                               ["Sham", "Baseline", "40", "16.9 ± 4.2"], ["Sham", "3 months", "37", "11.0 ± 6.0"]]),
                 "Kyphoplasty", "Sham procedure", "RMDQ at 3 months", "continuous", (38, 10.4, 6.2, 37, 11.0, 6.0),
                 id="a table with a row per arm and time point gives the row at the time asked"),
    pytest.param(Document([Passage("results", "Adults were randomised to sertraline or placebo.")],
                          [Table("Table 2", "HAM-D scores by visit", [["Group", "Visit", "n", "Mean", "SD"]],
                                 [["Sertraline", "Baseline", "84", "24.1", "3.6"], ["", "Week 8", "73", "13.8", "6.1"],
                                  ["Placebo", "Baseline", "83", "23.8", "3.9"], ["", "Week 8", "75", "17.2", "6.4"]])]),
                 "Sertraline", "Placebo", "HAM-D score at week 8", "continuous", (73, 13.8, 6.1, 75, 17.2, 6.4),
                 id="a time point's row under an arm's row, its name cell blank, is that arm's"),
    pytest.param(table_beside("Patients were randomised to three groups: group A (taping), group B (mobilisation) and "
                              "group C (exercise).", ["Group", "Abduction pre", "Abduction post"],
                              [["A (n = 15)", "112.3 ± 18.4", "158.7 ± 14.9"],
                               ["B (n = 15)", "110.8 ± 19.6", "149.2 ± 16.3"],
                               ["C (n = 15)", "114.5 ± 17.1", "137.6 ± 18.8"]]),
                 "Mobilisation (group B)", "Exercise (group C)", "Abduction after treatment", "continuous",
                 (15, 149.2, 16.3, 15, 137.6, 18.8), id="a row named by a group's letter and its size is that group's"),
    pytest.param(Document([Passage("results", "Remission rates of those attending each visit are in Table 2.")],
                          [Table("Table 2", "DAS28 remission, n/N (%)", [["Visit", "MTX + prednisolone", "MTX alone"]],
                                 [["Week 16", "58/92 (63.0)", "37/90 (41.1)"],
                                  ["Week 52", "51/86 (59.3)", "43/84 (51.2)"]])]),
                 "Methotrexate plus prednisolone", "Methotrexate monotherapy", "DAS28 remission at week 52", "binary",
                 (51, 86, 43, 84), id="the one other column, headed 'alone', is the arm given alone"),
    pytest.param(Document([Passage("results", "HAQ-DI results are in Table 3.")],
                          [Table("Table 3", "HAQ-DI at week 24", [["Group", "N", "Week 24, mean (SD)"]],
                                 [["Placebo", "64", "1.31 (0.62)"], ["Tofacitinib 5 mg BID", "66", "1.18 (0.64)"],
                                  ["Tofacitinib 10 mg BID", "63", "1.06 (0.60)"]])]),
                 "Tofacitinib 10 mg twice daily", "Placebo", "HAQ-DI at week 24", "continuous",
                 (63, 1.06, 0.60, 64, 1.31, 0.62), id="a dosing time's abbreviation is no other word of an arm's row"),
    pytest.param(Document([Passage("results", "Remission rates by definition are in Table 2.")],
                          [Table("Table 2", "Remission at week 24, n (%)", [["Arm", "N", "CDAI", "Boolean"]],
                                 [["Abatacept + MTX", "296", "39 (13.2)", "29 (9.8)"],
                                  ["Adalimumab + MTX", "301", "38 (12.6)", "25 (8.3)"]])]),
                 "Abatacept + methotrexate", "Adalimumab + methotrexate", "Boolean remission at week 24", "binary",
                 (29, 296, 25, 301), id="a row's initialism of one of an arm's words is no other word"),
    pytest.param(Document([Passage("results", "Recipients were randomised to antithymocyte globulin (ATG) or "
                                              "basiliximab.")],
                          [Table("Table 2", "Efficacy endpoints at 12 months, n (%)",
                                 [["Endpoint", "ATG (n = 113)", "Basiliximab (n = 114)"]],
                                 [["Biopsy-proven acute rejection", "11 (9.7)", "24 (21.1)"],
                                  ["Composite (BPAR, graft loss or loss to follow-up)", "18 (15.9)", "30 (26.3)"]])]),
                 "Antithymocyte globulin", "Basiliximab", "Biopsy-proven acute rejection at 12 months",
                 "binary", (11, 113, 24, 114), id="'loss to follow-up' is no time of follow-up"),
    pytest.param(Document([Passage("results", "Patients were randomised to tamsulosin, silodosin 8 mg, nifedipine "
                                              "30 mg or no expulsive therapy (control).")],
                          [Table("Table 2", "Outcomes by group", [["Group", "Analysed, n", "Stone expulsion, n (%)"]],
                                 [["Tamsulosin", "57", "46 (80.7)"], ["Silodosin", "58", "50 (86.2)"],
                                  ["Nifedipine", "56", "38 (67.9)"], ["Control", "57", "34 (59.6)"]])]),
                 "Silodosin 8 mg", "Nifedipine 30 mg", "Stone expulsion", "binary", (50, 58, 38, 56),
                 id="an active comparator is not the control group when the allocation calls another group so"),
    pytest.param(Document([Passage("results", "Men were randomised to tadalafil once a day (n = 139) or on demand "
                                              "(n = 141).")],
                          [Table("Table 2", "IIEF score, mean (SD)",
                                 [["", "Tadalafil once a day", "Tadalafil on demand"]],
                                 [["Baseline, n", "139", "141"], ["Baseline score", "8.9 (6.4)", "9.1 (6.6)"],
                                  ["End of treatment, n", "122", "126"],
                                  ["End of treatment score", "15.8 (9.2)", "14.9 (9.6)"]])]),
                 "Tadalafil once a day", "Tadalafil on demand", "IIEF score at end of treatment", "continuous",
                 (122, 15.8, 9.2, 126, 14.9, 9.6), id="a row of the arms' sizes at a time gives the sizes of its row"),
    pytest.param(Document([Passage("results", "Adults were randomised to CBT (n = 20), zolpidem (n = 20), CBT plus "
                                              "zolpidem (combined; n = 19) or placebo (n = 19). Gains were largest "
                                              "in the CBT and combined groups.")],
                          [Table("Table 2", "Sleep efficiency (%), mean (SD)",
                                 [["", "CBT (n = 18)", "Zolpidem (n = 20)", "Combined (n = 19)", "Placebo (n = 17)"]],
                                 [["Post-treatment", "85.1 (7.2)", "80.2 (9.4)", "86.0 (6.8)", "76.5 (10.1)"]])]),
                 "CBT plus zolpidem (combined therapy)", "Placebo", "Sleep efficiency post-treatment", "continuous",
                 (19, 86.0, 6.8, 17, 76.5, 10.1), id="a combined arm's label, not the name of one of its parts"),
    pytest.param(Document([Passage("results", "Patients were randomised to electroacupuncture (EA; n = 43) or sham "
                                              "electroacupuncture (n = 41). At week 12, data were available for 40 EA "
                                              "and 39 sham participants.")],
                          [Table("Table 2", "PSQI global score, mean (SD)", [["Group", "Randomised, n", "Week 12"]],
                                 [["Electroacupuncture", "43", "8.9 (3.6)"],
                                  ["Sham electroacupuncture", "41", "10.7 (3.8)"]])]),
                 "Electroacupuncture", "Sham electroacupuncture", "PSQI global score at week 12", "continuous",
                 (40, 8.9, 3.6, 39, 10.7, 3.8), id="a column of those randomised gives way to those analysed"),
    pytest.param(Document([Passage("results", "Adults with heart failure were randomised to home-based exercise "
                                              "(n = 40) or usual care (n = 40). 6MWD improved with exercise "
                                              "(Table 2).")],
                          [Table("Table 2", "Outcomes, mean (SD)",
                                 [["Outcome", "Exercise (n = 38)", "Usual care (n = 37)"]],
                                 [["6MWD, m - baseline", "352 (88)", "358 (85)"],
                                  ["6MWD, m - 8 weeks", "389 (91)", "361 (90)"],
                                  ["NT-proBNP - 8 weeks", "1210 (640)", "1350 (700)"]])]),
                 "Home-based exercise", "Usual care", "Six-minute walk distance (m) at 8 weeks", "continuous",
                 (38, 389.0, 91.0, 37, 361.0, 90.0), id="an initialism with a number for a number word of the name"),
    pytest.param(Document([Passage("results", "Adults with knee pain were randomised to an exercise programme or "
                                              "advice.")],
                          [Table("Table 3", "Responders by reduction in knee pain",
                                 [["Group", "N", "≥30% responders, n (%)", "≥50% responders, n (%)",
                                   "100% responders, n (%)"]],
                                 [["Exercise", "60", "38 (63.3)", "25 (41.7)", "6 (10.0)"],
                                  ["Advice", "58", "20 (34.5)", "11 (19.0)", "2 (3.4)"]])]),
                 "Exercise programme", "Advice", "At least 50% reduction in knee pain at 12 weeks", "binary",
                 (25, 60, 11, 58), id="the column of the threshold the outcome names when no column names its words"),
    pytest.param(Document([Passage("results", "Women were randomised to a referral card, self-test kits, or self-test "
                                              "kits plus SMS follow-up.")],
                          [Table("Table 3", "Partner tested for HIV within 3 months",
                                 [["Arm", "N", "Partner tested, n (%)"]],
                                 [["Referral card", "180", "62 (34.4)"], ["Self-test kits", "182", "121 (66.5)"],
                                  ["Self-test kits + SMS", "179", "130 (72.6)"]])]),
                 "Self-test kits (without SMS)", "Referral card", "Partner tested for HIV within 3 months", "binary",
                 (121, 182, 62, 180), id="an upper-case term after 'without' names no arm"),
    pytest.param(Document([Passage("results", "Adults with migraine were randomised to drug X 50 mg or placebo.")],
                          [Table("Table 2", "Efficacy endpoints at 2 hours, number of patients",
                                 [["Group", "Patients treating an attack", "Pain freedom at 2 h",
                                   "Pain relief at 2 h"]],
                                 [["Drug X 50 mg", "298", "64", "163"], ["Placebo", "296", "41", "119"]])]),
                 "Drug X 50 mg", "Placebo", "Pain relief at 2 hours", "binary", (163, 298, 119, 296),
                 id="a column of those treated gives the sizes"),
    pytest.param(Document([Passage("results", "Adults were randomised to no letter, a standard reminder letter or a "
                                              "reserved-dose letter.")],
                          [Table("Table 2", "Booster uptake within 30 days by arm",
                                 [["Arm", "Randomised", "Vaccinated, n", "%"]],
                                 [["No letter", "5,012", "1,508", "30.1"],
                                  ["Standard reminder", "5,008", "1,702", "34.0"],
                                  ["Reserved dose", "5,015", "1,877", "37.4"]])]),
                 "Reserved-dose letter", "Standard reminder letter", "Booster uptake within 30 days", "binary",
                 (1877, 5015, 1702, 5008), id="sizes in a table with thousands separators"),
    pytest.param(Document([Passage("results", "Practices were randomised to invitations with a fixed appointment or "
                                              "an open invitation.")],
                          [Table("Table 2", "Screening attendance within 90 days",
                                 [["", "Fixed appointment", "Open invitation"]],
                                 [["Practices", "18", "18"], ["Women invited", "3412", "3380"],
                                  ["Attended, n (%)", "2140 (62.7)", "1678 (49.6)"]])]),
                 "Fixed appointment", "Open invitation", "Screening attendance within 90 days", "binary",
                 (2140, 3412, 1678, 3380), id="a row of those invited gives the sizes"),
    pytest.param(Document([Passage("results", "Adults were randomised to twice-daily or once-daily therapy.")],
                          [Table("Table 2", "Functional outcomes", [["", "Twice-daily", "Once-daily"]],
                                 [["Randomised, n", "52", "54"], ["Assessed at discharge, n", "50", "53"],
                                  ["Independent at discharge, n (%)", "22 (44.0)", "14 (26.4)"],
                                  ["Assessed at 3 months, n", "45", "47"],
                                  ["Independent at 3 months, n (%)", "31 (68.9)", "27 (57.4)"]])]),
                 "Twice-daily therapy", "Once-daily therapy", "Independence at 3 months", "binary",
                 (31, 45, 27, 47), id="the row of those assessed at the outcome's time gives the sizes"),
    pytest.param(Document([Passage("results", "Adults with tinnitus were randomised to a sound-therapy app (app group, "
                                              "n = 49) or an information leaflet (leaflet group, n = 49).")],
                          [Table("Table 3", "Response at 12 weeks",
                                 [["Group", "Randomised", "Assessed at 12 weeks", "Responders, n (%)"]],
                                 [["App", "49", "44", "26 (59.1)"], ["Leaflet", "49", "46", "15 (32.6)"]])]),
                 "Smartphone sound therapy", "Information leaflet", "Response at 12 weeks", "binary",
                 (26, 44, 15, 46), id="a row named by the word of an arm's 'app group' label"),
    pytest.param(Document([Passage("results", "Villages were randomised to fortified flour or standard flour.")],
                          [Table("Table 2", "Child haemoglobin (g/L), mean (SD)", [["", "Fortified", "Standard"]],
                                 [["Baseline", "", ""], ["n", "1,310", "1,295"],
                                  ["Haemoglobin", "104 (12)", "105 (12)"],
                                  ["12 months", "", ""], ["n", "1,172", "1,160"],
                                  ["Haemoglobin", "111 (11)", "107 (12)"]])]),
                 "Fortified flour", "Standard flour", "Haemoglobin at 12 months", "continuous",
                 (1172, 111, 11, 1160, 107, 12), id="a row 'n' under a heading gives the sizes of its rows"),
    pytest.param(Document([Passage("results", "Districts were randomised to radio messages or no messages.")],
                          [Table("Table 3", "Knowledge score (0-10), mean (SD)",
                                 [["", "Baseline", "Baseline", "Endline", "Endline"],
                                  ["", "Radio", "Control", "Radio", "Control"]],
                                 [["Mothers interviewed, n", "402", "398", "377", "381"],
                                  ["Knowledge score", "4.1 (1.9)", "4.0 (2.0)", "6.3 (1.8)", "4.6 (2.1)"]])]),
                 "Radio messages", "No messages", "Knowledge score at endline", "continuous",
                 (377, 6.3, 1.8, 381, 4.6, 2.1), id="a row of those interviewed gives each column's size"),
    pytest.param(Document([Passage("results", "Schools were randomised to a reading programme or usual lessons.")],
                          [Table("Table 2", "Reading scores, mean (SD)",
                                 [["Test", "Time point", "Programme", "Usual lessons"]],
                                 [["Pupils tested, n", "6 months", "310", "305"],
                                  ["Reading score", "6 months", "41.2 (8.8)", "39.9 (9.1)"],
                                  ["Pupils tested, n", "12 months", "296", "288"],
                                  ["Reading score", "12 months", "45.0 (8.1)", "41.7 (8.9)"]])]),
                 "Reading programme", "Usual lessons", "Reading score at 12 months", "continuous",
                 (296, 45.0, 8.1, 288, 41.7, 8.9), id="a row of those tested at the time a column of its own names"),
    pytest.param(Document([Passage("results", "Adults were randomised to nasal fentanyl or oral morphine.")],
                          [Table("Table 2", "Sedation characteristics, mean (SD)",
                                 [["Characteristic", "Nasal fentanyl (n = 40)", "Oral morphine (n = 41)"]],
                                 [["Time to adequate sedation, min", "12.5 (4.1)", "21.0 (6.3)"]])]),
                 "Nasal fentanyl", "Oral morphine", "Time to adequate sedation", "continuous",
                 (40, 12.5, 4.1, 41, 21.0, 6.3), id="a heading 'Characteristic' under a caption of outcome "
                                                    "characteristics"),
    pytest.param(Document([Passage("results", "Children were randomised to zinc or placebo.")],
                          [Table("Table 2", "Outcomes",
                                 [["Arm", "Randomised", "Hospital admissions, n (%)", "Deaths within 7 days, n"]],
                                 [["Zinc", "1,210", "64 (5.3)", "9"], ["Placebo", "1,198", "88 (7.3)", "14"]])]),
                 "Zinc", "Placebo", "Hospital admission", "binary", (64, 1210, 88, 1198),
                 id="a column of those randomised gives the sizes before another count's 'n' column"),
    pytest.param(Document([Passage("results", "Adults were randomised to cooling or usual care.")],
                          [Table("Table 2", "Baseline characteristics and outcomes",
                                 [["", "Cooling (n = 60)", "Usual care (n = 62)"]],
                                 [["Age, years, mean (SD)", "61 (9)", "60 (10)"],
                                  ["Delirium, n (%)", "7 (11.7)", "15 (24.2)"]])]),
                 "Cooling", "Usual care", "Delirium", "binary", (7, 60, 15, 62),
                 id="a table of characteristics at entry and outcomes"),
    pytest.param(Document([Passage("results", "Adults were randomised to the new splint or the standard splint.")],
                          [Table("Table 3", "Agreement that the splint was comfortable, n",
                                 [["Answer", "New splint (n = 40)", "Standard splint (n = 41)"]],
                                 [["Strongly agree", "14", "6"], ["Agree", "15", "12"], ["Disagree", "8", "17"],
                                  ["Strongly disagree", "3", "6"]])]),
                 "New splint", "Standard splint", "Agree or strongly agree that the splint was comfortable", "binary",
                 (29, 40, 18, 41), id="an answer and its stronger form added up"),
    pytest.param(Document([Passage("results", "Children were randomised to the cream or the emollient.")],
                          [Table("Table 2", "Eczema severity at 8 weeks, n (%)",
                                 [["Group", "Assessed", "Clear", "Mild", "Moderate", "Severe"]],
                                 [["Cream", "48", "20 (41.7)", "17 (35.4)", "8 (16.7)", "3 (6.3)"],
                                  ["Emollient", "47", "11 (23.4)", "15 (31.9)", "14 (29.8)", "7 (14.9)"]])]),
                 "Cream", "Emollient", "Moderate or severe eczema at 8 weeks", "binary",
                 (11, 48, 21, 47), id="categories of a scale in columns added up"),
    pytest.param(Document([Passage("results", "Adults were randomised to needling, sham needling, exercise or needling "
                                              "plus exercise.")],
                          [Table("Table 2", "Pain (NPRS) by group and time",
                                 [["Group", "Time", "n", "Mean", "SD"]],
                                 [["Needling", "Baseline", "20", "6.2", "1.1"], ["", "4 weeks", "19", "3.9", "1.6"],
                                  ["Sham needling", "Baseline", "20", "6.0", "1.2"],
                                  ["", "4 weeks", "20", "5.1", "1.8"],
                                  ["Needling + exercise", "Baseline", "20", "6.1", "1.3"],
                                  ["", "4 weeks", "18", "3.1", "1.4"]])]),
                 "Needling plus exercise", "Sham needling", "NPRS at 4 weeks", "continuous",
                 (18, 3.1, 1.4, 20, 5.1, 1.8),
                 id="a time row below an arm's row is named as well as that arm's row"),
    pytest.param(Document([Passage("results", "Sixty adults were randomised to dry needling (DN), interferential "
                                              "current (IFC) or DN combined with IFC.")],
                          [Table("Table 3", "Adverse events, n",
                                 [["Event", "DN (n = 20)", "IFC (n = 20)", "DN + IFC (n = 20)"]],
                                 [["Soreness", "8", "2", "10"], ["Bruising", "3", "0", "4"]])]),
                 "Dry needling plus interferential current (IFC)", "Dry needling alone", "Soreness", "binary",
                 (10, 20, 8, 20), id="an abbreviation both arms share is the one not combined with another's"),
    pytest.param(Document([Passage("methods", "Sixty adults were randomised to joint mobilisation combined with a "
                                               "neck-strengthening exercise programme (MOB+EX) or to the exercise "
                                               "programme alone (EX).")],
                          [Table("Table 2", "Pain (0-10), mean (SD)", [["Group", "n", "Baseline", "4 weeks"]],
                                 [["MOB+EX", "30", "6.1 (1.2)", "2.1 (1.0)"],
                                  ["EX", "29", "6.0 (1.3)", "3.4 (1.2)"]])]),
                 "Joint mobilisation plus neck-strengthening exercise", "Neck-strengthening exercise alone",
                 "Pain at 4 weeks", "continuous", (30, 2.1, 1.0, 29, 3.4, 1.2),
                 id="the one combined abbreviation is the arm's that adds a treatment to the other"),
    pytest.param(Document([], [Table("Table 3", "Neck Disability Index at 8 weeks",
                                     [["Group", "n", "Mean (SD)", "Median (IQR)"]],
                                     [["Trigger points + collar", "21", "14.2 (4.6)", "13.0 (11.0-17.0)"],
                                      ["Collar only", "20", "18.6 (5.8)", "18.0 (14.0-22.0)"]])]),
                 "Dry needling of trigger point plus soft collar", "Soft collar alone",
                 "Neck Disability Index at 8 weeks", "continuous", (21, 14.2, 4.6, 20, 18.6, 5.8),
                 id="a row names an arm by a plural of its word, and 'only' an arm described as alone"),
    pytest.param(Document([], [Table("Table 3", "Pain (VAS 0-10), mean (SD)",
                                     [["", "Needling (n = 30)", "Sham (n = 30)"]],
                                     [["Pain, baseline", "6.2 (1.4)", "6.0 (1.5)"],
                                      ["Pain, 6 weeks*", "2.8 (1.6)", "4.1 (1.9)"]],
                                     footnotes="*Analysis restricted to the 28 needling and 27 sham participants who "
                                               "attended at 6 weeks.")]),
                 "Needling", "Sham", "Pain at 6 weeks", "continuous", (28, 2.8, 1.6, 27, 4.1, 1.9),
                 id="a row's footnote giving a count before each arm's name"),
    pytest.param(Document([], [Table("Table 2", "Pain (VAS 0-10), mean (SD)",
                                     [["", "Needling", "", "Sham", ""],
                                      ["", "Baseline (n = 30)", "6 weeks (n = 28)", "Baseline (n = 30)",
                                       "6 weeks (n = 27)"]],
                                     [["Pain", "6.1 (1.2)", "2.9 (1.4)", "6.0 (1.3)", "4.2 (1.5)"]])]),
                 "Needling", "Sham", "Pain at 6 weeks", "continuous", (28, 2.9, 1.4, 27, 4.2, 1.5),
                 id="an arm spans the blank cell after it over 'Baseline' and a time, each with its own n"),
    pytest.param(Document([], [Table("Table 2", "Adverse events",
                                     [["", "Needling (n = 60)", "Sham (n = 58)"]],
                                     [["Bruising", "15 (25.0)ᵃ", "4 (6.9)ᵃ"], ["ᵃ Shares of those treated.", "", ""]])]),
                 "Needling", "Sham", "Bruising", "binary", (15, 60, 4, 58),
                 id="a footnote's mark after a cell's value is no part of it"),
    pytest.param(Document([Passage("results", "Seventy patients were randomised, 35 to dry needling and 35 to a night "
                                              "splint. The number reporting no pain on the first step is shown in "
                                              "Table 4.")],
                          [Table("Table 4", "No pain on the first step, n/N", [["Group", "1 month", "6 months"]],
                                 [["Dry needling", "5/34", "19/31"], ["Night splint", "3/35", "11/32"]])]),
                 "Dry needling", "Night splint", "No pain on first step at 6 months", "binary", (19, 31, 11, 32),
                 id="a sentence saying where an outcome named by 'no' is shown gives no zero counts"),
])
def test_values_in_documents_with_tables(doc, intervention, comparator, outcome, kind, expected):
    assert values_of(read(doc, intervention, comparator, outcome, kind), kind) == expected


def test_headings_joining_an_arm_and_pre_or_post_are_that_arms_columns():
    table = Table("Table 2", "Sleep diary outcomes, mean (SD)",
                  [["Measure", "BBTI baseline", "BBTI post", "Control baseline", "Control post"]],
                  [["Sleep efficiency, %", "71.8 (10.9)", "83.5 (8.2)", "72.6 (11.4)", "75.9 (10.6)"]])
    found = read(Document([], [table]), "Brief behavioural treatment for insomnia (BBTI)", "Information control",
                 "Sleep efficiency", "continuous")
    assert sizes_means_sds(found) == (None, 83.5, 8.2, None, 75.9, 10.6)


def test_time_is_a_word_of_the_outcomes_name():
    table = Table("Table 2", "Sleep diary outcomes, mean (SD)", [["Measure", "BBTI", "Control"]],
                  [["Wake after sleep onset, min", "39.4 (24.8)", "58.1 (31.2)"],
                   ["Total sleep time, min", "358.9 (55.3)", "340.5 (60.1)"]])
    found = read(Document([], [table]), "BBTI", "Control", "Total sleep time (minutes)", "continuous")
    assert sizes_means_sds(found) == (None, 358.9, 55.3, None, 340.5, 60.1)


def test_a_respectively_list_after_a_sentence_naming_the_arms_is_not_weighed_down():
    doc = Document([Passage("results", "Children were randomised to AL (n = 152), ASMQ (n = 153) or DP (n = 151). "
                                       "Mean parasite clearance time was 31.4 h (SD 11.2), 29.8 h (SD 10.6) and 30.9 h "
                                       "(SD 12.0) in the AL, ASMQ and DP groups, respectively. Mean fever clearance "
                                       "time was 18.2 h (SD 9.7), 15.9 h (SD 8.8) and 17.1 h (SD 9.4), respectively.")])
    found = read(doc, "Artesunate-mefloquine (ASMQ)", "Artemether-lumefantrine (AL)", "Fever clearance time (hours)",
                 "continuous")
    assert sizes_means_sds(found) == (153, 15.9, 8.8, 152, 18.2, 9.7)


def test_group_before_a_therapy_names_the_therapy_given_in_groups():
    doc = Document([Passage("results", "Mean PDSS scores fell from 13.8 (SD 4.2) to 6.1 (SD 4.4) with internet CBT and "
                                       "from 14.1 (SD 4.0) to 6.4 (SD 4.9) with group CBT.")])
    found = read(doc, "Guided internet CBT", "Face-to-face group CBT", "Panic severity (PDSS)", "continuous")
    assert sizes_means_sds(found) == (None, 6.1, 4.4, None, 6.4, 4.9)


def test_an_initialism_led_by_the_initial_of_the_word_before_it_names_the_outcome():
    doc = Document([Passage("results", "At week 3, mEASI had fallen to 8.7 ± 1.1 in the tacrolimus group and "
                                       "10.9 ± 1.3 in the hydrocortisone group (p = 0.19).")])
    found = read(doc, "Tacrolimus 0.1% ointment", "Hydrocortisone butyrate 0.1% ointment", "Modified EASI at week 3",
                 "continuous")
    assert sizes_means_sds(found) == (None, 8.7, 1.1, None, 10.9, 1.3)


def test_a_mean_restated_in_other_units_in_brackets_is_not_another_value():
    doc = Document([Passage("results", "At week 24, HbA1c was 7.3% ± 0.9 (56 ± 9.8 mmol/mol) in the pioglitazone "
                                       "group and 8.0% ± 1.0 (64 ± 10.9 mmol/mol) in the placebo group.")])
    found = read(doc, "Pioglitazone 30 mg", "Placebo", "HbA1c (%) at week 24", "continuous")
    assert sizes_means_sds(found) == (None, 7.3, 0.9, None, 8.0, 1.0)


def test_those_who_did_not_complete_the_diary_are_not_analysed():
    doc = Document([Passage("results", "Sixty-two patients were randomised to paracetamol or placebo (31 per group). "
                                       "One patient in the paracetamol group and two in the placebo group did not "
                                       "complete the 24-hour diary. Rescue analgesia was taken by 6 patients in the "
                                       "paracetamol group and 15 in the placebo group.")])
    found = read(doc, "Paracetamol 1 g", "Placebo", "Use of rescue analgesia", "binary")
    assert events_and_sizes(found) == (6, 30, 15, 29)


def test_no_losses_are_subtracted_when_missing_data_were_imputed_for_everyone():
    doc = Document([Passage("methods", "Missing data were handled by multiple imputation and all randomised "
                                       "participants were analysed."),
                    Passage("results", "In total, 120 participants were randomised (iCBT n = 61; waiting list n = 59); "
                                       "9 and 5, respectively, did not complete the post-treatment questionnaires. "
                                       "Post-treatment PHQ-9 scores were 8.4 (SD 4.9) for iCBT and 12.7 (SD 5.3) for "
                                       "the waiting list.")])
    found = read(doc, "Guided iCBT", "Waiting list", "PHQ-9 post-treatment", "continuous")
    assert sizes_means_sds(found) == (61, 8.4, 4.9, 59, 12.7, 5.3)


def test_a_respectively_list_of_sizes_follows_the_allocation_list():
    doc = Document([Passage("results", "Smokers were recruited from primary care and randomised to NRT sampling "
                                       "(n = 424) or usual care (n = 425). At 3 months, 353 and 360 participants, "
                                       "respectively, completed follow-up. At least one quit attempt was reported by "
                                       "167 NRT sampling and 128 usual care participants.")])
    found = read(doc, "Nicotine replacement therapy sampling", "Usual care", "At least one quit attempt", "binary")
    assert events_and_sizes(found) == (167, 353, 128, 360)


def test_a_clause_on_how_losses_were_counted_does_not_make_the_counts_losses():
    doc = Document([Passage("results", "Abstinence at 6 months was 63/272 (23.2%) in the QuitText group and 39/268 "
                                       "(14.6%) in the control group, assuming that participants lost to follow-up "
                                       "were smoking.")])
    found = read(doc, "QuitText text messages", "Control text messages", "Abstinence at 6 months", "binary")
    assert events_and_sizes(found) == (63, 272, 39, 268)


def test_an_outcome_of_dropping_out_reads_the_counts_of_those_who_dropped_out():
    doc = Document([Passage("results", "In the group CBT arm 21 of 98 patients dropped out of treatment, compared with "
                                       "11 of 97 in the individual CBT arm.")])
    found = read(doc, "Group CBT", "Individual CBT", "Dropout from treatment", "binary")
    assert events_and_sizes(found) == (21, 98, 11, 97)


def test_a_respectively_list_of_counts_follows_the_allocation_list():
    doc = Document([Passage("results", "Children were randomised, in a factorial design, to 3 or 7 days of oral "
                                       "amoxicillin. Outcome data were available for 148 children allocated to 3 days "
                                       "and 150 allocated to 7 days. Treatment failure by day 30 occurred in 19 and 16 "
                                       "children, respectively.")])
    found = read(doc, "Amoxicillin for 3 days", "Amoxicillin for 7 days", "Treatment failure by day 30", "binary")
    assert events_and_sizes(found) == (19, 148, 16, 150)


def test_a_unit_ending_a_sentence_ends_it_an_abbreviation_does_not():
    assert split_sentences("Oxygen was given at up to 2 L/min. Of 291 infants, 147 were assigned to high flow.") == [
        "Oxygen was given at up to 2 L/min.", "Of 291 infants, 147 were assigned to high flow."]
    assert split_sentences("Sessions lasted 30 min. Pain fell.") == ["Sessions lasted 30 min.", "Pain fell."]
    assert len(split_sentences("Pain was lower (see Fig. 2) and min. values fell.")) == 1


def test_a_structured_abstracts_run_in_heading_is_no_part_of_its_sentence():
    assert split_sentences("Methods A total of 80 patients were randomised. Results In the needling group, 2 cases "
                           "dropped out. Results were similar at 1 year. Conclusion: needling helped.") == [
        "A total of 80 patients were randomised.", "In the needling group, 2 cases dropped out.",
        "Results were similar at 1 year.", "needling helped."]
    doc = Document([Passage("abstract", "Methods A total of 80 patients were randomly divided into a needling group "
                                        "and a sham group, 40 cases in each group. Results In the needling group, "
                                        "2 cases dropped out, and 1 case in the sham group dropped out.")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == {0: 38, 1: 39}


def test_those_who_returned_a_diary_are_those_analysed():
    doc = Document([Passage("results", "Of 192 children randomised (95 delayed, 97 immediate), parents of 89 and 92 "
                                       "returned a symptom diary. Diarrhoea was reported by parents of 8 children "
                                       "(9.0%) in the delayed group and 21 (22.8%) in the immediate group.")])
    found = read(doc, "Delayed antibiotic prescription", "Immediate amoxicillin", "Diarrhoea", "binary")
    assert events_and_sizes(found) == (8, 89, 21, 92)


def test_an_abbreviation_in_brackets_inside_an_arms_name_does_not_cut_the_name_before_its_size():
    doc = Document([Passage("results", "Neonates were allocated to light-emitting diode (LED) phototherapy (n = 53) or "
                                       "conventional fluorescent phototherapy (n = 52). Duration of phototherapy was "
                                       "shorter with LED (mean 28.6 h, SD 10.2) than with conventional phototherapy "
                                       "(mean 34.9 h, SD 12.7).")])
    found = read(doc, "LED phototherapy", "Conventional phototherapy", "Duration of phototherapy (hours)", "continuous")
    assert sizes_means_sds(found) == (53, 28.6, 10.2, 52, 34.9, 12.7)


def test_a_row_of_a_gestational_age_band_is_a_stratum_not_a_time_point():
    table = Table("Table 4", "Duration of non-invasive respiratory support (days), mean (SD)",
                  [["Stratum", "LISA", "INSURE"]],
                  [["23-26 weeks", "21.3 (9.8)", "24.1 (10.2)"], ["27-31 weeks", "7.0 (5.1)", "9.2 (5.7)"],
                   ["All infants", "12.4 (8.9)", "14.8 (9.6)"]])
    found = read(Document([], [table]), "LISA", "INSURE", "Duration of non-invasive respiratory support (days)",
                 "continuous")
    assert sizes_means_sds(found) == (None, 12.4, 8.9, None, 14.8, 9.6)


def test_the_cohort_analysed_gives_the_sizes():
    doc = Document([Passage("results", "Infants were randomised to vaccine (n = 1400) or placebo (n = 1398). The "
                                       "per-protocol efficacy cohort comprised 1348 vaccine recipients and 1339 "
                                       "placebo recipients. Severe rotavirus gastroenteritis occurred in 5 infants in "
                                       "the vaccine group and 21 in the placebo group.")])
    found = read(doc, "Oral rotavirus vaccine", "Placebo", "Severe rotavirus gastroenteritis", "binary")
    assert events_and_sizes(found) == (5, 1348, 21, 1339)


def test_a_cell_may_give_its_size_in_square_brackets_after_mean_and_sd():
    table = Table("Table 2", "CAPS-5 total severity score, mean (SD) [n]",
                  [["Group", "Baseline", "Post-treatment", "6-month follow-up"]],
                  [["PE", "38.6 (8.9) [70]", "24.3 (12.7) [59]", "25.8 (13.4) [52]"],
                   ["PCT", "37.9 (9.2) [68]", "29.5 (11.8) [60]", "28.9 (12.1) [55]"]])
    found = read(Document([], [table]), "Prolonged exposure (PE)", "Present-centred therapy (PCT)",
                 "PTSD severity (CAPS-5) at 6-month follow-up", "continuous")
    assert sizes_means_sds(found) == (52, 25.8, 13.4, 55, 28.9, 12.1)


def test_a_mean_of_so_many_units_named_in_words_and_those_reached_for_follow_up():
    doc = Document([Passage("results", "Eighty-two patients were randomised to motivational interviewing and "
                                       "seventy-nine to brief written advice. Seventy-one and sixty-six, respectively, "
                                       "were reached for the six-month interview. At six months, participants in the "
                                       "MI group reported a mean of 14.8 standard drinks per week (SD 11.2), compared "
                                       "with 19.5 (SD 13.7) in the advice group.")])
    found = read(doc, "Motivational interviewing (MI)", "Brief written advice", "Standard drinks per week at 6 months",
                 "continuous")
    assert sizes_means_sds(found) == (71, 14.8, 11.2, 66, 19.5, 13.7)


def test_an_arm_described_with_its_group_letter_takes_no_other_groups_letter():
    doc = Document([Passage("results", "Patients were randomised to amoxicillin 2 g before surgery (group A, "
                                       "n = 120), amoxicillin 2 g before surgery followed by 500 mg for 5 days "
                                       "(group B, n = 119) or placebo (group C, n = 118). Postoperative infection "
                                       "was diagnosed in 3 (2.5%), 2 (1.7%) and 8 (6.8%) patients in groups A, B and "
                                       "C, respectively.")])
    found = read(doc, "Single dose of amoxicillin 2 g (group A)", "Placebo (group C)", "Postoperative infection",
                 "binary")
    assert events_and_sizes(found) == (3, 120, 8, 118)


def test_a_row_for_all_infants_is_no_other_outcome():
    table = Table("Table 2", "Treatment failure within 72 hours by gestational age stratum, n/N (%)",
                  [["Stratum", "High-flow", "CPAP"]],
                  [["28+0 to 29+6 weeks", "9/38 (23.7)", "4/37 (10.8)"], ["30+0 to 33+6 weeks", "14/104 (13.5)",
                                                                          "8/106 (7.5)"],
                   ["All infants", "23/142 (16.2)", "12/143 (8.4)"]])
    found = read(Document([], [table]), "Nasal high-flow therapy", "Nasal CPAP", "Treatment failure within 72 hours",
                 "binary")
    assert events_and_sizes(found) == (23, 142, 12, 143)


def test_a_number_of_an_arms_name_beside_its_other_words_names_it():
    doc = Document([Passage("results", "Readmission within 28 days occurred in 7 infants (2.3%) in the 90% target "
                                       "group and 5 infants (1.6%) in the 94% target group.")])
    found = read(doc, "SpO2 target ≥ 90%", "SpO2 target ≥ 94%", "Readmission within 28 days", "binary")
    assert events_and_sizes(found) == (7, None, 5, None)


def test_group_codes_defined_in_a_table_glossary_name_the_arms():
    table = Table("Table 2", "Recovery. Data are n (%). G1, dexmedetomidine; G2, fentanyl; G3, saline.",
                  [["", "G1 (n = 30)", "G2 (n = 30)", "G3 (n = 30)"]], [["PAED ≥ 10, n (%)", "5 (16.7)", "9 (30.0)",
                                                                          "17 (56.7)"]])
    doc = Document([Passage("methods", "Children received dexmedetomidine, fentanyl or saline.")], [table])
    found = read(doc, "Dexmedetomidine 0.5 µg/kg IV", "Saline", "Emergence agitation (PAED score ≥ 10)", "binary")
    assert events_and_sizes(found) == (5, 30, 17, 30)
    table = Table("Table 2", "Complications, n/N (%). G1, 0.12% chlorhexidine gluconate rinse; G2, placebo rinse.",
                  [["Complication", "G1", "G2", "P"]], [["Alveolar osteitis", "4/52 (7.7)", "13/50 (26.0)", "0.013"]])
    found = read(Document([], [table]), "0.12% chlorhexidine mouth rinse", "Placebo mouth rinse", "Alveolar osteitis",
                 "binary")
    assert events_and_sizes(found) == (4, 52, 13, 50)  # a long form starting with a concentration


def test_an_abbreviation_shared_with_a_sham_names_the_active_arm():
    table = Table("Table 3", "PONV within 24 h [n (%)]. EA, electroacupuncture.",
                  [["Item", "EA group", "Sham EA group", "χ2", "P"], ["", "(n = 74)", "(n = 75)", "", ""]],
                  [["Nausea", "16 (21.6)", "30 (40.0)", "5.895", "0.015"], ["PONV", "18 (24.3)", "33 (44.0)", "6.405",
                                                                            "0.011"]])
    doc = Document([], [table])
    found = read(doc, "Electroacupuncture at Neiguan (PC6)", "Sham electroacupuncture",
                 "PONV within 24 hours", "binary")
    assert events_and_sizes(found) == (18, 74, 33, 75)


def test_an_abbreviation_in_the_shams_description_names_the_active_arm():
    doc = Document([Passage("results", "We randomised 54 patients to instrument-assisted soft-tissue mobilisation or "
                                       "to a sham technique. Re-treatment was needed by 4/26 IASTM patients and 9/25 "
                                       "sham patients.")])
    found = read(doc, "Instrument-assisted soft-tissue mobilisation", "Sham IASTM", "Re-treatment", "binary")
    assert events_and_sizes(found) == (4, 26, 9, 25)


def test_a_caption_saying_values_are_percentages_makes_cells_shares():
    table = Table("Table 2", "Clinical outcomes. Values are percentages of patients unless otherwise indicated.",
                  [["Outcome", "Colchicine (n = 118)", "Placebo (n = 121)", "P value"]],
                  [["Postoperative atrial fibrillation", "16.1", "28.9", "0.02"]])
    arms = Arm.from_description("Oral colchicine"), Arm.from_description("Placebo")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("Postoperative atrial fibrillation"),
                    "binary")
    assert events_and_sizes(found) == (19, 118, 35, 121)  # 16.1% of 118, 28.9% of 121


def test_a_row_saying_what_the_values_are_is_a_footnote_read_for_their_spread():
    table = Table("Table 2", "Pain (NRS 0-10) after the last session",
                  [["Group", "24 h", "72 h"]],
                  [["Needling (n = 25)", "4.8 ± 0.4", "2.7 ± 0.3"], ["Sham (n = 24)", "5.1 ± 0.4", "3.8 ± 0.3"],
                   ["Values are mean ± SEM.", "", ""]])
    assert table.footnotes == "Values are mean ± SEM."
    rebuilt = Table(table.label, table.caption, table.header + table.body[:1], table.body[1:], table.footnotes)
    assert rebuilt.footnotes == table.footnotes  # (once, in a table built again from it)
    found = extract(Document([], [table]), Arm.from_description("Needling"), Arm.from_description("Sham"),
                    OutcomeSpec.from_description("Pain NRS at 72 hours"), "continuous")
    assert (found.intervention.se, found.intervention.sd, found.comparator.se) == (0.3, None, 0.3)


def test_the_observation_group_is_the_intervention_arm():
    table = Table("Table 2", "Comparison of clinical efficacy between the two groups [cases (%)]",
                  [["Group", "Cases", "Markedly effective", "Effective", "Ineffective", "Total effective rate"]],
                  [["Observation group", "60", "28 (46.67)", "25 (41.67)", "7 (11.67)", "53 (88.33)"],
                   ["Control group", "60", "18 (30.00)", "24 (40.00)", "18 (30.00)", "42 (70.00)"]])
    doc = Document([Passage("results", "Patients were divided into an observation group and a control group, with 60 "
                                       "cases in each group.")], [table])
    found = read(doc, "Acupuncture plus conventional treatment", "Conventional treatment alone",
                 "Total effective rate after 4 weeks", "binary")
    assert events_and_sizes(found) == (53, 60, 42, 60)


def test_the_plural_of_a_time_unit_names_no_arm_by_its_unit():
    doc = Document([Passage("methods", "Group I received conventional rehabilitation with weight bearing from the "
                                       "fifth day, whereas Group II was mobilised within 24 hours with full weight "
                                       "bearing."),
                    Passage("results", "At discharge, 31 (68.9%) patients in Group II and 19 (42.2%) in Group I were "
                                       "able to walk independently. Mean stay was 7.4 days in Group II and 9.6 days in "
                                       "Group I.")])
    found = read(doc, "Early mobilisation with full weight bearing within 24 hours",
                 "Conventional delayed mobilisation (weight bearing from day 5)", "Independent walking at discharge",
                 "binary")
    assert (found.intervention.events, found.comparator.events) == (31, 19)  # 'days in Group II' is no 'day 5'


def test_abbreviations_starting_with_a_small_letter():
    table = Table("Table 3", "Outcomes at week 10. iCBT, internet-based cognitive behavioural therapy; WL, waiting "
                             "list.",
                  [["Group", "n", "Response, n (%)", "Remission, n (%)"]],
                  [["iCBT", "121", "52 (43.0)", "38 (31.4)"], ["WL", "119", "17 (14.3)", "11 (9.2)"]])
    doc = Document([Passage("results", "Of 611 people screened, 240 were randomised: 121 to iCBT and 119 to WL.")],
                   [table])
    found = read(doc, "Guided internet-based cognitive behavioural therapy", "Waiting list",
                 "Remission of depressive symptoms", "binary")
    assert events_and_sizes(found) == (38, 121, 11, 119)


def test_the_confidence_interval_of_a_share_is_no_share():
    found = find_values(normalize("87.7% (95% CI, 80% to 95%) in the PP analysis"))
    assert [(f.kind, f.values) for f in found] == [("pct", (87.7,)), ("ci", (80, 95))]
    assert [f.kind for f in find_values("(RR 1.38, 95% CI 1.14\u20131.67)")] == []  # a CI left unread is no share


def test_a_count_for_one_arm_and_a_share_alone_for_the_other():
    sentence = ("Complete healing at 12 weeks was achieved in 38 of 71 patients (53.5%) treated with the collagen "
                "dressing compared with 34.2% of those in the standard-dressing group (P = 0.02).")
    arms = Arm.from_description("Collagen dressing"), Arm.from_description("Standard dressing")
    found = extract(Document([Passage("results", sentence)]), *arms,
                    OutcomeSpec.from_description("Complete healing at 12 weeks"), "binary")
    assert events_and_sizes(found) == (38, 71, None, None) and found.comparator.percent == 34.2
    definition = Document([Passage("methods", "Failure was defined as at least three of four criteria, among them a "
                                              "saturation below 92% despite oxygen therapy in either group.")])
    found = extract(definition, *arms, OutcomeSpec.from_description("Failure"), "binary")
    assert events_and_sizes(found) == (None, None, None, None)  # a definition's numbers name no arm


def test_a_reference_number_in_square_brackets_is_no_sd():
    assert find_values("in 30 patients [12]") == []  # a reference number, not an SD


def test_numbers_in_words_and_time_points():
    assert words_to_int("Forty") == 40 and words_to_int("forty-two") == 42 and words_to_int("one hundred and five") == 105
    assert words_to_int("dry") is None
    assert "of the 100 " in digits_for_words("twenty-five of the hundred children")  # 'the hundred', 'a hundred'
    assert [c.values for c in find_counts("Eight male young participants and ten healthy volunteers")] == [(8,), (10,)]
    assert weeks_in("at 6 weeks") == 6 and weeks_in("at the 3-month follow-up") == 13.0
    assert weeks_in("after 48 hours") == round(48 / 168, 2) and weeks_in("no time here") is None
    assert weeks_in("at three months") == 13.0 and days_named("12 months") == days_named("1 year") == {364.0}


def test_jats_tables_expand_spans_and_keep_labels():
    doc = read_jats((FIXTURES / "jats_article.xml").read_bytes())
    table = doc.tables[0]
    assert table.label == "Table 1" and "mean (SD)" in table.caption
    assert table.header[0] == ["Outcome", "Dry needling (n = 15)", "Dry needling (n = 15)", "Control (n = 14)",
                               "Control (n = 14)"]
    assert table.body[0][0] == table.body[1][0] == "Pain (VAS)"      # rowspan repeated
    assert [p.section for p in doc.passages][:2] == ["abstract", "methods"]
    assert "Footnote" in table.footnotes


def test_table_row_for_follow_up_not_baseline():
    doc = read_jats((FIXTURES / "jats_article.xml").read_bytes())
    found = extract(doc, Arm.from_description("dry needling"), Arm.from_description("control"),
                    OutcomeSpec.from_names(("VAS",)), "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (
        2.4, 1.1, 4.0, 1.5)
    assert (found.intervention.n, found.comparator.n) == (15, 14)
    assert found.provenance[0] == "Table 1, row 'Pain (VAS) Week 6'"


def _sizes(text: str, intervention: str, comparator: str) -> tuple[int | None, int | None]:
    arms = [Arm.from_description(intervention), Arm.from_description(comparator)]
    disambiguate(arms)
    sizes = sizes_of(Document([Passage("methods", text)]), arms).by_arm
    return sizes.get(0), sizes.get(1)


@pytest.mark.parametrize("text, sizes", [
    ("Of 90 women, 46 were allocated to the needling group and 44 to the stretching group.", (46, 44)),
    ("We enrolled 90 women (needling group: 46 [51%], stretching group: 44 [49%]).", (46, 44)),
    ("In total 90 women were randomly assigned to either needling (n = 46) or stretching (n = 44).", (46, 44)),
    ("Randomised: N = 44 for stretching, N = 46 for needling, and N = 40 for massage.", (46, 44)),
    ("The needling group consisted of 46 patients; the stretching group consisted of 44 patients.", (46, 44)),
    ("46, 40 and 44 patients were allocated to needling, massage and stretching, respectively.", (46, 44)),
    ("Allocation was 2:2:1 to needling, stretching and massage; 12 patients in the needling group had bruising.",
     (None, None)),
    ("A total of 90 patients were randomly assigned to the needling and stretching groups.", (45, 45)),
    ("Thirty-three females were assigned to three groups: needling, stretching or no treatment.", (11, 11)),
    ("Follow-up was completed by 40 of 46 patients in the needling group and 41 of 44 in the stretching group.",
     (40, 41)),
])
def test_group_sizes_are_read_where_they_are_tied_to_an_arm(text, sizes):
    assert _sizes(text, "needling", "stretching") == sizes


def test_every_participant_counts_in_each_condition_of_a_within_subject_design():
    text = ("Eight male young participants performed the tasks at rest and during exercise in the Hot and "
            "Hot + Cooling conditions; the order of the conditions was randomly assigned.")
    arms = [Arm.from_description("Hot + Cooling conditions"), Arm.from_description("Hot conditions")]
    disambiguate(arms)
    sizes = sizes_of(Document([Passage("methods", text)]), arms)
    assert sizes.by_arm == {0: 8, 1: 8} and not sizes.assumed and "within-subject" in sizes.flags[0]
    grouped = Document([Passage("methods", text + " Two groups of participants were compared.")])
    assert sizes_of(grouped, arms).by_arm == {}  # randomised groups: the sample is not each arm's size



@pytest.mark.parametrize("section, text, each", [
    pytest.param("results", "Nine healthy adults completed both sessions of a randomised crossover study, one with the "
                 "warm drink and one with the cold drink.", 9, id="a text with no methods: its first count of people"),
    pytest.param("methods", "Sixteen amateur rowers were enrolled in this crossover study; two were injured, so "
                 "fourteen completed both sessions.", 14, id="those who completed every condition"),
    pytest.param("methods", "Twelve adults entered the crossover study. One withdrew after the first visit, leaving "
                 "eleven for analysis.", 11, id="those left for analysis"),
    pytest.param("methods", "Eleven adults entered the crossover study. Data are shown for the ten volunteers who "
                 "completed both visits.", 10, id="the people who completed every condition"),
    pytest.param("methods", "Eight women drank the warm drink and the cold drink on two mornings in random order.", 8,
                 id="conditions in random order"),
    pytest.param("methods", "Ten trained cyclists took the warm drink and the cold drink in a crossover design.", 10,
                 id="cyclists are people"),
])
def test_the_sample_of_a_within_subject_design(section, text, each):
    arms = list(arms_for(Document([Passage(section, text)]), "Warm drink", "Cold drink"))
    assert sizes_of(Document([Passage(section, text)]), arms).by_arm == {0: each, 1: each}

def test_a_shorter_arm_name_inside_a_longer_one_is_told_apart():
    text = "Of 75 patients, 38 were assigned to the sham needling group and 37 to the needling group."
    assert _sizes(text, "needling", "sham needling") == (37, 38)


def test_markdown_table_with_image_line_and_shifted_group_row():
    text = """# Results
::::table-wrap
::: caption
Pain at week 6
:::

![]()

  Outcome                Mean (SD)          P
  ---------------------- ------------------ ------------ -----
  Needling (n = 20)      Control (n = 18)
  Pain (VAS) week 6      2.1 (1.0)          4.0 (1.5)    0.01
::::
"""
    doc = read_markdown(text)
    assert doc.tables[0].header[-1][:3] == ["", "Needling (n = 20)", "Control (n = 18)"]
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("pain"), "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.sd) == (20, 2.1, 18, 1.5)


def test_markdown_comparison_signs_are_text_not_tags():
    doc = read_markdown("# Results\n\nPain fell more with needling (*P* < 0.01). Platelets recovered (> 25 000 "
                        "per µl) by day <b>10</b>.")
    assert [s for _, s in doc.sentences()][-2:] == ["Pain fell more with needling (P < 0.01).",
                                                    "Platelets recovered (> 25 000 per µl) by day 10 ."]


@pytest.mark.parametrize("text", [
    "We randomized 59 participants (needling, 30; sham, 29).",
    "Of 62 patients randomised, 59 were included in the analysis (needling 30, sham 29).",
    "Thirty patients received needling and twenty-nine received sham.",
    "Of the 60 patients randomized, 30 in the needling group and 29 in the sham group completed the study.",
    "Of the 59 employees randomised, 30 were allocated to group needling sessions and 29 to sham.",
    "Thirty participants on needling and 29 on sham were included in the analysis.",
])
def test_group_sizes_in_allocation_sentences(text):
    doc = Document([Passage("methods", text)])
    sizes = sizes_of(doc, list(arms_for(doc, "needling", "sham")))
    assert sizes.by_arm == {0: 30, 1: 29} and not sizes.assumed


@pytest.mark.parametrize("text, sizes", [
    ("In total, 6,012 patients were randomised: 3,004 to needling and 3,008 to sham.", {0: 3004, 1: 3008}),
    ("Of 230 women randomised (115 per group), five in the needling group and seven in the sham group withdrew "
     "before treatment and were excluded.", {0: 110, 1: 108}),  # five and seven left: not the groups, their losses
    ("In all, 412 patients underwent randomisation, 206 to each group. Five patients in the needling group and "
     "eight in the sham group were lost to follow-up and were not included in the analysis.", {0: 201, 1: 198}),
    ("Of 1,472 women, 739 were assigned to needling and 733 to sham; 2 and 3, respectively, were withdrawn and "
     "their data were not used.", {0: 737, 1: 730}),  # in the order the document introduced the arms
    ("A total of 106 women were randomly assigned to the needling group and the sham group, 53 cases in each. One "
     "woman in the needling group and two in the sham group were transferred and withdrawn.", {0: 52, 1: 51}),
    ("Women were randomly divided into an observation group (86 cases) and a control group (84 cases).",
     {0: 86, 1: 84}),  # the role name with its 'group' names the arm
    ("A total of 152 women were randomised (76 per group). Two women in the needling group and one in the sham "
     "group did not undergo treatment and were excluded from all analyses.", {0: 74, 1: 75}),
    ("Of 180 women randomised, 92 were allocated to needling and 88 to sham. Outcome questionnaires were "
     "returned by 81 and 84 women, respectively.", {0: 81, 1: 84}),
    ("The intention-to-treat population comprised 2,800 women (needling 1,402; sham 1,398).", {0: 1402, 1: 1398}),
    ("Four hundred and forty women were randomised (needling 219, sham 221). The primary analysis included 204 "
     "and 209 women, respectively.", {0: 204, 1: 209}),
    ("We randomised 800 women (402 needling, 398 sham). At 12 months, follow-up was achieved for 312 women in the "
     "needling arm and 298 in the sham arm.", {0: 312, 1: 298}),
    ("During the school year, 1,537 pupils in needling schools and 1,482 pupils in sham schools were followed.",
     {0: 1537, 1: 1482}),
    ("A total of 200 women were randomised, 100 to each group. Three women in group N and five in group S were "
     "excluded because conversion to general anaesthesia was required during the operation.", {0: 97, 1: 95}),
    ("Three hundred women were randomised, 150 to needling and 150 to sham. Outcome data were unavailable for 2 "
     "women in the needling group and 4 in the sham group.", {0: 148, 1: 146}),
    ("We randomised 1,099 women: 548 to needlings and 551 to shams. Two women in the needling group and one in "
     "the sham group were found to be ineligible and were excluded.", {0: 546, 1: 550}),  # plural names too
    ("Two hundred women were randomised to each method; outcome data were complete for 198 and 197 women, "
     "respectively.", {0: 198, 1: 197}),  # no arm named: as the document introduced them
    ("Women were randomised to needling (n = 74) or sham (n = 72). Post-treatment data were obtained from 68 "
     "needling and 70 sham women.", {0: 68, 1: 70}),
    ("We randomised 220 women (110 per arm). Valid diary data (at least 4 days) at 6 months were available for 97 "
     "women in the needling group and 101 in the sham group.", {0: 97, 1: 101}),
    ("Women were randomised to stretching (G1, n = 45), needling (G2, n = 45) or sham (G3, n = 45). At 8 weeks, "
     "follow-up data were obtained from 43, 41 and 40 women in G1, G2 and G3.", {0: 41, 1: 40}),
    ("Of 70 women enrolled, 35 were assigned to needling and 35 to sham; 33 and 34 women completed the study.",
     {0: 33, 1: 34}),  # a clause of its own naming no arm
    ("Of 642 women, 321 were assigned to needling and 321 to sham. Vital status at 30 days was known for 318 and "
     "319 women, respectively.", {0: 318, 1: 319}),
    ("Of 120 women treated, 116 returned for evaluation on day 7 (needling 59, sham 57).", {0: 59, 1: 57}),
    ("Women were randomised to needling (n = 40) or sham (n = 20). The 12-week follow-up was attended by 37 and 18 "
     "women, respectively.", {0: 37, 1: 18}),
    ("Women were randomised to needling (n = 26) or sham (n = 26). Data were available for 25 active and 24 sham "
     "women at 8 weeks.", {0: 25, 1: 24}),  # beside a sham, the active arm
    ("In total, 120 women were randomised to needling or sham (60 in each group); four women in the needling group "
     "and three in the sham group had surgery cancelled and were not included.", {0: 56, 1: 57}),
    ("Women were randomised to needling (n = 29) or sham (n = 29). Four women in the sham group and two in the "
     "needling group did not complete follow-up.", {0: 27, 1: 25}),
    ("Thirty women were assigned to needling or sham, fifteen to each group. Two women in the sham group abandoned "
     "treatment, so thirteen sham users and all fifteen needled women were assessed.", {0: 15, 1: 13}),
    ("Of the 48 randomised women (24 per arm), two in the active arm and one in the sham arm did not attend the "
     "6-week visit; analyses include 22 and 23 women, respectively.", {0: 22, 1: 23}),
    ("Ninety-two women were allocated to needling and ninety to sham. Four women in the needling group and six in "
     "the sham group died before discharge; all other women were assessed at discharge.", {0: 88, 1: 84}),
    ("Ninety women were randomised, 45 to needling and 45 to sham. In the needling group, three women were "
     "excluded because the session was stopped early; in the sham group two were excluded because of a protocol "
     "violation.", {0: 42, 1: 43}),  # losses told one clause per arm
    ("Eighty women with a painful neck were randomly allocated to needling of the upper trapezius (NUT; 41 women) "
     "or to a sham procedure without skin penetration (SP; 39 women).", {0: 41, 1: 39}),
    ("Women who had completed cancer treatment were randomised to needling (n = 75) or sham (n = 73). Post-treatment "
     "data were obtained from 64 needling and 66 sham participants.", {0: 64, 1: 66}),  # ('had completed': no analysis)
    ("A total of 207 women were randomised (needling 104, sham 103). At 6 months, 96 and 94 women respectively were "
     "alive, disease-free and assessed.", {0: 96, 1: 94}),
    ("Ninety women were randomised to needling (n = 45) or sham (n = 45). Of those given sham and those given "
     "needling, two and five respectively were lost to follow-up.", {0: 40, 1: 43}),  # (in the order named)
    ("Women were randomised, forty-four to each treatment; two women in the sham group withdrew.", {0: 44, 1: 42}),
    ("Women were randomised to needling (n = 50) or sham (n = 50). Three women in the needling group and one in the "
     "sham group moved away and were therefore not assessed.", {0: 47, 1: 49}),
    ("Women were randomised to needling (n = 50) or sham (n = 50). All but three (one in the needling group and two "
     "in the sham group, whose employers would not release them for the later visits) completed the final visit.",
     {0: 49, 1: 48}),
    ("Women were randomised to needling (n = 60) or sham (n = 60). Relief was reported by 20 needling and 12 sham "
     "participants, counting those lost to follow-up as having no relief.", {0: 60, 1: 60}),  # (kept in, as failures)
    ("One hundred women were randomised equally to needling or sham. Four women in the needling group and six in "
     "the sham group were lost to follow-up before the final visit.", {0: 46, 1: 44}),  # (a stated split, less losses)
    ("Sixty women were randomised (needling 30; sham 30) and 55 (needling 28, sham 27) completed the study.",
     {0: 28, 1: 27}),  # (the breakdown of a count analysed)
])
def test_group_sizes_with_thousands_exclusions_and_unnamed_lists(text, sizes):
    doc = Document([Passage("abstract", "Women were randomised to needling (group N) or sham (group S)."),
                    Passage("methods", text)])
    assert sizes_of(doc, list(arms_for(doc, "needling", "sham"))).by_arm == sizes


def test_each_count_followed_by_its_arms_abbreviation_in_brackets_is_its_size():
    doc = Document([Passage("methods", "Adults received electroacupuncture (EA) or manual acupuncture (MA)."),
                    Passage("results", "Of 96 participants, 46 (EA) and 47 (MA) completed treatment.")])
    assert sizes_of(doc, list(arms_for(doc, "Electroacupuncture", "Manual acupuncture"))).by_arm == {0: 46, 1: 47}


def test_a_count_given_a_described_treatment_is_the_size_of_the_arm_it_names():
    doc = Document([Passage("results", "Of 60 runners enrolled, 30 received a single ultrasound-guided injection of "
                                       "lidocaine and 29 received an identical-looking injection of isotonic saline.")])
    arms = list(arms_for(doc, "Lidocaine injection", "Saline injection"))  # ('injection' names both)
    assert sizes_of(doc, arms).by_arm == {0: 30, 1: 29}


def test_a_count_of_things_after_an_arms_name_and_of_is_no_group_size():
    arms = [Arm.from_description("needling"), Arm.from_description("sham")]
    things = "Women were randomised to a needling programme (n = 41) or to a sham programme of 3 exercises (n = 39)."
    assert [(ai, n) for ai, n, _ in attached_sizes(things, arms)] == [(0, 41), (1, 39)]
    people = "Women were randomised to a needling group of 41 healthy women or a sham group of 39 women."
    assert [(ai, n) for ai, n, _ in attached_sizes(people, arms)] == [(0, 41), (1, 39)]
    sessions = "Women in the needling group received needling during each of their first four visits."
    assert attached_sizes(digits_for_words(sessions), [Arm.from_description("Needling during visits"), arms[1]]) == []


@pytest.mark.parametrize("text, each", [
    ("Ninety patients were randomised equally to three groups: needling, sham or no treatment.", 30),
    ("Seventy adults with chronic plantar heel pain of more than six months were randomised equally to needling or "
     "sham.", 35),  # (nine words before 'were')
    ("Eighty adults were randomised in a 1:1 ratio to needling or sham.", 40),
    ("A total of 64 registered nurses were randomised in equal numbers to needling or sham.", 32),  # (nurses: people)
    ("Seventy office employees were randomised in equal numbers to needling or sham.", 35),  # (employees: people)
    ("Sixty adults were randomly divided into two groups of equal size, needling and sham.", 30),
    ("Ninety outpatients were randomised into two equal groups receiving needling or sham.", 45),  # (plural only: not
    # 'the outpatient group')
])
def test_equal_groups_stated_in_other_words(text, each):
    doc = Document([Passage("methods", text)])
    stated = sizes_of(doc, list(arms_for(doc, "needling", "sham")))
    assert stated.by_arm == {0: each, 1: each} and not stated.assumed


def test_equal_groups_stated_are_no_assumption():
    doc = Document([Passage("methods", "Sixty patients were randomized into two equal groups: needling and sham.")])
    stated = sizes_of(doc, list(arms_for(doc, "needling", "sham")))
    doc = Document([Passage("methods", "Sixty patients were randomized to needling or sham.")])
    split = sizes_of(doc, list(arms_for(doc, "needling", "sham")))
    assert stated.by_arm == split.by_arm == {0: 30, 1: 30} and not stated.assumed and split.assumed
    doc = Document([Passage("results", "Sixty patients were allocated in equal numbers to the two groups. Soreness "
                                       "occurred in 20% with needling and 40% with sham.")])
    found = extract(doc, *arms_for(doc, "needling", "sham"), OutcomeSpec.from_description("soreness"), "binary")
    assert events_and_sizes(found) == (6, 30, 12, 30) and not found.sizes_assumed
    doc = Document([Passage("results", "Sixty patients were randomised to needling or sham. Soreness occurred in 20% "
                                       "with needling and 40% with sham.")])
    found = extract(doc, *arms_for(doc, "needling", "sham"), OutcomeSpec.from_description("soreness"), "binary")
    assert found.sizes_assumed and (found.intervention.events, found.comparator.events) == (None, None)  # no guess


def test_a_range_after_an_arm_name_is_no_group_size():
    doc = Document([Passage("results", "GFR fell by 10% in the needling group (105 to 95 ml/min) and by 37% in the "
                                       "sham group (107 to 67 ml/min).")])
    assert sizes_of(doc, [Arm.from_description("needling"), Arm.from_description("sham")]).by_arm == {}


def test_markdown_dose_row_shifted_under_the_row_labels_goes_under_its_spanning_label():
    doc = read_markdown("""# Results
::::table-wrap
                         Placebo (N = 121)   Needling, min/day
  ---------------------- ------------------- -------------------- ------------
  10 (N = 122)           20 (N = 123)
  Any adverse event      67 (55.4)           69 (56.6)            85 (69.1)
::::
""")
    assert doc.tables[0].header[-1] == ["", "", "10 (N = 122)", "20 (N = 123)"]  # not under 'Placebo (N = 121)'
    found = extract(doc, Arm.from_description("needling 20 min"), Arm.from_description("placebo"),
                    OutcomeSpec.from_description("adverse events"), "binary")
    assert events_and_sizes(found) == (85, 123, 67, 121)


def test_markdown_rows_under_a_spanning_label_and_sub_headings_below_the_rule():
    text = """# Results
::::table-wrap
  Test             Time          Needling         Control          Difference
  ---------------- ------------- ---------------- ---------------- ----------------
                   Assessment    (n = 20)         (n = 18)
  Neck pain        Baseline      6.2 (1.5)        6.0 (1.4)        0.1 [-0.8, 1.0]
  Week 6           2.1 (1.0)     4.0 (1.5)
::::
"""
    table = read_markdown(text).tables[0]
    assert table.header[-1][2:4] == ["(n = 20)", "(n = 18)"]  # a sub-heading row joins the header
    assert table.body[1][:4] == ["Neck pain", "Week 6", "2.1 (1.0)", "4.0 (1.5)"]  # slid row put back
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("neck pain"), "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == (20, 2.1, 18, 4.0)


def test_a_sentence_naming_the_outcome_beats_a_loosely_matching_table_row():
    doc = Document([Passage("results", "Respiratory distress syndrome occurred in 12/100 infants in the needling "
                                       "group and 20/98 in the control group.")])
    doc.tables.append(read_markdown("""::::table-wrap
  Outcome                       Needling (n = 100)     Control (n = 98)
  ----------------------------- ---------------------- ------------------
  Air leak syndrome             1 (1.0)                2 (2.0)
::::
""").tables[0])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("respiratory distress syndrome"), "binary")
    assert (found.intervention.events, found.comparator.events) == (12, 20)


def test_a_sentence_beats_a_table_row_named_only_by_the_heading_above_it():
    doc = Document([Passage("results", "Side effects were reported by 14/40 patients in the needling group and "
                                       "9/38 in the control group.")],
                   [Table("Table 3", "Treatment", header=[["", "Needling (n = 40)", "Control (n = 38)"]],
                          body=[["Side effects", "", ""], ["Stopped treatment early", "3 (7.5)", "2 (5.3)"]])])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("side effects"), "binary")
    assert (found.intervention.events, found.comparator.events) == (14, 9)


def test_outcome_abbreviations_defined_by_the_document_count_as_its_name():
    doc = Document([Passage("methods", "The primary outcome was the pressure pain threshold (PPT).")])
    spec = OutcomeSpec.from_description("pressure pain threshold", doc)
    assert spec.aliases == {"ppt"} and spec.score("PPT at week 4") == pytest.approx(spec.score("pressure pain threshold"))


def test_group_labels_are_learned_from_the_text_and_used_in_tables():
    doc = read_markdown("""# Methods
Patients were randomised to Group A (dry needling of the upper trapezius), Group B (sham needling) or \
Group C (stretching only). The DN group was also offered a leaflet.

# Results
::::table-wrap
  Outcome               Group A (n = 21)    Group B (n = 20)    Group C (n = 22)
  --------------------- ------------------- ------------------- -------------------
  Neck pain, week 4     2.4 (1.1)           4.2 (1.6)           3.9 (1.4)
::::
""")
    needling, stretching = arms_for(doc, "dry needling", "stretching")
    assert "group a" in needling.phrases and "group c" in stretching.phrases and "group b" not in needling.phrases
    assert group_labels(doc, [Arm.from_description("sham needling"), Arm.from_description("stretching")]) == {
        0: ["group b"], 1: ["group c"]}
    found = extract(doc, needling, stretching, OutcomeSpec.from_description("neck pain"), "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == (21, 2.4, 22, 3.9)


def test_row_labels_that_overhang_the_header_shift_the_values():
    doc = read_markdown("""# Results
::::table-wrap
                        Needling            Control             P
  --------------------- ------------------- ------------------- ------------ -----
  Headache              weekly              12 (40.0)           20 (66.7)    0.04
::::
""")
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("weekly headache"), "binary")
    assert (found.intervention.events, found.comparator.events) == (12, 20)


@pytest.mark.parametrize("sentence, events", [
    ("Post-needling soreness was reported by 14 patients in the needling group and by 3 in the stretching group.",
     (14, 3)),
    ("The number of patients with post-needling soreness in the needling group was 14 and in the stretching group "
     "was 3.", (14, 3)),
    ("Post-needling soreness: 14/30 in the needling group versus 3/31 in the stretching group.", (14, 3)),
    ("More patients in the stretching group had post-needling soreness (9/31 vs 14/30).", (14, 9)),
    ("All patients completed the programme without any post-needling soreness.", (0, 0)),
    ("No post-needling soreness was reported.", (0, 0)),
    ("There were no differences in post-needling soreness between the groups.", (None, None)),  # not 'no events'
    ("Mild aches were reclassified as no post-needling soreness.", (None, None)),
    ("Post needling soreness was rare (needling 2/30 vs stretching 1/31).", (2, 1)),
    ("Soreness was more frequent with needling compared with stretching at week 1 (post-needling soreness: "
     "14/30 vs 9/31).", (14, 9)),  # the pair follows the names, not the nearest name
    ("Post-needling soreness occurred in 14 patients (17 sites) in the needling group and in 3 patients (3 sites) "
     "in the stretching group.", (14, 3)),  # a count in another unit between a count and its arm
])
def test_event_counts_in_sentences(sentence, events):
    doc = Document([Passage("results", sentence)])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("stretching"),
                    OutcomeSpec.from_description("post-needling soreness"), "binary")
    assert (found.intervention.events, found.comparator.events) == events


@pytest.mark.parametrize("text", [
    "Soreness was reported by 12 patients (24%) in the needling group and 25 patients (51%) in the stretching "
    "group; 50 and 49 patients had been randomized to needling and stretching, respectively.",  # events, not n
    "Of the 50 patients given needling, 12 (24%) had soreness, as did 25 (51%) of the 49 patients given "
    "stretching.",  # 'of the 50 patients given ...': the denominators
    "Soreness was more frequent in the stretching group than in the needling group (51% [25/49] vs 24% [12/50]).",
])
def test_events_with_their_share_and_the_denominators(text):
    doc = Document([Passage("results", text)])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("stretching"),
                    OutcomeSpec.from_description("soreness"), "binary")
    assert events_and_sizes(found) == (12, 50, 25, 49)


@pytest.mark.parametrize("text", [
    "Soreness was reported by 12 and 25 patients in the needling and stretching groups, respectively.",
    "Rates of soreness were 24% and 51% in the needling and stretching groups, respectively.",
    "Twelve patients in the needling group and 25 in the stretching group reported soreness.",
    "Soreness was observed in 12 patients treated with needling compared with 25 patients treated with stretching.",
    "Soreness occurred in 12 and 25 patients, respectively, during week 2.",  # arms as the document introduced them
    "Twelve patients (24%) in the needling group and 25 (51%) in the stretching group had soreness; each arm "
    "included about fifty patients.",  # a number word with its share; no size taken for an event count
    "Soreness was reported by 12 (24%) vs 25 (51%) patients in the needling and stretching groups.",  # names after
    "Soreness was less frequent in the needling group (n = 12, 24%) than in the stretching group (n = 25, 51%).",
])
def test_plain_event_counts_placed_like_other_values(text):
    doc = Document([Passage("methods", "A total of 99 patients were randomized to needling (n = 50) or stretching "
                                       "(n = 49)."), Passage("results", text)])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("stretching"),
                    OutcomeSpec.from_description("soreness"), "binary")
    assert events_and_sizes(found) == (12, 50, 25, 49)


def test_printed_counts_beat_counts_computed_from_shares():
    doc = Document([Passage("methods", "Of 8,402 infants randomised, 4,197 were assigned to needling and 4,205 to "
                                       "stretching."),
                    Passage("results", "By 28 days, 73 infants in the needling group and 102 stretching infants had "
                                       "died (1.7% vs 2.4%; hazard ratio 0.71).")])
    found = read(doc, "needling", "stretching", "death at 28 days", "binary")
    assert events_and_sizes(found) == (73, 4197, 102, 4205)  # (1.7% of 4,197 would be 71)


def test_a_rate_per_100_patient_years_has_no_event_counts():
    doc = Document([Passage("results", "The soreness rate was 12.4 per 100 patient-years in the needling group and "
                                       "15.1 per 100 patient-years in the stretching group.")])
    found = read(doc, "needling", "stretching", "soreness", "binary")
    assert (found.intervention.events, found.comparator.events) == (None, None)


def test_small_counts_in_words():
    doc = Document([Passage("results", "Bruising occurred in five needling patients and in one stretching patient.")])
    found = read(doc, "needling", "stretching", "bruising", "binary")
    assert (found.intervention.events, found.comparator.events) == (5, 1)


@pytest.mark.parametrize("text, events", [
    ("Twelve of the forty patients (30%) in the needling group had soreness, compared with twenty-six of forty (65%) "
     "in the stretching group.", (12, 26)),
    ("Soreness at 2 h was reported by 16/40 (40%) vs 21/40 (52%) patients; soreness at 24 h by 12/40 (30%) vs 26/40 "
     "(65%).", (12, 26)),  # no arm named: as the document introduced them; the outcome's time point
])
def test_counts_of_in_words_and_pairs_naming_no_arm(text, events):
    doc = Document([Passage("methods", "Eighty patients were randomized to needling or stretching (forty per group)."),
                    Passage("results", text)])
    found = read(doc, "needling", "stretching", "soreness at 24 h", "binary")
    assert events_and_sizes(found) == (events[0], 40, events[1], 40)


def test_counts_with_thousands_a_threshold_of_baseline_and_plural_arm_names():
    doc = Document([Passage("results", "Screening was completed by 1,217 patients (40.5%) in the needling arm "
                                       "compared with 592 (19.7%) in the sham arm.")])
    found = read(doc, "needling", "sham", "screening", "binary")
    assert (found.intervention.events, found.comparator.events) == (1217, 592)
    doc = Document([Passage("results", "Hypotension (systolic pressure <80% of baseline) occurred in 12 of 52 women in "
                                       "the infusion group and 35 of 53 in the bolus group.")])
    found = read(doc, "Phenylephrine infusion", "Phenylephrine boluses", "hypotension", "binary")
    assert events_and_sizes(found) == (12, 52, 35, 53)


@pytest.mark.parametrize("text", [
    "Pain in the needling group was 1.2 ± 0.8, 1.9 ± 1.0 and 2.4 ± 1.1 at 1, 6 and 12 h, versus 2.8 ± 1.3, 3.6 ± 1.4 "
    "and 3.9 ± 1.5 in the sham group.",
    "Pain at 1, 6 and 12 h was 1.2 ± 0.8, 1.9 ± 1.0 and 2.4 ± 1.1 in the needling group and 2.8 ± 1.3, 3.6 ± 1.4 and "
    "3.9 ± 1.5 in the sham group, respectively.",  # each run named after it
])
def test_a_run_of_values_per_arm_over_a_list_of_time_points(text):
    doc = Document([Passage("results", text)])
    found = read(doc, "Needling 0.25 mm", "Sham", "pain at 6 hours", "continuous")
    assert (found.intervention.mean, found.comparator.mean, found.timepoint) == (1.9, 3.6, "at 6 h")


def test_sizes_stated_with_the_values_are_the_analysed_ones():
    doc = Document([Passage("methods", "Of 230 women randomised (115 per group), some were excluded."),
                    Passage("results", "Pain was 5.2 ± 2.1 among needling women (n = 110) and 6.1 ± 2.4 among sham women "
                                       "(n = 108).")])
    found = read(doc, "needling", "sham", "pain", "continuous")
    assert sizes_means_sds(found) == (110, 5.2, 2.1, 108, 6.1, 2.4)


def test_no_patient_in_one_arm_is_zero_events_there():
    doc = Document([Passage("results", "No patient in the stretching group and 4 patients (8%) in the needling group "
                                       "reported bruising.")])
    found = read(doc, "needling", "stretching", "bruising", "binary")
    assert (found.intervention.events, found.comparator.events) == (4, 0)


def test_numbers_that_are_no_counts_are_not_events():
    doc = Document([Passage("results", "Soreness was rated on a 0 to 10 scale in the needling and stretching groups at "
                                       "week 2 (P = 0.04).")])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("stretching"),
                    OutcomeSpec.from_description("soreness"), "binary")
    assert (found.intervention.events, found.comparator.events) == (None, None)


def test_a_size_note_is_never_an_event_count():
    doc = Document([Passage("results", "In the needling group (n = 50), 12 patients had soreness, compared with 25 of "
                                       "the 49 stretching patients.")])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("stretching"),
                    OutcomeSpec.from_description("soreness"), "binary")
    assert events_and_sizes(found) == (12, 50, 25, 49)  # not 50 and 49 events


@pytest.mark.parametrize("text, sizes", [
    ("Fifty patients were allocated to each group.", {0: 50, 1: 50}),
    ("Of 50 patients in each group, 10 had soreness.", {0: 50, 1: 50}),
    ("Each arm included 40 patients.", {0: 40, 1: 40}),
    ("In all, 180 sessions in 96 patients were randomised; 90 to each technique.", {0: 90, 1: 90}),
    ("Five patients in each group had a recurrent stroke.", {}),  # events, not sizes
    ("Pain fell similarly (-0.1 ± 0.6 in each group).", {}),  # no size in a decimal
])
def test_sizes_stated_once_for_every_group(text, sizes):
    doc = Document([Passage("methods", text)])
    assert sizes_of(doc, [Arm.from_description("needling"), Arm.from_description("stretching")]).by_arm == sizes


@pytest.mark.parametrize("text", [
    "At baseline, pain was 6.1 ± 1.0 and 6.0 ± 1.2; at 4 weeks, it was 2.1 ± 1.0 and 3.5 ± 1.2 in the needling and "
    "sham groups (n = 30 each), respectively.",  # the follow-up, not the baseline group of values
    "The needling and sham groups (30 patients each) had pain scores of 2.1 ± 1.0 and 3.5 ± 1.2.",  # an implied 'respectively'
    "The needling group (n = 30) showed lower pain (2.1 ± 1.0) than the sham group (n = 30; 3.5 ± 1.2).",
    "Pain decreased more with needling (from 6.2 ± 1.1 to 2.1 ± 1.0, n = 30) than with sham (from 6.0 ± 1.3 to "
    "3.5 ± 1.2, n = 30).",  # before and after per arm, not one value per arm
    "Pain at follow-up: needling 2.1 (1.0) vs sham 3.5 (1.2); 30 participants per group.",
])
def test_continuous_values_in_comparative_sentences(text):
    doc = Document([Passage("results", text)])
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("pain"), "continuous")
    assert sizes_means_sds(found) == (30, 2.1, 1.0, 30, 3.5, 1.2)


def test_an_acronym_in_the_arm_description_names_the_arm():
    doc = Document([Passage("results", "Assessments at week 8 were completed by 63 participants in the CBT group and 58 in "
                                       "the waitlist group. At week 8, mean HAM-D scores were 11.2 (5.4) in the CBT group "
                                       "and 16.8 (6.1) in the waitlist group.")])
    found = read(doc, "Internet-delivered CBT", "Waitlist", "HAM-D score at week 8", "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == \
        (63, 11.2, 58, 16.8)


def test_a_pair_in_brackets_follows_the_names_before_it_not_a_later_mention():
    doc = Document([Passage("results", "Pain at 24 h was lower with needling than with sham (2.1 ± 0.9 vs 3.4 ± 1.2; "
                                       "P < 0.001), and fewer patients in the needling group needed rescue analgesia.")])
    found = read(doc, "needling", "sham", "pain", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (2.1, 3.4)


def test_group_labels_with_digits_and_groups_of_equal_size():
    doc = Document([Passage("methods", "Ninety patients were allocated to three equal groups of 30: group N1 received one "
                                       "needling session, group N3 three needling sessions, and group C sham needling."),
                    Passage("results", "Pain at week 4 was 3.9 ± 1.1, 2.8 ± 1.0 and 4.6 ± 1.2 in groups N1, N3 and C, "
                                       "respectively.")])
    found = read(doc, "Needling, three sessions", "Sham needling", "pain at week 4", "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == \
        (30, 2.8, 30, 4.6)


def test_the_one_other_group_column_and_outcome_tables_called_characteristics():
    control = Table("Table 3", "Procedural characteristics. Values are mean (standard error)",
                    header=[["Outcome", "Needling (n = 45)", "Control (n = 44)", "Difference (95% CI)"]],
                    body=[["Recovery time (min)", "6.2 (0.5)", "8.9 (0.6)", "-2.7 (-4.2 to -1.2)"]])
    found = extract(Document([], [control]), Arm.from_description("Needling of the calf"),
                    Arm.from_description("Education leaflet"), OutcomeSpec.from_description("recovery time"), "continuous")
    assert (found.intervention.n, found.intervention.mean, found.intervention.se, found.comparator.n,
            found.comparator.mean, found.comparator.se) == (45, 6.2, 0.5, 44, 8.9, 0.6)
    groups = Table("Table 2", "Outcomes", header=[["Outcome", "Group A (n = 35)", "Group B (n = 35)", "P"]],
                   body=[["Morphine 0-48 h (mg)", "18.5 ± 6.3", "29.7 ± 8.1", "<0.001"]])
    doc = Document([Passage("methods", "Women were randomised to group A, who received wound infiltration with 20 mL "
                                       "of 0.25% bupivacaine, or to no infiltration.")], [groups])
    found = read(doc, "Bupivacaine 0.25% wound infiltration", "No wound infiltration", "morphine consumption at 48 hours", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (18.5, 29.7)


def test_arms_sharing_a_drug_name_and_counts_of_with_their_share():
    doc = Document([Passage("results", "Response at week 8 was achieved by 27 (36%) of 75 participants given needling plus "
                                       "exercise and 16 (21%) of 76 given exercise alone.")])
    found = read(doc, "Needling plus exercise", "Exercise alone", "response at week 8", "binary")
    assert events_and_sizes(found) == (27, 75, 16, 76)  # 'exercise' inside 'needling plus exercise' does not name 'exercise alone'


def test_events_and_total_sub_columns_and_names_after_a_unit():
    table = Table("Table 2", "Outcomes at 30 days", header=[["Outcome", "Needling", "Needling", "Sham", "Sham"],
                                                           ["", "Events", "Total", "Events", "Total"]],
                  body=[["Readmission", "12", "98", "23", "101"]])
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("readmission"), "binary")
    assert events_and_sizes(found) == (12, 98, 23, 101)
    doc = Document([Passage("results", "Session duration: 52 ± 11 vs. 61 ± 14 min (needling vs. sham; p = 0.003).")])
    found = read(doc, "needling", "sham", "session duration", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (52, 61)


def test_an_n_column_after_one_headed_by_what_it_counts_is_the_arms_size():
    table = Table("Table 4", "Deaths by day 28", header=[["", "Sham", "Sham", "Needling", "Needling"],
                                                         ["", "Deaths", "n", "Deaths", "n"]],
                  body=[["All patients", "9", "74", "7", "75"], ["Aged over 65", "5", "30", "4", "31"]])
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("death (all patients)"), "binary")
    assert events_and_sizes(found) == (7, 75, 9, 74)


def test_a_route_code_that_is_also_a_word_names_an_arms_row_in_upper_case():
    table = Table("Table 2", "Sedation outcomes", header=[["Group", "N", "Adequate sedation, n (%)"]],
                  body=[["IN dexmedetomidine", "45", "38 (84.4)"], ["IN midazolam", "46", "27 (58.7)"]])
    found = extract(Document([], [table]), Arm.from_description("Intranasal dexmedetomidine"),
                    Arm.from_description("Intranasal midazolam"), OutcomeSpec.from_description("adequate sedation"),
                    "binary")
    assert events_and_sizes(found) == (38, 45, 27, 46)


def test_the_columns_under_a_heading_chosen_for_one_arm_are_not_the_others():
    table = Table("Table 3", "Headache days per month",
                  header=[["Time", "Needling", "Needling", "Needling", "Usual care", "Usual care", "Usual care"],
                          ["", "n", "Mean", "SD", "n", "Mean", "SD"]],
                  body=[["Baseline", "40", "7.8", "4.6", "41", "7.5", "4.9"],
                        ["3 months", "37", "4.1", "3.8", "38", "6.6", "4.7"]])
    found = extract(Document([], [table]), Arm.from_description("Needling in addition to usual care"),
                    Arm.from_description("Usual care alone"),
                    OutcomeSpec.from_description("headache days at 3 months"), "continuous")
    assert values_of(found, "continuous") == (37, 4.1, 3.8, 38, 6.6, 4.7)  # (not 'Usual care' for both)


def test_a_sentence_saying_a_table_gives_means_with_standard_errors_is_its_legend():
    table = Table("Table 3", "Table 3. Headache outcomes", header=[["Outcome", "Needling", "Sham"]],
                  body=[["Headache days at 3 months", "5.4 (0.8)", "8.9 (1.2)"]])
    other = Table("Table 2", "Table 2. Sleep outcomes", header=[["Outcome", "Needling", "Sham"]],
                  body=[["Sleep quality at 3 months", "5.4 (0.8)", "8.9 (1.2)"]])
    doc = Document([Passage("results", "Values in Table 3 are means with standard errors in parentheses.")],
                   [other, table])
    assert [t.legend for t in doc.described_tables()] == ["", "Values in Table 3 are means with standard errors in "
                                                              "parentheses."]
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("headache days at 3 months"), "continuous")
    assert (found.intervention.se, found.intervention.sd, found.comparator.se) == (0.8, None, 1.2)
    # a sentence naming no table is the legend of a document's one table, and of no table beside another
    said = Passage("results", "Values are least-squares means (standard error) unless stated otherwise.")
    assert [t.legend for t in Document([said], [table]).described_tables()] == [said.text]
    assert [t.legend for t in Document([said], [other, table]).described_tables()] == ["", ""]


@pytest.mark.parametrize("table, intervention, comparator, outcome, kind, expected", [
    pytest.param(Table("Table 2", "Pain (NRS 0-10), mean (SD)", [["Group", "24 h", "72 h"]],
                       [["Cryo-compression (n = 25)", "4.8 (1.4)", "2.7 (1.3)"],
                        ["Heat (n = 24)", "5.1 (1.4)", "3.8 (1.3)"]]),
                 "Cryotherapy with compression", "Heat pack", "Pain NRS at 72 hours", "continuous",
                 (25, 2.7, 1.3, 24, 3.8, 1.3), id="a row named by a combining form of the arm's word ('Cryo-')"),
    pytest.param(Table("Table 3", "Table 3. Outcomes. ᵃPer-protocol population: needling n = 118, sham n = 116.",
                       header=[["Outcome", "Needling (n = 121)", "Sham (n = 119)"]],
                       body=[["Pain, cycle 1ᵃ", "1.3 (1.1)", "1.2 (1.0)"]]),
                 "needling", "sham", "pain", "continuous", (118, 1.3, 1.1, 116, 1.2, 1.0),
                 id="a note marked with a superscript letter gives the sizes"),
    pytest.param(Table("Table 2", "Table 2. Outcomes at 12 weeks. a n analysed: needling 48, sham 46 (randomised 50 "
                       "and 50).", header=[["Outcome", "Needling (n = 50)", "Sham (n = 50)"]],
                       body=[["Headache days per 4 weeks a", "8.6 (6.0)", "9.3 (6.2)"]]),
                 "needling", "sham", "headache days", "continuous", (48, 8.6, 6.0, 46, 9.3, 6.2),
                 id="a note marked on a row label listing the numbers analysed gives the sizes"),
    pytest.param(Table("Table 2", "Players with a re-sprain", header=[["", "Needling", "Needling", "Sham", "Sham"],
                                                                    ["Follow-up", "Events", "Players", "Events",
                                                                     "Players"]],
                       body=[["6 months", "7", "118", "15", "121"], ["12 months", "12", "112", "26", "117"]]),
                 "needling", "sham", "re-sprain by 12 months", "binary", (12, 112, 26, 117),
                 id="a column of people beside the events is the arm's size"),
    pytest.param(Table("Table 3", "Infections", header=[["", "Needling", "Needling", "Sham", "Sham"],
                                                        ["", "Cases", "N", "Cases", "N"]],
                       body=[["Local infection", "2", "60", "3", "61"]]),
                 "needling", "sham", "local infection", "binary", (2, 60, 3, 61),
                 id="a column of cases beside the events' column counts the events"),
    pytest.param(Table("Table 2", "Neck Disability Index, mean ± SD",
                       header=[["Group", "Week 1", "Week 6", "Week 12", "n at week 12"]],
                       body=[["Dry needling", "41.2 ± 3.8", "38.0 ± 5.7", "33.9 ± 7.4", "34"],
                             ["Control", "41.0 ± 4.1", "35.1 ± 6.9", "29.6 ± 8.8", "36"]]),
                 "Dry needling", "Control", "Neck Disability Index at week 12", "continuous",
                 (34, 33.9, 7.4, 36, 29.6, 8.8), id="a column headed n at a time gives the sizes in rows per arm"),
    pytest.param(Table("Table 2", "Response, n (%). Percentages are of the evaluable population, which comprised 120 "
                       "and 117 patients.", header=[["", "Needling (n = 134)", "Sham (n = 133)"]],
                       body=[["Objective response", "31 (25.8)", "17 (14.5)"]]),
                 "needling", "sham", "objective response", "binary", (31, 120, 17, 117),
                 id="a count in the caption that the shares are of is the arm's size"),
])
def test_values_in_a_table_of_two_arms_described_alone(table, intervention, comparator, outcome, kind, expected):
    found = extract(Document([], [table]), Arm.from_description(intervention), Arm.from_description(comparator),
                    OutcomeSpec.from_description(outcome), kind)
    assert values_of(found, kind) == expected


def test_a_radiation_dose_names_its_arms_column():
    table = Table("Table 2", "Local control", header=[["", "60 Gy/3 fr", "45 Gy/3 fr"]],
                  body=[["Patients evaluable", "44", "41"], ["Local control at 2 years, patients (%)", "39 (88.6)",
                                                             "29 (70.7)"]])
    found = extract(Document([], [table]), Arm.from_description("SBRT 60 Gy in 3 fractions"),
                    Arm.from_description("SBRT 45 Gy in 3 fractions"), OutcomeSpec.from_description("local control"),
                    "binary")
    assert (found.intervention.events, found.comparator.events) == (39, 29)


def test_abbreviations_from_a_table_glossary_go_to_the_arm_they_spell():
    table = Table("Table 2", "Transfusion outcomes", header=[["Outcome", "DN (n = 92)", "EX (n = 90)", "P"]],
                  body=[["Any transfusion, n (%)", "8 (8.7)", "19 (21.1)", "0.02"]],
                  footnotes="Abbreviations: DN, dry needling plus exercise; EX, exercise alone.")
    found = extract(Document([], [table]), *arms_for(Document([], [table]), "Exercise plus dry needling", "Exercise"),
                    OutcomeSpec.from_description("transfusion"), "binary")
    assert events_and_sizes(found) == (8, 92, 19, 90)


def test_the_n_beside_a_mean_is_that_arms_analysed_size():
    doc = Document([Passage("methods", "Patients were randomised to needling (n = 35) or sham (n = 35)."),
                    Passage("results", "Pain at week 6 was 3.1 (SD 1.0; n = 31) in the needling group vs 4.0 (SD 1.2; "
                                       "n = 30) in the sham group.")])
    found = read(doc, "needling", "sham", "pain", "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == (31, 3.1, 30, 4.0)


def test_a_document_that_reports_means_with_standard_errors():
    doc = Document([Passage("methods", "Results are expressed as mean ± SEM."),
                    Passage("results", "At 6 months, pain was 3.2 ± 0.4 in the needling group (n = 50) and 4.1 ± 0.5 "
                                       "in the sham group (n = 49).")])
    found = read(doc, "needling", "sham", "pain", "continuous")
    assert (found.intervention.se, found.intervention.sd, found.comparator.se) == (0.4, None, 0.5)


def test_a_no_x_comparator_is_not_named_by_x_and_durations_are_no_counts():
    doc = Document([Passage("methods", "Patients were randomised to SMS reminders (n = 403) or no reminder (n = 398) for "
                                       "a 14-day period."),
                    Passage("results", "Attendance rates were 79.4% and 70.1% in the reminder and control groups, "
                                       "respectively.")])
    found = read(doc, "SMS appointment reminders", "No reminder", "attendance", "binary")
    assert events_and_sizes(found) == (320, 403, 279, 398)  # 79.4% of 403, 70.1% of 398


def test_a_shorter_arm_inside_a_longer_one_and_lower_case_labels():
    doc = Document([Passage("methods", "Patients were assigned to needling plus exercise (combination group) or exercise "
                                       "plus stretching (exercise group)."),
                    Passage("results", "Soreness at 24 h was 15.0% (9/60) in the combination group and 35.0% (21/60) in "
                                       "the exercise group.")])
    found = read(doc, "Needling plus exercise", "Exercise alone", "soreness", "binary")
    assert events_and_sizes(found) == (9, 60, 21, 60)


def test_a_name_with_another_dose_is_another_arm():
    doc = Document([Passage("results", "A total of 120 patients were randomized to placebo (n = 40), drug 10 mg (n = 41) "
                                       "or drug 20 mg (n = 39). HbA1c at week 12 was 7.9 ± 1.0, 7.4 ± 0.9 and 7.1 ± 0.8 "
                                       "in the placebo, 10 mg and 20 mg groups, respectively.")])
    found = read(doc, "Drug 20 mg", "Placebo", "HbA1c", "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == \
        (39, 7.1, 40, 7.9)  # not 'drug 10 mg (n = 41)'


@pytest.mark.parametrize("text, intervention, comparator", [
    ("Patients were randomized to dry needling (DN group, n = 30) or sham needling (SN group, n = 30). At 4 weeks, "
     "pain was 2.1 ± 1.0 in the DN group and 3.5 ± 1.2 in the SN group.", "Dry needling of the upper trapezius",
     "Sham dry needling"),  # labels after the names; 'dry needling' is not 'sham dry needling'
    ("Patients received either ketamine (group K, n = 30) or saline (group S, n = 30). Pain scores at 4 h were "
     "2.1 ± 1.0 in group K and 3.5 ± 1.2 in group S.", "Ketamine 0.5 mg/kg", "Normal saline"),
    ("Sixty patients were allocated to the experimental group (n = 30), which received dry needling plus exercise, "
     "or the control group (n = 30), which received exercise alone. Pain at 4 weeks: experimental 2.1 ± 1.0, "
     "control 3.5 ± 1.2.", "Dry needling plus exercise", "Exercise alone"),  # '... alone' is a control
    ("A total of 60 patients were assigned to the TENS group (n = 30) or the control group (n = 30). After "
     "treatment, pain was 2.1 ± 1.0 with TENS and 3.5 ± 1.2 in controls.",
     "Transcutaneous electrical nerve stimulation (TENS)", "No treatment"),
    ("Group 1 (G1) received dry needling and Group 2 (G2) received sham needling. Of the 64 randomised patients "
     "(G1 = 32, G2 = 32), 60 were assessed (G1 = 30, G2 = 30). Pain at 4 weeks was 2.1 ± 1.0 in G1 and 3.5 ± 1.2 "
     "in G2.", "Dry needling", "Sham needling"),  # a group label's own abbreviation names its arm
    ("Sixty patients were randomized to ultrasound-guided percutaneous electrolysis (n = 30) or ultrasound-guided "
     "dry needling (n = 30). At 4 weeks, pain was 2.1 ± 1.0 with PE and 3.5 ± 1.2 with DN.",
     "Ultrasound-guided percutaneous electrolysis", "Ultrasound-guided dry needling"),  # initials of what differs
    ("Sixty patients were randomized to a single session of superficial needling in addition to standard medical "
     "advice, or to standard medical advice alone (SMA), 30 per arm. Table 2 gives pain at 4 weeks.",
     "Superficial needling plus standard medical advice", "Standard medical advice alone"),  # 'alone' in both
])
def test_arms_described_otherwise_than_the_text_names_them(text, intervention, comparator):
    table = Table("Table 2", "Pain at 4 weeks, mean ± SD", [["Outcome", "Needling", "SMA"]],
                  [["Pain", "2.1 ± 1.0", "3.5 ± 1.2"]])
    doc = Document([Passage("abstract", text)], [table] if "Table 2" in text else [])
    found = extract(doc, *arms_for(doc, intervention, comparator), OutcomeSpec.from_description("pain", doc),
                    "continuous")
    assert sizes_means_sds(found) == (30, 2.1, 1.0, 30, 3.5, 1.2)


@pytest.mark.parametrize("outcome", ["overall mortality", "Death during treatment"])
def test_mortality_is_named_by_died(outcome):
    doc = Document([Passage("results", "One year after surgery, 45 patients in the needling group compared to 58 "
                                       "patients in the sham group had died (p = 0.19).")])
    found = read(doc, "needling", "sham", outcome, "binary")
    assert (found.intervention.events, found.comparator.events) == (45, 58)


def test_an_outcome_named_by_the_initials_of_its_description():
    table = Table("Table 2", "Clinical outcomes at 12 months",
                  header=[["Outcome", "Needling (n = 120)", "Sham (n = 118)", "HR (95% CI)"]],
                  body=[["MACE", "12/120 (10.0%)", "20/118 (16.9%)", "0.58 (0.28-1.19)"],
                        ["Major bleeding", "2/120 (1.7%)", "1/118 (0.8%)", "1.97 (0.18-21.7)"]])
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("Major adverse cardiovascular events at 12 months"), "binary")
    assert (found.intervention.events, found.comparator.events) == (12, 20)  # not 'Major bleeding'


def test_an_outcome_missing_for_some_of_each_arm_leaves_the_rest():
    doc = Document([Passage("results", "Patients were randomised to dry needling (DN, n = 40) or sham needling (SN, "
                                       "n = 38). Pressure pain threshold at 6 weeks was unavailable for 3 DN and 2 SN "
                                       "patients (device fault). It was 3.4 ± 0.9 kg/cm2 with DN and 2.8 ± 0.8 "
                                       "kg/cm2 with SN.")])
    found = read(doc, "Dry needling", "Sham needling", "Pressure pain threshold at 6 weeks", "continuous")
    assert (found.intervention.n, found.comparator.n) == (37, 36)


def test_an_outcome_named_by_initials_that_keep_its_linking_words():
    doc = Document([Passage("results", "Of 499 patients, 248 were allocated to the mechanical group and 251 to the "
                                       "manual group. ROSC was achieved in 61 of 248 patients in the mechanical group "
                                       "and 58 of 251 in the manual group.")])
    found = read(doc, "Mechanical chest compression", "Manual chest compression",
                 "Return of spontaneous circulation", "binary")
    assert (found.intervention.events, found.comparator.events) == (61, 58)  # 'ROSC': R(eturn) O(f) S(...) C(...)


def test_an_outcome_named_by_the_abbreviation_of_its_plural():
    doc = Document([Passage("abstract", "Pressure pain thresholds (PPT) were recorded. PPT increased to 2.1 ± 1.0 "
                                        "kg/cm2 in the needling group and 3.5 ± 1.2 kg/cm2 in the sham group.")])
    found = read(doc, "needling", "sham", "pressure pain threshold", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (2.1, 3.5)


@pytest.mark.parametrize("text", [
    "Pain at 4 weeks was 2.1 (SE 0.2) with needling and 3.5 (SE 0.3) with sham.",
    "Mean (SE) pain at 4 weeks was 2.1 (0.2) with needling and 3.5 (0.3) with sham.",
    "Pain at 4 weeks was 2.1 ± 0.2 (mean ± SEM) with needling and 3.5 ± 0.3 with sham.",
])
def test_standard_errors_in_sentences_are_kept_as_such(text):
    doc = Document([Passage("results", text)])
    found = read(doc, "needling", "sham", "pain", "continuous")
    assert (found.intervention.mean, found.intervention.se, found.intervention.sd) == (2.1, 0.2, None)
    assert (found.comparator.mean, found.comparator.se, found.comparator.sd) == (3.5, 0.3, None)


def test_arm_names_in_a_bracket_after_a_pair_of_values():
    doc = Document([Passage("results", "Pain at 4 weeks was 2.1±1.0 vs. 3.5±1.2 (needling vs. sham, P<0.01).")])
    found = read(doc, "needling", "sham", "pain", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (2.1, 3.5)


def test_a_list_of_outcomes_with_the_arms_named_before_their_values():
    doc = Document([Passage("results", "The percentages of patients with nausea and vomiting were higher in the "
                                       "needling group (35 and 42.5%, respectively), compared to the control group "
                                       "(17.5 and 17.5%, respectively) (P = 0.042 and 0.029).")])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    nausea = extract(doc, *arms, OutcomeSpec.from_description("nausea"), "binary")
    vomiting = extract(doc, *arms, OutcomeSpec.from_description("vomiting"), "binary")
    assert (nausea.intervention.percent, nausea.comparator.percent) == (35, 17.5)
    assert (vomiting.intervention.percent, vomiting.comparator.percent) == (42.5, 17.5)


@pytest.mark.parametrize("sentence", [
    "At 4 weeks, pain and disability scores were 2.1 ± 1.0 and 12.3 ± 4.1 in the dry needling group and "
    "3.5 ± 1.2 and 15.2 ± 4.4 in the control group.",
    "At 4 weeks, the mean pain, disability and range of motion scores (dry needling versus control) were "
    "2.1 ± 1.0 versus 3.5 ± 1.2, 12.3 ± 4.1 versus 15.2 ± 4.4, and 40.1 ± 5.0 versus 38.2 ± 6.1.",
])
def test_a_sentence_reporting_a_list_of_outcomes(sentence):
    doc = Document([Passage("results", sentence)])
    arms = Arm.from_description("dry needling"), Arm.from_description("control")
    pain = extract(doc, *arms, OutcomeSpec.from_description("pain"), "continuous")
    disability = extract(doc, *arms, OutcomeSpec.from_description("disability"), "continuous")
    assert (pain.intervention.mean, pain.comparator.mean) == (2.1, 3.5)
    assert (disability.intervention.mean, disability.comparator.mean) == (12.3, 15.2)


def test_a_third_arm_keeps_its_own_label_and_total_rows_answer_total_outcomes():
    doc = Document([Passage("methods", "Patients were randomised to Group A (Stypro hemostatic sponge), Group B "
                                       "(collagen hemostatic sponge) or Group C (gelatin sponge).")],
                   [Table("Table 2", "Drainage (ml)", header=[["Variable", "Group A", "Group B", "Group C"]],
                          body=[["Drainage in 24 h", "187.9 ± 82", "185.2 ± 68", "230.8 ± 75"],
                                ["Total volume of drainage", "231.5 ± 18.1", "248.5 ± 18.8", "318.5 ± 26.7"]])])
    stypro, gelatin = arms_for(doc, "Stypro hemostatic sponge", "Gelatin sponge")
    assert "group b" not in stypro.phrases  # 'collagen hemostatic sponge' is a third arm, not Stypro
    found = extract(doc, stypro, gelatin, OutcomeSpec.from_description("Total drainage volume"), "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (231.5, 318.5)


def test_no_intervention_column_is_the_control():
    doc = read_markdown("""# Results
::::table-wrap
  Outcome                 Intervention (n = 40)   No intervention (n = 38)
  ----------------------- ----------------------- --------------------------
  Complications           6 (15.0)                12 (31.6)
::::
""")
    intervention, control = arms_for(doc, "education before surgery", "control group, usual care")
    found = extract(doc, intervention, control, OutcomeSpec.from_description("complications"), "binary")
    assert events_and_sizes(found) == (
        6, 40, 12, 38)


def test_packed_spanning_labels_are_spread_and_a_generic_control_takes_the_placebo_columns():
    doc = read_markdown("""# Results
::::table-wrap
  Marker          Placebo (40)    Vitamin D (40)
  --------------- --------------- --------------- --------- --------------- --------------- ---------
                  Pre: Mean (SE)  Post: Mean (SE) P-value   Pre: Mean (SE)  Post: Mean (SE) P-value
  IL-6            6.1 (0.8)       6.4 (0.9)       0.40      6.3 (0.7)       4.2 (0.6)       0.01
::::
""")
    assert doc.tables[0].header[0][1:] == ["Placebo (40)"] * 3 + ["Vitamin D (40)"] * 3
    intervention, control = arms_for(doc, "Vitamin D supplementation", "Control")
    found = extract(doc, intervention, control, OutcomeSpec.from_description("IL-6"), "continuous")
    assert (found.intervention.mean, found.intervention.se, found.intervention.n) == (4.2, 0.6, 40)
    assert (found.comparator.mean, found.comparator.se, found.comparator.n) == (6.4, 0.9, 40)


def test_jats_tables_inside_a_paragraph_are_tables_not_text():
    doc = read_jats('<article><body><sec><title>Results</title><p>Pain fell in both groups (Table 2).'
                    '<table-wrap><label>Table 2</label><caption><p>Pain</p></caption><table><thead><tr><th/>'
                    '<th>Needling</th><th>Control</th></tr></thead><tbody><tr><td>VAS</td><td>2.1 (1.0)</td>'
                    '<td>3.5 (1.2)</td></tr></tbody></table></table-wrap> Adverse events were rare.</p>'
                    '</sec></body></article>')
    assert [s for _, s in doc.sentences()] == ["Pain fell in both groups (Table 2).", "Adverse events were rare."]
    assert doc.tables[0].body == [["VAS", "2.1 (1.0)", "3.5 (1.2)"]]


def test_jats_unreadable_spans_count_as_one():
    doc = read_jats('<article><body><table-wrap><table><thead><tr><th rowspan="r">Outcome</th><th colspan="x">'
                    'Needling</th><th colspan="">Sham</th></tr></thead><tbody><tr><td>VAS</td><td>2.1 (1.0)</td>'
                    '<td>3.5 (1.2)</td></tr></tbody></table></table-wrap></body></article>')
    assert doc.tables[0].header == [["Outcome", "Needling", "Sham"]]
    assert doc.tables[0].body == [["VAS", "2.1 (1.0)", "3.5 (1.2)"]]


def test_jats_reference_numbers_are_not_text():
    doc = read_jats('<article><body><sec><title>Results</title><p>Pain fell by 2 points, as reported before.'
                    '<sup><xref ref-type="bibr" rid="b18">18</xref></sup>This effect lasted to week 12 '
                    '(<xref ref-type="fig" rid="f1">Figure 1</xref>).</p></sec></body></article>')
    assert [s for _, s in doc.sentences()] == ["Pain fell by 2 points, as reported before.",
                                               "This effect lasted to week 12 (Figure 1)."]


def test_a_jats_header_row_missing_its_corner_and_the_any_event_row():
    doc = read_jats("""<article><body><sec><title>Results</title><table-wrap><label>Table 2</label>
<caption><p>Treatment-emergent adverse events</p></caption><table>
<thead><tr><th/><th rowspan="2">Placebo (N = 121)</th><th colspan="2">Needling, sessions</th></tr>
<tr><th>4 (N = 122)</th><th>8 (N = 123)</th></tr></thead>
<tbody><tr><td>Any adverse event, n (%)</td><td>67 (55.4)</td><td>69 (56.6)</td><td>85 (69.1)</td></tr>
<tr><td>Serious adverse events, n (%)</td><td>7 (5.8)</td><td>7 (5.7)</td><td>10 (8.1)</td></tr></tbody>
</table></table-wrap></sec></body></article>""")
    assert doc.tables[0].header[1] == ["", "Placebo (N = 121)", "4 (N = 122)", "8 (N = 123)"]
    found = extract(doc, Arm.from_description("needling 8 sessions"), Arm.from_description("placebo"),
                    OutcomeSpec.from_description("adverse effects"), "binary")
    assert events_and_sizes(found) == (
        85, 123, 67, 121)


def test_arm_rows_keyed_by_letters_the_caption_defines():
    doc = read_jats("""<article><body><sec><title>Results</title><table-wrap><label>Table 2</label>
<caption><p>Mean changes within the needling group (I; n=28) and the control group (C; n=30)</p></caption><table>
<thead><tr><th/><th>MCID</th><th>Group</th><th>Mean change (6 weeks - baseline)</th><th>Mean change</th></tr></thead>
<tbody><tr><td/><td/><td/><td>Mean (95% CI)</td><td>P</td></tr>
<tr><td>Neck pain (VAS)</td><td>1 cm</td><td>I</td><td>- 2.10 (-2.90, -1.30)</td><td>.001</td></tr>
<tr><td/><td/><td>C</td><td>-0.80 (-1.50, -0.10)</td><td>.030</td></tr></tbody></table></table-wrap>
</sec></body></article>""")
    assert doc.tables[0].header[1][3:] == ["Mean (95% CI)", "P"]  # a sub-heading row at the top of the body
    intervention, control = arms_for(doc, "dry needling", "usual care")
    found = extract(doc, intervention, control, OutcomeSpec.from_description("neck pain"), "continuous")
    assert (found.intervention.mean, found.intervention.ci, found.intervention.n) == (-2.1, (-2.9, -1.3), 28)
    assert (found.comparator.mean, found.comparator.ci, found.comparator.n) == (-0.8, (-1.5, -0.1), 30)


def test_an_integer_under_a_mean_or_sd_heading_is_no_event_count():
    table = Table("Table 3", "Sick leave", header=[["", "Needling", "Needling", "Control", "Control"],
                                                   ["", "n (%)", "Mean days", "SD", "Mean days"]],
                  body=[["4-12 months", "35 (28)", "100.8", "87", "102.7"]])
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("sick leave"), "binary")
    assert found.intervention.events is None and found.comparator.events is None  # not 87


def test_time_points_above_the_arm_names_and_characteristics_over_follow_up():
    table = Table("Table 1", "Characteristics of participants at baseline and 12 weeks",
                  header=[["Variable", "Baseline", "Baseline", "12 weeks", "12 weeks"],
                          ["", "Needling", "Control", "Needling", "Control"]],
                  body=[["Pain (VAS)", "6.0 (1.1)", "6.1 (1.0)", "3.1 (1.2)", "4.2 (1.3)"]])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    later = extract(Document([], [table]), *arms, OutcomeSpec.from_description("pain"), "continuous")
    at_entry = extract(Document([], [table]), *arms, OutcomeSpec.from_description("baseline pain"), "continuous")
    assert (later.intervention.mean, later.comparator.mean) == (3.1, 4.2)
    assert (at_entry.intervention.mean, at_entry.comparator.mean) == (6.0, 6.1)


def test_a_cut_off_row_is_no_mean_of_the_score():
    table = Table("Table 2", "Outcomes at 12 months", header=[["Outcome", "Needling (n = 27)", "Control (n = 26)"]],
                  body=[["Disability score", "21.4 (6.2)", "24.7 (7.0)"], ["Disability score >30", "4 (14.8)", "7 (26.9)"]])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    mean = extract(Document([], [table]), *arms, OutcomeSpec.from_description("disability score"), "continuous")
    assert (mean.intervention.mean, mean.comparator.mean) == (21.4, 24.7)


def test_tables_with_one_row_per_arm():
    arms = Arm.from_description("needling"), Arm.from_description("placebo")
    per_outcome = Table("Table 2", "Pain and function after 3 weeks",
                        header=[["Outcome", "Treatment", "Baseline", "Week 3", "Δ", "p"]],
                        body=[["Neck pain", "Needling", "6.1 ± 1.2", "3.2 ± 1.1", "-2.9 ± 1.4", "0.01"],
                              ["Neck pain", "Placebo", "6.0 ± 1.3", "4.4 ± 1.5", "-1.6 ± 1.2", ""],
                              ["Function", "Needling-plus-exercise", "30.1 ± 5.0", "21.0 ± 4.0", "-9.1 ± 5.2", "0.20"],
                              ["Function", "Needling", "30.0 ± 5.1", "24.0 ± 4.5", "-6.0 ± 4.9", ""],
                              ["", "Placebo", "29.8 ± 4.9", "25.5 ± 4.2", "-4.3 ± 4.4", ""]])
    pain = extract(Document([], [per_outcome]), *arms, OutcomeSpec.from_description("neck pain"), "continuous")
    assert (pain.intervention.mean, pain.intervention.sd, pain.comparator.mean) == (3.2, 1.1, 4.4)  # not baseline, not Δ
    function = extract(Document([], [per_outcome]), *arms, OutcomeSpec.from_description("function"), "continuous")
    assert (function.intervention.mean, function.comparator.mean) == (24.0, 25.5)  # not 'Needling-plus-exercise'
    under_headings = Table("Table 3", "Patients with prescriptions, n (%)",
                           header=[["", "Baseline", "Baseline", "12 months", "12 months"], ["", "n", "(%)", "n", "(%)"]],
                           body=[["Analgesics", "", "", "", ""],
                                 ["Needling (n = 125)", "27", "(22)", "74", "(59)"],
                                 ["Placebo (n = 133)", "43", "(32)", "77", "(58)"],
                                 ["Sedatives", "", "", "", ""],
                                 ["Needling", "26", "(21)", "52", "(42)"],
                                 ["Placebo", "32", "(24)", "51", "(38)"]])
    assert sizes_of(Document([], [under_headings]), list(arms)).by_arm == {0: 125, 1: 133}
    sedatives = extract(Document([], [under_headings]), *arms, OutcomeSpec.from_description("sedatives"), "binary")
    assert events_and_sizes(sedatives) == (52, 125, 51, 133)


def test_an_arm_without_what_the_other_adds_is_named_by_its_treatment_alone():
    table = Table("Table 3", "Stiffness on the day after treatment", header=[["Group", "n", "Stiffness, n (%)"]],
                  body=[["Manipulation + exercise", "22", "6 (27.3)"], ["Manipulation alone", "21", "11 (52.4)"]])
    found = read(Document([], [table]), "Spinal manipulation followed by home exercise",
                 "Spinal manipulation without home exercise", "Stiffness on the day after treatment", "binary")
    assert events_and_sizes(found) == (6, 22, 11, 21)


def test_a_row_naming_the_arm_by_its_dosing_interval_code_with_its_analysis_set_as_sizes():
    table = Table("Table 4", "Participants with adverse events over 2 years, n",
                  header=[["Arm", "Safety population", "Any AE", "Osteonecrosis of the jaw"]],
                  body=[["Zoledronate 4 mg Q3M", "120", "80", "3"], ["Placebo", "118", "70", "0"]])
    found = read(Document([], [table]), "Zoledronate 4 mg every 3 months", "Placebo", "Osteonecrosis of the jaw",
                 "binary")
    assert events_and_sizes(found) == (3, 120, 0, 118)


STACKED_JATS = """<article><body><sec><title>Results</title><p>See Table 2.</p>
<table-wrap><label>Table 2</label><caption><p>Outcomes at week 8</p></caption>
<table><thead><tr><th>Pain</th><th>n</th><th>Mean change (SE)</th><th>p</th></tr></thead>
<tbody><tr><td>Placebo</td><td>99</td><td>-1.71 (0.12)</td><td>-</td></tr>
<tr><td>Needling</td><td>101</td><td>-1.88 (0.12)</td><td>0.22</td></tr></tbody></table>
<table><thead><tr><th>Responders<sup><xref ref-type="table-fn" rid="fn1">d</xref></sup></th><th>Proportion</th>
<th>%</th><th>Odds ratio</th><th>p</th></tr></thead>
<tbody><tr><td>Placebo</td><td>62/99</td><td>62.6</td><td>-</td><td>-</td></tr>
<tr><td>Needling</td><td>79/101</td><td>78.2</td><td>0.47</td><td>0.02</td></tr>
<tr><td>Acupuncture</td><td>68/99</td><td>68.7</td><td>0.75</td><td>0.34</td></tr></tbody></table>
<table-wrap-foot><fn id="fn1"><p>d: CGI-I of 1 or 2.</p></fn></table-wrap-foot></table-wrap></sec></body></article>"""

STACKED_MARKDOWN = """# Results
::::table-wrap
::: caption
Outcomes at week 8
:::

  Pain      n     Mean change (SE)   p
  --------- ----- ------------------ ------
  Placebo   99    -1.71 (0.12)       ---
  Needling  101   -1.88 (0.12)       0.22

  Responders^[d](#)^   Proportion   %      Odds ratio   p
  -------------------- ------------ ------ ------------ ------
  Placebo              62/99        62.6   ---          ---
  Needling             79/101       78.2   0.47         0.02
  Acupuncture          68/99        68.7   0.75         0.34

Odds ratios from a logistic regression model with terms for treatment group and site.
::::
"""


@pytest.mark.parametrize("doc", [read_jats(STACKED_JATS), read_markdown(STACKED_MARKDOWN)], ids=["jats", "markdown"])
def test_tables_stacked_in_one_wrap_are_each_read_with_their_corner_label(doc):
    assert [t.header[0][0] for t in doc.tables] == ["Pain", "Responders"]  # no footnote mark
    assert len({t.name for t in doc.tables}) == 1 and doc.tables[1].body[-1][0] == "Acupuncture"  # no note row
    arms = Arm.from_description("needling"), Arm.from_description("placebo")
    found = extract(doc, *arms, OutcomeSpec.from_description("responders"), "binary")
    assert events_and_sizes(found) == (79, 101, 62, 99)  # the counts, not the '%' column beside them
    third = extract(doc, Arm.from_description("acupuncture"), arms[1], OutcomeSpec.from_description("responders"),
                    "binary")  # the third arm's row is no new outcome
    assert (third.intervention.events, third.comparator.events) == (68, 62)


def test_mean_and_sd_sub_columns_and_an_outcome_named_by_its_column():
    arms = Arm.from_description("needling"), Arm.from_description("sham")
    sub_columns = Table("Table 2", "Pain after treatment",
                        header=[["", "Needling (n = 30)", "Needling (n = 30)", "Sham (n = 30)", "Sham (n = 30)", "P"],
                                ["", "Mean", "SD", "Mean", "SD", ""]],
                        body=[["Pain", "2.1", "1.0", "3.5", "1.2", "0.01"]])
    pain = extract(Document([], [sub_columns]), *arms, OutcomeSpec.from_description("pain"), "continuous")
    assert (pain.intervention.mean, pain.intervention.sd, pain.comparator.mean, pain.comparator.sd) == (2.1, 1.0, 3.5, 1.2)
    by_column = Table("Table 3", "Adverse events", header=[["Group", "n", "Soreness", "%", "Bruising", "%"]],
                      body=[["Needling", "50", "12", "24.0", "3", "6.0"], ["Sham", "49", "25", "51.0", "1", "2.0"]])
    soreness = extract(Document([], [by_column]), *arms, OutcomeSpec.from_description("soreness"), "binary")
    assert events_and_sizes(soreness) == (12, 50, 25, 49)  # its own column, a count beside its '%'


def test_sizes_from_a_row_of_sizes_and_from_the_caption():
    arms = [Arm.from_description("needling"), Arm.from_description("sham")]
    in_a_row = Table("Table 2", "Outcomes", header=[["Outcome", "Needling group", "Sham group", "P"]],
                     body=[["n", "30", "29", ""], ["Pain", "2.1 (1.0)", "3.5 (1.2)", "0.01"]])
    assert sizes_of(Document([], [in_a_row]), arms).by_arm == {0: 30, 1: 29}
    in_caption = Table("Table 3", "Pain after treatment (needling n = 30; sham n = 29)",
                       header=[["", "Needling", "Sham"]], body=[["Pain, mean ± SD", "2.1 ± 1.0", "3.5 ± 1.2"]])
    assert sizes_of(Document([], [in_caption]), arms).by_arm == {0: 30, 1: 29}


def test_a_cut_off_row_is_no_mean_in_either_table_layout():
    arms = Arm.from_description("needling"), Arm.from_description("sham")
    by_row = Table("Table 2", "Pain at week 4", header=[["Outcome", "Group", "Mean ± SD"]],
                   body=[["Pain score", "Needling", "2.1 ± 1.0"], ["", "Sham", "3.5 ± 1.2"],
                         ["Pain score >7", "Needling", "1.0 ± 0.2"], ["", "Sham", "2.0 ± 0.3"]])
    found = extract(Document([], [by_row]), *arms, OutcomeSpec.from_description("pain score"), "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (2.1, 3.5)


@pytest.mark.parametrize("cells, second_header", [
    (("24.0% (12)", "51.0% (25)"), None),
    (("24.0 (12)", "51.0 (25)"), ["", "% (n)", "% (n)"]),
    (("12 [24.0]", "25 [51.0]"), ["", "n [%]", "n [%]"]),
])
def test_event_cells_with_the_share_first_or_in_square_brackets(cells, second_header):
    header = [["", "Needling (n = 50)", "Sham (n = 49)"]] + ([second_header] if second_header else [])
    table = Table("Table 2", "Adverse events", header=header, body=[["Soreness", *cells]])
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("soreness"), "binary")
    assert events_and_sizes(found) == (12, 50, 25, 49)


def test_a_sentence_that_says_n_percent():
    doc = Document([Passage("results", "Soreness, n (%): needling (n = 50) 12 (24.0), sham (n = 49) 25 (51.0).")])
    found = read(doc, "needling", "sham", "soreness", "binary")
    assert (found.intervention.events, found.comparator.events) == (12, 25)


@pytest.mark.parametrize("cells, sizes", [
    (("2.1 ± 1.0 (n = 28)", "3.5 ± 1.2 (n = 27)"), (28, 27)),  # the analysed numbers in the cell
    (("2.1 (1.0); n = 28", "3.5 (1.2); n = 27"), (28, 27)),
    (("2.1 (SD 1.0)", "3.5 (SD = 1.2)"), (30, 30)),
])
def test_mean_cells_with_their_own_size_or_a_labelled_sd(cells, sizes):
    table = Table("Table 2", "Outcomes", [["Outcome", "Needling (n = 30)", "Sham (n = 30)"]], [["Pain", *cells]])
    found = extract(Document([], [table]), Arm.from_description("needling"), Arm.from_description("sham"),
                    OutcomeSpec.from_description("pain"), "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (2.1, 1.0, 3.5, 1.2)
    assert (found.intervention.n, found.comparator.n) == sizes


def test_yes_counts_the_events_not_no():
    arms = Arm.from_description("needling"), Arm.from_description("sham")
    columns = Table("Table 2", "Outcomes", header=[["", "Needling (n = 50)", "Needling (n = 50)", "Sham (n = 49)",
                                                    "Sham (n = 49)"], ["", "Yes", "No", "Yes", "No"]],
                    body=[["Soreness", "12", "38", "25", "24"]])
    rows = Table("Table 3", "Outcomes", header=[["Outcome", "Needling (n = 50)", "Sham (n = 49)", "P"]],
                 body=[["Soreness", "", "", "0.01"], ["Yes", "12 (24)", "25 (51)", ""], ["No", "38 (76)", "24 (49)", ""]])
    for table in (columns, rows):
        found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("soreness"), "binary")
        assert events_and_sizes(found) == (12, 50, 25, 49)


def test_packed_labels_of_unequal_spans_follow_the_restarting_sub_headings():
    doc = read_markdown("""# Results
::::table-wrap
  Outcome      Needling     Control
  ------------ ------------ ------------ ------------ ------------ ------------ ------------
               Baseline     12 m         Baseline     12 m         Difference   P
  Weight       50.1 (4.0)   55.9 (4.2)   50.0 (4.1)   56.5 (4.3)   -0.6         0.03
::::
""")
    assert doc.tables[0].header[0][1:] == ["Needling"] * 2 + ["Control"] * 4  # the last label takes the rest
    found = extract(doc, Arm.from_description("needling"), Arm.from_description("control"),
                    OutcomeSpec.from_description("weight at 12 months"), "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (55.9, 56.5)


def test_a_label_over_the_first_column_of_its_span_covers_the_repeated_sub_headings():
    table = Table("Table 3", "Adverse events, n (%)",
                  header=[["Adverse event", "Arm A (n = 98)", "", "Arm B (n = 101)", ""],
                          ["", "All grades", "Grade 3-4", "All grades", "Grade 3-4"]],
                  body=[["Neutropenia", "45 (45.9)", "21 (21.4)", "18 (17.8)", "5 (5.0)"]])
    assert table.header[0] == ["Adverse event"] + ["Arm A (n = 98)"] * 2 + ["Arm B (n = 101)"] * 2
    unlike = [["", "Needling", "", "Sham", ""], ["", "n", "%", "Mean", "SD"]]  # no repeated run: left alone
    assert Table("Table 1", "", [list(r) for r in unlike], []).header == unlike
    doc = Document([Passage("methods", "Patients were randomly assigned to arm A (capecitabine plus oxaliplatin) "
                                       "or arm B (capecitabine alone).")], [table])
    found = extract(doc, *arms_for(doc, "Capecitabine plus oxaliplatin (CAPOX)", "Capecitabine monotherapy"),
                    OutcomeSpec.from_description("Grade 3-4 neutropenia", doc), "binary")
    assert events_and_sizes(found) == (21, 98, 5, 101)


def test_arms_labelled_by_letters_and_codes_in_the_text_or_a_caption_legend():
    complications = Table("Table 4", "Postoperative complications, n (%)", header=[["", "A (n = 87)", "B (n = 85)", "P"]],
                          body=[["Anastomotic leakage", "4 (4.6)", "11 (12.9)", "0.05"]])
    doc = Document([Passage("methods", "Patients were randomised to group A (side-to-side stapled anastomosis with a "
                                       "linear cutter) or group B (two-layer hand-sewn anastomosis).")], [complications])
    arms = arms_for(doc, "Stapled ileocolic anastomosis", "Hand-sewn ileocolic anastomosis")
    assert "group a" in arms[0].phrases and "group b" in arms[1].phrases  # the words setting each arm apart
    found = extract(doc, *arms, OutcomeSpec.from_description("Anastomotic leakage", doc), "binary")
    assert events_and_sizes(found) == (4, 87, 11, 85)
    legend = Table("Table 2", "PONV in the first 24 h. Group I, ondansetron 4 mg; Group II, dexamethasone 8 mg.",
                   header=[["", "Group I (n = 35)", "Group II (n = 35)", "P"]], body=[["Vomiting", "5 (14.3)", "7 (20.0)", "0.5"]])
    coded = Table("Table 3", "Emergence, % (n)", header=[["", "DEX (n = 30)", "NS (n = 30)", "P"]],
                  body=[["Vomiting", "20.0% (6)", "56.7% (17)", "0.004"]])
    for table, drugs, expected in ((legend, ("Ondansetron 4 mg IV", "Dexamethasone 8 mg IV"), (5, 35, 7, 35)),
                                   (coded, ("Dexmedetomidine 0.3 µg/kg IV", "Normal saline"), (6, 30, 17, 30))):
        doc = Document([Passage("methods", "Children received dexmedetomidine 0.3 µg/kg (group DEX) or normal saline "
                                           "(group NS) intravenously.")], [table])
        arms = arms_for(doc, *drugs)
        assert ("iv" in arms[0].phrases) == (drugs[1] == "Normal saline")  # a name both arms share names neither
        assert events_and_sizes(extract(doc, *arms, OutcomeSpec.from_description("vomiting"), "binary")) == expected


def test_an_arm_repeated_under_each_time_point_with_its_size_there():
    table = Table("Table 2", "Competence scores",
                  header=[["Items", "T0", "T0", "T1", "T1"],
                          ["", "EP group (n=19)", "CACP group (n=24)", "EP group (n=19)", "CACP group (n=23)"]],
                  body=[["Total competence", "94.7 (27.1)", "121.9 (39.8)", "117.6 (19.0)", "158.5 (23.2)"]])
    arms = Arm.from_description("externship program (EP)"), Arm.from_description("cooperation program (CACP)")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("competence"), "continuous")
    assert sizes_means_sds(found) == (19, 117.6, 19.0, 23, 158.5, 23.2)
    assert sizes_of(Document([], [table]), list(arms)).by_arm == {0: 19, 1: 23}  # at follow-up, not at entry


def test_packed_time_labels_after_two_row_label_columns_and_outcome_tables_before_characteristics():
    header = [["Variable", "Subgroup", "Baseline", "12 months", "", ""],
              ["", "", "Control (n=505)", "Intervention (n=645)", "Control (n=459)", "Intervention (n=592)"]]
    characteristics = Table("Table 1", "Sample characteristics at baseline and 12 months", header,
                            body=[["Weight", "Mean (s.d.)", "50.1 (10.2)", "49.4 (11.0)", "56.0 (12.6)", "55.2 (12.5)"]])
    assert characteristics.header[0][2:] == ["Baseline"] * 2 + ["12 months"] * 2
    outcomes = Table("Table 2", "Adiposity outcomes", header=[["Outcome", "Intervention", "Control"]],
                     body=[["Weight (kg) at 12 months", "55.9 (15.6)", "56.5 (14.8)"]])
    arms = Arm.from_description("intervention"), Arm.from_description("control")
    found = extract(Document([], [characteristics, outcomes]), *arms, OutcomeSpec.from_description("weight"),
                    "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (55.9, 56.5)


def test_sizes_for_every_group_in_a_follow_up_sentence_and_percentages_become_counts():
    doc = Document([Passage("results", "Workers with neck pain (n = 80) were randomised in equal numbers to "
                                       "strengthening exercise or advice. Follow-up was complete for all 40 "
                                       "participants in each group. During 12 months, 25% of the exercise group and "
                                       "45% of the advice group sought care for a new episode.")])
    found = extract(doc, Arm.from_description("strengthening exercise programme"), Arm.from_description("advice"),
                    OutcomeSpec.from_description("sought care for a new episode"), "binary")
    assert events_and_sizes(found) == (10, 40, 18, 40)


def test_arm_rows_read_the_columns_naming_the_outcome_best_and_a_patients_n_column():
    table = Table("Table 2", "Readmission and mortality within 90 days",
                  header=[["Group", "Patients (n)", "All-cause readmission, n", "%", "HF readmission, n", "%"]],
                  body=[["Telemonitoring", "168", "49", "29.2", "27", "16.1"],
                        ["Usual care", "171", "68", "39.8", "42", "24.6"]])
    found = extract(Document([], [table]), Arm.from_description("Telemonitoring"), Arm.from_description("Usual care"),
                    OutcomeSpec.from_description("All-cause hospital readmission"), "binary")
    assert events_and_sizes(found) == (49, 168, 68, 171)


@pytest.mark.parametrize("sentence, sizes", [
    ("At 18 months, 1,024 participants in intervention villages and 998 in control villages were measured.",
     {0: 1024, 1: 998}),
    ("In all, 450 adults in intervention villages were assessed for eligibility.", {}),
    ("2,010 adults contributed data for 12 months (1,012 in intervention and 998 in control villages).",
     {0: 1012, 1: 998}),
])
def test_sizes_in_a_sentence_on_who_was_measured(sentence, sizes):
    doc = Document([Passage("results", sentence)])
    arms = list(arms_for(doc, "Community health worker-led salt reduction education", "No intervention (control villages)"))
    assert sizes_of(doc, arms).by_arm == sizes


def test_sizes_of_units_of_analysis_long_clauses_and_no_sizes_from_an_outcomes_respectively_list():
    doc = Document([Passage("results", "At 24 months, 112 restorations in the universal adhesive group and 108 in the "
                                       "etch-and-rinse group were evaluated. Retention loss was observed in 6 and 3 "
                                       "restorations, respectively.")])
    arms = list(arms_for(doc, "Universal adhesive in self-etch mode", "Three-step etch-and-rinse adhesive"))
    assert sizes_of(doc, arms).by_arm == {0: 112, 1: 108}
    doc = Document([Passage("results", "150 of 159 intervention and 148 of 158 control participants returned calendars "
                                       "for the full year and were analysed. Fractures occurred in 4 and 7 "
                                       "participants, respectively.")])
    arms = list(arms_for(doc, "Home-based exercise programme", "Usual care"))
    assert sizes_of(doc, arms).by_arm == {0: 150, 1: 148}


def test_event_counts_of_a_list_of_outcomes_arm_by_arm():
    doc = Document([Passage("results", "Parturients received bupivacaine with 25 µg fentanyl (group BF, n = 45) or "
                                       "with saline (group B, n = 45). The incidences of hypotension, bradycardia and "
                                       "pruritus were 12, 4 and 9 in group BF and 16, 5 and 1 in group B, respectively.")])
    arms = arms_for(doc, "Intrathecal fentanyl 25 µg added to bupivacaine", "Bupivacaine alone")
    for outcome, expected in (("Pruritus", (9, 45, 1, 45)), ("Bradycardia", (4, 45, 5, 45))):
        assert events_and_sizes(extract(doc, *arms, OutcomeSpec.from_description(outcome), "binary")) == expected


def test_a_count_for_one_arm_and_none_of_the_controls():
    doc = Document([Passage("results", "Children were allocated to a bulk-fill composite (test group) or a glass "
                                       "ionomer cement (control group). Postoperative sensitivity was reported by three "
                                       "children in the test group and by none of the controls.")])
    arms = arms_for(doc, "Bulk-fill composite resin restoration", "Resin-modified glass ionomer cement restoration")
    found = extract(doc, *arms, OutcomeSpec.from_description("Postoperative sensitivity"), "binary")
    assert (found.intervention.events, found.comparator.events) == (3, 0)


def test_plain_counts_of_the_clause_naming_the_outcome():
    doc = Document([Passage("results", "Uterine hyperstimulation with fetal heart rate changes occurred in three "
                                       "women receiving misoprostol and seven receiving dinoprostone, whereas "
                                       "tachysystole without heart rate changes was recorded in nine and four women.")])
    found = extract(doc, Arm.from_description("Oral misoprostol 25 µg"), Arm.from_description("Dinoprostone 10 mg"),
                    OutcomeSpec.from_description("Uterine hyperstimulation with fetal heart rate changes"), "binary")
    assert (found.intervention.events, found.comparator.events) == (3, 7)


def test_sizes_left_in_the_order_the_sentence_named_the_arms():
    doc = Document([Passage("methods", "Women were randomised to boluses (PIEB, n = 67) or an infusion (CEI, n = 65)."),
                    Passage("results", "Two women in the PIEB group and one in the CEI group were excluded, leaving "
                                       "65 and 64 women in the analysis.")])
    arms = list(arms_for(doc, "Programmed intermittent epidural bolus (PIEB)", "Continuous epidural infusion (CEI)"))
    assert sizes_of(doc, arms).by_arm == {0: 65, 1: 64}


def test_concentrations_in_arm_names_are_no_results_and_normal_saline_is_0_9_percent_saline():
    doc = Document([Passage("methods", "Infants were randomised in the emergency department to 3% hypertonic saline or "
                                       "0.9% saline."),
                    Passage("results", "Admission at 24 hours was 18/71 (25.4%) in the hypertonic saline group versus "
                                       "27/70 (38.6%) in the normal saline group.")])
    found = extract(doc, Arm.from_description("Nebulised 3% hypertonic saline"), Arm.from_description("0.9% saline"),
                    OutcomeSpec.from_description("Hospital admission within 24 h of emergency department presentation"),
                    "binary")
    assert events_and_sizes(found) == (18, 71, 27, 70)


def test_counts_for_those_who_received_an_arm_and_those_who_did_not():
    doc = Document([Passage("results", "Postoperative infection occurred in 2 (2.0%) of 101 patients who received "
                                       "amoxicillin-clavulanate and 3 (3.0%) of 100 who did not (P = 0.68).")])
    found = extract(doc, Arm.from_description("Oral amoxicillin-clavulanate 1 g"),
                    Arm.from_description("No postoperative antibiotics"),
                    OutcomeSpec.from_description("Postoperative infection"), "binary")
    assert events_and_sizes(found) == (2, 101, 3, 100)
    doc = Document([Passage("results", "Postoperative infection occurred in 2 of 101 patients (2.0%) who received "
                                       "amoxicillin-clavulanate and 3 of 100 (3.0%) who did not.")])  # a share first
    found = read(doc, "Amoxicillin-clavulanate added to standard care", "Standard care", "Postoperative infection",
                 "binary")
    assert events_and_sizes(found) == (2, 101, 3, 100)
    doc = Document([Passage("results", "Seroma developed in seven women with a drain and in twelve without "
                                       "(p = 0.19).")])
    found = read(doc, "Closed suction drain", "No drain", "Seroma", "binary")
    assert (found.intervention.events, found.comparator.events) == (7, 12)


def test_a_regular_comparator_is_the_control_arm_and_sizes_of_an_analysis_set():
    doc = Document([Passage("results", "At 12 months, mean systolic blood pressure was 138.2 mmHg (SD 17.6) in the "
                                       "intervention arm (n = 1,012) and 142.5 mmHg (SD 18.3) in the control arm "
                                       "(n = 998).")])
    found = extract(doc, *arms_for(doc, "Potassium-enriched salt substitute", "Regular salt"),
                    OutcomeSpec.from_description("Systolic blood pressure at 12 months"), "continuous")
    assert sizes_means_sds(found) == (1012, 138.2, 17.6, 998, 142.5, 18.3)
    doc = Document([Passage("results", "The full analysis set comprised 178 patients (lavender oil 88, placebo 90).")])
    assert sizes_of(doc, list(arms_for(doc, "Lavender oil 80 mg/day", "Placebo"))).by_arm == {0: 88, 1: 90}


def test_three_arm_lists_of_sizes_and_values_before_the_list_of_groups():
    doc = Document([Passage("methods", "Women were randomised to iron 30 mg (Group L), 60 mg (Group H) or placebo "
                                       "(Group P)."),
                    Passage("results", "423 births were analysed (143, 139 and 141 in groups L, H and P). Mean birth "
                                       "weight was 3,182 ± 412 g, 3,205 ± 398 g and 3,094 ± 431 g in groups L, H and P, "
                                       "respectively.")])
    found = extract(doc, *arms_for(doc, "Elemental iron 30 mg daily", "Placebo"),
                    OutcomeSpec.from_description("Birth weight"), "continuous")
    assert sizes_means_sds(found) == (143, 3182, 412, 141, 3094, 431)


def test_arms_labelled_by_their_dose_level():
    doc = Document([Passage("methods", "Inpatients were randomised to N-acetylcysteine 2400 mg/day (high dose), "
                                       "1200 mg/day (low dose) or placebo."),
                    Passage("results", "At week 8, PANSS total scores were 68.4 (SD 12.1), 72.9 (13.5) and 79.6 (14.2) "
                                       "in the high-dose, low-dose and placebo groups, respectively.")])
    arms = arms_for(doc, "Adjunctive N-acetylcysteine 1200 mg/day", "Placebo")
    assert "low-dose" in arms[0].phrases and "high-dose" not in arms[0].phrases
    found = extract(doc, *arms, OutcomeSpec.from_description("PANSS total score at week 8"), "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (72.9, 13.5, 79.6)


def test_a_respectively_list_of_arms_after_receiving_and_an_arm_named_whole():
    doc = Document([Passage("results", "Hypotension occurred in 12/40, 7/40 and 3/39 patients receiving propofol, "
                                       "ketofol and etomidate, respectively.")])
    found = extract(doc, Arm.from_description("Ketofol (ketamine-propofol 1:1)"), Arm.from_description("Propofol alone"),
                    OutcomeSpec.from_description("Hypotension during sedation"), "binary")
    assert events_and_sizes(found) == (7, 40, 12, 40)


def test_sizes_left_for_analysis_after_exclusions_and_events_total_columns_before_an_effect_column():
    doc = Document([Passage("results", "Five were excluded after randomisation (conversion, n = 3; protocol violation, "
                                       "n = 2), leaving 48 in the ketamine group and 47 in the saline group for "
                                       "analysis. Eleven patients in the ketamine group and 23 in the saline group "
                                       "required rescue analgesia.")])
    arms = Arm.from_description("Ketamine 0.15 mg/kg"), Arm.from_description("Saline placebo")
    found = extract(doc, *arms, OutcomeSpec.from_description("rescue analgesia"), "binary")
    assert events_and_sizes(found) == (11, 48, 23, 47)
    table = Table("Table 3", "Secondary outcomes", header=[["Outcome", "TXA", "", "Placebo", "", "RR (95% CI)"],
                                                           ["", "Events", "Total", "Events", "Total", ""]],
                  body=[["Red-cell transfusion", "6", "84", "19", "82", "0.31 (0.13-0.73)"]])
    assert table.header[0] == ["Outcome", "TXA", "TXA", "Placebo", "Placebo", "RR (95% CI)"]
    found = extract(Document([], [table]), Arm.from_description("Tranexamic acid (TXA)"),
                    Arm.from_description("placebo"), OutcomeSpec.from_description("red-cell transfusion"), "binary")
    assert events_and_sizes(found) == (6, 84, 19, 82)


def test_hyphenated_arm_names_and_counts_with_shares_in_an_outcome_sentence():
    doc = Document([Passage("results", "In total, 6,012 patients were randomised: 3,004 to mailed outreach and 3,008 "
                                       "to usual care. Within 12 months, screening was completed by 1,217 patients "
                                       "(40.5%) in the outreach arm compared with 592 (19.7%) in the usual-care arm.")])
    found = extract(doc, Arm.from_description("Mailed FIT outreach"), Arm.from_description("Usual care"),
                    OutcomeSpec.from_description("screening completed"), "binary")
    assert events_and_sizes(found) == (1217, 3004, 592, 3008)  # 592 (19.7%) counts events, not the arm
    sentence = "Of the 213 mothers in the home-visit arm and 208 in the control arm who completed the interview, ..."
    arms = [Arm.from_description("Community health worker home visits"), Arm.from_description("Standard care", ("control",))]
    assert sizes_of(Document([Passage("results", sentence)]), arms).by_arm == {0: 213, 1: 208}


def test_outcomes_named_by_undefined_abbreviations_of_their_words_and_rows_named_by_time_alone():
    outcomes = Table("Table 2", "Outcomes during hospitalisation, events/patients (%)",
                     header=[["Group", "POAF", "Stroke", "In-hospital death"]],
                     body=[["Amiodarone", "27/151 (17.9)", "2/151 (1.3)", "3/151 (2.0)"],
                           ["Placebo", "48/149 (32.2)", "3/149 (2.0)", "4/149 (2.7)"]])
    doc = Document([], [outcomes])
    spec = OutcomeSpec.from_description("Postoperative atrial fibrillation", doc)
    assert "poaf" in spec.aliases and "poaf" not in OutcomeSpec.from_description("Postoperative stroke", doc).aliases
    found = extract(doc, Arm.from_description("amiodarone"), Arm.from_description("placebo"), spec, "binary")
    assert events_and_sizes(found) == (27, 151, 48, 149)
    sore_throat = Table("Table 2", "Incidence of postoperative sore throat, n (%)",
                        header=[["Time after extubation", "Group B (n = 50)", "Group C (n = 49)", "P"]],
                        body=[["1 h", "14 (28.0)", "27 (55.1)", "0.006"], ["24 h", "4 (8.0)", "15 (30.6)", "0.004"],
                              ["Hoarseness at 24 h", "3 (6.0)", "8 (16.3)", "0.10"]])
    found = extract(Document([], [sore_throat]), Arm.from_description("betamethasone gel (group B)"),
                    Arm.from_description("uncoated tube (group C)"),
                    OutcomeSpec.from_description("Postoperative sore throat at 24 hours"), "binary")
    assert events_and_sizes(found) == (4, 50, 15, 49)  # not hoarseness, another outcome at 24 h


def test_a_label_after_a_paraphrased_arm_name_sizes_in_a_caption_and_an_analysed_n_column():
    doc = Document([Passage("methods", "Patients were randomised to bilateral ultrasound-guided TAP block after "
                                       "induction (group T) or no block (group C).")],
                   [Table("Table 2", "Recovery-room outcomes. Group T, n = 31; group C, n = 32. Values are n (%).",
                          header=[["", "Group T", "Group C", "P"]], body=[["Rescue opioid", "9 (29.0)", "20 (62.5)", "0.01"]])])
    arms = arms_for(doc, "Ultrasound-guided transversus abdominis plane block", "No block")
    assert "group t" in arms[0].phrases  # no third group in the text: the paraphrase is the arm's
    found = extract(doc, *arms, OutcomeSpec.from_description("rescue opioid"), "binary")
    assert events_and_sizes(found) == (9, 31, 20, 32)
    table = Table("Table 2", "Outcomes by treatment group",
                  header=[["Treatment group", "Patients analysed, n", "Alveolar osteitis, n (%)", "VAS day 3"]],
                  body=[["Chlorhexidine gel", "73", "5 (6.8)", "31 ± 18"], ["Placebo gel", "71", "14 (19.7)", "38 ± 20"]])
    found = extract(Document([], [table]), Arm.from_description("chlorhexidine gel"), Arm.from_description("placebo gel"),
                    OutcomeSpec.from_description("alveolar osteitis"), "binary")
    assert events_and_sizes(found) == (5, 73, 14, 71)


def test_labels_of_two_arms_out_of_three_named_with_a_concentration():
    doc = Document([Passage("methods", "Patients were randomised into three groups of 50 to receive ketamine 0.1 mg/kg "
                                       "(group K), lidocaine 0.5 mg/kg (group L) or 0.9% saline (group S).")],
                   [Table("Table 2", "Pain on propofol injection, number (%)",
                          header=[["Pain score", "Group K (n = 50)", "Group L (n = 50)", "Group S (n = 50)"]],
                          body=[["0 (none)", "35 (70)", "38 (76)", "19 (38)"],
                                ["Overall incidence (score >=1)", "15 (30)", "12 (24)", "31 (62)"]])])
    arms = arms_for(doc, "Lidocaine 0.5 mg/kg IV", "Normal saline")
    assert "group s" in arms[1].phrases  # '0.9%' is no word of a third arm
    found = extract(doc, *arms, OutcomeSpec.from_description("Pain on propofol injection", doc), "binary")
    assert events_and_sizes(found) == (12, 50, 31, 50)


def test_the_other_label_given_at_allocation_is_the_other_arm():
    doc = Document([Passage("abstract", "Fifty patients received 0.5% bupivacaine plus either 8 mg dexamethasone "
                                        "(group BD, n = 25) or 2 mL saline (group B, n = 25). The time to first "
                                        "request for analgesia was longer in group BD (17.6 ± 4.3 h) than in group B "
                                        "(9.8 ± 2.7 h; P < 0.001).")])
    arms = arms_for(doc, "Perineural dexamethasone 8 mg added to bupivacaine", "Bupivacaine alone")
    assert "group b" in arms[1].phrases and "bd" in arms[0].phrases
    found = extract(doc, *arms, OutcomeSpec.from_description("Time to first analgesic request"), "continuous")
    assert sizes_means_sds(found) == (25, 17.6, 4.3, 25, 9.8, 2.7)


def test_role_words_defined_by_the_arm_in_brackets_and_a_legend_of_sizes():
    doc = Document([Passage("methods", "Patients were randomised to the test rinse (0.12% chlorhexidine gluconate) or "
                                       "the control rinse (an essential-oil mouthwash).")],
                   [Table("Table 1", "Plaque index. Values are mean ± SD. Test, n = 32; control, n = 31.",
                          header=[["Index", "Time", "Test", "Control", "P"]],
                          body=[["Plaque index", "Baseline", "1.82 ± 0.41", "1.79 ± 0.44", "0.78"],
                                ["", "4 weeks", "0.94 ± 0.31", "1.17 ± 0.35", "0.008"]])])
    arms = arms_for(doc, "0.12% chlorhexidine mouthrinse", "Essential-oil mouthrinse")
    assert ("test" in arms[0].phrases, "control" in arms[1].phrases) == (True, True)
    found = extract(doc, *arms, OutcomeSpec.from_description("Plaque index at 4 weeks", doc), "continuous")
    assert sizes_means_sds(found) == (32, 0.94, 0.31, 31, 1.17, 0.35)


def test_a_change_row_from_baseline_and_its_sizes_in_the_footnote_its_mark_points_to():
    table = Table("Table 2", "Lung injury score by group, mean (SD). b Among patients still ventilated at 72 h "
                             "(early n = 44, late n = 41).",
                  header=[["", "Early steroid (n = 50)", "Late steroid (n = 49)"]],
                  body=[["Lung injury score at baseline", "2.9 (0.6)", "3.0 (0.5)"],
                        ["Lung injury score at 72 h", "2.1 (0.7)", "2.5 (0.8)"],
                        ["Change in lung injury score, baseline to 72 h b", "−0.8 (0.6)", "−0.5 (0.7)"]])
    doc = Document([Passage("results", "Ventilated adults were randomised to early or late steroid.")], [table])
    found = read(doc, "Early steroid", "Late steroid", "Change in lung injury score from baseline to 72 hours",
                 "continuous")
    assert sizes_means_sds(found) == (44, -0.8, 0.6, 41, -0.5, 0.7)


def test_what_a_placebo_arm_has_neither_of_names_it_not():
    table = Table("Table 3", "Serum zinc at day 10, mean ± SD",
                  header=[["", "Zinc + vitamin A (n = 30)", "Zinc (n = 31)", "Vitamin A (n = 29)", "Placebo (n = 30)"]],
                  body=[["Serum zinc, µmol/L", "14.2 ± 2.1", "13.9 ± 2.4", "10.1 ± 1.9", "9.8 ± 2.0"]])
    doc = Document([Passage("results", "Children were randomised in a 2 × 2 factorial design.")], [table])
    found = read(doc, "Zinc alone", "Placebo (neither zinc nor vitamin A)", "Serum zinc at day 10", "continuous")
    assert sizes_means_sds(found) == (31, 13.9, 2.4, 30, 9.8, 2.0)


def test_a_mean_column_and_a_column_of_its_confidence_interval_without_brackets():
    table = Table("Table 2", "Outcomes during the stay",
                  header=[["Outcome", "Early (n = 60)", "Early (n = 60)", "Delayed (n = 58)", "Delayed (n = 58)"],
                          ["", "Mean", "95% CI", "Mean", "95% CI"]],
                  body=[["Serum lactate, mmol/L", "2.1", "1.9 to 2.3", "2.6", "2.3 to 2.9"]])
    doc = Document([Passage("results", "Adults were randomised to early or delayed feeding.")], [table])
    found = read(doc, "Early feeding", "Delayed feeding", "Serum lactate", "continuous")
    assert (found.intervention.mean, found.intervention.ci, found.comparator.mean, found.comparator.ci) == \
        (2.1, (1.9, 2.3), 2.6, (2.3, 2.9))


def test_a_row_n_gives_the_size_of_each_time_point_s_column():
    table = Table("Table 2", "Disability by group and time",
                  header=[["", "Yoga", "Yoga", "Stretching", "Stretching"],
                          ["", "Baseline", "12 weeks", "Baseline", "12 weeks"]],
                  body=[["n", "80", "71", "79", "68"],
                        ["RMDQ, mean (SD)", "11.2 (4.1)", "7.4 (4.6)", "11.0 (4.3)", "8.9 (4.8)"]])
    doc = Document([Passage("results", "Adults with back pain were randomised to yoga (n = 80) or stretching (n = 79).")],
                   [table])
    found = read(doc, "Yoga", "Stretching", "RMDQ at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (71, 7.4, 4.6, 68, 8.9, 4.8)


def test_a_row_of_sizes_at_a_time_point_heads_the_rows_below_it():
    table = Table("Table 3", "Fatigue scores, mean (SD)",
                  header=[["", "Coaching", "Usual care"]],
                  body=[["6 months: n", "140", "138"], ["Fatigue (FACIT-F)", "34.1 (9.2)", "31.8 (9.9)"],
                        ["12 months: n", "129", "131"], ["Fatigue (FACIT-F)", "35.0 (9.0)", "32.2 (10.1)"]])
    doc = Document([Passage("results", "Practices were randomised to health coaching or usual care.")], [table])
    found = read(doc, "Health coaching", "Usual care", "Fatigue (FACIT-F) at 12 months", "continuous")
    assert sizes_means_sds(found) == (129, 35.0, 9.0, 131, 32.2, 10.1)


def test_arm_rows_labelled_with_the_arm_s_letter_before_its_name():
    table = Table("Table 2", "Pain interference by arm",
                  header=[["Arm", "3 months", "3 months"], ["", "n", "Mean (SD)"]],
                  body=[["A: Education leaflet", "88", "5.1 (2.2)"], ["B: Group pain coaching", "85", "4.2 (2.0)"],
                        ["C: Online pain coaching", "90", "4.6 (2.1)"]])
    doc = Document([Passage("results", "Adults were randomised to one of three arms.")], [table])
    found = read(doc, "Group pain coaching", "Education leaflet", "Pain interference at 3 months", "continuous")
    assert sizes_means_sds(found) == (85, 4.2, 2.0, 88, 5.1, 2.2)


def test_an_outcome_noun_in_ation_named_by_its_verb_in_ated():
    table = Table("Table 2", "Outcomes by arm",
                  header=[["Arm", "Patients", "Ventilated by day 14", "Died by day 28"]],
                  body=[["Helmet CPAP", "150", "31 (20.7%)", "18 (12.0%)"], ["Standard oxygen", "148", "45 (30.4%)",
                                                                                "21 (14.2%)"]])
    doc = Document([Passage("results", "Patients were randomised to helmet CPAP or standard oxygen.")], [table])
    found = read(doc, "Helmet CPAP", "Standard oxygen", "Ventilation by day 14", "binary")
    assert events_and_sizes(found) == (31, 150, 45, 148)


def test_blank_spanning_cells_over_time_points_each_with_its_own_size():
    table = Table("Table 3", "Responders by group and follow-up",
                  header=[["", "Needling", "", "Sham", ""],
                          ["", "3 months (n = 40)", "6 months (n = 37)", "3 months (n = 41)", "6 months (n = 39)"]],
                  body=[["≥ 50% pain reduction, n (%)", "18 (45)", "19 (51)", "10 (24)", "11 (28)"]])
    doc = Document([Passage("results", "Adults were randomised to dry needling or sham needling.")], [table])
    found = read(doc, "Dry needling", "Sham needling", "≥ 50% pain reduction at 6 months", "binary")
    assert events_and_sizes(found) == (19, 37, 11, 39)


def test_a_scale_s_range_in_the_outcome_names_no_row():
    table = Table("Table 2", "Outcomes after treatment, mean ± SD",
                  header=[["Measure", "Needling post (n = 40)", "Sham post (n = 39)"]],
                  body=[["ODI total", "22.1 ± 9.0", "27.8 ± 9.4"], ["Pain (VAS 0–100)", "32.0 ± 19.0", "44.0 ± 20.0"]])
    doc = Document([Passage("results", "Adults with back pain were randomised to dry needling or sham needling.")],
                   [table])
    found = read(doc, "Dry needling", "Sham needling", "Disability (ODI total 0–100) after treatment", "continuous")
    assert sizes_means_sds(found) == (40, 22.1, 9.0, 39, 27.8, 9.4)


def test_abbreviations_defined_with_a_size_and_long_forms_of_hyphenated_descriptions():
    doc = Document([Passage("methods", "Drinkers were randomised to four sessions of motivational interviewing "
                                       "(MI, n = 150) or brief advice (BA, n = 148).")])
    assert ("motivational interviewing", "MI") in [(a.split(" of ")[-1], b) for a, b in doc.abbreviations]
    table = Table("Table 2", "Cardiac MRI at 6 months. BMC, bone marrow cells; CRBSI, catheter-related bloodstream "
                             "infection.", header=[["", "BMC (n = 49)", "Placebo (n = 48)"]],
                  body=[["LVEF, %", "46.0 ± 9.3", "44.9 ± 8.8"]])
    doc = Document([], [table])
    arms = arms_for(doc, "Intracoronary autologous bone-marrow mononuclear cells", "Placebo")
    assert "bmc" in arms[0].phrases
    assert "crbsi" in OutcomeSpec.from_description("Catheter-related bloodstream infection", doc).aliases
    found = extract(doc, *arms, OutcomeSpec.from_description("Left ventricular ejection fraction", doc), "continuous")
    assert sizes_means_sds(found) == (49, 46.0, 9.3, 48, 44.9, 8.8)


def test_an_n_sub_column_beside_each_arms_values_is_that_rows_number():
    table = Table("Table 3", "Drinking outcomes, mean (SD)",
                  header=[["Outcome", "MI", "", "BA", "", "Adjusted difference (95% CI)"],
                          ["", "n", "Mean (SD)", "n", "Mean (SD)", ""]],
                  body=[["Drinks per week, 3 months", "124", "18.2 (12.6)", "130", "21.9 (14.1)", "-3.1 (-6.2 to 0.0)"],
                        ["Drinks per week, 6 months", "112", "16.9 (11.8)", "117", "20.4 (13.5)", "-3.3 (-6.4 to -0.2)"]])
    doc = Document([Passage("methods", "Drinkers were randomised to motivational interviewing (MI, n = 150) or brief "
                                       "advice (BA, n = 148).")], [table])
    found = extract(doc, *arms_for(doc, "Motivational interviewing", "Brief advice"),
                    OutcomeSpec.from_description("drinks per week at 6 months"), "continuous")
    assert sizes_means_sds(found) == (112, 16.9, 11.8, 117, 20.4, 13.5)


@pytest.mark.parametrize("outcome, expected", [
    ("Change in HbA1c from baseline to week 24", (-0.71, -0.13)),
    ("HbA1c at week 24", (7.33, 7.88)),
    ("HbA1c", (7.33, 7.88)),  # the follow-up values, not the change after them
])
def test_a_change_column_is_read_for_a_change_and_only_then(outcome, expected):
    table = Table("Table 2", "Glycaemic outcomes, mean ± SD",
                  header=[["Variable"] + ["Empagliflozin (n = 112)"] * 3 + ["Placebo (n = 109)"] * 3,
                          [""] + ["Baseline", "Week 24", "Change"] * 2],
                  body=[["HbA1c, %", "8.04 ± 0.82", "7.33 ± 0.91", "−0.71 ± 0.74", "8.01 ± 0.79", "7.88 ± 0.95",
                         "−0.13 ± 0.70"]])
    found = extract(Document([], [table]), Arm.from_description("Empagliflozin 10 mg"), Arm.from_description("Placebo"),
                    OutcomeSpec.from_description(outcome), "continuous")
    assert (found.intervention.mean, found.comparator.mean) == expected
    assert OutcomeSpec.from_description(outcome).baseline is False


def test_outcome_names_match_other_forms_of_their_verbs():
    assert OutcomeSpec.from_description("Return to work").score("22 had returned to work") > 0
    assert OutcomeSpec.from_description("Complete wound healing").score("Ulcers completely healed, n") > 0
    assert OutcomeSpec.from_description("Need for reoperation").score("Readmitted") == 0
    assert OutcomeSpec.from_description("Response to treatment").score("84 patients responded to morphine") > 0
    doc = Document([Passage("results", "By six months, twenty-two of the 33 participants in the physiotherapy group "
                                       "had returned to work, compared with fifteen of 34 in the usual-care group.")])
    found = extract(doc, Arm.from_description("Early physiotherapy"), Arm.from_description("Usual care"),
                    OutcomeSpec.from_description("Return to work at 6 months"), "binary")
    assert events_and_sizes(found) == (22, 33, 15, 34)


def test_sub_rows_of_a_heading_and_rows_naming_another_outcome_of_its_kind():
    work = Table("Table 2", "Work status, % (n)", header=[["Outcome", "Exercise (N = 80)", "Advice (N = 78)", "P"]],
                 body=[["Full return to work", "", "", ""], ["6 weeks", "37.5 (30)", "28.2 (22)", "0.21"],
                       ["12 weeks", "72.5 (58)", "56.4 (44)", "0.03"],
                       ["Partial return to work at 12 weeks", "10.0 (8)", "15.4 (12)", "0.32"]])
    neutropenia = Table("Table 3", "Neutropenic events", header=[["", "Exercise", "Advice"], ["", "(N = 97)", "(N = 99)"]],
                        body=[["Febrile neutropenia", "", ""], ["Cycle 1", "8", "13"], ["All cycles", "11", "19"],
                              ["Grade 4 neutropenia, cycle 1", "57", "62"]])
    arms = Arm.from_description("exercise"), Arm.from_description("advice")
    for table, outcome, expected in ((work, "Full return to work at 12 weeks", (58, 80, 44, 78)),
                                     (neutropenia, "Febrile neutropenia in any cycle", (11, 97, 19, 99))):
        found = extract(Document([], [table]), *arms, OutcomeSpec.from_description(outcome), "binary")
        assert events_and_sizes(found) == expected


def test_minutes_as_time_points_and_numbers_that_name_no_arm():
    table = Table("Table 2", "Patients adequately sedated at each time point, n (%)",
                  header=[["Group", "N", "5 min", "10 min", "30 min"]],
                  body=[["Ketamine", "49", "24 (49.0)", "36 (73.5)", "46 (93.9)"],
                        ["Haloperidol", "47", "5 (10.6)", "13 (27.7)", "38 (80.9)"]])
    arms = Arm.from_description("Ketamine 5 mg/kg"), Arm.from_description("Haloperidol 10 mg")
    assert (arms[0].score("5 min"), arms[1].score("10 min")) == (0, 0)  # a number alone names no arm
    assert arms[0].score("2400 mg/day") == 0 < Arm.from_description("Drug 2400 mg").score("mg/day 2400")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("Adequately sedated at 10 minutes"),
                    "binary")
    assert events_and_sizes(found) == (36, 49, 13, 47)
    assert days_named("10 min") == {round(10 / 1440, 6)} and days_named("12 m") == {364.0}


def test_all_but_a_few_of_a_group():
    found = find_values(digits_for_words("All but three of the 45 children in the ultrasound group"))
    assert [(f.kind, f.values) for f in found] == [("count_of", (42.0, 45.0))]


def test_labels_after_a_long_description_and_an_outcome_measured_against_baseline():
    doc = Document([Passage("methods", "Women were randomised to a prophylactic phenylephrine infusion at 50 µg/min "
                                       "started with the intrathecal injection (infusion group) or to phenylephrine "
                                       "100 µg boluses given only when hypotension occurred (control group)."),
                    Passage("results", "Hypotension occurred in 9/50 (18%) women in the infusion group and 31/50 "
                                       "(62%) in the control group (P < 0.001).")])
    arms = arms_for(doc, "Prophylactic phenylephrine infusion 50 µg/min", "Rescue phenylephrine boluses only")
    assert "infusion group" in arms[0].phrases and "control group" in arms[1].phrases
    spec = OutcomeSpec.from_description("Maternal hypotension (SBP < 80% of baseline)", doc)
    assert spec.baseline is False  # baseline as a reference point, not the time asked about
    assert events_and_sizes(extract(doc, *arms, spec, "binary")) == (9, 50, 31, 50)


def test_arm_rows_of_all_patients_before_a_subgroup():
    table = Table("Table 3", "Postoperative urinary retention requiring catheterisation. POUR, postoperative urinary "
                             "retention.", header=[["Group", "n", "POUR", "%", "RR (95% CI)"]],
                  body=[["All patients", "", "", "", ""], ["Tamsulosin", "88", "7", "8.0", "0.40 (0.18-0.92)"],
                        ["Placebo", "86", "17", "19.8", "1 (reference)"], ["Age ≥ 60 years", "", "", "", ""],
                        ["Tamsulosin", "39", "4", "10.3", "0.38 (0.13-1.10)"], ["Placebo", "41", "11", "26.8", "1"]])
    doc = Document([], [table])
    found = extract(doc, Arm.from_description("Tamsulosin 0.4 mg"), Arm.from_description("Placebo"),
                    OutcomeSpec.from_description("Postoperative urinary retention", doc), "binary")
    assert events_and_sizes(found) == (7, 88, 17, 86)


def test_time_point_columns_spreads_and_comparison_columns():
    table = Table("Table 2", "Pain (VAS 0-10), mean (95% CI)",
                  header=[["Outcome", "Needling", "Needling", "Needling", "Control", "Control", "Control",
                           "Needling vs control"],
                          ["", "Baseline (n = 30)", "4 weeks (n = 28)", "12 weeks (n = 27)", "Baseline (n = 30)",
                           "4 weeks (n = 29)", "12 weeks (n = 26)", "Difference at 12 weeks"]],
                  body=[["Pain", "6.1 (5.5, 6.7)", "3.2 (2.6, 3.8)", "2.9 (2.2, 3.6)", "6.0 (5.4, 6.6)",
                         "4.4 (3.8, 5.0)", "4.1 (3.5, 4.7)", "-1.2 (-2.1, -0.3)"]])
    doc = Document([], [table])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    at_4 = extract(doc, *arms, OutcomeSpec.from_description("pain at 4 weeks"), "continuous")
    assert (at_4.intervention.mean, at_4.intervention.n, at_4.comparator.mean, at_4.comparator.n) == (3.2, 28, 4.4, 29)
    assert at_4.intervention.ci == (2.6, 3.8) and at_4.intervention.sd is None
    last = extract(doc, *arms, OutcomeSpec.from_description("pain"), "continuous")
    assert (last.intervention.mean, last.comparator.mean) == (2.9, 4.1)  # not the difference column
    # the benchmark's annotators back-calculate SDs: sqrt(n) (hi - lo) / 3.92 and SE x sqrt(n), to 2 decimals
    assert annotated_sd(at_4.intervention) == round(28 ** 0.5 * 1.2 / 3.92, 2)
    assert annotated_sd(ArmValues(n=40, mean=636.47, se=70.91)) == 448.47


def test_trial_rows_convert_a_printed_ci_to_an_sd_and_say_so(topic):
    title = "Dry needling versus sham dry needling for chronic neck pain: a randomised trial"
    doc = Document([Passage("abstract", title),
                    Passage("abstract", "Sixty patients with chronic neck pain were randomly assigned to dry needling "
                                        "(n = 30) or sham dry needling (n = 30).")],
                   [Table("Table 2", "Neck pain (VAS), mean (95% CI)",
                          header=[["Outcome", "Dry needling (n = 30)", "Sham dry needling (n = 30)"]],
                          body=[["VAS at 4 weeks", "3.0 (2.4, 3.6)", "4.5 (3.8, 5.2)"]])])
    row = next(r for r in TrialReader(topic).outcomes("1", "neck pain", doc, title, "fulltext")
               if r.outcome_domain == "pain")
    assert (row.mean_dn, row.mean_ctrl) == (3.0, 4.5) and row.data_form == "final_mean_sd"
    assert row.sd_dn == pytest.approx(30 ** 0.5 * 1.2 / (2 * 2.045230), abs=1e-4)  # t(0.975, 29)
    assert "SD from 95% CI of the mean (t)" in row.conversions


def _sham_trial(topic, sentence: str) -> tuple[Document, dict[str, Outcome]]:
    """A two-arm dry-needling abstract ending in ``sentence``, and its trial rows by outcome domain."""
    title = "Dry needling versus sham dry needling for chronic neck pain: a randomised trial"
    doc = Document([Passage("abstract", title),
                    Passage("abstract", "Sixty patients were randomly assigned to dry needling (n = 30) or sham dry "
                                        f"needling (n = 30). {sentence}")])
    return doc, {r.outcome_domain: r for r in TrialReader(topic).outcomes("1", "neck pain", doc, title, "abstract")}


def test_trial_rows_from_an_abstract_reporting_pain_and_disability_arm_by_arm(topic):
    _, rows = _sham_trial(topic, "At 4 weeks, VAS and NDI scores were 2.1 ± 1.0 and 12.3 ± 4.1 in the dry needling "
                                 "group and 3.5 ± 1.2 and 15.2 ± 4.4 in the sham group.")
    assert (rows["pain"].mean_dn, rows["pain"].sd_dn, rows["pain"].mean_ctrl, rows["pain"].sd_ctrl) == (2.1, 1.0, 3.5, 1.2)
    assert (rows["disability"].mean_dn, rows["disability"].mean_ctrl) == (12.3, 15.2)


@pytest.mark.parametrize("sentence", [
    "At 4 weeks, pain intensity (NPRS) was 2.1 (SD 1.0) with dry needling versus 3.5 (SD 1.2) with sham needling, "
    "and NDI was 12.3 (4.1) versus 15.2 (4.4).",
    "The dry needling group showed lower pain (VAS: 2.1 [1.0] vs 3.5 [1.2]; p = 0.01) and disability "
    "(NDI: 12.3 [4.1] vs 15.2 [4.4]; p = 0.03) at 4 weeks.",
])
def test_a_sentence_naming_each_outcome_before_its_values(topic, sentence):
    _, rows = _sham_trial(topic, sentence)
    assert (rows["pain"].mean_dn, rows["pain"].sd_dn, rows["pain"].mean_ctrl, rows["pain"].sd_ctrl) == (2.1, 1.0, 3.5, 1.2)
    assert (rows["disability"].mean_dn, rows["disability"].mean_ctrl, rows["disability"].timepoint_weeks) == (
        12.3, 15.2, 4.0)


@pytest.mark.parametrize("sentence", [
    "Pain (VAS) was lower with dry needling than with sham at 1 week (3.1 ± 1.2 vs 4.0 ± 1.1) and at 4 weeks "
    "(2.5 ± 1.0 vs 3.8 ± 1.3).",
    "At 1 week, VAS was 3.1 ± 1.2 in the dry needling group and 4.0 ± 1.1 in the sham group; at 4 weeks, "
    "2.5 ± 1.0 and 3.8 ± 1.3, respectively.",
])
def test_a_sentence_reporting_several_time_points(topic, sentence):
    doc, _ = _sham_trial(topic, sentence)
    rows = TrialReader(topic).outcomes("1", "neck pain", doc, "", "abstract")
    assert [(r.timepoint_weeks, r.mean_dn, r.mean_ctrl) for r in rows] == [(1.0, 3.1, 4.0), (4.0, 2.5, 3.8)]
    last = extract(doc, Arm.from_description("dry needling"), Arm.from_description("sham"),
                   OutcomeSpec.from_description("pain"), "continuous")
    assert (last.intervention.mean, last.comparator.mean) == (2.5, 3.8) and "4 weeks" in last.timepoint


def test_one_trial_row_per_time_point_in_sentences_table_rows_and_table_columns(topic):
    at_1_and_12 = ("At 1 week, VAS was 3.1 ± 1.2 in the dry needling group and 4.0 ± 1.1 in the sham group. "
                   "At 12 weeks, VAS was 2.5 ± 1.0 in the dry needling group and 3.8 ± 1.3 in the sham group.")
    doc, _ = _sham_trial(topic, at_1_and_12)
    rows = TrialReader(topic).outcomes("1", "neck pain", doc, "", "abstract")
    assert [(r.timepoint_weeks, r.mean_dn, r.mean_ctrl) for r in rows] == [(1.0, 3.1, 4.0), (12.0, 2.5, 3.8)]
    arms = [["Outcome", "Dry needling (n = 30)", "Sham dry needling (n = 30)"]]
    by_rows = Table("Table 2", "Outcomes, mean (SD)", header=arms,
                    body=[["VAS, baseline", "6.0 (1.1)", "6.1 (1.0)"], ["VAS, week 4", "3.0 (1.2)", "4.5 (1.3)"],
                          ["VAS, week 12", "2.6 (1.1)", "4.2 (1.4)"]])
    by_columns = Table("Table 2", "Pain, mean (SD)",
                       header=[["Outcome"] + [arms[0][1]] * 2 + [arms[0][2]] * 2, [""] + ["Week 4", "Week 12"] * 2],
                       body=[["VAS", "3.0 (1.2)", "2.6 (1.1)", "4.5 (1.3)", "4.2 (1.4)"]])
    for table, where in ((by_rows, ["Table 2, row 'VAS, week 4'", "Table 2, row 'VAS, week 12'"]),
                         (by_columns, ["Table 2, row 'VAS', column 'Week 4'", "Table 2, row 'VAS', column 'Week 12'"])):
        doc = Document([Passage("abstract", "Sixty patients were randomly assigned to dry needling (n = 30) or sham "
                                            "dry needling (n = 30).")], [table])
        rows = TrialReader(topic).outcomes("1", "neck pain", doc, "Dry needling versus sham", "fulltext")
        assert [(r.timepoint_weeks, r.mean_dn, r.sd_dn, r.mean_ctrl, r.sd_ctrl) for r in rows] == [
            (4.0, 3.0, 1.2, 4.5, 1.3), (12.0, 2.6, 1.1, 4.2, 1.4)]
        assert [r.provenance.split(" | ")[0] for r in rows] == where


@pytest.mark.parametrize("sentence, expected", [
    ("VAS: MD = -1.5; 95% CI: -2.3, -0.7.", ("MD", -1.5, (-2.3, -0.7), None)),
    ("The between-group difference in VAS was 1.5 points (95% confidence interval 0.7-2.3) in favour of the "
     "sham group.", ("MD", 1.5, (0.7, 2.3), 1)),
    ("VAS improved (SMD 0.62, 95% CI 0.21 to 1.03), favouring dry needling.", ("SMD", 0.62, (0.21, 1.03), 0)),
    ("VAS: adjusted mean difference, −12.3; 95% CI, −18.0 to −6.6; P < .001.", ("MD", -12.3, (-18.0, -6.6), None)),
    ("VAS was 3.1 (95% CI 2.5 to 3.7) with dry needling.", None),  # an arm's mean, not a difference
])
def test_reported_differences_with_their_ci_and_the_arm_they_favour(sentence, expected):
    arms = [Arm.from_description("dry needling"), Arm.from_description("sham")]
    found = reported_difference(Document([Passage("results", sentence)]), arms, OutcomeSpec.from_names(("VAS",)))
    assert (found and (found.measure, found.estimate, found.ci, found.favours)) == expected


def test_trial_rows_from_a_reported_difference_are_oriented_by_the_arm_it_favours(topic):
    _, rows = _sham_trial(topic, "At 4 weeks, the between-group difference was 1.5 points for VAS (95% CI 0.7 to "
                                 "2.3) and -4.0 for NDI (95% CI -6.1 to -1.9), favouring dry needling.")
    pain, disability = rows["pain"], rows["disability"]
    assert (pain.data_form, pain.effect_measure, pain.yi, pain.direction) == ("md_ci", "MD", -1.5, "favours_dn")
    assert pain.vi == pytest.approx((1.6 / (2 * 1.959964)) ** 2) and "sign set" in pain.conversions
    assert (disability.yi, disability.n_dn, disability.n_ctrl, disability.timepoint_weeks) == (-4.0, 30, 30, 4.0)
    _, rows = _sham_trial(topic, "At 4 weeks, the difference in VAS was -1.5 (95% CI -2.3 to -0.7).")
    assert rows["pain"].yi is None and "orientation unknown" in rows["pain"].flags  # kept for a researcher
    _, rows = _sham_trial(topic, "At 4 weeks, VAS was 2.1 ± 1.0 with dry needling and 3.5 ± 1.2 with sham "
                                 "(mean difference -1.4, 95% CI -2.0 to -0.8, favouring dry needling).")
    assert (rows["pain"].data_form, rows["pain"].mean_dn) == ("final_mean_sd", 2.1)  # per-arm numbers first


@pytest.mark.parametrize("sentence, expected", [
    ("VAS was lower in the dry needling group than in the sham group (p = 0.02).", (0.02, 0)),
    ("The sham group reported less pain on the VAS than the dry needling group (P = .04).", (0.04, 1)),
    ("Sham needling was inferior to dry needling for VAS (p = 0.013), but not for NDI (p = 0.41).", (0.013, 0)),
    ("Greater improvement in VAS was seen with dry needling compared with sham (p = 0.003).", (0.003, 0)),
    ("VAS did not differ between the groups (p = 0.41).", (0.41, None)),  # which arm did better: unstated
    ("VAS decreased in both groups (p = 0.001).", None),  # change within the groups: no comparison
    ("VAS was lower with dry needling than with sham (p < 0.05).", None),  # not an exact p-value
])
def test_exact_p_values_of_the_comparison_with_the_arm_that_did_better(sentence, expected):
    arms = [Arm.from_description("dry needling"), Arm.from_description("sham needling")]
    disambiguate(arms)
    found = reported_p_value(Document([Passage("results", sentence)]), arms, OutcomeSpec.from_names(("VAS",)),
                             lower_is_better=True)
    assert (found and (found.p, found.better)) == expected


def test_trial_rows_from_a_p_value_alone_are_approximate_smds_when_the_better_arm_is_stated(topic):
    _, rows = _sham_trial(topic, "At 4 weeks, VAS was significantly lower in the dry needling group than in the "
                                 "sham group (p = 0.01).")
    pain = rows["pain"]
    assert (pain.data_form, pain.p_value, pain.direction, pain.approximate) == ("p_value", 0.01, "favours_dn", True)
    assert pain.yi < 0 and pain.vi > 0 and "t inversion" in pain.conversions  # lower pain: a negative SMD
    _, rows = _sham_trial(topic, "At 4 weeks, VAS differed between the groups (p = 0.01).")
    assert rows["pain"].yi is None and "direction unknown" in rows["pain"].flags  # kept for a researcher


def test_values_before_their_time_points_and_arms_named_by_route():
    doc = Document([Passage("results", "Mean haemoglobin rose from 84 ± 7 and 85 ± 8 g/L at baseline to 123 ± 10 and "
                                       "115 ± 12 g/L at 6 weeks in the intravenous and oral groups, respectively.")])
    arms = arms_for(doc, "Ferric carboxymaltose 1000 mg IV", "Oral ferrous sulfate 200 mg")
    found = extract(doc, *arms, OutcomeSpec.from_description("Haemoglobin at 6 weeks"), "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (
        123, 10, 115, 12)
    assert "6 weeks" in found.timepoint


def test_means_printed_without_their_spread_each_before_its_arm():
    arms = Arm.from_description("Acupuncture"), Arm.from_description("Minimal needling (sham)")
    bare = ("At 8 weeks, the mean RMDQ score was 7.2 in the acupuncture group and 9.8 in the sham group (mean "
            "difference -2.6, 95% CI -4.1 to -1.1; p = 0.001).")
    found = extract(Document([Passage("results", bare)]), *arms, OutcomeSpec.from_names(("RMDQ",)), "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (7.2, None, 9.8)
    unnamed = "The mean RMDQ score was 7.2 and 9.8 (p = 0.001)."  # which arm is which is not said
    found = extract(Document([Passage("results", unnamed)]), *arms, OutcomeSpec.from_names(("RMDQ",)), "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (None, None)
    timed = "The mean RMDQ at week 8 was 7.2 in the acupuncture group compared with 9.8 in the sham group (P < 0.01)."
    found = extract(Document([Passage("results", timed)]), *arms, OutcomeSpec.from_description("RMDQ at week 8"),
                    "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (7.2, 9.8)  # '8' of 'week 8' is no mean
    change = "Mean RMDQ reduction from baseline at week 8 was 6.9 with acupuncture and 7.2 with sham."
    found = extract(Document([Passage("results", change)]), *arms, OutcomeSpec.from_description("RMDQ at week 8"),
                    "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (None, None)  # a change, not the score asked for


def test_baseline_characteristics_tables_are_read_only_for_characteristics_at_entry():
    characteristics = Table("Table 1", "Baseline characteristics of the participants",
                            header=[["Characteristic", "Needling (n = 30)", "Control (n = 30)"]],
                            body=[["Neck pain (VAS), mean (SD)", "6.2 (1.1)", "6.0 (1.3)"],
                                  ["Headache, n (%)", "12 (40)", "10 (33)"]])
    doc = Document([], [characteristics])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    pain = extract(doc, *arms, OutcomeSpec.from_description("neck pain"), "continuous")
    assert pain.intervention.mean is None and pain.comparator.mean is None
    headache = extract(doc, *arms, OutcomeSpec.from_description("baseline headache"), "binary")
    assert (headache.intervention.events, headache.comparator.events) == (12, 10)


def test_outcome_names_match_singular_and_hyphenated_forms():
    spec = OutcomeSpec.from_description("Treatment-emergent adverse events")
    assert spec.score("Any adverse event") == spec.score("adverse events")
    assert OutcomeSpec.from_description("side effects").score("52 patients reported side-effects") > 0
    assert OutcomeSpec.from_description("patient global assessment").score("Number of patients") == 0


def test_percent_only_cells_become_counts_flagged_when_they_do_not_give_the_percent_back():
    assert events_from_percent(86, 59) == 51 and events_from_percent(10.4, 402) == 42
    assert events_from_percent(33.3, 10) == 3 and events_from_percent(120, 10) is None
    doc = Document([Passage("results", "More patients in the needling group reported daily weighing (79% vs 29%). "
                                       "Patients were randomised to needling (n = 59) or control (n = 64).")])
    found = read(doc, "Needling", "Control", "Daily weighing", "binary")
    assert (found.intervention.events, found.comparator.events) == (47, 19)  # as reviewers round them
    assert "79.0% is no whole count of 59: its denominator may be another" in found.flags
    table = Table("Table 1", "Baseline characteristics", header=[["Variable", "Needling (n = 59)", "Control (n = 64)"]],
                  body=[["Hypertension, %", "86", "89"], ["Diabetes, n (%)", "35 (59)", "33 (52)"]])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("baseline hypertension"), "binary")
    assert (found.intervention.events, found.comparator.events) == (51, 57)
    assert found.conversions == ["events = 86.0% of 59, rounded", "events = 89.0% of 64, rounded"]
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("baseline diabetes"), "binary")
    assert (found.intervention.events, found.comparator.events) == (35, 33)


def test_rows_named_by_a_pain_scale_beat_rows_named_only_by_the_caption():
    table = Table("Table 2", "Pain severity, range of motion and disability before and after treatment",
                  header=[["", "Needling", "Control"]],
                  body=[["VAS", "", ""], ["Baseline (mean±SD)", "7.2±1.6", "7.6±1.8"],
                        ["Posttreatment (mean±SD)", "3.8±1.5", "4.6±2.1"],
                        ["SPADI total", "", ""], ["Posttreatment (mean±SD)", "44.3±2.8", "36.4±20.5"]])
    arms = Arm.from_description("needling"), Arm.from_description("control")
    found = extract(Document([], [table]), *arms, OutcomeSpec.from_description("Severity of pain"), "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (3.8, 4.6)
    assert found.provenance == ["Table 2, row 'VAS: Posttreatment (mean±SD)'"]
    assert OutcomeSpec.from_description("pain relief").score("VAS30") > 0


def test_publisher_stub_is_recorded_as_no_full_text():
    stub = read_jats(b'<article><body><p>The publisher of this article does not allow downloading of the full '
                     b"text in XML form.</p></body></article>")
    assert not stub.available


@pytest.mark.shared
def test_every_benchmark_jats_fragment_reads():
    for path in sorted(shared("extraction_benchmark", "xml").glob("*.xml")):
        doc = read_jats(path.read_bytes(), source=path.name)
        assert doc.passages, path.name


def test_abstract_styles_give_all_six_numbers(topic):
    reader, rng = TrialReader(topic), random.Random(11)
    for i in range(50):
        title, abstract, truth = make_trial(i, rng)
        doc = Document([Passage("abstract", title), Passage("abstract", abstract)])
        rows = [r for r in reader.outcomes(str(i), truth.condition, doc, title, "abstract") if r.outcome_domain == "pain"]
        got = (rows[0].n_dn, rows[0].mean_dn, rows[0].sd_dn, rows[0].n_ctrl, rows[0].mean_ctrl, rows[0].sd_ctrl)
        assert got == (truth.n_dn, truth.mean_dn, truth.sd_dn, truth.n_ctrl, truth.mean_ctrl, truth.sd_ctrl), abstract
        assert rows[0].comparator_class == truth.comparator_class and rows[0].timepoint_weeks == truth.weeks
        assert rows[0].provenance and rows[0].confidence > 0


def test_three_arm_trials_are_flagged_not_guessed(topic):
    text = ("Sixty patients were randomized to dry needling (n = 20), manual therapy (n = 20) or sham needling "
            "(n = 20). At 4 weeks VAS was 2.0 ± 1.0, 3.0 ± 1.1 and 4.0 ± 1.2, respectively.")
    doc = Document([Passage("abstract", text)])
    rows = TrialReader(topic).outcomes("1", "neck_pain", doc, "Three-arm trial", "abstract")
    assert rows and all(r.mean_dn is None and "3 arms" in r.flags for r in rows)


def _run_live(out, server, *extra):
    env = {**os.environ, "EUTILS_BASE_URL": server.base_url, "NCBI_EMAIL": "tester@example.org"}
    env.pop("NCBI_API_KEY", None)
    return subprocess.run([sys.executable, "-m", "pipeline", "run", "--source", "live", "--out", str(out),
                           "--until", "2026/11/29", "--no-progress", *extra], env=env, capture_output=True, text=True)


def _pain_rows(out):
    with open(out / "outcomes.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["outcome_domain"] == "pain"]
    return {r["pmid"]: r for r in rows}


def _matches(row, truth) -> bool:
    got = [row[k] for k in ("n_dn", "mean_dn", "sd_dn", "n_ctrl", "mean_ctrl", "sd_ctrl")]
    return [float(x) if x else None for x in got] == [truth.n_dn, truth.mean_dn, truth.sd_dn, truth.n_ctrl,
                                                      truth.mean_ctrl, truth.sd_ctrl]


@pytest.mark.slow
def test_live_run_reads_abstract_numbers_and_pmc_tables(tmp_path):
    rng = random.Random(21)
    records, pmc, truths, open_access, stubs = {}, {}, {}, set(), set()
    for i in range(60):
        pmid = str(36_000_000 + i)
        title, abstract, truth = make_trial(i, rng)
        pmcid = ""
        if i % 2:  # half of the trials: numbers only in a PMC results table
            pmcid = f"PMC{9_100_000 + i}"
            comparator = title.split("versus ")[1].split(" for ")[0]
            abstract = (f"Patients were randomized to dry needling or {comparator}. Pain improved more with dry "
                        "needling (p < 0.05).")
            is_open = i % 10 != 1       # 10% of these are not open access
            pmc[pmcid.removeprefix("PMC")] = make_jats(pmcid, truth, comparator, truth.weeks, open_access=is_open)
            (open_access if is_open else stubs).add(pmid)
        else:
            open_access.add(pmid)
        truths[pmid] = truth
        records[pmid] = (date(2024, 1, 1 + i % 28), pubmed_article(
            pmid, f"{title} ({i})", abstract=abstract, pub_types=("Journal Article", "Randomized Controlled Trial"),
            pmcid=pmcid, edat=date(2024, 1, 1 + i % 28), authors=(f"Author{i} A",)))
    with FakeEutils(records, pmc=pmc, faults=Faults(rate=0.05, seed=3)) as server:
        proc = _run_live(tmp_path, server)
        assert proc.returncode == 0, proc.stderr
        pmc_requests = [r for r in server.log if r.params.get("db") == "pmc"]
    rows = _pain_rows(tmp_path)
    right = [pmid for pmid in open_access if pmid in rows and _matches(rows[pmid], truths[pmid])]
    assert len(right) >= 0.9 * len(open_access)
    table_rows = [rows[p] for p in right if int(p) % 2]
    assert table_rows and all("Table 2" in r["provenance"] and r["origin"] == "fulltext" for r in table_rows)
    assert pmc_requests
    with open(tmp_path / "fulltexts.csv", encoding="utf-8") as handle:
        status = {r["pmid"]: r["status"] for r in csv.DictReader(handle)}
    assert all(status[p].startswith("no full text") for p in stubs)
    assert sum(s == "full text" for s in status.values()) == 30 - len(stubs)
    # a second run reuses the cached full texts
    with FakeEutils(records, pmc=pmc) as server:
        assert _run_live(tmp_path, server).returncode == 0
        assert not [r for r in server.log if r.params.get("db") == "pmc"]


def test_bench_extract_scores_and_writes_predictions(tmp_path):
    out = tmp_path / "pred.csv"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "bench-extract", "--dataset", str(FIXTURES / "bench"),
                           "--predictions", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "continuous  1.000  (3/3)" in proc.stdout and "binary      1.000  (1/1)" in proc.stdout
    with open(out, encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert float(rows["2"]["intervention_events"]) == 4 and float(rows["2"]["comparator_group_size"]) == 19
    assert rows["3"]["intervention_mean"] == ""          # unknown, as annotated
    assert rows["4"]["intervention_group_size"] == ""    # a total split equally is not what the text states


def test_bench_extract_scores_the_rest_when_a_text_is_missing_or_unreadable(tmp_path):
    import shutil
    dataset = tmp_path / "bench"
    shutil.copytree(FIXTURES / "bench", dataset)
    (dataset / "texts" / "PMC2.md").unlink()
    annotations = dataset / "annotations.csv"
    annotations.write_text(annotations.read_text(encoding="utf-8").rstrip("\n") +
                           "\n9,3,pain,acupressure,sham acupressure,continuous,,,,,,,,,,TEST\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "bench-extract", "--dataset", str(dataset)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "binary      1.000  (1/1)" in proc.stdout  # PMC1's rows are still scored
    assert "continuous  0.750  (3/4)" in proc.stdout  # PMC2's row predicted unknown; PMC3's annotated unknown
    assert "texts not read (2;" in proc.stdout and "no text for PMC2" in proc.stdout and "PMC3" in proc.stdout


@pytest.mark.shared
def test_bench_extract_runs_on_the_shared_benchmark_in_both_forms(tmp_path):
    from pipeline.extract.benchmark import run_benchmark
    dataset = shared("extraction_benchmark")
    markdown = run_benchmark(dataset)
    jats = tmp_path / "jats"
    (jats / "texts").mkdir(parents=True)
    (jats / "annotations.csv").write_bytes((dataset / "annotations.csv").read_bytes())
    for path in (dataset / "xml").glob("*.xml"):
        (jats / "texts" / path.name).write_bytes(path.read_bytes())
    xml = run_benchmark(jats)
    for score in (markdown, jats_score := xml):
        assert len(score.rows["continuous"]) == 261 and len(score.rows["binary"]) == 105
    # regression guard on the development figures (README): Markdown 0.513 / 0.448, JATS 0.525 / 0.438
    for score in (markdown, jats_score):
        assert score.row_accuracy("continuous") >= 0.51 and score.row_accuracy("binary") >= 0.43


def test_an_abbreviation_for_another_dose_names_a_third_arm():
    doc = Document([Passage("methods", "Women were randomised to intrathecal morphine 100 µg (M100, n = 45), morphine "
                                       "50 µg (M50, n = 45) or saline (control, n = 45).")],
                   [Table("Table 2", "Side effects", [["", "M100 (n = 43)", "M50 (n = 45)", "Control (n = 44)"]],
                          [["Pruritus, n (%)", "31 (72.1)", "22 (48.9)", "6 (13.6)"]])])
    found = read(doc, "Intrathecal morphine 50 µg", "Intrathecal saline (no morphine)", "Pruritus", "binary")
    assert events_and_sizes(found) == (22, 45, 6, 44)


def test_at_least_one_is_the_row_of_any():
    table = Table("Table 3", "Falls over 12 months", [["Outcome", "Exercise (n = 96)", "Usual care (n = 92)"]],
                  [["Fallers (≥1 fall), %", "34.4", "50.0"], ["Injurious fall, %", "9.4", "16.3"]])
    found = read(Document([], [table]), "Exercise programme", "Usual care", "Participants with at least one fall",
                 "binary")
    assert events_and_sizes(found) == (33, 96, 46, 92)


def test_outcome_headings_sharing_an_arm_word_over_rows_of_arms():
    """'Sacral pressure injury' heads an outcome column, not the arm 'sacral dressing', when the
    rows are the arms."""
    table = Table("Table 2", "Pressure injuries, n/N (%)",
                  [["Group", "Sacral pressure injury (any stage)", "Heel pressure injury"]],
                  [["Foam dressing", "6/219 (2.7)", "11/219 (5.0)"], ["Boots", "19/221 (8.6)", "13/221 (5.9)"]])
    found = read(Document([], [table]), "Silicone foam sacral dressing", "Heel offloading boots",
                 "Sacral pressure injury", "binary")
    assert events_and_sizes(found) == (6, 219, 19, 221)


def test_a_standard_comparator_is_named_standard_care():
    table = Table("Table 2", "Pressure injuries, n/N (%)", [["Group", "Sacral pressure injury", "Heel injury"]],
                  [["Foam dressing", "6/219 (2.7)", "11/219 (5.0)"], ["Standard care", "19/221 (8.6)", "13/221 (5.9)"]])
    found = read(Document([], [table]), "Foam dressing", "Standard prevention bundle", "Sacral pressure injury",
                 "binary")
    assert events_and_sizes(found) == (6, 219, 19, 221)


@pytest.mark.parametrize("text, intervention, comparator, sizes", [
    pytest.param(
        "A total of 120 patients were randomised (60 per group). Six patients (three per group) were excluded"
        " after randomisation, leaving 57 patients per group for analysis.",
        "Music", "Routine care", {0: 57, 1: 57},
        id="sizes_stated_for_every_group_after_leaving_beat_those_excluded_before_it"),
    pytest.param(
        "Forty-six patients were allocated to taping (n = 23) or sham taping (n = 23). One participant in the"
        " sham group withdrew for personal reasons before the post-intervention assessment; the remaining "
        "participants were analysed.",
        "Kinesio taping", "Sham taping", {0: 23, 1: 22},
        id="a_loss_named_in_the_arm_before_a_long_clause_is_subtracted"),
    pytest.param(
        "Of the 48 residents, 24 were allocated to hydrocolloid dressings and 24 to saline gauze. Two "
        "residents in the gauze group died and one in the hydrocolloid group was hospitalised before week 4; "
        "they were excluded from the week-4 analysis.",
        "Hydrocolloid dressings", "Saline gauze dressings", {0: 23, 1: 22},
        id="losses_counted_in_one_clause_and_called_excluded_in_the_next"),
    pytest.param(
        "Of 231 women, 78 were randomised to aerobic exercise, 77 to resistance exercise and 76 to usual "
        "care. The post-chemotherapy assessment was completed by 71, 70 and 68 women, respectively.",
        "Resistance exercise", "Usual care", {0: 70, 1: 68},
        id="a_respectively_list_of_three_groups_takes_the_places_of_the_allocation_list"),
    pytest.param(
        "Of 178 patients randomised, 88 underwent laparoscopic and 90 open appendicectomy. Operative time was"
        " longer in the laparoscopic group (52 ± 14 vs 44 ± 12 min; p < 0.001).",
        "Laparoscopic appendicectomy", "Open appendicectomy", {0: 88, 1: 90},
        id="a_mean_after_an_arm_name_is_no_group_size_and_underwent_ties_a_size_to_its_arm"),
    pytest.param(
        "A total of 310 women were randomised to an upright (n = 155) or recumbent (n = 155) pushing "
        "position. Twelve women (upright 5, recumbent 7) underwent caesarean section before full dilatation "
        "and were excluded from the analysis.",
        "Upright pushing position", "Recumbent pushing position", {0: 150, 1: 148},
        id="losses_broken_down_by_arm_in_a_bracket_are_subtracted"),
    pytest.param(
        "A total of 310 children were randomised (155 per arm). Of these, 118 in the DHA-PQ arm and 121 in "
        "the AL arm were febrile at enrolment and contributed to the fever clearance analysis.",
        "Dihydroartemisinin-piperaquine (DHA-PQ)", "Artemether-lumefantrine (AL)", {0: 118, 1: 121},
        id="sizes_of_those_who_contributed_to_an_analysis"),
    pytest.param(
        "Sixty-four students were allocated equally to the two mouthrinses. Two participants in the placebo "
        "group withdrew before the 4-week examination; thus 32 and 30 participants were analysed. Baseline "
        "plaque index was 1.21 (SD 0.27) in the chlorhexidine group and 1.18 (SD 0.30) in the placebo group.",
        "Chlorhexidine mouthwash", "Placebo mouthwash", {0: 32, 1: 30},
        id="a_pair_of_analysed_sizes_after_thus_in_a_clause_naming_no_arm"),
    pytest.param(
        "Sixty patients were randomised (30 per group). Two participants in the training group and three in "
        "the sham group did not complete the 8-week programme and were not reassessed.",
        "Inspiratory muscle training", "Sham inspiratory muscle training", {0: 28, 1: 27},
        id="losses_from_a_programme_not_completed_and_not_reassessed"),
    pytest.param(
        "We randomly assigned 120 adults to yoga (n = 60) or brisk walking (n = 60). Nine participants in the yoga "
        "group and six in the walking group did not complete the 12-week assessment.",
        "Yoga", "Brisk walking", {0: 51, 1: 54},
        id="losses_from_an_assessment_not_completed_are_subtracted"),
    pytest.param(
        "A total of 250 adults underwent randomisation; 126 were assigned to receive needling and 124 to receive "
        "stretching.",
        "Needling", "Stretching", {0: 126, 1: 124},
        id="sizes_assigned_to_receive_an_arm"),
    pytest.param(
        "In this trial, 298 adults were randomly assigned to the 1.5% gel (n = 150) or vehicle (n = 148) twice daily.",
        "Lidocaine gel 1.5%", "Vehicle gel", {0: 150, 1: 148},
        id="a_dose_with_a_decimal_point_stays_whole_in_an_arm_s_name"),
    pytest.param(
        "Parents of 1,200 infants were randomised to receive text reminders (n = 600) or no reminders (n = 600).",
        "Text reminders to parents", "No reminders", {0: 600, 1: 600},
        id="people_named_before_a_count_are_no_arm_even_when_an_arm_is_given_to_them"),
    pytest.param(
        "Of 96 adults, 48 received needling and 48 sham needling. Six-month knee radiographs were available for 44 "
        "and 41 adults, respectively.",
        "Needling", "Sham needling", {0: 44, 1: 41},
        id="sizes_of_those_whose_measurements_were_available_are_analysed_sizes"),
    pytest.param(
        "We randomly assigned 120 adults to tai chi (n = 60) or brisk walking (n = 60). Three participants in the "
        "tai chi group and five in the walking group withdrew.",
        "Yang-style tai chi (twice weekly)", "Brisk walking", {0: 57, 1: 55},
        id="an_arm_named_by_two_short_words_loses_its_participants"),
    pytest.param(
        "One hundred patients were randomised (50 per group). At three months, 46 patients in the education "
        "group and 44 in the routine care group completed the questionnaire.",
        "Nurse-led self-care education", "Routine discharge information", {0: 46, 1: 44},
        id="a_routine_comparator_is_named_routine_care_even_beside_an_arm_with_care_in_its_name"),
    pytest.param(
        "We randomised 265 women to a cervical pessary (n = 133) or expectant management (n = 132). Delivery "
        "data were unavailable for six women in each group (lost to follow-up), leaving 127 and 126 women for"
        " analysis.",
        "Cervical pessary", "Expectant management", {0: 127, 1: 126},
        id="sizes_left_after_losses_in_each_group_follow_the_arms_introduction"),
    pytest.param(
        "A total of 978 adults were enrolled in the two study ICUs (balanced crystalloid 487, saline 491).",
        "Balanced crystalloid", "0.9% saline", {0: 487, 1: 491},
        id="a_role_word_before_a_capitalised_noun_is_no_group_label"),
    pytest.param(
        "Patients were randomised to far-infrared therapy (n = 65) or no therapy (control, n = 65). Two "
        "patients in the far-infrared group (one death, one kidney transplant) and five in the control group "
        "(two deaths, three transfers) did not reach 12 weeks and were excluded.",
        "Far-infrared therapy", "No far-infrared therapy (control)", {0: 63, 1: 60},
        id="a_loss_broken_down_in_a_bracket_counts_once"),
    pytest.param(
        "A total of 350 patients were randomised to complete 7 days (n = 175) or 14 days (n = 175) of "
        "antibiotics. Patients who withdrew consent or were lost before day 90 (7 and 4, respectively) were "
        "excluded; Table 2 shows the resulting modified intention-to-treat population.",
        "7-day antibiotic therapy", "14-day antibiotic therapy", {0: 168, 1: 171},
        id="losses_listed_with_respectively_are_subtracted_not_read_as_sizes"),
    pytest.param(
        "Fifty-eight participants were randomised (29 per group); one participant in the sham group was lost "
        "before 12 weeks.",
        "Needling", "Sham", {0: 29, 1: 28},
        id="a_participant_who_was_lost_before_the_follow_up_is_subtracted"),
    pytest.param(
        "One hundred and twenty patients were randomised to needling or sham (60 per group); 3 active and 5 "
        "sham patients were lost to follow-up, and the remaining 57 and 55 were analysed.",
        "Needling", "Sham", {0: 57, 1: 55},
        id="the_remaining_sizes_after_losses"),
    pytest.param(
        "Of 160 randomised participants (needling 81, sham 79), one in the needling group and two in the sham "
        "group withdrew before treatment and were excluded from the full analysis set (80 and 77 analysed).",
        "Needling", "Sham", {0: 80, 1: 77},
        id="a_pair_of_analysed_sizes_in_a_bracket_of_its_own"),
    pytest.param(
        "A total of 120 patients were randomised (needling 62, sham 58). At 12 weeks, the walk test was measured "
        "in 55 and 52 patients, respectively; 3 patients died (1 needling, 2 sham).",
        "Needling", "Sham", {0: 55, 1: 52},
        id="arms_named_in_a_later_clause_name_no_item_of_a_respectively_list"),
    pytest.param(
        "In all, 300 adults were enrolled (150 per group). Eight adults in the needling group and five in the "
        "sham group were lost to follow-up, so the analysis included 142 and 145 adults, respectively.",
        "Needling", "Sham", {0: 142, 1: 145},
        id="arms_named_in_an_earlier_clause_about_losses_name_no_item_of_a_respectively_list"),
    pytest.param(
        "Ninety patients were randomised (needling 45, sham 45). Pain was measured at 4 and 12 weeks; three "
        "needling patients and one sham patient missed the 12-week assessment.",
        "Needling", "Sham", {0: 42, 1: 44},
        id="patients_who_missed_an_assessment_are_losses_not_sizes"),
    pytest.param(
        "Sixty patients were enrolled and 30 allocated to each group. Two needling patients and one sham patient "
        "missed the 6-week visit, so 28 and 29 patients, respectively, were analysed.",
        "Needling", "Sham", {0: 28, 1: 29},
        id="a_respectively_list_followed_by_were_analysed_counts_those_analysed_after_losses"),
    pytest.param(
        "A total of 120 patients were randomised (needling 61, sham 59) and all were included in the "
        "intention-to-treat analysis. Seven needling and four sham patients attended fewer than four sessions and "
        "were excluded from the per-protocol population.",
        "Needling", "Sham", {0: 61, 1: 59},
        id="those_left_out_of_a_per_protocol_population_are_in_an_analysis_of_everyone"),
    pytest.param(
        "A total of 120 patients were randomised (needling 61, sham 59). Seven needling and four sham patients "
        "attended fewer than four sessions and were excluded from the per-protocol analysis reported here.",
        "Needling", "Sham", {0: 54, 1: 55},
        id="those_left_out_of_the_per_protocol_analysis_reported_are_subtracted"),
    pytest.param(
        "Of 200 randomised patients (100 per group), 5 in the needling group and 3 in the sham group did not "
        "attend for treatment.",
        "Needling", "Sham", {0: 95, 1: 97},
        id="patients_who_did_not_attend_are_losses"),
    pytest.param(
        "Of 400 adults randomised, 201 were assigned to the needling group and 199 to the sham group; pain could "
        "not be measured in 6 and 4 adults, respectively.",
        "Needling", "Sham", {0: 195, 1: 195},
        id="those_whose_outcome_could_not_be_measured_are_losses"),
    pytest.param(
        "Ninety adults were randomised, 46 to needling and 44 to sham; one adult in the needling group moved away.",
        "Needling", "Sham", {0: 46, 1: 44},
        id="an_arm_named_in_the_next_clause_does_not_take_the_size_before_it"),
    pytest.param(
        "Ninety adults were randomised, 46 to needling and 44 to sham; one adult in the sham group died in a road "
        "accident before the 12-week review.",
        "Needling", "Sham", {0: 46, 1: 43},
        id="a_death_before_the_follow_up_review_is_a_loss"),
    pytest.param(
        "In total, 120 adults were randomised. Pain diaries were returned for 55 of the 61 adults in the needling "
        "group and 52 of the 59 in the sham group.",
        "Needling", "Sham", {0: 55, 1: 52},
        id="those_analysed_of_each_arm"),
    pytest.param(
        "After exclusion of patients who did not start treatment (needling 7, sham 5), the modified "
        "intention-to-treat population comprised 93 needling and 95 sham patients.",
        "Needling", "Sham", {0: 93, 1: 95},
        id="sizes_after_the_words_of_the_analysis_beat_losses_before_them"),
    pytest.param(
        "Ninety patients with neck pain were allocated to needling (DN; n = 45) or sham (SN; n = 45). Three DN and "
        "five SN patients did not attend the 3-month assessment; analyses used all available data.",
        "Needling", "Sham", {0: 42, 1: 40},
        id="losses_counted_before_arm_codes_in_a_clause_that_runs_on"),
    pytest.param(
        "Fifty-one adults with calf pain were randomised to dry needling (DN, n = 26) or sham needling (n = 25).",
        "Dry needling of calf trigger points", "Sham dry needling", {0: 26, 1: 25},
        id="a_total_before_an_arm_with_its_code_and_size_in_brackets_is_no_size_of_it"),
    pytest.param(
        "Sixty patients were randomised (30 per group). Two in the needling group and three in the sham group did "
        "not complete the programme (illness, n = 3; moving away, n = 2) and were not reassessed.",
        "Needling", "Sham", {0: 28, 1: 27},
        id="a_bracket_of_reasons_with_their_counts_is_no_size_of_the_arm_before_it"),
    pytest.param(
        "Sixty patients were randomised (needling 30, sham 30) and completed the 12-week assessment and were "
        "analysed (three and four dropouts, respectively).",
        "Needling", "Sham", {0: 30, 1: 30},
        id="dropouts_listed_with_respectively_are_no_sizes"),
    pytest.param(
        "Seventy-two participants were randomised (needling, n = 36; sham, n = 36); four needling and two sham "
        "participants did not attend the week-8 assessment.",
        "Needling", "Sham", {0: 32, 1: 34},
        id="those_who_did_not_attend_the_assessment_are_losses"),
    pytest.param(
        "Interventions: eight sessions of needling (n = 30) or of sham needling (n = 30). Results: two participants "
        "in the needling group and four in the sham group were lost to follow-up.",
        "Needling", "Sham needling", {0: 28, 1: 26},
        id="losses_from_sizes_a_sentence_names_without_allocation_words"),
    pytest.param(
        "We compared deep with superficial dry needling. Eighty patients were randomised (40 per group); one patient "
        "allocated to superficial needling did not attend treatment, leaving 40 and 39 for analysis.",
        "Deep dry needling", "Superficial dry needling", {0: 40, 1: 39},
        id="the_sizes_left_follow_the_arm_named_by_its_own_word"),
    pytest.param(
        "We enrolled 478 patients: 241 received a single dose of cefazolin and 237 received no antibiotic (control "
        "group). Eight patients (four in each group) were lost to follow-up at 30 days.",
        "Cefazolin prophylaxis", "No antibiotic prophylaxis", {0: 237, 1: 233},
        id="losses_stated_for_each_group_and_an_arm_named_after_a_dose"),
    pytest.param(
        "We randomised 160 infants: 78 to delayed cord clamping and 82 to early cord clamping. Two infants in the "
        "early clamping group were excluded because of a congenital anomaly, leaving 80.",
        "Delayed cord clamping", "Early cord clamping", {0: 78, 1: 80},
        id="losses_of_one_arm_named_by_its_own_word_before_what_they_leave"),
    pytest.param(
        "One hundred and one women were randomised (needling n = 51; sham n = 50), of whom 46 and 45, respectively, "
        "completed the 12-week assessment and were analysed.",
        "Needling", "Sham", {0: 46, 1: 45}, id="of_whom_a_list_in_the_order_of_the_allocation_before_it"),
    pytest.param(
        "Women were randomised to oral misoprostol 25 µg every 2 hours (n = 110) or dinoprostone 10 mg vaginal insert "
        "(n = 110). Two women in the dinoprostone arm withdrew consent and were not included in the analysis.",
        "Oral misoprostol", "Vaginal dinoprostone", {0: 110, 1: 108}, id="an_arm_named_before_its_dose_and_schedule"),
    pytest.param(
        "We randomised 240 patients, 120 to each arm. Four patients in the short-course arm and two in the standard "
        "arm withdrew consent and were excluded from the modified intention-to-treat population.",
        "Short-course antibiotics (7 days)", "Standard-course antibiotics (14 days)", {0: 116, 1: 118},
        id="losses_excluded_from_a_population_named_for_the_analysis"),
    pytest.param(
        "Women were randomised to early amniotomy (within 1 h of catheter expulsion) or standard care; 156 and 155 "
        "women, respectively, were analysed.",
        "Early amniotomy", "Standard care", {0: 156, 1: 155}, id="a_respectively_clause_of_its_own_after_the_arms"),
    pytest.param(
        "Sixty-one participants were randomised (needling, n = 31; sham, n = 30) and all were included in the "
        "modified intention-to-treat analysis; 27 and 26, respectively, completed 8 weeks of treatment.",
        "Needling", "Sham", {0: 31, 1: 30}, id="completers_after_all_were_analysed_are_no_analysed_sizes"),
])
def test_group_sizes_as_the_flow_of_participants_gives_them(text, intervention, comparator, sizes):
    """Each arm's size from sentences about allocation, losses and analysis."""
    doc = Document([Passage("results", text)])
    assert sizes_of(doc, list(arms_for(doc, intervention, comparator))).by_arm == sizes


def test_values_at_entry_in_a_bracket_after_the_follow_up_values_are_set_aside():
    doc = Document([Passage("results", "The 6-minute walk distance at 8 weeks was 412 (68) m with IMT versus 379 (72) "
                                       "m with sham training (baseline 371 (74) and 368 (70) m; mean change 41 (30) "
                                       "vs 11 (28) m).")])
    found = read(doc, "Inspiratory muscle training", "Sham inspiratory muscle training",
                 "6-minute walk distance at 8 weeks (m)", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (412, 68, 379)


def test_of_several_bracketed_pairs_the_one_after_the_words_naming_the_outcome_best():
    doc = Document([Passage("results", "Reasons for discontinuation were withdrawal of consent (needling 14 [9.6%]; "
                                       "sham 11 [7.6%]), adverse events (9 [6.2%] vs 17 [11.8%]) and lack of efficacy "
                                       "(12 [8.2%] vs 10 [6.9%]).")])
    found = read(doc, "Needling", "Sham", "Discontinuation due to adverse events", "binary")
    assert (found.intervention.events, found.comparator.events) == (9, 17)


def test_of_outcome_columns_naming_it_alike_the_one_naming_nothing_else():
    table = Table("Table 2", "Shivering by group", [["Group", "n", "Shivering, n (%)", "Grade 3-4 shivering, n (%)"]],
                  [["Group S (saline)", "40", "22 (55.0)", "13 (32.5)"], ["Group D (dexmedetomidine)", "40", "6 (15.0)",
                                                                          "1 (2.5)"]])
    doc = Document([Passage("methods", "Patients were allocated to saline (group S) or dexmedetomidine (group D).")],
                   [table])
    found = read(doc, "Dexmedetomidine 0.5 µg/kg", "Normal saline", "Shivering", "binary")
    assert (found.intervention.events, found.comparator.events) == (6, 22)


def test_a_no_x_comparator_is_named_without_any_of_its_words():
    doc = Document([Passage("results", "Febrile neutropenia occurred in 9 of 120 patients (7.5%) receiving "
                                       "pegfilgrastim and in 21 of 118 (17.8%) without prophylaxis. Hospitalisation "
                                       "for febrile neutropenia was required in 6 and 15 patients, respectively.")])
    found = read(doc, "Pegfilgrastim primary prophylaxis", "No G-CSF prophylaxis", "Febrile neutropenia", "binary")
    assert events_and_sizes(found) == (9, 120, 21, 118)


@pytest.mark.parametrize("outcome, rows, events", [
    ("Objective response (complete or partial response)",
     [["Complete response (CR)", "11 (5.9)", "4 (2.2)"], ["Partial response (PR)", "87 (46.8)", "65 (35.5)"],
      ["Stable disease", "52 (28.0)", "70 (38.3)"]], (98, 69)),
    ("Global effect 'much improved' or 'very much improved'",
     [["Very much improved", "11 (6.0)", "5 (2.7)"], ["Much improved", "17 (9.1)", "12 (6.6)"],
      ["Slightly improved", "9 (4.8)", "14 (7.7)"]], (28, 17)),
    ("Severe oral mucositis (WHO grade 3-4)",
     [["Grade 2", "19 (10.2)", "16 (8.7)"], ["Grade 3", "10 (5.4)", "17 (9.3)"], ["Grade 4", "2 (1.1)", "7 (3.8)"]],
     (12, 24)),
    ("Perineal injury (third- or fourth-degree tear)",
     [["Second-degree tear", "121 (65.1)", "129 (70.5)"], ["Third-degree tear", "6 (3.2)", "13 (7.1)"],
      ["Fourth-degree tear", "1 (0.5)", "3 (1.6)"]], (7, 16)),
    ("Moderate or severe swelling on day 2",
     [["Day 1", "Moderate", "5 (2.7)", "10 (5.5)"], ["", "Severe", "0 (0.0)", "2 (1.1)"],
      ["Day 2", "Moderate", "6 (3.2)", "13 (7.1)"], ["", "Severe", "1 (0.5)", "5 (2.7)"]], (7, 18)),
    ("Death or myocardial infarction",  # a composite, not categories of one scale: not added up
     [["Death", "3 (1.6)", "4 (2.2)"], ["Myocardial infarction", "5 (2.7)", "6 (3.3)"]], None),
])
def test_categories_of_one_scale_are_added_up(outcome, rows, events):
    header = ["Outcome", "Needling (n = 186)", "Sham (n = 183)"]
    header = header[:1] + [""] + header[1:] if len(rows[0]) == 4 else header
    found = read(Document([], [Table("Table 3", "Outcomes, n (%)", [header], rows)]), "Needling", "Sham", outcome,
                 "binary")
    if events is None:
        assert "categories added up" not in found.flags
    else:
        assert (found.intervention.events, found.intervention.n, found.comparator.events) == (events[0], 186, events[1])


def test_a_table_of_intubation_characteristics_is_one_of_outcomes():
    table = Table("Table 2", "Laryngoscopic view and intubation characteristics",
                  [["Variable", "Videolaryngoscope (n = 85)", "Direct laryngoscope (n = 85)"]],
                  [["Use of bougie, n (%)", "4 (4.7)", "12 (14.1)"]])
    found = read(Document([], [table]), "Videolaryngoscope", "Direct laryngoscope", "Use of a bougie", "binary")
    assert events_and_sizes(found) == (4, 85, 12, 85)


def test_a_mortality_at_a_time_point_is_named_by_death():
    table = Table("Table 2", "Outcomes", [["Outcome", "Hydrocortisone", "Placebo"]],
                  [["Death by day 28, n/N (%)", "98/299 (32.8)", "112/303 (37.0)"],
                   ["Shock reversal by day 7, n/N (%)", "214/299 (71.6)", "189/303 (62.4)"]])
    found = read(Document([], [table]), "Hydrocortisone 200 mg/day", "Placebo", "28-day mortality", "binary")
    assert events_and_sizes(found) == (98, 299, 112, 303)


def test_the_study_arm_is_the_intervention():
    doc = Document([Passage("results", "Assessments were completed for 183 patients in the study arm and 184 controls. "
                                       "Delirium developed in 34 study-arm patients (18.6%) and in 52 controls "
                                       "(28.3%).")])
    found = read(doc, "Delirium prevention programme", "Usual care", "Incident delirium", "binary")
    assert events_and_sizes(found) == (34, 183, 52, 184)


def test_sizes_of_those_examined_and_arms_named_by_the_adjective_of_an_adverb():
    doc = Document([Passage("results", "Patients were randomised to a bulk-fill composite (n = 24) or an incremental "
                                       "composite (n = 24). At 24 months, 22 patients in the bulk-fill group and 23 "
                                       "in the incremental group were examined.")])
    arms = list(arms_for(doc, "Bulk-fill resin composite", "Incrementally placed conventional composite"))
    assert sizes_of(doc, arms).by_arm == {0: 22, 1: 23}


def test_a_breakdown_in_brackets_and_counts_above_the_group_size_are_no_event_counts():
    doc = Document([Passage("methods", "Women were randomised to needling (n = 70) or sham (n = 70)."),
                    Passage("results", "Needle-related adverse events were reported by nine women in the needling "
                                       "group (minor bleeding in five, haematoma in three and dizziness in one), "
                                       "whereas none of the women in the sham group reported a needle-related event.")])
    found = read(doc, "Needling", "Sham needling", "Needle-related adverse events", "binary")
    assert events_and_sizes(found) == (9, 70, 0, 70)
    doc = Document([Passage("methods", "Patients were randomised to needling (n = 59) or sham (n = 64)."),
                    Passage("results", "There were 68 hospitalizations or deaths in the needling group and 111 in the "
                                       "sham group.")])  # admissions, not patients
    found = read(doc, "Needling", "Sham", "Hospitalization or death", "binary")
    assert events_and_sizes(found) == (None, 59, None, 64)


def test_of_headings_naming_an_arm_alike_the_one_that_is_only_its_name():
    table = Table("Table 4", "Adverse events, n (%)",
                  [["Preferred term", "Amoxicillin-clavulanate (N = 203)", "Amoxicillin (N = 205)"]],
                  [["Diarrhoea", "36 (17.7)", "15 (7.3)"]])
    found = read(Document([], [table]), "Co-amoxiclav", "Amoxicillin", "Diarrhoea", "binary")
    assert events_and_sizes(found) == (36, 203, 15, 205)


def test_a_row_of_those_analysed_gives_the_arm_columns_sizes():
    table = Table("Table 3", "Sleep diary outcomes, mean [SD]",
                  [["", "Placebo (n = 42)", "Melatonin 3 mg (n = 43)", "Melatonin 6 mg (n = 41)"]],
                  [["Week-4 diary available, n", "36", "39", "37"],
                   ["Sleep onset latency, min - week 4", "44.8 [16.5]", "36.2 [14.1]", "31.7 [13.8]"]])
    doc = Document([Passage("results", "Of 126 adults, 42 were allocated to placebo, 43 to melatonin 3 mg and 41 to "
                                       "melatonin 6 mg.")], [table])
    found = read(doc, "Melatonin 6 mg", "Placebo", "Sleep onset latency at week 4 (min)", "continuous")
    assert (found.intervention.n, found.intervention.mean) == (37, 31.7)
    assert (found.comparator.n, found.comparator.mean) == (36, 44.8)


@pytest.mark.parametrize("heading", ["Patients", "Participants assessed", "Randomised | Examined at 24 months",
                                     "n (8 weeks)", "Women analysed"])
def test_a_patients_column_beside_arm_rows_gives_their_sizes(heading):
    counted = ["330"] * heading.count("|")  # (a column of those randomised before those examined)
    table = Table("Table 2", "Complications per patient, n (%)", [["Group", *heading.split(" | "), "Phlebitis",
                                                                    "Occlusion"]],
                  [["Needling", *counted, "301", "22 (7.3)", "37 (12.3)"], ["Sham", *counted, "297", "19 (6.4)",
                                                                              "30 (10.1)"]])
    doc = Document([Passage("results", "Of 620 participants randomised (310 per group), 598 were assessed.")], [table])
    found = read(doc, "Needling", "Sham", "Phlebitis", "binary")
    assert events_and_sizes(found) == (22, 301, 19, 297)


def test_an_outcome_asked_in_a_subgroup_is_read_in_its_rows():
    doc = Document([Passage("results", "Preterm birth occurred in 14.9% and 20.1% of women, respectively.")],
                   [Table("Table 4", "Preterm birth by subgroup", [["Subgroup", "Needling, n/N (%)", "Sham, n/N (%)"]],
                          [["Parity", "", ""], ["  Nulliparous", "29/188 (15.4)", "44/191 (23.0)"],
                           ["  Parous", "31/214 (14.5)", "36/207 (17.4)"],
                           ["Overall", "60/402 (14.9)", "80/398 (20.1)"]]),
                    Table("Table 3", "New caries by risk stratum", [["Stratum", "Needling", "Sham"]],
                          [["Low risk", "14/162 (8.6)", "21/158 (13.3)"], ["High risk", "38/91 (41.8)", "55/94 (58.5)"],
                           ["All children", "52/253 (20.6)", "76/252 (30.2)"]])])
    found = read(doc, "Needling", "Sham", "Preterm birth among nulliparous women", "binary")
    assert events_and_sizes(found) == (29, 188, 44, 191)
    found = read(doc, "Needling", "Sham", "New caries in high caries-risk children", "binary")
    assert events_and_sizes(found) == (38, 91, 55, 94)
    doc = Document([Passage("results", "Hot flushes were reported by 12 of 40 women in the needling group and 25 of 41 "
                                       "in the sham group.")])  # a trial of that population only
    found = read(doc, "Needling", "Sham", "Hot flushes among postmenopausal women", "binary")
    assert events_and_sizes(found) == (12, 40, 25, 41)
    doc = Document([Passage("results", "Independent walking was achieved by 31 patients in the needling group and "
                                       "23 in the sham group (Table 3).")],
                   [Table("Table 3", "Independent walking by sex", [["", "Needling, n/N", "Sham, n/N"]],
                          [["Men", "19/34", "15/36"], ["Women", "12/27", "8/25"], ["Total", "31/61", "23/61"]])])
    found = read(doc, "Needling", "Sham", "Independent walking at discharge - women", "binary")
    assert events_and_sizes(found) == (12, 27, 8, 25)  # a population named alone after a dash


def test_an_abbreviation_starting_with_a_digit_names_an_outcome_asked_at_a_time_point():
    doc = Document([Passage("results", "Six-minute walk distance (6MWD) improved with needling (Table 3).")],
                   [Table("Table 3", "Functional outcomes, mean (SD)",
                          [["Outcome", "Needling (n = 46)", "Sham (n = 45)"]],
                          [["6MWD, m - baseline", "396 (81)", "399 (75)"],
                           ["6MWD, m - 12 weeks", "444 (80)", "421 (77)"],
                           ["Peak VO2 - 12 weeks", "19.1 (4.0)", "18.2 (3.8)"]])])
    found = read(doc, "Needling", "Sham", "Six-minute walk distance (m) at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (46, 444, 80, 45, 421, 77)


def test_a_sentence_about_what_the_one_before_named():
    doc = Document([Passage("results", "At baseline, the mean plaque index was 1.42 ± 0.31 in the needling group and "
                                       "1.39 ± 0.35 in the sham group. After 4 weeks it had fallen to 0.61 ± 0.22 in "
                                       "the needling group, whereas it remained unchanged in the sham group (1.33 ± "
                                       "0.29). Bleeding fell to 12% and 25%.")])
    found = read(doc, "Needling", "Sham", "Plaque index at 4 weeks", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (0.61, 0.22, 1.33)


def test_a_pair_of_bare_means_set_against_each_other_with_their_unit():
    doc = Document([Passage("results", "Morphine consumption in the first 24 hours was lower in the needling group "
                                       "(mean 18.6 mg vs 27.9 mg; mean difference -9.3 mg, 95% CI -14.8 to -3.8).")])
    found = read(doc, "Needling", "Sham", "Morphine consumption in the first 24 h (mg)", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (18.6, None, 27.9)


@pytest.mark.parametrize("statistic", ["mean (SD)", "mean (SE)", "mean (95% CI)"])
def test_arm_columns_named_with_what_they_hold(statistic):
    table = Table("Table 4", "PANSS total score at week 24 by sex",
                  [["Subgroup", "LAI n", f"LAI {statistic}", "Oral n", f"Oral {statistic}"]],
                  [["Men", "88", "61.4 (13.2)", "91", "64.8 (14.1)"],
                   ["Women", "54", "58.9 (12.5)", "49", "63.7 (13.8)"]])
    found = read(Document([], [table]), "LAI aripiprazole", "Oral aripiprazole", "PANSS total score in women",
                 "continuous")
    assert (found.intervention.n, found.intervention.mean, found.comparator.n, found.comparator.mean) == \
        (54, 58.9, 49, 63.7)


def test_an_x_less_arm_is_the_one_without_x():
    table = Table("Table 2", "Postoperative course", [["Outcome", "With stent (n = 30)", "Without stent (n = 52)"]],
                  [["Partial obstruction", "8/20", "13/44"]])
    found = read(Document([], [table]), "Internal drainage group", "Stentless cases", "Junction obstruction", "binary")
    assert events_and_sizes(found) == (8, 20, 13, 44)


def test_undefined_initialisms_of_an_arm_name_its_column():
    table = Table("Table 2", "Outcomes at 12 months", [["Outcome", "CFT, mean (SD)", "MT-EX, mean (SD)"]],
                  [["Pain intensity (NRS)", "2.6 (2.0)", "3.9 (2.2)"]])
    found = read(Document([], [table]), "Cognitive functional therapy", "Manual therapy and exercise",
                 "Pain intensity (NRS) at 12 months", "continuous")
    assert (found.intervention.mean, found.comparator.mean, found.comparator.sd) == (2.6, 3.9, 2.2)


def test_decimal_commas_of_mean_and_sd_and_an_outcome_initialism_past_its_unit():
    table = Table("Table 2", "Functional outcomes (mean ± SD)", [["", "WBV (n = 17)", "Conventional (n = 18)"]],
                  [["TUG (s)", "10,9 ± 2,9", "12,2 ± 3,5"], ["10-m walk (s)", "8,4 ± 1,9", "9,5 ± 2,4"]])
    found = read(Document([], [table]), "Whole-body vibration training", "Conventional exercise",
                 "Timed Up and Go (s) after 8 weeks", "continuous")
    assert sizes_means_sds(found) == (17, 10.9, 2.9, 18, 12.2, 3.5)
    assert normalize("1,234 ± 5") == "1,234 ± 5"  # a thousands separator stays


def test_an_instrument_in_brackets_is_named_by_its_initials():
    doc = Document([Passage("results", "At week 4, BFI scores were 3.6 ± 1.5 in the needling group and 4.8 ± 1.7 "
                                       "in the sham group.")])
    found = read(doc, "Needling", "Sham", "Fatigue (Brief Fatigue Inventory) at week 4", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (3.6, 4.8)


def test_initialisms_past_a_unit_in_brackets_and_with_a_hyphenated_part():
    table = Table("Table 3", "Outcomes. Values are mean ± SD", [["Variable", "Needling (n = 32)", "Sham (n = 31)"]],
                  [["FBG (mg/dL)", "138.5 ± 29.4", "151.2 ± 33.8"], ["HbA1c (%)", "7.4 ± 1.0", "7.7 ± 1.2"],
                   ["FMA-UE (0-66)", "35.2 ± 11.3", "30.4 ± 11.0"], ["MAS (0-4)", "1.3 ± 0.7", "1.4 ± 0.8"]])
    doc = Document([], [table])
    found = read(doc, "Needling", "Sham", "Fasting blood glucose (mg/dL) at 3 months", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (138.5, 151.2)
    found = read(doc, "Needling", "Sham", "Fugl-Meyer Assessment upper extremity after 4 weeks", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (35.2, 30.4)


def test_an_abbreviation_whose_long_form_both_arms_share_goes_to_the_arm_it_spells():
    doc = Document([Passage("methods", "Adults were allocated to electroacupuncture over 8 weeks in addition to usual "
                                       "care (EA; n = 74) or usual care alone (UC; n = 74).")],
                   [Table("Table 3", "WOMAC scores (mean ± SD)", [["", "EA (n = 69)", "UC (n = 70)"]],
                          [["WOMAC pain", "", ""], ["  Baseline", "10.8 ± 3.2", "10.5 ± 3.4"],
                           ["  Week 16", "7.2 ± 3.8", "8.9 ± 3.7"]])])
    found = read(doc, "Electroacupuncture plus usual care", "Usual care alone", "WOMAC pain at 16 weeks", "continuous")
    assert sizes_means_sds(found) == (69, 7.2, 3.8, 70, 8.9, 3.7)


def test_a_unit_with_two_slashes_before_a_mean_s_ci():
    doc = Document([Passage("results", "Peak VO2 was 24.6 mL/kg/min (95% CI 23.1 to 26.1) after needling and 22.3 "
                                       "mL/kg/min (95% CI 20.9 to 23.7) after sham.")])
    found = read(doc, "Needling", "Sham", "Peak VO2", "continuous")
    assert (found.intervention.mean, found.intervention.ci, found.comparator.ci) == (24.6, (23.1, 26.1), (20.9, 23.7))


def test_a_name_both_arms_share_is_the_active_arm_beside_a_placebo_version():
    doc = Document([Passage("results", "At 6 weeks, mean VAS pain was 3.2 in the laser group and 4.5 in the placebo "
                                       "group (mean difference -1.3, 95% CI -2.1 to -0.5).")])
    found = read(doc, "Low-level laser therapy plus exercise", "Placebo laser plus exercise", "Pain VAS at 6 weeks",
                 "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (3.2, 4.5)


def test_a_letter_given_in_brackets_at_allocation_labels_the_group():
    doc = Document([Passage("methods", "Women were randomised into three groups: melatonin 3 mg (M3), melatonin 5 mg "
                                       "(M5) and placebo (P).")],
                   [Table("Table 2", "Anxiety (mean ± SD)", [["", "Group M3 (n = 33)", "Group M5 (n = 35)",
                                                                "Group P (n = 34)"]],
                          [["Anxiety VAS (mm), 90 min", "36 ± 15", "31 ± 14", "52 ± 17"]])])
    found = read(doc, "Melatonin 5 mg premedication", "Placebo", "Preoperative anxiety (VAS)", "continuous")
    assert sizes_means_sds(found) == (35, 31, 14, 34, 52, 17)


def test_an_undefined_initialism_with_the_number_of_the_outcome_s_name():
    table = Table("Table 3", "Outcomes at 3 months", [["Outcome", "Needling", "", "Sham", ""],
                                                       ["", "n", "Mean (SD)", "n", "Mean (SD)"]],
                  [["6MWD (m)", "41", "452 (78)", "44", "447 (81)"],
                   ["Peak VO2", "35", "21.4 (4.6)", "40", "22.0 (4.9)"]])
    found = read(Document([], [table]), "Needling", "Sham", "6-minute walk distance (m) at 3 months", "continuous")
    assert sizes_means_sds(found) == (41, 452, 78, 44, 447, 81)


def test_initialisms_of_a_run_of_an_arm_s_words_and_all_cause_mortality():
    doc = Document([Passage("results", "Complete healing was achieved in 24 (60.0%) of the 40 patients treated "
                                       "with PRP gel, compared with 15 (38.5%) of the 39 patients receiving standard "
                                       "care. By day 30, 2 patients in the PRP group and 5 in the standard care group "
                                       "had died.")])
    found = read(doc, "Autologous platelet-rich plasma gel", "Standard wound care", "Complete healing", "binary")
    assert events_and_sizes(found) == (24, 40, 15, 39)
    found = read(doc, "Autologous platelet-rich plasma gel", "Standard wound care", "All-cause mortality at 30 days",
                 "binary")
    assert (found.intervention.events, found.comparator.events) == (2, 5)


def test_a_change_asked_for_is_read_from_the_change_row():
    table = Table("Table 2", "Outcomes (mean, SD)", [["", "Needling (n = 57)", "Sham (n = 55)"]],
                  [["Body weight (kg)", "", ""], ["Baseline", "104.3 (17.2)", "102.9 (16.4)"],
                   ["6 months", "94.5 (15.8)", "99.3 (16.0)"], ["Change", "-9.8 (5.9)", "-3.6 (4.4)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Change in body weight from baseline to 6 months",
                 "continuous")
    assert sizes_means_sds(found) == (57, -9.8, 5.9, 55, -3.6, 4.4)
    found = read(Document([], [table]), "Needling", "Sham", "Body weight at 6 months", "continuous")
    assert sizes_means_sds(found) == (57, 94.5, 15.8, 55, 99.3, 16.0)


def test_a_pair_after_one_arm_named_as_what_the_other_is_compared_with():
    doc = Document([Passage("results", "After 12 weeks, hs-CRP was lower among treated patients than controls (3.8 ± "
                                       "2.1 vs 6.2 ± 3.4 mg/L, p = 0.003).")])
    found = read(doc, "Probiotic capsules", "No supplementation (controls)", "Serum hs-CRP at 12 weeks", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (3.8, 6.2)


def test_a_name_both_arms_share_is_the_arm_given_alone():
    doc = Document([Passage("results", "The mean daily hot flash frequency was 5.1 in the acupuncture group and 8.2 in "
                                       "the self-care group.")])
    found = read(doc, "Acupuncture plus enhanced self-care", "Enhanced self-care alone", "Hot flash frequency",
                 "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (5.1, 8.2)


def test_an_undefined_initialism_spelled_by_an_arm_s_words_names_it():
    doc = Document([Passage("results", "At 3 months, 27 of 45 patients (60%) in the ESWT group and 14 of 44 (32%) in "
                                       "the sham group rated themselves as much improved or recovered.")])
    found = read(doc, "Extracorporeal shockwave therapy", "Sham shockwave", "Treatment success (much improved or "
                 "recovered)", "binary")
    assert events_and_sizes(found) == (27, 45, 14, 44)


def test_a_dash_the_legend_calls_no_event_is_zero_events():
    table = Table("Table 5", "Adverse events (- = no event reported)", [["Adverse event", "Needling (n = 34)",
                                                                         "Sham (n = 33)"]],
                  [["Soreness", "12 (35.3%)", "3 (9.1%)"], ["Bruising", "5 (14.7%)", "-"]])
    found = read(Document([], [table]), "Dry needling", "Sham needling", "Bruising", "binary")
    assert events_and_sizes(found) == (5, 34, 0, 33)
    table = Table("Table 5", "Adverse events", table.header, table.body)  # no legend: a dash says nothing
    assert read(Document([], [table]), "Dry needling", "Sham needling", "Bruising", "binary").comparator.events is None


def test_a_dose_level_names_its_arm_and_another_level_a_third_arm():
    doc = Document([Passage("results", "Ninety patients were randomised to high-dose laser (8 J per point), low-dose "
                                       "laser (2 J per point) or placebo laser (30 per group). At the end of "
                                       "treatment, "
                                       "mean VAS pain was 2.6 ± 1.7 in the high-dose group, 3.9 ± 2.0 in the low-dose "
                                       "group and 4.4 ± 2.1 in the placebo group.")])
    found = read(doc, "Laser therapy, low dose (2 J/point)", "Placebo laser", "Pain VAS at end of treatment",
                 "continuous")
    assert sizes_means_sds(found) == (30, 3.9, 2.0, 30, 4.4, 2.1)


def test_a_change_from_baseline_row_is_no_row_at_entry():
    table = Table("Table 2", "Outcomes at week 24; values are mean (SD)",
                  [["Outcome", "Needling (n = 42)", "Sham (n = 39)"]],
                  [["HbA1c, %", "", ""], ["  Baseline", "8.21 (0.84)", "8.17 (0.80)"],
                   ["  Week 24", "7.43 (0.97)", "8.05 (1.02)"],
                   ["  Change from baseline", "−0.78 (0.91)", "−0.12 (0.88)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Change in HbA1c from baseline to week 24 (%)",
                 "continuous")
    assert sizes_means_sds(found) == (42, -0.78, 0.91, 39, -0.12, 0.88)


def test_of_list_items_naming_one_arm_the_one_naming_it_most():
    arms = [Arm.from_description("DASH diet with low sodium intake"), Arm.from_description("Control diet")]
    assert list_positions("control, DASH, low-sodium and combined DASH-low-sodium groups", arms) == {1: 0, 0: 3}


def test_a_respectively_list_of_four_arms_is_not_two_groups_of_pairs():
    doc = Document([Passage("results", "Mean (SD) changes in systolic blood pressure at 8 weeks were -3.1 (8.4), "
                                       "-7.6 (9.1), -6.2 (8.8) and -11.3 (9.6) mmHg in the control, DASH, "
                                       "low-sodium and combined DASH-low-sodium groups, respectively.")])
    found = read(doc, "DASH diet with low sodium intake", "Control diet",
                 "Change in systolic blood pressure at 8 weeks (mmHg)", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (-11.3, 9.6, -3.1)


def test_passages_are_read_in_one_normal_form_whoever_built_them():
    doc = Document([Passage("abstract", "Pain fell to a mean of −3.1 (SD 1.2) with needling and −1.4 (SD 1.1) "
                                        "with sham.")])  # as an abstract from PubMed comes, with Unicode minus signs
    found = read(doc, "Needling", "Sham", "Pain", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (-3.1, -1.4)


def test_a_difference_with_its_ci_is_no_arm_mean():
    doc = Document([Passage("results", "At 12 weeks, the mean daily hot flash frequency was 5.1 in the needling "
                                       "group and 8.2 in the sham group, an adjusted difference of -3.1 (95% CI "
                                       "-4.4 to -1.8). Hot flash score changed by -11.8 (95% CI -13.9 to -9.7) with "
                                       "needling versus -3.6 (95% CI -5.5 to -1.7) with sham.")])
    found = read(doc, "Needling", "Sham", "Hot flash frequency per 24 h at week 12", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (5.1, 8.2)


def test_a_lower_case_prefix_before_an_arm_s_acronym_names_it():
    table = Table("Table 2", "Observed scores", [["Measure", "Time", "iCBT n", "iCBT mean (SD)", "Waiting list n",
                                                  "Waiting list mean (SD)"]],
                  [["PHQ-9", "Baseline", "112", "14.6 (3.9)", "110", "14.3 (4.1)"],
                   ["PHQ-9", "Week 12", "94", "8.2 (4.7)", "99", "12.9 (5.0)"]])
    found = read(Document([], [table]), "Internet-delivered CBT", "Waiting list", "PHQ-9 score at 12 weeks",
                 "continuous")
    assert sizes_means_sds(found) == (94, 8.2, 4.7, 99, 12.9, 5.0)


def test_sizes_in_a_row_label_are_the_arms_sizes_at_that_time_point():
    table = Table("Table 3", "Scores over time, mean (SD)",
                  [["Scale / time point", "Needling (n = 75)", "Sham (n = 76)"]],
                  [["Global health status", "", ""], ["  Baseline (75 / 76)", "52.1 (19.4)", "53.0 (18.7)"],
                   ["  Week 12 (61 / 58)", "58.7 (20.2)", "50.3 (21.5)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Global health status at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (61, 58.7, 20.2, 58, 50.3, 21.5)


def test_a_dose_in_micrograms_brings_no_word_of_a_third_arm():
    doc = Document([Passage("methods", "Ninety parturients were randomly allocated to receive intrathecal bupivacaine "
                                       "10 mg alone (group B), bupivacaine with dexmedetomidine 5 µg (group BD), or "
                                       "bupivacaine with fentanyl 25 µg (group BF), 30 per group.")])
    arms = list(arms_for(doc, "Intrathecal dexmedetomidine added to bupivacaine", "Intrathecal bupivacaine alone"))
    assert group_labels(doc, arms) == {1: ["group b"], 0: ["bd"]}


def test_a_table_of_the_characteristics_of_a_block_is_a_table_of_outcomes():
    table = Table("Table 2", "Characteristics of spinal block (mean ± SD)",
                  [["Variable", "Needling (n = 30)", "Sham (n = 30)"]],
                  [["Time to first rescue analgesia, min", "348.2 ± 51.6", "186.4 ± 32.7"]])
    found = read(Document([], [table]), "Needling", "Sham", "Time to first rescue analgesia (min)", "continuous")
    assert sizes_means_sds(found) == (30, 348.2, 51.6, 30, 186.4, 32.7)


def test_a_respectively_list_before_another_outcome_s_list_and_a_score_category_written_as_a_fraction():
    doc = Document([Passage("results", "A total of 738 patients were randomised to needling 300 mg (n = 245), "
                                       "needling 150 mg (n = 247) or placebo (n = 246). At week 12, PASI 75 responses "
                                       "were achieved by 81.6%, 71.7% and 4.5% of patients in the needling 300 mg, "
                                       "150 mg and placebo groups, respectively (p < 0.001); IGA 0/1 responses were "
                                       "65.3%, 51.0% and 2.0%.")])
    found = read(doc, "Needling 300 mg", "Placebo", "PASI 75 response at week 12", "binary")
    assert events_and_sizes(found) == (200, 245, 11, 246)


def test_counts_with_shares_set_against_each_other_naming_no_arm_follow_the_arms_introduction():
    doc = Document([Passage("results", "A total of 240 patients were randomised to colchicine (n = 120) or placebo "
                                       "(n = 120). Postoperative atrial fibrillation (POAF) occurred in 18 patients "
                                       "(15.0%) versus 31 (25.8%) (p = 0.04).")])
    found = read(doc, "Colchicine", "Placebo", "Postoperative atrial fibrillation", "binary")
    assert events_and_sizes(found) == (18, 120, 31, 120)


def test_a_procedure_is_named_by_its_device_and_its_adjective():
    doc = Document([Passage("results", "First-attempt intubation success was achieved in 94 of 101 patients (93.1%) "
                                       "with the videolaryngoscope versus 81 of 99 (81.8%) with direct laryngoscopy.")])
    found = read(doc, "Videolaryngoscopy (C-MAC)", "Direct laryngoscopy", "First-attempt intubation success",
                 "binary")
    assert events_and_sizes(found) == (94, 101, 81, 99)
    assert Arm.from_description("Laparoscopy").score("the laparoscopic group") > 0
    stimulator = Arm.from_description("Nerve stimulator-guided block")
    assert stimulator.score("Nerve stimulation") > Arm.from_description("Ultrasound-guided nerve block").score(
        "Nerve stimulation")


def test_an_outcome_noun_is_named_by_its_verb():
    table = Table("Table 2", "Programme exit outcomes", [["Outcome", "Needling (n = 401)", "Sham (n = 398)"]],
                  [["Recovered, n (%)", "296 (73.8)", "301 (75.6)"], ["Died, n (%)", "9 (2.2)", "11 (2.8)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Recovery from severe acute malnutrition", "binary")
    assert events_and_sizes(found) == (296, 401, 301, 398)
    text = "By 52 weeks, 11 of the 42 needling patients (26%) and 24 of the 42 sham patients (57%) had relapsed."
    found = read(Document([Passage("results", text)]), "Needling", "Sham", "Relapse within 52 weeks", "binary")
    assert events_and_sizes(found) == (11, 42, 24, 42)


@pytest.mark.parametrize("text, comparator, expected", [
    ("Preterm birth occurred in 11/127 (8.7%) women with a pessary and 24/126 (19.0%) managed expectantly.",
     "Expectant management", (11, 127, 24, 126)),  # each value followed by its arm's name, the second in other words
    ("Preterm birth occurred in 11/127 (8.7%) women with a pessary and in 24/126 (19.0%) with no pessary.",
     "Expectant management", (None, None, None, None)),  # named by the first arm's words: not the other arm
    ("Preterm birth was seen in 11/127 (8.7%) cases and aberrant vessels in 24/126 (19.0%) patients.",
     "Stentless cases", (None, None, None, None)),  # 'cases' is a word for people, not the arm's name
])
def test_two_values_each_followed_by_its_arm_one_named_in_other_words(text, comparator, expected):
    found = read(Document([Passage("results", text)]), "Cervical pessary", comparator, "Spontaneous preterm birth",
                 "binary")
    assert events_and_sizes(found) == expected


@pytest.mark.parametrize("text", [
    "Of 450 patients who were randomised (needling 226; sham 224), 30-day follow-up was completed in 214 and 209 "
    "patients.",
    "Of 450 patients who were randomised (needling 226; sham 224), 214 and 209 attended the 30-day examination.",
])
def test_a_pair_of_analysed_sizes_after_the_arms_bracketed_allocation(text):
    doc = Document([Passage("results", text)])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == {0: 214, 1: 209}


def test_an_evaluable_n_column_beside_count_columns_gives_the_arm_rows_sizes():
    table = Table("Table 2", "Outcomes in the evaluable population",
                  [["Treatment", "Evaluable, n", "Cure day 14, n (%)", "Cure day 28, n (%)"]],
                  [["Needling", "241", "188 (78.0)", "158 (65.6)"], ["Sham", "238", "204 (85.7)", "181 (76.1)"]])
    doc = Document([Passage("results", "Women were randomised to needling (n = 258) or sham (n = 255).")], [table])
    found = read(doc, "Needling", "Sham", "Clinical cure at day 28", "binary")
    assert events_and_sizes(found) == (158, 241, 181, 238)


def test_sizes_of_those_analysed_for_the_outcome_asked_beat_the_trial_s():
    doc = Document([Passage("abstract", "Fifty-seven subjects were assessed for colonic transit time (CTT) "
                                        "(placebo, n = 28; RMD, n = 29)."),
                    Passage("results", "Thus, a total of 66 subjects were analysed, 33 in each study group. Stool "
                                       "volume was 2.1 ± 0.4 in the RMD group and 1.8 ± 0.5 in the placebo group.")],
                   [Table("Table 2", "Colonic transit time (h)", [["Segment", "RMD", "Placebo"]],
                          [["Total colon", "39.7 ± 22.3", "48.0 ± 25.0"]])])
    found = read(doc, "Digestion-resistant maltodextrin (RMD)", "Placebo", "Colonic transit time", "continuous")
    assert sizes_means_sds(found) == (29, 39.7, 22.3, 28, 48.0, 25.0)
    found = read(doc, "Digestion-resistant maltodextrin (RMD)", "Placebo", "Stool volume", "continuous")
    assert sizes_means_sds(found) == (33, 2.1, 0.4, 33, 1.8, 0.5)


def test_a_share_before_its_count_of_the_group_in_brackets():
    table = Table("Table 2", "Day-90 outcomes", [["Outcome", "Needling", "Sham", "Risk difference, % (95% CI)"]],
                  [["Clinical failure (composite)", "8.9 (15/168)", "9.9 (17/171)", "−1.0 (−7.2 to 5.2)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Clinical failure at 90 days", "binary")
    assert events_and_sizes(found) == (15, 168, 17, 171)


def test_of_two_size_columns_beside_arm_rows_the_one_of_those_assessed():
    table = Table("Table 2", "Adherence at 12 months", [["Group", "Randomised, n", "Assessed at 12 months, n",
                                                         "Adherent, n (%)"]],
                  [["Needling", "300", "281", "242 (86.1)"], ["Sham", "298", "276", "179 (64.9)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Adherence at 12 months", "binary")
    assert events_and_sizes(found) == (242, 281, 179, 276)


def test_a_value_restated_in_other_units_is_set_aside_and_sizes_available_for_the_outcome_taken():
    doc = Document([Passage("results", "Of 124 patients randomised, 118 received study drug (safety population: "
                                       "needling 60, sham 58). At week 12, serum phosphate was available for 58 "
                                       "patients receiving needling and 55 receiving sham. At week 12, serum phosphate "
                                       "was 5.1 ± 1.2 mg/dL (1.65 ± 0.39 mmol/L) with needling and 5.4 ± 1.3 mg/dL "
                                       "(1.74 ± 0.42 mmol/L) with sham (p = 0.21).")])
    found = read(doc, "Needling", "Sham", "Serum phosphate at week 12 (mg/dL)", "continuous")
    assert sizes_means_sds(found) == (58, 5.1, 1.2, 55, 5.4, 1.3)


def test_values_from_one_to_another_with_a_unit_between_and_an_abbreviation_defined_with_its_unit():
    doc = Document([Passage("methods", "Pain-free grip strength (PFGS, kg, dynamometer) was assessed at 12 weeks."),
                    Passage("results", "PFGS improved from 18.4 ± 6.2 kg to 29.7 ± 7.1 kg in the needling group and "
                                       "from 19.1 ± 5.8 kg to 26.0 ± 6.9 kg in the sham group (p = 0.058).")])
    found = read(doc, "Needling", "Sham", "Pain-free grip strength at 12 weeks", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (29.7, 7.1, 26.0)


def test_values_per_time_point_listed_per_arm_from_baseline_on():
    doc = Document([Passage("results", "Mean (SD) headache days per 4 weeks in the needling group were 14.2 (6.1), "
                                       "8.3 (5.6) and 7.1 (5.9) at baseline, 8 weeks and 26 weeks, respectively, "
                                       "compared with 13.8 (5.7), 11.0 (6.4) and 10.2 (6.8) in the sham group.")])
    found = read(doc, "Needling", "Sham", "Headache frequency at 26 weeks", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (7.1, 5.9, 10.2)
    found = read(doc, "Needling", "Sham", "Headache frequency at 8 weeks", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (8.3, 11.0)


def test_a_column_of_values_at_entry_beside_arm_rows_is_not_the_outcome_s():
    table = Table("Table 2", "Office blood pressure (mean ± SD). SBP, systolic blood pressure",
                  [["Group", "n", "Baseline SBP (mmHg)", "12-week SBP (mmHg)"]],
                  [["Needling", "74", "142.6 ± 11.8", "134.9 ± 12.4"], ["Sham", "72", "141.9 ± 12.3", "139.8 ± 13.1"]])
    found = read(Document([], [table]), "Needling", "Sham", "Systolic blood pressure at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (74, 134.9, 12.4, 72, 139.8, 13.1)


@pytest.mark.parametrize("caption, cells", [("Percentage of participants reporting success", ("58.7", "40.4")),
                                            ("Treatment success (percentage of women unless otherwise indicated)",
                                             ("58.7", "40.4")),
                                            ("Treatment success (% of patients)", ("58.7", "40.4")),
                                            ("Treatment success", ("58.7%", "40.4%"))])  # cells saying so
def test_a_caption_of_percentages_of_participants_and_fallers_named_by_falls(caption, cells):
    table = Table("Table 2", caption, [["Time point", "Needling (n = 46)", "Sham (n = 47)"]],
                  [["3 weeks", "30.4", "19.1"], ["6 weeks", *cells]])
    found = read(Document([], [table]), "Needling", "Sham", "Treatment success at 6 weeks", "binary")
    assert events_and_sizes(found) == (27, 46, 19, 47)
    doc = Document([Passage("results", "Falls were reported by 38 of 172 participants (22.1%) in the needling group "
                                       "and 56 of 168 (33.3%) in the sham group.")])
    assert events_and_sizes(read(doc, "Needling", "Sham", "Fallers over 12 months", "binary")) == (38, 172, 56, 168)


def test_a_caption_naming_a_change_from_baseline_is_no_table_of_the_groups_at_entry():
    table = Table("Table 3", "Responders by reduction in headache frequency from baseline, n/N (%)",
                  [["Outcome", "7 weeks", "", "12 months", ""], ["", "Needling", "Sham", "Needling", "Sham"]],
                  [["≥50% reduction in headache frequency", "36/48 (75.0)", "18/47 (38.3)", "31/44 (70.5)",
                    "16/43 (37.2)"]])
    found = read(Document([], [table]), "Needling", "Sham", "≥50% reduction in headache frequency at 12 months",
                 "binary")
    assert events_and_sizes(found) == (31, 44, 16, 43)


@pytest.mark.parametrize("arms, cells, expected", [
    (["Needling", "Sham"], ["8 weeks", "122", "71.3", "121", "39.7"], (87, 122, 48, 121)),  # those assessed
    (["Needling (n = 50)", "Sham (n = 50)"], ["8 weeks", "4", "8.0", "13", "26.0"], (4, 50, 13, 50)),  # events
])
def test_an_n_column_beside_a_share_column_is_the_events_or_those_assessed_as_the_share_says(arms, cells, expected):
    table = Table("Table 2", "Patients reporting recovery", [["Time point", arms[0], "", arms[1], ""],
                                                            ["", "n", "Recovered, %", "n", "Recovered, %"]], [cells])
    found = read(Document([], [table]), "Needling", "Sham", "Recovery at 8 weeks", "binary")
    assert events_and_sizes(found) == expected


def test_patients_with_an_event_not_the_total_events():
    table = Table("Table 3", "Hospitalisations during 12 months",
                  [["Outcome", "Needling (n = 302)", "", "Sham (n = 298)", ""],
                   ["", "Patients with ≥1 event, n (%)", "Total events", "Patients with ≥1 event, n (%)",
                    "Total events"]],
                  [["Hospitalisation for heart failure", "48 (15.9)", "73", "67 (22.5)", "104"]])
    found = read(Document([], [table]), "Needling", "Sham", "Hospitalisation for heart failure", "binary")
    assert events_and_sizes(found) == (48, 302, 67, 298)


def test_a_hyphenated_word_of_the_outcome_is_named_by_its_parts():
    table = Table("Table 2", "Strength outcomes, mean (SD)",
                  [["", "Needling (n = 14)", "", "Sham (n = 14)", ""],
                   ["Outcome", "Baseline", "12 weeks", "Baseline", "12 weeks"]],
                  [["Peak torque, involved limb (Nm)", "118.6 (34.2)", "156.3 (37.9)", "121.4 (36.8)", "149.0 (40.5)"],
                   ["Peak torque, uninvolved limb (Nm)", "198.2 (41.5)", "204.7 (43.1)", "201.9 (39.8)",
                    "209.3 (42.6)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Involved-limb knee extensor peak torque at 12 weeks",
                 "continuous")
    assert sizes_means_sds(found) == (14, 156.3, 37.9, 14, 149.0, 40.5)


@pytest.mark.parametrize("outcome, expected", [("Eradication rate in ITT", (71, 85, 72, 84)),
                                               ("Eradication rate in PP", (71, 81, 72, 81))])
def test_counts_one_sentence_per_arm_gives_for_a_list_of_analyses(outcome, expected):
    doc = Document([Passage("results", "The 1-week group achieved 83.5% (71/85) and 87.7% (71/81) eradication rates "
                                       "in the intention to treat (ITT) and per-protocol (PP) analyses, respectively. "
                                       "The 2-week group obtained 85.7% (72/84) and 88.9% (72/81) eradication rate in "
                                       "the ITT and PP analyses, respectively.")])
    found = read(doc, "1-week quadruple therapy", "2-week quadruple therapy", outcome, "binary")
    assert events_and_sizes(found) == expected


def test_a_heading_row_with_the_arms_sizes_gives_the_rows_below_it_their_sizes():
    table = Table("Table 2", "Maternal and neonatal outcomes",
                  [["Outcome", "Needling (n = 212)", "Sham (n = 208)"]],
                  [["Preeclampsia, n (%)", "15 (7.1)", "27 (13.0)"],
                   ["Neonatal outcomes (live births)", "n = 209", "n = 204"],
                   ["  Birth weight, g, mean ± SD", "3012 ± 541", "2897 ± 588"]])
    found = read(Document([], [table]), "Needling", "Sham", "Birth weight", "continuous")
    assert sizes_means_sds(found) == (209, 3012, 541, 204, 2897, 588)
    assert events_and_sizes(read(Document([], [table]), "Needling", "Sham", "Preeclampsia", "binary")) == \
        (15, 212, 27, 208)


def test_a_measure_with_a_number_in_its_name_written_as_one_word_either_way_round():
    doc = Document([Passage("results", "VO2peak increased from 17.9 (4.1) to 20.6 (4.4) mL/kg/min with needling and "
                                       "from 18.3 (3.8) to 19.2 (4.0) mL/kg/min with sham.")])
    found = read(doc, "Needling", "Sham", "Peak VO2 at 12 weeks", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (20.6, 4.4, 19.2)


def test_arms_of_durations_are_named_by_their_courses():
    text = ("Clinical cure was achieved in 171 of 203 patients (84.2%) in the 7-day group and 168 of 201 (83.6%) in "
            "the 14-day group.")
    found = read(Document([Passage("results", text)]), "Antibiotic therapy for 7 days",
                 "Antibiotic therapy for 14 days", "Clinical cure", "binary")
    assert events_and_sizes(found) == (171, 203, 168, 201)


def test_a_sentence_about_another_analysis_set_gives_no_values():
    doc = Document([Passage("results", "In the ITT population, clinical cure was achieved in 186/245 women in the "
                                       "3-day arm and 198/247 in the 7-day arm.")],
                   [Table("Table 2", "Outcomes at the test-of-cure visit, per-protocol population",
                          [["Outcome", "3-day (n = 221)", "7-day (n = 226)"]],
                          [["Clinical cure, n (%)", "179 (81.0)", "192 (85.0)"]])])
    found = read(doc, "Pivmecillinam for 3 days", "Pivmecillinam for 7 days",
                 "Clinical cure, per-protocol population", "binary")
    assert events_and_sizes(found) == (179, 221, 192, 226)


@pytest.mark.parametrize("text, expected", [
    ("At 2 years, no recurrence was observed in 34 of the 40 patients in the mesh group, compared with 29 of the 41 "
     "patients in the suture group.", (6, 40, 12, 41)),
    ("At 2 years, 34 of the 40 patients in the mesh group and 29 of the 41 in the suture group remained free of "
     "recurrence.", (6, 40, 12, 41)),
    ("At 2 years, recurrence was seen in 6 of the 40 patients in the mesh group and 12 of the 41 in the suture "
     "group; no recurrence occurred after 1 year.", (6, 40, 12, 41)),  # named un-negated too: counts with it
])
def test_counts_of_those_without_the_outcome_are_turned_round(text, expected):
    found = read(Document([Passage("results", text)]), "Mesh repair", "Suture repair", "Hernia recurrence at 2 years",
                 "binary")
    assert events_and_sizes(found) == expected


def test_a_cut_off_in_days_is_no_follow_up_time():
    table = Table("Table 3", "Outcomes. Values are percentages of patients", [["Outcome", "SSD (n = 138)",
                                                                              "Standard (n = 141)"]],
                  [["VAP (any)", "13.8", "24.8"], ["Early-onset VAP (≤ 5 days)", "5.1", "12.8"],
                   ["Late-onset VAP (> 5 days)", "8.7", "12.1"]])
    doc = Document([Passage("results", "Ventilator-associated pneumonia (VAP) was less frequent with SSD.")], [table])
    found = read(doc, "Subglottic secretion drainage (SSD)", "Standard tube", "Ventilator-associated pneumonia",
                 "binary")
    assert events_and_sizes(found) == (19, 138, 35, 141)


@pytest.mark.parametrize("text, expected", [
    ("Relapse occurred in 27% of needling participants and 45% of sham participants (n = 24 and 41, respectively).",
     (24, 89, 41, 91)),  # the bracket's own list is 'respectively'; the shares go to the arms they stand by
    ("Relapse rates (sham versus needling, respectively) were 45% and 27%.", (24, 89, 41, 91)),
])
def test_a_respectively_inside_a_bracket_orders_what_the_bracket_lists(text, expected):
    doc = Document([Passage("results", "Of 186 randomised, 89 in the needling group and 91 in the sham group were "
                                       "analysed. " + text)])
    assert events_and_sizes(read(doc, "Needling", "Sham", "Relapse", "binary")) == expected


def test_event_counts_in_words_tied_to_arms_by_what_patients_had_received():
    text = ("Surgical wound infection was diagnosed in seven patients who had received cefazolin and in nine patients "
            "in the control group (p = 0.58).")
    found = read(Document([Passage("results", text)]), "Cefazolin prophylaxis", "No antibiotic prophylaxis",
                 "Surgical wound infection", "binary")
    assert (found.intervention.events, found.comparator.events) == (7, 9)


def test_grade_3_or_higher_adds_up_the_grades_the_table_has():
    doc = Document([Passage("results", "Among 268 treated patients in the needling group and 254 in the sham group, "
                                       "adverse events of any grade were reported in 69.0% and 88.2%, respectively.")],
                   [Table("Table 3", "Patients with adverse events by worst grade, n (%)",
                          [["Worst grade", "Needling (n = 268)", "Sham (n = 254)"]],
                          [["Grade 1-2", "157 (58.6)", "86 (33.9)"], ["Grade 3", "23 (8.6)", "61 (24.0)"],
                           ["Grade 4", "5 (1.9)", "74 (29.1)"], ["Any grade", "185 (69.0)", "224 (88.2)"]])])
    found = read(doc, "Needling", "Sham", "Adverse events of grade 3 or higher", "binary")
    assert events_and_sizes(found) == (28, 268, 135, 254)
    assert "categories added up" in found.flags


def test_a_row_at_another_time_earns_no_follow_up_bonus():
    table = Table("Table 2", "Response and remission after infusion, n (%)",
                  [["", "Ketamine (n = 48)", "Midazolam (n = 23)"]],
                  [["Response, 24 h", "31 (64.6)", "8 (34.8)"], ["Remission, 24 h", "18 (37.5)", "4 (17.4)"],
                   ["Response, day 7", "22 (45.8)", "4 (17.4)"]])
    found = read(Document([], [table]), "Ketamine infusion", "Midazolam infusion", "Response at 24 hours", "binary")
    assert events_and_sizes(found) == (31, 48, 8, 23)


def test_an_n_column_beside_an_outcome_with_its_own_counts_gives_the_sizes():
    table = Table("Table 2", "Emergence characteristics by group",
                  [["Group", "n", "Emergence agitation, n (%)", "Peak PAED score, mean (SD)"]],
                  [["Group P", "46", "7 (15.2)", "6.4 (3.9)"], ["Group S", "48", "22 (45.8)", "10.7 (4.6)"]])
    doc = Document([Passage("methods", "Children were assigned to propofol (Group P) or sevoflurane (Group S).")],
                   [table])
    found = read(doc, "Propofol maintenance", "Sevoflurane maintenance", "Emergence agitation", "binary")
    assert events_and_sizes(found) == (7, 46, 22, 48)


def test_a_placebo_comparator_is_named_by_saline():
    doc = Document([Passage("results", "Eighty patients were randomised to a dexmedetomidine infusion or an equal "
                                       "volume of 0.9% saline. One patient in the saline group was excluded, leaving "
                                       "40 and 39 patients for analysis. Morphine consumption was 18.4 (SD 6.2) mg in "
                                       "the dexmedetomidine group and 27.9 (SD 8.1) mg in the saline group.")])
    found = read(doc, "Dexmedetomidine", "Placebo", "Morphine consumption", "continuous")
    assert sizes_means_sds(found) == (40, 18.4, 6.2, 39, 27.9, 8.1)


def test_a_placebo_group_labelled_by_its_saline_among_three_groups():
    doc = Document([Passage("methods", "Patients were assigned to Group K (ketamine 0.5 mg/kg), Group M (magnesium "
                                       "30 mg/kg) or Group C (equal volume of normal saline).")],
                   [Table("Table 3", "Pain scores (VAS), mean (SD)", [["Group", "n", "30 min", "2 h"]],
                          [["Group K", "35", "3.4 (1.3)", "3.1 (1.2)"], ["Group M", "35", "3.7 (1.4)", "4.1 (1.5)"],
                           ["Group C", "34", "5.2 (1.6)", "4.6 (1.5)"]])])
    found = read(doc, "Ketamine", "Placebo", "Postoperative pain (VAS) at 2 h", "continuous")
    assert sizes_means_sds(found) == (35, 3.1, 1.2, 34, 4.6, 1.5)


def test_a_change_asked_of_arm_rows_is_read_in_the_change_column():
    table = Table("Table 2", "WOMAC scores at baseline and 12 weeks and change from baseline, mean (SD)",
                  [["Outcome", "Group", "n", "Baseline", "12 weeks", "Change"]],
                  [["WOMAC function", "Needling", "48", "38.2 (10.5)", "26.7 (11.2)", "-11.5 (8.9)"],
                   ["WOMAC function", "Sham", "47", "37.6 (9.8)", "33.9 (10.6)", "-3.7 (7.6)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Change in WOMAC function from baseline to 12 weeks",
                 "continuous")
    assert sizes_means_sds(found) == (48, -11.5, 8.9, 47, -3.7, 7.6)


def test_a_comma_inside_a_value_breaks_no_clause():
    doc = Document([Passage("results", "Immediately after treatment, PPT was mean 3.2, SD 1.1 kg/cm² with dry "
                                       "needling versus mean 2.6, SD 0.9 kg/cm² with sham (p = 0.04).")])
    found = read(doc, "Dry needling", "Sham needling", "Pressure pain threshold", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (3.2, 1.1, 2.6)


def test_arm_columns_at_two_times_and_a_caption_giving_the_sd_of_values_and_the_se_of_a_difference():
    table = Table("Table 2", "Outcomes. Observed values are mean (SD); the adjusted difference is the estimate (SE)",
                  [["Outcome", "HIIT baseline", "HIIT 12 weeks", "MICT baseline", "MICT 12 weeks",
                    "Adjusted difference (SE)"]],
                  [["VO2peak, mL/kg/min", "22.6 (5.1)", "26.5 (5.8)", "22.9 (4.8)", "25.2 (5.3)", "1.5 (0.5)"]])
    doc = Document([Passage("results", "Patients were randomised to high-intensity interval training (HIIT, n = 45) "
                                       "or moderate-intensity continuous training (MICT, n = 45).")], [table])
    found = read(doc, "High-intensity interval training", "Moderate-intensity continuous training",
                 "VO2peak at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (45, 26.5, 5.8, 45, 25.2, 5.3)


@pytest.mark.parametrize("text, outcome, expected", [
    ("Mouth pain scores before the rinse were comparable (needling: M = 6.4, SD = 1.7; sham: M = 6.3, SD = 1.8). At 30 "
     "minutes after rinsing, scores were M = 4.1, SD = 2.9 in the needling group and M = 5.2, SD = 2.6 in the sham "
     "group.", "Mouth pain score 30 minutes after rinse", (4.1, 2.9, 5.2)),  # before the rinse is at entry
    ("Fugl-Meyer Assessment upper-extremity (FMA-UE) scores at baseline were 24.6 (SD 10.8) for needling and 25.1 "
     "(SD 11.4) for sham. After 4 weeks, FMA-UE scores were 36.9 (SD 12.3) and 30.2 (SD 12.9), respectively.",
     "Upper-extremity motor function (Fugl-Meyer) at 4 weeks", (36.9, 12.3, 30.2)),
])
def test_a_sentence_going_on_about_scores_at_entry_gives_the_follow_up(text, outcome, expected):
    found = read(Document([Passage("results", text)]), "Needling", "Sham", outcome, "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == expected


def test_time_columns_named_by_codes_the_caption_defines():
    table = Table("Table 2", "Pain (VAS, mean ± SD). T0 = baseline; T1 = end of treatment; T2 = 1 month after "
                  "treatment; T3 = 3 months after treatment.", [["Group", "T0", "T1", "T2", "T3"]],
                  [["Dry needling", "7.0 ± 1.1", "3.9 ± 1.5", "3.1 ± 1.4", "2.7 ± 1.6"],
                   ["Sham needling", "6.8 ± 1.3", "4.6 ± 1.6", "4.0 ± 1.8", "3.7 ± 1.9"]])
    doc = Document([Passage("results", "Thirty patients were randomised, 15 to each group.")], [table])
    found = read(doc, "Dry needling", "Sham needling", "Pain intensity at 1 month after treatment", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean) == (3.1, 1.4, 4.0)  # not T3's


def test_arm_columns_at_times_written_in_short():
    table = Table("Table 3", "Secondary outcomes (mean, SD)",
                  [["Outcome", "Dry needling, 3 mo", "Sham, 3 mo", "Dry needling, 6 mo", "Sham, 6 mo"]],
                  [["JFLS-8", "2.2 (1.4)", "2.8 (1.6)", "1.7 (1.3)", "2.5 (1.7)"]])
    doc = Document([Passage("results", "Sixty patients were randomised, 30 to each group.")], [table])
    found = read(doc, "Dry needling", "Sham needling", "JFLS-8 at 6 months", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (1.7, 2.5)  # not the 3-month columns


def test_a_cell_restating_its_mean_in_other_units_in_brackets():
    table = Table("Table 2", "Clinical outcomes. Values are mean (SD)",
                  [["Outcome", "Needling baseline (n = 120)", "Needling 12 months (n = 108)", "Sham baseline (n = 120)",
                    "Sham 12 months (n = 111)"]],
                  [["HbA1c, % [mmol/mol]", "8.6 (1.3) [70 (14)]", "7.7 (1.1) [61 (12)]", "8.5 (1.2) [69 (13)]",
                    "8.1 (1.2) [65 (13)]"], ["Weight, kg", "89.4 (16.2)", "87.1 (15.8)", "88.7 (15.5)", "88.5 (15.9)"]])
    found = read(Document([], [table]), "Needling", "Sham", "HbA1c (%) at 12 months", "continuous")
    assert sizes_means_sds(found) == (108, 7.7, 1.1, 111, 8.1, 1.2)


def test_an_abbreviation_defined_with_a_dose_after_it_names_its_arm_among_three():
    doc = Document([Passage("results", "Patients were randomised to intravenous tranexamic acid (IV-TXA, 15 mg/kg, "
                                       "n = 50), topical tranexamic acid (T-TXA, 2 g intra-articular, n = 50) or no "
                                       "tranexamic acid (control, n = 50).")],
                   [Table("Table 2", "Blood loss (mean ± SD)",
                          [["Outcome", "IV-TXA (n = 49)", "T-TXA (n = 48)", "Control (n = 50)"]],
                          [["Total blood loss, mL", "812 ± 264", "868 ± 291", "1274 ± 356"]])])
    found = read(doc, "Topical tranexamic acid", "No tranexamic acid", "Total blood loss (mL)", "continuous")
    assert sizes_means_sds(found) == (48, 868, 291, 50, 1274, 356)


def test_a_row_set_in_under_a_row_with_values_is_one_kind_of_it():
    table = Table("Table 4", "Wound complications within 30 days",
                  [["", "Needling (n = 212)", "Sham (n = 209)"]],
                  [["Any surgical site infection", "24 (11.3%)", "37 (17.7%)"],
                   ["   Superficial incisional", "17 (8.0%)", "25 (12.0%)"],
                   ["   Deep incisional", "5 (2.4%)", "8 (3.8%)"],
                   ["Anastomotic leak", "9 (4.2%)", "17 (8.1%)"], ["   Grade C (reoperation)", "2 (0.9%)", "5 (2.4%)"]])
    doc = Document([], [table])
    found = read(doc, "Needling", "Sham", "Deep incisional surgical site infection at 30 days", "binary")
    assert events_and_sizes(found) == (5, 212, 8, 209)
    found = read(doc, "Needling", "Sham", "Anastomotic leak (any grade)", "binary")  # not a row naming more
    assert events_and_sizes(found) == (9, 212, 17, 209)


def test_words_a_negation_takes_away_name_no_arm():
    doc = Document([Passage("results", "Patients were randomised to prophylactic 10% urea cream (n = 85) or best "
                                       "supportive care without urea cream (n = 88). Any-grade hand-foot skin reaction "
                                       "occurred in 56 patients receiving urea cream and in 66 receiving best "
                                       "supportive care.")])
    found = read(doc, "Prophylactic urea cream", "Best supportive care", "Any-grade hand-foot skin reaction", "binary")
    assert events_and_sizes(found) == (56, 85, 66, 88)


def test_of_two_outcomes_counted_in_one_sentence_the_clause_naming_the_one_asked():
    doc = Document([Passage("results", "Women were randomised to early amniotomy or standard care; 156 and 155 women, "
                                       "respectively, were analysed. Chorioamnionitis was diagnosed in 11 and 9 women, "
                                       "respectively, and postpartum endometritis in 3 and 2.")])
    found = read(doc, "Early amniotomy", "Standard care", "Chorioamnionitis", "binary")
    assert events_and_sizes(found) == (11, 156, 9, 155)


def test_a_no_x_comparator_is_named_without_a_x():
    doc = Document([Passage("results", "Seroma requiring aspiration was noted in 5 (6.3%) of 79 patients with a drain "
                                       "and in 12 (15.4%) of 78 patients without a drain.")])
    found = read(doc, "Closed suction drain", "No drain", "Seroma requiring aspiration", "binary")
    assert events_and_sizes(found) == (5, 79, 12, 78)


@pytest.mark.parametrize("text, expected", [
    ("Severe diarrhoea was reported in 8 needling-treated and 20 sham-treated patients, out of 121 and 125 patients, "
     "respectively.", (8, 121, 20, 125)),
    ("Severe diarrhoea was reported in 20 sham-treated and 8 needling-treated patients, out of 125 and 121 patients, "
     "respectively.", (8, 121, 20, 125)),  # in the order the counts stand
])
def test_denominators_listed_after_counts_tied_to_arms(text, expected):
    found = read(Document([Passage("results", text)]), "Needling", "Sham", "Severe diarrhoea", "binary")
    assert events_and_sizes(found) == expected


def test_values_each_followed_by_its_group_letter():
    doc = Document([Passage("methods", "Children were randomised to ketamine 0.15 mg/kg (K), dexmedetomidine 0.5 µg/kg "
                                       "(D) or saline (S)."),
                    Passage("results", "Emergence agitation occurred in 8/42 (K), 5/43 (D) and 17/41 (S) children.")])
    found = read(doc, "Dexmedetomidine", "Saline", "Emergence agitation", "binary")
    assert events_and_sizes(found) == (5, 43, 17, 41)


def test_an_intravenous_arm_is_named_by_iv():
    table = Table("Table 2", "Ferritin (µg/L), mean ± SD", [["", "IV iron", "Oral iron"]],
                  [["Week 6", "131.4 ± 55.2", "31.9 ± 20.6"]])
    found = read(Document([], [table]), "Intravenous ferric derisomaltose", "Oral ferrous fumarate",
                 "Ferritin at week 6", "continuous")
    assert found.intervention.mean == 131.4 and found.comparator.mean == 31.9


def test_a_one_word_outcome_and_its_abbreviation_name_the_sizes_analysed_for_it():
    doc = Document([Passage("results", "We randomised 150 women with anaemia after birth to needling (n = 76) or sham "
                                       "(n = 74). Haemoglobin (Hb) was measured weekly. Hb at 6 weeks was available "
                                       "for 70 and 69 women, respectively."),
                    Passage("results", "Mean Hb at 6 weeks was 12.3 g/dL (SD 0.9) after needling and 11.6 g/dL "
                                       "(SD 1.1) after sham.")])
    found = read(doc, "Needling", "Sham", "Haemoglobin at 6 weeks", "continuous")
    assert sizes_means_sds(found) == (70, 12.3, 0.9, 69, 11.6, 1.1)


def test_a_list_inside_an_instrument_name_is_no_list_of_outcomes_given_arm_by_arm():
    doc = Document([Passage("results", "At 8 weeks, the mean Hospital Anxiety and Depression Scale anxiety score was "
                                       "5.9 (SD 3.1) in the needling group and 7.7 (SD 3.6) in the sham group; the "
                                       "depression scores were 4.4 (SD 2.8) and 5.2 (SD 3.0).")])
    found = read(doc, "Needling", "Sham", "Anxiety (HADS) at 8 weeks", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (5.9, 7.7)


def test_a_count_in_brackets_after_a_mean_and_sd_is_the_rows_size():
    table = Table("Table 3", "Pressure pain threshold (kg/cm²), mean ± SD (number assessed)",
                  [["Visit", "Needling", "Sham"]],
                  [["Baseline", "2.4 ± 0.8 (40)", "2.5 ± 0.9 (40)"], ["Week 6", "3.6 ± 1.0 (37)", "2.9 ± 0.9 (35)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Pressure pain threshold at week 6", "continuous")
    assert sizes_means_sds(found) == (37, 3.6, 1.0, 35, 2.9, 0.9)


def test_a_dose_is_named_with_or_without_a_space_before_its_unit():
    doc = Document([Passage("results", "Mean cleansing scores were 6.8 (1.2) with 1L-SOL and 7.1 (1.3) with 3L-SOL.")])
    found = read(doc, "Low-volume (1 L) solution", "Standard-volume (3 L) solution", "Cleansing score", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (6.8, 7.1)


def test_counts_of_those_left_out_are_no_events_unless_left_out_for_the_outcome():
    doc = Document([Passage("results", "Of 160 patients randomised (80 per group), surgery was cancelled in 4 needling "
                                       "and 2 sham patients, who were excluded, leaving 76 and 78 patients. "
                                       "Postoperative wound infection lasting over 2 days occurred in 9 and 15 "
                                       "patients, respectively (11.8% vs 19.2%; p = 0.2).")])
    found = read(doc, "Needling", "Sham", "New-onset wound infection after surgery", "binary")
    assert events_and_sizes(found) == (9, 76, 15, 78)
    doc = Document([Passage("results", "Eighty patients were randomised (needling 40, sham 40). Five patients in the "
                                       "needling group and two in the sham group withdrew as a result of adverse "
                                       "events.")])
    found = read(doc, "Needling", "Sham", "Withdrawal due to adverse events", "binary")
    assert (found.intervention.events, found.comparator.events) == (5, 2)


def test_counts_in_the_column_naming_the_outcome_next_best_when_the_best_holds_none():
    table = Table("Table 3", "Outcomes at 12 weeks",
                  [["Group", "Patients examined", "Post-needling soreness score, mean ± SD", "Analgesic use"]],
                  [["Needling", "58", "3.1 ± 1.9", "9 (15.5%)"], ["Sham", "57", "1.2 ± 1.0", "4 (7.0%)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Analgesic use for post-needling soreness", "binary")
    assert events_and_sizes(found) == (9, 58, 4, 57)


def test_a_share_with_its_count_after_it():
    doc = Document([Passage("results", "Pain relief at week 4 was reported by 61.7% (37) of needled patients and 30.0% "
                                       "(18) of sham patients (p < 0.001).")])
    found = read(doc, "Needling", "Sham", "Pain relief at week 4", "binary")
    assert (found.intervention.events, found.comparator.events) == (37, 18)


def test_an_abbreviation_with_a_slash_and_a_noun_after_it():
    doc = Document([Passage("methods", "Patients were randomised to lidocaine plus prilocaine cream (Lid/Pri cream) "
                                       "or a vehicle cream."),
                    Passage("results", "In total 160 patients were randomised (Lid/Pri cream 82, vehicle 78).")])
    assert sizes_of(doc, list(arms_for(doc, "Lidocaine/prilocaine cream", "Vehicle cream"))).by_arm == {0: 82, 1: 78}


def test_an_outcome_noun_is_named_by_its_adjective_and_adverb():
    doc = Document([Passage("results", "At 12 weeks, 14 of 40 needled and 6 of 41 sham participants were continuously "
                                       "abstinent; urinary incontinence was rare.")])
    found = read(doc, "Needling", "Sham", "Continuous abstinence at 12 weeks", "binary")
    assert events_and_sizes(found) == (14, 40, 6, 41)


def test_an_evaluated_column_under_an_arm_gives_its_size():
    table = Table("Table 2", "Treatment failures at each visit, n (%)",
                  [["Visit", "Needling", "", "Sham", ""], ["", "Evaluated", "Failed", "Evaluated", "Failed"]],
                  [["Week 4", "48", "3 (6.3)", "47", "5 (10.6)"], ["Week 12", "45", "4 (8.9)", "44", "9 (20.5)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Treatment failure at week 12", "binary")
    assert events_and_sizes(found) == (4, 45, 9, 44)


def test_a_table_without_header_rows_is_read():
    table = Table("Table 2", "Soreness after treatment, n (%)", [],
                  [["Needling", "12 (24.0)", "3 (6.0)"], ["Sham", "5 (10.0)", "4 (8.0)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Soreness", "binary")
    assert (found.intervention.events, found.comparator.events) == (3, 4)  # no heading names a column: the last


def test_the_columns_of_the_numbered_period_asked_for():
    table = Table("Table 3", "Adverse events, n (%)",
                  [["", "Cycle 1", "", "All cycles", ""],
                   ["Event", "Needling (n = 60)", "Sham (n = 58)", "Needling (n = 60)", "Sham (n = 58)"]],
                  [["Bruising", "4 (6.7)", "2 (3.4)", "9 (15.0)", "5 (8.6)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Bruising in cycle 1", "binary")
    assert events_and_sizes(found) == (4, 60, 2, 58)


def test_a_row_for_everyone_beats_subgroup_rows_when_no_subgroup_is_asked():
    table = Table("Table 2", "Outcomes, n/N (%)", [["", "Needling", "Sham"]],
                  [["Pain relief — men", "17/41 (41.5)", "9/40 (22.5)"],
                   ["Pain relief — women", "22/32 (68.8)", "16/33 (48.5)"],
                   ["Pain relief — all patients", "39/73 (53.4)", "25/73 (34.2)"],
                   ["Bruising", "3/73 (4.1)", "4/73 (5.5)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Pain relief", "binary")
    assert events_and_sizes(found) == (39, 73, 25, 73)


def test_the_primary_outcome_is_named_by_that_name_once_defined():
    doc = Document([Passage("methods", "The primary outcome was recurrence of neck pain or a new episode needing care "
                                       "within 12 months."),
                    Passage("results", "The primary outcome occurred in 14 of 60 needled patients and 25 of 61 sham "
                                       "patients.")])
    found = read(doc, "Needling", "Sham", "Recurrence of neck pain within 12 months", "binary")
    assert events_and_sizes(found) == (14, 60, 25, 61)


def test_counts_equal_to_the_analysed_sizes_in_a_sentence_about_the_analysis_are_no_events():
    doc = Document([Passage("results", "After exclusion of patients who had headache at baseline or did not undergo "
                                       "surgery (needling 7, sham 5), the modified intention-to-treat population "
                                       "comprised 93 patients in the needling group and 95 in the sham group."),
                    Passage("results", "Headache occurred in 21 (22.6%) patients in the needling group and 30 (31.6%) "
                                       "in the sham group.")])
    found = read(doc, "Needling", "Sham", "Headache after dental surgery", "binary")
    assert events_and_sizes(found) == (21, 93, 30, 95)


def test_a_bracketed_population_is_no_part_of_the_outcomes_name():
    table = Table("Table 2", "End points", [["End point", "Needling (n = 80)", "Sham (n = 79)"]],
                  [["Pain relief, n (%)", "52 (65.0)", "37 (46.8)"],
                   ["Relapse among those relieved, n/N (%)", "9/52 (17.3)", "15/37 (40.5)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Relapse by week 12 (among patients with pain relief)",
                 "binary")
    assert events_and_sizes(found) == (9, 52, 15, 37)


def test_words_negated_inside_an_arm_description_do_not_name_it():
    doc = Document([Passage("results", "Bruising was seen in 7 patients in the needling group and 2 in the "
                                       "stretching group.")])
    found = read(doc, "Dry needling with stretching", "Stretching (no needling)", "Bruising", "binary")
    assert (found.intervention.events, found.comparator.events) == (7, 2)


def test_an_abbreviation_names_the_arm_allocated_right_before_it():
    doc = Document([Passage("results", "Eighty patients with chronic neck pain were allocated to manual therapy (MT; "
                                       "n = 40) or to an exercise programme (EX; n = 40).")],
                   [Table("Table 3", "Neck Disability Index", [["", "3 months", ""], ["Group", "Mean", "SD"]],
                          [["MT", "10.2", "5.9"], ["EX", "12.6", "6.4"]])])
    found = read(doc, "Thoracic and cervical manual therapy", "Supervised exercise programme",
                 "Neck disability at 3 months", "continuous")
    assert sizes_means_sds(found) == (40, 10.2, 5.9, 40, 12.6, 6.4)


def test_an_abbreviation_names_the_arm_given_over_a_body_site():
    doc = Document([Passage("methods", "Women were allocated to manual therapy (MT; n = 32) or to pulsed therapeutic "
                                       "ultrasound over the carpal tunnel (US; n = 32).")])
    assert "us" in arms_for(doc, "Manual therapy", "Therapeutic ultrasound")[1].phrases


def test_a_list_of_outcomes_named_by_phrases_given_arm_by_arm():
    doc = Document([Passage("results", "After 4 weeks, mean pain scores at rest, at night and during movement were "
                                       "2.1 ± 1.2, 2.9 ± 1.6 and 4.0 ± 1.8 in the needling group and 3.0 ± 1.5, "
                                       "4.2 ± 1.7 and 4.6 ± 1.9 in the sham group, respectively.")])
    found = read(doc, "Needling", "Sham", "Night pain at 4 weeks", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (2.9, 4.2)


def test_a_change_from_baseline_column_beside_arm_rows_is_read_for_a_change():
    table = Table("Table 2", "Pain intensity (NPRS 0-10), mean (SD)",
                  [["Group", "Baseline", "Week 4", "Change from baseline"]],
                  [["Needling (n = 30)", "6.1 (1.2)", "3.2 (1.6)", "-2.9 (1.8)"],
                   ["Sham (n = 29)", "6.0 (1.4)", "4.6 (1.7)", "-1.4 (1.5)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Change in pain from baseline to 4 weeks", "continuous")
    assert sizes_means_sds(found) == (30, -2.9, 1.8, 29, -1.4, 1.5)


def test_a_share_that_defines_the_outcome_is_no_arms_share():
    doc = Document([Passage("results", "Sixty patients were randomised to needling, sham or stretching (20 per group). "
                                       "The proportions with a pain reduction of at least 50% at 4 weeks were 60%, "
                                       "20% and 35% in the needling, sham and stretching groups, respectively.")])
    found = read(doc, "Needling", "Stretching", "≥50% pain reduction at 4 weeks", "binary")
    assert events_and_sizes(found) == (12, 20, 7, 20)


def test_a_column_of_a_share_of_baseline_is_no_column_at_entry():
    table = Table("Table 3", "Lung function at 12 weeks",
                  [["", "Needling (n = 40)", "Sham (n = 38)"],
                   ["", "≥ 90% of baseline, n (%)", "≥ 90% of baseline, n (%)"]],
                  [["FEV1", "31 (77.5)", "22 (57.9)"]])
    found = read(Document([], [table]), "Needling", "Sham", "FEV1 at least 90% of baseline at 12 weeks", "binary")
    assert events_and_sizes(found) == (31, 40, 22, 38)


def test_none_of_an_arms_group_is_zero_events():
    doc = Document([Passage("results", "Forty-eight patients were randomised to dry needling or to sham needling "
                                       "(24 per group). Minor bleeding at the needling site occurred in three DN "
                                       "participants and in none of the sham group.")])
    found = read(doc, "Dry needling", "Sham dry needling", "Bleeding at the needling site", "binary")
    assert events_and_sizes(found) == (3, 24, 0, 24)


def test_an_abbreviation_for_the_other_arms_dose_stays_that_arms():
    doc = Document([Passage("results", "Women were randomised to an infusion of phenylephrine 50 µg/min (PE group) or "
                                       "ephedrine 2 mg/min (EP group).")],
                   [Table("Table 2", "Maternal outcomes", [["", "PE group (n = 41)", "EP group (n = 40)"]],
                          [["Hypotension, n (%)", "7 (17.1)", "15 (37.5)"]])])
    found = read(doc, "Prophylactic phenylephrine infusion 50 µg/min", "Prophylactic ephedrine infusion 2 mg/min",
                 "Maternal hypotension", "binary")
    assert events_and_sizes(found) == (7, 41, 15, 40)


def test_a_name_of_the_shared_co_intervention_is_the_arm_without_the_add_on():
    doc = Document([Passage("results", "Patients were randomised to a foam dressing plus standard care or to "
                                       "standard prevention alone.")],
                   [Table("Table 2", "Pressure injuries", [["", "Dressing (n = 214)", "Standard care (n = 218)"]],
                          [["Stage ≥ 2 pressure injury, n (%)", "4 (1.9)", "16 (7.3)"]])])
    found = read(doc, "Silicone foam sacral dressing plus standard care", "Standard pressure-injury prevention",
                 "Stage ≥ 2 pressure injury", "binary")
    assert events_and_sizes(found) == (4, 214, 16, 218)


def test_the_combination_group_is_the_arm_given_in_addition():
    doc = Document([Passage("results", "Patients were randomised to atorvastatin 40 mg (n = 95) or to ezetimibe "
                                       "10 mg added to atorvastatin 20 mg (n = 97). Mean LDL cholesterol at 12 weeks "
                                       "was 2.31 mmol/L (SD 0.58) in the atorvastatin 40 mg group and 1.86 mmol/L "
                                       "(SD 0.49) in the combination group.")])
    found = read(doc, "Ezetimibe 10 mg added to atorvastatin 20 mg", "Atorvastatin up-titrated to 40 mg",
                 "LDL cholesterol at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (97, 1.86, 0.49, 95, 2.31, 0.58)


def test_losses_named_in_a_later_clause_leave_the_counts_before_them():
    doc = Document([Passage("results", "Children were randomised to artesunate-mefloquine (ASMQ) or "
                                       "artemether-lumefantrine (AL); 431 and 422 formed the per-protocol population. "
                                       "Treatment failure by day 42 occurred in 9 ASMQ-treated and 21 AL-treated "
                                       "children; in the analysis in which children lost to follow-up were counted "
                                       "as failures, the corresponding numbers were 50 and 67.")])
    found = read(doc, "Artesunate-mefloquine", "Artemether-lumefantrine", "Treatment failure by day 42", "binary")
    assert events_and_sizes(found) == (9, 431, 21, 422)


def test_an_outcome_is_counted_from_its_reported_opposite():
    doc = Document([Passage("results", "Of 513 women, 244 given fosfomycin and 247 given nitrofurantoin were analysed. "
                                       "Clinical resolution at 28 days was achieved in 143 of 244 women given "
                                       "fosfomycin and 173 of 247 given nitrofurantoin.")])
    found = read(doc, "Fosfomycin", "Nitrofurantoin", "Clinical failure at 28 days", "binary")
    assert events_and_sizes(found) == (101, 244, 74, 247)
    assert "events = 244 - 143 with the opposite outcome" in found.conversions


def test_a_row_of_those_free_of_the_outcome_is_its_opposite():
    table = Table("Table 2", "Outcomes over 18 months", [["", "TAU (n = 87)", "LAI (n = 89)"]],
                  [["Remained relapse-free, n (%)", "52 (59.8)", "71 (79.8)"],
                   ["Psychiatric hospitalisation, n (%)", "19 (21.8)", "9 (10.1)"]])
    doc = Document([Passage("results", "Patients were randomised to treatment as usual (TAU) or a long-acting "
                                       "injection (LAI).")], [table])
    found = read(doc, "Long-acting injection", "Treatment as usual", "Relapse within 18 months", "binary")
    assert events_and_sizes(found) == (18, 89, 35, 87)
    assert read(doc, "Long-acting injection", "Treatment as usual", "Relapse-free at 18 months",
                "binary").intervention.events == 71


def test_counts_after_words_of_exclusion_are_losses_and_the_pair_analysed_follows_the_arms_named():
    doc = Document([Passage("results", "Women were assigned to tranexamic acid (TXA group) or saline (control group). "
                                       "Two hundred women were randomised, 100 to each group. After exclusion of "
                                       "four women in the TXA group and two in the control group who required "
                                       "general anaesthesia, 96 and 98 women were analysed. Blood loss was lower in "
                                       "the TXA group (458 ± 172 mL) than in the control group (612 ± 205 mL).")])
    found = read(doc, "Tranexamic acid 1 g IV", "Placebo (normal saline)", "Total blood loss (mL)", "continuous")
    assert sizes_means_sds(found) == (96, 458, 172, 98, 612, 205)


def test_data_missing_for_some_of_each_arm_are_losses():
    doc = Document([Passage("results", "Women were randomised to dexamethasone 8 mg (group D), ondansetron 4 mg "
                                       "(group O) or saline (group P). A total of 225 patients were randomised, 75 to "
                                       "each group. Data for the 24-h assessment were missing for 2 patients in group "
                                       "D, 1 in group O and 3 in group P; the remaining patients were analysed. The "
                                       "incidence of PONV was 27 (37.0%) in group D, 29 (39.2%) in group O and 43 "
                                       "(59.7%) in group P.")])
    found = read(doc, "Dexamethasone 8 mg", "Placebo (saline)", "Postoperative nausea and vomiting", "binary")
    assert events_and_sizes(found) == (27, 73, 43, 72)


def test_a_number_of_things_an_arm_gives_is_no_group_size():
    doc = Document([Passage("results", "Parents were randomised to a standard letter (control) or to the same letter "
                                       "plus up to three SMS reminders (intervention). Records were obtained for all "
                                       "1,184 randomised girls (control 590, intervention 594). The first dose "
                                       "was given to "
                                       "73 girls in the control arm (12.4%) and 131 in the intervention arm "
                                       "(22.1%).")])
    found = read(doc, "Letter plus SMS reminders", "Standard letter", "Receipt of the first dose", "binary")
    assert events_and_sizes(found) == (131, 594, 73, 590)
    doc = Document([Passage("results", "Patients were randomised to gait training (five 30-minute sessions weekly) "
                                       "or to physiotherapy alone, thirty-three to each group. Three patients in the "
                                       "training group and one in the control group were not assessed. Seventeen "
                                       "patients in the training group and eleven in the control group walked "
                                       "independently.")])
    found = read(doc, "Gait training", "Physiotherapy alone", "Independent walking", "binary")
    assert events_and_sizes(found) == (17, 30, 11, 32)


def test_a_bracket_after_an_arm_counting_no_people_holds_no_size():
    doc = Document([Passage("results", "126 patients were randomised: 64 to FOLFOX-B and 62 to FOLFOX alone. A "
                                       "response was observed in 34 of the evaluable patients treated with FOLFOX-B "
                                       "(two complete and 32 partial responses) and in 23 of those treated with "
                                       "FOLFOX alone.")])
    found = read(doc, "FOLFOX plus bevacizumab", "FOLFOX alone", "Objective response", "binary")
    assert events_and_sizes(found) == (34, 64, 23, 62)


def test_an_arm_named_with_hyphens_is_named():
    doc = Document([Passage("results", "Newborns were randomised to chlorhexidine or to dry cord care. A total of "
                                       "1,860 newborns were enrolled: 932 in the chlorhexidine group and 928 in the "
                                       "dry-cord-care group. Omphalitis occurred in 27 (3.0%) infants in the "
                                       "chlorhexidine group and 58 (6.5%) in the dry-cord-care group.")])
    found = read(doc, "Chlorhexidine 4% cord cleansing", "Dry cord care", "Omphalitis", "binary")
    assert events_and_sizes(found) == (27, 932, 58, 928)


def test_plain_counts_per_time_point_give_those_at_the_time_asked():
    doc = Document([Passage("results", "Patients were randomised to benzydamine (group B) or saline (group S), 60 per "
                                       "group. The incidence of sore throat in groups B and S was 12 and 29 patients "
                                       "at 1 h, 9 and 24 patients at 6 h, and 5 and 17 patients at 24 h, "
                                       "respectively.")])
    found = read(doc, "Benzydamine spray", "Normal saline spray", "Postoperative sore throat at 24 h", "binary")
    assert events_and_sizes(found) == (5, 60, 17, 60)


def test_counts_per_time_point_go_to_no_arm_by_order_when_the_sentence_names_arms_otherwise():
    doc = Document([Passage("results", "Smokers were randomised to self-help materials only (control) or self-help "
                                       "materials plus counselling calls (counselling). Abstinence in the control "
                                       "and counselling groups was 88 and 141 at 1 month, 72 and 108 at 6 months, "
                                       "and 65 and 97 at 12 months, respectively.")])
    found = read(doc, "Telephone counselling plus self-help materials", "Self-help materials only",
                 "Abstinence at 6 months", "binary")
    assert (found.intervention.events, found.comparator.events) in ((None, None), (108, 72))


def test_an_arm_labelled_control_in_brackets_is_the_control_group():
    doc = Document([Passage("results", "Smokers were randomised to self-help materials only (control) or self-help "
                                       "materials plus counselling calls (counselling). At 6 months, abstinence was "
                                       "72 and 108 in the control and counselling groups, respectively.")])
    found = read(doc, "Telephone counselling plus self-help materials", "Self-help materials only",
                 "Abstinence at 6 months", "binary")
    assert (found.intervention.events, found.comparator.events) == (108, 72)


def test_data_at_a_time_point_obtained_from_each_arm_are_those_analysed():
    doc = Document([Passage("results", "Of 320 randomised employees, 161 were allocated to the workplace intervention "
                                       "and 159 to usual care. Questionnaire data at 6 months were obtained from 149 "
                                       "and 146 participants, respectively. Full return to work was reported by 104 "
                                       "and 86 participants, respectively.")])
    found = read(doc, "Workplace intervention", "Usual primary care", "Full return to work at 6 months", "binary")
    assert events_and_sizes(found) == (104, 149, 86, 146)


def test_those_of_an_arm_who_completed_after_its_allocated_number_are_its_size():
    doc = Document([Passage("results", "Eighty-eight patients were randomised. Forty-four were allocated to music, of "
                                       "whom forty-one completed both measurements; of the forty-four allocated to "
                                       "standard care, forty-three completed both measurements. After the "
                                       "intervention, state anxiety was 36.5 ± 8.1 in the music group and 44.9 "
                                       "± 10.2 in the standard-care group.")])
    found = read(doc, "Preoperative music listening", "Standard preoperative care (no music)", "State anxiety",
                 "continuous")
    assert sizes_means_sds(found) == (41, 36.5, 8.1, 43, 44.9, 10.2)


def test_values_of_more_arms_than_asked_go_by_the_groups_listed_after_them():
    doc = Document([Passage("results", "Children were randomised to atropine 0.05%, 0.025% or 0.01% eye drops, or "
                                       "placebo, 100 per group. Myopia progression of 0.5 D or more was observed in "
                                       "28 (28.0%), 38 (38.0%), 52 (52.0%) and 69 (69.0%) children in the 0.05%, "
                                       "0.025%, 0.01% and placebo groups.")])
    found = read(doc, "Atropine 0.05% eye drops", "Placebo eye drops", "Myopia progression", "binary")
    assert (found.intervention.events, found.comparator.events) == (28, 69)


def test_a_row_of_freedom_from_the_outcome_is_its_opposite():
    table = Table("Table 2", "Rhythm outcomes at 12 months", [["", "Drug therapy (n = 101)", "Ablation (n = 102)"]],
                  [["Freedom from atrial arrhythmia > 30 s, n (%)", "48 (47.5)", "72 (70.6)"]])
    found = read(Document([], [table]), "Cryoballoon ablation", "Antiarrhythmic drug therapy",
                 "Recurrence of atrial arrhythmia at 12 months", "binary")
    assert events_and_sizes(found) == (30, 102, 53, 101)


def test_an_abbreviation_defined_before_a_semicolon_and_a_description():
    doc = Document([Passage("results", "Patients were randomised to electroacupuncture (EA; 2 Hz dense-disperse wave "
                                       "at ST35 plus three distal points) or manual acupuncture (MA). 90 were "
                                       "randomised to each group. The mean WOMAC function score at week 8 was 22.1 "
                                       "(SD 10.3) in the MA group and 18.4 (SD 9.7) in the EA group.")])
    found = read(doc, "Electroacupuncture (2 Hz, 3 sessions/week)", "Manual acupuncture", "WOMAC function at 8 weeks",
                 "continuous")
    assert sizes_means_sds(found) == (90, 18.4, 9.7, 90, 22.1, 10.3)


def test_losses_of_each_arm_named_after_allocation_words_are_no_sizes():
    doc = Document([Passage("results", "120 people were randomised to foot orthoses (n = 61) or to sham orthoses "
                                       "(n = 59). Five participants allocated to real orthoses and seven allocated to "
                                       "sham orthoses were lost to follow-up.")])
    found = read(doc, "Prefabricated foot orthoses", "Sham orthoses", "Foot pain at 12 weeks", "continuous")
    assert (found.intervention.n, found.comparator.n) == (56, 52)


def test_those_who_did_not_return_their_diaries_are_losses():
    doc = Document([Passage("results", "Adults were randomised to TENS or to sham TENS. Of the 110 participants "
                                       "randomised (55 per group), two TENS and four sham participants did not return "
                                       "their medication diaries. Rescue paracetamol was used by 18 TENS and 29 sham "
                                       "TENS participants.")])
    found = read(doc, "High-frequency TENS", "Sham TENS", "Rescue paracetamol use", "binary")
    assert events_and_sizes(found) == (18, 53, 29, 51)


def test_a_number_after_a_time_word_is_no_size():
    doc = Document([Passage("results", "Patients were randomised to electroacupuncture (EA), manual acupuncture (MA) "
                                       "or sham electroacupuncture (SA). Of the 480 participants randomised (160 per "
                                       "group), 152, 155 and 148, respectively, completed week 8; all randomised "
                                       "participants were analysed.")])
    found = read(doc, "Electroacupuncture (3 sessions/week, 8 weeks)", "Sham electroacupuncture", "Response at week 8",
                 "binary")
    assert (found.intervention.n, found.comparator.n) == (160, 160)


def test_an_abbreviation_defined_before_a_colon_and_a_long_description():
    doc = Document([Passage("results", "Patients were randomised to electroacupuncture (EA), manual acupuncture (MA) "
                                       "or sham electroacupuncture (SA: shallow needling at non-acupoints, with the "
                                       "stimulator showing lights but delivering no current).")],
                   [Table("Table 2", "OMERACT-OARSI responders",
                          [["Time point", "EA (n = 160)", "MA (n = 160)", "SA (n = 160)"]],
                          [["Week 8", "96 (60.0%)", "93 (58.1%)", "75 (46.9%)"]])])
    found = read(doc, "Electroacupuncture", "Sham electroacupuncture", "OMERACT-OARSI response at week 8", "binary")
    assert events_and_sizes(found) == (96, 160, 75, 160)


def test_a_threshold_share_in_a_row_label_does_not_make_its_counts_shares():
    table = Table("Table 2", "Headache outcomes at 12 months", [["", "Acupuncture (n = 168)", "Usual care (n = 143)"]],
                  [["≥35% reduction in headache score, n", "89", "49"]])
    found = read(Document([], [table]), "Acupuncture plus usual care", "Usual care alone",
                 "≥35% reduction in headache score at 12 months", "binary")
    assert events_and_sizes(found) == (89, 168, 49, 143)


def test_those_reassessed_at_a_time_point_are_those_analysed():
    doc = Document([Passage("results", "Of the 97 patients randomised, 49 were assigned to advice and 48 to exercise. "
                                       "At 6 months, 45 patients in the advice group and 46 in the exercise group "
                                       "were reassessed. A reduction of at least 50% in the NDI was achieved by 13 "
                                       "advice patients and 22 exercise patients.")])
    found = read(doc, "Supervised exercise", "General advice", "≥50% reduction in NDI at 6 months", "binary")
    assert events_and_sizes(found) == (22, 46, 13, 45)


def test_a_sham_controlled_design_does_not_set_the_order_of_the_arms():
    doc = Document([Passage("results", "We conducted a randomised, sham-controlled trial of acupuncture. Patients "
                                       "received individualised acupuncture or sham acupuncture. A total of 162 "
                                       "patients were randomised; 78 and 75, respectively, completed the 10-week "
                                       "assessment.")])
    found = read(doc, "Individualised acupuncture", "Sham acupuncture", "Response at 10 weeks", "binary")
    assert (found.intervention.n, found.comparator.n) == (78, 75)


def test_counts_of_people_after_an_arm_s_treatment_are_its_events():
    doc = Document([Passage("results", "Sixty adults were randomised to deep needling (n = 30) or superficial "
                                       "needling (n = 30). Full recovery was seen in 16 adults after deep treatment "
                                       "and in 9 after superficial treatment; partial recovery was seen in 10 and 15 "
                                       "adults, respectively.")])
    found = read(doc, "Deep dry needling", "Superficial dry needling", "Full recovery", "binary")
    assert events_and_sizes(found) == (16, 30, 9, 30)


def test_a_label_after_an_add_on_name_goes_to_the_arm_given_the_add_on():
    doc = Document([Passage("results", "Sixty adults were randomised to dry needling in addition to home stretching "
                                       "(DN group, n = 30) or home stretching alone (control group, n = 30). Flare-ups "
                                       "occurred in 5 patients in the DN group and 2 in the control group.")])
    found = read(doc, "Dry needling plus stretching", "Stretching without needling", "Flare-ups", "binary")
    assert events_and_sizes(found) == (5, 30, 2, 30)


def test_words_in_an_outcome_s_brackets_name_it_less_than_the_words_before_them():
    table = Table("Table 3", "Adverse events, n (%)", [["Event", "Needling (n = 40)", "Sham (n = 40)"]],
                  [["Any adverse event", "21 (52.5)", "14 (35.0)"], ["Bruising", "9 (22.5)", "2 (5.0)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Bruising (adverse event)", "binary")
    assert events_and_sizes(found) == (9, 40, 2, 40)


def test_a_word_both_arms_names_share_names_neither():
    doc = Document([Passage("results", "Dizziness was reported by 3 (7.5%) patients in the low-frequency "
                                       "electroacupuncture group and 8 (20.0%) patients in the high-frequency "
                                       "electroacupuncture group (odds ratio 0.32).")])
    found = read(doc, "Low-frequency electroacupuncture (2 Hz)", "High-frequency electroacupuncture (100 Hz)",
                 "Dizziness", "binary")
    assert (found.intervention.events, found.comparator.events) == (3, 8)


def test_of_two_sentences_scoring_alike_the_one_naming_the_outcome_better_gives_the_values():
    doc = Document([Passage("results", "Patients were randomised to guided (n = 50) or blind needling (n = 50). "
                                       "First-attempt success was reached in 20 patients (40%) in the guided group "
                                       "and 12 (24%) in the blind group. Success within three attempts was 96% "
                                       "(n = 48) and 80% (n = 40), respectively.")])
    found = read(doc, "Guided needling", "Blind needling", "Success within three attempts", "binary")
    assert events_and_sizes(found) == (48, 50, 40, 50)


def test_means_at_the_time_asked_beat_their_change_when_no_change_is_asked():
    table = Table("Table 2", "Pressure pain threshold (kg/cm²), mean (SD)",
                  [["", "Needling (n = 30)", "Sham (n = 30)"]],
                  [["Baseline", "2.1 (0.6)", "2.2 (0.7)"], ["4 weeks", "3.4 (0.8)", "2.5 (0.7)"],
                   ["Change, baseline to 4 weeks", "1.3 (0.7)", "0.3 (0.6)"]])
    found = read(Document([], [table]), "Needling", "Sham", "Pressure pain threshold at 4 weeks", "continuous")
    assert sizes_means_sds(found) == (30, 3.4, 0.8, 30, 2.5, 0.7)


def test_a_hyphenated_instrument_name_covers_its_row_label_wholly():
    table = Table("Table 2", "Outcomes by group, mean ± SD",
                  [["Variable", "Time", "Needling (n = 30)", "Sham (n = 30)"]],
                  [["HOMA-IR", "Baseline", "1.9 ± 0.8", "1.9 ± 0.9"], ["", "Week 4", "2.6 ± 1.1", "3.7 ± 1.5"],
                   ["Fasting insulin (mU/L)", "Baseline", "8.5 ± 3.6", "8.2 ± 3.9"],
                   ["", "Week 4", "9.3 ± 4.1", "11.9 ± 4.8"]])
    found = read(Document([], [table]), "Needling", "Sham", "Insulin resistance (HOMA-IR) at week 4", "continuous")
    assert sizes_means_sds(found) == (30, 2.6, 1.1, 30, 3.7, 1.5)


def test_an_active_comparator_the_text_allocates_to_is_the_control_group():
    doc = Document([Passage("results", "Of 200 adults, 100 were assigned to dry needling and 100 to manual pressure "
                                       "release. Post-treatment soreness occurred in 31 patients in the needling "
                                       "group (31%) and in 12 (12%) in the control group.")])
    found = read(doc, "Dry needling", "Manual pressure release", "Post-treatment soreness", "binary")
    assert events_and_sizes(found) == (31, 100, 12, 100)


def test_a_respectively_after_a_semicolon_belongs_to_its_own_clause():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 40) or stretching (n = 40). Recovery "
                                       "at 6 weeks occurred in 21 (52.5%) of the needling group versus 12 (30.0%) of "
                                       "the stretching group; relapse occurred in three and five adults, "
                                       "respectively.")])
    found = read(doc, "Needling", "Stretching", "Recovery at 6 weeks", "binary")
    assert events_and_sizes(found) == (21, 40, 12, 40)


def test_bare_means_of_a_duration_may_be_printed_as_times():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 40) or sham (n = 40). The mean "
                                       "duration of post-needling soreness was 26.5 hours in the needling group and "
                                       "14.2 hours in the sham group.")])
    found = read(doc, "Needling", "Sham", "Duration of post-needling soreness (hours)", "continuous")
    assert sizes_means_sds(found) == (40, 26.5, None, 40, 14.2, None)


def test_counts_tied_to_arms_in_a_part_of_the_sentence_naming_another_outcome_are_not_its_events():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 50) or sham (n = 50). Union was seen "
                                       "in 45 needling patients and 40 sham patients; nonunion was diagnosed in 5 "
                                       "and 10 patients, respectively, and 4 of the 10 sham patients with nonunion "
                                       "had surgery.")])
    found = read(doc, "Needling", "Sham", "Nonunion at 12 weeks", "binary")
    assert (found.intervention.events, found.comparator.events) != (45, 40)  # (the union counts)


def test_abbreviations_defined_in_square_brackets_and_an_arm_named_inside_none_of_it():
    doc = Document([Passage("results", "All randomised participants were analysed (dry needling [DN] n = 44, laser "
                                       "therapy [LT] n = 43, usual care [UC] n = 43). Bruising was reported by 7 "
                                       "participants in the DN group and 6 in the LT group, and by none in the UC "
                                       "group.")])
    assert ("dry needling", "DN") in doc.abbreviations
    found = read(doc, "Dry needling", "Usual care", "Bruising", "binary")
    assert events_and_sizes(found) == (7, 44, 0, 43)


def test_a_sham_arm_beside_a_control_group_of_its_own_is_read_from_its_own_column():
    doc = Document([Passage("results", "Three patients in the needling group, two in the TENS group, four in the sham "
                                       "group and five in the control group dropped out.")],
                   [Table("Table 2", "Pain (NRS), mean ± SD",
                          [["Outcome", "Needling (n = 37)", "TENS (n = 38)", "Sham (n = 36)", "Control (n = 35)"]],
                          [["Pain, post-treatment", "3.5 ± 1.9", "3.8 ± 2.0", "5.2 ± 1.8", "6.1 ± 1.6"]])])
    assert "tens" not in arms_for(doc, "Dry needling", "Sham needling")[1].phrases  # (a count after the label)
    found = read(doc, "Dry needling", "Sham needling", "Pain after treatment", "continuous")
    assert sizes_means_sds(found) == (37, 3.5, 1.9, 36, 5.2, 1.8)


def test_a_respectively_list_of_every_allocated_group_is_placed_by_the_allocation():
    doc = Document([Passage("results", "Adults were randomised to stretching (n = 52), dry needling (n = 53) or sham "
                                       "needling (n = 51). Recovery was achieved by 18, 16 and 9 completers, "
                                       "respectively; relapse by 6, 4 and 8.")])
    found = read(doc, "Dry needling", "Sham needling", "Recovery", "binary")
    assert events_and_sizes(found) == (16, 53, 9, 51)


def test_the_groups_allocated_are_read_from_the_list_of_their_names():
    doc = Document([Passage("results", "We randomised 160 adults to stretching, dry needling, laser therapy or sham "
                                       "needling, given by two physiotherapists (40 per group). Recovery was achieved "
                                       "by 18, 24, 20 and 9 participants, respectively.")])
    found = read(doc, "Dry needling", "Sham needling", "Recovery", "binary")
    assert events_and_sizes(found) == (24, 40, 9, 40)


def test_a_percentage_dose_tells_arms_apart():
    arms = [Arm.from_description("Adductor canal block with ropivacaine 0.375%"),
            Arm.from_description("Adductor canal block with saline")]
    assert named_arm("20 ml ropivacaine 0.2%", arms) is None  # a third arm, at another concentration
    assert named_arm("ropivacaine 0.375%", arms) == 0


def test_means_in_a_part_of_the_sentence_naming_neither_the_outcome_nor_an_arm_are_not_the_outcome_s():
    doc = Document([Passage("results", "Eight adults (mean ± SD, age = 26.1 ± 3.2 years; peak oxygen uptake = 45.6 ± "
                                       "5.2 ml/kg/min) performed a working-memory task after needling and after sham "
                                       "needling.")])
    found = read(doc, "Needling", "Sham needling", "Accuracy of the working-memory task", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (None, None)  # (not their age and oxygen uptake)


def test_two_values_set_against_each_other_after_a_comma_follow_the_one_arm_named():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 40) or stretching (n = 40). Patients "
                                       "in the needling group returned to work sooner (mean 12 days, SD 4, versus 19 "
                                       "days, SD 6; P < 0.001).")])
    found = read(doc, "Needling", "Stretching", "Time to return to work (days)", "continuous")
    assert sizes_means_sds(found) == (40, 12, 4, 40, 19, 6)


def test_bare_means_after_a_scale_s_range_in_brackets():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 45) or sham (n = 44). Mean neck pain "
                                       "scores (0-10) at 6 weeks were 3.1 in the needling group and 4.9 in the sham "
                                       "group (p = 0.03).")])
    found = read(doc, "Needling", "Sham", "Neck pain at 6 weeks", "continuous")
    assert sizes_means_sds(found) == (45, 3.1, None, 44, 4.9, None)


def test_a_respectively_list_of_analysed_sizes_follows_the_groups_named_at_allocation():
    doc = Document([Passage("methods", "Adults with plantar heel pain were randomised to needling, a wait-and-see "
                                       "policy or night splints."),
                    Passage("results", "Of 150 adults, 50 were allocated to needling, 51 to wait-and-see and 49 to "
                                       "night splints. Twelve-week data were available for 47, 45 and 46 adults, "
                                       "respectively.")])  # ('wait-and-see' is one group, not 'wait' and 'see')
    assert sizes_of(doc, list(arms_for(doc, "Dry needling", "Wait-and-see policy"))).by_arm == {0: 47, 1: 45}


def test_control_inside_another_group_s_name_does_not_name_the_control_arm():
    doc = Document([Passage("methods", "Adults were randomly assigned to motor control exercise (MCE), stretching "
                                       "exercise (SE) or dry needling (DN)."),
                    Passage("results", "In all, 150 were randomised: 50 to MCE, 51 to SE and 49 to DN. Six-week data "
                                       "were obtained from 46, 48 and 44 adults, respectively.")])
    arms = list(arms_for(doc, "Dry needling", "Stretching exercise (3 sessions)"))
    assert list_positions("motor control exercise, stretching exercise or dry needling", arms) == {0: 2, 1: 1}
    assert sizes_of(doc, arms).by_arm == {0: 44, 1: 48}


@pytest.mark.parametrize("text, sizes", [
    ("At 6 weeks, pain data were available for 58 and 55 adults; the others had moved away (2 and 5).", {0: 58, 1: 55}),
    ("Thus 57 and 56 adults were included in the analysis.", {0: 57, 1: 56}),
    ("Of those analysed, 12 and 15 adults had a relapse.", {0: 60, 1: 60}),  # counts after the analysis: events
])
def test_a_first_clause_about_the_analysis_of_a_pair_naming_no_arm(text, sizes):
    doc = Document([Passage("results", f"Adults were randomised to needling (n = 60) or sham (n = 60). {text}")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == sizes


def test_losses_broken_down_in_brackets_with_semicolons_and_commas():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 60) or sham (n = 60). Seven adults "
                                       "(needling, 3; sham, 4) moved away before the 6-week visit and were excluded.")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == {0: 57, 1: 56}


def test_those_who_declined_to_give_the_outcome_are_left_out():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 60) or sham (n = 60). Three adults in "
                                       "the needling group and one in the sham group declined to complete the pain "
                                       "diary.")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == {0: 57, 1: 59}


def test_a_list_of_time_points_is_no_list_of_sizes():
    doc = Document([Passage("results", "Adults were randomised to needling or sham. Pain, disability and strength were "
                                       "assessed at 4, 8 and 12 weeks, respectively.")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == {}  # (not 4 and 8)


def test_losses_in_a_respectively_list_with_a_time_point_after_it_that_an_arm_s_name_holds():
    doc = Document([Passage("results", "Children were randomised to oral amoxicillin (n = 425) or intravenous "
                                       "ampicillin for 48 hours (n = 428). Seven and five children, respectively, were "
                                       "lost to follow-up between 48 hours and day 6.")])
    arms = list(arms_for(doc, "Oral amoxicillin", "Intravenous ampicillin for 48 hours"))
    assert sizes_of(doc, arms).by_arm == {0: 418, 1: 423}


def test_losses_listed_for_every_group_of_a_three_arm_trial_are_placed_by_the_allocation():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 40), stretching (n = 41) or sham "
                                       "(n = 42). Two, three and one adults, respectively, withdrew before week 6.")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == {0: 38, 1: 41}


@pytest.mark.parametrize("allocation, analysed, sizes", [
    ("lidocaine 0.5% (n = 60), 0.9% saline (n = 60) or lidocaine 1% (n = 60).", "58, 57 and 59", {0: 58, 1: 57}),
    # the list of names ends early ('..., or saline'): the sizes find more groups
    ("lidocaine 1%, 0.5% or 0.25% injections, or saline. Of 240 enrolled, 60 received lidocaine 1%, 60 lidocaine "
     "0.5%, 60 lidocaine 0.25% and 60 saline.", "58, 57, 60 and 59", {0: 57, 1: 59}),
])
def test_groups_allocated_from_names_with_decimals_or_from_their_sizes(allocation, analysed, sizes):
    doc = Document([Passage("results", f"Adults were randomised to {allocation} Six-week data were available for "
                                       f"{analysed} adults, respectively.")])
    assert sizes_of(doc, list(arms_for(doc, "Lidocaine 0.5% injections", "Saline injections"))).by_arm == sizes


def test_sizes_at_the_outcome_s_time_point_when_no_sentence_names_the_outcome():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 40), sham (n = 40) or advice (n = 40). "
                                       "Six-week data were available for 38, 37 and 36 adults, respectively. "
                                       "Twelve-week data were available for 35, 34 and 30 adults, respectively. "
                                       "Mean pain at 12 weeks was 3.1 (SD 1.2) after needling and 4.0 (SD 1.5) after "
                                       "sham.")])
    found = read(doc, "Needling", "Sham", "Pain at 12 weeks", "continuous")
    assert sizes_means_sds(found) == (35, 3.1, 1.2, 34, 4.0, 1.5)


def test_those_who_did_not_require_the_outcome_are_its_complement():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 35) or sham (n = 36). Twenty-eight of "
                                       "the 35 adults in the needling group did not require any rescue medication "
                                       "within 24 h, compared with 12 of the 36 in the sham group.")])
    found = read(doc, "Needling", "Sham", "Rescue medication required within 24 h", "binary")
    assert events_and_sizes(found) == (7, 35, 24, 36)


def test_a_total_before_an_arm_named_with_its_own_group_label_and_size_is_no_arm_s_size():
    doc = Document([Passage("methods", "Eighty adults were randomised to needling of the upper trapezius (needling "
                                       "group, n = 40) or stretching (stretching group, n = 40).")])
    assert sizes_of(doc, list(arms_for(doc, "Dry needling", "Stretching"))).by_arm == {0: 40, 1: 40}


@pytest.mark.parametrize("text, sizes", [
    ("At 6 weeks, 55 and 57 adults, respectively, returned the pain diary.", {0: 55, 1: 57}),
    ("Of 120 randomised adults, 112 completed the 6-week assessment (needling 55/60; sham 57/60).", {0: 55, 1: 57}),
])
def test_sizes_of_those_who_returned_the_outcome_or_completed_it_out_of_the_allocated(text, sizes):
    doc = Document([Passage("results", f"Adults were randomised to needling (n = 60) or sham (n = 60). {text}")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == sizes


def test_an_arm_row_labelled_by_an_abbreviation_with_digits():
    doc = Document([Passage("methods", "Ulcers were treated with four-layer bandaging (4LB) or short-stretch "
                                       "bandaging (SSB).")],
                   [Table("Table 2", "Healing", [["Bandage", "Randomised", "Healed by 12 weeks"]],
                          [["4LB", "112", "55 (49%)"], ["SSB", "110", "47 (43%)"]])])
    found = read(doc, "Four-layer bandage (4LB)", "Short-stretch bandage (SSB)", "Healing by 12 weeks", "binary")
    assert events_and_sizes(found) == (55, 112, 47, 110)


def test_a_caption_naming_baseline_as_a_covariate_is_no_table_of_the_groups_at_entry():
    doc = Document([], [Table("Table 4", "Pain by visit. Values are mean (SE); differences are adjusted for baseline "
                                         "pain and centre.", [["Visit", "Needling (n = 40)", "Sham (n = 38)"]],
                              [["Baseline", "6.1 (0.3)", "6.0 (0.3)"], ["Week 8", "3.2 (0.4)", "4.5 (0.4)"]])])
    found = read(doc, "Needling", "Sham", "Pain at week 8", "continuous")
    assert (found.intervention.mean, found.intervention.se, found.comparator.mean, found.comparator.se) == \
        (3.2, 0.4, 4.5, 0.4)


@pytest.mark.parametrize("size_rows, sizes", [
    ([["Patients randomised", "45", "44"], ["Patients assessed at 12 weeks", "43", "41"]], (43, 41)),
    ([["Randomised, n", "45", "44"]], (45, 44)),
    ([["Patients randomised", "45", "44"], ["Patients measured at 12 weeks, n", "42", "40"]], (42, 40)),
    ([["Participants", "45", "44"]], (45, 44)),  # a row naming only who was counted
    ([["Randomised", "45", "44"], ["Intent-to-treat", "43", "41"]], (43, 41)),
    ([["Neutral or dissatisfied, n", "11", "18"]], (None, None)),  # counts of another outcome, no sizes
])
def test_column_sizes_from_rows_of_those_assessed_else_randomised(size_rows, sizes):
    doc = Document([Passage("results", "Adults were randomised to needling or sham.")],
                   [Table("Table 2", "Outcomes at 12 weeks", [["", "Needling", "Sham"]],
                          size_rows + [["Complete relief, n", "19", "13"]])])
    found = read(doc, "Needling", "Sham", "Complete relief at 12 weeks", "binary")
    assert (found.intervention.n, found.comparator.n) == sizes


def test_a_share_both_sizes_give_is_of_those_analysed():
    doc = Document([], [Table("Table 3", "Responders at week 12", [["", "Vardenafil", "Placebo"]],
                              [["Randomised", "143", "144"], ["Intent-to-treat", "139", "140"],
                               ["Successful intercourse, n (%)", "59 (42%)", "20 (14%)"]])])  # (20 of 144 or 140)
    found = read(doc, "Vardenafil", "Placebo", "Successful intercourse", "binary")
    assert events_and_sizes(found) == (59, 139, 20, 140)


def test_arm_rows_with_columns_of_units_randomised_and_followed_up():
    doc = Document([Passage("results", "Tumours were randomised to Mohs surgery (MMS) or standard excision (SE).")],
                   [Table("Table 2", "Recurrences", [["Treatment", "Tumours randomised", "Tumours followed up 5 years",
                                                      "Recurrences, n (%)"]],
                          [["MMS", "102", "90", "3 (3.3)"], ["SE", "102", "88", "8 (9.1)"]])])
    found = read(doc, "Mohs micrographic surgery (MMS)", "Standard excision (SE)", "Recurrence at 5 years", "binary")
    assert events_and_sizes(found) == (3, 90, 8, 88)


@pytest.mark.parametrize("text, sizes", [
    ("One adult in the sham group moved away; this participant was excluded from the analysis.", {0: 30, 1: 29}),
    ("Of these, 28 adults in the needling group and 27 in the sham group were available at 12 weeks.",
     {0: 28, 1: 27}),
    ("One adult in each group did not complete the 6-week reassessment.", {0: 29, 1: 29}),
])
def test_a_loss_named_in_the_clause_before_and_those_available_at_a_time_point(text, sizes):
    doc = Document([Passage("results", f"Adults were randomised to needling (n = 30) or sham (n = 30). {text}")])
    assert sizes_of(doc, list(arms_for(doc, "Needling", "Sham"))).by_arm == sizes


def test_arm_rows_with_a_column_of_those_who_completed():
    doc = Document([Passage("results", "Adults were randomised to needling or sham.")],
                   [Table("Table 2", "Pain (NRS)", [["Arm", "Enrolled", "Completed", "Week 4 mean (SD)"]],
                          [["Needling", "33", "31", "2.1 (1.4)"], ["Sham", "32", "30", "2.3 (1.6)"]])])
    found = read(doc, "Needling", "Sham", "Pain at week 4", "continuous")
    assert sizes_means_sds(found) == (31, 2.1, 1.4, 30, 2.3, 1.6)


def test_a_time_point_with_another_number_names_no_arm_given_for_a_duration():
    arm = Arm.from_description("Fluoride varnish every 3 months")
    assert arm.mentions("were examined at 18 months") == []
    assert arm.mentions("varnish applied every 3 months") != []


def test_analysed_sizes_for_every_group_after_a_bracket_of_allocated_sizes():
    doc = Document([Passage("results", "Children were randomised to needling (needling group), stretching every 3 "
                                       "months (stretching group) or advice (advice group). Of 309 children enrolled "
                                       "(needling 103, stretching 104, advice 102), 94, 96 and 92 were examined at 18 "
                                       "months.")])
    arms = list(arms_for(doc, "Needling", "Stretching every 3 months"))
    assert sizes_of(doc, arms).by_arm == {0: 94, 1: 96}


def test_a_sentence_of_what_a_group_scored_carries_the_outcome_over_from_the_one_before():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 40) or sham (n = 40). At baseline, "
                                       "mean NDI scores were 18.2 (SD 3.9) and 17.9 (SD 4.1), respectively. At week 8, "
                                       "the needling group scored 9.6 (SD 4.8) compared with 12.3 (SD 4.5) in the sham "
                                       "group.")])
    found = read(doc, "Needling", "Sham", "Neck Disability Index (NDI) at week 8", "continuous")
    assert sizes_means_sds(found) == (40, 9.6, 4.8, 40, 12.3, 4.5)


def test_one_pair_of_means_per_clause_and_time_point_gives_the_pair_at_the_time_asked():
    doc = Document([Passage("results", "Adults were randomised to needling (n = 21) or sham (n = 20). Pain was 52.3 "
                                       "(19.8) mm in the needling group and 58.7 (18.1) mm in the sham group right "
                                       "after treatment; at 24 hours, 44.6 (20.5) versus 51.0 (19.3) mm; and at 1 "
                                       "week, 33.9 (21.2) versus 37.4 (20.6) mm.")])
    found = read(doc, "Needling", "Sham", "Pain at 1 week", "continuous")
    assert sizes_means_sds(found) == (21, 33.9, 21.2, 20, 37.4, 20.6)


def test_a_sham_named_with_the_active_arm_s_words_after_a_negation():
    doc = Document([Passage("methods", "Forty-one adults were randomised to kinesio taping applied with tension "
                                       "(n = 21) or sham taping applied without tension (n = 20).")])
    arms = list(arms_for(doc, "Kinesio taping applied with tension", "Sham taping without tension"))
    assert named_arm("sham taping applied without tension", arms) == 1
    assert sizes_of(doc, arms).by_arm == {0: 21, 1: 20}


def test_a_statistic_s_abbreviation_is_no_arm_s_initialism():
    doc = Document([Passage("results", "Sixty infants were randomised to high-dose or standard-dose caffeine. "
                                       "Duration of ventilation was 6.4 (SD 4.8) and 9.1 (SD 6.2) days, respectively.")])
    found = read(doc, "High-dose caffeine citrate", "Standard-dose caffeine citrate", "Duration of ventilation",
                 "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (
        6.4, 4.8, 9.1, 6.2)


def test_a_part_of_an_arm_s_combined_abbreviation_names_its_own_group():
    doc = Document([Passage("results", "Participants were randomised to dry needling (DN, n = 30), stretching (ST, "
                                       "n = 30) or dry needling with stretching (DN+ST, n = 30).")],
                   [Table("Table 2", "Disability (NDI) at 4 weeks, n (mean ± SD)",
                          [["", "DN (n = 28)", "ST (n = 29)", "DN+ST (n = 27)"]],
                          [["NDI", "14.2 ± 5.1", "16.0 ± 5.5", "11.8 ± 4.9"]])])
    found = read(doc, "Combined dry needling and stretching", "Stretching", "Neck Disability Index at 4 weeks",
                 "continuous")
    assert sizes_means_sds(found) == (27, 11.8, 4.9, 29, 16.0, 5.5)


def test_a_row_labelled_by_the_letter_of_an_arm_s_group_label():
    doc = Document([Passage("results", "Infants were randomised to sterile water (W), sucrose (S) or sucking (P).")],
                   [Table("Table 2", "PIPP scores by group", [["Group", "n", "PIPP, mean (SD)"]],
                          [["W", "28", "13.6 (2.8)"], ["S", "29", "11.9 (3.0)"], ["P", "30", "11.4 (2.7)"]])])
    found = read(doc, "Oral sucrose", "Sterile water", "PIPP score", "continuous")
    assert sizes_means_sds(found) == (29, 11.9, 3.0, 28, 13.6, 2.8)


def test_a_row_naming_a_sham_of_an_arm_s_abbreviation_is_the_sham_arm():
    doc = Document([Passage("results", "Patients were randomised to electroacupuncture (EA), manual acupuncture (MA) "
                                       "or sham EA.")],
                   [Table("Table 3", "WOMAC pain at week 8", [["Group", "n", "Week 8, mean ± SD"]],
                          [["EA", "46", "5.9 ± 2.8"], ["MA", "47", "6.7 ± 3.0"], ["Sham EA", "44", "8.4 ± 3.2"]])])
    found = read(doc, "Electroacupuncture", "Sham electroacupuncture", "WOMAC pain at week 8", "continuous")
    assert sizes_means_sds(found) == (46, 5.9, 2.8, 44, 8.4, 3.2)


def test_a_combination_of_abbreviations_names_the_arm_both_abbreviations_name():
    doc = Document([Passage("results", "Patients were randomised to dry needling (DN) combined with manual therapy "
                                       "(n = 35) or to manual therapy (MT) only (n = 35). Mean SPADI scores fell from "
                                       "51.0 to 25.5 points in the DN+MT group and from 49.2 to 31.8 points in the MT "
                                       "group at 3 months.")])
    found = read(doc, "Dry needling plus manual therapy", "Manual therapy alone", "SPADI at 3 months", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (25.5, 31.8)


def test_a_combined_abbreviation_defined_for_an_arm_keeps_the_words_it_shares_with_the_arm():
    doc = Document([Passage("results", "Ninety participants were randomised to three groups of 30: dry needling plus "
                                       "motor control exercise (DN+MCE), dry needling alone (DN) and motor control "
                                       "exercise alone (MCE).")],
                   [Table("Table 2", "NDI at 4 weeks, mean (SD)", [["", "DN+MCE", "DN", "MCE"]],
                          [["n", "29", "28", "27"], ["4 weeks", "12.1 (5.0)", "15.3 (6.1)", "16.0 (5.8)"]])])
    found = read(doc, "Dry needling plus motor control exercise", "Motor control exercise alone", "NDI at 4 weeks",
                 "continuous")
    assert values_of(found, "continuous") == (29, 12.1, 5.0, 27, 16.0, 5.8)


def test_a_numbered_code_keeps_the_words_its_long_form_shares_with_the_arm():
    doc = Document([Passage("results", "Patients were randomised to needling in one session of the week (DN-1), "
                                       "stretching in one session of the week (ST-1) or needling in three sessions of "
                                       "the week (DN-3).")],
                   [Table("Table 2", "Outcomes, n/N (%)", [["Outcome", "DN-1", "ST-1", "DN-3"]],
                          [["Pain free at 4 weeks", "12/40 (30.0)", "7/41 (17.1)", "15/39 (38.5)"]])])
    found = read(doc, "Dry needling in 1 session per week", "Stretching in 1 session per week", "Pain free at 4 weeks",
                 "binary")
    assert values_of(found, "binary") == (12, 40, 7, 41)


def test_of_two_columns_of_sizes_the_one_the_share_is_of():
    doc = Document([Passage("results", "Adults were randomised to dry needling, stretching or sham needling; everyone "
                                       "randomised was analysed, with non-completers counted as non-responders.")],
                   [Table("Table 2", "Response at week 6", [["Arm", "Randomised", "Completed", "Responders, n (%)"]],
                          [["Dry needling", "40", "36", "18 (45.0)"], ["Stretching", "41", "37", "12 (29.3)"],
                           ["Sham needling", "40", "35", "8 (20.0)"]])])
    found = read(doc, "Dry needling", "Sham needling", "Response at week 6", "binary")
    assert values_of(found, "binary") == (18, 40, 8, 40)


def test_a_row_of_those_completing_a_time_point_gives_the_columns_sizes():
    doc = Document([Passage("results", "Participants were randomised equally to dry needling (DN), stretching (ST) or "
                                       "sham needling (SN).")],
                   [Table("Table 2", "Completion and response at week 6",
                          [["", "DN (n = 40)", "ST (n = 40)", "SN (n = 40)"]],
                          [["Completed week 6", "38", "37", "36"], ["Responders, n (%)", "19 (50.0)", "14 (37.8)",
                                                                    "9 (25.0)"]])])
    found = read(doc, "Dry needling", "Sham needling", "Response at week 6", "binary")
    assert values_of(found, "binary") == (19, 38, 9, 36)


def test_of_an_arm_column_s_sizes_the_one_its_share_is_of():
    doc = Document([Passage("results", "Patients were randomised to dry needling or to sham needling.")],
                   [Table("Table 2", "Outcomes at 6 months", [["", "Dry needling (n = 45)", "Sham needling (n = 46)"]],
                          [["Patients with a 6-month examination, n", "42", "43"],
                           ["Pain free, n (%)", "6 (14.3)", "17 (39.5)"]])])
    found = read(doc, "Dry needling", "Sham needling", "Pain free at 6 months", "binary")
    assert values_of(found, "binary") == (6, 42, 17, 43)


def test_an_outcome_asked_by_its_abbreviation_is_named_by_the_long_form_the_document_gives_it():
    doc = Document([Passage("results", "Patients were randomised to dry needling (DN; n = 30) or sham needling "
                                       "(n = 30). The primary outcome was the Neck Disability Index (NDI).")],
                   [Table("Table 2", "Neck Disability Index scores, mean (SD)", [["", "DN (n = 30)", "Sham (n = 30)"]],
                          [["Baseline", "30.1 (5.0)", "29.8 (5.2)"], ["6 weeks", "12.0 (4.0)", "18.0 (4.5)"]])])
    found = read(doc, "Dry needling", "Sham needling", "NDI at 6 weeks", "continuous")
    assert values_of(found, "continuous") == (30, 12.0, 4.0, 30, 18.0, 4.5)


def test_a_word_both_arms_share_names_the_add_on_arm_after_plus_and_the_other_before_alone():
    doc = Document([Passage("results", "At 6 weeks, mean Kujala scores were 80.1 (SD 7.7) after needling plus "
                                       "exercise and 75.2 (SD 9.0) after exercise alone.")])
    found = read(doc, "Dry needling of the vasti plus exercise", "Exercise programme alone", "Kujala score at 6 weeks",
                 "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (
        80.1, 7.7, 75.2, 9.0)


def test_a_count_of_those_who_were_lost_is_no_group_size():
    doc = Document([Passage("results", "Sixty patients were included (dry needling [DN], n = 30; corticosteroid "
                                       "injection [CSI], n = 30); one DN patient and two CSI patients were lost "
                                       "before week 8.")])
    arms = list(arms_for(doc, "Dry needling", "Corticosteroid injection"))
    assert sizes_of(doc, arms).by_arm == {0: 29, 1: 28}


def test_an_abbreviation_of_a_role_names_the_arm_of_that_role_and_a_row_label_with_its_size():
    doc = Document([Passage("results", "Stroke survivors were randomised to needling of the subscapularis and upper "
                                       "trapezius (experimental group, EG; n = 20) or to sham needling (control group, "
                                       "CG; n = 20).")],
                   [Table("Table 2", "Outcomes (mean ± SD)", [["Group", "Passive ER (°), baseline",
                                                               "Passive ER (°), 4 weeks"]],
                          [["EG (n = 19)", "27.1 ± 10.2", "43.0 ± 11.9"], ["CG (n = 18)", "29.5 ± 9.8", "33.2 ± 12.7"]])])
    found = read(doc, "Dry needling", "Sham needling", "Passive external rotation (degrees) at 4 weeks", "continuous")
    assert sizes_means_sds(found) == (19, 43.0, 11.9, 18, 33.2, 12.7)


def test_an_undefined_initialism_of_a_word_with_a_combining_form():
    doc = Document([Passage("results", "In the per-protocol population (EA 50, sham 49), 33 EA participants and 20 "
                                       "sham participants were responders at week 8.")])
    found = read(doc, "Electroacupuncture", "Sham electroacupuncture", "Responders at week 8", "binary")
    assert events_and_sizes(found) == (33, 50, 20, 49)


def test_values_in_these_groups_follow_the_order_of_the_sentence_before_and_a_combined_group_is_another_group():
    doc = Document([Passage("results", "Adults with neck pain were randomised to dry needling (DN, n = 25), dry "
                                       "needling plus stretching (DN+S, n = 25), stretching alone (S, n = 25) or sham "
                                       "dry needling (SDN, n = 25). Diaries were returned by 24, 25, 23 and 22 "
                                       "participants in the DN, DN+S, S and SDN groups, respectively. Rescue "
                                       "medication was used by 6, 4, 10 and 12 participants in these groups.")])
    found = read(doc, "Dry needling (DN)", "Sham dry needling (SDN)", "Use of rescue medication", "binary")
    assert events_and_sizes(found) == (6, 24, 12, 22)


def test_a_time_free_of_the_outcome_does_not_name_its_complement():
    doc = Document([Passage("results", "Twelve-month data were available for 60 and 62 participants, respectively. "
                                       "A recurrence, defined as a new episode of low back pain after a pain-free "
                                       "month, was reported by 20 participants in the acupuncture group and 27 in the "
                                       "physiotherapy group.")])
    found = read(doc, "Acupuncture", "Physiotherapy", "Recurrence of low back pain within 12 months", "binary")
    assert (found.intervention.events, found.comparator.events) == (20, 27)


def test_a_size_per_group_after_the_people_s_condition():
    doc = Document([Passage("results", "Thirty participants with plantar heel pain were allocated to each group. At "
                                       "6 weeks, 20.0% of the dry needling group and 40.0% of the sham group took "
                                       "analgesics for heel pain.")])
    found = read(doc, "Dry needling", "Sham dry needling", "Analgesic use at 6 weeks", "binary")
    assert events_and_sizes(found) == (6, 30, 12, 30)


def test_much_or_very_much_improved_adds_up_both_categories():
    table = Table("Table 3", "Global impression of change at 12 weeks, n (%)",
                  [["PGIC category", "Needling + exercise (n = 40)", "Exercise (n = 38)"]],
                  [["Very much improved", "5 (12.5)", "2 (5.3)"], ["Much improved", "14 (35.0)", "9 (23.7)"],
                   ["Minimally improved", "11 (27.5)", "13 (34.2)"], ["No change", "10 (25.0)", "14 (36.8)"]])
    found = read(Document([], [table]), "Dry needling plus exercise", "Exercise alone",
                 "Much or very much improved (PGIC) at 12 weeks", "binary")
    assert events_and_sizes(found) == (19, 40, 11, 38)


def test_those_reviewed_at_follow_up_are_those_analysed():
    doc = Document([Passage("results", "Forty patients were randomised to percutaneous electrolysis (PE) or dry "
                                       "needling (DN), 20 per group. At 6 months, 18 PE patients and 19 DN patients "
                                       "were reviewed. Success was reported by 14 PE patients and 12 DN patients.")])
    found = read(doc, "Percutaneous electrolysis", "Dry needling", "Success at 6 months", "binary")
    assert events_and_sizes(found) == (14, 18, 12, 19)


def test_a_combined_arm_is_the_combination_in_a_list_that_also_names_its_parts():
    doc = Document([Passage("results", "Women were randomised to a cervical balloon alone (n = 120), vaginal "
                                       "dinoprostone alone (n = 120) or the combination (n = 120). Caesarean rates "
                                       "were 25/118 (21.2%), 28/119 (23.5%) and 20/117 (17.1%) in the balloon, "
                                       "dinoprostone and combination groups, respectively.")])
    found = read(doc, "Cervical balloon plus vaginal dinoprostone", "Vaginal dinoprostone alone",
                 "Caesarean delivery", "binary")
    assert events_and_sizes(found) == (20, 117, 28, 119)


def test_a_bracket_of_sizes_per_group_after_those_analysed_in_all():
    doc = Document([Passage("results", "Patients were randomised to ginger 0.5 g/day, ginger 1.0 g/day or placebo. Of "
                                       "150 patients randomised (0.5 g, n = 50; 1.0 g, n = 50; placebo, n = 50), 144 "
                                       "returned completed diaries for cycle 1 (47, 49 and 48, respectively).")])
    arms = list(arms_for(doc, "Ginger extract 1.0 g/day", "Placebo"))
    assert sizes_of(doc, arms).by_arm == {0: 49, 1: 48}


def test_those_who_died_before_the_day_of_the_outcome_are_left_out():
    doc = Document([Passage("results", "Adults were randomised to chlorhexidine 0.12% (n = 40) or normal saline "
                                       "(n = 40). Three patients in the chlorhexidine group and one in the saline group "
                                       "died or were transferred to intensive care before day 10.")])
    arms = list(arms_for(doc, "Chlorhexidine mouthwash", "Normal saline mouthwash"))
    assert sizes_of(doc, arms).by_arm == {0: 37, 1: 39}


def test_a_size_after_an_add_on_of_the_comparator_belongs_to_the_arm_before_it():
    doc = Document([Passage("results", "Patients were randomised to tamsulosin 0.4 mg once daily plus on-demand "
                                       "diclofenac (n = 60) or on-demand diclofenac alone (n = 58).")])
    arms = list(arms_for(doc, "Tamsulosin 0.4 mg once daily", "Diclofenac alone"))
    assert sizes_of(doc, arms).by_arm == {0: 60, 1: 58}


def test_events_of_those_analysed_are_not_the_number_analysed():
    doc = Document([Passage("results", "Schools were randomised to vitamin D3 (600 children) or placebo (590 "
                                       "children). At least one respiratory infection was reported for 380 of the 585 "
                                       "analysed children in the vitamin D arm and 385 of the 570 in the placebo arm.")])
    found = read(doc, "Vitamin D3", "Placebo", "At least one respiratory infection", "binary")
    assert events_and_sizes(found) == (380, 585, 385, 570)


def test_counts_with_shares_of_the_evaluable_patients_are_events_not_sizes():
    doc = Document([Passage("results", "Patients were randomised to doxycycline for 10 days (n = 50), doxycycline for "
                                       "20 days (n = 50) or ceftriaxone (n = 50). Complete response was observed in 40 "
                                       "(85.1%), 38 (80.9%) and 41 (87.2%) of the evaluable patients, respectively.")])
    arms = list(arms_for(doc, "Doxycycline for 10 days", "Doxycycline for 20 days"))
    assert sizes_of(doc, arms).by_arm == {0: 50, 1: 50}


def test_two_counts_joined_by_and_naming_no_arm_follow_the_order_the_arms_were_introduced():
    doc = Document([Passage("results", "Of 160 women randomised (80 skin-to-skin contact, 80 routine care), follow-up "
                                       "at 6 weeks was completed by 76 and 74 women, respectively. Exclusive "
                                       "breastfeeding at 6 weeks was reported by 50 (65.8%) and 39 (52.7%) women.")])
    found = read(doc, "Skin-to-skin contact", "Routine care", "Exclusive breastfeeding at 6 weeks", "binary")
    assert events_and_sizes(found) == (50, 76, 39, 74)


def test_two_means_joined_by_and_naming_no_arm_follow_the_order_the_arms_were_introduced():
    doc = Document([Passage("results", "Patients were randomised to point-of-care CRP testing or usual care. "
                                       "Satisfaction with the consultation at 2 weeks was 8.4 (SD 1.3) and 8.2 "
                                       "(SD 1.6).")])
    found = read(doc, "Point-of-care CRP testing", "Usual care", "Satisfaction with the consultation at 2 weeks",
                 "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (
        8.4, 1.3, 8.2, 1.6)


def test_a_non_prefixed_word_does_not_name_the_outcome_without_it():
    doc = Document([Passage("results", "Adolescents were randomised to clindamycin/benzoyl peroxide gel (group 1) or "
                                       "benzoyl peroxide gel alone (group 2). At baseline the mean inflammatory lesion "
                                       "counts were 28.0 (SD 7.5) in group 1 and 27.1 (SD 8.0) in group 2. At week 12 "
                                       "they were 13.9 (SD 6.1) and 20.8 (SD 7.7), respectively. "
                                       "Non-inflammatory lesion counts at week 12 were 21.0 (SD 9.0) and 24.1 "
                                       "(SD 9.9).")])
    found = read(doc, "Clindamycin/benzoyl peroxide gel (group 1)", "Benzoyl peroxide gel alone (group 2)",
                 "Inflammatory lesion count at week 12", "continuous")
    assert (found.intervention.mean, found.comparator.mean) == (13.9, 20.8)


def test_counts_after_a_leading_clause_about_those_excluded_are_the_outcome_s():
    doc = Document([Passage("results", "Women were randomly assigned to letrozole (n = 200) or clomiphene (n = 200). "
                                       "After exclusion of women who withdrew before treatment (4 and 2, "
                                       "respectively), live birth occurred in 30.6% (60/196) of the letrozole group "
                                       "and 21.2% (42/198) of the clomiphene group.")])
    found = read(doc, "Letrozole", "Clomiphene citrate", "Live birth", "binary")
    assert events_and_sizes(found) == (60, 196, 42, 198)


def test_a_sentence_opening_with_the_time_asked_carries_the_outcome_of_the_sentence_before():
    doc = Document([Passage("results", "Patients were randomised to dry needling (DN) or corticosteroid injection "
                                       "(CSI). At week 2, PRTEE scores were lower after injection (DN 45.1 ± 13.0 vs "
                                       "CSI 35.2 ± 14.1). By week 8, the pattern had reversed: DN 28.0 ± 12.5 vs CSI "
                                       "37.9 ± 15.8.")])
    found = read(doc, "Dry needling", "Corticosteroid injection", "PRTEE total at 8 weeks", "continuous")
    assert (found.intervention.mean, found.intervention.sd, found.comparator.mean, found.comparator.sd) == (
        28.0, 12.5, 37.9, 15.8)


def test_a_size_after_a_group_label_and_a_comma_is_tied_to_the_arm():
    sentence = "Patients were randomised to gel A (GA group, n = 31) or gel B (GB group, n = 33)."
    doc = Document([Passage("methods", sentence)])
    assert attached_sizes(sentence, list(arms_for(doc, "Gel A", "Gel B"))) == [(0, 31, 49), (1, 33, 77)]


def test_a_total_randomised_equally_gives_each_arm_half():
    doc = Document([Passage("results", "Forty-eight treatment-naive patients were randomised equally to laser therapy "
                                       "or eye drops.")])
    sizes = sizes_of(doc, list(arms_for(doc, "Laser therapy", "Eye drops")))
    assert (sizes.by_arm, sizes.assumed) == ({0: 24, 1: 24}, False)


def test_abbreviations_defined_after_a_decimal_dose_or_starting_with_a_digit():
    doc = Document([Passage("results", "Patients were randomised to surgery with mitomycin C 0.2 mg/mL (MMC, n = 58) "
                                       "or surgery with 5-fluorouracil 50 mg/mL (5-FU, n = 57).")],
                   [Table("Table 4", "Complications, n (%)", [["Complication", "MMC (n = 58)", "5-FU (n = 57)"]],
                          [["Hypotony", "7 (12.1)", "3 (5.3)"]])])
    assert [abbreviation for _, abbreviation in doc.abbreviations] == ["MMC", "5-FU"]
    found = read(doc, "Surgery with mitomycin C", "Surgery with 5-fluorouracil", "Hypotony", "binary")
    assert events_and_sizes(found) == (7, 58, 3, 57)


@pytest.mark.parametrize("text, intervention, comparator, sizes", [
    pytest.param(
        "A total of 120 infants were randomly assigned to lactose-free or standard formula. Follow-up to the "
        "resolution of symptoms was complete for 57 of 61 infants in the lactose-free group and 55 of 59 in the "
        "standard group.",
        "Lactose-free formula", "Standard formula", {0: 57, 1: 55},
        id="follow_up_to_an_end_point_was_complete_for_those_analysed"),
    pytest.param(
        "Eighty adults were randomised equally to the two doses. A clearance rate could not be estimated for "
        "some patients; a rate was therefore available for 37 patients in the low-dose group and 38 in the "
        "high-dose group.",
        "High-dose quinine", "Low-dose quinine", {0: 38, 1: 37},
        id="a_value_was_therefore_available_for_those_analysed"),
    pytest.param(
        "Children with obesity (n = 150) were randomised to a school-based programme (n = 76) or to a control "
        "group (n = 74). At 1 year, 70 programme and 69 control children were re-measured.",
        "School-based obesity programme", "Control", {0: 70, 1: 69},
        id="those_re_measured_are_those_analysed"),
    pytest.param(
        "Infants were randomised 2:1 to the new vaccine (n = 240) or a control vaccine (n = 120). Over 6 months, "
        "228 and 117 infants, respectively, remained under active surveillance.",
        "New vaccine", "Control vaccine", {0: 228, 1: 117},
        id="those_who_remained_under_surveillance_are_those_analysed"),
    pytest.param(
        "We enrolled 150 children with pneumonia; 76 were randomised to oral amoxicillin for 3 days and 74 to oral "
        "amoxicillin for 5 days.",
        "Amoxicillin for 3 days", "Amoxicillin for 5 days", {0: 76, 1: 74},
        id="a_size_before_a_route_and_the_arm_s_name"),
    pytest.param(
        "Patients were assigned by a computer list to group A (cast for 4 weeks) or group B (cast for 6 weeks). "
        "Forty-one patients entered group A and thirty-nine group B.",
        "Cast for 4 weeks (group A)", "Cast for 6 weeks (group B)", {0: 41, 1: 39},
        id="those_who_entered_a_group_are_its_size"),
    pytest.param(
        "Adults with dengue fever were randomised to receive papaya leaf capsules 500 mg three times daily for 5 "
        "days plus supportive care (n = 112) or supportive care alone (n = 108).",
        "Papaya leaf extract plus supportive care", "Supportive care alone", {0: 112, 1: 108},
        id="a_name_ending_in_the_comparator_s_words_is_told_apart_by_its_whole_segment"),
    pytest.param(
        "Women with type 2 diabetes were randomised to a walking and yoga programme (n = 61) or to diabetes "
        "education classes (n = 60). Outcomes were recorded monthly; 55 and 57 women, respectively, returned "
        "complete diaries and were analysed.",
        "Walking and yoga programme", "Diabetes education classes", {0: 55, 1: 57},
        id="an_and_inside_a_group_s_name_before_its_size_makes_no_third_group"),
    pytest.param(
        "Ninety adults were randomised to early mobilisation, with walking on the day of surgery (n = 46), or "
        "to standard care, with mobilisation from day 3 once drains were out (n = 44).",
        "Early mobilisation", "Standard care", {0: 46, 1: 44},
        id="a_bare_size_bracket_after_a_description_belongs_to_the_arm_named_first_since_the_last_size"),
    pytest.param(
        "Seventy women were randomised to ropivacaine (n = 36) or to saline given after skin closure "
        "(n = 34).",
        "Ropivacaine infiltration after caesarean section", "Saline infiltration", {0: 36, 1: 34},
        id="after_is_no_word_of_an_arm_s_name"),
    pytest.param("Patients were randomised to drops A (n = 40), drops B (n = 42) or drops C (n = 41). At week 8, 37, "
                 "40 and 36 patients, respectively, had evaluable pressure measurements.", "Drops C", "Drops A",
                 {0: 36, 1: 37}, id="a week number opens no list of sizes"),
    pytest.param("Adults were randomised to drug A (n = 60) or drug B (n = 61). Fifty-five drug A and 57 drug B "
                 "participants returned complete diaries.", "Drug A", "Drug B", {0: 55, 1: 57},
                 id="returning diaries tells those analysed"),
    pytest.param("Adults were randomised to drug A (n = 60) or drug B (n = 61). Rescue medication was used by 21 drug "
                 "A and 30 drug B participants among those who returned diaries.", "Drug A", "Drug B", {0: 60, 1: 61},
                 id="not after who"),
    pytest.param("Patients on preserved drops were randomised to switch to preservative-free drops (PF group, n = 45) "
                 "or to continue preserved drops (PD group, n = 45). Two patients in the PF group withdrew, leaving 43 "
                 "and 45 for analysis.", "Switch to preservative-free drops", "Continued preserved drops",
                 {0: 43, 1: 45}, id="two equal allocated sizes set the order of the arms"),
    *(pytest.param(f"Women were randomised to drug A (n = 42) or drug B (n = 42). {missing} one woman in the drug A "
                   "group and three in the drug B group.", "Drug A", "Drug B", {0: 41, 1: 39},
                   id=f"{missing.split()[0].lower()} missing or incomplete are losses")
      for missing in ("Satisfaction scores were missing for", "Post-treatment questionnaires were incomplete for")),
    pytest.param("Women were randomised to cooling gel pads (n = 60) or standard care (n = 60). Pain data were missing "
                 "for five women in the gel pad group and two in the standard care group.", "Cooling gel pads",
                 "Standard care", {0: 55, 1: 58}, id="a plural of four letters is named by its singular"),
    pytest.param("Women were randomised to late feeding (no food until 6 hours after surgery; n = 70) or early feeding "
                 "(n = 72).", "Late feeding", "Early feeding", {0: 70, 1: 72},
                 id="a size after a note in the bracket is the name's before it"),
    *(pytest.param("Sixty patients were randomised equally to drug A or placebo. Twenty-six drug A and twenty-four "
                   f"placebo patients were {analysed} at week 8.", "Drug A", "Placebo", {0: 26, 1: 24},
                   id=f"those {analysed} are those analysed") for analysed in ("weighed", "interviewed")),
    pytest.param("Of 80 patients randomised, 40 were allocated to drug A and 40 to drug B. Seven drug A and five drug "
                 "B patients discontinued, so that 33 and 35 patients, respectively, contributed week-4 data.",
                 "Drug A", "Drug B", {0: 33, 1: 35}, id="contributing week-4 data tells those analysed"),
    pytest.param("Sixty patients receiving radiotherapy were randomly allocated, thirty to honey before radiotherapy "
                 "and thirty to standard care.", "Honey before radiotherapy", "Standard care", {0: 30, 1: 30},
                 id="the total beside each arm's size is no arm's size"),
    pytest.param("Ninety patients were randomised to splinting or to usual care (45 per arm). After exclusion of 3 "
                 "patients in the splinting group and 5 in the usual care group who withdrew before the first visit, "
                 "42 and 40 patients were followed for 12 weeks.", "Splinting", "Usual care", {0: 42, 1: 40},
                 id="arms named in a leading clause about losses name no item of the list after it"),
    pytest.param("Children were randomised to zinc (n = 70), vitamin A (n = 71) or placebo (n = 72). Six-month "
                 "assessments were missing for 5, 3 and 4 children, respectively.", "Zinc", "Placebo", {0: 65, 1: 68},
                 id="those whose assessments were missing are losses"),
    pytest.param("Forty-four runners were allocated to eccentric training (n = 22) or rest (n = 22). One runner in "
                 "each group withdrew, so 21 runners per group were analysed.", "Eccentric training", "Rest",
                 {0: 21, 1: 21}, id="a count in each group before losses is no group's size"),
    pytest.param("Patients were randomised to drug A (n = 40) or placebo (n = 40). At 3 months, 36 drug A and 35 "
                 "placebo patients were re-tested.", "Drug A", "Placebo", {0: 36, 1: 35},
                 id="those re-tested are those analysed"),
    pytest.param("Patients were randomised to walking (n = 51) or a waiting list (n = 50). At 6 months, 46 and 47 "
                 "participants, respectively, provided Stroke Impact Scale (SIS 3.0) data.", "Walking",
                 "Waiting list", {0: 46, 1: 47}, id="those providing a named scale's data are those analysed"),
    *(pytest.param("Adults were randomised to drug A (n = 60) or placebo (n = 30). Two drug A patients and one placebo "
                   f"patient {lost}.", "Drug A", "Placebo", {0: 58, 1: 29}, id=f"those who {lost} are losses")
      for lost in ("had no evaluable week 6 biopsies", "were not included in the week 6 analysis")),
    pytest.param("Patients were randomised to surgery (n = 75) or exercise (n = 75). Nineteen patients in the exercise "
                 "group crossed over to surgery but were analysed as randomised.", "Surgery", "Exercise",
                 {0: 75, 1: 75}, id="those who crossed over are no group's size"),
    pytest.param("Patients were randomised to intensive rehabilitation (two physiotherapy sessions daily; n = 66) or "
                 "standard rehabilitation (one session daily; n = 64).",
                 "Intensive rehabilitation (two physiotherapy sessions daily)", "Standard rehabilitation (one session "
                 "daily)", {0: 66, 1: 64}, id="a number of sessions is no group's size"),
    pytest.param("Older adults were randomised to exercise (Group A, n = 200) or health information (Group B, "
                 "n = 202). Falls diaries were returned by all but nine participants in Group A and six in Group B.",
                 "Exercise", "Health information", {0: 200, 1: 202}, id="a count after 'all but' is no group's size"),
    pytest.param("Twenty-four patients were randomised, twelve to mirror therapy and twelve to sham therapy. One sham "
                 "participant was transferred; the analysis therefore included twelve and eleven participants.",
                 "Mirror therapy", "Sham therapy", {0: 12, 1: 11}, id="what the analysis therefore included"),
    pytest.param("Patients were randomised to banding plus propranolol or banding alone, 60 per group. Four patients "
                 "in the propranolol group and three in the banding alone group were lost to follow-up; they were "
                 "censored at their last visit and included in the analysis.", "Banding plus propranolol",
                 "Banding alone", {0: 60, 1: 60}, id="losses a sentence keeps in the analysis are no losses"),
    pytest.param("Patients were randomised to an app (n = 150) or leaflets (n = 150). Eight patients in the app group "
                 "and fourteen in the leaflet group failed to attend for colonoscopy.", "App", "Leaflets",
                 {0: 142, 1: 136}, id="those who failed to attend are losses"),
    pytest.param("Patients with gout were randomised to febuxostat or allopurinol. In the on-treatment population "
                 "(febuxostat 2514, allopurinol 2509), cardiovascular death occurred in 62 and 55 patients.",
                 "Febuxostat", "Allopurinol", {0: 2514, 1: 2509}, id="an analysis set's breakdown by arm"),
    pytest.param("Patients were randomised to ziprasidone or olanzapine. Electrocardiograms were recorded for all "
                 "patients receiving study medication (ziprasidone, 136; olanzapine, 133).", "Ziprasidone",
                 "Olanzapine", {0: 136, 1: 133}, id="those receiving study medication broken down by arm"),
    pytest.param("Eighty patients were randomised: forty received clonidine and forty received placebo. Every "
                 "patient who received at least one dose (clonidine 38, placebo 39) was included in this analysis.",
                 "Clonidine", "Placebo", {0: 38, 1: 39},
                 id="those who received at least one dose broken down by arm"),
    pytest.param("Women were randomised to zuranolone (n = 67) or placebo (n = 65); the efficacy set included the 66 "
                 "and 63 women who took a dose.", "Zuranolone", "Placebo", {0: 66, 1: 63}, id="an efficacy set"),
    pytest.param("Patients were randomised to peppermint oil (n = 62) or placebo (n = 65). Seven patients (3 and 4, "
                 "respectively) had no diary and were excluded from the efficacy population.", "Peppermint oil",
                 "Placebo", {0: 59, 1: 61}, id="those excluded from the efficacy population are losses"),
    pytest.param("Patients were randomised to deep brain stimulation plus medication (neurostimulation; n = 123) or "
                 "medical therapy alone (n = 125). Falls were rarer in the neurostimulation group.",
                 "Deep brain stimulation plus medication", "Best medical therapy", {0: 123, 1: 125},
                 id="a word in brackets with the size that the text then calls a group by is the arm's label"),
    pytest.param("Twenty-eight participants were randomised to blood flow restriction training (BFR; n = 14) or "
                 "high-load resistance training (HL; n = 14).", "Blood flow restriction training (BFR)",
                 "High-load resistance training (HL)", {0: 14, 1: 14},
                 id="a total before an arm with its own labelled size is not that arm's size"),
    pytest.param("Adults were randomised to paracetamol (n = 55), morphine (n = 55) or ketorolac (n = 55). Four "
                 "patients (paracetamol 1, morphine 2, ketorolac 1) were excluded after another diagnosis was made.",
                 "Paracetamol", "Morphine", {0: 54, 1: 53}, id="a breakdown of losses over three groups"),
    pytest.param("Patients were randomised to mycophenolate (MMF) or cyclophosphamide (IVC). Of 140 patients (MMF 71, "
                 "IVC 69), 8 in the MMF group and 12 in the IVC group stopped early; they were counted as "
                 "non-responders.", "Mycophenolate", "Cyclophosphamide", {0: 71, 1: 69},
                 id="a total's breakdown by arm"),
    pytest.param("Patients were randomised to mycophenolate (MMF) or cyclophosphamide (IVC). Of 140 patients (71 MMF, "
                 "69 IVC), 8 in the MMF group and 12 in the IVC group stopped early; they were counted as "
                 "non-responders.", "Mycophenolate", "Cyclophosphamide", {0: 71, 1: 69},
                 id="a breakdown with each count before its group's name"),
    pytest.param("Patients were randomly assigned to tacrolimus (n = 63) or cyclophosphamide (n = 61). Complete "
                 "response was achieved by 29 of 59 and 18 of 56 evaluable patients.", "Tacrolimus",
                 "Cyclophosphamide", {0: 63, 1: 61}, id="two counts of their denominators are no pair of sizes"),
    pytest.param("Patients were randomised to sodium zirconium cyclosilicate (SZC) 5 g (n = 84), SZC 10 g (n = 86) or "
                 "placebo (n = 85).", "Sodium zirconium cyclosilicate 10 g", "Placebo", {0: 86, 1: 85},
                 id="a bare size after another dose of an arm's drug is a third arm's"),
    pytest.param("Sixty adults were randomised, thirty to each arm. Three tai chi participants and two stretching "
                 "participants did not complete the week 8 visit.", "Tai chi", "Stretching", {0: 27, 1: 28},
                 id="those who did not complete a visit of two words are losses"),
    pytest.param("We randomised 98 adults to internet-delivered CBT (n = 50) or a waiting-list control (n = 48). At 12 "
                 "weeks, 7 participants in the CBT arm and 4 in the waiting-list arm had not completed the follow-up "
                 "questionnaires.", "Internet CBT", "Waiting list", {0: 43, 1: 44},
                 id="those who had not completed the questionnaires are losses, not those analysed"),
    pytest.param("Of the 820 men randomised (denosumab 410, placebo 410), 702 had hip scans at both visits and were "
                 "included in the bone density analysis (denosumab 355, placebo 347).", "Denosumab", "Placebo",
                 {0: 355, 1: 347}, id="those included in an analysis named by its outcome are analysed"),
    pytest.param("Adults were randomised to a walking group led by volunteers (n=90) or to a leaflet (n=88). At 6 "
                 "months, 81 walking group participants and 80 leaflet participants attended for measurements.",
                 "Volunteer-led walking group", "Leaflet", {0: 81, 1: 80},
                 id="those who attended for measurements are those analysed"),
    pytest.param("Adults were randomised to a reminder app (n=120) or to usual care (n=118). Follow-up was 90.0% in "
                 "the app group (108/120) and 94.1% in the usual care group (111/118).", "Reminder app", "Usual care",
                 {0: 108, 1: 111}, id="a rate of follow-up with those followed of those allocated"),
    pytest.param("Adults admitted with pneumonia were randomised to antibiotics for 5 days (short course) or 10 days "
                 "(standard course). In total, 120 were assigned to the short course and 118 to the standard course; "
                 "eight and five patients, respectively, were excluded from the per-protocol analysis. Clinical cure "
                 "was analysed in all randomised patients.", "Antibiotics for 5 days (short course)",
                 "Antibiotics for 10 days (standard course)", {0: 120, 1: 118},
                 id="those left out of a per-protocol set stay in when all randomised were analysed"),
    pytest.param("Adults admitted with pneumonia were randomised: 120 were assigned to a 5-day course and 118 to a "
                 "10-day course; eight and five patients, respectively, were excluded from the per-protocol analysis.",
                 "5-day course", "10-day course", {0: 112, 1: 113},
                 id="a list of counts right before words of exclusion counts losses"),
    pytest.param("Twenty-five adults were randomised to melatonin 3 mg at bedtime and twenty-four to identical placebo "
                 "capsules.", "Melatonin 3 mg", "Placebo", {0: 25, 1: 24},
                 id="a size before an identical placebo"),
    pytest.param("Twenty-five adults were randomised to melatonin and twenty-four to placebo. One adult in each group "
                 "did not return the actigraph.", "Melatonin 3 mg", "Placebo", {0: 24, 1: 23},
                 id="those who did not return a device are losses"),
    pytest.param("Children with recurrent wheeze were randomised to fluticasone 500 µg twice daily started at the "
                 "onset of an upper respiratory tract infection (n = 71) or placebo (n = 69).",
                 "Pre-emptive fluticasone at onset of viral illness", "Placebo", {0: 71, 1: 69},
                 id="each bracketed size after its item of the allocation's list"),
    pytest.param("Adults with migraine were randomised to dexamethasone (n = 95) or placebo (n = 94). Follow-up by "
                 "telephone at 48 h reached 88 patients in the dexamethasone group and 87 in the placebo group.",
                 "Dexamethasone", "Placebo", {0: 88, 1: 87}, id="those a follow-up reached are those analysed"),
    pytest.param("Adults attending the emergency department were randomised by week to opt-out HIV testing or to "
                 "opt-in testing. There were 1,905 eligible patients in opt-out weeks and 1,887 in opt-in weeks.",
                 "Opt-out HIV testing", "Opt-in HIV testing", {0: 1905, 1: 1887},
                 id="those eligible in each arm of a cluster trial are its size"),
    pytest.param("Adults were randomised to a care coordinator (n=322) or usual care (n=318). Health service use was "
                 "obtained from linked records for 12 months; records could not be linked for 12 and 13 participants, "
                 "respectively, who were excluded from these analyses.", "Care coordinator", "Usual care",
                 {0: 310, 1: 305}, id="a list of counts before 'who were excluded' counts losses"),
    pytest.param("Sixty adults were randomised, thirty to walking and thirty to advice. Two walking participants and "
                 "three advice participants did not provide valid accelerometer data at 8 weeks.", "Walking", "Advice",
                 {0: 28, 1: 27}, id="those who did not provide data are losses"),
    pytest.param("Adults were randomised to home occupational therapy (home OT; n = 43), group occupational therapy "
                 "(group OT; n = 42) or usual care without occupational therapy (n = 41). Outcome data were obtained "
                 "from 40, 38 and 39 participants in the home OT, group OT and usual care arms, respectively. The "
                 "difference between home OT and usual care was 1.3 points and between group OT and usual care 0.7.",
                 "Home occupational therapy", "Usual care without occupational therapy", {0: 40, 1: 39},
                 id="a group's label followed by 'and' and the next group's name is not that group's"),
    pytest.param("We allocated 120 adults to three groups of 40: intensive therapy (IT), standard therapy (ST) or "
                 "deferred therapy (DT). All but four patients (one IT, one ST, two DT) were assessed at 3 weeks.",
                 "Intensive therapy", "Deferred therapy", {0: 39, 1: 38},
                 id="'all but four ... were assessed' counts losses"),
    pytest.param("Seventy inpatients were randomised to dressing practice (n = 35) or conventional therapy (n = 35). "
                 "Four patients in each group had been discharged or had died (experimental: three discharged, one "
                 "died; control: two discharged, two died) and were excluded from analysis.", "Dressing practice",
                 "Conventional therapy", {0: 31, 1: 31}, id="losses 'in each group' before a breakdown by reason"),
    pytest.param("Patients were randomised to usual care (n = 78), swallowing exercises that were self-directed after "
                 "a single session (n = 76), or exercises with weekly therapist-directed sessions (n = 77).",
                 "Self-directed swallowing exercises", "Usual care", {0: 76, 1: 78},
                 id="an allocation list with a size after each item places the sizes by its items"),
    pytest.param("Patients were randomised to usual care (n = 78), self-directed exercises (n = 76) or therapist-led "
                 "exercises (n = 77). Six months after treatment, 70, 71 and 69 patients, respectively, were alive "
                 "and assessed.", "Self-directed exercises", "Usual care", {0: 71, 1: 70},
                 id="those 'alive and assessed' were analysed"),
    pytest.param("New hearing aid users (N = 90) were randomised to auditory training in addition to their hearing "
                 "aids (training group) or to hearing aid use alone (control group). Forty-five participants were "
                 "allocated to each group.", "Auditory training plus hearing aids", "Hearing aids alone",
                 {0: 45, 1: 45}, id="'users (N = 90) were randomised' is everyone, not the arm its words name"),
    pytest.param("Children (N = 40) were randomly assigned to Group A, who received narrative intervention, or Group "
                 "B, who continued with their usual classes. Group A comprised 21 children and Group B 19 children.",
                 "Narrative intervention", "Usual classes", {0: 21, 1: 19},
                 id="a second count after 'and' and a group's name, its verb left out"),
    pytest.param("Children (N = 40) were randomly assigned to Group A, who received narrative intervention, or Group "
                 "B, who continued with their usual classes.", "Narrative intervention", "Usual classes", {},
                 id="'(N = 40) were randomly assigned to Group A' is no size of group A"),
    pytest.param("Patients were randomised to an enriched supplement (n = 48) or a standard supplement (n = 48). Five "
                 "patients in each group died and did not complete the study; the analysis included all randomised "
                 "patients, with missing outcomes imputed as not healed.", "Enriched supplement",
                 "Standard supplement", {0: 48, 1: 48}, id="losses in each group, then everyone analysed"),
    pytest.param("Patients were randomised to an enriched supplement (n = 48) or a standard supplement (n = 48). Five "
                 "patients in each group died and did not complete the study; the others were analysed.",
                 "Enriched supplement", "Standard supplement", {0: 43, 1: 43},
                 id="a count in each group before words of losses is lost"),
    pytest.param("Women were randomised to a ketamine infusion (n = 64) or saline (n = 65). At 3 months, 58 and 60 "
                 "women returned questionnaires; persistent pain was reported by 11 (19.0%) and 20 (33.3%), "
                 "respectively.",
                 "Ketamine infusion", "Saline", {0: 58, 1: 60},
                 id="the list in the clause about analysis, not the later list of events"),
    pytest.param("Patients were randomised to radiotherapy (n = 38) or triamcinolone (n = 38). Four patients in the "
                 "radiotherapy group and six in the triamcinolone group were lost. Recurrence was documented in 5 "
                 "radiotherapy patients and 12 triamcinolone patients among those followed up.", "Radiotherapy",
                 "Triamcinolone", {0: 34, 1: 32}, id="counts 'among those followed up' are events, not sizes"),
    pytest.param("Patients were randomised to cell suspension (NCES; n = 21) or blister grafting (SBEG; n = 21). One "
                 "patient in the NCES group and three in the SBEG group did not return for the 6-month assessment.",
                 "Cell suspension", "Blister grafting", {0: 20, 1: 18}, id="'did not return for' an assessment"),
    pytest.param("Children were randomised to silicone gel (group A, n = 26) or pressure garments (group B, n = 27). "
                 "At 6 months, 24 and 25 children in groups A and B, respectively, underwent ultrasound assessment.",
                 "Silicone gel", "Pressure garments", {0: 24, 1: 25}, id="those who 'underwent ultrasound assessment'"),
    pytest.param("Patients were randomised to simulator training (n = 42) or cognitive training (n = 41). Four "
                 "simulator and six cognitive-training participants did not undergo the on-road evaluation.",
                 "Simulator training", "Cognitive training", {0: 38, 1: 35}, id="those who 'did not undergo' it"),
    pytest.param("Randomisation allocated 105 patients to generic and 103 to branded treatment. Five patients in the "
                 "generic arm and five in the branded arm were lost to follow-up; three and two patients, "
                 "respectively, discontinued treatment early but were followed.", "Generic treatment",
                 "Branded treatment", {0: 100, 1: 98},
                 id="a 'respectively' list right before 'discontinued' counts no sizes"),
    pytest.param("We randomly assigned 142 women to implant placement with acellular dermal matrix (ADM; n = 70) or "
                 "without ADM (n = 72). At 12 months, questionnaires were completed by 61 women in the ADM group and "
                 "66 in the no-ADM group.", "Implant with acellular dermal matrix", "Implant without ADM",
                 {0: 61, 1: 66}, id="'without ADM' is the 'no-ADM group'"),
    pytest.param("Adults with gout were randomised to colchicine 0.5 mg twice daily or 1 mg twice daily for 8 weeks. "
                 "Of 60 adults in each arm, 55 and 52, respectively, completed the final visit.",
                 "Colchicine 1 mg twice daily", "Colchicine 0.5 mg twice daily",
                 {0: 52, 1: 55}, id="arms named alike keep the order of the allocation's list of names"),
    pytest.param("Eighty adults were randomised to a warming blanket or usual blankets. In three adults in the usual "
                 "blankets group the scan was cancelled, so 40 and 37 adults were analysed.", "Warming blanket",
                 "Usual blankets", {0: 40, 1: 37}, id="'so' before the pair of sizes left for analysis"),
    pytest.param("Thirty-one children who played the game and thirty who watched the cartoon were analysed.",
                 "Video game", "Cartoon", {0: 31, 1: 30}, id="a size before 'who' and a verb naming the arm"),
    pytest.param("Among 2,104 children in the PBO-net arm, 388 had malaria, compared with 512 of 2,087 in the "
                 "standard-net arm.", "PBO nets", "Standard nets", {0: 2104, 1: 2087},
                 id="'Among N children in the X arm' gives X's size"),
    pytest.param("Of 120 patients randomised (needling 60, sham 60), 56 needling and 57 sham patients were assessed at "
                 "6 weeks.", "Needling", "Sham", {0: 56, 1: 57},
                 id="the sizes after a denominator's breakdown are those of a part of it"),
    pytest.param("Of 80 randomised children, 41 received IN-KET and 39 IV-MOR; all were analysed.",
                 "Intranasal ketamine (IN-KET)", "Intravenous morphine (IV-MOR)", {0: 41, 1: 39},
                 id="'IN' of 'IN-KET' is no word between a size and its arm"),
    pytest.param("Thirty wards were randomised to a falls bundle or usual practice. At 12 months, 210 nurses in bundle "
                 "wards and 198 nurses in usual-practice wards responded.", "Falls bundle", "Usual practice",
                 {0: 210, 1: 198}, id="those who responded are those analysed"),
    pytest.param("Fifty adults were divided into two groups: 26 adults with acute neck pain who could not turn the head "
                 "for several days, but had not been injured (group N), and 24 adults who had been in a minor fall, "
                 "and had mild symptoms but not limited movement (group F).",
                 "adults with acute neck pain who could not turn the head for several days, but had not been injured "
                 "(group N)", "adults who had been in a minor fall, and had mild symptoms but not limited movement "
                 "(group F)", {0: 26, 1: 24}, id="'but had' in one group's description names no other group"),
    pytest.param("Forty patients were randomised to each group. Day-30 weights were available for 33 patients receiving "
                 "early feeding and 31 receiving delayed feeding.", "Early oral diet", "Delayed enteral feeding",
                 {0: 33, 1: 31}, id="the word before a name's last word tells arms apart, the last word does not"),
    pytest.param("One hundred and twenty patients were randomised to each arm: dry needling or sham needling.",
                 "Dry needling", "Sham needling", {0: 120, 1: 120},
                 id="a number per arm written in words of more than one word"),
    pytest.param("Eighty patients were randomised to each arm. In the needling arm 6 patients were lost to follow-up "
                 "(2 moved, 4 withdrew) and in the sham arm 9 (3 moved, 6 withdrew); all others were analysed.",
                 "Dry needling", "Sham needling", {0: 74, 1: 71},
                 id="losses each after 'In the X arm'"),
    pytest.param("Sixty-one patients received the lactose formula and fifty-eight the standard formula; all were "
                 "analysed.", "Lactose-containing formula", "Lactose-free standard formula", {0: 61, 1: 58},
                 id="an arm 'X-free' is not named by X"),
    pytest.param("Of 500 patients randomised (biomarker-guided, 251; standard care, 249), 7 in the biomarker group and 4 "
                 "in the standard group were excluded from the modified intention-to-treat population because they "
                 "withdrew consent.", "Biomarker-guided therapy", "Standard care", {0: 244, 1: 245},
                 id="those excluded from an analysis population come off the sizes randomised before them"),
    pytest.param("Of 300 patients randomised (robotic, n = 151; laparoscopic, n = 149), 5 (robotic 2, laparoscopic 3) "
                 "were excluded from the per-protocol population (robotic 149, laparoscopic 146).", "Robotic surgery",
                 "Laparoscopic surgery", {0: 149, 1: 146},
                 id="the sizes left after those excluded from an analysis population are not lessened again"),
    pytest.param("Adults were randomised to a walking group (n = 48) or to advice (n = 47) and were followed monthly for "
                 "a year by telephone. Follow-up was completed by 45 and 44 participants, respectively.",
                 "Walking group", "Advice", {0: 45, 1: 44}, id="'were followed monthly' is a schedule, not an analysis"),
    pytest.param("Sixty adults with neck pain were divided into three groups: 22 adults with acute neck pain who could not "
                 "turn the head (group A), 20 adults with whiplash (group B) and 18 adults with neck pain with arm pain "
                 "(group C).", "adults with acute neck pain who could not turn the head (group A)",
                 "adults with neck pain with arm pain (group C)", {0: 22, 1: 18},
                 id="a count followed word for word by an arm's whole description"),
    pytest.param("Eighty patients scheduled for arthroscopic shoulder surgery under an interscalene block with 20 mL "
                 "0.5% ropivacaine were randomly allocated in equal numbers to dry needling or to sham needling.",
                 "Dry needling", "Sham needling", {0: 40, 1: 40},
                 id="a total whose people are described at length before they were allocated in equal numbers"),
    pytest.param("Of 90 adults randomised (45 per group) to dry needling or to sham needling, three in each group "
                 "withdrew before the first follow-up and were excluded from the analysis.", "Dry needling",
                 "Sham needling", {0: 42, 1: 42},
                 id="the last number for every group is the number lost, not the size before it"),
    pytest.param("Patients were randomly allocated to dry needling (n = 30), stretching (n = 30) or no treatment "
                 "(n = 30). Two patients in the needling group, one in the stretching group and four in the untreated "
                 "group were lost to follow-up.", "Dry needling", "No treatment", {0: 28, 1: 26},
                 id="'the untreated group' is the arm of no treatment"),
    pytest.param("Sixty patients were randomly divided into a dry needling (DN) group and a stretching (ST) group, 30 "
                 "in each group. Two patients dropped out of the DN group and four patients withdrew from the ST "
                 "group.", "Dry needling", "Stretching", {0: 28, 1: 26},
                 id="those who dropped out of or withdrew from a group are its losses"),
    pytest.param("Seventy patients were randomised to dry needling (DN; n = 35) or sham needling (n = 35). All but "
                 "five patients (two DN, three sham) completed the 4-week visit.", "Dry needling", "Sham needling",
                 {0: 33, 1: 32}, id="'all but five patients (two X, three Y) completed' gives each arm's losses"),
    pytest.param("Sixty patients were enrolled and thirty were assigned to each group; all but three (two in the "
                 "dry needling group and one in the stretching group) attended the 3-month visit.", "Dry needling",
                 "Stretching", {0: 28, 1: 29},
                 id="'all but three (two in X, one in Y) attended' gives each arm's losses"),
    pytest.param("Of 130 randomised patients (66 needling, 64 sham), 120 attended at least one session and were "
                 "included in the modified intention-to-treat population (60 per group).", "Dry needling",
                 "Sham needling", {0: 60, 1: 60},
                 id="a number per group after the words of analysis outweighs the allocation's before"),
    pytest.param("Of the 60 randomised patients (30 per arm), four in the needling arm (three moved away, one "
                 "withdrew) and two in the sham arm (both busy) did not complete the 3-month follow-up.",
                 "Dry needling", "Sham needling", {0: 26, 1: 28},
                 id="losses with their reasons in brackets before the words of losses"),
    pytest.param("Fifty patients were randomised to dry needling (n = 25) or stretching (n = 25). Two patients in each "
                 "group missed the final test; the analysis was therefore based on 23 and 23 patients.", "Dry needling",
                 "Stretching", {0: 23, 1: 23},
                 id="'the analysis was based on 23 and 23 patients' gives those analysed"),
    pytest.param("Fifty participants were randomised (25 per group). One participant withdrew; data from 24 "
                 "participants in the dry needling plus stretching (DN+ST) group and 25 in the stretching (ST) group "
                 "were analysed.", "Dry needling plus stretching", "Stretching alone", {0: 24, 1: 25},
                 id="the other arm's abbreviation inside this arm's combined one names no other arm"),
    pytest.param("Patients were randomised to dry needling (n = 40) or sham needling (n = 40). All patients returned "
                 "for the 6-week review except three in the needling group and one in the sham group.", "Dry needling",
                 "Sham needling", {0: 37, 1: 39}, id="'all returned ... except three in X and one in Y' gives losses"),
])
def test_group_sizes_in_sentences(text, intervention, comparator, sizes):
    doc = Document([Passage("results", text)])
    assert sizes_of(doc, list(arms_for(doc, intervention, comparator))).by_arm == sizes


@pytest.mark.parametrize("text, intervention, comparator, outcome, kind, expected", [
    pytest.param("Of 200 patients, 101 were allocated to the aprepitant regimen and 99 to the control regimen. Mean "
                 "fatigue scores at week 4 were 3.1 ± 1.2 in the aprepitant group and 3.9 ± 1.5 in the control "
                 "group.",
                 "Aprepitant plus granisetron", "Granisetron plus dexamethasone", "Fatigue at week 4",
                 "continuous", (101, 3.1, 1.2, 99, 3.9, 1.5),
                 id="an active comparator the text never names is its control group"),
    pytest.param("Adults were randomised to a ketogenic diet (n = 60) or a low-fat diet (n = 60). In the keto group, "
                 "14 participants withdrew before 6 months (9 were lost to follow-up and 5 stopped the diet); in the "
                 "low-fat group, 6 withdrew (all lost to follow-up).", "Ketogenic diet", "Low-fat diet",
                 "Dropout (withdrawal) by 6 months", "binary", (14, 60, 6, 60),
                 id="those who withdrew, with a breakdown of losses, are the events of dropout"),
    pytest.param("Women were randomised to a low-glycaemic-index diet (n = 40) or a high-fibre diet (n = 40). "
                 "Macrosomia occurred in 4 of 38 women (11%) on the low-GI diet compared with 10 of 39 women (26%) "
                 "on the high-fibre diet.", "Low-glycaemic-index diet", "Conventional high-fibre diet", "Macrosomia",
                 "binary", (4, 38, 10, 39),
                 id="each count followed closely by its arm's name"),
    pytest.param("Thirty adults with chronic hepatitis C infection were randomised: fifteen received the drug for 24 "
                 "weeks and fifteen for 48 weeks. Cure was achieved in nine of the 15 patients in the 24-week group "
                 "and in eleven of the 15 in the 48-week group.", "Drug for 24 weeks", "Drug for 48 weeks",
                 "Cure of chronic hepatitis C infection", "binary", (9, 15, 11, 15),
                 id="the sizes of an allocation naming the outcome's words are no events"),
    pytest.param("Adults were randomised to a single dose of cefazolin (short course) or to cefazolin continued for "
                 "three days (long course). Wound infection occurred in 9 of 101 patients after the short course and "
                 "in 7 of 99 after the long course.", "Single-dose prophylaxis", "Three-day antibiotic course",
                 "Wound infection", "binary", (9, 101, 7, 99),
                 id="a course named in brackets after the arm's description is its label"),
    pytest.param("Patients were randomised to a wound drain (n = 90) or no drain (n = 88). Seroma developed in 7 "
                 "patients (7.8%) in the drain group and in 15 patients (17.0%) in the no-drain group.",
                 "Closed suction drain", "No drain", "Seroma", "binary", (7, 90, 15, 88),
                 id="a hyphenated no-X group is the arm of no X"),
    pytest.param("Adults were randomly assigned to oral drug X 10 mg (low dose, n = 40), drug X 40 mg (high dose, n = "
                 "41) or placebo (n = 42). Mean pain on day 3 was 3.9 (SD 1.8) with low-dose drug X, 3.1 (SD 1.6) with "
                 "high-dose drug X and 4.4 (SD 1.9) with placebo.", "Drug X 40 mg", "Placebo", "Pain on day 3",
                 "continuous", (41, 3.1, 1.6, 42, 4.4, 1.9), id="dose levels labelled beside the sizes name the arms"),
    pytest.param("Of 100 randomised patients (walking, 51; usual care, 49), 47 and 45 completed the 3-month assessment "
                 "and 44 and 40 completed the 6-month assessment. Fatigue scores at 6 months were 3.6 ± 1.8 and "
                 "4.5 ± 2.1, respectively.", "Walking programme", "Usual care", "Fatigue at 6 months", "continuous",
                 (44, 3.6, 1.8, 40, 4.5, 2.1), id="of pairs of sizes each before its time, the outcome's"),
    pytest.param("Patients were randomised to surgery A (SA, n = 50) or surgery B (SB, n = 48). Of the 47 SB and 46 SA "
                 "patients who completed follow-up, revision was needed in 2 and 5, respectively.", "Surgery A",
                 "Surgery B", "Revision", "binary", (5, 46, 2, 47),
                 id="counts after a lead naming the arms' denominators follow its order"),
    pytest.param("Eyes were randomised to pulsed laser (PL, n = 30) or continuous laser (CL, n = 31). Inflammation "
                 "occurred in 1 and 6 eyes, and hypotony in none and three eyes, respectively.", "Pulsed laser",
                 "Continuous laser", "Hypotony", "binary", (0, 30, 3, 31),
                 id="none beside a number in a list of counts is zero"),
    pytest.param("Women were randomised to balloon plus oxytocin (n = 100), balloon alone (n = 101) or misoprostol "
                 "(n = 99). In the balloon-oxytocin, balloon-alone and misoprostol arms, caesarean delivery occurred "
                 "in 21 of 99, 25 of 100 and 18 of 97 women, respectively.", "Balloon plus oxytocin", "Misoprostol",
                 "Caesarean delivery", "binary", (21, 99, 18, 97),
                 id="a respectively list after a leading list of groups follows it"),
    pytest.param("Women were randomised to drug A (n = 80) or drug B (n = 82). No woman in either group developed "
                 "eclampsia.", "Drug A", "Drug B", "Eclampsia", "binary", (0, 80, 0, 82),
                 id="nobody in either group having the outcome is zero in each"),
    pytest.param("Patients were randomised to early (n = 100) or delayed (n = 98) palliative care. By 1 year, 35 of "
                 "100 participants in the early group and 50 of 98 in the delayed group had died.",
                 "Early palliative care", "Delayed palliative care", "Death within 1 year", "binary",
                 (35, 100, 50, 98), id="death within a time is named by having died"),
    pytest.param("Patients were randomised to honey (n = 40) or standard care (n = 40). Of the forty patients in the "
                 "honey group, eight developed grade 3 or 4 mucositis, compared with twenty-one of the forty in the "
                 "standard care group.", "Honey", "Standard care", "Grade 3-4 mucositis", "binary", (8, 40, 21, 40),
                 id="grades joined by or are no counts"),
    pytest.param("Molars were randomised to composite A (n = 24) or composite B (n = 24). Two restorations in the "
                 "composite A group had failed by 24 months, whereas none of the composite B restorations failed.",
                 "Composite A", "Composite B", "Restoration failure at 24 months", "binary", (2, 24, 0, 24),
                 id="none of one arm's restorations is zero events"),
    pytest.param("Within 24 h, nausea occurred in 30 patients in the aprepitant group and in 45 patients in the "
                 "ondansetron-alone group, and vomiting in 5 and 21 patients, respectively.",
                 "Aprepitant plus ondansetron", "Ondansetron alone", "Vomiting within 24 h", "binary",
                 (5, None, 21, None), id="a later outcome's counts follow the order of an earlier outcome's arms"),
    pytest.param("Within 24 h, nausea occurred in 30 patients in the aprepitant group and in 45 patients in the "
                 "ondansetron-alone group, and vomiting in 5 and 21 patients, respectively.",
                 "Aprepitant plus ondansetron", "Ondansetron alone", "Nausea within 24 h", "binary",
                 (30, None, 45, None), id="an earlier outcome's counts stay its own"),
    pytest.param("At 6 months, 41 of 50 patients given the vaccine and 30 of 48 given placebo were alive.",
                 "Vaccine", "Placebo", "Death within 6 months", "binary", (9, 50, 18, 48),
                 id="deaths are those not alive"),
    pytest.param("By 6 months, 9 of 50 patients given the vaccine and 18 of 48 given placebo had died (survival 82% "
                 "vs 62.5%).", "Vaccine", "Placebo", "Death within 6 months", "binary", (9, 50, 18, 48),
                 id="a sentence naming deaths beside survival names deaths"),
    pytest.param("Bony union at 6 months was achieved in 58 of 60 patients given the graft and in 49 of 59 given no "
                 "graft.", "Bone graft", "No graft", "Nonunion at 6 months", "binary", (2, 60, 10, 59),
                 id="a non- outcome is the complement of the word it negates"),
    pytest.param("Adults were randomised to needling (n = 29) or sham (n = 29). No serious adverse events occurred "
                 "(needling 0/29; sham 0/28).", "Needling", "Sham", "Serious adverse events", "binary", (0, 29, 0, 28),
                 id="counts of none beside a sentence saying none occurred are no counts of those without"),
    pytest.param("Children were randomised to zinc (n = 70), vitamin A (n = 71), zinc plus vitamin A (n = 70) or "
                 "placebo (n = 72). Diarrhoea was reported by 12, 20, 10 and 25 of these children.", "Zinc",
                 "Placebo", "Diarrhoea", "binary", (12, 70, 25, 72),
                 id="a list of one count per allocated group naming no arm follows the allocation"),
    pytest.param("Patients were randomised to an over-the-scope clip (n = 33) or standard endoscopic therapy (n = 33). "
                 "Persistent bleeding after endoscopic treatment occurred in 2 and 14 patients, respectively.",
                 "Over-the-scope clip", "Standard endoscopic therapy", "Persistent bleeding after endoscopic treatment",
                 "binary", (2, 33, 14, 33), id="an arm's word inside the outcome's name names no arm"),
    pytest.param("Adults with tinea pedis were randomised to terbinafine cream (n = 60) or clotrimazole cream "
                 "(n = 58). Mycological cure at 4 weeks was confirmed in 44 and 35 patients.", "Terbinafine cream",
                 "Clotrimazole cream", "Mycological cure at 4 weeks", "binary", (44, 60, 35, 58),
                 id="a pair of counts of patients naming no arm follows the allocation's order"),
    pytest.param("Patients were randomised to a 12-week prednisolone course (n = 40) or an 8-week prednisolone course "
                 "(n = 41). Relapse within a year of the course occurred in 14 (35%) and 16 (39%) children, "
                 "respectively.", "12-week prednisolone course", "8-week prednisolone course", "Relapse", "binary",
                 (14, 40, 16, 41), id="a word every arm's name has names no arm"),
    pytest.param("Adults were randomised to a silver catheter (n = 352), a nitrofurazone catheter (n = 349) or a "
                 "latex catheter (n = 354). Urinary tract infection after catheter removal occurred in 14 (4.0%), "
                 "11 (3.2%) and 16 (4.5%) patients, respectively.", "Silver alloy urinary catheter",
                 "Latex catheter", "Urinary tract infection", "binary", (14, 352, 16, 354),
                 id="a list of one share per group, arms named only in the outcome's name, follows the allocation"),
    pytest.param("Men were randomised to bipolar resection (n = 98) or monopolar resection (n = 97). TUR syndrome did "
                 "not occur in any patient in the bipolar group, whereas three patients in the monopolar group "
                 "developed TUR syndrome.", "Bipolar resection", "Monopolar resection", "TUR syndrome", "binary",
                 (0, 98, 3, 97), id="what did not occur in any patient of a group is none of its events"),
    pytest.param("Children were randomised to melatonin (n = 60) or placebo (n = 65). Total sleep time increased by "
                 "57.5 minutes (SD 77.9) with melatonin and by 9.1 minutes (SD 48.2) with placebo.", "Melatonin",
                 "Placebo", "Change in total sleep time", "continuous", (60, 57.5, 77.9, 65, 9.1, 48.2),
                 id="a unit spelled out between a mean and its SD"),
    pytest.param("Adults were randomly assigned to online CBT (n = 46) or a waitlist (n = 44). At week 12, those in "
                 "the intervention group reported fewer symptoms (M = 14.3, SD = 8.9) than those on the waitlist "
                 "(M = 20.6, SD = 9.5).", "Online CBT", "Waitlist", "Depressive symptoms at week 12", "continuous",
                 (46, 14.3, 8.9, 44, 20.6, 9.5), id="beside a waitlist the intervention group is the other arm"),
    pytest.param("Children were randomised to surgery (n = 57) or medical therapy (n = 59). At 12 months, freedom "
                 "from seizures was observed in 44 patients in the surgery group and in 4 in the medical therapy "
                 "group.", "Surgery", "Medical therapy", "Seizure freedom at 12 months", "binary", (44, 57, 4, 59),
                 id="freedom from what an outcome of freedom names is that outcome, not its opposite"),
    pytest.param("Families were randomised to a sugar-drink reduction programme of coaching and text messages (n=150) "
                 "or to a general newsletter (n=148). Parent-reported child sugar-drink intake at 6 months was "
                 "available for 141 and 139 children, respectively. Mean sugar-drink intake at 6 months was 0.8 (SD "
                 "0.6) servings per day in the programme group and 1.3 (SD 0.9) in the newsletter group.",
                 "Sugar-drink reduction programme", "General newsletter",
                 "Child sugar-drink intake (servings/day) at 6 months", "continuous", (141, 0.8, 0.6, 139, 1.3, 0.9),
                 id="a list of sizes whose arm words are the outcome's follows the order of the arms"),
    pytest.param("We randomised 40 villages to Arm A (nutrition counselling plus home visits) or Arm B (standard "
                 "growth monitoring). At 12 months, anthropometry was available for 587 children in Arm A and 602 in "
                 "Arm B; mean WLZ was -0.42 (SD 1.08) and -0.61 (SD 1.12), respectively.",
                 "Nutrition counselling plus home visits (Arm A)", "Standard growth monitoring (Arm B)",
                 "WLZ at 12 months",
                 "continuous", (587, -0.42, 1.08, 602, -0.61, 1.12),
                 id="means listed after a clause naming the arms follow the order it names them"),
    pytest.param("Adults were randomised to a walking programme (n = 60) or advice (n = 60). At enrolment, systolic "
                 "blood pressure was 148 (SD 12) in the walking group and 147 (SD 13) in the advice group. Systolic "
                 "blood pressure in the walking group was 139 (SD 11) and in the advice group 145 (SD 12).",
                 "Walking programme", "Advice", "Systolic blood pressure at 12 weeks", "continuous",
                 (60, 139.0, 11.0, 60, 145.0, 12.0), id="values at enrolment are baseline values"),
    pytest.param("Infants were randomised to a lipid-based supplement (n = 120) or no supplement (n = 118). "
                 "Weight-for-length z-score (WLZ) and length-for-age z-score (LAZ) were measured at 12 months of age. "
                 "At 12 months, mean length-for-age z-score was -1.02 (SD 0.98) with the supplement and -1.31 (SD "
                 "1.01) without it. Mean WLZ was -0.35 (SD 0.91) with the supplement and -0.52 (SD 0.95) without it.",
                 "Lipid-based supplement", "No supplement", "Weight-for-length z-score at 12 months of age",
                 "continuous", (120, -0.35, 0.91, 118, -0.52, 0.95),
                 id="'of age' after a time point is no word of the outcome's name"),
    pytest.param("Adults with COPD were randomised to high-flow nasal cannula (HFNC; n = 90) or oxygen alone (n = 90). "
                 "At 12 months the mean SGRQ total score was 54.6 (SD 16.2) with HFNC and 61.3 (SD 15.7) with oxygen "
                 "alone. Mean PaCO2 at 12 months was 6.4 (SD 0.9) and 6.7 (SD 1.0) kPa, respectively.",
                 "High-flow nasal cannula", "Oxygen alone",
                 "St George's Respiratory Questionnaire total score at 12 months", "continuous",
                 (90, 54.6, 16.2, 90, 61.3, 15.7), id="an initialism of a questionnaire's name without 'total score'"),
    pytest.param("Adults with migraine were randomised to yoga (n = 45) or headache education (n = 44). At 12 weeks, "
                 "HIT-6 scores were 58.2 ± 6.0 (yoga) and 60.9 ± 5.7 (education), with an adjusted difference of "
                 "-2.7 (SE 1.2; p = 0.03).", "Yoga", "Headache education", "HIT-6 at 12 weeks", "continuous",
                 (45, 58.2, 6.0, 44, 60.9, 5.7), id="the standard error of a difference makes no means' spread an SE"),
    pytest.param("Sixty-four children were randomised to heliox-driven salbutamol (group H, n = 32) or oxygen-driven "
                 "salbutamol (group O, n = 32). Two children in group O and none in group H required intensive care "
                 "admission.", "Heliox-driven salbutamol", "Oxygen-driven salbutamol", "Intensive care unit admission",
                 "binary", (0, 32, 2, 32), id="'none in group H' is none of its events"),
    pytest.param("Adults with hypercapnic COPD were randomised to high-flow oxygen (HFNO; n = 100) or non-invasive "
                 "ventilation (NIV; n = 100). Treatment failure, defined as switch to the other modality or "
                 "endotracheal intubation, occurred in 27 HFNO patients (27.0%) and 15 NIV patients (15.0%). "
                 "Endotracheal intubation was required in 7 patients in the HFNO group and 6 in the NIV group.",
                 "High-flow oxygen", "Non-invasive ventilation", "Endotracheal intubation", "binary", (7, 100, 6, 100),
                 id="an outcome named in another outcome's definition is named less"),
    pytest.param("Adults with sleep apnoea were randomised to a positional device (PTD; n = 50) or CPAP (n = 50). "
                 "The Epworth score decreased to 7.2 ± 3.9 in the PTD group and 7.6 ± 4.4 in the CPAP group "
                 "(baseline 11.0 ± 4.1 and 10.8 ± 4.6).", "Positional device", "CPAP", "Epworth score at 6 weeks",
                 "continuous", (50, 7.2, 3.9, 50, 7.6, 4.4), id="values 'decreased to' are no baseline values"),
    pytest.param("We allocated 120 adults to three groups of 40: intensive speech therapy (10 hours per week; IT), "
                 "standard therapy (3 hours per week; ST) or deferred therapy (no therapy for 3 weeks; DT). "
                 "Responders numbered 24 in IT, 17 in ST and 9 in DT.", "Intensive speech therapy (10 h/week)",
                 "Deferred therapy", "Response at 3 weeks", "binary", (24, 40, 9, 40),
                 id="an abbreviation defined last in a bracket that first describes the arm"),
    pytest.param("Adults were allocated to group CBT (CBT; n = 74) or usual care (n = 72). At 6 months, the mean THI "
                 "score was 31.5 in the CBT group (n = 66) and 42.0 in the usual-care group (n = 64), a mean "
                 "difference of -10.5 points (95% CI -16.2 to -4.8).", "Group CBT", "Usual care", "THI at 6 months",
                 "continuous", (66, 31.5, None, 64, 42.0, None), id="means without spreads, each arm's size after it"),
    pytest.param("Adults were randomised to placebo (n = 104), amlodipine 5 mg (n = 103) or amlodipine 10 mg (n = 105)."
                 " Mean (SD) change in SBP at week 8 was -4.1 (11.2), -11.8 (12.5) and -16.3 (12.9) mmHg in the "
                 "placebo, 5 mg and 10 mg groups.", "Amlodipine 10 mg", "Amlodipine 5 mg", "Change in SBP at week 8",
                 "continuous", (105, -16.3, 12.9, 103, -11.8, 12.5), id="values, their unit, then the groups listed"),
    pytest.param("Children were randomised to silicone gel (n = 26) or pressure garments (n = 27). Mean scar thickness "
                 "was 2.4 (SD 0.7) and 2.8 (SD 0.8) mm, respectively, compared with baseline values of 4.2 to 4.4 mm "
                 "in both groups.", "Silicone gel", "Pressure garments", "Scar thickness at 6 months", "continuous",
                 (26, 2.4, 0.7, 27, 2.8, 0.8), id="values 'compared with baseline' are no baseline values"),
    pytest.param("We randomised 140 patients to Limberg flap (n = 70) or midline closure (n = 70). At a median "
                 "follow-up of 26 months, 6 patients in the Limberg group and 9 in the midline group had been lost to "
                 "follow-up. Recurrence occurred in 2 of the remaining Limberg patients and 11 of the remaining "
                 "midline-closure patients.", "Limberg flap", "Midline closure",
                 "Recurrence during follow-up", "binary", (2, 64, 11, 61),
                 id="'lost to follow-up' is no outcome 'during follow-up'"),
    pytest.param("Patients were randomised to CO2 laser (n = 30) or erbium laser (n = 30). Baseline scar scores were "
                 "similar (all values are mean ± SEM). Three months after the final session, the mean scar score had "
                 "fallen to 61.7 ± 4.2 in the CO2 group and 72.5 ± 4.6 in the erbium group.", "CO2 laser",
                 "Erbium laser", "Scar score at 3 months", "continuous", (30, 61.7, None, 30, 72.5, None),
                 id="'all values are mean ± SEM' declares SEs"),
    pytest.param("Adults with eczema were randomised to tralimab 150 mg every 2 weeks (Q2W; n = 50), tralimab 150 mg "
                 "every 4 weeks (Q4W; n = 49) or placebo (n = 51). Clear skin at week 16 was reached by 21 patients "
                 "in the Q2W group, 17 in the Q4W group and 6 in the placebo group.",
                 "Tralimab 150 mg every 4 weeks", "Placebo", "Clear skin at week 16", "binary", (17, 49, 6, 51),
                 id="'every 4 weeks' is 'Q4W', not 'Q2W'"),
    pytest.param("Adults were randomised to the new valve (n = 90) or the standard valve (n = 92). Major bleeding "
                 "(gastrointestinal or intracranial) occurred in 9 and 14 patients, respectively. Gastrointestinal "
                 "bleeding alone occurred in 6 and 11 patients, respectively.", "New valve", "Standard valve",
                 "Gastrointestinal bleeding", "binary", (6, 90, 11, 92),
                 id="an outcome named among alternatives in brackets names it less"),
    pytest.param("Schools were randomised to the reading club or usual lessons. Fluent reading at 6 months was reached "
                 "by 88 of 140 pupils in the club schools and 61 of 138 in usual-lessons schools. At 12 months, the "
                 "corresponding figures were 104 of 133 and 75 of 130.", "Reading club", "Usual lessons",
                 "Fluent reading at 12 months", "binary", (104, 133, 75, 130),
                 id="a sentence led by the time asked goes on in the order of the arms the one before named"),
    pytest.param("Adults were randomised to balance training (n = 20) or stretching (n = 20). Reach rose from "
                 "61.0 ± 5.2 to 66.4 ± 5.0 cm with balance training, while stretching changed little (60.7 ± 5.5 to "
                 "61.2 ± 5.3 cm).", "Balance training", "Stretching", "Reach at 8 weeks", "continuous",
                 (20, 66.4, 5.0, 20, 61.2, 5.3), id="the value after 'to' in a bracket without 'from'"),
    pytest.param("Adults taking statins were randomised to ubiquinol or placebo. Cramps had resolved at day 28 in 12 "
                 "of the 22 patients analysed in the ubiquinol group and in 5 of the 23 patients in the placebo group.",
                 "Ubiquinol", "Placebo", "Resolution of cramps at day 28", "binary", (12, 22, 5, 23),
                 id="'12 of the 22 patients analysed': 22 were analysed"),
    pytest.param("Adults with schizophrenia were randomised to risperidone long-acting injection (RLAI) or oral "
                 "risperidone (oral RIS). All 80 patients randomised to RLAI and 82 randomised to oral RIS were "
                 "analysed. Relapse at 1 year occurred in 14 RLAI patients and 25 oral RIS patients.",
                 "Risperidone long-acting injection", "Oral risperidone", "Relapse at 1 year", "binary",
                 (14, 80, 25, 82), id="an initialism both arms' names begin names neither ('RIS')"),
    pytest.param("Ninety women were randomised equally to three groups: lavender oil inhalation delivered by the ward "
                 "nurse (Group L), saline inhalation (Group S) or no inhalation (Group C). Nausea occurred in 6 women "
                 "in Group L, 12 in Group S and 14 in Group C.", "Nurse-delivered lavender oil inhalation",
                 "Saline inhalation", "Nausea", "binary", (6, 30, 12, 30),
                 id="a group label after a description whose last words bring a word of their own ('ward')"),
    pytest.param("Adults after cardiac arrest were randomised to early cooling (n = 80) or standard care (n = 78). At "
                 "6 months, 41 patients (51.3%) in the cooling group and 33 (42.3%) in the standard-care group were "
                 "alive.", "Early cooling", "Standard care", "Survival at 6 months", "binary", (41, 80, 33, 78),
                 id="'were alive' names survival"),
    pytest.param("Of 1,000 injured adults, 502 were randomised to ambulance drugs and 498 to usual care. Death within "
                 "28 days occurred in 60 patients in the ambulance-drug group and 71 in the usual-care group.",
                 "Ambulance-administered tranexamic acid", "Usual care (haemostatic drugs given in hospital)",
                 "Death within 28 days", "binary", (60, 502, 71, 498),
                 id="of arms named equally, the one named by words outside its brackets"),
    pytest.param("Of the 48 children randomised to the nasal spray, fever had resolved by day 3 in 30; of the 47 "
                 "randomised to oral syrup, it had resolved in 22.", "Nasal spray", "Oral syrup",
                 "Fever resolution by day 3", "binary", (30, 48, 22, 47),
                 id="a clause per arm led by its allocated number, then its count"),
    pytest.param("Mean MADRS at week 6 was 14.1 ± 6.0 in the sertraline group and 17.4 ± 6.3 in the placebo group. The "
                 "corresponding changes from baseline were −12.2 ± 5.9 and −8.8 ± 6.1 points (difference −3.4, 95% CI "
                 "−5.6 to −1.2; p = 0.003).", "Sertraline", "Placebo", "Change in MADRS from baseline to week 6",
                 "continuous", (None, -12.2, 5.9, None, -8.8, 6.1),
                 id="'The corresponding changes' go on about the outcome and are the change asked"),
    pytest.param("Older adults were randomised to an intervention group (IG) receiving home-based balance training "
                 "with weekly telephone support, or a control group (CG) receiving usual advice. Falls efficacy at 12 "
                 "weeks was better in IG (22.4 ± 5.1) than in CG (26.8 ± 6.0).",
                 "Home-based balance training with telephone support", "Usual advice", "Falls efficacy at 12 weeks",
                 "continuous", (None, 22.4, 5.1, None, 26.8, 6.0),
                 id="'a control group (CG)' after the other arm's description is the control arm's"),
    pytest.param("Neck pain intensity (VAS) at 4 weeks was 3.1 ± 1.0 in the needling group (n = 30) and 4.2 ± 1.1 in "
                 "the sham group (n = 30). At the end of treatment, neck pain intensity (VAS) was 2.8 ± 1.2 in the "
                 "needling group and 3.0 ± 1.3 in the sham group.", "Dry needling",
                 "Sham needling", "Neck pain intensity (VAS) at 12 weeks", "continuous", (30, 2.8, 1.2, 30, 3.0, 1.3),
                 id="a sentence naming only another time than the one asked weighs less"),
    pytest.param("Children with otitis were randomised to ear irrigation (n = 60) or dry mopping (n = 58). Recurrence "
                 "occurred in 7 children irrigated and 15 mopped.", "Ear canal irrigation", "Dry mopping",
                 "Recurrence", "binary", (7, 60, 15, 58), id="'irrigated' names 'irrigation'"),
    pytest.param("Adults with anxiety were randomised to valerian (n = 40) or placebo (n = 41). HAM-A scores at week 4 "
                 "averaged 12.5 in the valerian group and 15.0 in the placebo group (p = 0.04).",
                 "Valerian", "Placebo", "HAM-A score at week 4", "continuous", (40, 12.5, None, 41, 15.0, None),
                 id="means without their spread after 'averaged'"),
    pytest.param("Adults were randomised to daily walking (WK, n = 40), yoga (YG, n = 40) or stretching (ST, n = 40). "
                 "Fatigue at 8 weeks was "
                 "4.1 (SD 1.2) in WK (n = 38), 4.6 (SD 1.4) in YG (n = 36) and 5.2 (SD 1.5) in ST (n = 37).",
                 "Daily walking", "Stretching", "Fatigue at 8 weeks", "continuous", (38, 4.1, 1.2, 37, 5.2, 1.5),
                 id="each group's 'n =' after its value in a three-arm sentence"),
    pytest.param("Injured adults were randomised to the rapid pathway (n = 40) or usual care (n = 41). The mean time "
                 "to surgery was 14.5 hours (range 6–30) in the rapid pathway group and 22.0 hours (range 9–51) in the "
                 "usual care group.", "Rapid pathway", "Usual care", "Time to surgery (hours)", "continuous",
                 (40, 14.5, None, 41, 22.0, None), id="a mean with its range in brackets, without its spread"),
    pytest.param("Adults with panic disorder were randomised to passionflower (n = 50) or placebo (n = 48). Six "
                 "participants in the passionflower group and four in the placebo group withdrew before the end of the "
                 "trial.", "Passionflower", "Placebo", "Withdrawal from the trial for any reason", "binary",
                 (6, 50, 4, 48), id="those who withdrew are the events of withdrawal, of those allocated"),
    pytest.param("Of 70 patients screened, 64 were randomised: 32 to dry needling and 32 to sham needling. In the dry "
                 "needling arm 3 withdrew (2 moved away, 1 unknown), and in the sham arm 7 withdrew. Thus 29 and 25 "
                 "participants, respectively, completed the final assessment.", "Dry needling", "Sham needling",
                 "Withdrawal from the trial before the final assessment", "binary", (3, 32, 7, 32),
                 id="withdrawal is of those allocated, not of those who completed the assessment its name gives"),
    pytest.param("Of 70 patients screened, 64 were randomised: 32 to dry needling and 32 to sham needling. In the dry "
                 "needling arm 3 discontinued, and in the sham arm 7 discontinued. Thus 29 and 25 participants, "
                 "respectively, provided data at 12 weeks.", "Dry needling", "Sham needling",
                 "All-cause discontinuation before the 12-week assessment", "binary", (3, 32, 7, 32),
                 id="discontinuation is leaving the trial, of those allocated"),
    pytest.param("Patients were randomised 1:1:1 to hydrocortisone 100 mg/day (HC-100, n = 40), hydrocortisone 150 "
                 "mg/day (HC-150, n = 41) or placebo (n = 40). Vasopressor-free days were 18.2 ± 6.1 in the HC-100 "
                 "group, 20.4 ± 5.7 in the HC-150 group and 15.9 ± 6.8 in the placebo group.",
                 "Hydrocortisone 150 mg/day", "Placebo", "Vasopressor-free days", "continuous", (41, 20.4, 5.7, 40, 15.9, 6.8),
                 id="the letters of another dose's code ('HC' of 'HC-100') name no arm"),
    pytest.param("Clinics were randomised to telemonitoring (n = 210) or usual follow-up (n = 205). Mean annual costs "
                 "were €4,120 (SD €2,380) with telemonitoring and €4,655 (SD €2,910) with usual follow-up.",
                 "Telemonitoring", "Usual follow-up", "Annual cost per patient (euros)", "continuous",
                 (210, 4120, 2380, 205, 4655, 2910), id="means and SDs after a currency sign"),
    pytest.param("Adults with obesity were randomised to meal replacement (n = 90) or dietary advice (n = 88). Body "
                 "weight fell in both groups. Mean change from baseline was −5.2 kg (SD 4.1) with meal replacement and "
                 "−2.4 kg (SD 3.9) with dietary advice.", "Meal replacement", "Dietary advice",
                 "Change in body weight from baseline to 12 months", "continuous", (90, -5.2, 4.1, 88, -2.4, 3.9),
                 id="'Mean change from baseline was' goes on about the outcome of the sentence before"),
    pytest.param("Practices were randomised to a walking programme or usual care. Daily steps at 12 months were 6,420 "
                 "(SD 2,310) among the 204 walking-programme participants and 5,870 (SD 2,150) among the 199 usual-care "
                 "participants.", "Walking programme", "Usual care", "Daily steps at 12 months", "continuous",
                 (204, 6420, 2310, 199, 5870, 2150), id="each arm's number after 'among the' in the sentence of values"),
    pytest.param("Ninety patients were randomised to tai chi (TC; n = 30), strength training (ST; n = 30) or usual "
                 "care (UC; n = 30). Gait speed tests were performed at 12 weeks in 26 TC, 24 ST and 27 UC patients. "
                 "Mean gait speed was 1.08 m/s (SD 0.21) for TC, 1.12 m/s (SD 0.20) for ST and 1.01 m/s (SD 0.22) for "
                 "UC.", "Strength training", "Usual care", "Gait speed at 12 weeks", "continuous",
                 (24, 1.12, 0.20, 27, 1.01, 0.22), id="those whose tests were performed are those analysed"),
    pytest.param("Smokers were randomised in a factorial design to text messages, a quit app, both, or neither (usual "
                 "care). Abstinence at 6 months was confirmed in 30 of 150 participants in the text arm, 27 of 148 in "
                 "the app arm, 35 of 151 in the combined arm and 18 of 149 in the usual care arm.", "Text messages",
                 "Usual care", "Abstinence at 6 months", "binary", (30, 150, 18, 149),
                 id="a value per group, each followed by its own group, is no list of pairs"),
    pytest.param("Of 300 patients randomised (150 needling, 150 advice), 140 and 138 completed the 6-week questionnaire "
                 "and 131 and 127 the 26-week questionnaire. Mean Oswestry Disability Index scores at 6 weeks were 18.2 "
                 "± 9.1 with needling versus 21.4 ± 9.8 with advice.", "Dry needling", "Advice",
                 "Oswestry Disability Index questionnaire score at 6 weeks", "continuous",
                 (140, 18.2, 9.1, 138, 21.4, 9.8), id="of pairs completing at several times, the pair at the time asked"),
    pytest.param("Sixty adults were allocated to massage (group A, n = 20), rest (group B, n = 20) or heat (group C, "
                 "n = 20). Symptoms after the session were as follows: in group A, headache (10%), neck stiffness (25%) "
                 "and nausea (5%); in group B, headache (20%), neck stiffness (45%) and nausea (0%); and in group C, "
                 "headache (15%), neck stiffness (40%) and nausea (10%).", "Massage (group A)", "Heat (group C)",
                 "Neck stiffness", "binary", (5, 20, 8, 20),
                 id="a clause per group listing outcomes with their shares, one a group of neither arm"),
    pytest.param("Of the seventy patients in the intervention group, nineteen were pain free at three months, compared "
                 "with eleven of the sixty-eight controls.", "Needling by a physiotherapist", "Stretching advice only",
                 "Pain free at 3 months", "binary", (19, 70, 11, 68),
                 id="a comparator given 'only' is what the text calls the controls"),
    pytest.param("Of 120 adults randomised, 60 were allocated to needling and 60 to exercise; 6-month pain scores were "
                 "recorded for 54 and 51 participants, respectively. Mean NPRS at 6 months was 3.1 (SD 1.9) with "
                 "needling and 3.9 (SD 2.0) with exercise.", "Dry needling", "Exercise", "NPRS pain at 6 months",
                 "continuous", (54, 3.1, 1.9, 51, 3.9, 2.0), id="scores recorded for a number of participants per arm"),
    pytest.param("Sixty patients were randomised to needling (n = 30) or ibuprofen (n = 30). After 2 weeks, neck pain "
                 "NPRS scores were 3.8 ± 1.5 with needling and 4.0 ± 1.6 with ibuprofen; at 3 months they were 2.6 ± "
                 "1.4 and 3.5 ± 1.7, respectively.", "Dry needling", "Ibuprofen", "Neck pain (NPRS) at 3 months",
                 "continuous", (30, 2.6, 1.4, 30, 3.5, 1.7), id="'at 3 months they were' goes on about the outcome"),
    pytest.param("Forty patients were randomised to dry needling (DN; n = 20) or ultrasound (US; n = 20). NPRS scores "
                 "were 4.2 ± 1.5 (DN) versus 4.9 ± 1.7 (US) after the first session, 3.0 ± 1.3 versus 4.1 ± 1.6 after "
                 "the last session, and 2.4 ± 1.2 versus 3.6 ± 1.8 at the 4-week follow-up.", "Dry needling",
                 "Therapeutic ultrasound", "NPRS at 4 weeks", "continuous", (20, 2.4, 1.2, 20, 3.6, 1.8),
                 id="pairs of values between commas, each followed by its time"),
    pytest.param("Participants were randomised to electroacupuncture at 2 Hz, at 100 Hz or to sham electroacupuncture. "
                 "Responders numbered 21/48 (2 Hz), 25/47 (100 Hz) and 12/46 (sham).", "Electroacupuncture at 2 Hz",
                 "Electroacupuncture at 100 Hz", "Response at week 12", "binary", (21, 48, 25, 47),
                 id="a stimulation frequency ('2 Hz') names its arm as a dose does"),
    pytest.param("Sixty patients were randomised to dry needling (n = 30) or sham needling (n = 30). The pressure pain "
                 "threshold rose in the dry needling group from 2.4 (0.7) at baseline to 3.6 (0.9) at 1 week, 3.9 "
                 "(1.0) at 1 month and 3.8 (1.1) at 3 months; corresponding values in the sham group were 2.5 (0.8), "
                 "2.9 (0.9), 3.0 (1.0) and 3.1 (1.0).", "Dry needling", "Sham needling",
                 "Pressure pain threshold at 3 months", "continuous", (30, 3.8, 1.1, 30, 3.1, 1.0),
                 id="values each followed by its time, and the other arm's corresponding values in the same order"),
    pytest.param("Patients were randomised to dry needling (n = 40) or stretching (n = 39). Post-needling soreness was "
                 "reported by 11 of the 40 patients receiving dry needling; no soreness was "
                 "recorded among the 39 patients in the stretching group.", "Dry needling", "Stretching",
                 "Post-needling soreness", "binary", (11, 40, 0, 39),
                 id="'no X was recorded among the 39 patients in the Y group' is no event in Y"),
    pytest.param("Forty patients were randomised to dry needling (DN; n = 20) or sham needling (SN; n = 20). Mean NPRS "
                 "scores at baseline were 6.1 (SD 1.2) and 6.0 (SD 1.3). At 1 week, mean scores were 3.9 (SD 1.8) and "
                 "4.6 (SD 1.7). At 4 weeks, mean scores were 3.2 (SD 1.6) for DN and 4.4 (SD 1.9) for SN.",
                 "Dry needling", "Sham needling", "NPRS at 4 weeks", "continuous", (20, 3.2, 1.6, 20, 4.4, 1.9),
                 id="a run of sentences each going on about the outcome at another time"),
    pytest.param("Forty patients were randomised to dry needling (DN; n = 20) or sham needling (SN; n = 20). The NDI "
                 "score decreased in both groups. At 4 weeks the mean score was 12.6 (SD 6.1) after DN and 15.2 (SD "
                 "7.0) after SN.", "Dry needling", "Sham needling", "Neck Disability Index at 4 weeks", "continuous",
                 (20, 12.6, 6.1, 20, 15.2, 7.0), id="'the mean score was' goes on about the score the sentence before "
                 "named"),
    pytest.param("Forty patients were randomised to dry needling (n = 20) or sham needling (n = 20). Pain VAS fell "
                 "from 7.1 ± 1.2 to 2.9 ± 1.5 with dry needling and from 7.0 ± 1.1 to 4.1 ± 1.6 with sham. The mean "
                 "change from baseline to week 8 was -4.2 ± 1.4 in the dry needling group and -2.9 ± 1.5 in the sham "
                 "group.", "Dry needling", "Sham needling", "Change in pain VAS from baseline to week 8",
                 "continuous", (20, -4.2, 1.4, 20, -2.9, 1.5),
                 id="'the mean change from baseline to week 8 was' goes on about the outcome named before"),
    pytest.param("Interventions: dry needling (n = 40) or sham needling (n = 38). Results: Pressure pain threshold "
                 "at 4 weeks was measured in 36 needling and 35 sham patients. The mean was 3.4 kg/cm2 (95% CI 3.1 to "
                 "3.7) with dry needling and 2.9 kg/cm2 (95% CI 2.6 to 3.2) with sham.", "Dry needling",
                 "Sham needling", "Pressure pain threshold at 4 weeks", "continuous", (36, 3.4, None, 35, 2.9, None),
                 id="'The mean was' goes on about the outcome the sentence before named"),
    pytest.param("Adults were randomised to exercise breaks (EB; n = 30), exercise breaks plus needling (EB+N; n = 30) "
                 "or usual care (UC; n = 30). Mean daily exercise time at 8 weeks was 41.2 min (SD 9.1) in EB, 46.5 "
                 "min (SD 8.7) in EB+N and 35.0 min (SD 9.4) in UC.", "Exercise breaks plus needling", "Usual care",
                 "Exercise time at 8 weeks", "continuous", (30, 46.5, 8.7, 30, 35.0, 9.4),
                 id="an arm named by its abbreviation among the values is not named by a word of the outcome before"),
    pytest.param("Patients were randomised to exercise therapy with an additional 10-minute session of trigger point "
                 "needling each week (ET+N; n = 40) or to exercise therapy alone (ET; n = 40). Flare-ups were "
                 "reported by nine (23%) of the 39 ET+N patients and seventeen (44%) of the 39 ET patients.",
                 "Dry needling added to exercise therapy", "Exercise therapy alone", "Flare-up", "binary",
                 (9, 39, 17, 39),
                 id="the one combination holding the comparator's abbreviation is what the intervention adds to it"),
    pytest.param("Sixty patients were randomised (30 per group) to dry needling or sham needling. Neck stiffness at "
                 "the end of treatment was reported by 12 (40.0%) and 15 (50.0%) patients, respectively. One month "
                 "after treatment, 4 (13.3%) and 9 (30.0%) patients, respectively, still reported stiffness.",
                 "Dry needling", "Sham needling", "Neck stiffness one month after treatment", "binary",
                 (4, 30, 9, 30), id="times written in words ('one month after')"),
    pytest.param("Forty patients were randomised to dry needling (n = 20) or stretching (n = 20). NDI scores in the "
                 "needling group were 30.2 (9.1), 24.3 (8.7) and 20.6 (8.9) at 2 weeks, 6 weeks and 12 weeks, "
                 "respectively; corresponding values in the stretching group were 33.0 (9.4), 29.9 (9.0) and 27.1 "
                 "(9.6). Values are mean (SD).", "Dry needling", "Stretching", "NDI at 6 weeks", "continuous",
                 (20, 24.3, 8.7, 20, 29.9, 9.0), id="each run of values over time named before it"),
    pytest.param("Adverse events occurred in 12 of the 30 needling patients and 4 of the 30 massage patients; the most "
                 "common were soreness (needling 8, massage 3) and bruising (needling 5, massage 0).", "Dry needling",
                 "Massage", "Bruising", "binary", (5, 30, 0, 30),
                 id="each arm's count in brackets right after the outcome's name in a list of events"),
    pytest.param("Sixty patients were randomised to dry needling added to exercise (n = 30) or exercise alone "
                 "(n = 30). Four of the 30 patients in the needling group (13%) dropped out of the exercise "
                 "programme, compared with nine of the 30 (30%) in the control group.", "Dry needling added to "
                 "exercise", "Exercise alone",
                 "Drop-out from the exercise programme", "binary", (4, 30, 9, 30),
                 id="an outcome of dropping out from a programme is what those who dropped out count"),
    pytest.param("Ninety patients were randomised to dry needling (n = 30), massage (n = 30) or stretching (n = 30). "
                 "At 4 weeks, pressure pain thresholds were measured in all patients. At baseline, mean (SE) scores "
                 "were similar: 2.1 (0.1), 2.2 (0.1) and 2.1 (0.1). At 4 weeks, mean (SE) scores were 3.4 (0.2) for "
                 "needling, 2.9 (0.2) for massage and 2.5 (0.1) for stretching.", "Dry needling", "Stretching",
                 "Pressure pain threshold at 4 weeks", "continuous", (30, 3.4, None, 30, 2.5, None),
                 id="'mean (SE) scores were' goes on about the outcome named before"),
    pytest.param("By 12 months, 61 of 104 patients in the needling arm and 74 of 102 in the sham arm had died.",
                 "needling", "sham", "Death from any cause within 12 months", "binary", (61, 104, 74, 102),
                 id="death from any cause is named by 'had died'"),
    pytest.param("At 12 months, headache had resolved in eleven of the 30 participants in the needling group and in "
                 "four of the 29 participants in the sham group who were followed up.", "needling", "sham",
                 "Resolution of headache at 12 months", "binary", (11, 30, 4, 29),
                 id="a denominator of those followed up is no part of an arm"),
    pytest.param("Ninety runners were randomised (30 per arm) to dry needling (DN), an unsupervised home-exercise "
                 "programme taught with a printed booklet (HE) or advice only (AO). Mean (SD) pain at 6 weeks was 2.9 "
                 "(1.1) for DN, 3.6 (1.4) for HE and 4.8 (1.6) for AO.", "Unsupervised home exercise programme",
                 "Advice only", "Pain at 6 weeks", "continuous", (30, 3.6, 1.4, 30, 4.8, 1.6),
                 id="an abbreviation spelling some of a long form's words names the arm with those words"),
    pytest.param("We randomised 120 adults (60 per arm) to needling or sham. Among the 41 and 44 adults who had "
                 "headache at entry, 30 (73%) and 21 (48%) had recurrent headache by 6 weeks.", "needling", "sham",
                 "Recurrent headache by 6 weeks", "binary", (30, 41, 21, 44),
                 id="the denominators a pair after 'among' gives in the outcome's sentence"),
    pytest.param("We randomised 120 adults (60 per arm) to needling or sham. At 6 weeks, mean pain was 2.9 (SD 1.1) "
                 "among the 52 adults assessed in the needling group and 4.1 (SD 1.5) among the 49 adults assessed in "
                 "the sham group.", "needling", "sham", "Pain at 6 weeks", "continuous", (52, 2.9, 1.1, 49, 4.1, 1.5),
                 id="each arm's denominator after 'among' in the outcome's sentence"),
    pytest.param("We randomised 120 adults (60 per arm) to needling or sham. Among those with at least one follow-up "
                 "examination (sham 55; needling 57), new dyskinesia was seen in 9 sham and 4 needling adults.",
                 "needling", "sham", "New dyskinesia", "binary", (4, 57, 9, 55),
                 id="each arm's denominator in a bracket after 'among those with' in the outcome's sentence"),
    pytest.param("We randomised 120 women (60 per arm) to needling or sham. Mean pain at 6 weeks was 2.9 (SD 1.1) in "
                 "the needling group and 4.1 (SD 1.5) in the sham group. Among nulliparous women (needling n = 32, "
                 "sham n = 31) mean pain at 6 weeks was 3.1 and 4.4.", "needling", "sham", "Pain at 6 weeks",
                 "continuous", (60, 2.9, 1.1, 60, 4.1, 1.5), id="a subgroup's sizes after 'among' are no arm's"),
    pytest.param("We randomised 268 women (134 per group) to needling or sham. Pressure pain threshold was calculated "
                 "for the 122 women in the needling group and 119 in the sham group who had two visits or more. Mean "
                 "threshold was 3.2 (SD 0.9) with needling and 2.8 (SD 0.8) with sham.", "needling", "sham",
                 "Pressure pain threshold", "continuous", (122, 3.2, 0.9, 119, 2.8, 0.8),
                 id="those an outcome was calculated for are those analysed"),
    pytest.param("Of 200 adults randomised (100 per arm), 95 in the 4-week arm and 97 in the 8-week arm were included "
                 "in the primary analysis. Recurrence occurred in 9 (9.5%) and 10 (10.3%) adults, respectively.",
                 "Four-week course of dry needling", "Standard eight-week course of dry needling", "Recurrence",
                 "binary", (9, 95, 10, 97), id="a duration in words in an arm's name is its duration in digits"),
    pytest.param("At 8 weeks, 50 needling and 48 sham participants were assessed. Pain scores were lower in the "
                 "needling group (2.4 ± 1.1) than in the sham group (3.9 ± 1.6); baseline scores had been 6.2 ± 1.3 "
                 "and 6.1 ± 1.4.", "needling", "sham", "Pain at 8 weeks", "continuous", (50, 2.4, 1.1, 48, 3.9, 1.6),
                 id="a sentence whose clause after a semicolon names the values at entry is about follow-up"),
    pytest.param("Mean MUAC was 143.2 mm (SD 10.1) in the needling group (n = 40) and 142.8 mm (SD 10.4) in the sham "
                 "group (n = 41).", "needling", "sham", "Mid-upper arm circumference at 6 months (mm)", "continuous",
                 (40, 143.2, 10.1, 41, 142.8, 10.4), id="the arm of an outcome's name is a limb, with its initial"),
    pytest.param("At 4 weeks, pain was 2.1 ± 0.2 in the needling group (n = 30) and 3.4 ± 0.3 in the sham group (n = "
                 "30). Values throughout are mean ± standard error of the mean.", "needling", "sham", "Pain at 4 weeks",
                 "continuous", (30, 2.1, None, 30, 3.4, None), id="values said 'throughout' to be means with SEs"),
    pytest.param("Grip strength was 21.4 ± 5.2 kg in the needling group and 22.0 ± 5.6 kg in the sham group before "
                 "treatment. After the third session it reached 27.9 ± 6.1 versus 23.5 ± 5.8 kg; at four weeks it "
                 "was 26.3 ± 6.4 versus 24.1 ± 6.0 kg.",
                 "needling", "sham", "Grip strength at 4 weeks", "continuous", (None, 26.3, 6.4, None, 24.1, 6.0),
                 id="clauses of times naming no arm follow the arms as introduced"),
    pytest.param("Adults were randomised to needling (DN; n = 70) or sham (SH; n = 68). At 6 months (DN n = 61, SH n "
                 "= 57), mean neck pain was 2.8 (SD 1.9) and 3.6 (SD 2.1), respectively.",
                 "Needling", "Sham", "Neck pain at 6 months", "continuous", (61, 2.8, 1.9, 57, 3.6, 2.1),
                 id="a bracket naming every arm after the time a sentence opens with gives the sizes"),
    pytest.param("Employees were randomised to workplace exercise or to usual practice. Neck pain at 6 months was "
                 "3.0 (SD 1.8) in the exercise group (n = 90) and 3.7 (SD 2.0) in the reference group (n = 88).",
                 "Workplace exercise", "Usual occupational practice", "Neck pain at 6 months", "continuous",
                 (90, 3.0, 1.8, 88, 3.7, 2.0),
                 id="the reference group is the control arm"),
    pytest.param("Adults were randomised to needling (n = 40) or sham (n = 40). Eighteen and nine, respectively, "
                 "said they had not needed any further care since the study intervention.",
                 "Needling", "Sham", "No further care needed", "binary", (18, 40, 9, 40),
                 id="the study intervention names no arm"),
    pytest.param("Seventy runners with a calf strain were randomised to needling or to sham, thirty-five to each. "
                 "One runner in each group withdrew before the final visit. Calf strain recurred in one of "
                 "thirty-four runners in the needling group and in five of thirty-four in the sham group.",
                 "needling", "sham", "Calf strain recurrence", "binary", (1, 34, 5, 34),
                 id="losses told before the sentence giving the sizes are already out of them"),
    pytest.param("At 4 weeks the examiner found no remaining taut band in 15/31 adults after needling and 6/30 "
                 "after sham.",
                 "Needling", "Sham", "No palpable taut band at 4 weeks", "binary", (15, 31, 6, 30),
                 id="an outcome named as absent counts those the text finds without it"),
    # (the intervention's description shares the outcome's words)
    pytest.param("Adults were randomised to needling (n = 88) or usual care (n = 90). Among the 88 adults in the "
                 "needling group and 90 in the usual care group, 21 (23.9%) and 34 (37.8%) used any medication for "
                 "neck pain within 12 weeks.",
                 "Needling for neck pain", "Usual care", "Use of any medication for neck pain within 12 weeks",
                 "binary", (21, 88, 34, 90),
                 id="a pair right after a lead naming each arm's denominator follows the lead"),
    pytest.param("Of 90 patients randomised, 45 were allocated to needling and 45 to sham. At 6 months, 5 patients in "
                 "the needling group and 9 in the sham group had been lost to follow-up.",
                 "Needling", "Sham needling", "Loss to follow-up at 6 months", "binary", (5, 45, 9, 45),
                 id="losses are the events of an outcome of loss to follow-up"),
    pytest.param("Thirty-two office workers were allocated to education plus exercise and thirty-three to exercise "
                 "alone. Twenty-six of the thirty-two and nineteen of the thirty-three attended at least 80% of the "
                 "sessions.", "Education plus exercise", "Exercise alone", "Attendance at 80% or more of sessions",
                 "binary", (26, 32, 19, 33), id="a value in words ends where its last word ends"),
    pytest.param("Of 74 recruits randomised (GR 37, SC 37), 33 in the GR group and 31 in the SC group attended the "
                 "8-week test and were analysed. Running time was 21.4 ± 1.9 min in the GR group and 14.8 ± 1.6 min "
                 "in the SC group.", "Graded running (GR)", "Standard care (SC)", "Running time at 8 weeks",
                 "continuous", (33, 21.4, 1.9, 31, 14.8, 1.6), id="recruits are people"),
    pytest.param("Sixty-eight patients were randomised (34 per group). At 72 hours, 29 patients in the haloperidol "
                 "group and 27 in the placebo group were assessable. The mean delirium score was 14.8 (SD 4.1) with "
                 "haloperidol and 15.9 (SD 4.4) with placebo.", "Haloperidol", "Placebo", "Delirium score at 72 hours",
                 "continuous", (29, 14.8, 4.1, 27, 15.9, 4.4), id="those who were assessable are those analysed"),
    pytest.param("Patients were randomised 2:1 to anamorelin (n = 177) or placebo (n = 88). The modified "
                 "intention-to-treat population, defined as randomised patients with a post-baseline weight, comprised "
                 "171 and 85 patients. Mean (SD) weight change was 1.9 (3.4) kg with anamorelin and -0.6 (3.1) kg with "
                 "placebo.", "Anamorelin", "Placebo", "Change in body weight", "continuous",
                 (171, 1.9, 3.4, 85, -0.6, 3.1), id="an analysis set defined in an aside comprises the pair after it"),
    pytest.param("Response was defined a priori as an improvement of at least 1 point in breathlessness intensity and "
                 "remission as a score of 0. Responders numbered 19/45 with oxycodone and 13/46 with placebo.",
                 "Oxycodone", "Placebo", "Clinically meaningful improvement in breathlessness (at least 1 point)",
                 "binary", (19, 45, 13, 46), id="a term defined as the outcome names it"),
    pytest.param("Adults were randomised to telephone coaching (n = 99) or newsletters (n = 97). At 52 weeks, weight "
                 "regain since randomisation averaged 2.9 kg (SD 4.6) in the coaching arm (n = 88) and 4.8 kg (SD 5.0) "
                 "in the newsletter arm (n = 86). At 104 weeks, regain was 5.3 kg (SD 6.2; n = 81) and 6.9 kg (SD 6.5; "
                 "n = 79), respectively.", "Telephone coaching", "Newsletters",
                 "Weight regain (kg) from randomisation to week 104", "continuous", (81, 5.3, 6.2, 79, 6.9, 6.5),
                 id="a sentence at the time asked wins over one naming the outcome better at another time"),
    pytest.param("Athletes were randomised equally to acupuncture, dry needling, exercise, or acupuncture plus "
                 "exercise. Pain-free status at 3 months by arm: acupuncture 11/24, dry needling 12/25, exercise "
                 "14/25, acupuncture plus exercise 18/24.", "Acupuncture plus exercise", "Exercise alone",
                 "Pain-free during sport at 3 months", "binary", (18, 24, 14, 25),
                 id="each value after its own group's name in a list after a colon"),
    pytest.param("At 3 months, 31/50 patients in the dry needling group and 20/48 in the sham group reported no "
                 "analgesic use over the previous week.", "Dry needling", "Sham needling",
                 "Analgesic-free at 3 months", "binary", (31, 50, 20, 48),
                 id="an outcome free of something named by those who reported none of it"),
    pytest.param("Sixty patients were randomised, 30 per group. Three patients in the dry needling group had a "
                 "haematoma at the needle site, each gone within a week. No haematomas were observed in the "
                 "stretching group.", "Dry needling", "Stretching", "Haematoma", "binary", (3, 30, 0, 30),
                 id="two sentences in a row, each with the count of one arm"),
    pytest.param("Women were randomised to weekly alendronate, monthly ibandronate or placebo. Of the 150 women "
                 "enrolled (50 per arm), radiographs at 12 months were available for 47, 45 and 48; new fractures "
                 "were found in 3, 6 and 8 of them, respectively.", "Weekly alendronate", "Placebo",
                 "New fracture at 12 months", "binary", (3, 47, 8, 48),
                 id="counts after a lead naming those enrolled"),
    pytest.param("The primary outcome was postoperative length of hospital stay (LOS). Mean LOS was 4.1 days (SD 1.5) "
                 "with the pathway (n = 40) and 5.9 days (SD 2.2) with usual care (n = 41).", "Fast-track pathway",
                 "Usual care", "Length of hospital stay (days)", "continuous", (40, 4.1, 1.5, 41, 5.9, 2.2),
                 id="the text's abbreviation of an outcome described with its unit"),
    pytest.param("At 6 months the mean change in ODI was -14.2 (SD 9.1) in the manipulation group (n = 30) and -9.8 "
                 "(SD 8.7) in the exercise group (n = 29).", "Spinal manipulation", "Exercise",
                 "Change in Oswestry Disability Index from baseline to 6 months", "continuous",
                 (30, -14.2, 9.1, 29, -9.8, 8.7), id="initials of an outcome described as a change from baseline"),
    pytest.param("Eighty patients were randomised, 40 per group. Withdrawal because of adverse events was recorded in "
                 "three needling patients and no placebo patient.", "Dry needling", "Placebo needling",
                 "Withdrawal because of adverse events", "binary", (3, 40, 0, 40),
                 id="no one of an arm named between 'no' and the people"),
])
def test_values_in_sentences(text, intervention, comparator, outcome, kind, expected):
    found = read(Document([Passage("results", text)]), intervention, comparator, outcome, kind)
    assert values_of(found, kind) == expected


def test_an_abbreviation_of_the_outcome_names_the_words_it_spells_where_the_text_never_defines_it():
    doc = Document([Passage("results", "Players were randomised to home training (NMT) or usual care (UC), 25 per "
                                       "arm.")],
                   [Table("Table 3", "Cumberland Ankle Instability Tool scores (0-30) by group",
                          [["Time", "NMT", "UC"]],
                          [["Baseline", "17.2 ± 3.6", "17.8 ± 3.3"], ["6 months", "23.9 ± 4.0", "20.6 ± 4.8"]])])
    found = read(doc, "Home neuromuscular training", "Usual care", "CAIT score at 6 months", "continuous")
    assert sizes_means_sds(found) == (25, 23.9, 4.0, 25, 20.6, 4.8)


def test_an_arm_of_one_treatment_is_not_named_by_its_part_of_a_combined_abbreviation():
    text = "Soreness was reported by 15 in the DN group, 14 in the DN+S group and 16 in the MT + DN group."
    needling, combined = Arm.from_description("Dry needling", ("DN",)), Arm.from_description("DN plus stretching")
    assert [text[a:b] for a, b in needling.phrase_spans(text)] == ["DN"]
    assert [text[a:b] for a, b in combined.phrase_spans(text)] == ["DN"] * 3  # (a combined arm is named by its parts)


def test_an_abbreviation_defined_after_a_schedule_names_the_arm_before_the_schedule():
    doc = Document([Passage("methods", "Women were randomised to a supervised exercise programme three times weekly "
                                       "(EX; n = 74) or usual care (UC; n = 72).")])
    exercise, _ = arms_for(doc, "Supervised aerobic exercise during chemotherapy", "Usual care")
    assert "ex" in exercise.phrases


def test_a_labels_own_word_names_its_arm_not_the_words_of_what_the_arm_adds_to():
    doc = Document([Passage("methods", "Sixty patients were allocated by sealed envelope to watch a 5-minute "
                                       "information video on a tablet in addition to the standard verbal consent "
                                       "discussion (video group) or to the standard discussion alone.")])
    video, standard = arms_for(doc, "Pre-needling information video for patients", "Standard verbal information")
    assert "video group" in video.phrases and "video group" not in standard.phrases
