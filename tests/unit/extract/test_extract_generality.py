"""Phrasings common in wire and regional outlets: competitions, coordinated lists, deliveries, frames of time."""

from __future__ import annotations

from .conftest import Analyze, find, keys


def test_losing_offers_are_rejected_and_paired_with_the_buyer(analyze: Analyze) -> None:
    text = "Norway chose the German frigate design over competing offers from France and Spain for its navy."
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("DEU", "NOR")).stage == "AGREED"
    for loser in ("FRA", "ESP"):
        rejected = find(events, "ARMS_TRANSFER", tuple(sorted((loser, "NOR"))))
        assert rejected.stage == "REJECTED"
        assert rejected.direction == (loser, "NOR")
    assert ({"ESP", "FRA"} not in [set(e.codes) for e in events]) and all("DEU" not in e.codes or "NOR" in e.codes
                                                                          for e in events)


def test_rival_bids_in_a_later_sentence_go_to_the_last_buyer(analyze: Analyze) -> None:
    text = (
        "Romania's navy has picked Turkish-built corvettes in a deal worth $1 billion. "
        "The warships were chosen ahead of rival bids from the Netherlands and Italy."
    )
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("ITA", "ROU")).direction == ("ITA", "ROU")
    assert find(events, "ARMS_TRANSFER", ("NLD", "ROU")).stage == "REJECTED"
    assert (("ROU", "TUR"), "ARMS_TRANSFER") in keys(events)
    assert (("NLD", "TUR"), "ARMS_TRANSFER") not in keys(events)


def test_aid_from_two_suppliers_gives_two_transfers(analyze: Analyze) -> None:
    events = analyze("Tajikistan receives military aid from Russia and India for its border troops.")
    assert find(events, "ARMS_TRANSFER", ("RUS", "TJK")).direction == ("RUS", "TJK")
    assert find(events, "ARMS_TRANSFER", ("IND", "TJK")).direction == ("IND", "TJK")
    assert (("IND", "RUS"), "ARMS_TRANSFER") not in keys(events)


def test_coordinated_buyers_are_not_each_others_suppliers(analyze: Analyze) -> None:
    text = (
        "The Brazilian army will buy South Korean howitzers. "
        "Peru and Colombia have also ordered the guns for their armies."
    )
    events = analyze(text)
    assert (("COL", "PER"), "ARMS_TRANSFER") not in keys(events)
    assert find(events, "ARMS_TRANSFER", ("KOR", "PER")).direction == ("KOR", "PER")
    assert find(events, "ARMS_TRANSFER", ("COL", "KOR")).direction == ("KOR", "COL")


def test_origin_adjective_before_a_weapon_noun_names_the_supplier(analyze: Analyze) -> None:
    events = analyze("Latvia, Lithuania and Estonia have also bought the Swedish rifle for their armies.")
    for buyer in ("EST", "LTU", "LVA"):
        assert find(events, "ARMS_TRANSFER", tuple(sorted((buyer, "SWE")))).direction == ("SWE", buyer)
    assert not any({"EST", "LVA"} <= set(e.codes) for e in events)


def test_supply_of_foreign_built_ships_makes_the_subject_the_buyer(analyze: Analyze) -> None:
    events = analyze("Vietnam signed a contract for its navy to supply four corvettes built by Russia.")
    assert find(events, "ARMS_TRANSFER", ("RUS", "VNM")).direction == ("RUS", "VNM")


def test_taken_delivery_is_completed(analyze: Analyze) -> None:
    events = analyze("The Ghanaian Army has taken delivery of 20 armoured vehicles from China.")
    transfer = find(events, "ARMS_TRANSFER", ("CHN", "GHA"))
    assert transfer.stage == "COMPLETED"
    assert transfer.direction == ("CHN", "GHA")


def test_revoking_an_agreement_is_rejected(analyze: Analyze) -> None:
    events = analyze("Mexico said on Friday it was revoking its defence cooperation agreement with Russia.")
    assert find(events, "AGREEMENT", ("MEX", "RUS")).stage == "REJECTED"


def test_decided_to_buy_is_agreed(analyze: Analyze) -> None:
    events = analyze("The Peruvian government has decided to buy 24 Gripen fighter jets from Sweden.")
    assert find(events, "ARMS_TRANSFER", ("PER", "SWE")).stage == "AGREED"


