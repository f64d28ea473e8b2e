"""Document context: datelines, the ministry's state, heads of state, namesakes, base names, name collisions."""

from __future__ import annotations

import pytest

from defcoop.records import Mention

from .conftest import Find, by_surface


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
    found = by_surface(find(text), surface)
    assert (found.role, found.code) == ("place", code)


def test_a_headline_pair_with_a_dash_is_no_dateline(find: Find) -> None:
    found = find("US - China talks resumed in Geneva.")
    assert by_surface(found, "US").role is None and by_surface(found, "China").role is None


def test_a_capital_inside_a_sentence_is_no_dateline(find: Find) -> None:
    found = by_surface(find("Talks in Ankara, May 3 - officials said - went well."), "Ankara")
    assert found.role != "place"


# --- the ministry ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(
            "Romania will buy more American air-defence systems. The purchase follows Russia's invasion "
            "of Ukraine. The ministry said the first battery arrives next year.",
            "ROU",
            id="not-the-invaded-state-named-last",
        ),
        pytest.param(
            "The Finnish defence ministry ordered artillery from South Korea. Moscow's war on Kyiv "
            "has raised demand. The ministry said deliveries start in 2026.",
            "FIN",
            id="the-ministry-named-before",
        ),
        pytest.param(
            "Estonian Defence Minister Kalle Tamm visited Seoul to discuss rocket launchers. "
            "The defence ministry later said talks with Hanwha would continue.",
            "EST",
            id="a-titled-official",
        ),
        pytest.param(
            "VILNIUS, June 2 (Newswire) - Germany will station a brigade in the country, and talks with "
            "Berlin went well, the ministry said.",
            "LTU",
            id="the-dateline-state",
        ),
    ],
)
def test_the_ministry_resolves_to_the_state_it_speaks_for(find: Find, text: str, code: str) -> None:
    assert ministry(find(text)).code == code


# --- heads of state and government without a nationality -------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        pytest.param("Norway sold frigates. In Chile on Monday, President Elena Rojas welcomed the ships.",
                     "Elena Rojas", "CHL", id="the-state-named-in-the-same-sentence"),
        pytest.param("Turkey delivered drones to Niger. President Amadou Issa thanked the crews.",
                     "Amadou Issa", None, id="nothing-tying-him-stays-unresolved"),
        pytest.param("Mongolia opened a peacekeeping school. Prime Minister Bat Erdene cut the ribbon.",
                     "Bat Erdene", "MNG", id="the-only-state-of-the-document"),
        pytest.param("France sold helicopters to Spain. President Joe Biden was not involved.",
                     "Joe Biden", "USA", id="a-known-head-keeps-the-gazetteer-state"),
    ],
)
def test_a_head_of_state_or_government_without_a_nationality(
    find: Find, text: str, name: str, code: str | None
) -> None:
    assert (name, code) in people(find(text))


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
    assert by_surface(found, "RAAF").code == "AUS"
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
    exercise = by_surface(found, "Exercise INDRA")
    assert exercise.kind != "company" and exercise.code is None
    assert by_surface(found, "Indra").kind == "company"


@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        ("Ghana's president received the president of Togo in Accra. The two presidents discussed border "
         "security.", "The two presidents", {"GHA", "TGO"}),
        ("Delegations from Chile and Argentina met in Santiago. Both delegations agreed to meet again.",
         "Both delegations", {"ARG", "CHL"}),
        ("Leaders of Kenya, Ethiopia and Somalia met in Nairobi, where the three leaders agreed on joint patrols.",
         "the three leaders", {"KEN", "ETH", "SOM"}),
    ],
)
def test_plural_counterparts_refer_to_the_sides_in_context(
    find: Find, text: str, phrase: str, codes: set[str]
) -> None:
    reference = next(m for m in find(text) if m.surface == phrase)
    assert set(reference.refers_to) == codes


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("US Defense Secretary Lloyd Austin arrived in Hanoi. The Secretary then flew to Jakarta.",
         "The Secretary", "USA"),
        ("Kenya's Defence Minister Aden Duale met Uganda's minister of defence. The minister said talks went well.",
         "The minister", "UGA"),
        ("Australian Prime Minister Anthony Albanese toured Port Moresby, where the premier opened a barracks.",
         "the premier", "AUS"),
    ],
)
def test_a_bare_office_refers_to_the_official_named_before(find: Find, phrase: str, text: str, code: str) -> None:
    assert by_surface(find(text), phrase).code == code


def test_a_ministry_named_without_its_state_is_the_home_states(find: Find) -> None:
    text = ("The Ministry of National Defence announces that the contract for 32 jets was signed with the United "
            "States. Romania will receive the first aircraft in 2030, and Romania will train pilots.")
    assert by_surface(find(text), "Ministry of National Defence").code == "ROU"
