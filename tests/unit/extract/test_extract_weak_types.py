"""Phrasings of the types stated least directly: general ties, joint development and access."""

from __future__ import annotations

from .conftest import Analyze, find, keys


def test_a_tie_named_with_its_sides_is_stated_not_referred_back(analyze: Analyze) -> None:
    text = (
        "Chile will buy two used frigates from the United Kingdom, the navy said. "
        "The minister said the purchase strengthens the strategic partnership between Chile and Britain."
    )
    general = find(analyze(text), "GENERAL", ("CHL", "GBR"))
    assert general.stage == "ONGOING"


def test_a_defence_relationship_between_two_states_after_a_sale(analyze: Analyze) -> None:
    text = (
        "Vietnam has ordered Indian-built patrol boats for its coast guard. "
        "Officials said the order reflects the defence relationship between India and Vietnam."
    )
    assert (("IND", "VNM"), "GENERAL") in keys(analyze(text))


def test_a_tie_without_its_sides_still_refers_back(analyze: Analyze) -> None:
    text = (
        "Kenya and Uganda held joint border drills in March. "
        "The minister said the partnership had grown since then."
    )
    assert (("KEN", "UGA"), "GENERAL") not in keys(analyze(text))


def test_working_together_listed_after_an_exercise_is_its_own_event(analyze: Analyze) -> None:
    text = "Peru and Colombia agreed to hold joint naval exercises and to work together on disaster relief."
    events = analyze(text)
    assert (("COL", "PER"), "EXERCISE") in keys(events)
    assert (("COL", "PER"), "GENERAL") in keys(events)


def test_a_cooperation_area_listed_beside_another_activity(analyze: Analyze) -> None:
    text = (
        "Ghana and Togo signed a defence pact on Friday. Officials said the pact provides for officer exchanges, "
        "training of Togolese cadets at Ghanaian academies, hydrography cooperation and ship visits."
    )
    assert (("GHA", "TGO"), "GENERAL") in keys(analyze(text))


def test_cooperation_as_the_topic_of_talks_stays_covered(analyze: Analyze) -> None:
    events = analyze("Officials of Peru and Colombia held talks on defence cooperation in Lima on Monday.")
    assert (("COL", "PER"), "DIALOGUE") in keys(events)
    assert (("COL", "PER"), "GENERAL") not in keys(events)


def test_use_of_the_other_sides_bases_is_access(analyze: Analyze) -> None:
    text = "Brazil and Argentina signed a logistics memorandum in 2019 that lets each side use the other's bases."
    access = find(analyze(text), "ACCESS", ("ARG", "BRA"))
    assert access.stage == "AGREED"


def test_refuelling_at_each_others_ports_is_access(analyze: Analyze) -> None:
    text = "Under the new accord, Greek and Egyptian warships will be able to refuel at each other's ports."
    assert (("EGY", "GRC"), "ACCESS") in keys(analyze(text))


def test_visits_by_warships_provided_for_by_a_pact_are_access(analyze: Analyze) -> None:
    text = (
        "Kenya and Tanzania signed a maritime security memorandum on Monday. "
        "It provides for joint patrols, staff training and visits by warships to Mombasa and Dar es Salaam."
    )
    assert (("KEN", "TZA"), "ACCESS") in keys(analyze(text))


def test_forces_that_have_worked_together_for_decades_have_a_tie(analyze: Analyze) -> None:
    events = analyze("The armed forces of Oman and Jordan have worked together closely for decades, the minister noted.")
    assert find(events, "GENERAL", ("JOR", "OMN")).stage == "ONGOING"


def test_a_record_of_working_together_on_border_security(analyze: Analyze) -> None:
    text = "Senegal and Mauritania have a long record of working together on border security, the defence ministry said."
    assert (("MRT", "SEN"), "GENERAL") in keys(analyze(text))


def test_companies_working_together_on_a_civil_network_state_no_tie(analyze: Analyze) -> None:
    text = "Engineers in Finland and Sweden are working together on a new mobile phone network, the operators said."
    assert analyze(text) == []