def test_since_a_year_with_present_perfect_is_ongoing(analyze: Analyze) -> None:
    events = analyze("Since 2016, Japan has held joint exercises with the Vietnamese navy every year.")
    assert find(events, "EXERCISE", ("JPN", "VNM")).stage == "ONGOING"


def test_visit_as_the_occasion_of_a_past_agreement_happened(analyze: Analyze) -> None:
    text = (
        "Last October, Kenya and Turkey agreed to expand military cooperation during a visit by the Turkish "
        "defence minister to Nairobi."
    )
    visit = find(analyze(text), "VISIT", ("KEN", "TUR"))
    assert visit.stage == "COMPLETED"
    assert visit.direction == ("TUR", "KEN")


def test_question_headline_states_no_event(analyze: Analyze) -> None:
    text = "Will Jakarta buy French or Korean submarines for its navy?\n\nThe navy has weighed options for years."
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


def test_energy_memorandum_is_not_defense_cooperation(analyze: Analyze) -> None:
    text = (
        "Georgia and the European Union signed a memorandum of understanding on natural gas supplies, "
        "officials of the defence ministry said."
    )
    assert not [e for e in analyze(text) if e.type == "AGREEMENT"]


def test_analyst_suggestion_is_not_an_event(analyze: Analyze) -> None:
    text = "Some analysts have suggested that Bangladesh could buy Chinese fighter jets for its air force."
    assert not analyze(text)


def test_sources_of_a_reported_claim_are_not_parties(analyze: Analyze) -> None:
    text = "Canada and Japan say Belarus has supplied Russia with artillery shells and rockets."
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("BLR", "RUS")).direction == ("BLR", "RUS")
    assert not any({"CAN", "JPN"} & set(e.codes) for e in events)


def test_equipment_arriving_at_a_port_is_not_a_visit_or_access(analyze: Analyze) -> None:
    text = "The first of the Chinese armoured vehicles arrived at the port of Lagos on Tuesday, the Nigerian army said."
    assert not [e for e in analyze(text) if e.type in ("VISIT", "ACCESS")]


def test_access_to_equipment_is_not_access(analyze: Analyze) -> None:
    text = "The designation gives Ghana access to advanced American military equipment and training."
    assert not [e for e in analyze(text) if e.type == "ACCESS"]


def test_hosting_drills_is_not_a_visit(analyze: Analyze) -> None:
    text = "Armenia, which belongs to the Collective Security Treaty Organization, hosted the drills last year."
    assert not [e for e in analyze(text) if e.type == "VISIT"]


def test_visiting_minister_is_the_visitor(analyze: Analyze) -> None:
    text = "Defence Minister Richard Marles told visiting Japanese Defence Minister Minoru Kihara that ties were good."
    assert find(analyze(text), "VISIT", ("AUS", "JPN")).direction == ("JPN", "AUS")


def test_pronoun_subject_takes_the_previous_sentence_subject(analyze: Analyze) -> None:
    text = "Malaysia is a growing buyer of weapons. In 2022 it signed a contract with Italy for 12 naval helicopters."
    assert find(analyze(text), "ARMS_TRANSFER", ("ITA", "MYS")).direction == ("ITA", "MYS")


def test_troop_contribution_pairs_the_state_with_the_united_nations(analyze: Analyze) -> None:
    events = analyze("Senegal will contribute troops to the United Nations mission in Mali.")
    assert find(events, "PERSONNEL", ("SEN", "UN")).stage == "PLANNED"


def test_military_financing_grant_is_aid_from_the_giver(analyze: Analyze) -> None:
    events = analyze("Washington has also granted Ecuador $30 million in foreign military financing.")
    assert find(events, "ARMS_TRANSFER", ("ECU", "USA")).direction == ("USA", "ECU")


def test_agreed_to_buy_is_agreed(analyze: Analyze) -> None:
    events = analyze("Qatar also agreed to buy 12 transport helicopters from Italy, the defence ministry said.")
    transfer = find(events, "ARMS_TRANSFER", ("ITA", "QAT"))
    assert transfer.stage == "AGREED"
    assert transfer.direction == ("ITA", "QAT")


