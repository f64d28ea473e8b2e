"""Document focus: trade or economic groupings named often do not make a document about defense."""

from __future__ import annotations

from defcoop.lexicons import load_lexicons
from defcoop.records import Mention
from defcoop.stages.extraction.document import defense_score

from .conftest import Analyze

_TRADE = (
    "Vietnam and the European Union concluded talks on an investment protection deal in Hanoi on Friday, "
    "ending six years of negotiations over rice, textiles and car parts. EU officials said the EU and Vietnam "
    "would sign the text next year once lawyers have reviewed it. The EU is Vietnam's third largest export "
    "market, and the deal builds on the free trade agreement that entered into force in 2020. \"This is a "
    "strategic partnership for the coming decades,\" the EU trade commissioner told reporters, adding that "
    "the EU would open an office for small exporters in Ho Chi Minh City. Vietnamese business groups welcomed "
    "the outcome but warned that quotas on rice and sugar would still limit farmers. Economists expect the "
    "agreement to lift bilateral trade by about a tenth within five years, although tariffs on steel and "
    "solar panels remain a point of friction. The text also covers public procurement, labour rights and "
    "rules on geographical names for food and drink, officials said."
)


def test_a_trade_document_naming_the_eu_often_has_no_event(analyze: Analyze) -> None:
    assert analyze(_TRADE) == []


def test_a_defense_grouping_still_counts_for_focus() -> None:
    def mention(code: str) -> Mention:
        return Mention(0, 4, code, f"alliance:{code}", code, "alliance", code, 1.0)

    lexicons = load_lexicons()
    assert defense_score({}, [mention("NATO"), mention("CSTO")], lexicons) == 2.0
    assert defense_score({}, [mention("EU"), mention("ASEAN")], lexicons) == 0.0


def test_an_airlines_order_is_no_transfer(analyze: Analyze) -> None:
    text = (
        "Turkish Airlines has agreed to buy 220 aircraft from Airbus and Boeing, the largest order in the "
        "carrier's history. The airline will take narrow-body jets from 2026 and wide-body jets later, "
        "as it expects passenger numbers to grow."
    )
    assert analyze(text) == []


def test_an_air_force_order_near_airline_words_is_a_transfer(analyze: Analyze) -> None:
    text = (
        "The Indonesian Air Force has agreed to buy two C-390 transport aircraft from Brazil's Embraer, "
        "officials said. The airline-style cabin can carry passengers and cargo, and the jets will also serve "
        "passengers on disaster relief flights."
    )
    assert any(e.type == "ARMS_TRANSFER" for e in analyze(text))
