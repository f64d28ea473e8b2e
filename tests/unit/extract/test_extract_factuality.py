"""Negated, speculated, rejected and non-defense statements; decoys that must give no event."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find, keys


def test_agreement_not_expected_gives_talks_but_no_agreement(analyze: Analyze) -> None:
    text = (
        "Japan's defense minister will hold talks with Turkey on drones and defense industry cooperation. "
        "They will inspect drone factories, but an agreement is not expected, a ministry source said."
    )
    found = keys(analyze(text))
    assert (("JPN", "TUR"), "DIALOGUE") in found
    assert (("JPN", "TUR"), "AGREEMENT") not in found


def test_no_deal_was_reached(analyze: Analyze) -> None:
    text = "Greek and Turkish defence officials met in Athens, but no deal was reached on a military hotline agreement."
    assert (("GRC", "TUR"), "AGREEMENT") not in keys(analyze(text))


def test_did_not_sign(analyze: Analyze) -> None:
    text = "Serbia did not sign the defence cooperation agreement with Russia, the army said."
    assert (("RUS", "SRB"), "AGREEMENT") not in keys(analyze(text))


def test_writer_speculation_gives_no_event(analyze: Analyze) -> None:
    text = (
        "South Korea and NATO agreed to deepen military cooperation. If Seoul adopts NATO standards, this could "
        "lead to maintenance at each other's shipyards."
    )
    assert all(e.type != "ACCESS" for e in analyze(text))


def test_lost_competition_is_rejected(analyze: Analyze) -> None:
    text = (
        "Saab's Gripen was a contender for Canada's fighter jet requirement before the Canadian government "
        "decided to acquire Boeing aircraft instead, defence officials said."
    )
    events = analyze(text)
    rejected = find(events, "ARMS_TRANSFER", ("CAN", "SWE"))
    assert rejected.stage == "REJECTED"


def test_third_country_in_background_clause_is_not_a_party(analyze: Analyze) -> None:
    text = (
        "Kenya and Ethiopia held joint military drills near the border, at a time when Somalia faces "
        "rising attacks by armed groups."
    )
    events = analyze(text)
    assert (("ETH", "KEN"), "EXERCISE") in keys(events)
    assert all("SOM" not in e.codes for e in events)


def test_adversary_is_not_a_party(analyze: Analyze) -> None:
    text = "Ukraine and Poland agreed to deepen defense cooperation to counter Russia's invasion of Ukraine."
    events = analyze(text)
    assert (("POL", "UKR"), "GENERAL") in keys(events)
    assert all("RUS" not in e.codes for e in events)


def test_free_trade_agreement_is_not_an_event(analyze: Analyze) -> None:
    text = (
        "The United Kingdom and India signed a free trade agreement on Thursday that cuts tariffs on whisky "
        "and cars. Trade ministers said the deal would double bilateral trade by 2030."
    )
    assert analyze(text) == []


def test_climate_statement_is_not_an_event(analyze: Analyze) -> None:
    text = (
        "China and the United States issued a joint statement on climate cooperation and will launch a "
        "working group on methane emissions. Their climate envoys met in Beijing last week."
    )
    assert analyze(text) == []


def test_company_results_are_not_an_event(analyze: Analyze) -> None:
    text = (
        "Rheinmetall reported higher sales and operating profit in the second quarter, thanks to strong "
        "orders for ammunition from the German armed forces. Its shares rose 3 percent in Frankfurt."
    )
    assert analyze(text) == []


def test_domestic_procurement_is_not_an_event(analyze: Analyze) -> None:
    text = "India's defence ministry ordered 97 Tejas fighter jets from Hindustan Aeronautics Limited on Friday."
    assert analyze(text) == []


def test_battle_and_missile_test_are_not_events(analyze: Analyze) -> None:
    text = (
        "North Korea test-fired a ballistic missile into the sea on Sunday, the South Korean military said. "
        "Separately, Israeli jets struck targets in Lebanon."
    )
    assert analyze(text) == []


def test_sanctions_are_not_cooperation(analyze: Analyze) -> None:
    text = "The European Union imposed new sanctions on Belarus over its military support for Russia's war."
    assert all(e.type != "GENERAL" for e in analyze(text))


def test_a_visit_referred_back_to_is_not_a_new_visit(analyze: Analyze) -> None:
    text = (
        "Israeli Defence Minister Benny Gantz signed a security pact in Rabat on Wednesday during a trip to Morocco.\n"
        "Algeria, Morocco's neighbour and rival, condemned the visit."
    )
    events = analyze(text)
    assert all("DZA" not in e.codes for e in events)
    assert (("ISR", "MAR"), "VISIT") in keys(events)


def test_warship_visit_is_a_port_call(analyze: Analyze) -> None:
    text = "The French frigate Bretagne arrived at the port of Mumbai on Monday for a four-day visit to India."
    found = keys(analyze(text))
    assert (("FRA", "IND"), "ACCESS") in found
    assert (("FRA", "IND"), "VISIT") not in found


def test_decoys_of_many_kinds_give_no_event(analyze: Analyze) -> None:
    decoys = [
        "Japan's cabinet approved a record defence budget on Friday, with more money for long-range missiles and "
        "drones. Opposition lawmakers said Japan should focus on diplomacy with China.",
        "Lockheed Martin reported third-quarter sales of $17 billion on strong demand for F-35 jets and missiles. "
        "Its shares rose 2 percent in New York.",
        "Australia and China agreed to resume talks on trade after a three-year freeze. Beijing lifted tariffs on "
        "Australian wine and barley.",
        "The United States imposed sanctions on three Chinese companies accused of supplying drone parts to "
        "Russia's military, the Treasury Department said.",
    ]
    for text in decoys:
        assert analyze(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister rejected claims that Russia would open a naval base in Sudan, saying no foreign "
        "warships would be stationed there.",
        "Officials in Manila dismissed reports that China had been granted access to the port of Subic.",
        "Hanoi denied allegations that it had supplied weapons to Laos.",
    ],
)
def test_a_denied_claim_states_no_event(analyze: Analyze, text: str) -> None:
    assert not analyze("The armed forces were ready, the defence ministry said. " + text)


def test_a_rejected_offer_is_not_a_denial(analyze: Analyze) -> None:
    text = "Peru rejected the French offer and signed a deal to buy Korean FA-50 fighter jets."
    assert any(e.type == "ARMS_TRANSFER" and "KOR" in e.codes for e in analyze(text))


def test_a_state_named_as_the_author_of_sanctions_is_no_party(analyze: Analyze) -> None:
    text = "Indonesia cancelled its order for 11 Su-35 fighters from Russia, fearing US sanctions."
    assert {tuple(e.codes) for e in analyze(text) if e.type == "ARMS_TRANSFER"} == {("IDN", "RUS")}


def test_what_analysts_speculate_is_not_an_event(analyze: Analyze) -> None:
    assert not analyze("Analysts speculate that Egypt could eventually buy Su-35 fighter jets from Russia.")


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between Eritrean and Ethiopian troops along the border on Monday. The African Union "
        "offered to host talks between Eritrea and Ethiopia, and Kenya offered to mediate.",
        "Heavy clashes between Armenia and Azerbaijan left dozens dead. Russia called on Armenia and Azerbaijan "
        "to hold talks in Moscow.",
    ],
)
def test_talks_between_the_sides_of_a_fight_are_no_cooperation(analyze: Analyze, text: str) -> None:
    events = analyze(text)
    assert not [e for e in events if {"ERI", "ETH"} <= set(e.codes) or {"ARM", "AZE"} <= set(e.codes)]


def test_fighting_between_two_sides_leaves_a_third_states_aid_alone(analyze: Analyze) -> None:
    text = ("Fighting broke out between Eritrean and Ethiopian troops on Monday. Separately, Turkey delivered "
            "armoured vehicles to Kenya's army.")
    assert (("KEN", "TUR"), "ARMS_TRANSFER") in keys(analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Turkey held joint naval drills off Mombasa. Kenya's trade minister visited Ankara last month to "
        "discuss textile exports.",
        "Saudi Arabia and China launched a joint naval exercise in Jubail. In September, the Saudi Minister of "
        "Industry visited China, meeting senior officials in Beijing.",
    ],
)
def test_a_minister_of_a_civil_portfolio_makes_no_defence_visit(analyze: Analyze, text: str) -> None:
    assert {e.type for e in analyze(text)} == {"EXERCISE"}


def test_a_defence_minister_travelling_with_the_trade_minister_still_visits(analyze: Analyze) -> None:
    text = "Kenya's defence minister and trade minister visited Ankara last month for talks with Turkish officials."
    assert (("KEN", "TUR"), "VISIT") in keys(analyze(text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The deal for Brazilian Super Tucano aircraft fell through after Ecuador failed to secure financing.",
         ("BRA", "ECU")),
        ("A plan for Nigeria to buy Italian helicopters fell apart last year over the price.", ("ITA", "NGA")),
    ],
)
def test_a_deal_that_fell_through_is_rejected(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "REJECTED"


def test_what_a_side_is_unlikely_to_do_is_not_stated_as_happening(analyze: Analyze) -> None:
    text = "Vietnam is unlikely to sign a new arms deal with Russia this year, diplomats said."
    assert not analyze(text)
