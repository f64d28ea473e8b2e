"""Who the parties are: receptions, places before a trigger, leaders of many regions, coordinated sides."""

from __future__ import annotations

import pytest

from defcoop.records import Mention
from defcoop.stages.extraction.document import home_state

from .conftest import Analyze, find, keys

_CONTEXT = "The defence ministry said the armed forces were ready. "


def test_receiving_a_foreign_official_is_a_visit_not_a_delivery(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Emir Tamim bin Hamad Al Thani received Turkish Defence Minister Yasar Guler in Doha.")
    visit = find(events, "VISIT", ("QAT", "TUR"))
    assert visit.direction == ("TUR", "QAT")
    assert not [e for e in events if e.type == "ARMS_TRANSFER"]


def test_receiving_a_delegation_is_a_visit_by_its_state(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "President Tebboune received a delegation of the Italian defence ministry on Sunday.")
    assert find(events, "VISIT", ("DZA", "ITA")).direction == ("ITA", "DZA")


def test_a_planned_reception_is_planned(analyze: Analyze) -> None:
    text = _CONTEXT + "Kazakhstan's defence minister will receive the visiting Chinese defence minister Dong Jun soon."
    visit = find(analyze(text), "VISIT", ("CHN", "KAZ"))
    assert (visit.direction, visit.stage) == (("CHN", "KAZ"), "PLANNED")


def test_receiving_equipment_stays_a_delivery(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Uganda's army received 20 armoured vehicles from the United Arab Emirates.")
    assert find(events, "ARMS_TRANSFER", ("ARE", "UGA")).direction == ("ARE", "UGA")
    assert not [e for e in events if e.type == "VISIT"]


def test_a_place_before_the_trigger_does_not_hide_the_guest(analyze: Analyze) -> None:
    text = _CONTEXT + "King Abdullah II received Pakistan's army chief Asim Munir in Amman for defence talks."
    assert (("JOR", "PAK"), "DIALOGUE") in keys(analyze(text))


def test_leaders_of_many_regions_resolve_to_their_states(analyze: Analyze) -> None:
    cases = {
        "Kenyan President William Ruto held talks with Hassan Sheikh Mohamud on joint operations.": ("KEN", "SOM"),
        "Tokayev held talks with Shavkat Mirziyoyev on military cooperation.": ("KAZ", "UZB"),
        "Javier Milei held talks with Nayib Bukele on security cooperation.": ("ARG", "SLV"),
        "Abdelmadjid Tebboune held talks with Kais Saied on border security.": ("DZA", "TUN"),
        "Masoud Pezeshkian held talks with Mohammed Shia al-Sudani on border security.": ("IRN", "IRQ"),
    }
    for sentence, codes in cases.items():
        assert (codes, "DIALOGUE") in keys(analyze(_CONTEXT + sentence)), sentence


def test_coordinated_buyers_of_the_system_named_before_get_its_maker(analyze: Analyze) -> None:
    text = "Hanwha's K9 howitzer is popular in Europe. Finland, Norway and Estonia have also bought the gun."
    events = analyze(text)
    for buyer in ("FIN", "NOR", "EST"):
        assert find(events, "ARMS_TRANSFER", tuple(sorted((buyer, "KOR")))).direction == ("KOR", buyer)
    assert not [e for e in events if "KOR" not in e.codes]


def test_buyers_of_the_drone_named_before_in_africa(analyze: Analyze) -> None:
    text = (
        "Turkey's Bayraktar TB2 has found many buyers among armies. "
        "Morocco, Ethiopia and Niger have all purchased the drone."
    )
    events = analyze(text)
    assert {tuple(e.direction or ()) for e in events if e.type == "ARMS_TRANSFER"} == {
        ("TUR", "MAR"), ("TUR", "ETH"), ("TUR", "NER")
    }


def test_each_system_under_evaluation_is_a_bid_of_its_state(analyze: Analyze) -> None:
    text = (
        "The air force wants new fighters. "
        "The Gripen, the F-16 Block 70 and the Rafale are under evaluation by the Colombian Air Force."
    )
    events = [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
    assert {e.direction for e in events} == {("SWE", "COL"), ("USA", "COL"), ("FRA", "COL")}
    assert {e.stage for e in events} == {"DISCUSSION"}


def test_shortlisted_makers_each_bid_for_the_buyer(analyze: Analyze) -> None:
    text = (
        "The navy needs submarines. Germany's TKMS and South Korea's Hanwha Ocean have been shortlisted "
        "by Canada for its submarine programme."
    )
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("CAN", "DEU")).direction == ("DEU", "CAN")
    assert find(events, "ARMS_TRANSFER", ("CAN", "KOR")).stage == "DISCUSSION"
    assert (("DEU", "KOR"), "ARMS_TRANSFER") not in keys(events)


def test_a_possessive_joins_a_company_to_its_state(analyze: Analyze) -> None:
    text = (
        "The deal covers the supply of ten M-346 jet trainers built by Italy's Leonardo to the Hellenic Air Force, "
        "the defence ministry said."
    )
    events = analyze(text)
    assert find(events, "ARMS_TRANSFER", ("GRC", "ITA")).direction == ("ITA", "GRC")


def test_progressive_receiving_and_present_orders_are_transfers(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Ghana's army is receiving a first batch of armoured vehicles from China.")
    assert find(events, "ARMS_TRANSFER", ("CHN", "GHA")).direction == ("CHN", "GHA")
    events = analyze(_CONTEXT + "Chile orders two frigates from Australia.")
    assert find(events, "ARMS_TRANSFER", ("AUS", "CHL")).direction == ("AUS", "CHL")


def test_the_month_may_is_not_a_modal(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Slovakia in May signed a contract for Finnish Patria AMV armoured vehicles.")
    assert find(events, "ARMS_TRANSFER", ("FIN", "SVK")).stage == "AGREED"
    events = analyze(_CONTEXT + "On May 4 Uruguay ordered two patrol vessels from Spain.")
    assert (("ESP", "URY"), "ARMS_TRANSFER") in keys(events)
    assert not analyze(_CONTEXT + "Vietnam may buy Indian missiles, analysts think.")


def test_a_coordinated_clause_with_its_own_subject_is_apart(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Japan delivered radars to the Philippines, and Australia has sold boats to Vanuatu.")
    assert find(events, "ARMS_TRANSFER", ("JPN", "PHL")).direction == ("JPN", "PHL")
    assert find(events, "ARMS_TRANSFER", ("AUS", "VUT")).direction == ("AUS", "VUT")
    assert (("JPN", "VUT"), "ARMS_TRANSFER") not in keys(events)
    text = _CONTEXT + (
        "EU member states have provided training to Ukrainian troops, and the United Kingdom has been training "
        "Ukrainian recruits."
    )
    assert {frozenset(e.codes) for e in analyze(text)} == {frozenset({"EU", "UKR"}), frozenset({"GBR", "UKR"})}


def test_a_list_ending_in_and_stays_one_side(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Russia sold jets to Egypt, Algeria, and Iran.")
    assert {e.direction for e in events} == {("RUS", "EGY"), ("RUS", "DZA"), ("RUS", "IRN")}
    text = _CONTEXT + "Brazil's navy, Chile's army, and Peru's air force have held joint drills with France."
    assert [e.codes for e in analyze(text) if e.type == "EXERCISE"] == [["BRA", "CHL", "FRA", "PER"]]


def test_licence_production_pairs_the_maker_with_the_producing_state(analyze: Analyze) -> None:
    events = analyze("The army is modernising. The K2 tanks will be built under licence in Poland by Bumar.")
    assert find(events, "JOINT_DEVELOPMENT", ("KOR", "POL")).stage == "PLANNED"
    events = analyze("The army is modernising. Egypt will locally assemble the K9 howitzers under a deal with Hanwha.")
    assert (("EGY", "KOR"), "JOINT_DEVELOPMENT") in keys(events)
    events = analyze("The army is modernising. The Bayraktar TB2 will be co-produced in Ukraine.")
    assert (("TUR", "UKR"), "JOINT_DEVELOPMENT") in keys(events)


def test_a_ministry_named_without_its_state_belongs_to_the_dateline_state(analyze: Analyze) -> None:
    text = "Drone deal\nABUJA, Aug. 31 (Wire) -\nThe Ministry of Defence said it signed a deal with Turkey for drones."
    assert find(analyze(text), "ARMS_TRANSFER", ("NGA", "TUR")).direction == ("TUR", "NGA")
    text = "TASHKENT, May 3 -\nThe Ministry of Defence and China's defence ministry held talks on military cooperation."
    assert (("CHN", "UZB"), "DIALOGUE") in keys(analyze(text))


def test_a_capital_dateline_marked_by_the_recognizer_gives_the_home_state(analyze: Analyze) -> None:
    text = ("ACCRA, June 2 (Wire) - The Ministry of Defence signed a contract with Brazil's Embraer "
            "for five Super Tucano aircraft.")
    assert find(analyze(text), "ARMS_TRANSFER", ("BRA", "GHA")).direction == ("BRA", "GHA")


def test_a_city_inside_a_sentence_is_no_dateline() -> None:
    def city(start: int, name: str) -> Mention:
        return Mention(start, start + len(name), name, f"city:{name}", name, "state", "KEN", role="capital")

    assert home_state([city(0, "NAIROBI")], "NAIROBI - The army said.") == "KEN"
    assert home_state([city(0, "NAIROBI")], "NAIROBI, May 2 (Wire) - The army said.") == "KEN"
    text = "Officials met in Nairobi - and the army said."
    assert home_state([city(text.index("Nairobi"), "Nairobi")], text) is None
    text = "Talks\nNairobi is the venue - the army said."
    assert home_state([city(text.index("Nairobi"), "Nairobi")], text) is None


def test_the_upgrader_supplies_the_owner_of_the_upgraded_equipment(analyze: Analyze) -> None:
    text = _CONTEXT + "Turkish firm STM completed the mid-life upgrade of one of the Pakistan Navy's submarines."
    assert find(analyze(text), "ARMS_TRANSFER", ("PAK", "TUR")).direction == ("TUR", "PAK")
    text = _CONTEXT + (
        "Israel Aerospace Industries won a contract for an upgrade of the Indian Air Force's Heron drones."
    )
    assert find(analyze(text), "ARMS_TRANSFER", ("IND", "ISR")).direction == ("ISR", "IND")
    text = _CONTEXT + "India and Vietnam upgraded their ties to a comprehensive strategic partnership."
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
    text = _CONTEXT + "Egypt's F-16s were overhauled by the United States."
    assert find(analyze(text), "ARMS_TRANSFER", ("EGY", "USA")).direction == ("USA", "EGY")


def test_also_gives_each_of_a_coordination_the_partner_named_before(analyze: Analyze) -> None:
    text = (
        "Japan has partners. Britain signed a defence equipment pact with Japan in 2013. "
        "France and India have also signed cooperation pacts in the last 12 months."
    )
    codes = {tuple(e.codes) for e in analyze(text) if e.type == "AGREEMENT"}
    assert codes == {("GBR", "JPN"), ("FRA", "JPN"), ("IND", "JPN")}
    text = _CONTEXT + "Ghana and Nigeria held joint naval drills with France. Senegal and Togo also held drills."
    codes = {tuple(e.codes) for e in analyze(text) if e.type == "EXERCISE"}
    assert ("FRA", "SEN") in codes and ("FRA", "TGO") in codes and ("SEN", "TGO") not in codes


def test_also_with_a_reciprocal_word_keeps_the_pair(analyze: Analyze) -> None:
    text = "Kenya and Uganda signed a defence pact. Rwanda and Burundi also signed a defence pact with each other."
    assert (("BDI", "RWA"), "AGREEMENT") in keys(analyze(text))


def test_named_forces_of_many_regions_resolve_to_their_states(analyze: Analyze) -> None:
    cases = {
        "The SANDF held joint drills with the Tanzania People's Defence Force.": ("TZA", "ZAF"),
        "The UPDF and the FARDC held joint exercises near the border.": ("COD", "UGA"),
        "The Royal Jordanian Air Force held joint exercises with the Qatar Emiri Air Force.": ("JOR", "QAT"),
        "The Ethiopian National Defense Force held joint drills with the Sudanese Armed Forces.": ("ETH", "SDN"),
        "SEMAR held joint naval drills with the Colombian Navy.": ("COL", "MEX"),
    }
    for sentence, codes in cases.items():
        assert (codes, "EXERCISE") in keys(analyze(sentence)), sentence


def test_a_co_developer_is_no_buyer(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "The contract is India's first export of the missile, developed with Russia.")
    assert not [e for e in events if e.type == "ARMS_TRANSFER"]
    assert find(events, "JOINT_DEVELOPMENT", ("IND", "RUS")).stage == "COMPLETED"
    events = analyze(_CONTEXT + "Pakistan flies the JF-17 fighter, which it developed with China.")
    assert (("CHN", "PAK"), "JOINT_DEVELOPMENT") in keys(events)


def test_an_ambassador_signing_in_the_host_capital_is_no_visit(analyze: Analyze) -> None:
    text = _CONTEXT + (
        "The memorandum was signed in Hanoi by Australia's ambassador and officials of Vietnam's defence ministry."
    )
    events = analyze(text)
    assert (("AUS", "VNM"), "AGREEMENT") in keys(events)
    assert not [e for e in events if e.type == "VISIT"]


def test_setting_up_a_joint_force_is_general_cooperation_of_its_members(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Chad and Niger agreed to set up a joint force to fight Boko Haram.")
    assert (("NER", "TCD"), "GENERAL") in keys(events)
    events = analyze(_CONTEXT + "Burkina Faso, Mali and Niger announced a joint military force of 5,000 troops.")
    assert (("BFA", "MLI", "NER"), "GENERAL") in keys(events)


def test_a_craft_noun_after_a_number_is_the_object_not_a_compound(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Indonesia ordered six jets from France.")
    assert find(events, "ARMS_TRANSFER", ("FRA", "IDN")).direction == ("FRA", "IDN")
    events = analyze(_CONTEXT + "Nigeria received two Chinese-built ships from China.")
    assert (("CHN", "NGA"), "ARMS_TRANSFER") in keys(events)
    assert not analyze(_CONTEXT + "Kenya and Britain share training aircraft.")


def test_a_craft_noun_right_after_a_verb_is_its_object(analyze: Analyze) -> None:
    for verb in ("is buying jets from", "bought aircraft from", "obtained boats from"):
        events = analyze(_CONTEXT + f"Somalia {verb} Turkey last year.")
        assert find(events, "ARMS_TRANSFER", ("SOM", "TUR")).direction == ("TUR", "SOM"), verb
    events = analyze(_CONTEXT + "Turkey shipped armoured vehicles to Somalia.")
    assert (("SOM", "TUR"), "ARMS_TRANSFER") in keys(events)


def test_a_base_opened_abroad_is_access_with_the_host(analyze: Analyze) -> None:
    base = find(analyze(_CONTEXT + "Turkey has a military base in Somalia."), "ACCESS", ("SOM", "TUR"))
    assert base.stage == "ONGOING"
    base = find(analyze(_CONTEXT + "Russia will set up a naval base in Sudan."), "ACCESS", ("RUS", "SDN"))
    assert base.stage == "PLANNED"
    events = analyze(_CONTEXT + "The leaders met at the US naval base in San Diego.")
    assert not [e for e in events if e.type == "ACCESS"]


def test_a_deal_to_supply_makes_its_subject_the_supplier(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Turkey signed a deal to build corvettes in Egypt.")
    assert find(events, "ARMS_TRANSFER", ("EGY", "TUR")).direction == ("TUR", "EGY")
    events = analyze(_CONTEXT + "Egypt signed a deal to buy K9 howitzers from South Korea.")
    assert find(events, "ARMS_TRANSFER", ("EGY", "KOR")).direction == ("KOR", "EGY")


def test_an_alliance_that_labels_a_member_is_no_party(analyze: Analyze) -> None:
    assert keys(analyze(_CONTEXT + "NATO member Turkey hosted joint drills with Azerbaijan.")) == {
        (("AZE", "TUR"), "EXERCISE")
    }
    events = analyze(_CONTEXT + "Greece, a fellow EU member, signed a defence pact with Cyprus.")
    assert keys(events) == {(("CYP", "GRC"), "AGREEMENT")}
    events = analyze(_CONTEXT + "NATO members pledged military aid to Ukraine.")
    assert (("NATO", "UKR"), "ARMS_TRANSFER") in keys(events)


def test_a_descriptive_subject_refers_to_the_previous_subject(analyze: Analyze) -> None:
    cases = {
        "Morocco is expanding its air force. The kingdom signed a contract with the United States for F-16 jets.":
            ("USA", "MAR"),
        "Qatar has bought many weapons. The Gulf state ordered 12 Rafale jets from France in 2015.": ("FRA", "QAT"),
        "Ghana has modernised its navy. The West African country received two patrol boats from China.":
            ("CHN", "GHA"),
        "Uzbekistan wants new jets. Its air force signed a deal with China for J-10C fighters.": ("CHN", "UZB"),
    }
    for text, direction in cases.items():
        transfers = [e for e in analyze(_CONTEXT + text) if e.type == "ARMS_TRANSFER"]
        assert [e.direction for e in transfers] == [direction], text


def test_customers_of_it_refer_to_the_system_of_the_sentence_before(analyze: Analyze) -> None:
    text = (
        "Egypt bought K9 howitzers from South Korea. Hanwha has exported the K9 Thunder to many states. "
        "India was its first foreign customer, and Australia and Norway have since received it."
    )
    directions = {e.direction for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert {("KOR", "EGY"), ("KOR", "IND"), ("KOR", "AUS"), ("KOR", "NOR")} <= directions


def test_a_hosted_exercise_joins_the_host_and_every_visiting_navy(analyze: Analyze) -> None:
    text = _CONTEXT + "Colombia hosted the UNITAS naval exercise with ships from Brazil and Chile on Monday."
    assert (("BRA", "CHL", "COL"), "EXERCISE") in keys(analyze(text))


def test_a_regional_adjective_in_a_name_is_no_union(analyze: Analyze) -> None:
    text = _CONTEXT + "Morocco and the United States opened the African Lion exercise in Agadir on Monday."
    assert keys(analyze(text)) == {(("MAR", "USA"), "EXERCISE")}


def test_sending_weapons_is_a_transfer_and_sending_troops_is_personnel(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "North Korea sent artillery shells to Russia on Monday.")
    assert find(events, "ARMS_TRANSFER", ("PRK", "RUS")).direction == ("PRK", "RUS")
    assert keys(analyze(_CONTEXT + "Turkey sent troops to Libya on Monday.")) == {(("LBY", "TUR"), "PERSONNEL")}
    assert not analyze(_CONTEXT + "Egypt sent warships to the Red Sea on Monday.")


def test_the_source_of_a_report_receives_for_its_own_forces(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Pakistan's army said China delivered J-10C jets to its air force on Monday.")
    assert find(events, "ARMS_TRANSFER", ("CHN", "PAK")).direction == ("CHN", "PAK")
    events = analyze(_CONTEXT + "The Nigerian Air Force said Italy will deliver six helicopters to its fleet.")
    assert find(events, "ARMS_TRANSFER", ("ITA", "NGA")).direction == ("ITA", "NGA")
    events = analyze(_CONTEXT + "Ukraine says Iran has supplied Russia with ballistic missiles.")
    assert keys(events) == {(("IRN", "RUS"), "ARMS_TRANSFER")}


def test_a_losing_bidder_never_supplies_the_winning_purchase(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Peru selected Korean frigates over competing offers from Spain and Italy.")
    assert {(e.direction, e.stage) for e in events} == {(("ESP", "PER"), "REJECTED"), (("ITA", "PER"), "REJECTED")}


def test_considered_purchases_are_bids_of_each_maker(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Argentina had considered Chinese JF-17 jets and Indian Tejas fighters.")
    assert {e.direction for e in events} == {("CHN", "ARG"), ("IND", "ARG")}
    events = analyze(_CONTEXT + "Egypt is eyeing Chinese J-10C fighters.")
    assert find(events, "ARMS_TRANSFER", ("CHN", "EGY")).stage == "DISCUSSION"


def test_a_deal_on_a_defence_matter_is_an_agreement_unless_it_is_a_purchase(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Singapore and Australia signed a deal on military training areas in Queensland.")
    assert (("AUS", "SGP"), "AGREEMENT") in keys(events)
    events = analyze(_CONTEXT + "Egypt signed a deal on the purchase of 30 Rafale jets from France.")
    assert keys(events) == {(("EGY", "FRA"), "ARMS_TRANSFER")}


def test_a_participial_clause_adds_no_party(analyze: Analyze) -> None:
    text = _CONTEXT + (
        "Baykar makes drones. Its systems, particularly those delivered to Ukraine, have proven successful, "
        "attracting attention from NATO allies."
    )
    assert not [e for e in analyze(text) if "NATO" in e.codes]


def test_russias_africa_corps_is_russian(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "The Africa Corps began training Malian troops in Bamako.")
    assert (("MLI", "RUS"), "PERSONNEL") in keys(events)


def test_a_rival_offer_goes_to_the_documents_buyer(analyze: Analyze) -> None:
    text = _CONTEXT + (
        "Colombia signed a deal to buy 17 Gripen jets from Sweden. "
        "France's Dassault has separately offered its Rafale for the air force's next requirement."
    )
    assert find(analyze(text), "ARMS_TRANSFER", ("COL", "FRA")).direction == ("FRA", "COL")


def test_an_agreement_to_produce_is_joint_development(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Turkey's Baykar signed an agreement to produce drones in Indonesia.")
    assert keys(events) == {(("IDN", "TUR"), "JOINT_DEVELOPMENT")}
    events = analyze(_CONTEXT + "Rheinmetall and Romania agreed to manufacture ammunition at a new plant.")
    assert (("DEU", "ROU"), "JOINT_DEVELOPMENT") in keys(events)


def test_a_choice_over_a_rival_pairs_only_the_winner_with_the_buyer(analyze: Analyze) -> None:
    events = analyze("Setback for Embraer as Portugal chooses Swedish Gripen jets over the Rafale\n" + _CONTEXT)
    transfers = [e for e in events if e.type == "ARMS_TRANSFER"]
    assert {e.direction for e in transfers if e.stage != "REJECTED"} == {("SWE", "PRT")}
    assert {e.direction for e in transfers if e.stage == "REJECTED"} == {("FRA", "PRT")}  # the Rafale lost


def test_a_transfer_word_that_modifies_a_noun_states_no_transfer(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "In a blow to Brazil's defence export ambitions, Chile decided to go for Swedish jets.")
    assert {e.direction for e in events} == {("SWE", "CHL")}


def test_a_visit_phrase_before_a_comma_names_the_host_only(analyze: Analyze) -> None:
    text = _CONTEXT + "During his visit to Ankara, Pakistan's army chief met Turkish commanders."
    assert find(analyze(text), "VISIT", ("PAK", "TUR")).direction == ("PAK", "TUR")
    text = _CONTEXT + "The Indian defence minister paid visits to Hanoi, Manila and Jakarta."
    assert {e.direction for e in analyze(text)} == {("IND", "VNM"), ("IND", "PHL"), ("IND", "IDN")}


def test_a_foreign_official_in_talks_under_the_dateline_visits_its_state(analyze: Analyze) -> None:
    text = (
        "Air defence deal\nDOHA, March 3 -\nThe defence ministry signed a deal for air defence radars. "
        "Turkey's defence minister Yasar Guler held talks with Qatari officials on defence cooperation."
    )
    assert find(analyze(text), "VISIT", ("QAT", "TUR")).direction == ("TUR", "QAT")
    text = "Summit plans\nTOKYO, May 2 -\nThe defence ministry said Kishida and Yoon will hold talks next week."
    assert not [e for e in analyze(text) if e.type == "VISIT"]


def test_states_reacting_to_a_pact_are_not_its_parties(analyze: Analyze) -> None:
    text = _CONTEXT + "Russia and Iran signed a defence treaty. Azerbaijan and Turkey voiced concern over the treaty."
    assert {tuple(e.codes) for e in analyze(text)} == {("IRN", "RUS")}


def test_a_maker_of_another_item_is_no_recipient(analyze: Analyze) -> None:
    events = analyze(
        "Thailand's navy said it would buy a Chinese-made diesel engine for its submarine after Germany refused "
        "to export the engine originally specified."
    )
    assert find(events, "ARMS_TRANSFER", ("CHN", "THA")).direction == ("CHN", "THA")
    assert not [e for e in events if set(e.codes) == {"CHN", "DEU"}]
    events = analyze("Peru will buy South Korean-built frigates because Spain declined to sell its design.")
    assert find(events, "ARMS_TRANSFER", ("KOR", "PER")).direction == ("KOR", "PER")
    assert find(events, "ARMS_TRANSFER", ("ESP", "PER")).direction == ("ESP", "PER")
    assert not [e for e in events if set(e.codes) == {"ESP", "KOR"}]


def test_a_force_that_left_is_background_not_a_party(analyze: Analyze) -> None:
    events = analyze("Mali's junta has relied on Russian military instructors since 2021, after the withdrawal of "
                     "French forces.")
    assert keys(events) == {(("MLI", "RUS"), "PERSONNEL")}
    events = analyze("Niger signed a security agreement with Russia in January, following the departure of US "
                     "troops from the country.")
    assert keys(events) == {(("NER", "RUS"), "AGREEMENT")}


@pytest.mark.parametrize(
    ("text", "codes", "direction"),
    [
        ("Morocco and Israel signed a deal for the supply of Hermes 900 drones, officials said.",
         ("ISR", "MAR"), ("ISR", "MAR")),
        ("Serbia and China signed a contract for the delivery of FK-3 air defence systems.",
         ("CHN", "SRB"), ("CHN", "SRB")),
        ("Indonesia and France agreed on the sale of 42 Rafale fighter jets, officials in Jakarta said.",
         ("FRA", "IDN"), ("FRA", "IDN")),
    ],
)
def test_a_named_systems_maker_supplies_when_both_sides_are_the_subject(
    analyze: Analyze, text: str, codes: tuple[str, ...], direction: tuple[str, str]
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).direction == direction


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Belgium's navy will use drones. The ships were ordered in 2019 from the French shipbuilder Naval Group "
         "by Belgium and the Netherlands, the ministry said.", [("BEL", "FRA"), ("FRA", "NLD")]),
        ("Kenya's army has new vehicles. The vehicles were ordered in 2021 from South Africa's Paramount Group by "
         "Kenya and Uganda, officials said.", [("KEN", "ZAF"), ("UGA", "ZAF")]),
    ],
)
def test_a_passive_order_reaches_its_buyers_past_the_sellers_group(
    analyze: Analyze, text: str, pairs: list[tuple[str, str]]
) -> None:
    events = analyze(text)
    for codes in pairs:
        assert find(events, "ARMS_TRANSFER", codes).stage == "AGREED"


def test_a_coordinated_clause_with_its_own_subject_ends_a_transfers_suppliers(analyze: Analyze) -> None:
    text = ("Chile flies second-hand F-16s that it bought from the Netherlands, and it is taking delivery of "
            "more used jets from Norway, the air force said.")
    transfers = {(e.direction, e.stage) for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert (("NLD", "CHL"), "COMPLETED") in transfers
    assert (("NOR", "CHL"), "COMPLETED") not in transfers


def test_cooperation_also_agreed_by_a_named_pair_is_between_them(analyze: Analyze) -> None:
    text = ("Jakarta has also ordered two submarines from France. Indonesia and Italy last year also agreed to step "
            "up cooperation in the defence industry, the ministry said.")
    general = {tuple(e.codes) for e in analyze(text) if e.type == "GENERAL"}
    assert general == {("IDN", "ITA")}


def test_others_that_also_ordered_the_jet_bought_it_from_the_storys_seller(analyze: Analyze) -> None:
    text = ("Greece on Thursday signed a contract to buy 20 F-35A fighters from the United States. Greece also "
            "flies Mirage jets bought from France. The deal puts Greece alongside Poland and Finland, which have "
            "also ordered the stealth jet.")
    directions = {e.direction for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert {("USA", "POL"), ("USA", "FIN")} <= directions
    assert not directions & {("FRA", "POL"), ("FRA", "FIN"), ("GRC", "POL"), ("POL", "GRC")}


def test_each_listed_system_comes_from_its_own_supplier(analyze: Analyze) -> None:
    text = ("Kenya's air force has taken delivery of 12 light attack aircraft from the United States and three "
            "JF-17 jets built by the Pakistan Aeronautical Complex, officials said.")
    directions = {e.direction for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert {("USA", "KEN"), ("PAK", "KEN")} <= directions


def test_officers_attending_courses_abroad_is_training_not_a_visit(analyze: Analyze) -> None:
    events = analyze("Jordanian army officers regularly attend courses at the NATO Defense College in Rome.")
    assert {e.type for e in events} == {"PERSONNEL"}


def test_a_seller_named_far_along_a_list_of_orders_still_supplies(analyze: Analyze) -> None:
    text = ("Jakarta has also ordered two Scorpene Evolved submarines from France, to be built in Surabaya by state "
            "shipbuilder PT PAL with French technology, and two Istif-class frigates from Turkey.")
    directions = {e.direction for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert {("FRA", "IDN"), ("TUR", "IDN")} <= directions


def test_a_far_seller_after_another_purchase_verb_is_that_purchases(analyze: Analyze) -> None:
    text = ("Armenia signed a contract on Tuesday to buy CAESAR howitzers from France, the latest sign that Yerevan "
            "is trying to loosen its dependence on Moscow after three decades of buying most of its arms from Russia.")
    stages = {(e.direction, e.stage) for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert (("RUS", "ARM"), "AGREED") not in stages


def test_equipment_made_in_a_state_comes_from_it(analyze: Analyze) -> None:
    text = "Ghana's air force operates C295 transport aircraft made in Spain, the defence ministry said."
    assert ("ESP", "GHA") in {e.direction for e in analyze(text) if e.type == "ARMS_TRANSFER"}


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam became the second foreign customer of the India-Russia BrahMos cruise missile last year.",
        "Kenya is the latest buyer of the Franco-German Tiger helicopter, officials in Nairobi said.",
    ],
)
def test_states_joined_by_a_hyphen_before_a_weapon_are_its_makers_not_a_dyad(analyze: Analyze, text: str) -> None:
    transfers = [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
    assert not [e for e in transfers if set(e.codes) in ({"IND", "RUS"}, {"DEU", "FRA"})]


def test_a_hyphenated_dyad_before_talks_is_still_a_dyad(analyze: Analyze) -> None:
    text = "The India-Russia talks on the supply of more S-400 missile systems ended in Moscow on Friday."
    assert (("IND", "RUS"), "ARMS_TRANSFER") in keys(analyze(text))


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Argentina had evaluated the Chinese JF-17 and Indian Tejas before opting for the F-16.", ("USA", "ARG")),
        ("Croatia looked at Swedish Gripens and Israeli F-16s before choosing French Rafale jets.", ("FRA", "HRV")),
    ],
)
def test_the_main_subject_chooses_after_a_subordinator(analyze: Analyze, text: str, direction: tuple[str, str]) -> None:
    chosen = {e.direction for e in analyze(text) if e.type == "ARMS_TRANSFER" and e.stage == "AGREED"}
    assert chosen == {direction}
