"""Companies, systems, people with titles, references, typos and false friends."""

from __future__ import annotations

import pytest

from defcoop.records import Mention

from .conftest import Find, by_surface


def people(mentions: list[Mention]) -> list[tuple[str, str | None, str | None]]:
    return [(m.surface, m.code, m.role) for m in mentions if m.kind == "person"]


def test_companies_with_suffixes(find: Find) -> None:
    mentions = find("BEL and M/s Toshiba Corporation of Japan discussed batteries; MBDA stayed out.")
    assert [(m.surface, m.kind, m.code) for m in mentions] == [
        ("BEL", "company", "IND"), ("Toshiba Corporation", "company", "JPN"), ("Japan", "state", "JPN"),
        ("MBDA", "company", None),
    ]


def test_agencies_and_companies_resolve_to_states(find: Find) -> None:
    text = "DRDO, ATLA, DAPA, the DGA, BAAINBw, DE&S, DSCA, Baykar and TUSAS signed a joint statement."
    assert [m.code for m in find(text)] == ["IND", "JPN", "KOR", "FRA", "DEU", "GBR", "USA", "TUR", "TUR"]


def test_systems_are_mentions_with_origin(find: Find) -> None:
    mentions = find("The navy flew the Kawasaki P-1 next to a Heron and a Bayraktar TB2.")
    systems = [(m.surface, m.code, m.entity_id) for m in mentions if m.kind == "system"]
    assert systems == [("Kawasaki P-1", "JPN", "system:kawasaki-p-1"), ("Heron", "ISR", "system:heron"),
                       ("Bayraktar TB2", "TUR", "system:bayraktar-tb2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence Minister Rajnath Singh arrived.", ("Rajnath Singh", "IND", "defense_minister")),
        ("US Defense Secretary Lloyd Austin spoke.", ("Lloyd Austin", "USA", "defense_secretary")),
        ("South Korean Defense Minister Ahn Gyu-back said so.", ("Ahn Gyu-back", "KOR", "defense_minister")),
        ("Ambassador of Japan to India Satoshi Suzuki said so.", ("Satoshi Suzuki", "JPN", "ambassador")),
        ("Indian ambassador to Japan, Sanjay Kumar Verma, joined.", ("Sanjay Kumar Verma", "IND", "ambassador")),
        ("Japan's defense minister, Gen Nakatani, arrived.", ("Gen Nakatani", "JPN", "defense_minister")),
        ("Kenyan Defence Secretary Soipan Tuya met Egypt's envoy.",
         ("Soipan Tuya", "KEN", "defense_secretary")),
        ("Brazilian Foreign Minister Mauro Vieira met his Chilean counterpart.",
         ("Mauro Vieira", "BRA", "foreign_minister")),
        ("Admiral Grace Hopkins, Canada's chief of naval staff, visited Oslo.",
         ("Grace Hopkins", "CAN", "navy_chief")),
        ("Argentina's Economy and Finance Minister Luis Caputo met Chile's envoy.",
         ("Luis Caputo", "ARG", "minister")),
        ("Nigerian Chief of Defence Staff Gen. Christopher Musa visited Niamey.",
         ("Christopher Musa", "NGA", "chief_of_staff")),
    ],
)
def test_people_with_titles(find: Find, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in people(find(text))


def test_name_before_title(find: Find) -> None:
    text = ("Poland and Norway identified projects, Maria Kowalczyk, Deputy Minister in the Polish defence "
            "ministry, said on Tuesday.")
    assert ("Maria Kowalczyk", "POL", "minister") in people(find(text))


def test_counterpart_and_later_surnames(find: Find) -> None:
    text = ("Nakatani and his Turkish counterpart, Yasar Guler, met in Ankara. Later Guler told reporters "
            "that Nakatani would return.")
    mentions = find(text)
    ref = by_surface(mentions, "his Turkish counterpart")
    assert ref.kind == "reference" and ref.code == "TUR" and ref.refers_to == ("TUR",)
    assert ("Yasar Guler", "TUR", "defense_minister") in people(mentions)
    assert ("Guler", "TUR", "defense_minister") in people(mentions)
    assert next(p for p in people(mentions) if p[0] == "Nakatani")[1] == "JPN"


def test_unknown_person_surname_is_linked(find: Find) -> None:
    text = "Ghanaian Defence Minister Kwame Asante met Togo's envoy. Asante said the two countries agree."
    assert ("Asante", "GHA", "defense_minister") in people(find(text))


def test_gen_with_period_and_two_names_is_a_rank(find: Find) -> None:
    mentions = find("Indonesian army chief Gen. Adi Wibowo met Australian officers.")
    assert ("Adi Wibowo", "IDN", "chief_of_staff") in people(mentions)


def test_title_in_a_headline_is_not_followed_by_a_name(find: Find) -> None:
    assert people(find("Japan's Defence Minister Visits Turkey for Drone Talks\n")) == []


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("BEL submitted a proposal to M/s Jupitor Corporation, Japan.", "Jupitor Corporation", "Jupiter Corporation"),
        ("Micheal Fallon and his host met.", "Micheal Fallon", "Michael Fallon"),
        ("Officials from Indoneisa and Vietnam met.", "Indoneisa", "Indonesia"),
        ("The Kawaski Heavy Industries plant was visited.", "Kawaski Heavy Industries", "Kawasaki Heavy Industries"),
    ],
)
def test_typos_resolve_with_lower_score(find: Find, text: str, surface: str, canonical: str) -> None:
    mention = by_surface(find(text), surface)
    assert mention.canonical == canonical and mention.score < 1.0


