"""A visit received "from" someone: the caller visits the side that receives the call."""

from __future__ import annotations

import pytest

from .conftest import Analyze


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Malaysia's Prime Minister Anwar Ibrahim received a courtesy call from the Chinese defence minister, "
         "Dong Jun, in Putrajaya on Monday.", ("CHN", "MYS")),
        ("Kenya's President William Ruto received a visit from a Turkish defence delegation led by a deputy "
         "minister at State House in Nairobi.", ("TUR", "KEN")),
        ("The Ghanaian army chief received a courtesy visit from the French chief of defence staff in Accra.",
         ("FRA", "GHA")),
    ],
)
def test_the_caller_named_after_from_visits_the_receiving_side(
    analyze: Analyze, text: str, direction: tuple[str, str]
) -> None:
    visits = [e for e in analyze(text) if e.type == "VISIT"]
    assert [e.direction for e in visits] == [direction]


def test_a_call_from_a_resident_ambassador_is_no_visit(analyze: Analyze) -> None:
    text = "The Ghanaian army chief received a courtesy call from the French ambassador in Accra on Friday."
    assert not [e for e in analyze(text) if e.type == "VISIT"]


def test_a_visit_to_a_place_from_the_home_capital_keeps_the_place_as_host(analyze: Analyze) -> None:
    text = "Japan's defence minister paid a visit to Manila from Tokyo on Monday for talks on radar exports."
    visits = [e for e in analyze(text) if e.type == "VISIT"]
    assert [e.direction for e in visits] == [("JPN", "PHL")]


@pytest.mark.parametrize(
    ("text", "venue", "visit"),
    [
        ("The NATO-Ukraine Council held its first meeting at the alliance summit in Vilnius on Wednesday, with "
         "Ukraine's president taking part.", "LTU", False),
        ("Indonesia's defence minister met his Australian counterpart at the Shangri-La forum in Singapore.", "SGP",
         False),
        ("India and Japan signed a defence equipment pact at the annual summit in Tokyo on Monday.", "JPN", True),
    ],
)
def test_a_summit_in_a_third_state_is_no_visit_to_it(analyze: Analyze, text: str, venue: str, visit: bool) -> None:
    hosts = {e.direction[1] for e in analyze(text) if e.type == "VISIT" and e.direction}
    assert (venue in hosts) is visit
