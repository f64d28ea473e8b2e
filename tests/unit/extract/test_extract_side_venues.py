"""Two sides that sign or meet in a place of one of them: the other side visited."""

from __future__ import annotations

import pytest

from .conftest import Analyze


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Ghana and Togo signed a defence cooperation agreement in Lome on Monday.", ("GHA", "TGO")),
        ("Peru and Chile sign security pact in Lima", ("CHL", "PER")),
        ("Japan and the Philippines held talks in Manila on maritime security.", ("JPN", "PHL")),
    ],
)
def test_signing_in_a_capital_of_one_side_is_a_visit_by_the_other(
    analyze: Analyze, text: str, direction: tuple[str, str]
) -> None:
    visits = [e for e in analyze(text) if e.type == "VISIT"]
    assert [e.direction for e in visits] == [direction]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed a defence cooperation agreement on Monday.",
        "The memorandum was signed in Tokyo by India's ambassador and Japan's defence procurement commissioner.",
        "Ghana and Togo signed a defence cooperation agreement in Geneva on Monday.",
    ],
)
def test_no_visit_without_a_place_of_one_side_or_by_a_resident_envoy(analyze: Analyze, text: str) -> None:
    assert not any(e.type == "VISIT" for e in analyze("Defence officials said the forces were ready. " + text))


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "Norway agreed to buy K9 howitzers from South Korea. The agreement was signed in Seoul by Norwegian "
            "State Secretary Anne Holm and Korean Defence Minister Shin Won-sik.",
            ("NOR", "KOR"),
        ),
        (
            "Norway and Sweden signed a defence pact. The deal was signed in Stockholm by Norwegian Defence Minister "
            "Bjorn Arild Gram and his Swedish counterpart Pal Jonson.",
            ("NOR", "SWE"),
        ),
    ],
)
def test_where_a_deal_stated_before_was_signed_is_a_visit(
    analyze: Analyze, text: str, direction: tuple[str, str]
) -> None:
    assert [e.direction for e in analyze(text) if e.type == "VISIT"] == [direction]


@pytest.mark.parametrize(
    "text",
    [
        "Norway agreed to buy K9 howitzers from South Korea. The agreement was signed in Seoul by Norway's "
        "ambassador and Korean Defence Minister Shin Won-sik.",
        "Norway and Sweden signed a defence pact. The deal was signed in Geneva by Norwegian Defence Minister "
        "Bjorn Arild Gram and his Swedish counterpart Pal Jonson.",
        "Norway and Sweden held talks on air defence. The deal was signed in Stockholm by Norwegian Defence "
        "Minister Bjorn Arild Gram and his Swedish counterpart Pal Jonson.",
    ],
)
def test_no_signing_visit_by_an_envoy_abroad_or_without_a_deal(analyze: Analyze, text: str) -> None:
    assert not any(e.type == "VISIT" for e in analyze(text))


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("US Defense Secretary Mark Esper signed a road map with Tunisia's defence minister on Wednesday. The signing "
         "took place in Tunis, the first stop of the Secretary's tour of North Africa.", ("USA", "TUN")),
        ("Oman and Britain signed a joint defence agreement on Thursday. The signing ceremony was held in Muscat and "
         "attended by the British defence secretary.", ("GBR", "OMN")),
    ],
)
def test_where_a_reported_signing_took_place_implies_the_visit(
    analyze: Analyze, text: str, visit: tuple[str, str]
) -> None:
    visits = [e for e in analyze(text) if e.type == "VISIT"]
    assert [(e.direction, e.stage) for e in visits] == [(visit, "COMPLETED")]


def test_talks_on_the_sidelines_of_a_meeting_in_a_third_state_imply_no_visit_to_it(analyze: Analyze) -> None:
    text = ("Greece's defence minister discussed the frigate programme with his Italian counterpart on the sidelines "
            "of a NATO defence ministers' meeting in Brussels last month, officials said.")
    events = analyze(text)
    assert any(e.type == "DIALOGUE" for e in events)
    assert not [e for e in events if e.type == "VISIT" and "BEL" in e.codes]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("The Vietnamese navy received a corvette donated by South Korea at a ceremony at the Jinhae naval base in "
         "South Korea. A Vietnamese delegation led by a deputy defence minister attended the ceremony.",
         ("VNM", "KOR")),
        ("The Indonesian Navy received its first frigate from Italy's Fincantieri in a ceremony at the La Spezia "
         "naval base, Italy, on Wednesday. The ceremony was attended by Indonesia's Deputy Defence Minister.",
         ("IDN", "ITA")),
    ],
)
def test_officials_attending_a_ceremony_placed_abroad_visit_that_state(
    analyze: Analyze, text: str, visit: tuple[str, str]
) -> None:
    assert any(e.type == "VISIT" and e.direction == visit for e in analyze(text))


def test_officials_in_attendance_at_a_ceremony_abroad_visit(analyze: Analyze) -> None:
    text = "The patrol boats were handed over at a ceremony in Suva, with Australia's defence minister in attendance."
    assert any(e.type == "VISIT" and e.direction == ("AUS", "FJI") for e in analyze(text))