@pytest.mark.parametrize("text", ["Indiana and Ohio sent guards.", "The Germans and Austrians met.",
                                  "Mariana Santos spoke to Koreans."])
def test_near_names_are_not_typos(find: Find, text: str) -> None:
    assert all(m.score == 1.0 for m in find(text))


def test_two_countries_resolve_to_the_parties_in_context(find: Find) -> None:
    text = ("Ghana and Senegal held talks. Ghana offered training. The two countries also discussed fisheries. "
            "Both sides agreed to meet again.")
    mentions = find(text)
    refs = [m for m in mentions if m.kind == "reference"]
    assert [set(r.refers_to) for r in refs] == [{"GHA", "SEN"}, {"GHA", "SEN"}]
    assert all(r.code is None for r in refs)


def test_regional_powers_and_governments(find: Find) -> None:
    text = "Egypt hosted Saudi Arabia. The two regional powers and the two governments signed."
    refs = [m for m in find(text) if m.kind == "reference"]
    assert [set(r.refers_to) for r in refs] == [{"EGY", "SAU"}, {"EGY", "SAU"}]


def test_ministry_and_alliance_references(find: Find) -> None:
    mentions = find("The Dutch defence ministry confirmed it. The ministry said NATO agreed, and the alliance paid.")
    assert by_surface(mentions, "The ministry").refers_to == ("NLD",)
    assert by_surface(mentions, "the alliance").code == "NATO"


def test_jordan_the_person_and_the_state(find: Find) -> None:
    assert [m.code for m in find("Michael Jordan scored forty points.")] == []
    assert [m.code for m in find("Jordan and Egypt held talks on border security.")] == ["JOR", "EGY"]


def test_turkey_the_bird(find: Find) -> None:
    assert find("Roast the turkey for three hours.") == []
    assert find("Turkey should rest before carving; the Thanksgiving recipe needs gravy.") == []
    assert [m.code for m in find("Turkey should buy drones, the minister said.") if m.kind == "state"] == ["TUR"]


def test_georgia_the_us_state(find: Find) -> None:
    assert [m.code for m in find("Georgia's governor met mayors from Atlanta and Savannah.") if m.code] == []
    assert [m.code for m in find("Students at Georgia Tech built a robot.") if m.code] == []
    assert [m.code for m in find("Georgia and Armenia discussed the Caucasus with Tbilisi officials.")][:2] == [
        "GEO", "ARM"
    ]


def test_korean_needs_south_korean_context(find: Find) -> None:
    assert [m.code for m in find("Korean food is popular in Lima.")] == ["PER"]
    mentions = find("South Korea and Poland agreed. The Korean tanks arrive in May.")
    assert [m.code for m in mentions] == ["KOR", "POL", "KOR"]
    assert [m.code for m in find("The Korean Peninsula remains tense.")] == [None]


def test_congo_rule(find: Find) -> None:
    assert [m.code for m in find("Congo asked for helicopters.")] == ["COD"]
    assert [m.code for m in find("The DRC and Rwanda met in Kinshasa.")] == ["COD", "RWA", "COD"]
    assert [m.code for m in find("Brazzaville said Congo would host the talks.")] == ["COG", "COG"]


def test_chad_niger_guinea_mali(find: Find) -> None:
    assert [m.code for m in find("Chad Morrison scored twice.")] == []
    assert [m.code for m in find("Chad and Niger patrol Lake Chad with Nigeria.")] == ["TCD", "NER", None, "NGA"]
    text = "Guinea, Papua New Guinea, Equatorial Guinea and Guinea-Bissau met in the Gulf of Guinea."
    assert [m.code for m in find(text)] == ["GIN", "PNG", "GNQ", "GNB", None]
    assert [m.code for m in find("Mali and Somali officials met.")] == ["MLI", "SOM"]


def test_washington_the_capital_the_state_and_the_person(find: Find) -> None:
    assert [m.code for m in find("Washington and Seoul agreed.")] == ["USA", "KOR"]
    assert [m.code for m in find("Washington state sent firefighters.")] == [None]
    assert [m.code for m in find("A statue of George Washington stands there.")] == []


