"""Cooperation phrasings common in wire copy and regional outlets, about varied countries."""

from __future__ import annotations

from .conftest import Analyze, find


def test_courtesy_call_by_a_service_chief_is_a_visit(analyze: Analyze) -> None:
    text = "Nigeria's air force chief paid a courtesy call on the Ghanaian chief of defence staff in Accra."
    find(analyze(text), "VISIT", ("GHA", "NGA"))


def test_navy_commander_is_an_official_visitor(analyze: Analyze) -> None:
    text = "The Chilean navy commander paid a courtesy call on Peruvian Defence Minister Walter Astudillo in Lima."
    find(analyze(text), "VISIT", ("CHL", "PER"))


def test_army_commander_on_a_working_visit(analyze: Analyze) -> None:
    find(analyze("The Zambian army commander is on a working visit to Zimbabwe."), "VISIT", ("ZMB", "ZWE"))


def test_receiving_a_delegation_is_a_visit(analyze: Analyze) -> None:
    text = "The Thai navy chief received a delegation from the Royal Australian Navy in Bangkok."
    find(analyze(text), "VISIT", ("AUS", "THA"))


def test_plan_of_military_cooperation_is_an_agreement(analyze: Analyze) -> None:
    events = analyze("Kazakhstan and Kyrgyzstan signed a plan of military cooperation for 2025.")
    assert find(events, "AGREEMENT", ("KAZ", "KGZ")).stage == "AGREED"


def test_programme_of_military_technical_cooperation_is_an_agreement(analyze: Analyze) -> None:
    events = analyze("Uzbekistan and Russia signed a programme of military-technical cooperation in Tashkent.")
    find(events, "AGREEMENT", ("RUS", "UZB"))


def test_intelligence_exchange_is_info_sharing(analyze: Analyze) -> None:
    events = analyze("Jordan and Egypt agreed on intelligence exchange on militant groups, the army said.")
    find(events, "INFO_SHARING", ("EGY", "JOR"))


def test_seconded_officers_are_personnel(analyze: Analyze) -> None:
    events = analyze("Ghana seconded three army officers to the Liberian armed forces.")
    find(events, "PERSONNEL", ("GHA", "LBR"))


def test_training_special_forces_is_personnel(analyze: Analyze) -> None:
    find(analyze("Turkey will train Somali special forces under the agreement."), "PERSONNEL", ("SOM", "TUR"))


def test_training_course_for_foreign_officers_is_personnel(analyze: Analyze) -> None:
    events = analyze("Egypt hosted a training course for Sudanese military officers.")
    find(events, "PERSONNEL", ("EGY", "SDN"))


def test_donated_patrol_boats_are_a_transfer(analyze: Analyze) -> None:
    events = analyze("Peru commissioned two patrol boats donated by South Korea.")
    transfer = find(events, "ARMS_TRANSFER", ("KOR", "PER"))
    assert transfer.direction == ("KOR", "PER")


def test_berthed_warship_is_a_port_call(analyze: Analyze) -> None:
    events = analyze("An Indian Navy frigate berthed at Port Louis in Mauritius on Friday.")
    find(events, "ACCESS", ("IND", "MUS"))


def test_gift_of_patrol_boats_without_defense_words_elsewhere(analyze: Analyze) -> None:
    events = analyze("Japan gifted four patrol vessels to the Sri Lankan authorities.")
    find(events, "ARMS_TRANSFER", ("JPN", "LKA"))


def test_police_training_is_not_defense_cooperation(analyze: Analyze) -> None:
    assert not analyze("Italy will train Albanian traffic police officers in road safety.")


def test_permanent_base_abroad_is_access(analyze: Analyze) -> None:
    events = analyze("Russia has a permanent air base in Kyrgyzstan at Kant.")
    find(events, "ACCESS", ("KGZ", "RUS"))


def test_maintained_base_is_access(analyze: Analyze) -> None:
    find(analyze("Turkey has maintained a military base in Qatar since 2015."), "ACCESS", ("QAT", "TUR"))


