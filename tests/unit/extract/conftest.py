"""Run clean text through segment, recognize, extract and resolve, with a few test companies and systems."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from defcoop.kb import KnowledgeBase, load_knowledge_base
from defcoop.lexicons import load_lexicons
from defcoop.records import Document, Event
from defcoop.stages.extract import Extractor
from defcoop.stages.recognize import Recognizer
from defcoop.stages.resolve import resolve_events
from defcoop.stages.segment import segment

DATA = Path(__file__).resolve().parent / "data"

Analyze = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base([str(DATA / "companies.tsv"), str(DATA / "systems.tsv")])


@pytest.fixture(scope="session")
def analyze(kb: KnowledgeBase) -> Analyze:
    recognizer = Recognizer.from_kb(kb)
    extractor = Extractor(kb, load_lexicons())

    def run(text: str, published: date | None = None, resolve: bool = True) -> list[Event]:
        document = Document(source="t.txt", raw_text=text, text=text, content_hash="ab" * 32, published=published)
        sentences = segment(text)
        events = extractor.extract(document, sentences, recognizer.match(text, sentences))
        return resolve_events(events, document) if resolve else events

    return run


def keys(events: list[Event]) -> set[tuple[tuple[str, ...], str]]:
    """(codes, type) of each event."""
    return {(tuple(e.codes), e.type) for e in events}


def find(events: list[Event], etype: str, codes: tuple[str, ...]) -> Event:
    """The event of ``etype`` between exactly ``codes``."""
    matches = [e for e in events if e.type == etype and tuple(e.codes) == codes]
    assert matches, f"no {etype} {codes} in {[(e.type, e.codes, e.stage) for e in events]}"
    return matches[0]