def test_future_supply_under_a_signed_contract_is_agreed(analyze: Analyze) -> None:
    text = (
        "Finland signed a contract to buy 64 fighter jets from the United States on Friday. "
        "The United States will supply the first aircraft to Finland in 2026, officials said."
    )
    transfers = [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
    assert transfers and all(e.stage == "AGREED" for e in transfers)


def test_on_a_visit_is_a_visit_under_way(analyze: Analyze) -> None:
    text = "Modi, on a three-day visit to Egypt, is also set to address the Egyptian parliament on defence ties."
    assert find(analyze(text), "VISIT", ("EGY", "IND")).stage == "COMPLETED"


def test_participle_with_a_past_year_is_completed(analyze: Analyze) -> None:
    text = "The Bulgarian air force currently flies MiG-29 fighters, including jets donated by Poland in 2019."
    assert find(analyze(text), "ARMS_TRANSFER", ("BGR", "POL")).stage == "COMPLETED"


def test_domestic_review_meeting_does_not_borrow_the_topic_partner(analyze: Analyze) -> None:
    text = (
        "India and China held border talks on defence in Beijing last month. "
        "Defence Minister Rajnath Singh held a meeting with the army chief on Sunday."
    )
    dialogues = [e for e in analyze(text, resolve=False) if e.type == "DIALOGUE"]
    assert len(dialogues) == 1 and "Beijing" in dialogues[0].evidence[0].text


def test_areas_named_as_the_threat_are_not_the_equipment(analyze: Analyze) -> None:
    text = "Germany delivered more air defence systems to Moldova to protect against missile and drone attacks."
    transfer = find(analyze(text), "ARMS_TRANSFER", ("DEU", "MDA"))
    assert "AIR_MISSILE_DEFENSE" in transfer.areas
    assert "UAV" not in transfer.areas and "MISSILES" not in transfer.areas


def test_weapon_before_a_comma_gives_the_area_of_a_participle_transfer(analyze: Analyze) -> None:
    text = "The Slovak air force still flies MiG-29 fighters, including some jets donated by Poland in 2019."
    assert "FIGHTER_AIRCRAFT" in find(analyze(text), "ARMS_TRANSFER", ("POL", "SVK")).areas


def test_selection_of_foreign_built_ships_is_an_agreed_transfer(analyze: Analyze) -> None:
    text = "The Royal Malaysian Navy has selected the Italian-built frigates to replace its ageing fleet."
    transfer = find(analyze(text), "ARMS_TRANSFER", ("ITA", "MYS"))
    assert transfer.stage == "AGREED"
    assert transfer.direction == ("ITA", "MYS")


def test_welcoming_a_batch_of_tanks_is_a_delivery_not_a_visit(analyze: Analyze) -> None:
    events = analyze("The Philippine Army welcomes the last batch of Israeli light tanks.")
    assert not [e for e in events if e.type == "VISIT"]
    assert find(events, "ARMS_TRANSFER", ("ISR", "PHL")).direction == ("ISR", "PHL")


def test_trailing_analyst_attribution_is_speculation(analyze: Analyze) -> None:
    text = "Russian warships could make port calls and refuel in Sudan under the deal, analysts said."
    assert not analyze(text)


def test_systems_under_evaluation_are_discussed_transfers(analyze: Analyze) -> None:
    text = "The Eurofighter, the F-35 and the Gripen are under evaluation by the Swiss air force."
    transfer = find(analyze(text), "ARMS_TRANSFER", ("CHE", "SWE"))
    assert transfer.stage == "DISCUSSION"
    assert transfer.direction == ("SWE", "CHE")


def test_licence_production_is_joint_development(analyze: Analyze) -> None:
    text = "The frigates will be built under licence in India by Mazagon Dock with French technology."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("FRA", "IND")).stage == "PLANNED"


def test_progressive_purchase_is_not_read_as_passive(analyze: Analyze) -> None:
    text = "Chile's navy is also acquiring new frigates built by a consortium led by Germany's TKMS."
    assert find(analyze(text), "ARMS_TRANSFER", ("CHL", "DEU")).direction == ("DEU", "CHL")


