"""The extractor's contract: pure, evidence spans into the cleaned text, valid codes, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defcoop.records import AREAS, EVENT_TYPES, STAGES

from .conftest import Analyze

WORDS = [
    "Japan", "Turkey", "India", "France", "NATO", "the two sides", "signed", "will", "not", "agreement", "talks",
    "joint exercises", "drones", "from", "to", "buy", "supply", "visit", "in Tokyo", "while", "China", "invasion of",
    "reciprocal access", "(ITPP)", "defence", "said", ",", ".", "\n", "Rafale", "K2", "the deal", "training",
    "on Tuesday", "last year", "at a time when", "which", "officials", "minister", "Ankara", "Gdansk",
]


def test_empty_and_blank_documents_give_no_event(analyze: Analyze) -> None:
    assert analyze("") == []
    assert analyze("   \n\n  ") == []


def test_same_input_same_events(analyze: Analyze) -> None:
    text = "Vietnam and Japan agreed to hold joint naval exercises next year, defense officials said."
    first = analyze(text)
    second = analyze(text)
    assert [(e.type, e.stage, e.codes, e.direction, e.areas) for e in first] == [
        (e.type, e.stage, e.codes, e.direction, e.areas) for e in second
    ]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_any_text_gives_well_formed_events(analyze: Analyze, words: list[str]) -> None:
    text = " ".join(words)
    for event in analyze(text):
        assert event.type in EVENT_TYPES
        assert event.stage in STAGES
        assert len(event.codes) >= 2
        assert set(event.areas) <= set(AREAS)
        assert 0.0 <= event.confidence <= 1.0
        assert event.cameo
        for evidence in event.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
        if event.type in ("ARMS_TRANSFER", "VISIT") and event.direction is not None:
            assert set(event.direction) <= set(event.codes)
            assert event.direction[0] != event.direction[1]
