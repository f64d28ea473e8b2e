"""Where a person's name starts and ends, and which state a person serves when the title does not say."""

from __future__ import annotations

import pytest

from defcoop.records import Mention

from .conftest import Find


def people(mentions: list[Mention]) -> list[tuple[str, str | None]]:
    return [(m.surface, m.code) for m in mentions if m.kind == "person"]


def test_honorific_is_not_part_of_the_name(find: Find) -> None:
    found = people(find("Defence Minister Shri Ravi Kumar Menon opened the shipyard in Kochi, India."))
    assert found == [("Ravi Kumar Menon", "IND")]


def test_name_stops_at_the_end_of_its_sentence(find: Find) -> None:
    text = "The deal was signed during a visit by Thales chief executive Patrice Caine. Terms were not disclosed."
    assert people(find(text)) == [("Patrice Caine", "FRA")]


@pytest.mark.parametrize(
    "text",
    [
        "Captain Ana Ruiz, commander of the Spanish Navy Task Group 2, said the patrol went well.",
        "Major General Li Wei, head of Joint Task Force 11, said the drills in Chile were routine.",
        "The Kenyan delegate, Security Council members said, asked for more time.",
    ],
)
def test_units_and_councils_are_not_people(find: Find, text: str) -> None:
    names = [surface for surface, _ in people(find(text))]
    assert not any(word in name for name in names for word in ("Task", "Force", "Security", "Council"))


def test_a_place_before_a_comma_and_title_is_not_a_person(find: Find) -> None:
    text = "The corvette docked at the naval base of Souda Bay, the Greek navy spokesman said."
    assert people(find(text)) == []


def test_a_name_after_in_the_presence_of_is_still_a_person(find: Find) -> None:
    text = "The deal was signed in the presence of Park Ji-hoon, head of South Korea's arms procurement agency."
    assert people(find(text)) == [("Park Ji-hoon", "KOR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit opened with Emir Tamim Khalid of Qatar and officials from Oman.", ("Tamim Khalid", "QAT")),
        ("Talks with Prime Minister Aroha Ngata of New Zealand ended in Tokyo.", ("Aroha Ngata", "NZL")),
    ],
)
def test_state_named_after_the_name(find: Find, text: str, expected: tuple[str, str]) -> None:
    assert expected in people(find(text))


def test_head_of_a_multinational_company_serves_no_state(find: Find) -> None:
    found = [m for m in find("India welcomed MBDA chief executive Eric Beranger to Delhi.") if m.kind == "person"]
    assert [(m.surface, m.code) for m in found] == [("Eric Beranger", None)]


def test_a_rank_after_an_unqualified_title_keeps_the_guess_uncertain(find: Find) -> None:
    text = ("Ghana bought trucks from Brazil and Brazil trained the drivers. "
            "Army spokesman Colonel Kwame Mensah said the trucks were ready.")
    person = next(m for m in find(text) if m.kind == "person")
    assert person.surface == "Kwame Mensah" and person.score < 1.0


def test_an_unqualified_officer_serves_the_armed_force_named_before(find: Find) -> None:
    text = ("Brazil delivered four trainer jets last week. The Ghana Air Force flew them home on Monday. "
            "Air Vice Marshal Kofi Asante said pilots would start training in March.")
    assert ("Kofi Asante", "GHA") in people(find(text))


def test_an_unqualified_head_of_state_is_not_given_the_state_named_first(find: Find) -> None:
    text = ("Ghana signed for four trainers from Brazil, whose air force flies them. "
            "President Kwesi Amoah welcomed the deal on Monday.")
    assert ("Kwesi Amoah", None) in people(find(text))


def test_an_unqualified_head_of_state_takes_the_dateline_state(find: Find) -> None:
    text = ("ACCRA, March 2 (Newswire) - Ghana signed for four trainers from Brazil. "
            "President Kwesi Amoah welcomed the deal on Monday.")
    assert ("Kwesi Amoah", "GHA") in people(find(text))


def test_a_retired_rank_before_the_name(find: Find) -> None:
    text = "Kenya's ambassador to Egypt, Major General (retd) Peter Njoroge, attended the ceremony."
    assert people(find(text)) == [("Peter Njoroge", "KEN")]


def test_raksha_mantri_is_india_s_defence_minister(find: Find) -> None:
    mentions = find("In Jakarta, Raksha Mantri Shri Arun Mehta met Indonesian officials.")
    found = [m for m in mentions if m.kind == "person"]
    assert [(m.surface, m.code, m.role) for m in found] == [("Arun Mehta", "IND", "defense_minister")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Czech army chief General Jan Novak said the tanks were ready.", ("Jan Novak", "CZE")),
        ("Kenyan Defence Minister June Wanjiru spoke in Nairobi.", ("June Wanjiru", "KEN")),
    ],
)
def test_month_words_can_be_given_names(find: Find, text: str, expected: tuple[str, str]) -> None:
    assert expected in people(find(text))


def test_head_of_a_company_named_after_the_title(find: Find) -> None:
    text = "The contract was signed by Seo-yeon Choi, the president of Hyundai Rotem, in Warsaw."
    assert ("Seo-yeon Choi", "KOR") in people(find(text))


def test_an_unqualified_officer_after_the_dateline_is_not_the_headlines_force(find: Find) -> None:
    text = ("Zambia hosts British Army chief\n\nLUSAKA — The Army Commander, Lieutenant General Mwaba Chilufya, "
            "on Monday hosted the British Army's chief of staff at the army headquarters.")
    assert ("Mwaba Chilufya", "ZMB") in people(find(text))


def test_an_unqualified_officer_takes_the_force_named_before_in_the_body(find: Find) -> None:
    text = ("LUSAKA — The British Army sent instructors. Its commander, Lieutenant General Alan Reeve, "
            "said training would last a month.")
    assert ("Alan Reeve", "GBR") in people(find(text))


@pytest.mark.parametrize(
    ("text", "short", "code"),
    [
        ("Egyptian President Abdel Fattah al-Sisi met the Emir. Later, Sisi flew to Riyadh.", "Sisi", "EGY"),
        ("Somali President Hassan Sheikh Mohamud arrived in Ankara. Hassan Sheikh then met Turkish officials.",
         "Hassan Sheikh", "SOM"),
        ("Libyan Prime Minister Abdul Hamid al-Dbeibah visited Ankara. Dbeibah asked for drones.", "Dbeibah", "LBY"),
    ],
)
def test_later_short_forms_of_a_full_name_are_the_same_person(find: Find, text: str, short: str, code: str) -> None:
    later = [m for m in find(text) if m.kind == "person" and m.surface == short]
    assert later and later[-1].code == code
