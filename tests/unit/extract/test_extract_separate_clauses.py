"""A framework agreement in its own coordinated clause is an event of its own, not the content of another."""

from __future__ import annotations

from .conftest import Analyze, keys


def test_agreement_and_later_exercises_in_two_clauses(analyze: Analyze) -> None:
    found = keys(analyze(
        "Ghana and Togo signed a military cooperation agreement in 2012 and their navies have held joint "
        "exercises since 2015."
    ))
    assert {(("GHA", "TGO"), "AGREEMENT"), (("GHA", "TGO"), "EXERCISE")} <= found


def test_agreement_whose_content_is_the_purchase_stays_covered(analyze: Analyze) -> None:
    found = keys(analyze("Egypt signed an agreement with France to buy 30 more Rafale fighter jets."))
    assert (("EGY", "FRA"), "ARMS_TRANSFER") in found
    assert (("EGY", "FRA"), "AGREEMENT") not in found
