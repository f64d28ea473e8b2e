"""Acronyms shared by bodies of several states, and generic phrases that are no body of their own."""

from __future__ import annotations

import pytest

from .conftest import Find


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Manila wants two submarines by 2030, a DND spokesman told reporters.", "PHL"),
        ("Canadian frigates left Halifax; the DND confirmed the date.", "CAN"),
        ("After the floods in Sindh, Pakistani officials at the NDMA asked for tents.", "PAK"),
    ],
)
def test_shared_acronym_takes_the_state_of_the_document(find: Find, text: str, code: str) -> None:
    acronyms = [m for m in find(text) if m.surface in {"DND", "NDMA"}]
    assert [m.code for m in acronyms] == [code]


def test_shared_acronym_without_any_owner_in_the_document_is_dropped(find: Find) -> None:
    assert [m for m in find("Brazil and Chile met; the DND was not invited.") if m.surface == "DND"] == []


def test_national_defence_inside_a_longer_name_is_no_foreign_ministry(find: Find) -> None:
    text = "The plan was approved by the Supreme Council of National Defence in Bucharest, Romania."
    assert {m.code for m in find(text) if m.code} == {"ROU"}


def test_on_a_tie_the_nearest_owner_wins(find: Find) -> None:
    text = "The IAF flew over Pune, India said on Monday. In Haifa, Israel's IAF held a parade."
    assert [m.code for m in find(text) if m.surface == "IAF"] == ["IND", "ISR"]


@pytest.mark.parametrize(
    ("text", "canonical", "code"),
    [
        ("RTAF pilots will train in Sweden next year.", "Royal Thai Air Force", "THA"),
        ("Two NAF jets landed in Kaduna.", "Nigerian Air Force", "NGA"),
        ("SIDM members met buyers from Kenya.", "Society of Indian Defence Manufacturers", "IND"),
    ],
)
def test_service_and_industry_acronyms(find: Find, text: str, canonical: str, code: str) -> None:
    found = [m for m in find(text) if m.canonical == canonical]
    assert len(found) == 1 and found[0].code == code


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_names_with_either_apostrophe(find: Find, apostrophe: str) -> None:
    text = f"Ships of the Chinese People{apostrophe}s Liberation Army Navy docked in Karachi."
    navy = [m for m in find(text) if m.kind == "armed_force"]
    assert [(m.canonical, m.code) for m in navy] == [("People's Liberation Army Navy", "CHN")]


def test_eu_institutions_stand_for_the_eu(find: Find) -> None:
    assert [m.code for m in find("The European Commission proposed more funds.") if m.code] == ["EU"]


def test_the_ministry_is_not_the_home_state_of_a_supplier(find: Find) -> None:
    text = "Estonia will buy rocket launchers from Israel's Elbit Systems, the ministry said on Friday."
    ministry = [m for m in find(text) if m.kind == "reference" and m.surface == "the ministry"]
    assert [m.refers_to for m in ministry] == [("EST",)]


def test_two_sides_may_be_an_alliance_and_a_state(find: Find) -> None:
    text = "The European Union and Uzbekistan signed a minerals pact in Tashkent. The two sides will meet in May."
    sides = next(m for m in find(text) if m.surface == "The two sides")
    assert set(sides.refers_to) == {"EU", "UZB"}


def test_two_countries_are_states_even_next_to_an_alliance(find: Find) -> None:
    text = "NATO officials watched as Norway and Finland signed a border deal. The two countries will patrol together."
    countries = next(m for m in find(text) if m.surface == "The two countries")
    assert set(countries.refers_to) == {"NOR", "FIN"}


@pytest.mark.parametrize(
    "text",
    [
        "Jordan and Egypt held talks in Amman, the Kuwait News Agency reported.",
        "Jordan and Egypt held talks in Amman, according to the Press Trust of India.",
        "Jordan and Egypt held talks in Amman, KCNA said.",
    ],
)
def test_news_agencies_named_after_a_state_are_not_the_state(find: Find, text: str) -> None:
    assert {m.code for m in find(text) if m.code} == {"JOR", "EGY"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mindef said the Royal Malaysian Air Force would receive two more transport aircraft.", "MYS"),
        ("Mindef confirmed that the Republic of Singapore Navy will sail to Guam with Singaporean F-15s.", "SGP"),
        ("Kuala Lumpur: The Malaysian army chief said Mindef had approved the budget.", "MYS"),
    ],
)
def test_a_short_name_shared_by_two_ministries_takes_the_document_state(find: Find, text: str, code: str) -> None:
    assert [m.code for m in find(text) if m.surface == "Mindef"] == [code]


def test_a_shared_short_name_without_its_state_is_dropped(find: Find) -> None:
    assert [m for m in find("Peru and Chile met; Mindef was not invited.") if m.surface == "Mindef"] == []
