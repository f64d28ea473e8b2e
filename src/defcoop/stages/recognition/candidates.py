"""Candidate mentions: the mutable working form of a mention inside the recognizer."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import attrgetter

from defcoop.kb import Entity
from defcoop.records import Mention


class Candidate:
    """A span of text tied to an entity, refined step by step before it becomes a Mention.

    ``entity_id``, ``canonical``, ``kind`` and ``code`` default to the entity's;
    ``is_generic`` marks a bare institution word ("navy", "defence ministry") and
    ``is_place`` a sea, region or proper name that only contains a state name.
    Candidates compare by identity. The scan passes every field at once (see
    :func:`~defcoop.stages.recognition.patterns.candidate_fields`).
    """

    __slots__ = (
        "adjectival",
        "ambiguous",
        "canonical",
        "code",
        "end",
        "entity",
        "entity_id",
        "is_generic",
        "is_place",
        "kind",
        "refers_to",
        "role",
        "score",
        "start",
    )

    def __init__(
        self,
        start: int,
        end: int,
        entity: Entity,
        role: str | None = None,
        adjectival: bool = False,
        score: float = 1.0,
        code: str | None = None,
        refers_to: tuple[str, ...] = (),
        ambiguous: bool = False,
        entity_id: str = "",
        canonical: str = "",
        kind: str = "",
        is_generic: bool = False,
        is_place: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.entity = entity
        self.role = role
        self.adjectival = adjectival
        self.score = score
        self.refers_to = refers_to
        self.ambiguous = ambiguous
        if kind:
            self.code, self.entity_id, self.canonical, self.kind = code, entity_id, canonical, kind
            self.is_generic, self.is_place = is_generic, is_place
            return
        self.entity_id = entity_id or entity.entity_id
        self.canonical = canonical or entity.canonical
        self.kind = entity.kind
        self.code = code = entity.code if code is None else code
        entity_type = entity.attrs.get("type") if not code else None
        self.is_generic = entity_type == "generic"
        self.is_place = entity_type == "place"

    def __repr__(self) -> str:
        return f"Candidate({self.start}, {self.end}, {self.entity_id!r}, kind={self.kind!r}, code={self.code!r})"

    def to_mention(self, text: str) -> Mention:
        """The final record, with the exact original words as surface."""
        score = self.score
        return Mention(
            self.start, self.end, text[self.start : self.end], self.entity_id, self.canonical, self.kind,
            self.code, score if score == 1.0 else round(score, 3), self.role, self.adjectival, self.refers_to,
        )


#: Sort key of candidates by start.
BY_START = attrgetter("start")
#: Sort key of candidates by end.
BY_END = attrgetter("end")


def sort_spans(candidates: list[Candidate]) -> None:
    """Sort ``candidates`` in place by start, the longest first among those starting together."""
    candidates.sort(key=BY_END, reverse=True)
    candidates.sort(key=BY_START)


class SpanIndex:
    """Candidates sorted by start, for fast "which candidates start inside this span" questions."""

    def __init__(self, candidates: Sequence[Candidate], presorted: bool = False) -> None:
        self._items = list(candidates) if presorted else sorted(candidates, key=BY_START)
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
