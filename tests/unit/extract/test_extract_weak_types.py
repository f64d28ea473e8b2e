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
    text = "The armed forces of Oman and Jordan have worked together closely for decades, the minister noted."
    events = analyze(text)
    assert find(events, "GENERAL", ("JOR", "OMN")).stage == "ONGOING"


def test_a_record_of_working_together_on_border_security(analyze: Analyze) -> None:
    text = "Senegal and Mauritania have a long record of working together on border security, the ministry said."
    assert (("MRT", "SEN"), "GENERAL") in keys(analyze(text))


def test_companies_working_together_on_a_civil_network_state_no_tie(analyze: Analyze) -> None:
    text = "Engineers in Finland and Sweden are working together on a new mobile phone network, the operators said."
    assert analyze(text) == []


def test_ordered_ships_to_be_built_in_the_buyers_yard_are_local_production(analyze: Analyze) -> None:
    text = "Brazil has ordered four submarines from France, to be built in Itaguai by a Brazilian shipyard."
    events = analyze(text)
    assert (("BRA", "FRA"), "ARMS_TRANSFER") in keys(events)
    assert (("BRA", "FRA"), "JOINT_DEVELOPMENT") in keys(events)


def test_foreign_designed_vehicles_assembled_in_the_buyers_country(analyze: Analyze) -> None:
    text = "The Algerian army operates German-designed Fuchs armoured vehicles assembled in Algeria."
    assert (("DEU", "DZA"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_components_that_could_be_made_in_the_buyers_country_are_a_proposal(analyze: Analyze) -> None:
    text = (
        "Romania signed a deal for Israeli air defence radars on Monday. "
        "The minister said parts of the radars could be produced in Romania by local firms."
    )
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("ISR", "ROU")).stage == "PROPOSED"


def test_final_assembly_in_the_buyers_country(analyze: Analyze) -> None:
    text = (
        "The trainers will be built by Korea Aerospace Industries, with a Polish plant handling "
        "final assembly of later aircraft in Poland, the defence ministry in Warsaw said."
    )
    assert (("KOR", "POL"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_ships_built_in_the_suppliers_own_country_are_an_import(analyze: Analyze) -> None:
    text = "Qatar ordered four corvettes from Italy, which will be built in Italy by Fincantieri."
    events = analyze(text)
    assert (("ITA", "QAT"), "ARMS_TRANSFER") in keys(events)
    assert (("ITA", "QAT"), "JOINT_DEVELOPMENT") not in keys(events)


def test_ships_built_abroad_and_delivered_to_the_buyer_are_an_import(analyze: Analyze) -> None:
    text = (
        "Ghana signed a contract for three patrol vessels with a Dutch shipyard last week. "
        "The minister said the vessels would be built in the Netherlands and delivered to Ghana by 2027."
    )
    events = analyze(text)
    assert (("GHA", "NLD"), "ARMS_TRANSFER") in keys(events)
    assert (("GHA", "NLD"), "JOINT_DEVELOPMENT") not in keys(events)


def test_local_maintenance_under_negotiation_is_joint_development(analyze: Analyze) -> None:
    text = (
        "Armenia is negotiating with Russia for the local maintenance of its Su-30SM fighters "
        "at a repair plant near Yerevan, a deputy minister said."
    )
    development = find(analyze(text), "JOINT_DEVELOPMENT", ("ARM", "RUS"))
    assert development.stage == "DISCUSSION"


def test_a_maintenance_hub_in_the_buyers_country(analyze: Analyze) -> None:
    text = "Qatar and France agreed to build a maintenance hub for the Rafale fighter jets near Doha."
    assert (("FRA", "QAT"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_a_shared_regional_air_defence_system_is_a_standing_tie(analyze: Analyze) -> None:
    text = (
        "The new radars will be linked into the unified regional air defence system "
        "that Armenia and Russia set up under a 2015 agreement."
    )
    assert find(analyze(text), "GENERAL", ("ARM", "RUS")).stage == "ONGOING"


def test_leaders_pledging_to_coordinate_on_security(analyze: Analyze) -> None:
    text = "The presidents of Kenya and Ethiopia pledged on Tuesday to coordinate on regional security."
    assert (("ETH", "KEN"), "GENERAL") in keys(analyze(text))


def test_what_an_access_deal_permits_with_may_is_stated(analyze: Analyze) -> None:
    text = (
        "Norway and the United States signed a supplementary defence agreement on Tuesday. "
        "Under the agreement, American forces may use four agreed areas in Norway."
    )
    assert find(analyze(text), "ACCESS", ("NOR", "USA")).stage == "AGREED"


def test_may_without_a_deal_frame_stays_a_guess(analyze: Analyze) -> None:
    text = (
        "Djibouti and Japan held defence talks on Tuesday. "
        "Japanese forces may one day use the agreed areas in Djibouti, a reporter wrote."
    )
    assert (("DJI", "JPN"), "ACCESS") not in keys(analyze(text))


def test_an_agreement_to_produce_engines_in_the_partners_country(analyze: Analyze) -> None:
    text = "Safran has signed an agreement with the Indian state to produce jet engines for fighter aircraft in India."
    assert (("FRA", "IND"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_a_foreign_maker_producing_shells_in_the_buyers_country(analyze: Analyze) -> None:
    text = "Rheinmetall will produce 155mm artillery shells in Lithuania under a deal signed on Monday."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("DEU", "LTU")).stage == "AGREED"


def test_producing_a_fighter_at_home_is_no_joint_development(analyze: Analyze) -> None:
    events = analyze("Turkey plans to produce its own fighter jet by 2030, the defence industry agency said.")
    assert not any(e.type == "JOINT_DEVELOPMENT" for e in events)


def test_a_supplier_producing_ordered_tanks_at_home_is_no_joint_development(analyze: Analyze) -> None:
    text = "Poland ordered K2 tanks from South Korea, and Hyundai Rotem will produce the first 180 tanks in Changwon."
    events = analyze(text)
    assert (("KOR", "POL"), "ARMS_TRANSFER") in keys(events)
    assert (("KOR", "POL"), "JOINT_DEVELOPMENT") not in keys(events)


def test_talks_on_ways_to_deepen_cooperation_state_an_intent(analyze: Analyze) -> None:
    text = "The defence ministers of Chile and Peru discussed ways to deepen bilateral defence cooperation in Lima."
    events = analyze(text)
    assert (("CHL", "PER"), "DIALOGUE") in keys(events)
    assert find(events, "GENERAL", ("CHL", "PER")).stage == "DISCUSSION"


def test_an_exercise_meant_to_strengthen_ties_between_two_air_forces(analyze: Analyze) -> None:
    text = "The air forces of Greece and Egypt ended a joint exercise that aimed to strengthen military ties."
    events = analyze(text)
    assert (("EGY", "GRC"), "EXERCISE") in keys(events)
    assert (("EGY", "GRC"), "GENERAL") in keys(events)


def test_a_joint_procurement_ties_the_two_buyers(analyze: Analyze) -> None:
    text = "Lithuania will buy eight howitzers from France in a joint procurement run together with Latvia."
    events = analyze(text)
    assert (("FRA", "LTU"), "ARMS_TRANSFER") in keys(events)
    assert (("LTU", "LVA"), "GENERAL") in keys(events)


def test_the_supplier_of_a_joint_purchase_is_no_party_to_the_buyers_tie(analyze: Analyze) -> None:
    text = "Slovenia and Croatia signed a joint procurement deal for air defence systems from Germany on Friday."
    events = analyze(text)
    general = find(events, "GENERAL", ("HRV", "SVN"))
    assert general.codes == ["HRV", "SVN"]
    assert (("DEU", "SVN"), "ARMS_TRANSFER") in keys(events)


def test_ships_ordered_jointly_by_two_navies(analyze: Analyze) -> None:
    text = "The first of six frigates ordered jointly by Denmark and Norway has begun sea trials."
    assert (("DNK", "NOR"), "GENERAL") in keys(analyze(text))


def test_a_named_defence_partner_is_a_tie(analyze: Analyze) -> None:
    text = "The minister called Morocco a key defence partner of Spain during talks on border security in Madrid."
    assert (("ESP", "MAR"), "GENERAL") in keys(analyze(text))


def test_licence_production_written_with_a_hyphen(analyze: Analyze) -> None:
    text = "Egypt's state arms factories will licence-produce the K9 howitzer with Hanwha of South Korea."
    assert (("EGY", "KOR"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_warships_maintained_at_the_other_sides_yards(analyze: Analyze) -> None:
    text = "Under the new arrangement, Australian warships will be maintained at Indian shipyards."
    assert (("AUS", "IND"), "ACCESS") in keys(analyze(text))


def test_a_logistics_base_abroad_is_access(analyze: Analyze) -> None:
    text = "Turkey opened a military logistics base in Somalia in 2017, the defence ministry said."
    assert (("SOM", "TUR"), "ACCESS") in keys(analyze(text))


def test_a_joint_venture_to_produce_in_one_partners_country_is_kept(analyze: Analyze) -> None:
    text = "Ukraine and Denmark set up a joint venture to produce drones in Denmark, the defence ministers said."
    assert (("DNK", "UKR"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_a_foreign_maker_building_a_factory_in_the_buyers_country(analyze: Analyze) -> None:
    text = "Hanwha Aerospace will build a factory in Romania to produce K9 howitzers for the Romanian army."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("KOR", "ROU")).stage == "PLANNED"


def test_a_maker_opening_a_factory_at_home_is_no_cooperation(analyze: Analyze) -> None:
    text = "Rheinmetall opened a factory in Unterluess, Germany, to make artillery shells for the German army."
    assert not any(e.type == "JOINT_DEVELOPMENT" for e in analyze(text))


def test_close_military_relations_are_a_standing_tie(analyze: Analyze) -> None:
    events = analyze("Saudi Arabia and Pakistan have long enjoyed close military relations, officials in Riyadh said.")
    assert find(events, "GENERAL", ("PAK", "SAU")).stage == "ONGOING"


def test_a_logistics_exchange_memorandum_is_access(analyze: Analyze) -> None:
    text = "Japan and Indonesia signed a logistics exchange memorandum on Friday, the defence ministry said."
    assert find(analyze(text), "ACCESS", ("IDN", "JPN")).stage == "AGREED"


def test_integrated_logistics_support_in_a_purchase_is_no_access(analyze: Analyze) -> None:
    text = (
        "Vietnam bought radars from Israel in a package that includes training for the operators "
        "and an integrated logistics support arrangement."
    )
    events = analyze(text)
    assert (("ISR", "VNM"), "ARMS_TRANSFER") in keys(events)
    assert (("ISR", "VNM"), "ACCESS") not in keys(events)


def test_an_intent_to_deepen_a_tie_reported_before_is_no_second_event(analyze: Analyze) -> None:
    text = (
        "Chile and Peru have close defence ties, the ministers said on Monday. "
        "The two ministers then held talks to discuss ways to strengthen defence cooperation between Chile and Peru."
    )
    generals = [e for e in analyze(text) if e.type == "GENERAL" and e.codes == ["CHL", "PER"]]
    assert len(generals) == 1


def test_making_a_missile_under_a_licence_agreement(analyze: Analyze) -> None:
    text = "Turkey's Roketsan makes the missile under a licence agreement with China, officials in Ankara said."
    events = analyze(text)
    assert (("CHN", "TUR"), "JOINT_DEVELOPMENT") in keys(events)


def test_a_maker_transferring_technology_to_the_buyer(analyze: Analyze) -> None:
    text = "Hanwha will transfer technology to Egypt so that K9 howitzers can be built at Egyptian factories."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("EGY", "KOR")).stage == "PLANNED"


def test_two_makers_sharing_work_on_a_fighter_programme(analyze: Analyze) -> None:
    text = "Brazil's Embraer and Saab of Sweden share work on the Gripen E fighter programme."
    assert (("BRA", "SWE"), "JOINT_DEVELOPMENT") in keys(analyze(text))


def test_assembly_in_the_buyers_country_pairs_the_designer_not_an_earlier_maker(analyze: Analyze) -> None:
    text = (
        "The Algerian army operates transport aircraft made in Spain "
        "and German-designed Fuchs armoured vehicles assembled in Algeria."
    )
    development = find(analyze(text), "JOINT_DEVELOPMENT", ("DEU", "DZA"))
    assert development.codes == ["DEU", "DZA"]


def test_ministers_agreeing_to_promote_defence_exchanges(analyze: Analyze) -> None:
    text = "The defence ministers of Tonga and New Zealand met in Auckland and agreed to promote defence exchanges."
    events = analyze(text)
    assert (("NZL", "TON"), "DIALOGUE") in keys(events)
    assert (("NZL", "TON"), "GENERAL") in keys(events)


def test_an_exchange_of_personnel_stays_personnel(analyze: Analyze) -> None:
    text = "Tonga and New Zealand agreed on exchanges of personnel between their defence forces."
    events = analyze(text)
    assert (("NZL", "TON"), "PERSONNEL") in keys(events)
    assert (("NZL", "TON"), "GENERAL") not in keys(events)


def test_a_purchase_that_attests_a_named_tie_between_two_states(analyze: Analyze) -> None:
    text = (
        "Greece ordered six more Rafale jets from France. "
        "The maker said the purchase of six more jets shows the strategic relationship between Greece and France."
    )
    assert (("FRA", "GRC"), "GENERAL") in keys(analyze(text))


def test_cooperation_in_training_between_two_navies_is_not_a_named_tie(analyze: Analyze) -> None:
    text = (
        "Seoul gave a corvette to the Philippine Navy last year. Korean officials said Seoul was ready to transfer "
        "more ships to the Philippines and to expand training cooperation between the two navies."
    )
    assert (("KOR", "PHL"), "GENERAL") not in keys(analyze(text))


def test_a_state_hosting_foreign_bases_grants_access(analyze: Analyze) -> None:
    events = analyze("Djibouti hosts military bases of the United States, France and China.")
    for partner in ("CHN", "FRA", "USA"):
        assert (tuple(sorted(("DJI", partner))), "ACCESS") in keys(events)


def test_a_state_hosting_a_foreign_fleet_grants_access(analyze: Analyze) -> None:
    events = analyze("Bahrain hosts the US Navy's Fifth Fleet, the defence ministry noted.")
    assert find(events, "ACCESS", ("BHR", "USA")).stage == "ONGOING"


def test_hosting_visiting_ministers_is_still_a_visit(analyze: Analyze) -> None:
    events = analyze("Kenya hosted the defence minister of Uganda in Nairobi for talks on border security.")
    assert (("KEN", "UGA"), "VISIT") in keys(events)
    assert (("KEN", "UGA"), "ACCESS") not in keys(events)


def test_hosting_a_summit_is_no_access(analyze: Analyze) -> None:
    events = analyze("Egypt will host the African Union defence summit next year, the foreign ministry said.")
    assert not any(e.type == "ACCESS" for e in events)


def test_forces_allowed_to_use_the_other_sides_bases(analyze: Analyze) -> None:
    text = "Under the new pact, Japanese troops will be allowed to use Philippine bases for disaster relief."
    assert (("JPN", "PHL"), "ACCESS") in keys(analyze(text))


def test_warships_allowed_to_use_a_states_ports(analyze: Analyze) -> None:
    text = "Vietnam will allow Indian warships to use its ports for resupply, the navy said."
    assert find(analyze(text), "ACCESS", ("IND", "VNM")).stage == "PLANNED"


def test_to_use_weapons_is_no_access(analyze: Analyze) -> None:
    text = "Ukraine wants to use German missiles against Russian targets, the defence minister said."
    assert not any(e.type == "ACCESS" for e in analyze(text))


def test_a_similar_accord_sets_up_the_same_access(analyze: Analyze) -> None:
    text = (
        "Canada and the Philippines signed a status of forces agreement for their armed forces on Sunday. "
        "Manila signed a similar military agreement with New Zealand last year."
    )
    events = analyze(text)
    assert (("CAN", "PHL"), "ACCESS") in keys(events)
    assert find(events, "ACCESS", ("NZL", "PHL")).stage == "AGREED"


def test_a_similar_sale_copies_no_access(analyze: Analyze) -> None:
    text = (
        "Canada and the Philippines signed a status of forces agreement on Sunday. "
        "Manila also signed a contract with Israel for radars, a similar deal to one it made in 2021."
    )
    assert (("ISR", "PHL"), "ACCESS") not in keys(analyze(text))
