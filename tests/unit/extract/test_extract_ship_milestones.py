"""Building milestones of a ship for another side (launch, float-out, keel laying): a transfer under way."""

from __future__ import annotations

import pytest

from .conftest import Analyze


def _transfers(events: list) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(e.codes), e.stage) for e in events if e.type == "ARMS_TRANSFER"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Fincantieri launched the second corvette for the Qatari navy at its Muggiano yard on Saturday.",
         ("ITA", "QAT")),
        ("The first of four frigates being built by Naval Group for Greece was floated out in Lorient on Monday.",
         ("FRA", "GRC")),
        ("A German shipyard has laid the keel of the first submarine for the Norwegian Navy.", ("DEU", "NOR")),
        ("The Philippine Navy's new corvette, built by Hyundai Heavy Industries, was launched in Ulsan on Tuesday.",
         ("KOR", "PHL")),
        ("Egypt's new frigate, built by Germany's TKMS for the Egyptian Navy, was launched in Kiel.", ("DEU", "EGY")),
    ],
)
def test_a_ship_launched_for_another_navy_is_a_transfer_under_way(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert _transfers(analyze(text)) == {(codes, "ONGOING")}


def test_steel_cut_next_month_is_planned(analyze: Analyze) -> None:
    text = "Turkey's STM will cut steel for the third MILGEM corvette for Pakistan in Karachi next month."
    assert _transfers(analyze(text)) == {(("PAK", "TUR"), "PLANNED")}


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched two ballistic missiles from a submarine off its east coast on Monday.",
        "Iran launched a drone attack on a tanker in the Gulf of Oman, the US Navy said.",
        "The navies of India and France launched a joint exercise off Goa, with two frigates taking part.",
        "Greece and Cyprus launched talks on maritime security, officials said aboard the frigate Hydra.",
    ],
)
def test_launching_missiles_or_talks_builds_no_ship(analyze: Analyze, text: str) -> None:
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]


@pytest.mark.parametrize(
    "text",
    [
        "The navy on Wednesday launched a submarine, a destroyer and a frigate built at a state-run shipyard in "
        "Mumbai, underscoring the importance of the Indian Ocean as China expands its presence.",
        "Defence Minister Rajnath Singh launched the stealth frigate Dunagiri in Kolkata and said India would stand "
        "by friends such as Sri Lanka.",
    ],
)
def test_a_ship_launched_for_the_home_navy_is_no_transfer(analyze: Analyze, text: str) -> None:
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
