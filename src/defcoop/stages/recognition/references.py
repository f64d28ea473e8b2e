"""Document-level references."""

from __future__ import annotations

from collections.abc import Sequence

from defcoop.kb import KnowledgeBase
from defcoop.records import Sentence
from defcoop.stages.recognition.candidates import Candidate


def resolve_references(
    text: str, candidates: list[Candidate], sentences: Sequence[Sentence], kb: KnowledgeBase
) -> list[Candidate]:
    """``candidates`` with references resolved."""
    return candidates
