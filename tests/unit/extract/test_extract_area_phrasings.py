"""Areas named in the many ways outlets phrase them: varied nouns for the same equipment or mission."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Egypt signed a deal with France for 30 additional combat planes, the defence ministry said.",
         ("EGY", "FRA"), "FIGHTER_AIRCRAFT"),
        ("Iraq received light attack jets from South Korea, the defence ministry said.", ("IRQ", "KOR"),
         "FIGHTER_AIRCRAFT"),
        ("New Zealand ordered maritime patrol planes from the United States, the defence ministry said.",
         ("NZL", "USA"), "MILITARY_AIRCRAFT"),
        ("Oman received two maritime surveillance aircraft from Spain, the defence ministry said.", ("ESP", "OMN"),
         "MILITARY_AIRCRAFT"),
        ("Greece ordered trainer planes from Israel, the defence ministry said.", ("GRC", "ISR"),
         "MILITARY_AIRCRAFT"),
        ("Jordan received six choppers from the United States, the defence ministry said.", ("JOR", "USA"),
         "MILITARY_AIRCRAFT"),
        ("Bangladesh ordered military airplanes from Italy, the defence ministry said.", ("BGD", "ITA"),
         "MILITARY_AIRCRAFT"),
        ("Ukraine received drone interceptors from Denmark, the defence ministry said.", ("DNK", "UKR"),
         "COUNTER_UAS"),
        ("Saudi Arabia ordered guided bombs from the United States, the defence ministry said.", ("SAU", "USA"),
         "MISSILES"),
        ("Estonia bought anti-tank guided weapons from Israel, the defence ministry said.", ("EST", "ISR"),
         "MISSILES"),
        ("Morocco ordered anti-air systems from Israel, the defence ministry said.", ("ISR", "MAR"),
         "AIR_MISSILE_DEFENSE"),
        ("Greece bought ground-based air defences from Israel, the defence ministry said.", ("GRC", "ISR"),
         "AIR_MISSILE_DEFENSE"),
        ("The Philippines received fast attack craft from Israel, the defence ministry said.", ("ISR", "PHL"),
         "NAVAL_VESSELS"),
        ("Thailand ordered a landing platform dock from China, the defence ministry said.", ("CHN", "THA"),
         "AMPHIBIOUS"),
        ("Egypt received a helicopter carrier from France, the defence ministry said.", ("EGY", "FRA"),
         "NAVAL_VESSELS"),
        ("Latvia ordered two mine-hunters from the Netherlands, the defence ministry said.", ("LVA", "NLD"),
         "MINE_COUNTERMEASURES"),
        ("Peru received military trucks from South Korea, the defence ministry said.", ("KOR", "PER"),
         "LAND_SYSTEMS"),
        ("Ghana received armoured cars from South Africa, the defence ministry said.", ("GHA", "ZAF"),
         "LAND_SYSTEMS"),
        ("Croatia received mine-resistant vehicles from the United States, the defence ministry said.",
         ("HRV", "USA"), "LAND_SYSTEMS"),
        ("Ukraine received mortar rounds from Bulgaria, the defence ministry said.", ("BGR", "UKR"),
         "LAND_SYSTEMS"),
        ("Poland ordered multiple launch rocket systems from the United States, the defence ministry said.",
         ("POL", "USA"), "LAND_SYSTEMS"),
        ("Chad received munitions from Turkey, the defence ministry said.", ("TCD", "TUR"), "LAND_SYSTEMS"),
    ],
)
def test_varied_equipment_nouns_name_their_area(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "ARMS_TRANSFER", codes).areas


@pytest.mark.parametrize(
    ("text", "etype", "codes", "area"),
    [
        ("Japan and Australia agreed to co-develop unmanned combat aircraft, the defence ministry said.",
         "JOINT_DEVELOPMENT", ("AUS", "JPN"), "UAV"),
        ("Canada and South Korea discussed cooperation on undersea warfare, the defence ministers said.",
         "DIALOGUE", ("CAN", "KOR"), "SUBMARINES"),
        ("Senegal and Spain agreed to cooperate on maritime defence, the defence ministers said.",
         "GENERAL", ("ESP", "SEN"), "MARITIME_SECURITY"),
        ("The armies of Chile and Argentina held joint drills in bomb disposal near Mendoza.",
         "EXERCISE", ("ARG", "CHL"), "COUNTER_IED"),
        ("Troops from Tanzania and India held joint exercises focused on countering terrorist groups.",
         "EXERCISE", ("IND", "TZA"), "COUNTERTERRORISM"),
        ("Vietnam and India agreed to cooperate on satellite communications, the defence ministers said.",
         "GENERAL", ("IND", "VNM"), "COMMUNICATIONS"),
        ("Finland and Sweden signed an agreement to train together in electronic-warfare tactics.",
         "EXERCISE", ("FIN", "SWE"), "ELECTRONIC_WARFARE"),
        ("Brazil and Portugal agreed to cooperate on decontamination units, the defence ministers said.",
         "GENERAL", ("BRA", "PRT"), "CBRN"),
    ],
)
def test_varied_mission_and_technology_words_name_their_area(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), etype, codes).areas


def test_a_term_written_out_beats_an_open_ending_over_the_same_words(analyze: Analyze) -> None:
    text = "Ukraine received drone-jamming equipment from Lithuania, the defence ministry said."
    areas = find(analyze(text), "ARMS_TRANSFER", ("LTU", "UKR")).areas
    assert "COUNTER_UAS" in areas
    assert "UAV" not in areas


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Slovakia received short-range air defense systems from Norway, the defence ministry said.",
         ("NOR", "SVK"), "AIR_MISSILE_DEFENSE"),
        ("Indonesia bought air-to-ground missiles from France, the defence ministry said.", ("FRA", "IDN"),
         "MISSILES"),
        ("Kazakhstan received medium-range rocket launchers from Turkey, the defence ministry said.",
         ("KAZ", "TUR"), "LAND_SYSTEMS"),
    ],
)
def test_a_place_noun_ending_a_hyphenated_modifier_keeps_the_transfer(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "ARMS_TRANSFER", codes).areas


def test_repairing_ties_is_not_logistics(analyze: Analyze) -> None:
    text = "Colombia and Ecuador agreed to deepen defence cooperation as they seek to repair ties."
    events = analyze(text)
    assert all("LOGISTICS" not in e.areas for e in events)


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Morocco has ordered more Bayraktar TB2 aircraft from Turkey, the defence ministry said. "
         "Ethiopia was its first African customer, and Niger has since received it too.", ("NER", "TUR"), "UAV"),
        ("The Czech Republic will lease more Gripen aircraft from Sweden, the defence ministry said. "
         "Hungary and Thailand have also bought it.", ("SWE", "THA"), "FIGHTER_AIRCRAFT"),
    ],
)
def test_a_customer_of_a_system_referred_to_by_pronoun_takes_its_areas(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "ARMS_TRANSFER", codes).areas


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Vietnam will export the Truong Son missile, developed with Belarus, to Laos, the defence ministry said.",
         ("BLR", "VNM"), "MISSILES"),
        ("The deal is Brazil's first export of the drone, developed with Portugal.", ("BRA", "PRT"), "UAV"),
        ("Seoul showed the new corvette, co-developed with Indonesia, at a defence fair in Busan.",
         ("IDN", "KOR"), "NAVAL_VESSELS"),
    ],
)
def test_a_reduced_relative_clause_takes_the_areas_of_the_noun_it_follows(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "JOINT_DEVELOPMENT", codes).areas


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Ecuador and Peru ended their summit with a pledge to work together more closely on defence.",
        "The defence ministers of Ghana and Togo agreed to work together to counter piracy in the gulf.",
    ],
)
def test_working_together_on_a_topic_is_not_interoperability(analyze: Analyze, text: str) -> None:
    events = analyze(text)
    assert events
    assert all("INTEROPERABILITY" not in e.areas for e in events)


def test_forces_able_to_work_together_is_interoperability(analyze: Analyze) -> None:
    text = (
        "Air forces from Chile, Brazil and Uruguay began a joint exercise near Santiago on Monday. "
        "The Chilean Air Force said the exercise would help the crews work together in a contested environment."
    )
    assert "INTEROPERABILITY" in find(analyze(text), "EXERCISE", ("BRA", "CHL", "URY")).areas


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Kenya and Uganda began joint drills near Kisumu. "
         "Kenyan helicopters, two frigates and a submarine took part in the exercise.",
         {"MILITARY_AIRCRAFT", "NAVAL_VESSELS", "SUBMARINES"}),
        ("Kenya and Uganda began joint drills near Kisumu. "
         "Kenyan fighter jets and special forces took part alongside Ugandan units in the drills.",
         {"FIGHTER_AIRCRAFT"}),
    ],
)
def test_everything_that_took_part_in_an_exercise_names_its_areas(
    analyze: Analyze, text: str, areas: set[str]
) -> None:
    assert areas <= set(find(analyze(text), "EXERCISE", ("KEN", "UGA")).areas)


def test_a_clause_before_the_participants_is_not_read_as_taking_part(analyze: Analyze) -> None:
    text = (
        "Peru and Ecuador began joint drills on their border on Monday. "
        "Peruvian tanks were shown at a parade in Lima, and Peruvian and Ecuadorian sailors took part in the drills."
    )
    assert "LAND_SYSTEMS" not in find(analyze(text), "EXERCISE", ("ECU", "PER")).areas


def test_ammunition_among_supplies_of_a_logistics_pact_is_not_land_systems(analyze: Analyze) -> None:
    text = (
        "Canada and South Korea signed an agreement on Monday that allows their forces to provide each other "
        "with fuel, water, ammunition and transport during exercises."
    )
    events = analyze(text)
    assert events
    assert all("LAND_SYSTEMS" not in e.areas for e in events)


def test_ammunition_bought_is_land_systems(analyze: Analyze) -> None:
    text = "Ukraine received artillery ammunition and rifles from Canada, the defence ministry said."
    assert "LAND_SYSTEMS" in find(analyze(text), "ARMS_TRANSFER", ("CAN", "UKR")).areas


def test_an_overhaul_of_the_armed_forces_is_not_logistics(analyze: Analyze) -> None:
    text = "Japan and Mongolia agreed to deepen defence cooperation as Ulaanbaatar plans an overhaul of its army."
    events = analyze(text)
    assert events
    assert all("LOGISTICS" not in e.areas for e in events)


def test_undersea_cables_are_not_submarines(analyze: Analyze) -> None:
    text = "Ireland and Norway agreed to cooperate on protecting submarine cables, the defence ministers said."
    areas = find(analyze(text), "GENERAL", ("IRL", "NOR")).areas
    assert "SUBMARINES" not in areas
    assert "UNDERWATER_SYSTEMS" in areas


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Georgia received anti-armour weapons from Poland, the defence ministry said.", ("GEO", "POL"),
         "LAND_SYSTEMS"),
        ("Thailand ordered two AEW&C aircraft from Sweden, the defence ministry said.", ("SWE", "THA"), "SENSORS"),
        ("Oman bought a new targeting system for its jets from France, the defence ministry said.", ("FRA", "OMN"),
         "SENSORS"),
        ("Jordan received laser guidance kits from the United States, the defence ministry said.", ("JOR", "USA"),
         "MISSILES"),
    ],
)
def test_more_equipment_phrasings_name_their_area(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "ARMS_TRANSFER", codes).areas


@pytest.mark.parametrize(
    ("text", "codes", "area"),
    [
        ("Poland's defence minister will hold talks in Seoul on Monday on defence industry cooperation, "
         "including the possible purchase of South Korean tanks.", ("KOR", "POL"), "LAND_SYSTEMS"),
        ("Indonesia's defence minister visited Ankara for talks about the joint production of drones with Turkey.",
         ("IDN", "TUR"), "UAV"),
    ],
)
def test_talks_take_the_areas_of_the_deal_they_are_about(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), "DIALOGUE", codes).areas


def test_talks_do_not_take_the_areas_of_a_later_clause(analyze: Analyze) -> None:
    text = (
        "The defence ministers of Spain and Morocco held talks on Monday, "
        "and Spain later agreed to sell drones to Morocco."
    )
    assert "UAV" not in find(analyze(text), "DIALOGUE", ("ESP", "MAR")).areas


def test_locally_built_names_manufacturing_of_a_joint_development(analyze: Analyze) -> None:
    text = "Egypt and South Korea agreed to co-develop howitzers that will be locally built near Cairo."
    assert "ADVANCED_MANUFACTURING" in find(analyze(text), "JOINT_DEVELOPMENT", ("EGY", "KOR")).areas


def test_in_the_fields_of_frames_the_areas_of_the_talks(analyze: Analyze) -> None:
    text = "The ministers of Tunisia and Italy discussed cooperation in the fields of coastal security and cyber."
    areas = find(analyze(text), "DIALOGUE", ("ITA", "TUN")).areas
    assert {"MARITIME_SECURITY", "CYBER"} <= set(areas)


def test_cooperation_in_areas_such_as_is_not_a_place(analyze: Analyze) -> None:
    text = "Poland and South Korea agreed to deepen defence cooperation in areas such as space and cyber defence."
    assert {"SPACE", "CYBER"} <= set(find(analyze(text), "GENERAL", ("KOR", "POL")).areas)


@pytest.mark.parametrize(
    ("text", "codes", "area", "not_area"),
    [
        ("Latvia bought new systems from Norway to defend against drone attacks, the defence ministry said.",
         ("LVA", "NOR"), "COUNTER_UAS", "UAV"),
        ("Poland ordered equipment from Germany to protect its airports against drones, the defence ministry said.",
         ("DEU", "POL"), "COUNTER_UAS", "UAV"),
        ("Saudi Arabia bought systems from the United States to intercept ballistic missiles, officials said.",
         ("SAU", "USA"), "AIR_MISSILE_DEFENSE", "MISSILES"),
    ],
)
def test_a_weapon_named_as_what_is_countered_names_its_defence(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str, not_area: str
) -> None:
    areas = find(analyze(text), "ARMS_TRANSFER", codes).areas
    assert area in areas
    assert not_area not in areas


@pytest.mark.parametrize(
    ("text", "etype", "codes", "area"),
    [
        ("Estonia and Finland agreed to cooperate against cyber threats, the defence ministers said.", "GENERAL",
         ("EST", "FIN"), "CYBER"),
        ("Japan and Australia agreed to cooperate against disinformation, the defence ministers said.", "GENERAL",
         ("AUS", "JPN"), "HYBRID_THREATS"),
        ("Israel and India agreed to jointly develop technology to counter drone threats, officials said.",
         "JOINT_DEVELOPMENT", ("IND", "ISR"), "COUNTER_UAS"),
    ],
)
def test_a_threat_to_a_defence_area_names_that_area(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, str], area: str
) -> None:
    assert area in find(analyze(text), etype, codes).areas


def test_coordinated_area_words_before_a_trigger_all_modify_it(analyze: Analyze) -> None:
    text = "Sweden and Finland also agreed to cooperate on radar and missile technologies, officials said."
    areas = find(analyze(text), "JOINT_DEVELOPMENT", ("FIN", "SWE")).areas
    assert {"SENSORS", "MISSILES"} <= set(areas)


def test_a_noun_before_a_coordinated_exercise_is_not_its_modifier(analyze: Analyze) -> None:
    text = (
        "Chile and Spain will study the development of a coastal radar and a joint combat jet exercise, "
        "the defence ministers said."
    )
    events = analyze(text)
    assert all("SENSORS" not in e.areas for e in events if e.type == "EXERCISE")


@pytest.mark.parametrize(
    ("text", "codes", "area", "not_area"),
    [
        ("Pakistan received two guided-missile frigates from China, the defence ministry said.", ("CHN", "PAK"),
         "NAVAL_VESSELS", "MISSILES"),
        ("Romania ordered a coastal defence missile system from the United States, the defence ministry said.",
         ("ROU", "USA"), "MISSILES", "MARITIME_SECURITY"),
    ],
)
def test_a_missile_word_naming_a_ship_class_or_a_coastal_battery(
    analyze: Analyze, text: str, codes: tuple[str, str], area: str, not_area: str
) -> None:
    areas = find(analyze(text), "ARMS_TRANSFER", codes).areas
    assert area in areas
    assert not_area not in areas


def test_what_was_deployed_for_an_exercise_names_its_areas(analyze: Analyze) -> None:
    text = (
        "Kenya and Uganda began joint drills near Kisumu on Monday. "
        "The Kenyan air force deployed fighter jets, a tanker aircraft and transport planes to Uganda for the drills."
    )
    areas = find(analyze(text), "EXERCISE", ("KEN", "UGA")).areas
    assert {"FIGHTER_AIRCRAFT", "MILITARY_AIRCRAFT"} <= set(areas)


@pytest.mark.parametrize(
    "follow_up",
    [
        "The troops will train to NATO standards in countering improvised explosive devices.",
        "The soldiers will train in convoy escort under United Nations procedures, including countering "
        "improvised explosive devices.",
    ],
)
def test_a_party_name_qualifying_a_norm_does_not_stop_areas_reaching_the_exercise(
    analyze: Analyze, follow_up: str
) -> None:
    text = f"Troops from Kenya, Uganda and the United States began a joint exercise in Nairobi on Monday. {follow_up}"
    assert "COUNTER_IED" in find(analyze(text), "EXERCISE", ("KEN", "UGA", "USA")).areas


def test_a_party_named_in_a_follow_up_keeps_areas_to_itself(analyze: Analyze) -> None:
    text = (
        "Troops from Kenya, Uganda and the United States began a joint exercise in Nairobi on Monday. "
        "Separately, Tanzania will train its soldiers in countering improvised explosive devices."
    )
    assert "COUNTER_IED" not in find(analyze(text), "EXERCISE", ("KEN", "UGA", "USA")).areas