def test_names_of_places_are_not_people(find: Find) -> None:
    text = "Saudi and Chinese ships met at King Abdulaziz naval base and later at Prince Sultan Air Base."
    assert people(find(text)) == []


def test_title_takes_the_state_of_its_institution(find: Find) -> None:
    text = "Mexico and Peru met; Ana Torres, Undersecretary at the Peruvian defence ministry, spoke."
    assert ("Ana Torres", "PER", "undersecretary") in people(find(text))


def test_bare_title_without_state_or_name_is_dropped(find: Find) -> None:
    mentions = find("Kenya and Uganda met. The minister said talks went well.")
    assert [m.kind for m in mentions] == ["state", "state"]


def test_unqualified_title_takes_the_first_state_of_the_report(find: Find) -> None:
    text = "Chile and Spain signed a deal. Defence Minister Luisa Ortiz praised it."
    mention = next(m for m in find(text) if m.kind == "person")
    assert mention.code == "CHL" and mention.score < 1.0


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("BEL signed with M/s Orrin Dynamics Corporation, Japan, last week.", "Orrin Dynamics Corporation", "JPN"),
        ("The Polish firm Wislak Optics Sp. z o.o. and Helmark GmbH of Germany met.", "Helmark GmbH", "DEU"),
        ("A Kenyan company, Savanna Drones Ltd, won the tender.", "Savanna Drones Ltd", None),
        ("South Korean contractor Daebong Heavy Co., Ltd. will build the hulls.", "Daebong Heavy Co., Ltd.", "KOR"),
    ],
)
def test_unknown_companies_with_a_legal_suffix(find: Find, text: str, name: str, code: str | None) -> None:
    mention = by_surface(find(text), name)
    assert mention.kind == "company" and mention.code == code and mention.score < 1.0


def test_known_company_with_suffix_is_not_duplicated(find: Find) -> None:
    mentions = find("Toshiba Corporation and Baykar Technologies Inc. agreed.")
    assert [(m.surface, m.score) for m in mentions] == [("Toshiba Corporation", 1.0), ("Baykar Technologies Inc.", 1.0)]


def test_gen_before_a_single_name_is_a_given_name(find: Find) -> None:
    mentions = find("Japan's defense minister, Gen Tanakura, arrived in Manila.")
    assert ("Gen Tanakura", "JPN", "defense_minister") in people(mentions)


def test_rank_and_office_before_a_name(find: Find) -> None:
    mentions = find("British Army chief Gen Roland Walker visited Estonia. Gen. Walker met troops.")
    assert ("Roland Walker", "GBR", "chief") in people(mentions)
    assert ("Walker", "GBR", "chief") in people(mentions)
    assert next(m for m in mentions if m.surface == "Walker").entity_id == "person:roland-walker"


def test_company_head(find: Find) -> None:
    mentions = find("Baykar chief Kemal Ozturk said the head of the company was happy.")
    assert people(mentions) == [("Kemal Ozturk", "TUR", "chief")]


def test_qualifier_across_new_and_former(find: Find) -> None:
    mentions = find("Chile's new Defence Minister Ana Rojas met Peru's former Foreign Minister Luis Vega.")
    assert people(mentions) == [("Ana Rojas", "CHL", "defense_minister"), ("Luis Vega", "PER", "foreign_minister")]


def test_counterpart_without_adjective_is_the_other_side(find: Find) -> None:
    text = ("Mexico hosted talks with Spain. Mexican Defence Minister Carlos Ruiz met his counterpart, "
            "Elena Marquez, on Tuesday.")
    assert ("Elena Marquez", "ESP", "defense_minister") in people(find(text))


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Indonesia will buy 48 KAAN fighter jets from Turkey.", "KAAN", "TUR"),  # alias "KAAN fighter jet" + "s"
        ("Jakarta signed for two Scorpene Evolved submarines.", "Scorpene", "FRA"),
    ],
)
def test_a_shorter_name_survives_when_the_longest_key_runs_into_a_word(
    find: Find, text: str, surface: str, code: str
) -> None:
    mention = next(m for m in find(text) if m.kind == "system")
    assert (mention.surface[: len(surface)], mention.code) == (surface, code)


@pytest.mark.parametrize(
    ("text", "acronym", "code"),
    [
        ("The Republic of Singapore Air Force (RSAF) ordered 12 jets. The RSAF will base them in the US.", "RSAF",
         "SGP"),
        ("Brazil's Navy (MB) received a frigate. The MB said more ships would follow.", "MB", "BRA"),
    ],
)
def test_an_acronym_the_document_defines_names_that_body_later(
    find: Find, text: str, acronym: str, code: str
) -> None:
    later = [m for m in find(text) if m.surface == acronym]
    assert later and all(m.code == code for m in later)
