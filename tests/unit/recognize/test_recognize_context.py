"""Document context: datelines, the ministry's state, heads of state, namesakes, base names, name collisions."""

from __future__ import annotations

import pytest

from defcoop.records import Mention

from .conftest import Find


def first(mentions: list[Mention], surface: str) -> Mention:
    return next(m for m in mentions if m.surface == surface)


def ministry(mentions: list[Mention]) -> Mention:
    return next(m for m in mentions if m.kind == "reference" and m.surface.lower().endswith("ministry"))


def people(mentions: list[Mention]) -> list[tuple[str, str | None]]:
    return [(m.surface, m.code) for m in mentions if m.kind == "person"]


# --- datelines -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("NAIROBI, Feb 9 (Newswire) - Kenya and Ethiopia agreed to share border radar data.", "NAIROBI", "KEN"),
        ("HANOI —  Vietnam and India held naval talks on Tuesday.", "HANOI", "VNM"),
        ("Lima, 14 March 2024 (Agencia) - Peru ordered patrol boats from South Korea.", "Lima", "PER"),
        ("ROME -- Italy will host the drills with Greece.", "ROME", "ITA"),
    ],
)
def test_a_dateline_is_a_place_with_its_state(find: Find, text: str, surface: str, code: str) -> None:
    found = first(find(text), surface)
    assert (found.role, found.code) == ("place", code)


def test_a_headline_pair_with_a_dash_is_no_dateline(find: Find) -> None:
    found = find("US - China talks resumed in Geneva.")
    assert first(found, "US").role is None and first(found, "China").role is None


def test_a_capital_inside_a_sentence_is_no_dateline(find: Find) -> None:
    found = first(find("Talks in Ankara, May 3 - officials said - went well."), "Ankara")
    assert found.role != "place"


# --- the ministry ----------------------------------------------------------------------------

def test_the_ministry_is_not_the_invaded_state_named_last(find: Find) -> None:
    text = ("Romania will buy more American air-defence systems. The purchase follows Russia's invasion "
            "of Ukraine. The ministry said the first battery arrives next year.")
    assert ministry(find(text)).code == "ROU"


def test_the_ministry_follows_the_ministry_named_before(find: Find) -> None:
    text = ("The Finnish defence ministry ordered artillery from South Korea. Moscow's war on Kyiv "
            "has raised demand. The ministry said deliveries start in 2026.")
    assert ministry(find(text)).code == "FIN"


def test_the_ministry_follows_a_titled_official(find: Find) -> None:
    text = ("Estonian Defence Minister Kalle Tamm visited Seoul to discuss rocket launchers. "
            "The defence ministry later said talks with Hanwha would continue.")
    assert ministry(find(text)).code == "EST"


def test_the_ministry_takes_the_dateline_state(find: Find) -> None:
    text = ("VILNIUS, June 2 (Newswire) - Germany will station a brigade in the country, and talks with "
            "Berlin went well, the ministry said.")
    assert ministry(find(text)).code == "LTU"


# --- heads of state and government without a nationality -------------------------------------

def test_a_president_takes_the_state_named_in_the_same_sentence(find: Find) -> None:
    text = "Norway sold frigates. In Chile on Monday, President Elena Rojas welcomed the ships."
    assert ("Elena Rojas", "CHL") in people(find(text))


def test_a_president_with_nothing_tying_him_stays_unresolved(find: Find) -> None:
    text = "Turkey delivered drones to Niger. President Amadou Issa thanked the crews."
    assert ("Amadou Issa", None) in people(find(text))


def test_a_prime_minister_in_a_one_state_document_serves_it(find: Find) -> None:
    text = "Mongolia opened a peacekeeping school. Prime Minister Bat Erdene cut the ribbon."
    assert ("Bat Erdene", "MNG") in people(find(text))


def test_a_known_head_of_state_keeps_the_gazetteer_state(find: Find) -> None:
    text = "France sold helicopters to Spain. President Joe Biden was not involved."
    assert ("Joe Biden", "USA") in people(find(text))


# --- namesakes -------------------------------------------------------------------------------

def test_a_title_naming_another_state_beats_the_people_gazetteer(find: Find) -> None:
    text = ("Colombian Defence Minister Pedro Sánchez met Spanish officials in Bogota. "
            "Pedro Sánchez said the army would buy rifles. Sánchez did not say how many.")
    found = people(find(text))
    assert found == [("Pedro Sánchez", "COL"), ("Pedro Sánchez", "COL"), ("Sánchez", "COL")]


def test_the_gazetteer_state_holds_without_a_conflicting_title(find: Find) -> None:
    found = people(find("Pedro Sánchez said Spain would send engineers; Colombian officials agreed."))
    assert found == [("Pedro Sánchez", "ESP")]


# --- base names ------------------------------------------------------------------------------

def test_a_force_acronym_before_base_keeps_its_state(find: Find) -> None:
    found = find("Singapore's air force trained at RAAF Base Edinburgh this month.")
    assert first(found, "RAAF").code == "AUS"
    assert all(m.code in {"SGP", "AUS"} for m in found if m.code)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Canadian engineers built huts at Fort Panama last year.", "Panama"),
        ("Dutch marines rotated through Camp Georgia before Christmas.", "Georgia"),
        ("Ships berthed at Naval Base Malta after the exercise with Italy.", "Malta"),
    ],
)
def test_a_state_name_after_base_or_camp_is_a_place(find: Find, text: str, surface: str) -> None:
    mentions = [m for m in find(text) if m.surface == surface]
    assert all(m.role == "place" for m in mentions)


# --- acronym and name collisions -------------------------------------------------------------

def test_gsomia_names_no_state(find: Find) -> None:
    text = ("Japan and South Korea renewed the General Security of Military Information Agreement "
            "(GSOMIA) on Friday.")
    codes = {m.code for m in find(text) if m.code}
    assert codes == {"JPN", "KOR"}


def test_an_exercise_named_like_a_company_is_no_company(find: Find) -> None:
    found = find("India and Russia opened Exercise INDRA near Vladivostok; Indra sold radars to Chile.")
    exercise = first(found, "Exercise INDRA")
    assert exercise.kind != "company" and exercise.code is None
    assert first(found, "Indra").kind == "company"
