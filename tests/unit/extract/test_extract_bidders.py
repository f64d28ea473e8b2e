"""The losing finalists of a competition each bid to the document's buyer, never to one another."""

from __future__ import annotations

import pytest

from .conftest import Analyze, keys


def test_each_finalist_bids_to_the_buyer(analyze: Analyze) -> None:
    found = keys(analyze(
        "Poland has ordered the K2 tank from South Korea. The K2 beat two other finalists: the Leopard 2 of "
        "Germany's Rheinmetall, which came second, and the Abrams offered by America's General Dynamics, which "
        "came third."
    ))
    assert (("DEU", "POL"), "ARMS_TRANSFER") in found
    assert (("POL", "USA"), "ARMS_TRANSFER") in found
    assert (("DEU", "USA"), "ARMS_TRANSFER") not in found


def test_finalists_named_by_firm_only(analyze: Analyze) -> None:
    found = keys(analyze(
        "Peru has bought the FA-50 jet from Korea Aerospace Industries. The jet beat two other finalists: the "
        "Gripen of Sweden's Saab, which was ranked second, and the JF-17 offered by Pakistan Aeronautical Complex."
    ))
    assert {(("PER", "SWE"), "ARMS_TRANSFER"), (("PAK", "PER"), "ARMS_TRANSFER")} <= found
    assert (("PAK", "SWE"), "ARMS_TRANSFER") not in found


def test_an_offer_to_a_named_state_keeps_its_recipient(analyze: Analyze) -> None:
    events = analyze(
        "Chile bought frigates from Britain last year. France has offered its Rafale jets to Colombia, officials said."
    )
    offers = [e for e in events if e.type == "ARMS_TRANSFER" and "FRA" in e.codes]
    assert offers and all(e.direction == ("FRA", "COL") for e in offers)





@pytest.mark.parametrize(
    ("text", "winner", "losers"),
    [
        ("Egypt chose the Rafale after a competition with bids from Sweden and the United States, officials said.",
         ("EGY", "FRA"), [("EGY", "SWE"), ("EGY", "USA")]),
        ("Egypt chose the Rafale over bids from Sweden and the United States, officials said.",
         ("EGY", "FRA"), [("EGY", "SWE"), ("EGY", "USA")]),
        ("Egypt chose the Rafale, made by France's Dassault Aviation, beating offers from Sweden and the United "
         "States.", ("EGY", "FRA"), [("EGY", "SWE"), ("EGY", "USA")]),
        ("Peru's army selected South Korea's K2 tank in a tender that included Germany's Leopard 2 and the "
         "American Abrams.", ("KOR", "PER"), [("DEU", "PER"), ("PER", "USA")]),
        ("Vietnam picked an Israeli radar over rival offers from Russia and France, the defence ministry said.",
         ("ISR", "VNM"), [("RUS", "VNM"), ("FRA", "VNM")]),
    ],
)
def test_a_choice_after_a_competition_rejects_the_other_bids(
    analyze: Analyze, text: str, winner: tuple[str, str], losers: list[tuple[str, str]]
) -> None:
    stages = {(tuple(e.codes), e.stage) for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert (winner, "AGREED") in stages
    for loser in losers:
        assert (tuple(sorted(loser)), "REJECTED") in stages
        assert (tuple(sorted(loser)), "AGREED") not in stages


@pytest.mark.parametrize(
    ("text", "deal", "old"),
    [
        ("Spain will buy Hurjet jet trainers from Turkey to replace its Northrop F-5 fleet, the ministry said.",
         ("ESP", "TUR"), ("ESP", "USA")),
        ("Thailand will acquire four Gripen E jets from Sweden as replacements for its F-16A fighters.",
         ("SWE", "THA"), ("THA", "USA")),
        ("Argentina signed a deal to buy 24 F-16 fighters from Denmark, replacing its ageing French Mirage jets.",
         ("ARG", "DNK"), ("ARG", "FRA")),
    ],
)
def test_the_fleet_a_purchase_replaces_is_no_party_of_it(
    analyze: Analyze, text: str, deal: tuple[str, str], old: tuple[str, str]
) -> None:
    found = keys(analyze(text))
    assert (deal, "ARMS_TRANSFER") in found
    assert (old, "ARMS_TRANSFER") not in found


def test_a_replacement_clause_after_a_passed_over_bid_keeps_it_rejected(analyze: Analyze) -> None:
    text = ("Thailand's air force has chosen Saab's Gripen E over Lockheed Martin's F-16 Block 70 to replace its "
            "ageing fleet, the defence minister said.")
    stages = {(tuple(e.codes), e.stage) for e in analyze(text) if e.type == "ARMS_TRANSFER"}
    assert (("SWE", "THA"), "AGREED") in stages
    assert (("THA", "USA"), "REJECTED") in stages
    assert (("THA", "USA"), "AGREED") not in stages


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria's navy has chosen a German design for its two new corvettes, the defence ministry said.",
        "Brazil's army settled on the Italian Centauro II for its new wheeled tank destroyer.",
    ],
)
def test_more_forms_of_a_choice_are_purchases(analyze: Analyze, text: str) -> None:
    assert any(e.type == "ARMS_TRANSFER" and e.stage == "AGREED" for e in analyze(text))
