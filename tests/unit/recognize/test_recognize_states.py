"""States, capitals, adjectives, hyphenated pairs, case rules and places."""

from __future__ import annotations

import pytest

from defcoop.records import Mention

from .conftest import Find


def codes(mentions: list[Mention]) -> list[str | None]:
    return [m.code for m in mentions if m.kind != "title"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Ethiopia signed a border security pact.", ["KEN", "ETH"]),
        ("Nigeria will buy patrol boats from the Netherlands.", ["NGA", "NLD"]),
        ("Brazil and Argentina held naval drills off Uruguay.", ["BRA", "ARG", "URY"]),
        ("Chile and Peru agreed to share radar data.", ["CHL", "PER"]),
        ("Mexico and Colombia discussed counter-narcotics flights.", ["MEX", "COL"]),
        ("Canada deployed frigates with Norway and Denmark.", ["CAN", "NOR", "DNK"]),
        ("Poland ordered tanks as Lithuania and Latvia watched.", ["POL", "LTU", "LVA"]),
        ("Greece and Cyprus signed a pact; Egypt joined later.", ["GRC", "CYP", "EGY"]),
        ("Vietnam and Indonesia held coast guard talks with Malaysia.", ["VNM", "IDN", "MYS"]),
        ("Fiji and Papua New Guinea welcomed Australia's offer.", ["FJI", "PNG", "AUS"]),
        ("Kazakhstan and Uzbekistan met Kyrgyzstan's envoy.", ["KAZ", "UZB", "KGZ"]),
        ("Morocco and Algeria traded accusations; Tunisia stayed out.", ["MAR", "DZA", "TUN"]),
        ("South Africa sent troops to Mozambique and Malawi.", ["ZAF", "MOZ", "MWI"]),
        ("Sweden and Finland joined; Iceland has no army.", ["SWE", "FIN", "ISL"]),
        ("Pakistan, Bangladesh and Sri Lanka attended.", ["PAK", "BGD", "LKA"]),
        ("Türkiye and Czechia signed an ammunition deal.", ["TUR", "CZE"]),
        ("Taiwan and Kosovo were not invited.", ["TWN", "XKX"]),
    ],
)
def test_states_on_every_continent(find: Find, text: str, expected: list[str | None]) -> None:
    assert codes(find(text)) == expected


def test_us_versus_us_and_uk(find: Find) -> None:
    mentions = find("The US told us that the UK and the U.S. would join. Let us see.")
    assert [(m.surface, m.code) for m in mentions] == [("US", "USA"), ("UK", "GBR"), ("U.S.", "USA")]


def test_month_abbreviation_is_not_japan(find: Find) -> None:
    assert find("The talks were held on Jan. 5 in a hotel.") == []


def test_all_caps_headline(find: Find) -> None:
    assert codes(find("INDIA, JAPAN TO DEEPEN DEFENCE TIES")) == ["IND", "JPN"]


def test_possessives(find: Find) -> None:
    mentions = find("Japan's drones and India’s radars impressed Brazil's navy chief.")
    assert [m.surface for m in mentions][:2] == ["Japan", "India"]
    assert mentions[0].end - mentions[0].start == 5


def test_hyphenated_pairs(find: Find) -> None:
    mentions = find("India-Japan talks, UK-Japan ties, a Saudi-Chinese drill and Turkish-made drones.")
    assert codes(mentions) == ["IND", "JPN", "GBR", "JPN", "SAU", "CHN", "TUR"]
    assert all(m.adjectival for m in mentions if m.surface in {"Saudi", "Chinese", "Turkish"})


def test_combining_forms(find: Find) -> None:
    mentions = find("Franco-German tanks, Sino-Russian patrols and Indo-Japanese talks in the Indo-Pacific.")
    assert codes(mentions) == ["FRA", "DEU", "CHN", "RUS", "IND", "JPN", None]
    assert mentions[-1].role == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Patrols in the South China Sea grew.",
        "A destroyer sailed the Sea of Japan.",
        "Tankers crossed the Gulf of Oman and the Persian Gulf.",
        "Piracy in the Indian Ocean and the Arabian Gulf fell.",
        "Tension on the Korean Peninsula rose.",
        "Washington state sent its National Guard.",
        "Leaders recalled the Paris Agreement on climate.",
    ],
)
def test_places_are_not_states(find: Find, text: str) -> None:
    assert [m.code for m in find(text) if m.code] == []