def test_hosting_a_foreign_headquarters_is_access(analyze: Analyze) -> None:
    events = analyze("Djibouti hosts the headquarters of China's only overseas naval base.")
    find(events, "ACCESS", ("CHN", "DJI"))


def test_ships_repaired_at_foreign_yards_is_access(analyze: Analyze) -> None:
    events = analyze("A deal lets Japanese navy ships be repaired at Philippine shipyards.")
    find(events, "ACCESS", ("JPN", "PHL"))


def test_warship_refuelling_in_a_foreign_port_is_access(analyze: Analyze) -> None:
    events = analyze("Sri Lanka allowed an Indian warship to refuel at Colombo port.")
    find(events, "ACCESS", ("IND", "LKA"))


def test_intelligence_support_is_info_sharing(analyze: Analyze) -> None:
    events = analyze("US forces provided intelligence support to Nigerian troops fighting insurgents.")
    find(events, "INFO_SHARING", ("NGA", "USA"))


def test_air_support_to_foreign_troops_is_general(analyze: Analyze) -> None:
    find(analyze("French jets provided air support to Malian soldiers."), "GENERAL", ("FRA", "MLI"))


def test_close_air_support_aircraft_purchase_is_not_general(analyze: Analyze) -> None:
    events = analyze("Nigeria bought Super Tucano aircraft from Brazil for close air support missions.")
    assert "GENERAL" not in {e.type for e in events}


def test_jointly_manufacture_is_joint_development(analyze: Analyze) -> None:
    events = analyze("India and France will jointly manufacture Scorpene submarines.")
    find(events, "JOINT_DEVELOPMENT", ("FRA", "IND"))


def test_sharing_surveillance_data_is_info_sharing(analyze: Analyze) -> None:
    events = analyze("Singapore and Indonesia agreed to share maritime surveillance data.")
    find(events, "INFO_SHARING", ("IDN", "SGP"))


def test_commissioning_a_foreign_built_ship_is_a_transfer(analyze: Analyze) -> None:
    events = analyze("Thailand's navy commissioned a Chinese-built submarine on Friday.")
    transfer = find(events, "ARMS_TRANSFER", ("CHN", "THA"))
    assert transfer.direction == ("CHN", "THA")


def test_commissioning_a_home_built_ship_is_no_event(analyze: Analyze) -> None:
    assert not analyze("India commissioned its indigenous destroyer INS Imphal in Mumbai on Tuesday.")


def test_use_of_bases_is_access(analyze: Analyze) -> None:
    events = analyze("Kenya agreed to let British troops make use of its bases for training.")
    find(events, "ACCESS", ("GBR", "KEN"))


def test_warships_allowed_to_dock_is_a_port_call(analyze: Analyze) -> None:
    events = analyze("Equatorial Guinea allowed Chinese warships to dock at Bata.")
    assert {"VISIT", "ACCESS"} & {e.type for e in events if tuple(e.codes) == ("CHN", "GNQ")}


def test_officers_studying_at_foreign_academies_is_personnel(analyze: Analyze) -> None:
    events = analyze("Kyrgyz officers are studying at Russian military academies.")
    find(events, "PERSONNEL", ("KGZ", "RUS"))


def test_locally_produce_with_a_foreign_firm_is_joint_development(analyze: Analyze) -> None:
    events = analyze("Egypt will locally produce K9 howitzers with South Korea's Hanwha.")
    find(events, "JOINT_DEVELOPMENT", ("EGY", "KOR"))


def test_minister_who_flew_to_a_capital_visits_it(analyze: Analyze) -> None:
    events = analyze("Egypt's defence minister flew to Riyadh on Monday to discuss military cooperation.")
    visit = find(events, "VISIT", ("EGY", "SAU"))
    assert visit.direction == ("EGY", "SAU")


def test_chief_heading_to_a_capital_visits_it(analyze: Analyze) -> None:
    events = analyze("The Kenyan defence chief heads to Kampala for security talks next week.")
    find(events, "VISIT", ("KEN", "UGA"))


