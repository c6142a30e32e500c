"""Targeted extraction: given two arms and an outcome, find each arm's numbers in a document.

This is the shared core of the automatic extraction, used for trial abstracts, PubMed Central full
texts and the extraction benchmark. For an intervention arm, a comparator arm and an outcome it
reads continuous outcomes (n, mean, SD, or the SE or 95% CI printed instead) and binary outcomes
(n, events):

- ``naming``: how the arms and the outcome are named in the text;
- ``table_values``: the values in results tables; ``sentence_values``: in sentences;
- ``assign``: which value in a sentence belongs to which arm;
- ``sizes``: each arm's group size; ``readings``: what was read, with provenance and flags.

A table row is preferred to a sentence unless the sentence names the outcome better. Every value
keeps where it was read; the result has a confidence and flags. When the evidence is ambiguous a
value stays unknown rather than guessed.
"""

from __future__ import annotations

from functools import cached_property

from pipeline.extract.naming import Arm, OutcomeSpec, disambiguate
from pipeline.extract.readings import ArmValues, Extraction, events_from_percent, gives_percent
from pipeline.extract.sentence_values import from_sentences
from pipeline.extract.sizes import (Allocation, GroupSizes, arm_order, every_group_allocated,
                                    everyone_analysed, group_sizes, outcome_sizes)
from pipeline.extract.table_values import Layout, best_row, lay_out, table_rows
from pipeline.fulltext import Document


class Comparison:
    """Two arms of one document, and what every outcome of theirs shares: how each table lays the
    arms out and each arm's group size, worked out once however many outcomes are extracted."""

    def __init__(self, doc: Document, intervention: Arm, comparator: Arm):
        self.doc = doc
        self.arms = [intervention, comparator]
        disambiguate(self.arms)

    @cached_property
    def layouts(self) -> list[Layout]:
        return lay_out(self.doc.described_tables(), self.arms)

    @cached_property
    def sizes(self) -> GroupSizes:
        return group_sizes(self.doc, self.arms, self.layouts, self.allocation, self.order)

    @cached_property
    def allocated_sizes(self) -> GroupSizes:
        """Each arm's size before the losses the text tells: the denominator of an outcome of leaving."""
        return group_sizes(self.doc, self.arms, self.layouts, self.allocation, self.order, losses=False)

    @cached_property
    def allocation(self) -> Allocation | None:
        """The arms' places among all the groups allocated."""
        return every_group_allocated(self.doc, self.arms)

    @cached_property
    def everyone_analysed(self) -> bool:
        """Whether the text says that everyone randomised was analysed."""
        return everyone_analysed(self.doc)

    @cached_property
    def order(self) -> list[int] | None:
        """The order in which the document introduces the arms."""
        return arm_order(self.doc, self.arms, self.allocation)

    @cached_property
    def groups(self) -> list[int | None] | None:
        """Every allocated group, in order, as the arm it is (read only when a sentence lists more
        values than there are arms)."""
        return self.allocation.arm_of_each_group() if self.allocation else None

    def extract(self, outcome: OutcomeSpec, kind: str) -> Extraction:
        """Per-arm numbers for one outcome; unknowns stay None."""
        arms = self.arms
        if outcome.of_leaving:  # (of everyone allocated, not of those who stayed)
            analysed, sizes = None, self.allocated_sizes
        else:  # those analysed for this outcome
            analysed = outcome_sizes(self.doc, arms, outcome, self.sizes, self.order, self.allocation)
            sizes = analysed or self.sizes
        # a table row unless a sentence names the outcome better
        rows = table_rows(self.layouts, arms, outcome, kind)
        ceiling = {} if sizes.assumed else sizes.by_arm  # no arm has more events than members
        readings = (best_row(rows), from_sentences(self.doc, arms, outcome, kind, self.order, lambda: self.groups,
                                                       ceiling))
        found = [e for e in readings if e]
        result = max(found, key=lambda e: e.match) if found else Extraction(ArmValues(), ArmValues())
        shares = tuple(v.percent for v in result.arms)
        if kind == "binary" and all(v.events is None for v in result.arms) and None not in shares:
            # shares printed in a sentence, their counts in a table row: 'SSI occurred in 2.3% ... and in 6.0%
            # ... (Table 2)' and 'All patients | 7/298 (2.3) | 18/301 (6.0)'
            result = best_row(rows, shares) or result
        for ai, values in enumerate(result.arms):
            if analysed and values.n == self.sizes.by_arm.get(ai) and not self.everyone_analysed and not (
                    values.percent is not None and values.events is not None
                    and gives_percent(values.events, values.n, values.percent)):
                values.n = None  # the arm's size (a table header's 'FLACS (n = 64)') gives way to those analysed
                # for the outcome ('Three-month specular microscopy was obtained in 60 FLACS and 61 CPS eyes'),
                # unless the reading's percentage is of the arm's size
            if values.n is None and ai in sizes.by_arm:
                values.n = sizes.by_arm[ai]
                result.provenance += [p for p in sizes.provenance if p not in result.provenance]
                result.flags += [f for f in sizes.flags if f not in result.flags]
                result.sizes_assumed = sizes.assumed
            if values.percent is not None and values.events is None and values.n and not result.sizes_assumed:
                values.events = events_from_percent(values.percent, values.n)
                if values.events is not None:
                    result.conversions.append(f"events = {values.percent}% of {values.n}, rounded")
                    if not gives_percent(values.events, values.n, values.percent):  # (79% of 59 -> 47 is 80%)
                        result.flags.append(f"{values.percent}% is no whole count of {values.n}: "
                                            "its denominator may be another")
        if kind == "continuous" and (result.intervention.mean is None) != (result.comparator.mean is None):
            result.flags.append("values found for one arm only")
        if kind == "binary" and all(v.events is None for v in result.arms) and (other := outcome.of_complement()):
            return _complemented(self.extract(other, kind)) or result
        return result


def _complemented(opposite: Extraction) -> Extraction | None:
    """The outcome's counts from those of its complement ('Clinical resolution ... in 143 of 244'
    gives 101 clinical failures), when every arm has both its count and its size."""
    if opposite.sizes_assumed or any(v.events is None or v.n is None for v in opposite.arms):
        return None
    for values in opposite.arms:
        reported = values.events
        values.events = values.n - reported
        values.percent = None if values.percent is None else round(100 - values.percent, 1)
        opposite.conversions.append(f"events = {values.n} - {reported} with the opposite outcome")
    return opposite


def extract(doc: Document, intervention: Arm, comparator: Arm, outcome: OutcomeSpec, kind: str) -> Extraction:
    """Per-arm numbers for one outcome of two arms (for several outcomes, use one :class:`Comparison`)."""
    return Comparison(doc, intervention, comparator).extract(outcome, kind)
