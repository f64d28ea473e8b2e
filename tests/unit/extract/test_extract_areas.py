"""Areas of events: reporter terms, definite back-references and carried areas."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "etype", "codes", "area"),
    [
        ("Vietnam's air force bought six bombers from Russia in 2019.", "ARMS_TRANSFER", ("RUS", "VNM"),
         "MILITARY_AIRCRAFT"),
        ("Chile's defence ministry has ordered eight training aircraft from Brazil.", "ARMS_TRANSFER",
         ("BRA", "CHL"), "MILITARY_AIRCRAFT"),
        ("Egypt's military bought surface-to-air systems from Russia in 2015.", "ARMS_TRANSFER", ("EGY", "RUS"),
         "AIR_MISSILE_DEFENSE"),
        ("Morocco's army purchased SAMs from the United States last year.", "ARMS_TRANSFER", ("MAR", "USA"),
         "AIR_MISSILE_DEFENSE"),
        ("Peru's army will buy self-propelled guns from South Korea.", "ARMS_TRANSFER", ("KOR", "PER"),
         "LAND_SYSTEMS"),
        ("Kenya is deploying a battalion of peacekeepers to the United Nations mission in South Sudan.",
         "PERSONNEL", ("KEN", "UN"), "PEACEKEEPING"),
        ("The armies of Ghana and Morocco held joint drills under a United Nations mandate.", "EXERCISE",
         ("GHA", "MAR"), "PEACEKEEPING"),
        ("Brazil and Sweden will co-produce the jets at an assembly plant in Sao Paulo.", "JOINT_DEVELOPMENT",
         ("BRA", "SWE"), "ADVANCED_MANUFACTURING"),
        ("The defence ministers of Canada and Norway signed a cross-servicing agreement.", "ACCESS",
         ("CAN", "NOR"), "LOGISTICS"),
        ("The navies of Oman and India signed a white shipping agreement in 2019.", "AGREEMENT", ("IND", "OMN"),
         "MARITIME_SECURITY"),
        ("Japan and the Philippines will hold joint mine warfare drills in Manila Bay next month.", "EXERCISE",
         ("JPN", "PHL"), "MINE_COUNTERMEASURES"),
        ("Nigeria's army bought Belgian machine guns and grenades in 2021.", "ARMS_TRANSFER", ("BEL", "NGA"),
         "LAND_SYSTEMS"),
        ("Israel's Rafael and the US firm Raytheon will produce Tamir interceptors in Arkansas under a joint venture.",
         "JOINT_DEVELOPMENT", ("ISR", "USA"), "MISSILES"),
    ],
)
def test_reporter_terms_name_areas(analyze: Analyze, text: str, etype: str, codes: tuple[str, str], area: str) -> None:
    assert area in find(analyze(text), etype, codes).areas


def test_a_surface_to_air_missile_is_air_defense_and_a_missile(analyze: Analyze) -> None:
    text = "Turkey's air force bought surface-to-air missiles from Italy in 2020."
    assert {"AIR_MISSILE_DEFENSE", "MISSILES"} <= set(find(analyze(text), "ARMS_TRANSFER", ("ITA", "TUR")).areas)


def test_the_exercise_restating_a_multinational_one_adds_its_areas(analyze: Analyze) -> None:
    text = (
        "Navies from Brazil, Chile, Peru and Colombia began a joint exercise off Valparaiso on Monday. "
        "The Chilean Navy said the exercise would improve interoperability between the four fleets."
    )
    exercise = find(analyze(text), "EXERCISE", ("BRA", "CHL", "COL", "PER"))
    assert "INTEROPERABILITY" in exercise.areas


def test_the_exercise_of_a_grouping_restates_its_members_exercise(analyze: Analyze) -> None:
    text = (
        "Warships from Australia, India, Japan and the United States began drills in the Arabian Sea. "
        "The exercise is aimed at enhancing interoperability among the navies of the Quad."
    )
    exercise = find(analyze(text), "EXERCISE", ("AUS", "IND", "JPN", "USA"))
    assert "INTEROPERABILITY" in exercise.areas


def test_a_definite_exercise_with_other_parties_keeps_its_areas(analyze: Analyze) -> None:
    text = (
        "France and Morocco held joint drills near Agadir last week. "
        "Spain and Portugal said the exercise they host in May will focus on counterterrorism."
    )
    drills = find(analyze(text), "EXERCISE", ("FRA", "MAR"))
    assert "COUNTERTERRORISM" not in drills.areas


def test_the_contents_of_a_deal_referred_back_to_are_its_areas(analyze: Analyze) -> None:
    text = (
        "Kazakhstan signed a contract to buy Turkish Anka drones. "
        "The deal covers ground stations, spare parts and logistics support for its air force."
    )
    assert {"UAV", "LOGISTICS"} <= set(find(analyze(text), "ARMS_TRANSFER", ("KAZ", "TUR")).areas)


def test_production_in_a_deal_is_not_an_area_of_the_purchase(analyze: Analyze) -> None:
    text = (
        "Greece's navy signed a contract for three French frigates. "
        "The contract includes a production facility at Skaramangas."
    )
    events = analyze(text)
    assert "ADVANCED_MANUFACTURING" not in find(events, "ARMS_TRANSFER", ("FRA", "GRC")).areas
    assert "ADVANCED_MANUFACTURING" in find(events, "JOINT_DEVELOPMENT", ("FRA", "GRC")).areas


def test_training_in_a_package_is_for_the_equipment_bought(analyze: Analyze) -> None:
    text = (
        "Indonesia's air force has ordered twelve Brazilian Super Tucano aircraft. "
        "Officials said the package includes logistics support and training for pilots and maintenance crews."
    )
    events = analyze(text)
    assert "LOGISTICS" in find(events, "ARMS_TRANSFER", ("BRA", "IDN")).areas
    assert find(events, "PERSONNEL", ("BRA", "IDN")).areas == ["MILITARY_AIRCRAFT"]


def test_maintenance_crews_are_people_not_logistics(analyze: Analyze) -> None:
    text = (
        "Serbia's army bought Chinese FK-3 air defence systems in 2022. "
        "Serbian pilots and maintenance crews spent months in training in China."
    )
    assert all("LOGISTICS" not in e.areas for e in analyze(text))


def test_areas_stop_at_a_trigger_that_states_another_event(analyze: Analyze) -> None:
    text = (
        "Poland signed an agreement to buy American HIMARS launchers and a separate accord that lets "
        "US ships be repaired at Gdansk."
    )
    transfer = find(analyze(text), "ARMS_TRANSFER", ("POL", "USA"))
    assert "LAND_SYSTEMS" in transfer.areas and "LOGISTICS" not in transfer.areas


def test_what_a_deal_provides_for_is_an_area_of_the_deal(analyze: Analyze) -> None:
    text = (
        "Chile and Spain signed a defence cooperation agreement in Madrid on Tuesday. "
        "Under the agreement, Spain will sell Chile two used frigates."
    )
    events = analyze(text)
    assert "NAVAL_VESSELS" in find(events, "AGREEMENT", ("CHL", "ESP")).areas
    assert "NAVAL_VESSELS" in find(events, "ARMS_TRANSFER", ("CHL", "ESP")).areas


def test_a_later_purchase_not_under_the_deal_leaves_it_alone(analyze: Analyze) -> None:
    text = (
        "Argentina and Denmark signed a defence agreement in Buenos Aires on Monday. "
        "Argentina's navy also plans to buy Danish patrol vessels in 2026."
    )
    assert find(analyze(text), "AGREEMENT", ("ARG", "DNK")).areas == []


def test_the_jets_are_the_jets_named_before(analyze: Analyze) -> None:
    text = (
        "Three Swedish Gripen jets landed at Ovda air base in Israel on Monday. "
        "The jets will hold joint training with Israel's air force this week."
    )
    assert "FIGHTER_AIRCRAFT" in find(analyze(text), "EXERCISE", ("ISR", "SWE")).areas


def test_the_weapon_is_the_latest_system_named(analyze: Analyze) -> None:
    text = (
        "South Korea has won a contract to supply Romania with its K9 Thunder howitzer. "
        "Romania is the second European customer for the weapon, after Norway, which ordered it in 2017."
    )
    assert "LAND_SYSTEMS" in find(analyze(text), "ARMS_TRANSFER", ("KOR", "NOR")).areas


def test_a_referring_noun_of_another_kind_takes_no_area(analyze: Analyze) -> None:
    text = (
        "Italy sent two Eurofighter jets to Alaska in June. "
        "The ships will hold joint drills with the US Navy next month."
    )
    assert find(analyze(text), "EXERCISE", ("ITA", "USA")).areas == []


def test_a_coordinated_cooperation_item_ends_the_areas_before_it(analyze: Analyze) -> None:
    text = "Peru and Spain will hold joint exercises on mine clearance and potential cooperation on cyber defence."
    exercise = find(analyze(text), "EXERCISE", ("ESP", "PER"))
    assert exercise.areas == ["MINE_COUNTERMEASURES"]


def test_cooperation_as_the_topic_of_talks_keeps_their_areas(analyze: Analyze) -> None:
    text = "The defence ministers of Chile and Brazil held talks in Brasilia on Monday on drone and space cooperation."
    assert {"UAV", "SPACE"} <= set(find(analyze(text), "DIALOGUE", ("BRA", "CHL")).areas)


def test_a_sentence_placed_at_the_end_of_a_visit_gives_the_visit_no_areas(analyze: Analyze) -> None:
    text = (
        "Australia's defence minister visited Jakarta on Monday for talks with his Indonesian counterpart. "
        "At the end of the visit, the two sides said they would study joint production of patrol boats."
    )
    assert find(analyze(text), "VISIT", ("AUS", "IDN")).areas == []


def test_the_words_before_a_trigger_are_its_own_topic(analyze: Analyze) -> None:
    text = (
        "Over the past decade Oman has concluded with India a military information sharing agreement in 2018, "
        "a logistics exchange memorandum in 2020 and a maritime security pact in 2022."
    )
    events = analyze(text)
    assert find(events, "INFO_SHARING", ("IND", "OMN")).areas == []
    assert "LOGISTICS" in find(events, "AGREEMENT", ("IND", "OMN")).areas


@pytest.mark.parametrize(
    ("text", "codes", "subject", "platform"),
    [
        ("India signed a deal to buy 26 French Rafale jets for deployment on board its aircraft carrier INS Vikrant.",
         ("FRA", "IND"), "FIGHTER_AIRCRAFT", "NAVAL_VESSELS"),
        ("Indonesia will buy Italian missiles to equip its navy's frigates.", ("IDN", "ITA"), "MISSILES",
         "NAVAL_VESSELS"),
        ("Greece will equip its frigates with French Exocet missiles under a new contract with France.",
         ("FRA", "GRC"), "MISSILES", "NAVAL_VESSELS"),
    ],
)
def test_the_platform_that_carries_the_equipment_is_not_its_area(
    analyze: Analyze, text: str, codes: tuple[str, str], subject: str, platform: str
) -> None:
    transfer = find(analyze(text), "ARMS_TRANSFER", codes)
    assert subject in transfer.areas and platform not in transfer.areas


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Peru's air force will retire its ageing Mirage 2000 fighters, which were bought from France in the 1980s.",
         ("FRA", "PER"), "FIGHTER_AIRCRAFT"),
        ("Chile's navy will decommission two old frigates, which were purchased from the Netherlands in 2006.",
         ("CHL", "NLD"), "NAVAL_VESSELS"),
    ],
)
def test_what_a_relative_clause_says_was_bought_is_its_antecedent(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "ARMS_TRANSFER", codes).areas


def test_a_trigger_word_inside_an_area_term_does_not_end_the_list(analyze: Analyze) -> None:
    text = (
        "Vietnam and South Korea have identified joint projects in drones, robotics, lithium-ion battery "
        "technology and radars, officials said on Monday."
    )
    project = find(analyze(text), "JOINT_DEVELOPMENT", ("KOR", "VNM"))
    assert {"UAV", "ROBOTICS", "ENERGY_STORAGE", "SENSORS"} <= set(project.areas)


def test_an_aside_before_the_trigger_describes_a_party(analyze: Analyze) -> None:
    text = "Kenya, whose coast guard is small, bought Turkish drones in 2022."
    assert find(analyze(text), "ARMS_TRANSFER", ("KEN", "TUR")).areas == ["UAV"]


def test_the_pact_may_be_an_information_sharing_agreement(analyze: Analyze) -> None:
    text = (
        "Japan and Australia signed a general security of military information agreement in Tokyo in 2012. "
        "The pact allows the two navies to exchange classified information on Chinese submarines."
    )
    assert "SUBMARINES" in find(analyze(text), "INFO_SHARING", ("AUS", "JPN")).areas


def test_what_a_clause_opening_under_which_depends_on_is_its_topic(analyze: Analyze) -> None:
    text = (
        "Poland's PGZ and South Korea's Hanwha Aerospace announced a partnership to build armoured vehicles, "
        "under which the two firms will set up a joint venture in Stalowa Wola."
    )
    assert "LAND_SYSTEMS" in find(analyze(text), "JOINT_DEVELOPMENT", ("KOR", "POL")).areas


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("The Philippine Air Force took delivery of the last batch of five helicopters from Poland on Thursday.",
         ("PHL", "POL"), "MILITARY_AIRCRAFT"),
        ("Estonia received the second batch of K9 howitzers from South Korea in March.", ("EST", "KOR"),
         "LAND_SYSTEMS"),
    ],
)
def test_a_batch_word_does_not_end_the_delivery_scope(analyze: Analyze, text: str, codes: tuple[str, ...],
                                                      area: str) -> None:
    assert area in find(analyze(text), "ARMS_TRANSFER", codes).areas


@pytest.mark.parametrize(
    ("text", "codes", "areas"),
    [
        ("Ghana signed a contract to buy Turkish Cobra armoured vehicles, the latest sign that Accra is trying to "
         "loosen its dependence on Moscow after two decades of buying most of its weapons from Russia.",
         ("GHA", "RUS"), []),
        ("Vietnam ordered Korean K9 howitzers this year, a sign that Hanoi is reducing its reliance on Moscow after "
         "decades of buying arms from Russia.", ("RUS", "VNM"), []),
        ("Su-30 jets, including aircraft supplied by Russia, make up most of the Algerian fleet.", ("DZA", "RUS"),
         ["FIGHTER_AIRCRAFT"]),
    ],
)
def test_a_transfer_without_its_own_weapon_words_takes_none_across_a_clause(
    analyze: Analyze, text: str, codes: tuple[str, ...], areas: list[str]
) -> None:
    events = [e for e in analyze(text) if e.type == "ARMS_TRANSFER" and tuple(e.codes) == codes]
    completed = [e for e in events if e.stage == "COMPLETED"]  # the past buying, or the jets supplied
    assert completed and all(sorted(e.areas) == areas for e in completed)


@pytest.mark.parametrize(
    ("text", "etype", "codes", "areas"),
    [
        ("The minister said French instructors would train Indonesian crews and that radar parts for the frigates "
         "could be built locally.", "PERSONNEL", ("FRA", "IDN"), []),
        ("Nigerian pilots have been trained by the Pakistan Air Force, and the base's new hangar is designed for the "
         "JF-17 fighters.", "PERSONNEL", ("NGA", "PAK"), []),
        ("Jordan will train Iraqi crews on drones and helicopters.", "PERSONNEL", ("IRQ", "JOR"),
         ["MILITARY_AIRCRAFT", "UAV"]),
        ("Kenya signed a deal to buy helicopters from Italy, and the two sides will also cooperate on cyber defence.",
         "ARMS_TRANSFER", ("ITA", "KEN"), ["MILITARY_AIRCRAFT"]),
    ],
)
def test_a_new_coordinated_clause_ends_the_area_scope(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], areas: list[str]
) -> None:
    assert sorted(find(analyze(text), etype, codes).areas) == areas


@pytest.mark.parametrize(
    ("text", "codes", "areas"),
    [
        ("Brazil's army has selected the Centauro II 8x8 tank destroyer offered by Italy.", ("BRA", "ITA"),
         ["LAND_SYSTEMS"]),
        ("India ordered two destroyers from Russia.", ("IND", "RUS"), ["NAVAL_VESSELS"]),
        ("India handed over a Dornier maritime reconnaissance aircraft to Sri Lanka.", ("IND", "LKA"),
         ["MILITARY_AIRCRAFT"]),
        ("Japan will sell P-1 patrol planes to New Zealand.", ("JPN", "NZL"), ["MILITARY_AIRCRAFT"]),
    ],
)
def test_platforms_named_by_their_role(analyze: Analyze, text: str, codes: tuple[str, ...], areas: list[str]) -> None:
    assert sorted(find(analyze(text), "ARMS_TRANSFER", codes).areas) == areas


@pytest.mark.parametrize(
    ("text", "codes", "areas"),
    [
        ("Egypt and Greece have begun a joint exercise in the Mediterranean. The Medusa 2024 exercise, staged off the "
         "Egyptian port of Alexandria, focuses on counter-terrorism and maritime security.", ("EGY", "GRC"),
         ["COUNTERTERRORISM", "MARITIME_SECURITY"]),
        ("Peru and Chile opened joint naval drills on Monday. The Sea Shield drills, based at the Peruvian port of "
         "Callao, include mine clearance.", ("CHL", "PER"), ["MINE_COUNTERMEASURES"]),
        ("Egypt and Greece have begun a joint exercise in the Mediterranean. Separately, Egyptian Navy officers said "
         "cyber defence was a priority.", ("EGY", "GRC"), []),
    ],
)
def test_a_named_exercise_referred_to_by_the_adds_its_areas(
    analyze: Analyze, text: str, codes: tuple[str, ...], areas: list[str]
) -> None:
    assert sorted(find(analyze(text), "EXERCISE", codes).areas) == areas


@pytest.mark.parametrize(
    ("text", "codes", "areas"),
    [
        ("The United States approved the sale of six attack helicopters to Kenya for counterterrorism operations. "
         "The package includes spare parts and training for Kenyan pilots.", ("KEN", "USA"), ["MILITARY_AIRCRAFT"]),
        ("Japan will sell six patrol vessels to Vietnam to boost maritime security. The deal includes training for "
         "Vietnamese crews.", ("JPN", "VNM"), ["NAVAL_VESSELS"]),
    ],
)
def test_training_in_a_package_takes_the_equipment_not_the_mission(
    analyze: Analyze, text: str, codes: tuple[str, ...], areas: list[str]
) -> None:
    assert sorted(find(analyze(text), "PERSONNEL", codes).areas) == areas


def test_training_without_parties_after_an_exercise_adds_to_the_exercise(analyze: Analyze) -> None:
    text = ("Soldiers from Ghana and Senegal are taking part in the drills near Dakar. The soldiers will train in "
            "countering improvised explosive devices.")
    assert "COUNTER_IED" in find(analyze(text), "EXERCISE", ("GHA", "SEN")).areas


def test_training_without_parties_is_not_added_to_a_purchase(analyze: Analyze) -> None:
    text = ("Ghana bought armoured vehicles from Turkey. The soldiers will train in countering improvised explosive "
            "devices.")
    assert "COUNTER_IED" not in find(analyze(text), "ARMS_TRANSFER", ("GHA", "TUR")).areas


@pytest.mark.parametrize(
    ("text", "area", "named"),
    [
        ("Guyana received a Dornier patrol aircraft from India to watch over its territory and maritime space.",
         "SPACE", False),
        ("Norway bought radars from Germany to guard its airspace and its maritime space.", "SPACE", False),
        ("India and Japan agreed to cooperate in space and cyber defence.", "SPACE", True),
    ],
)
def test_maritime_space_and_airspace_are_no_space_cooperation(
    analyze: Analyze, text: str, area: str, named: bool
) -> None:
    areas = {a for e in analyze(text) for a in e.areas}
    assert (area in areas) is named


@pytest.mark.parametrize(
    ("text", "missiles"),
    [
        ("South Korea will supply Iraq with its Cheongung II medium-range surface-to-air missile system.", False),
        ("Egypt ordered an air defence missile battery from Germany on Monday.", False),
        ("Armenia signed a contract with France for Mistral air defence missiles.", True),
        ("India will buy anti-ship missiles from Russia.", True),
    ],
)
def test_a_missile_word_inside_an_air_defence_system_is_no_missile_area(
    analyze: Analyze, text: str, missiles: bool
) -> None:
    areas = {a for e in analyze(text) if e.type == "ARMS_TRANSFER" for a in e.areas}
    assert ("MISSILES" in areas) is missiles