def test_flights_of_aircraft_are_not_visits(analyze: Analyze) -> None:
    events = analyze("Two Ukrainian drones flew to Moscow overnight, the Russian defence ministry said.")
    assert "VISIT" not in {e.type for e in events}


def test_shortlist_of_two_states_pairs_each_with_the_buyer(analyze: Analyze) -> None:
    events = analyze("The Philippine navy shortlisted South Korea and Turkey for its frigate programme.")
    for bidder in ("KOR", "TUR"):
        codes = tuple(sorted(("PHL", bidder)))
        transfer = find(events, "ARMS_TRANSFER", codes)
        assert transfer.direction == (bidder, "PHL")


def test_narrowed_search_to_two_bidders_names_both(analyze: Analyze) -> None:
    text = ("Thailand has narrowed the competition for new fighters to Sweden's Saab and Lockheed Martin "
            "of the United States.")
    events = analyze(text)
    find(events, "ARMS_TRANSFER", ("SWE", "THA"))
    find(events, "ARMS_TRANSFER", ("THA", "USA"))


def test_finalists_of_a_tender_are_candidates(analyze: Analyze) -> None:
    events = analyze("Colombia named France and Sweden as finalists for its fighter jet tender.")
    assert find(events, "ARMS_TRANSFER", ("COL", "FRA")).stage == "DISCUSSION"
    find(events, "ARMS_TRANSFER", ("COL", "SWE"))


def test_order_from_one_supplier_is_not_split_among_groups(analyze: Analyze) -> None:
    events = analyze("Vietnam ordered radars from Israel, the Vietnamese and Indian navies said.")
    assert ("IND", "VNM") not in {tuple(e.codes) for e in events if e.type == "ARMS_TRANSFER"}


def test_counter_terrorism_cooperation_is_defense_context(analyze: Analyze) -> None:
    events = analyze("Mauritania and Spain agreed to step up counter-terrorism cooperation.")
    find(events, "GENERAL", ("ESP", "MRT"))


def test_counter_terrorism_memorandum_is_an_agreement(analyze: Analyze) -> None:
    find(analyze("Iraq and Turkey signed a memorandum on counter-terrorism cooperation."), "AGREEMENT", ("IRQ", "TUR"))


def test_joint_counter_piracy_patrols_are_an_exercise(analyze: Analyze) -> None:
    events = analyze("Indonesian and Malaysian forces held joint counter-piracy patrols.")
    find(events, "EXERCISE", ("IDN", "MYS"))


def test_trade_memorandum_stays_outside_defense(analyze: Analyze) -> None:
    assert not analyze("Iraq and Turkey signed a memorandum on agricultural trade and water sharing.")


def test_luftwaffe_is_germany(analyze: Analyze) -> None:
    events = analyze("The Luftwaffe and the Indian Air Force held a joint air exercise over Rajasthan.")
    find(events, "EXERCISE", ("DEU", "IND"))


def test_royal_navy_of_oman_is_not_britain(analyze: Analyze) -> None:
    events = analyze("The Royal Navy of Oman and the Pakistan Navy held a joint naval exercise off Muscat.")
    find(events, "EXERCISE", ("OMN", "PAK"))
    assert all("GBR" not in e.codes for e in events)


def test_venezuelan_and_vietnamese_force_acronyms(analyze: Analyze) -> None:
    find(analyze("The FANB and Russian troops held joint military drills."), "EXERCISE", ("RUS", "VEN"))
    find(analyze("The VPA and Lao troops held a joint military exercise."), "EXERCISE", ("LAO", "VNM"))


def test_kingston_is_jamaica(analyze: Analyze) -> None:
    events = analyze("Defence officials from Kingston and Ottawa held talks on military cooperation.")
    find(events, "DIALOGUE", ("CAN", "JAM"))


def test_letter_of_acceptance_is_an_agreed_transfer(analyze: Analyze) -> None:
    events = analyze("Malaysia signed a letter of acceptance for Turkish-made ANKA drones.")
    transfer = find(events, "ARMS_TRANSFER", ("MYS", "TUR"))
    assert transfer.direction == ("TUR", "MYS")


