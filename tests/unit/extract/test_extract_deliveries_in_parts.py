"""Orders delivered in parts: a partial delivery goes on, its order is agreed, and the rest still to come is planned."""

from __future__ import annotations

import pytest

from defcoop.stages.extraction.order_parts import remainder_clause
from defcoop.stages.extraction.tense import partial_delivery

from .conftest import Analyze


def _stages(events: list, codes: tuple[str, ...]) -> set[str]:
    return {e.stage for e in events if e.type == "ARMS_TRANSFER" and tuple(e.codes) == codes}


@pytest.mark.parametrize(
    ("subject", "rest", "partial"),
    [
        ("Greece received two of the 12 Rafale jets", "", True),
        ("The navy commissioned the second of four frigates", "", True),
        ("The navy commissioned the second of two frigates", "", False),  # the order is complete
        ("Slovakia received its first two F-16 fighters", "", False),  # the whole order is not said
        ("Peru received the first 38 of 108 vehicles", "", True),
        ("Chile received the submarine", ", and deliveries will continue until 2027.", True),
        ("Chile received the submarine", " in March after sea trials.", False),
        ("The army received the last of six howitzers", "", False),
        ("Kenya received its first two years of funding", "", False),
    ],
)
def test_partial_delivery_reads_parts_of_an_order(subject: str, rest: str, partial: bool) -> None:
    assert partial_delivery(subject, rest) is partial


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A second batch is expected before the end of the year.", True),
        ("The remaining four launchers will follow in 2026.", True),
        ("Another two boats are due to arrive in Dakar in the spring.", True),
        ("A third helicopter will be handed over to the air force in May.", True),
        ("A second batch of a similar size is not expected this year.", False),
        ("A second round of talks is expected next month.", False),  # talks, not an order's items
        ("The remaining troops will leave the base by June.", False),
    ],
)
def test_remainder_clause(text: str, found: bool) -> None:
    assert (remainder_clause(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "codes", "stages"),
    [
        ("Two of the 12 Rafale jets that Greece ordered from France landed at Tanagra on Wednesday.",
         ("FRA", "GRC"), {"AGREED", "ONGOING"}),
        ("Hungary took delivery of the first four of 24 Leopard 2A7 tanks ordered from Germany on Monday.",
         ("DEU", "HUN"), {"AGREED", "ONGOING"}),
        ("Slovakia received its first two F-16 Block 70 fighters from the United States on Thursday.",
         ("SVK", "USA"), {"COMPLETED"}),
        ("Vietnam took delivery of the last of six Kilo-class submarines from Russia in 2016.",
         ("RUS", "VNM"), {"COMPLETED"}),
    ],
)
def test_a_partial_delivery_goes_on_and_its_order_is_agreed(
    analyze: Analyze, text: str, codes: tuple[str, ...], stages: set[str]
) -> None:
    assert _stages(analyze(text), codes) == stages


def test_the_order_named_in_a_delivery_keeps_the_delivered_items_areas(analyze: Analyze) -> None:
    events = analyze("Hungary took delivery of the first four of 24 Leopard 2A7 tanks ordered from Germany on Monday.")
    assert all("LAND_SYSTEMS" in e.areas for e in events if e.type == "ARMS_TRANSFER")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("India handed over a Dhruv helicopter to the Nepalese Army on Monday. "
         "A second helicopter will be delivered to Nepal next year, officials said.", ("IND", "NPL")),
        ("Latvia received its first HIMARS launchers from the United States last week. "
         "The remaining four systems will follow in 2026.", ("LVA", "USA")),
        ("The first batch of Nurol armoured vehicles bought from Turkey reached Tunisia in March, "
         "and a second batch is expected before the end of the year.", ("TUN", "TUR")),
    ],
)
def test_the_rest_of_an_order_still_to_come_is_planned(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert "PLANNED" in _stages(analyze(text), codes)


def test_the_rest_still_to_come_stays_planned_beside_a_signed_contract(analyze: Analyze) -> None:
    text = (
        "Argentina signed a contract with Denmark for 24 F-16 fighters in 2024. "
        "The first six jets arrived in December, and the remaining ones are expected by 2028."
    )
    assert "PLANNED" in _stages(analyze(text), ("ARG", "DNK"))


def test_no_remainder_without_an_earlier_transfer(analyze: Analyze) -> None:
    text = "Colombia and Peru held border talks in Lima. A second round is expected in May."
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


def test_the_rest_belongs_to_a_delivery_already_under_way(analyze: Analyze) -> None:
    text = (
        "The first of four C-390 transports bought by Portugal from Brazil landed in Beja on Monday. "
        "The remaining three aircraft are due to arrive by 2026."
    )
    assert _stages(analyze(text), ("BRA", "PRT")) == {"ONGOING"}


@pytest.mark.parametrize(
    "text",
    [
        "Four more Su-30 fighters built by Russia have landed at an air base in Algeria, the ministry said on Monday. "
        "The jets were delivered under a contract signed with Moscow in 2019.",
        "Norway received two more K9 howitzers from South Korea on Monday. They were supplied under a 2017 contract.",
        "Peru received a frigate from South Korea on Friday. The contract for the ship was signed in 2021.",
        "Oman received two patrol boats from Turkey last week. The ministry signed the contract for the boats in 2022.",
    ],
)
def test_the_contract_behind_a_delivery_is_the_order(analyze: Analyze, text: str) -> None:
    events = [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
    codes = {tuple(e.codes) for e in events}
    assert len(codes) == 1
    assert {"AGREED", "COMPLETED"} <= {e.stage for e in events}


def test_a_contract_under_talks_is_no_order_behind_a_delivery(analyze: Analyze) -> None:
    text = "Brazil and Sweden held talks in Brasilia on Monday. The talks were held under a 2014 agreement."
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


def test_deliveries_that_go_on_make_the_transfer_ongoing(analyze: Analyze) -> None:
    text = (
        "The first two Typhoon jets for Qatar's air force arrived in Doha from Britain on Tuesday. "
        "The aircraft were ordered in 2017, and deliveries will continue through next year."
    )
    assert "ONGOING" in _stages(analyze(text), ("GBR", "QAT"))


def test_deliveries_going_on_in_a_sentence_of_their_own(analyze: Analyze) -> None:
    text = (
        "Kuwait received its first two Eurofighter jets from Italy on Tuesday. "
        "Deliveries are planned to continue through next year, the ministry said."
    )
    assert "ONGOING" in _stages(analyze(text), ("ITA", "KWT"))


def test_the_order_behind_a_delivery_settles_no_other_plans(analyze: Analyze) -> None:
    text = (
        "Italy delivered two patrol vessels to Ghana under a contract signed last year. "
        "Ghana and Italy have identified joint projects in anti-drone systems and robotics."
    )
    events = analyze(text)
    assert "AGREED" in _stages(events, ("GHA", "ITA"))
    assert {e.stage for e in events if e.type == "JOINT_DEVELOPMENT"} == {"PLANNED"}
    assert all(e.referential for e in events if e.type == "ARMS_TRANSFER" and e.stage == "AGREED")
