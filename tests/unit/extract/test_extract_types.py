"""Each event type, stated in varied phrasings about many countries."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find, keys


def test_exercise_agreed_for_next_year_is_planned(analyze: Analyze) -> None:
    events = analyze("Vietnam and Japan agreed to hold joint naval exercises next year, defense officials said.")
    exercise = find(events, "EXERCISE", ("JPN", "VNM"))
    assert exercise.stage == "PLANNED"


def test_delivery_from_supplier_is_directed_supplier_to_recipient(analyze: Analyze) -> None:
    events = analyze("Egypt took delivery of 30 Rafale jets from France on Monday, the Egyptian military said.")
    transfer = find(events, "ARMS_TRANSFER", ("EGY", "FRA"))
    assert transfer.direction == ("FRA", "EGY")
    assert transfer.stage == "COMPLETED"
    assert "FIGHTER_AIRCRAFT" in transfer.areas


def test_officials_meeting_is_a_dialogue(analyze: Analyze) -> None:
    text = "Nigerian and Pakistani air force officials met in Abuja on Tuesday to discuss pilot training programmes."
    events = analyze(text)
    dialogue = find(events, "DIALOGUE", ("NGA", "PAK"))
    assert dialogue.stage == "COMPLETED"


def test_weighing_an_offer_is_under_discussion(analyze: Analyze) -> None:
    events = analyze("Brazil is weighing an offer from Sweden's Saab for 20 more Gripen fighter jets, officials said.")
    transfer = find(events, "ARMS_TRANSFER", ("BRA", "SWE"))
    assert transfer.direction == ("SWE", "BRA")
    assert transfer.stage == "DISCUSSION"


def test_not_ruled_out_is_proposed(analyze: Analyze) -> None:
    events = analyze("Indonesia has not ruled out buying Chinese drones for its navy, Minister Prabowo said.")
    transfer = find(events, "ARMS_TRANSFER", ("CHN", "IDN"))
    assert transfer.stage == "PROPOSED"
    assert transfer.direction == ("CHN", "IDN")


def test_buy_from_names_the_supplier(analyze: Analyze) -> None:
    events = analyze("Poland signed a deal to buy 180 K2 tanks from South Korea, the defence ministry in Warsaw said.")
    transfer = find(events, "ARMS_TRANSFER", ("KOR", "POL"))
    assert transfer.direction == ("KOR", "POL")
    assert transfer.stage == "AGREED"
    assert "LAND_SYSTEMS" in transfer.areas


def test_intends_to_sell_is_planned_with_the_subject_as_supplier(analyze: Analyze) -> None:
    events = analyze("The United States intends to sell Australia three nuclear-powered submarines in the 2030s.")
    transfer = find(events, "ARMS_TRANSFER", ("AUS", "USA"))
    assert transfer.direction == ("USA", "AUS")
    assert transfer.stage == "PLANNED"
    assert transfer.areas == ["SUBMARINES"]


def test_origin_of_a_system_gives_the_supplier_in_a_passive_sentence(analyze: Analyze) -> None:
    events = analyze("Turkish-made armed drones will be supplied to the Azerbaijani army next year.")
    transfer = find(events, "ARMS_TRANSFER", ("AZE", "TUR"))
    assert transfer.direction == ("TUR", "AZE")


def test_travelling_to_a_capital_is_a_planned_visit(analyze: Analyze) -> None:
    events = analyze("Indian Defence Minister Rajnath Singh is travelling to Hanoi next week for defence talks.")
    visit = find(events, "VISIT", ("IND", "VNM"))
    assert visit.direction == ("IND", "VNM")
    assert visit.stage == "PLANNED"


def test_visit_by_an_official_hosted_by_the_other_side(analyze: Analyze) -> None:
    text = (
        "Kenya and France agreed to expand naval cooperation.\n"
        "The agreement was made during a visit by French Defence Minister Sebastien Lecornu to Nairobi."
    )
    visit = find(analyze(text), "VISIT", ("FRA", "KEN"))
    assert visit.direction == ("FRA", "KEN")


def test_ceremony_in_a_city_of_the_host_is_a_visit(analyze: Analyze) -> None:
    text = (
        "South Korean Defense Minister Shin Won-sik attended the signing ceremony in Gdansk, "
        "where Poland signed a contract for 96 K9 howitzers."
    )
    visit = find(analyze(text), "VISIT", ("KOR", "POL"))
    assert visit.direction == ("KOR", "POL")


def test_tour_with_stops_gives_one_visit_per_host(analyze: Analyze) -> None:
    text = (
        "The Italian defence minister's visit to Egypt is part of "
        "a regional tour that also includes stops in Qatar and Oman."
    )
    events = analyze(text)
    hosts = {e.direction[1] for e in events if e.type == "VISIT" and e.direction}
    assert {"EGY", "QAT", "OMN"} <= hosts
    assert all(e.direction[0] == "ITA" for e in events if e.type == "VISIT" and e.direction)


def test_list_of_cooperation_kinds_gives_one_event_each(analyze: Analyze) -> None:
    text = (
        "Italy and Japan held defence talks in Rome on Monday.\n"
        "The Italian minister listed defense equipment cooperation, joint exercises, reciprocal access to "
        "military bases and military personnel exchanges among the areas Rome wants to deepen with Japan."
    )
    found = keys(analyze(text))
    for etype in ("JOINT_DEVELOPMENT", "EXERCISE", "ACCESS", "PERSONNEL"):
        assert (("ITA", "JPN"), etype) in found


def test_areas_from_a_list_of_technologies(analyze: Analyze) -> None:
    text = (
        "Greece and France have identified joint projects "
        "in drones, anti-drone systems, robotics and underwater communication."
    )
    project = find(analyze(text), "JOINT_DEVELOPMENT", ("FRA", "GRC"))
    assert set(project.areas) == {"UAV", "COUNTER_UAS", "ROBOTICS", "UNDERWATER_SYSTEMS"}


def test_technology_terms_map_to_areas(analyze: Analyze) -> None:
    text = (
        "Singapore and Australia will conduct joint research on Li-ion battery packs, silicon carbide wafers, "
        "3D printing of spare parts and the Internet of Things for military bases."
    )
    project = find(analyze(text), "JOINT_DEVELOPMENT", ("AUS", "SGP"))
    assert {"ENERGY_STORAGE", "SEMICONDUCTORS", "ADVANCED_MANUFACTURING", "EMERGING_TECH"} <= set(project.areas)


def test_framework_agreement_and_information_security_agreement(analyze: Analyze) -> None:
    text = (
        "Canada and South Korea signed a defence cooperation "
        "agreement and an information security agreement in 2021."
    )
    found = keys(analyze(text))
    assert (("CAN", "KOR"), "AGREEMENT") in found
    assert (("CAN", "KOR"), "INFO_SHARING") in found


def test_reciprocal_access_agreement_is_agreement_and_access(analyze: Analyze) -> None:
    found = keys(analyze("Japan and the Philippines signed a reciprocal access agreement in Manila on Monday."))
    assert (("JPN", "PHL"), "AGREEMENT") in found
    assert (("JPN", "PHL"), "ACCESS") in found


def test_intelligence_sharing(analyze: Analyze) -> None:
    events = analyze("Israel and Morocco agreed to share intelligence on drone threats, military sources said.")
    assert (("ISR", "MAR"), "INFO_SHARING") in keys(events)


def test_training_of_crews_is_personnel(analyze: Analyze) -> None:
    events = analyze("French instructors will train Indian Navy pilots on the new jets in France and India.")
    assert (("FRA", "IND"), "PERSONNEL") in keys(events)


def test_local_production_is_joint_development(analyze: Analyze) -> None:
    text = (
        "Under the contract, Naval Group will transfer technology "
        "to Brazil for the local production of Scorpene submarines."
    )
    project = find(analyze(text), "JOINT_DEVELOPMENT", ("BRA", "FRA"))
    assert "SUBMARINES" in project.areas


def test_general_cooperation_intent_is_general(analyze: Analyze) -> None:
    events = analyze("Ghana and Morocco want to deepen defence cooperation, their defence ministers said in Rabat.")
    general = find(events, "GENERAL", ("GHA", "MAR"))
    assert general.stage == "PROPOSED"


def test_joint_naval_patrols_are_an_exercise_and_a_watching_capital_is_not_a_party(analyze: Analyze) -> None:
    events = analyze("Russia and China conducted joint naval patrols near Alaska, prompting concern in Washington.")
    assert keys(events) == {(("CHN", "RUS"), "EXERCISE")}


def test_meeting_abroad_to_discuss_cooperation(analyze: Analyze) -> None:
    events = analyze("Pakistan's army chief met his Saudi counterpart in Riyadh on Monday to discuss military ties.")
    assert keys(events) == {(("PAK", "SAU"), "DIALOGUE"), (("PAK", "SAU"), "VISIT")}
    assert find(events, "VISIT", ("PAK", "SAU")).direction == ("PAK", "SAU")


def test_talks_under_way_are_ongoing(analyze: Analyze) -> None:
    text = "Brazil's navy is in talks with Sweden's Saab about a possible purchase of submarines."
    events = analyze(text)
    assert find(events, "DIALOGUE", ("BRA", "SWE")).stage == "ONGOING"
    assert find(events, "ARMS_TRANSFER", ("BRA", "SWE")).stage == "DISCUSSION"


def test_participle_clause_names_its_own_supplier(analyze: Analyze) -> None:
    text = "Moscow and Tehran deepened military ties last year, with Iran delivering drones to Russia."
    transfer = find(analyze(text), "ARMS_TRANSFER", ("IRN", "RUS"))
    assert transfer.direction == ("IRN", "RUS")


def test_passive_by_names_the_supplier(analyze: Analyze) -> None:
    text = "Ukrainian gunners now fire howitzers supplied by Germany, the Ukrainian army said on Monday."
    transfer = find(analyze(text), "ARMS_TRANSFER", ("DEU", "UKR"))
    assert transfer.direction == ("DEU", "UKR")


def test_exercise_hosted_by_a_participant_is_not_a_visit(analyze: Analyze) -> None:
    text = (
        "Egypt, Saudi Arabia and the United Arab Emirates took part in the Bright Star exercise hosted by "
        "Egypt with US forces."
    )
    events = analyze(text)
    assert all(e.type != "VISIT" for e in events)
    assert any(e.type == "EXERCISE" and {"EGY", "USA"} <= set(e.codes) for e in events)


def test_donor_of_foreign_made_jets_is_the_supplier(analyze: Analyze) -> None:
    events = analyze("Denmark will donate 19 F-16 fighter jets to Ukraine, the Danish defence minister said.")
    transfer = find(events, "ARMS_TRANSFER", ("DNK", "UKR"))
    assert transfer.direction == ("DNK", "UKR")
    assert transfer.stage == "PLANNED"
    assert transfer.cameo == "072"


def test_rejected_proposal_is_rejected(analyze: Analyze) -> None:
    events = analyze("Japan rejected a proposal by France to jointly develop a new fighter engine, officials said.")
    assert find(events, "JOINT_DEVELOPMENT", ("FRA", "JPN")).stage == "REJECTED"


def test_exercise_that_began_is_ongoing(analyze: Analyze) -> None:
    events = analyze("Kenyan and British troops began a six-week military exercise at Laikipia on Monday.")
    assert find(events, "EXERCISE", ("GBR", "KEN")).stage == "ONGOING"


def test_partner_of_talks_is_not_the_buyer(analyze: Analyze) -> None:
    events = analyze("Saudi Arabia is in talks with China to buy armed drones, according to people familiar with it.")
    assert find(events, "ARMS_TRANSFER", ("CHN", "SAU")).direction == ("CHN", "SAU")


def test_declining_to_sell_is_rejected(analyze: Analyze) -> None:
    events = analyze("The United States has declined to sell its MQ-9 Reaper drones to Saudi Arabia, officials said.")
    transfer = find(events, "ARMS_TRANSFER", ("SAU", "USA"))
    assert (transfer.stage, transfer.direction) == ("REJECTED", ("USA", "SAU"))


def test_foreign_base_is_access(analyze: Analyze) -> None:
    text = "Under a 2009 defence agreement, France maintains a naval base in Abu Dhabi, French officials said."
    assert (("ARE", "FRA"), "ACCESS") in keys(analyze(text))


def test_leaders_meeting_at_a_home_base_is_no_access(analyze: Analyze) -> None:
    text = (
        "In a joint statement, the leaders of Australia, Britain and the United States endorsed the submarine plan "
        "at the US naval base in San Diego."
    )
    assert all(e.type != "ACCESS" for e in analyze(text))


def test_weak_trigger_kept_when_the_strong_one_yields_nothing(analyze: Analyze) -> None:
    text = "Japan has provided coastal radar systems and patrol vessels to the Philippine coast guard since 2016."
    assert (("JPN", "PHL"), "ARMS_TRANSFER") in keys(analyze(text))


def test_possessive_names_the_supplier_and_makers_alone_are_no_parties(analyze: Analyze) -> None:
    text = (
        "The minister pointed to North Korea's supply of artillery shells to Russia.\n"
        "A competing offer of Chinese-Pakistani JF-17 fighter jets had been considered by the previous government."
    )
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("PRK", "RUS")).direction == ("PRK", "RUS")
    assert all(set(e.codes) != {"CHN", "PAK"} for e in events)


def test_background_clause_with_where_is_not_linked(analyze: Analyze) -> None:
    text = (
        "The delivery of the missiles to the Philippines comes as tensions run high in the South China Sea, "
        "where Philippine and Chinese vessels have repeatedly clashed."
    )
    assert all("CHN" not in e.codes for e in analyze(text))


def test_forces_using_agreed_facilities_is_access(analyze: Analyze) -> None:
    text = (
        "The agreement between Jordan and the United States allows U.S. forces and aircraft to enter the kingdom "
        "and to use agreed facilities."
    )
    assert (("JOR", "USA"), "ACCESS") in keys(analyze(text))


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "area"),
    [
        ("The first batch of Eurofighter Typhoon jets for the Qatar Emiri Air Force landed in Doha on Wednesday, "
         "BAE Systems said.", "GBR", "QAT", "FIGHTER_AIRCRAFT"),
        ("Two Turkish-built corvettes arrived in Karachi on Monday for the Pakistan Navy.", "TUR", "PAK",
         "NAVAL_VESSELS"),
        ("The first K2 tanks arrived in the Polish port of Gdynia from South Korea on Tuesday.", "KOR", "POL",
         "LAND_SYSTEMS"),
    ],
)
def test_equipment_arriving_is_a_delivery(analyze: Analyze, text: str, supplier: str, recipient: str,
                                          area: str) -> None:
    events = analyze(text)
    assert not [e for e in events if e.type in ("VISIT", "ACCESS")]
    transfer = find(events, "ARMS_TRANSFER", tuple(sorted((supplier, recipient))))
    assert transfer.direction == (supplier, recipient)
    assert transfer.stage == "COMPLETED"
    assert area in transfer.areas


def test_a_warship_arriving_for_a_port_call_is_no_delivery(analyze: Analyze) -> None:
    events = analyze("The Indian Navy's INS Kolkata arrived in Tokyo on Monday for a three-day port call.")
    assert not [e for e in events if e.type == "ARMS_TRANSFER"]
    assert find(events, "ACCESS", ("IND", "JPN"))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Indonesia's navy chief called on the Chief of Naval Staff of India, Admiral Dinesh Tripathi, in New Delhi "
         "on Monday.", ("IDN", "IND")),
        ("The visiting Malaysian defence minister called on Prime Minister Lawrence Wong of Singapore on Tuesday.",
         ("MYS", "SGP")),
    ],
)
def test_calling_on_an_official_is_a_meeting(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "DIALOGUE", codes).stage == "COMPLETED"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's president called on Chancellor Olaf Scholz to send Taurus missiles to Kyiv.",
        "President Zelensky called on Germany to send more air defence systems.",
        "The Philippine senator called on the Chinese ambassador, Huang Xilian, to explain the incident.",
    ],
)
def test_calling_on_someone_to_act_is_an_appeal(analyze: Analyze, text: str) -> None:
    assert not [e for e in analyze(text) if e.type == "DIALOGUE"]


@pytest.mark.parametrize(
    ("text", "buyer", "winner", "losers"),
    [
        ("Armenia bought four weapon-locating radars from India in 2020, beating competition from Russia and "
         "Poland, the defence ministry said.", "ARM", "IND", ("RUS", "POL")),
        ("Chile picked Saab's Gripen over competitors from the United States and France, the air force said.",
         "CHL", "SWE", ("USA", "FRA")),
    ],
)
def test_beaten_competitors_are_rejected_bids(analyze: Analyze, text: str, buyer: str, winner: str,
                                              losers: tuple[str, ...]) -> None:
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", tuple(sorted((buyer, winner)))).stage != "REJECTED"
    for loser in losers:
        bid = find(events, "ARMS_TRANSFER", tuple(sorted((buyer, loser))))
        assert (bid.stage, bid.direction) == ("REJECTED", (loser, buyer))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Germany has stationed 500 troops in Lithuania as part of NATO's forward presence, the defence ministry "
         "said.", ("DEU", "LTU")),
        ("About 300 French soldiers remain stationed in Djibouti under the defence treaty, the army said.",
         ("DJI", "FRA")),
    ],
)
def test_troops_stationed_abroad_are_access_with_the_host(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ACCESS", codes)


def test_graduating_from_a_course_abroad_is_completed_training(analyze: Analyze) -> None:
    text = "Twelve Nigerian Air Force pilots graduated from a flight training course in Pakistan on Friday."
    assert find(analyze(text), "PERSONNEL", ("NGA", "PAK")).stage == "COMPLETED"


def test_ground_control_stations_are_no_basing(analyze: Analyze) -> None:
    text = "Kuwait's drone deal with Turkey covers ground control stations and spare parts for the aircraft."
    assert not [e for e in analyze(text) if e.type == "ACCESS"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Under the deal, British troops will continue to use training areas in Laikipia, Kenya.", ("GBR", "KEN")),
        ("Singapore's air force uses training ranges in Australia's Queensland under an agreement with Canberra.",
         ("AUS", "SGP")),
    ],
)
def test_using_training_areas_abroad_is_access(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ACCESS", codes)


def test_using_a_clubs_training_grounds_is_no_access(analyze: Analyze) -> None:
    assert not analyze("Farmers use the training grounds of the local football club in Nairobi.")


@pytest.mark.parametrize(
    ("text", "buyer", "winner", "losers"),
    [
        ("Thailand picked the Swedish Gripen E over the American F-16 Block 70, the air force said.", "THA", "SWE",
         ("USA",)),
        ("Colombia chose the Gripen over the Rafale and the F-16, the defence ministry said.", "COL", "SWE",
         ("FRA", "USA")),
    ],
)
def test_systems_passed_over_in_a_choice_are_rejected_bids(analyze: Analyze, text: str, buyer: str, winner: str,
                                                           losers: tuple[str, ...]) -> None:
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", tuple(sorted((buyer, winner)))).stage == "AGREED"
    for loser in losers:
        assert find(events, "ARMS_TRANSFER", tuple(sorted((buyer, loser)))).stage == "REJECTED"


def test_a_choice_amid_concern_over_a_war_names_no_loser(analyze: Analyze) -> None:
    events = analyze("Finland signed a contract to buy 40 howitzers from South Korea amid concern over Russia's "
                     "invasion of Ukraine.")
    assert not [e for e in events if "RUS" in e.codes]


def test_a_supplier_named_after_instead_of_is_not_the_seller(analyze: Analyze) -> None:
    events = analyze("Poland bought the K2 tank instead of more Leopards from Germany, the defence ministry said.")
    assert find(events, "ARMS_TRANSFER", ("KOR", "POL")).direction == ("KOR", "POL")
    assert not [e for e in events if set(e.codes) == {"DEU", "POL"} and e.stage != "REJECTED"]


def test_states_taking_part_with_the_participation_of_join_the_exercise(analyze: Analyze) -> None:
    text = ("Egypt and Greece held the Medusa joint naval exercise off Alexandria, with participation from Cyprus, "
            "France and Saudi Arabia, the Egyptian military spokesman said.")
    assert find(analyze(text), "EXERCISE", ("CYP", "EGY", "FRA", "GRC", "SAU"))


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Defence ministers of Ghana and Benin signed a road map for defence cooperation in Accra on Monday.",
         "AGREEMENT", ("BEN", "GHA")),
        ("Colombia has been a major non-NATO ally of the United States since 2022, the embassy said.",
         "GENERAL", ("COL", "USA")),
    ],
)
def test_road_maps_are_documents_and_ally_status_is_cooperation(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]
) -> None:
    assert (codes, etype) in keys(analyze(text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Czech Republic and Sweden signed a deal for 246 CV90 vehicles. Czech companies will take part in the "
         "production, with a share of at least 40 percent.", ("CZE", "SWE")),
        ("Romania signed a contract for 54 K9 howitzers from South Korea's Hanwha. The deal includes industrial "
         "participation by Romanian firms.", ("KOR", "ROU")),
    ],
)
def test_industrial_participation_in_a_deal_is_joint_development(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert (codes, "JOINT_DEVELOPMENT") in keys(analyze(text))


@pytest.mark.parametrize(
    ("text", "codes", "direction"),
    [
        ("Japan will give patrol boats and radars to Fiji's navy, the foreign ministry said.", ("FJI", "JPN"),
         ("JPN", "FJI")),
        ("Turkey to provide armoured vehicles to Somalia's army under a new aid package.", ("SOM", "TUR"),
         ("TUR", "SOM")),
    ],
)
def test_giving_or_providing_materiel_is_a_transfer(
    analyze: Analyze, text: str, codes: tuple[str, ...], direction: tuple[str, str]
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).direction == direction


def test_giving_no_materiel_is_no_transfer(analyze: Analyze) -> None:
    text = "Japan will provide training to Fijian officers, and the visit gave ties between the navies a boost."
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("The Indian and Philippine navies held their first joint sail in the South China Sea on Sunday.",
         "EXERCISE", ("IND", "PHL")),
        ("Japanese and Australian warships conducted a maritime cooperative activity off Luzon this week.",
         "EXERCISE", ("AUS", "JPN")),
        ("Vietnam and Indonesia agreed on a plan of action for defence cooperation for 2025-2029.",
         "AGREEMENT", ("IDN", "VNM")),
    ],
)
def test_joint_sails_are_exercises_and_plans_of_action_documents(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]
) -> None:
    assert (codes, etype) in keys(analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "Under the pact, the Indian and American militaries can share real-time operational information.",
        "The defence ministries of Brazil and Portugal are negotiating a pact on sharing geospatial intelligence.",
    ],
)
def test_sharing_real_time_or_geospatial_information_is_info_sharing(analyze: Analyze, text: str) -> None:
    assert any(e.type == "INFO_SHARING" for e in analyze(text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Singapore's air force maintains permanent training detachments in the United States, the ministry said.",
         ("SGP", "USA")),
        ("Some 200 British troops based in Oman will take part in the drills, the defence ministry said.",
         ("GBR", "OMN")),
    ],
)
def test_detachments_and_troops_based_abroad_are_access(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert (codes, "ACCESS") in keys(analyze(text))


def test_a_venture_based_abroad_is_no_access(analyze: Analyze) -> None:
    text = "The drone venture between Baykar and Leonardo is expected to be based in Italy, the defence firms said."
    assert not [e for e in analyze(text) if e.type == "ACCESS"]


def test_past_and_present_forms_of_cooperate_state_general_cooperation(analyze: Analyze) -> None:
    text = "Chile and Spain have cooperated on naval matters for decades, the Chilean defence ministry said."
    assert (("CHL", "ESP"), "GENERAL") in keys(analyze(text))


def test_the_use_of_a_partners_port_is_access(analyze: Analyze) -> None:
    text = "Oman and Britain agreed to extend the use of the port at Duqm by Royal Navy ships for ten more years."
    assert (("GBR", "OMN"), "ACCESS") in keys(analyze(text))


def test_providing_training_or_a_boost_is_no_transfer(analyze: Analyze) -> None:
    text = ("Under the agreement, Australia will provide training and capacity building for Vanuatu's security "
            "services, including in response to natural disasters.")
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


def test_the_subject_of_shared_data_is_no_party(analyze: Analyze) -> None:
    text = ("Japan and the Philippines will begin sharing radar data on Chinese ships in the South China Sea, "
            "defence officials said.")
    assert {tuple(e.codes) for e in analyze(text) if e.type == "INFO_SHARING"} == {("JPN", "PHL")}


def test_a_defence_hotline_is_a_channel_of_dialogue(analyze: Analyze) -> None:
    text = "China and Vietnam agreed to set up a defence hotline between their ministries, state media reported."
    assert (("CHN", "VNM"), "DIALOGUE") in keys(analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "The navies of Sri Lanka and the Maldives agreed to exchange information on smuggling at sea.",
        "Navies of Chile and Peru are exchanging data on vessels crossing their maritime border.",
    ],
)
def test_exchanging_information_is_information_sharing(analyze: Analyze, text: str) -> None:
    assert any(e.type == "INFO_SHARING" for e in analyze(text))
