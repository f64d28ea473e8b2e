"""Literal prefilters of the boilerplate regexes, the regex gate, and the cheap English test."""

from __future__ import annotations

import re

import pytest

from defcoop.stages.cleaning.boilerplate import Line, default_boilerplate
from defcoop.stages.cleaning.language import looks_english
from defcoop.stages.cleaning.prefilter import LiteralScanner, required_literals


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bpaywall\b", {"paywall"}),
        (r"\b(?:already|become) a (?:subscriber|member)\b", {"already", "become"}),
        (r"\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)\b", {"newsletter"}),
        (r"\bview (?:all )?\d*\s*comments?\b", {"comment"}),
        (r"(?:credit)?\s*:\s*\S", None),  # only an optional word and a colon
        (r"[\[(][^\]]{0,80}/[^\]]{0,60}[\])]", None),
        (r"\b(?:photo|x)\s+by\b", None),  # one branch too short to filter by
    ],
)
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    found = required_literals(pattern)
    assert (set(found) if found is not None else None) == literals


@pytest.mark.parametrize(
    "text",
    ["Become a member today", "ALREADY A SUBSCRIBER? Log in", "Our newsletter: sign up now", "view all 12 comments"],
)
def test_every_match_holds_a_required_literal(text: str) -> None:
    patterns = [r"\b(?:already|become) a (?:subscriber|member)\b", r"\bnewsletters?\b.{0,60}\b(?:sign up)\b",
                r"\bview (?:all )?\d*\s*comments?\b"]
    for pattern in patterns:
        if re.search(pattern, text, re.I):
            needed = required_literals(pattern)
            assert needed is not None and any(word in text.lower() for word in needed)


def test_scanner_finds_literals_case_insensitively() -> None:
    scanner = LiteralScanner(["paywall", "all rights reserved"])
    assert scanner.found("Non-Paywall source; ALL RIGHTS RESERVED") == {"paywall", "all rights reserved"}
    assert scanner.found("The frigate sailed from Brest.") == frozenset()
    assert LiteralScanner([]).found("anything") == frozenset()


def test_gate_stays_shut_for_prose_and_opens_for_furniture() -> None:
    data = default_boilerplate()
    prose = Line(0, "Ghana and Norway agreed on Friday to train coast guard crews together in Takoradi "
                    "for three years, the ministry said in a statement issued after the talks.", 0)
    assert not data.may_match(prose)
    for text in ("Sign up for our weekly newsletter", "© 2025 Example Media", "Tags: navy, Ghana",
                 "Already a subscriber? Log in here"):
        assert data.may_match(Line(0, text, 0)), text


def test_looks_english_is_cheap_but_sure() -> None:
    assert looks_english("The navy of Peru and the coast guard of Ecuador held a drill off the coast.")
    assert not looks_english("La marine du Pérou et la garde côtière de l'Équateur ont mené un exercice.")
    assert not looks_english("De marine van Peru en de kustwacht van Ecuador hielden een oefening.")
    assert not looks_english("Peru Ecuador naval drill")  # too few function words: the full detector decides
