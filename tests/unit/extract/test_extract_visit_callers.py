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
