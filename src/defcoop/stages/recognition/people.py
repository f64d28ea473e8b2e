"""People tied to titles."""

from __future__ import annotations

from collections.abc import Sequence

from defcoop.kb import KnowledgeBase
from defcoop.records import Sentence
from defcoop.stages.recognition.candidates import Candidate


def find_people(text: str, candidates: list[Candidate], sentences: Sequence[Sentence], kb: KnowledgeBase) -> list[Candidate]:
    """``candidates`` plus the people named next to titles."""
    return candidates