def test_origin_adjective_before_equipment_is_the_supplier(analyze: Analyze) -> None:
    text = "The accord would make it easier for Rabat to buy Israeli defence equipment, the army said."
    assert find(analyze(text), "ARMS_TRANSFER", ("ISR", "MAR")).direction == ("ISR", "MAR")


def test_buyer_subject_with_from_is_one_transfer_from_the_seller(analyze: Analyze) -> None:
    text = "Morocco signed a contract with Turkey's Baykar to buy 12 Akinci drones from Turkey."
    transfers = [e for e in analyze(text, resolve=False) if e.type == "ARMS_TRANSFER"]
    assert transfers and all(e.direction == ("TUR", "MAR") for e in transfers)


def test_present_progressive_trigger_is_ongoing(analyze: Analyze) -> None:
    text = "Sweden and Finland are jointly developing a new air defence missile, due to enter service in 2030."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("FIN", "SWE")).stage == "ONGOING"


def test_agreement_concluded_is_agreed_even_in_a_future_sentence(analyze: Analyze) -> None:
    text = (
        "Greek and Egyptian troops will be able to train more easily under a status of forces agreement "
        "concluded in Athens."
    )
    assert find(analyze(text), "AGREEMENT", ("EGY", "GRC")).stage == "AGREED"


def test_headline_infinitive_is_planned(analyze: Analyze) -> None:
    text = "Marles to meet Indonesian counterpart in Jakarta on defence ties\n\nThe talks follow a new agreement."
    assert find(analyze(text), "DIALOGUE", ("AUS", "IDN")).stage == "PLANNED"


def test_contingent_departing_for_an_exercise_is_planned(analyze: Analyze) -> None:
    text = "A Thai army contingent departs for a joint exercise with Indonesian troops in Indonesia."
    assert find(analyze(text), "EXERCISE", ("IDN", "THA")).stage == "PLANNED"


def test_training_in_a_purchase_package_is_personnel_from_the_supplier(analyze: Analyze) -> None:
    text = (
        "Vietnam signed a contract to buy 12 trainer jets from the Czech Republic on Monday. "
        "The package includes training for pilots and maintenance crews."
    )
    training = find(analyze(text), "PERSONNEL", ("CZE", "VNM"))
    assert training.stage == "PLANNED"


def test_training_sentence_naming_another_state_is_not_tied_to_the_deal(analyze: Analyze) -> None:
    text = (
        "Vietnam signed a contract to buy 12 trainer jets from the Czech Republic on Monday. "
        "The package includes training for pilots in Slovakia."
    )
    assert not [e for e in analyze(text) if e.type == "PERSONNEL" and "VNM" in e.codes and "CZE" in e.codes]


def test_official_in_a_city_of_the_other_side_is_a_visit(analyze: Analyze) -> None:
    text = "The Japanese defence minister was in Manila last week for talks on radar systems."
    visit = find(analyze(text), "VISIT", ("JPN", "PHL"))
    assert visit.direction == ("JPN", "PHL")
    assert visit.stage == "COMPLETED"


def test_official_in_an_aside_is_the_visitor(analyze: Analyze) -> None:
    text = (
        "Russian Defence Minister Sergei Shoigu, who is also in Delhi for the meeting, held talks with his "
        "Indian counterpart on defence ties."
    )
    assert find(analyze(text), "VISIT", ("IND", "RUS")).direction == ("RUS", "IND")


def test_troops_or_talks_with_is_in_are_not_visits(analyze: Analyze) -> None:
    events = analyze("China is in talks with Pakistan on the sale of submarines for its navy.")
    assert not [e for e in events if e.type == "VISIT"]


def test_troops_joining_the_exercise_become_participants(analyze: Analyze) -> None:
    text = (
        "Thai and Malaysian troops began Exercise Harimau Strike in Kedah on Monday. "
        "About 120 Indonesian marines also joined the exercise."
    )
    events = analyze(text)
    assert any({"IDN", "MYS", "THA"} <= set(e.codes) for e in events if e.type == "EXERCISE")


def test_cancelled_planned_meeting_is_rejected(analyze: Analyze) -> None:
    text = "A planned meeting between the defence ministers of Japan and South Korea was cancelled on Friday."
    assert find(analyze(text), "DIALOGUE", ("JPN", "KOR")).stage == "REJECTED"


