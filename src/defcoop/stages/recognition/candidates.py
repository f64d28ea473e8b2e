"""Candidate mentions: the mutable working form of a mention inside the recognizer."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from defcoop.kb import Entity
from defcoop.records import Mention


@dataclass(slots=True)
class Candidate:
    """A span of text tied to an entity, refined step by step before it becomes a Mention."""

    start: int
    end: int
    entity: Entity
    role: str | None = None
    adjectival: bool = False
    score: float = 1.0
    code: str | None = None
    refers_to: tuple[str, ...] = ()
    ambiguous: bool = False
    entity_id: str = ""
    canonical: str = ""
    kind: str = ""
    #: A bare institution word ("navy", "defence ministry").
    is_generic: bool = field(init=False, default=False)
    #: A sea, region or proper name that only contains a state name.
    is_place: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        entity = self.entity
        if not self.entity_id:
            self.entity_id = entity.entity_id
        if not self.canonical:
            self.canonical = entity.canonical
        if not self.kind:
            self.kind = entity.kind
        if self.code is None:
            self.code = entity.code
        if not self.code:
            kind = entity.attrs.get("type")
            self.is_generic = kind == "generic"
            self.is_place = kind == "place"

    def to_mention(self, text: str) -> Mention:
        """The final record, with the exact original words as surface."""
        return Mention(
            start=self.start,
            end=self.end,
            surface=text[self.start : self.end],
            entity_id=self.entity_id,
            canonical=self.canonical,
            kind=self.kind,
            code=self.code,
            score=self.score if self.score == 1.0 else round(self.score, 3),
            role=self.role,
            adjectival=self.adjectival,
            refers_to=self.refers_to,
        )


class SpanIndex:
    """Candidates sorted by start, for fast "which candidates start inside this span" questions."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self._items = sorted(candidates, key=lambda c: c.start)
        self._starts = [c.start for c in self._items]
        self._ends = [c.end for c in self._items]

    def starting_within(self, start: int, end: int) -> list[Candidate]:
        """The candidates whose start lies in ``[start, end)``."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return self._items[low:high]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any candidate overlaps ``[start, end)`` (candidates do not overlap each other)."""
        index = bisect.bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return True
        return index < len(self._starts) and self._starts[index] < end

    def covers(self, start: int, end: int) -> bool:
        """Whether candidates cover every character of ``[start, end)`` that is not a space or hyphen."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0 or self._ends[index] <= start:
            return False
        position = self._ends[index]
        while position < end:
            index += 1
            if index >= len(self._starts) or self._starts[index] > position + 1:
                return False
            position = self._ends[index]
        return True
