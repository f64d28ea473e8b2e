"""Stage from tense and aspect: merged spans, perfect participles, "after", perfects, partial deliveries."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("South Korea's K9 howitzer has become a sought-after export, having been sold to Norway.", ("KOR", "NOR")),
        ("Brazil's Super Tucano is a popular export, having been sold to Chile.", ("BRA", "CHL")),
        ("China is one of the largest suppliers of arms to Pakistan, having delivered frigates and jets.",
         ("CHN", "PAK")),
    ],
)
def test_a_happened_verb_merged_after_a_stageless_noun_gives_the_span_its_stage(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "COMPLETED"


def test_a_merged_order_clause_does_not_make_a_delivery_an_agreement(analyze: Analyze) -> None:
    text = "Chinese aircraft landed in Belgrade, delivering the FK-3 air defence system that Serbia ordered."
    assert find(analyze(text), "ARMS_TRANSFER", ("CHN", "SRB")).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Defence ministers of Egypt and Greece signed the pact in Athens after talks on the sidelines of the fair.",
         "DIALOGUE", ("EGY", "GRC")),
        ("Speaking after meeting his Thai counterpart, Malaysia's defence minister said the two navies would hold "
         "more drills.", "DIALOGUE", ("MYS", "THA")),
        ("Poland's defence minister spoke to reporters following talks with his Lithuanian counterpart.",
         "DIALOGUE", ("LTU", "POL")),
        ("Ghana is turning to Turkey after two decades of buying most of its weapons from China.",
         "ARMS_TRANSFER", ("CHN", "GHA")),
    ],
)
def test_what_came_after_an_activity_says_it_happened(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), etype, codes).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Defence ministers of Peru and Chile will sign a defence pact after talks in Lima next week.", ("CHL", "PER")),
        ("Kenya and Uganda are expected to renew their defence pact following a meeting of army chiefs.",
         ("KEN", "UGA")),
    ],
)
def test_after_an_activity_in_a_future_clause_is_still_ahead(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), "DIALOGUE", codes).stage == "PLANNED"


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Nigerian pilots were trained in Pakistan on the JF-17.", "PERSONNEL", ("NGA", "PAK"), "COMPLETED"),
        ("Qatari crews have been trained by the Italian Navy.", "PERSONNEL", ("ITA", "QAT"), "COMPLETED"),
        ("Moroccan special forces are trained by French instructors every year.", "PERSONNEL", ("FRA", "MAR"),
         "ONGOING"),
    ],
)
def test_a_past_passive_before_an_uncued_participle_has_happened(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Japanese instructors have also trained Vietnamese military engineers.", ("JPN", "VNM"), "COMPLETED"),
        ("Chilean crews had followed a training programme with the Royal Australian Navy.", ("AUS", "CHL"),
         "COMPLETED"),
        ("Timorese sailors have already trained on the vessels in Australia.", ("AUS", "TLS"), "COMPLETED"),
        ("Bangladeshi sailors had earlier received training on the frigates in China.", ("BGD", "CHN"), "COMPLETED"),
        ("Indian instructors have trained Omani naval officers in Kochi since 2015.", ("IND", "OMN"), "ONGOING"),
        ("Turkish instructors have been training Somali troops.", ("SOM", "TUR"), "ONGOING"),
    ],
)
def test_training_in_a_perfect_is_over_unless_given_a_duration(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "PERSONNEL", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("The first two of twelve K9 howitzers that South Korea is selling to Egypt have arrived in Alexandria.",
         ("EGY", "KOR"), "ONGOING"),
        ("Norway has begun receiving CV90 vehicles from Sweden, the first of which were delivered in March.",
         ("NOR", "SWE"), "ONGOING"),
        ("Ghana has begun receiving armoured vehicles from Turkey.", ("GHA", "TUR"), "ONGOING"),
        ("The first batch of Chinese-built VT4 tanks arrived in Nigeria last year.", ("CHN", "NGA"), "COMPLETED"),
        ("Thailand took delivery of the first of its kind submarine from China.", ("CHN", "THA"), "COMPLETED"),
    ],
)
def test_the_first_of_several_items_delivered_is_a_delivery_under_way(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    events = [e for e in analyze(text) if e.type == "ARMS_TRANSFER" and tuple(e.codes) == codes]
    assert events and {e.stage for e in events} == {stage}


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Slovakia donated its S-300 battery to Ukraine in 2022.", ("SVK", "UKR"), "COMPLETED"),
        ("Chile operates three frigates, acquired from the United Kingdom between 2006 and 2008.", ("CHL", "GBR"),
         "COMPLETED"),
        ("Algeria acquired Su-30 fighters from Russia in 2007, officials said.", ("DZA", "RUS"), "COMPLETED"),
        ("Peru purchased two frigates from Italy.", ("ITA", "PER"), "AGREED"),
    ],
)
def test_a_past_transfer_verb_dated_in_a_year_has_happened(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Germany said in March it was halting arms exports to Saudi Arabia.", "ARMS_TRANSFER", ("DEU", "SAU"),
         "REJECTED"),
        ("Armenia and France expressed their readiness to expand military cooperation.", "GENERAL", ("ARM", "FRA"),
         "PROPOSED"),
        ("The Ghanaian navy crew underwent training in Turkey for three months before the voyage.", "PERSONNEL",
         ("GHA", "TUR"), "COMPLETED"),
        ("Pakistani crews have undergone training in China on the new frigates.", "PERSONNEL", ("CHN", "PAK"),
         "COMPLETED"),
        ("Ghanaian navy crews will undergo training in Turkey.", "PERSONNEL", ("GHA", "TUR"), "PLANNED"),
    ],
)
def test_verb_forms_of_halting_readiness_and_undergoing(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Canada will send more troops to Latvia, Defence Minister Anand announced during a visit to Riga on Monday.",
         "VISIT", ("CAN", "LVA"), "COMPLETED"),
        ("Greece will buy more Rafale jets from France, Mitsotakis said at a meeting with Macron in Paris.",
         "DIALOGUE", ("FRA", "GRC"), "COMPLETED"),
        ("Australia will help Fiji build a naval base, Marles announced during talks with his Fijian counterpart.",
         "DIALOGUE", ("AUS", "FJI"), "COMPLETED"),
        ("The deal with Vietnam will be signed during a visit by Japan's defence minister to Hanoi next month.",
         "VISIT", ("JPN", "VNM"), "PLANNED"),
    ],
)
def test_an_activity_that_a_past_verb_names_as_its_occasion_happened(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("India and Greece decided to establish a dialogue between their national security advisers.", "DIALOGUE",
         ("GRC", "IND"), "PLANNED"),
        ("Kenya and Ethiopia decided to hold joint military exercises.", "EXERCISE", ("ETH", "KEN"), "PLANNED"),
        ("The Peruvian government has decided to buy 24 Gripen fighter jets from Sweden.", "ARMS_TRANSFER",
         ("PER", "SWE"), "AGREED"),
        ("Vietnamese officials say they expect to cooperate with Japan on coastal radars.", "GENERAL", ("JPN", "VNM"),
         "PLANNED"),
        ("Chile expects to sign a defence agreement with Brazil.", "AGREEMENT", ("BRA", "CHL"), "PLANNED"),
    ],
)
def test_a_decision_or_expectation_to_act_plans_the_act(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Britain and Norway have agreed a major deal that will see Kongsberg supply Britain with naval strike "
         "missiles.", ("GBR", "NOR")),
        ("Egypt and Germany have agreed a deal that will see Germany supply Egypt with frigates.", ("DEU", "EGY")),
    ],
)
def test_a_sale_in_the_clause_of_an_agreed_deal_is_agreed(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert {e.stage for e in analyze(text) if e.type == "ARMS_TRANSFER" and tuple(e.codes) == codes} == {"AGREED"}


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Nigerian crews will train in Italy until the helicopters are delivered next year.", "PLANNED"),
        ("Nigerian crews will train in Italy before the helicopters are handed over.", "PLANNED"),
        ("The crews trained in Italy before the helicopters were delivered to Nigeria.", "COMPLETED"),
    ],
)
def test_a_delivery_in_a_time_clause_of_a_future_main_clause_is_ahead(analyze: Analyze, text: str, stage: str) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", ("ITA", "NGA")).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Before the delivery, Kenyan pilots and maintenance crews spent months in training with the US Air Force.",
         ("KEN", "USA"), "COMPLETED"),
        ("Ghanaian sailors spent most of the year training with the Turkish Navy.", ("GHA", "TUR"), "COMPLETED"),
        ("Kenyan crews will spend months in training with the US Air Force.", ("KEN", "USA"), "PLANNED"),
    ],
)
def test_time_spent_training_is_over(analyze: Analyze, text: str, codes: tuple[str, ...], stage: str) -> None:
    assert find(analyze(text), "PERSONNEL", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stages"),
    [
        ("Egypt and Greece have launched joint naval drills. The inaugural drill between the Egyptian and Greek "
         "navies focused on countering piracy.", ("EGY", "GRC"), {"ONGOING", "COMPLETED"}),
        ("Oman and India have begun a joint exercise. The previous exercise between Oman and India was staged in Goa.",
         ("IND", "OMN"), {"ONGOING", "COMPLETED"}),
        ("Oman and India have begun a joint exercise. The drills conducted by Oman and India are concentrated near "
         "Muscat.", ("IND", "OMN"), {"ONGOING"}),
        ("Kenya and Uganda have started joint drills. The drills will focus on counter-terrorism.", ("KEN", "UGA"),
         {"ONGOING"}),
    ],
)
def test_an_earlier_edition_of_a_running_exercise_is_over(
    analyze: Analyze, text: str, codes: tuple[str, ...], stages: set[str]
) -> None:
    assert {e.stage for e in analyze(text) if e.type == "EXERCISE" and tuple(e.codes) == codes} == stages


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Peru used to buy most of its weapons from Russia.", "ARMS_TRANSFER", ("PER", "RUS")),
        ("The Thai army used to hold joint drills with Myanmar troops.", "EXERCISE", ("MMR", "THA")),
    ],
)
def test_a_habit_of_the_past_is_over(analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), etype, codes).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("French forces were stationed in Mali for years and provided air and intelligence support to Malian troops.",
         "INFO_SHARING", ("FRA", "MLI")),
        ("The United States provided military aid to Ukraine.", "ARMS_TRANSFER", ("UKR", "USA")),
    ],
)
def test_support_that_was_provided_happened(analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), etype, codes).stage == "COMPLETED"


@pytest.mark.parametrize(
    "text",
    [
        "The deal builds on the 2022 agreement, which saw the first missiles delivered last year, and on the UK and "
        "Poland's long-standing strategic partnership.",
        "Last year the two navies drilled together, a sign of Oman and Britain's long-standing strategic partnership.",
    ],
)
def test_a_long_standing_partnership_goes_on(analyze: Analyze, text: str) -> None:
    assert {e.stage for e in analyze(text) if e.type == "GENERAL"} == {"ONGOING"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Stockholm had discussed sending older Gripen C/D jets to Ukraine in 2024 but put the idea on hold at the "
         "request of partners.", ("SWE", "UKR")),
        ("Oslo had considered buying German submarines for its navy last year but dropped the plan after a review.",
         ("DEU", "NOR")),
    ],
)
def test_a_plan_dropped_later_in_the_sentence_is_rejected(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", codes).stage == "REJECTED"
    assert all(e.stage == "COMPLETED" for e in events if e.type == "DIALOGUE")  # the talks themselves were held


def test_talks_that_collapsed_are_still_rejected(analyze: Analyze) -> None:
    assert find(analyze("Talks between Chile and Peru on a defence pact collapsed."), "DIALOGUE",
                ("CHL", "PER")).stage == "REJECTED"


_DEAL = "Estonia signed a contract to buy K9 howitzers from South Korea in 2022. "


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (_DEAL + "Under the contract, Estonian crews have already completed their training with Korean instructors.",
         "COMPLETED"),
        (_DEAL + "Under the contract, Korean instructors will train Estonian crews.", "PLANNED"),
        (_DEAL + "The contract covers training by Korean instructors.", "AGREED"),
    ],
)
def test_a_provision_of_a_signed_deal_keeps_a_stated_completion(analyze: Analyze, text: str, stage: str) -> None:
    assert find(analyze(text), "PERSONNEL", ("EST", "KOR")).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Two Russian frigates remained berthed at the Syrian port of Tartus this week.", ("RUS", "SYR")),
        ("The Indian navy ship remains docked at the Omani port of Duqm.", ("IND", "OMN")),
    ],
)
def test_ships_that_remain_in_port_are_an_ongoing_stay(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ACCESS", codes).stage == "ONGOING"


def test_joint_training_in_a_perfect_with_a_duration_is_ongoing(analyze: Analyze) -> None:
    text = "Kenyan soldiers have for years trained with British troops at Nanyuki, the army said."
    assert find(analyze(text), "EXERCISE", ("GBR", "KEN")).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Nigerian pilots were trained by Pakistani instructors to fly the JF-17 before the jets arrived.",
         ("NGA", "PAK")),
        ("Some 60 Moroccan technicians have been trained by Israeli instructors to maintain the drones.",
         ("ISR", "MAR")),
    ],
)
def test_training_by_an_agent_in_a_past_passive_is_over(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "PERSONNEL", codes).stage == "COMPLETED"


def test_training_by_an_agent_with_a_duration_goes_on(analyze: Analyze) -> None:
    text = "Namibian naval officers have been trained by Chinese instructors for years at the Walvis Bay base."
    assert find(analyze(text), "PERSONNEL", ("CHN", "NAM")).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Turkey has become Qatar's main arms supplier, having sold it armoured vehicles and naval vessels.",
         ("QAT", "TUR")),
        ("France remains a key partner of the Indian Navy, having already delivered six Scorpene submarines.",
         ("FRA", "IND")),
    ],
)
def test_a_perfect_participle_states_a_past_transfer(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Serbia and Belarus signed a military cooperation agreement in 2012 and their armies have held joint drills "
         "since 2015.", ("BLR", "SRB")),
        ("Mongolia and Kazakhstan concluded a defence cooperation agreement back in 2015.", ("KAZ", "MNG")),
    ],
)
def test_a_signed_agreement_is_agreed_however_long_ago(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "AGREEMENT", codes).stage == "AGREED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Oman and India signed a defence pact in 2008, and their navies have conducted joint patrols ever since.",
         ("IND", "OMN")),
        ("Chile and Brazil signed a defence pact in 2019 and their air forces have exercised together since then.",
         ("BRA", "CHL")),
    ],
)
def test_a_perfect_since_then_keeps_an_exercise_going(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "EXERCISE", codes).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Vietnam and Australia elevated their relationship to a comprehensive strategic partnership on Thursday.",
         ("AUS", "VNM")),
        ("Kazakhstan and Uzbekistan upgraded bilateral ties to an allied partnership, pledging closer military "
         "cooperation.", ("KAZ", "UZB")),
    ],
)
def test_ties_raised_to_a_partnership_are_agreed(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert "AGREED" in {e.stage for e in analyze(text) if e.type == "GENERAL" and tuple(e.codes) == codes}


def test_ties_to_be_raised_are_planned(analyze: Analyze) -> None:
    text = "Kenya and Rwanda will elevate bilateral relations to a strategic partnership when their leaders meet."
    assert find(analyze(text), "GENERAL", ("KEN", "RWA")).stage == "PLANNED"


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Kazakhstan buys most of its major weapons from Russia on preferential terms, officials say.",
         ("KAZ", "RUS"), "ONGOING"),
        ("Algeria has long bought arms from Russia, its main supplier.", ("DZA", "RUS"), "ONGOING"),
        ("Peru bought most of its fighters from Russia in the 1990s.", ("PER", "RUS"), "COMPLETED"),
    ],
)
def test_a_habit_of_buying_goes_on(analyze: Analyze, text: str, codes: tuple[str, ...], stage: str) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Before sailing home, the Brazilian crew of 280 sailors trained with the Royal Navy on the ship's systems.",
         ("BRA", "GBR"), "COMPLETED"),
        ("Qatari military cadets are trained by Turkish army instructors at the defence academy in Doha.",
         ("QAT", "TUR"), "ONGOING"),
    ],
)
def test_a_simple_past_training_is_over_a_present_passive_goes_on(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "PERSONNEL", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Indonesian troops left Jakarta on Monday for joint drills with Mongolia in Ulaanbaatar.", ("IDN", "MNG")),
        ("A Kenyan Navy vessel sailed from Mombasa on Friday to join a joint exercise with the Tanzanian navy.",
         ("KEN", "TZA")),
        ("Moroccan paratroopers were flagged off in Rabat for a joint exercise with Senegal.", ("MAR", "SEN")),
    ],
)
def test_troops_that_left_for_an_exercise_have_not_yet_exercised(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), "EXERCISE", codes).stage == "PLANNED"


def test_troops_back_from_an_exercise_exercised(analyze: Analyze) -> None:
    text = "Kenyan sailors returned to Mombasa on Friday after a joint exercise with the Tanzanian navy."
    assert find(analyze(text), "EXERCISE", ("KEN", "TZA")).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Vietnam and Indonesia agreed on Tuesday to step up cooperation between their navies, including joint "
         "patrols near their maritime border.", ("IDN", "VNM"), "PLANNED"),
        ("Senegal and Gambia agreed to exchange liaison officers and to hold joint patrols along the border.",
         ("GMB", "SEN"), "PLANNED"),
    ],
)
def test_an_activity_the_sides_agreed_to_do_is_planned(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "EXERCISE", codes).stage == stage


def test_a_purchase_in_the_progressive_after_an_adverb_is_under_way(analyze: Analyze) -> None:
    text = "Indonesia is separately buying 42 Rafale jets from France and has ordered two Scorpene submarines."
    stages = {e.stage for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert stages == {"ONGOING", "AGREED"}
