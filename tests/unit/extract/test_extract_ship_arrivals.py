"""A navy's own new ship arriving home from its foreign builder is a delivery; a foreign warship is a port call."""

from __future__ import annotations

import pytest

from .conftest import Analyze, keys


def test_own_new_ship_arriving_home_from_its_builder_is_a_delivery(analyze: Analyze) -> None:
    text = (
        "The Royal Thai Navy's new frigate arrived at Sattahip on Monday after sailing from Busan, South Korea, "
        "where it was built by Hyundai Heavy Industries."
    )
    found = keys(analyze(text))
    assert (("KOR", "THA"), "ARMS_TRANSFER") in found
    assert (("KOR", "THA"), "ACCESS") not in found


def test_foreign_warship_arriving_is_a_port_call(analyze: Analyze) -> None:
    text = "The Indian Navy frigate INS Tabar arrived at Sattahip, Thailand, on Monday for a three-day port call."
    found = keys(analyze(text))
    assert (("IND", "THA"), "ACCESS") in found
    assert (("IND", "THA"), "ARMS_TRANSFER") not in found


def test_a_visiting_navys_foreign_built_ship_is_still_a_port_call(analyze: Analyze) -> None:
    text = (
        "The Indonesian Navy's new frigate, built by Babcock in Britain, arrived in Darwin, Australia, on Friday "
        "for a port call."
    )
    found = keys(analyze(text))
    assert (("AUS", "IDN"), "ACCESS") in found
    assert not any(etype == "ARMS_TRANSFER" and "AUS" in codes for codes, etype in found)


def test_a_named_warship_calling_at_a_port_is_a_port_call(analyze: Analyze) -> None:
    text = "During the drills the Australian patrol boat HMAS Arafura called at Mombasa, Kenyan officials said."
    found = keys(analyze("The navies held a joint exercise. " + text))
    assert (("AUS", "KEN"), "ACCESS") in found
    assert (("AUS", "KEN"), "VISIT") not in found


def test_warships_arriving_at_a_lesser_known_naval_port(analyze: Analyze) -> None:
    found = keys(analyze("Chinese warships arrived at Gwadar on Monday for a week-long stay."))
    assert (("CHN", "PAK"), "ACCESS") in found


def test_a_home_official_at_a_ceremony_at_home_is_no_visit(analyze: Analyze) -> None:
    text = (
        "India and Indonesia signed a naval pact last month. President Prabowo Subianto attended the "
        "ceremony in Surabaya."
    )
    assert not any(etype == "VISIT" for _, etype in keys(analyze(text)))


def test_a_named_system_arriving_is_a_delivery(analyze: Analyze) -> None:
    found = keys(analyze(
        "Defence officials said the forces were ready. The first two Rafale F3R from France arrived in Greece "
        "on Monday."
    ))
    assert (("FRA", "GRC"), "ARMS_TRANSFER") in found
    assert (("FRA", "GRC"), "VISIT") not in found


def test_a_delegation_arriving_is_still_a_visit(analyze: Analyze) -> None:
    found = keys(analyze("A French defence delegation arrived in Greece on Monday for talks."))
    assert (("FRA", "GRC"), "VISIT") in found


def test_an_official_whose_state_is_only_guessed_still_visits(analyze: Analyze) -> None:
    text = (
        "Australia is gifting two patrol boats to Fiji. Defence Minister Jane Holloway pushed the handover back "
        "during a visit to Suva in March, officials in Canberra said."
    )
    assert any(e.type == "VISIT" and e.direction == ("AUS", "FJI") for e in analyze(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Two more Rafale jets have landed in Greece, the defence ministry said.", ("FRA", "GRC")),
        ("The first K2 tanks from South Korea arrived in Poland on Tuesday.", ("KOR", "POL")),
    ],
)
def test_equipment_arriving_with_no_visitor_is_delivered_by_its_maker(
    analyze: Analyze, text: str, pair: tuple[str, str]
) -> None:
    transfers = [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
    assert [(e.direction, e.stage) for e in transfers] == [(pair, "COMPLETED")]


def test_a_delivery_of_equipment_named_before_goes_to_the_stories_buyer(analyze: Analyze) -> None:
    text = ("Kazakhstan's air force received four more Su-30SM fighters from Russia on Monday. The jets were "
            "delivered under a contract signed with Moscow in 2017.")
    evidence = {ev.text[:8] for e in analyze(text) if e.type == "ARMS_TRANSFER" and e.direction == ("RUS", "KAZ")
                for ev in e.evidence}
    assert "The jets" in evidence


def test_a_counterpart_hosted_for_talks_on_submarines_is_a_visit_not_a_port_call(analyze: Analyze) -> None:
    text = "Japan's defence minister hosted his Australian counterpart in Tokyo on Monday for talks on submarines."
    types = {(e.type, e.direction) for e in analyze(text)}
    assert ("VISIT", ("AUS", "JPN")) in types
    assert not any(t == "ACCESS" for t, _ in types)


def test_the_first_of_a_bought_batch_to_arrive_is_no_officials_visit(analyze: Analyze) -> None:
    text = ("Argentina completed the purchase of 24 used F-16 fighters from Denmark, with the first six to arrive in "
            "December, defence minister Luis Petri said.")
    assert not [e for e in analyze(text) if e.type == "VISIT"]