def test_instructors_sent_abroad_are_personnel(analyze: Analyze) -> None:
    find(analyze("The Ugandan army will send instructors to Somalia."), "PERSONNEL", ("SOM", "UGA"))


def test_military_intelligence_pact_is_info_sharing(analyze: Analyze) -> None:
    events = analyze("Japan and South Korea restored their military intelligence pact.")
    find(events, "INFO_SHARING", ("JPN", "KOR"))


def test_cooperating_on_building_systems_is_joint_development(analyze: Analyze) -> None:
    events = analyze("Vietnam and Israel will co-operate on building radar systems.")
    find(events, "JOINT_DEVELOPMENT", ("ISR", "VNM"))


def test_weather_radar_data_is_not_intelligence(analyze: Analyze) -> None:
    assert not analyze("Chile and Argentina will share weather radar data for farmers.")


def test_joint_military_commission_is_a_dialogue(analyze: Analyze) -> None:
    events = analyze("Egypt and Sudan convened the joint military commission in Cairo.")
    find(events, "DIALOGUE", ("EGY", "SDN"))


def test_overflight_rights_for_military_aircraft_are_access(analyze: Analyze) -> None:
    events = analyze("Georgia granted Turkish military aircraft overflight rights.")
    find(events, "ACCESS", ("GEO", "TUR"))


def test_military_transit_is_access(analyze: Analyze) -> None:
    events = analyze("Kazakhstan allowed Russian military transit through its territory.")
    find(events, "ACCESS", ("KAZ", "RUS"))


def test_airline_landing_rights_are_not_access(analyze: Analyze) -> None:
    assert not analyze("Qatar Airways won landing rights in Canada after talks with Ottawa.")


def test_military_courses_for_foreign_officers_are_personnel(analyze: Analyze) -> None:
    events = analyze("Egypt will host Libyan officers for military courses.")
    find(events, "PERSONNEL", ("EGY", "LBY"))


def test_official_security_assistance_is_an_aid_transfer(analyze: Analyze) -> None:
    events = analyze("Japan will provide Official Security Assistance to Bangladesh.")
    transfer = find(events, "ARMS_TRANSFER", ("BGD", "JPN"))
    assert transfer.direction == ("JPN", "BGD")


def test_pilots_flying_together_is_an_exercise(analyze: Analyze) -> None:
    events = analyze("Israeli and Greek pilots flew together in a large-scale air drill.")
    find(events, "EXERCISE", ("GRC", "ISR"))


def test_military_cooperation_protocol_is_an_agreement(analyze: Analyze) -> None:
    events = analyze("Benin and Rwanda signed a military cooperation protocol in Cotonou.")
    find(events, "AGREEMENT", ("BEN", "RWA"))


def test_defence_convention_is_an_agreement(analyze: Analyze) -> None:
    find(analyze("Chad and Hungary signed a defence convention on military training."), "AGREEMENT", ("HUN", "TCD"))


def test_declaration_of_intent_is_an_agreement(analyze: Analyze) -> None:
    events = analyze("Germany and Norway signed a declaration of intent on naval cooperation.")
    find(events, "AGREEMENT", ("DEU", "NOR"))


def test_technical_arrangement_is_an_agreement(analyze: Analyze) -> None:
    events = analyze("The Netherlands and Belgium signed a technical arrangement on naval mine countermeasures.")
    find(events, "AGREEMENT", ("BEL", "NLD"))


def test_exchange_of_notes_is_an_agreement(analyze: Analyze) -> None:
    events = analyze("Mexico and Guatemala exchanged notes on border security cooperation, the army said.")
    find(events, "AGREEMENT", ("GTM", "MEX"))


def test_arms_control_convention_is_not_bilateral_cooperation(analyze: Analyze) -> None:
    events = analyze("Iran and Russia are both parties to the Chemical Weapons Convention.")
    assert "AGREEMENT" not in {e.type for e in events}