def test_offer_ruled_out_is_rejected(analyze: Analyze) -> None:
    text = "The Colombian government said the American offer of F-16 jets had been ruled out."
    assert find(analyze(text), "ARMS_TRANSFER", ("COL", "USA")).stage == "REJECTED"


def test_collapsed_purchase_plan_is_rejected(analyze: Analyze) -> None:
    text = "A 2019 plan to buy Russian Su-35 fighter jets for the Indonesian air force collapsed under US pressure."
    assert find(analyze(text), "ARMS_TRANSFER", ("IDN", "RUS")).stage == "REJECTED"


def test_stopped_taking_part_is_rejected(analyze: Analyze) -> None:
    text = "Bangladesh stopped taking part in joint naval patrols with India last year."
    assert find(analyze(text), "EXERCISE", ("BGD", "IND")).stage == "REJECTED"


def test_bilateral_meetings_with_each_partner_are_separate(analyze: Analyze) -> None:
    text = (
        "Canadian Prime Minister Justin Trudeau held bilateral meetings with President Macron of France and "
        "with Germany's Chancellor Olaf Scholz on defence spending."
    )
    events = analyze(text)
    assert (("CAN", "FRA"), "DIALOGUE") in keys(events) and (("CAN", "DEU"), "DIALOGUE") in keys(events)
    assert not any({"DEU", "FRA"} <= set(e.codes) for e in events)


def test_coastal_surveillance_radars_are_maritime_security(analyze: Analyze) -> None:
    text = "South Korea delivered coastal surveillance radars to Vietnam under a grant, the navy said."
    assert "MARITIME_SECURITY" in find(analyze(text), "ARMS_TRANSFER", ("KOR", "VNM")).areas


def test_operations_against_militants_keep_counterterrorism(analyze: Analyze) -> None:
    text = "France and Niger held a joint exercise against militants in the Sahel last week."
    assert "COUNTERTERRORISM" in find(analyze(text), "EXERCISE", ("FRA", "NER")).areas


def test_state_named_only_as_invaded_is_never_a_party(analyze: Analyze) -> None:
    text = (
        "Finland signed a contract to buy 40 howitzers from South Korea amid concern over Russia's invasion of "
        "Ukraine. The ministry did not say when the howitzers would be delivered by Hanwha."
    )
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("FIN", "KOR")).direction == ("KOR", "FIN")
    assert not any("UKR" in e.codes or "RUS" in e.codes for e in events)


def test_talks_between_states_at_war_are_not_cooperation(analyze: Analyze) -> None:
    text = (
        "Azerbaijan's invasion of Armenia drew condemnation from the defence ministry of France. "
        "A meeting between Armenia and Azerbaijan on military de-escalation took place in Geneva. "
        "France has supplied radars to Armenia."
    )
    events = analyze(text)
    assert not any({"ARM", "AZE"} <= set(e.codes) for e in events)
    assert find(events, "ARMS_TRANSFER", ("ARM", "FRA")).direction == ("FRA", "ARM")


def test_licences_for_a_sale_are_export_rules_not_a_transfer(analyze: Analyze) -> None:
    text = "The United States will require licences for the sale of military drone engines to China."
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


def test_offer_passed_over_instead_is_rejected_for_the_buyer(analyze: Analyze) -> None:
    text = (
        "Thailand has decided to buy Swedish fighter jets instead of the F-16 jets offered by the United States "
        "for the Royal Thai Air Force."
    )
    lost = find(analyze(text), "ARMS_TRANSFER", ("THA", "USA"))
    assert lost.stage == "REJECTED"
    assert lost.direction == ("USA", "THA")


def test_agreements_with_each_listed_partner_are_separate(analyze: Analyze) -> None:
    text = (
        "Indonesia already has defence cooperation agreements with Australia and France and a visiting forces "
        "agreement with Japan."
    )
    events = [e for e in analyze(text) if e.type == "AGREEMENT"]
    assert {tuple(e.codes) for e in events} == {("AUS", "IDN"), ("FRA", "IDN"), ("IDN", "JPN")}


def test_fighter_to_be_developed_jointly_is_joint_development(analyze: Analyze) -> None:
    text = "Sweden and Finland said a new trainer aircraft would be developed jointly by their industries."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("FIN", "SWE")).stage == "PLANNED"
