"""Stage of a deal's terms: what a signed contract or pact provides for is agreed with it."""

from __future__ import annotations

from .conftest import Analyze, find, keys

_CONTEXT = "The defence ministry said the armed forces were ready. "


def test_what_a_pact_provides_for_is_agreed(analyze: Analyze) -> None:
    text = _CONTEXT + "The pact between Egypt and Italy provides for the setting up of a production facility in Egypt."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("EGY", "ITA")).stage == "AGREED"
    text = _CONTEXT + "The contract stipulates local assembly of the howitzers in Vietnam by South Korea's Hanwha."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("KOR", "VNM")).stage == "AGREED"


def test_a_draft_that_would_provide_for_work_is_not_agreed(analyze: Analyze) -> None:
    text = _CONTEXT + "The draft accord Kenya and Turkey are negotiating would provide for joint production of drones."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("KEN", "TUR")).stage != "AGREED"


def test_local_production_planned_under_a_signed_sale_is_part_of_the_deal(analyze: Analyze) -> None:
    text = _CONTEXT + (
        "Brazil signed a contract to buy 36 Gripen fighters from Sweden on Friday. "
        "Local production of the fuselage will start in Brazil with Swedish technology transfer next year."
    )
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("BRA", "SWE")).stage == "AGREED"


def test_local_production_without_a_signed_sale_stays_planned(analyze: Analyze) -> None:
    text = _CONTEXT + (
        "Brazil is still negotiating to buy Gripen fighters from Sweden. "
        "Local production of the fuselage will start in Brazil with Swedish technology transfer next year."
    )
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("BRA", "SWE")).stage == "PLANNED"


def test_a_headline_infinitive_with_verb_words_is_planned(analyze: Analyze) -> None:
    body = "\n\nThe defence ministry said the armed forces were ready."
    events = analyze("Turkish firm and Italian group to form joint venture for drones" + body)
    assert find(events, "JOINT_DEVELOPMENT", ("ITA", "TUR")).stage == "PLANNED"
    events = analyze("Turkish Firm And Italian Group To Form Joint Venture For Drones" + body)
    assert find(events, "JOINT_DEVELOPMENT", ("ITA", "TUR")).stage == "PLANNED"
    assert find(analyze("Peru and Chile to hold naval exercise" + body), "EXERCISE", ("CHL", "PER")).stage == "PLANNED"


def test_a_headline_to_before_a_noun_phrase_is_no_infinitive(analyze: Analyze) -> None:
    events = analyze("Ghana sends boost to the joint exercise with Togo\n\nThe defence ministry said it was ready.")
    assert find(events, "EXERCISE", ("GHA", "TGO")).stage != "PLANNED"


def test_a_past_passive_development_or_training_is_completed(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "The rifle was co-developed by Indonesia and South Korea.")
    assert find(events, "JOINT_DEVELOPMENT", ("IDN", "KOR")).stage == "COMPLETED"
    events = analyze(_CONTEXT + "Ukrainian pilots were trained by Denmark.")
    assert find(events, "PERSONNEL", ("DNK", "UKR")).stage == "COMPLETED"


def test_a_present_passive_training_stays_ongoing(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Philippine marines are being trained by Australian instructors.")
    assert find(events, "PERSONNEL", ("AUS", "PHL")).stage == "ONGOING"
    events = analyze(_CONTEXT + "Ukrainian pilots are trained by Denmark.")
    assert find(events, "PERSONNEL", ("DNK", "UKR")).stage == "ONGOING"


def test_a_sale_a_signed_deal_foresees_is_agreed(analyze: Analyze) -> None:
    text = (
        "Chile and Spain signed a defence cooperation agreement in Santiago on Monday. "
        "Under the agreement, Spain will supply two used frigates to the Chilean navy."
    )
    assert find(analyze(text), "ARMS_TRANSFER", ("CHL", "ESP")).stage == "AGREED"


def test_a_partys_stated_intention_under_a_deal_stays_planned(analyze: Analyze) -> None:
    text = (
        "Kenya and the United States signed a five-year defence framework on Monday. "
        "Under the deal, Washington intends to sell 16 helicopters to Nairobi."
    )
    assert find(analyze(text), "ARMS_TRANSFER", ("KEN", "USA")).stage == "PLANNED"
    text = (
        "Norway and Germany signed a submarine agreement in Oslo. "
        "As part of the pact, Berlin plans to buy naval strike missiles from Norway."
    )
    assert find(analyze(text), "ARMS_TRANSFER", ("DEU", "NOR")).stage == "PLANNED"


def test_a_contract_that_includes_training_trains_the_buyer(analyze: Analyze) -> None:
    events = analyze(
        "Estonia has ordered K9 howitzers from South Korea. The contract, worth about 50 million euros, "
        "includes training, spare parts and ammunition."
    )
    assert (("EST", "KOR"), "PERSONNEL") in keys(events)


def test_a_deal_that_includes_no_training_has_no_personnel_event(analyze: Analyze) -> None:
    events = analyze(
        "Estonia has ordered K9 howitzers from South Korea. The contract, worth about 50 million euros, "
        "includes spare parts and ammunition, while training will be arranged at home."
    )
    assert (("EST", "KOR"), "PERSONNEL") not in keys(events)


def test_the_buyers_crew_that_underwent_training_was_trained_by_the_supplier(analyze: Analyze) -> None:
    events = analyze(
        "Japan on Monday handed over a patrol aircraft to the Philippines. Its crew underwent training in Japan "
        "over several months, the embassy said."
    )
    assert find(events, "PERSONNEL", ("JPN", "PHL")).stage == "COMPLETED"


def test_training_undergone_with_no_transfer_before_is_no_event(analyze: Analyze) -> None:
    events = analyze("Japan's defence chief visited Manila. Its crews underwent training in Japan, the embassy said.")
    assert not any(e.type == "PERSONNEL" for e in events)
