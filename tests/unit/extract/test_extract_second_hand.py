"""A state that hands over a system made elsewhere is its supplier; the maker's state is no party."""

from __future__ import annotations

import pytest

from .conftest import Analyze, keys


@pytest.mark.parametrize(
    ("text", "pair", "maker_pairs"),
    [
        (
            "Tokyo, May 3: Japan has delivered a Kilo-class submarine, the Akashi, to the Vietnamese Navy, the "
            "ministry said on Friday, the first such boat in the fleet.",
            ("JPN", "VNM"),
            {("JPN", "RUS"), ("RUS", "VNM")},
        ),
        (
            "Warsaw, June 2: Poland has donated a batch of T-72 tanks, some 60 vehicles, to the Ukrainian army, "
            "the ministry said on Monday, its largest gift so far.",
            ("POL", "UKR"),
            {("POL", "RUS"), ("RUS", "UKR")},
        ),
    ],
)
def test_second_hand_supplier_without_the_maker(
    analyze: Analyze, text: str, pair: tuple[str, str], maker_pairs: set[tuple[str, str]]
) -> None:
    found = {codes for codes, etype in keys(analyze(text)) if etype == "ARMS_TRANSFER"}
    assert pair in found
    assert not found & maker_pairs


def test_buyer_subject_still_takes_the_makers_state(analyze: Analyze) -> None:
    found = keys(analyze("Ukraine has received two more Patriot batteries, the ministry said on Friday."))
    assert (("UKR", "USA"), "ARMS_TRANSFER") in found