def test_adjectives_and_demonyms(find: Find) -> None:
    mentions = find("Filipino, Philippine, Emirati, Kiwi, British, American, South Korean and Saudi officers met.")
    assert codes(mentions) == ["PHL", "PHL", "ARE", "NZL", "GBR", "USA", "KOR", "SAU"]
    assert all(m.adjectival for m in mentions)


def test_capitals_stand_for_states(find: Find) -> None:
    mentions = find("Tokyo and Manila have been ramping up defense ties, while Canberra and Wellington watched.")
    assert [(m.code, m.role) for m in mentions] == [
        ("JPN", "capital"), ("PHL", "capital"), ("AUS", "capital"), ("NZL", "capital")
    ]


def test_capital_as_a_place_keeps_role_capital(find: Find) -> None:
    mentions = find("The ministers met in Riyadh and flew to Abu Dhabi.")
    assert [(m.code, m.role) for m in mentions] == [("SAU", "capital"), ("ARE", "capital")]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Kyiv asked for air defence.", "UKR"), ("Kiev asked again.", "UKR"), ("New Delhi agreed.", "IND"),
     ("Delhi agreed.", "IND"), ("Ankara objected.", "TUR"), ("Warsaw signed.", "POL"), ("The Hague hosted.", "NLD"),
     ("Pretoria abstained.", "ZAF"), ("Beijing protested.", "CHN"), ("Moscow warned.", "RUS"),
     ("Seoul responded.", "KOR"), ("Berlin hesitated.", "DEU"), ("The Kremlin denied it.", "RUS"),
     ("The White House said so.", "USA")],
)
def test_metonymy(find: Find, text: str, code: str) -> None:
    assert codes(find(text)) == [code]


def test_governments_ministries_and_forces(find: Find) -> None:
    text = ("The Pentagon, the Royal Air Force, the Royal Navy, the PLA Navy, the Bundeswehr, the Indian Navy, "
            "the Royal Saudi Navy, the IDF, the JSDF and the Japanese government all sent observers to the "
            "Ministry of Defence of Brazil.")
    mentions = find(text)
    assert codes(mentions) == ["USA", "GBR", "GBR", "CHN", "DEU", "IND", "SAU", "ISR", "JPN", "JPN", "BRA"]
    assert mentions[-1].kind == "ministry"
    assert mentions[-2].role == "government"


def test_mod_with_adjective(find: Find) -> None:
    mentions = find("The supply is for the end requirement of Japanese MoD and the Kenyan Defence Forces.")
    assert [(m.kind, m.code) for m in mentions] == [("ministry", "JPN"), ("armed_force", "KEN")]


def test_alliances(find: Find) -> None:
    text = ("NATO, the Atlantic alliance, the European Union, ASEAN, the African Union, the GCC, the SCO, "
            "the Quad and the Quadrilateral Security Dialogue met with AUKUS and the OSCE.")
    assert codes(find(text)) == ["NATO", "NATO", "EU", "ASEAN", "AU", "GCC", "SCO", "QUAD", "QUAD", "AUKUS", "OSCE"]


def test_groupings_resolve_to_members(find: Find) -> None:
    mentions = find("NATO invited the IP4 and the Five Eyes.")
    assert mentions[1].kind == "reference" and mentions[1].refers_to == ("JPN", "KOR", "AUS", "NZL")
    assert set(mentions[2].refers_to) == {"USA", "GBR", "CAN", "AUS", "NZL"}


def test_spans_point_into_the_text(find: Find) -> None:
    text = "On Monday, Ghana and Senegal agreed."
    for mention in find(text):
        assert text[mention.start : mention.end] == mention.surface


def test_proper_names_headed_by_a_capital_or_state(find: Find) -> None:
    text = "The Warsaw Pact, the Rome Statute, the Kyiv Post, China Daily and the Tokyo Stock Exchange were named."
    mentions = find(text)
    assert [m.code for m in mentions] == [None] * 5
    assert all(m.role == "place" for m in mentions)


def test_agreement_between_named_states_keeps_the_states(find: Find) -> None:
    mentions = find("The US-Philippines agreement and the Japan agreement were signed, Warsaw agreed.")
    assert [m.code for m in mentions] == ["USA", "PHL", "JPN", "POL"]


def test_currencies_are_not_actors(find: Find) -> None:
    assert [m.code for m in find("The deal is worth US$2 billion or AU$3 billion.")] == []


@pytest.mark.parametrize(
    "text",
    ["Latin American and North American markets grew.", "The Indo-European languages were studied.",
     "He moved from New Mexico to New South Wales.", "Bank of America raised its forecast."],
)
def test_names_containing_state_words(find: Find, text: str) -> None:
    assert [m.code for m in find(text) if m.code] == []
