"""Stage decisions: which cue governs the trigger (modal scope, modifiers, delivery, endings, documents)."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Egypt will sign a defence pact with Greece next month.", "AGREEMENT", ("EGY", "GRC"), "PLANNED"),
        ("Chile could sign a defence cooperation agreement with Peru.", "AGREEMENT", ("CHL", "PER"), "PROPOSED"),
        ("Egypt and Greece sign defence cooperation agreement", "AGREEMENT", ("EGY", "GRC"), "AGREED"),
        ("Kenya, Uganda ink defence cooperation pact", "AGREEMENT", ("KEN", "UGA"), "AGREED"),
        ("Vietnam and India seal a defence cooperation agreement.", "AGREEMENT", ("IND", "VNM"), "AGREED"),
    ],
)
def test_a_modal_before_a_signing_verb_governs_it(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "The exercise, organised by the Egyptian army, opened on Sunday near Alexandria with troops from Egypt and "
        "Greece.",
        "Cobra Gold, the annual drill hosted by Thailand for troops from Thailand and the United States, kicked off "
        "on Tuesday.",
    ],
)
def test_the_verb_after_a_modifier_gives_an_exercise_its_stage(analyze: Analyze, text: str) -> None:
    events = [e for e in analyze(text) if e.type == "EXERCISE"]
    assert events and all(e.stage == "ONGOING" for e in events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Defence ministers of Brazil and Argentina ended two days of talks on military ties.", ("ARG", "BRA")),
        ("Troops from Oman and Britain ended a three-week joint exercise in the desert.", ("GBR", "OMN")),
    ],
)
def test_an_activity_that_ended_is_completed_not_rejected(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    events = [e for e in analyze(text) if tuple(e.codes) == codes and e.type in ("DIALOGUE", "EXERCISE")]
    assert events and all(e.stage == "COMPLETED" for e in events)


def test_ending_an_agreement_is_rejected(analyze: Analyze) -> None:
    text = "Niger said it is ending its defence cooperation agreement with the United States, a move set to last."
    assert find(analyze(text), "AGREEMENT", ("NER", "USA")).stage == "REJECTED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Peruvian Navy has taken delivery of two Spanish-built warships.", ("ESP", "PER")),
        ("Hungary diversified its arms suppliers, taking delivery of Turkish army trucks in 2023.", ("HUN", "TUR")),
        ("Ghana formally handed over its new patrol boats bought from China to the navy on Monday.", ("CHN", "GHA")),
    ],
)
def test_a_delivery_is_completed(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "COMPLETED"


def test_an_access_agreement_in_force_is_agreed(analyze: Analyze) -> None:
    text = "Singapore already has visiting forces agreements with Australia and New Zealand."
    events = analyze(text)
    assert find(events, "ACCESS", ("AUS", "SGP")).stage == "AGREED"
    assert find(events, "ACCESS", ("NZL", "SGP")).stage == "AGREED"


def test_talks_in_the_middle_of_are_ongoing(analyze: Analyze) -> None:
    text = (
        "Malaysia signed a similar defence pact with Indonesia last year, and is in the middle of talks with Brunei on "
        "closer military ties."
    )
    assert find(analyze(text), "DIALOGUE", ("BRN", "MYS")).stage == "ONGOING"
