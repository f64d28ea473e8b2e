"""Makers and their models: bare company names, typos of them, designations after a maker."""

from __future__ import annotations

from defcoop.records import Mention

from .conftest import Find


def systems(mentions: list[Mention]) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.canonical, m.code) for m in mentions if m.kind == "system"]


def test_designation_after_a_possessive_maker_is_its_system(find: Find) -> None:
    mentions = find("Officials watched Toshiba's Q-9 land on the deck before lunch.")
    assert systems(mentions) == [("Q-9", "Tidewatch Q-9", "JPN")]
    assert next(m for m in mentions if m.kind == "system").score < 1.0


def test_designation_right_after_the_maker_prefers_the_base_model(find: Find) -> None:
    assert systems(find("Three Toshiba R-4 drones were lost.")) == [("R-4", "Seamark R-4", "JPN")]


def test_later_bare_designation_is_the_same_system(find: Find) -> None:
    text = "The navy chose Toshiba's Q-9 in May. By June the Q-9 had flown forty sorties."
    assert [s for s, _, _ in systems(find(text))] == ["Q-9", "Q-9"]


def test_designation_without_its_maker_is_not_a_system(find: Find) -> None:
    assert systems(find("The Q-9 flew over the harbour while Toshiba's X-77 stayed home.")) == []


def test_bare_kawasaki_is_the_company_and_a_typo_of_it_too(find: Find) -> None:
    for text in ("Kawasaki will deliver two more submarines.", "Kawaski's engineers visited the base."):
        company = [m for m in find(text) if m.kind == "company"]
        assert [(m.canonical, m.code) for m in company] == [("Kawasaki Heavy Industries", "JPN")]


def test_kawasaki_the_city_is_not_the_company(find: Find) -> None:
    text = "Residents of Kawasaki, a port city in Kanagawa prefecture, elected a new mayor."
    assert [m for m in find(text) if m.kind == "company"] == []


def test_names_of_exercises_and_operations_are_not_actors(find: Find) -> None:
    text = "Troops from Peru joined Exercise Kenya Shield, and Italian ships sailed in Operation INDRA."
    mentions = find(text)
    assert [m.code for m in mentions if m.code] == ["PER", "ITA"]
    assert [m.surface for m in mentions if m.role == "place"] == ["Exercise Kenya", "Operation INDRA"]


def test_latin_american_state_yards_and_factories_have_their_state(find: Find) -> None:
    text = ("Cotecmar will build the hulls, ENAER the trainers and FAdeA the Pampa jets, while ASMAR refits "
            "the frigates and ASTINAVE the patrol boats.")
    codes = {m.surface: m.code for m in find(text) if m.kind == "company"}
    assert codes == {"Cotecmar": "COL", "ENAER": "CHL", "FAdeA": "ARG", "ASMAR": "CHL", "ASTINAVE": "ECU"}