def test_minister_landing_at_a_foreign_airport_visits(analyze: Analyze) -> None:
    events = analyze("The Brazilian defence minister landed at Luanda airport for a three-day visit to Angola.")
    find(events, "VISIT", ("AGO", "BRA"))


def test_transport_planes_landing_with_cargo_are_no_visit(analyze: Analyze) -> None:
    text = ("Four Il-76 transport aircraft of Russia's air force landed at Bamako airport, "
            "delivering helicopters to Mali.")
    assert "VISIT" not in {e.type for e in analyze(text)}


def test_official_received_by_a_foreign_chief_visits(analyze: Analyze) -> None:
    events = analyze("Azerbaijan's defence minister was received by the Pakistani army chief in Rawalpindi.")
    visit = find(events, "VISIT", ("AZE", "PAK"))
    assert visit.direction == ("AZE", "PAK")


def test_obtain_from_a_supplier_is_a_transfer(analyze: Analyze) -> None:
    events = analyze("Uruguay will obtain two offshore patrol vessels from Spain.")
    assert find(events, "ARMS_TRANSFER", ("ESP", "URY")).direction == ("ESP", "URY")


def test_contracting_a_foreign_maker_is_an_agreed_transfer(analyze: Analyze) -> None:
    events = analyze("Iraq contracted South Korea's KAI for FA-50 jets.")
    transfer = find(events, "ARMS_TRANSFER", ("IRQ", "KOR"))
    assert transfer.direction == ("KOR", "IRQ")


def test_equipped_with_foreign_made_tanks_is_a_transfer(analyze: Analyze) -> None:
    events = analyze("Taiwan's military will be equipped with US-made Abrams tanks.")
    assert find(events, "ARMS_TRANSFER", ("TWN", "USA")).direction == ("USA", "TWN")


def test_fielded_foreign_made_systems_are_a_transfer(analyze: Analyze) -> None:
    events = analyze("The Serbian army fielded Chinese-made FK-3 air defence systems.")
    assert find(events, "ARMS_TRANSFER", ("CHN", "SRB")).direction == ("CHN", "SRB")


def test_home_made_equipment_is_no_transfer(analyze: Analyze) -> None:
    assert not analyze("The Turkish army will be equipped with locally made Altay tanks.")


def test_talks_at_a_foreign_ministry_building_are_a_visit(analyze: Analyze) -> None:
    events = analyze("The Bahraini crown prince held talks at the Pentagon with US defence officials.")
    visit = find(events, "VISIT", ("BHR", "USA"))
    assert visit.direction == ("BHR", "USA")


def test_ministry_as_actor_stays_a_party(analyze: Analyze) -> None:
    events = analyze("The Pentagon approved the sale of Patriot missiles to Poland.")
    find(events, "ARMS_TRANSFER", ("POL", "USA"))
    assert "VISIT" not in {e.type for e in events}


def test_military_to_military_cooperation_is_general(analyze: Analyze) -> None:
    events = analyze("Argentina and the US agreed to expand military-to-military cooperation.")
    find(events, "GENERAL", ("ARG", "USA"))


def test_military_coordination_is_general(analyze: Analyze) -> None:
    events = analyze("Saudi Arabia and Iraq agreed to strengthen military coordination.")
    find(events, "GENERAL", ("IRQ", "SAU"))


def test_defence_engagement_is_general(analyze: Analyze) -> None:
    find(analyze("Australia and Fiji committed to closer defence engagement."), "GENERAL", ("AUS", "FJI"))


def test_pledged_military_support_is_general(analyze: Analyze) -> None:
    find(analyze("Russia pledged military support for Niger's junta."), "GENERAL", ("NER", "RUS"))


def test_sharing_satellite_imagery_with_a_military_is_info_sharing(analyze: Analyze) -> None:
    events = analyze("Japan will share satellite imagery with the Philippine military.")
    find(events, "INFO_SHARING", ("JPN", "PHL"))


