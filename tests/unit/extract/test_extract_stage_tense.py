"""Stage from tense and aspect: merged spans, perfect participles, "after", perfects, partial deliveries."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("South Korea's K9 howitzer has become a sought-after export, having been sold to Norway.", ("KOR", "NOR")),
        ("Brazil's Super Tucano is a popular export, having been sold to Chile.", ("BRA", "CHL")),
        ("China is one of the largest suppliers of arms to Pakistan, having delivered frigates and jets.",
         ("CHN", "PAK")),
    ],
)
def test_a_happened_verb_merged_after_a_stageless_noun_gives_the_span_its_stage(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "COMPLETED"


def test_a_merged_order_clause_does_not_make_a_delivery_an_agreement(analyze: Analyze) -> None:
    text = "Chinese aircraft landed in Belgrade, delivering the FK-3 air defence system that Serbia ordered."
    assert find(analyze(text), "ARMS_TRANSFER", ("CHN", "SRB")).stage == "COMPLETED"
