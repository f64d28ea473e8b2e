"""A recognizer over the package knowledge base plus test companies and systems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from defcoop.kb import load_knowledge_base
from defcoop.records import Mention
from defcoop.stages.recognize import Recognizer
from defcoop.stages.segment import segment

DATA = Path(__file__).resolve().parent / "data"

Find = Callable[[str], list[Mention]]


@pytest.fixture(scope="session")
def recognizer() -> Recognizer:
    kb = load_knowledge_base([str(DATA / "companies.tsv"), str(DATA / "systems.tsv")])
    return Recognizer.from_kb(kb)


@pytest.fixture(scope="session")
def find(recognizer: Recognizer) -> Find:
    def run(text: str) -> list[Mention]:
        return recognizer.match(text, segment(text))

    return run


def by_surface(mentions: list[Mention], surface: str) -> Mention:
    """The first mention whose text is ``surface``."""
    return next(m for m in mentions if m.surface == surface)