def test_early_warning_of_missile_attacks_is_info_sharing(analyze: Analyze) -> None:
    events = analyze("Israel and the UAE agreed to cooperate on early warning of missile attacks.")
    find(events, "INFO_SHARING", ("ARE", "ISR"))


def test_land_leased_for_a_foreign_base_is_access(analyze: Analyze) -> None:
    events = analyze("Djibouti leased land to China for a naval base.")
    find(events, "ACCESS", ("CHN", "DJI"))


def test_defence_section_at_an_embassy_is_personnel(analyze: Analyze) -> None:
    events = analyze("The UK opened a defence section at its embassy in Hanoi.")
    find(events, "PERSONNEL", ("GBR", "VNM"))


def test_flood_early_warning_is_not_defense(analyze: Analyze) -> None:
    assert not analyze("Bangladesh and India agreed to cooperate on early warning of river floods.")


def test_air_forces_training_jointly_is_an_exercise(analyze: Analyze) -> None:
    events = analyze("Colombian and Brazilian air forces trained jointly over the Amazon.")
    find(events, "EXERCISE", ("BRA", "COL"))


def test_reaffirmed_commitment_to_security_is_general(analyze: Analyze) -> None:
    events = analyze("Brazil and Paraguay reaffirmed their commitment to border security.")
    find(events, "GENERAL", ("BRA", "PRY"))


def test_vow_to_defend_an_ally_is_general(analyze: Analyze) -> None:
    events = analyze("Turkey vowed to defend Azerbaijan in case of attack, the Turkish military said.")
    find(events, "GENERAL", ("AZE", "TUR"))


def test_vow_to_defend_a_city_against_an_enemy_is_no_cooperation(analyze: Analyze) -> None:
    assert not analyze("Ukraine's army vowed to defend Kharkiv against Russian forces.")


def test_firms_teaming_up_across_states_is_joint_development(analyze: Analyze) -> None:
    events = analyze("Turkey's Baykar teamed up with Italy's Leonardo to build drones.")
    find(events, "JOINT_DEVELOPMENT", ("ITA", "TUR"))


def test_jointly_designed_fighter_is_joint_development(analyze: Analyze) -> None:
    events = analyze("Pakistan and China jointly designed the JF-17 fighter.")
    find(events, "JOINT_DEVELOPMENT", ("CHN", "PAK"))


def test_production_under_license_of_foreign_drones_is_joint_development(analyze: Analyze) -> None:
    events = analyze("Kazakhstan will produce Turkish Anka drones under license.")
    find(events, "JOINT_DEVELOPMENT", ("KAZ", "TUR"))


def test_partnership_to_develop_missiles_is_joint_development(analyze: Analyze) -> None:
    events = analyze("The UAE's Edge and Brazil's SIATT formed a partnership to develop missiles.")
    find(events, "JOINT_DEVELOPMENT", ("ARE", "BRA"))


def test_software_license_is_not_joint_development(analyze: Analyze) -> None:
    assert not analyze("Kenya will use French accounting software under license from a Paris firm.")


def test_handed_with_two_objects_is_a_transfer(analyze: Analyze) -> None:
    events = analyze("France handed Senegal three patrol boats.")
    assert find(events, "ARMS_TRANSFER", ("FRA", "SEN")).direction == ("FRA", "SEN")


def test_lent_helicopters_are_a_transfer(analyze: Analyze) -> None:
    events = analyze("Turkey loaned Qatar an early-warning aircraft.")
    assert find(events, "ARMS_TRANSFER", ("QAT", "TUR")).direction == ("TUR", "QAT")


def test_took_possession_of_foreign_built_boats_is_a_transfer(analyze: Analyze) -> None:
    events = analyze("Tanzania took possession of Chinese-built patrol boats.")
    assert find(events, "ARMS_TRANSFER", ("CHN", "TZA")).direction == ("CHN", "TZA")


def test_development_loan_is_no_transfer(analyze: Analyze) -> None:
    assert not analyze("The World Bank will lend Kenya $500 million for roads.")
    assert not analyze("China loaned Sri Lanka money to build a port.")
